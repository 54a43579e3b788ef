"""The demo station: the shipped sample election plus synthetic voters (a training station)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from precinct_app.db import Database
from precinct_app.resources import resource_path
from precinct_app.services import iin
from precinct_app.services.clock import Clock
from precinct_app.services.election import validate_election
from precinct_app.services.json_doc import JsonObject, objects
from precinct_app.services.package import from_document
from precinct_app.services.setup import InitResult, init_station

DEFAULT_VOTERS = 2214  # station 164 in Astana, 2024
DEFAULT_SEED = 164
SECTION_SIZE = 250
HEADER = ("list_no", "iin", "surname", "given_name", "patronymic", "birth_date", "address",
          "section")

# Surnames in their male form; Russian-style endings take -а for women.
_KZ_SURNAMES = (
    "Ахметов", "Сәрсенбаев", "Ғабдуллин", "Нұрғалиев", "Мұқанов", "Оспанов", "Құнанбаев",
    "Іскаков", "Әбішев", "Төлеубаев", "Жұмабеков", "Серікбаев", "Байжанов", "Қасымов",
    "Есенов", "Әлиев", "Тұрсынов", "Өтегенов", "Үсенов", "Бекмұхамбетов", "Шәкенов", "Мыңбаев",
    "Жақыпов", "Сағынтаев", "Ерғалиев", "Қожахметов", "Нұрпейісов", "Исабеков", "Дәулетов",
)
_RU_SURNAMES = (
    "Иванов", "Петров", "Смирнов", "Волков", "Кузнецов", "Попов", "Соколов", "Лебедев",
    "Морозов", "Новиков", "Фёдоров", "Ёлкин",
)
_INVARIANT_SURNAMES = ("Ким", "Цой", "Шевченко", "Пак", "Ли", "Бондаренко")
_KZ_MALE = (
    "Ерлан", "Нұрлан", "Бауыржан", "Дәулет", "Мұрат", "Асқар", "Серік", "Ғалым", "Жұлдызбек",
    "Үмбет", "Арман", "Қайрат", "Айдос", "Ержан", "Талғат", "Әлихан", "Нұрсұлтан", "Олжас",
)
_KZ_FEMALE = (
    "Айгерім", "Ақбота", "Іңкәр", "Меруерт", "Сәуле", "Жанар", "Құралай", "Гүлнар", "Әсем",
    "Дана", "Аружан", "Қарлығаш", "Гүлмира", "Әйгерім", "Ұлжан", "Мөлдір",
)
_RU_MALE = ("Сергей", "Дмитрий", "Андрей", "Алексей", "Иван", "Виктор", "Николай", "Юрий")
_RU_FEMALE = ("Елена", "Наталья", "Ольга", "Татьяна", "Ирина", "Светлана", "Анна", "Юлия")
# Patronymics from fathers' names (male, female): Сергей -> Сергеевич, Сергеевна.
_RU_PATRONYMICS = tuple(
    (stem + male, stem + female)
    for stem, male, female in (
        ("Серге", "евич", "евна"), ("Иван", "ович", "овна"), ("Виктор", "ович", "овна"),
        ("Никола", "евич", "евна"), ("Андре", "евич", "евна"), ("Алексе", "евич", "евна"),
        ("Юрь", "евич", "евна"), ("Дмитри", "евич", "евна"), ("Петр", "ович", "овна"),
    )
)
# Ages 18 to 95 on voting day, in days (366: never a day short of 18 across leap years).
_MIN_AGE_DAYS = 18 * 366
_MAX_AGE_DAYS = 95 * 365
_STREETS = (
    ("көш. Тұран", "ул. Туран"), ("пр. Мәңгілік Ел", "пр. Мангилик Ел"),
    ("көш. Қабанбай батыр", "ул. Кабанбай батыра"), ("ул. Кенесары", "көш. Кенесары"),
    ("ул. Сарайшык", "көш. Сарайшық"), ("көш. Сығанақ", "ул. Сыганак"),
)


def _pick(rand: Callable[[], float], items: Sequence[str]) -> str:
    # random() is C-fast; choice()/randint() cost several Python calls each (100k rows).
    return items[int(rand() * len(items))]


def _person(rand: Callable[[], float]) -> tuple[str, str, str, bool]:
    female = rand() < 0.53
    kind = rand()
    if kind < 0.72:
        surname = _pick(rand, _KZ_SURNAMES)
        given = _pick(rand, _KZ_FEMALE if female else _KZ_MALE)
        father = _pick(rand, _KZ_MALE)
        patronymic = "" if rand() < 0.15 else father + ("қызы" if female else "ұлы")
    elif kind < 0.93:
        surname = _pick(rand, _RU_SURNAMES)
        given = _pick(rand, _RU_FEMALE if female else _RU_MALE)
        patronymic = _RU_PATRONYMICS[int(rand() * len(_RU_PATRONYMICS))][female]
    else:
        surname = _pick(rand, _INVARIANT_SURNAMES)
        given = _pick(rand, _RU_FEMALE if female else _RU_MALE)
        patronymic = ""
    if female and surname.endswith(("ов", "ев", "ин", "ёв")):
        surname += "а"
    return surname, given, patronymic, female


def generate_voter_rows(n: int, seed: int, voting_day: dt.date) -> list[dict[str, str]]:
    """``n`` synthetic voters with valid unique IINs, in address order and sections."""
    rand = random.Random(seed).random
    people: list[tuple[tuple[int, int, int], dict[str, str]]] = []
    used: set[str] = set()
    span = _MAX_AGE_DAYS - _MIN_AGE_DAYS + 1
    while len(people) < n:
        surname, given, patronymic, female = _person(rand)
        born = voting_day - dt.timedelta(days=_MIN_AGE_DAYS + int(rand() * span))
        number = iin.make_iin(born, female, int(rand() * 10000))
        if number is None or number in used:
            continue
        used.add(number)
        street = int(rand() * len(_STREETS))
        house, flat = 1 + int(rand() * 60), 1 + int(rand() * 180)
        name_kk, name_ru = _STREETS[street]
        address = f"{name_kk if rand() < 0.5 else name_ru}, {house}, кв. {flat}"
        people.append(((street, house, flat), {
            "iin": number, "surname": surname, "given_name": given, "patronymic": patronymic,
            "birth_date": born.isoformat(), "address": address,
        }))
    people.sort(key=lambda p: p[0])  # lists are ordered by address
    return [
        {"list_no": str(index + 1), **person, "section": str(index // SECTION_SIZE + 1)}
        for index, (_key, person) in enumerate(people)
    ]


def voters_csv_bytes(rows: list[dict[str, str]]) -> bytes:
    """The rows as a UTF-8 CSV with the English header."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows([row.get(key, "") for key in HEADER] for row in rows)
    return out.getvalue().encode("utf-8")


def demo_election() -> JsonObject:
    """The document of the shipped sample election (resources/demo/election.json)."""
    election: JsonObject = json.loads(
        resource_path("demo/election.json").read_text(encoding="utf-8")
    )
    problems = validate_election(election)
    assert not problems, problems  # a shipped resource; a test keeps it valid
    return election


def demo_election_id() -> str:
    """The id of the shipped sample election (the demo station's database is named by it)."""
    return from_document(demo_election()).election.id


def build_demo(
    db: Database, clock: Clock, *, db_path: Path | None, voters: int = DEFAULT_VOTERS
) -> InitResult:
    """Create the training station with ``voters`` synthetic voters (fixed seed)."""
    document = demo_election()
    for contest in objects(document.get("contests")):
        # The sample's act of receipt fits its own small list; the demo's list gets ballots
        # as delivered in practice (docs/domain.md §1): the number of voters plus a 1% reserve.
        contest["ballots_received"] = voters + math.ceil(voters / 100)
    package = from_document(document, source="demo")
    rows = generate_voter_rows(voters, DEFAULT_SEED, package.election.date)
    package = replace(package, voter_file_name="voters.csv",
                      voter_file_bytes=voters_csv_bytes(rows))
    return init_station(db, clock, package, db_path=db_path, is_demo=True)
