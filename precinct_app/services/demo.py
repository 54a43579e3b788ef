"""The demo station: the shipped sample election plus synthetic voters (a training station)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from pathlib import Path
from typing import Any

from precinct_app.db import Database
from precinct_app.resources import resource_path
from precinct_app.services import iin
from precinct_app.services.clock import Clock
from precinct_app.services.package import ElectionPackage, resolve_forms, validate_election
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
# Fathers' names and their patronymic stems.
_RU_FATHERS = {"Сергей": "Сергеев", "Иван": "Иванов", "Виктор": "Викторов", "Николай": "Николаев",
               "Андрей": "Андреев", "Алексей": "Алексеев", "Юрий": "Юрьев", "Дмитрий": "Дмитриев"}
_STREETS = (
    ("көш. Тұран", "ул. Туран"), ("пр. Мәңгілік Ел", "пр. Мангилик Ел"),
    ("көш. Қабанбай батыр", "ул. Кабанбай батыра"), ("ул. Кенесары", "көш. Кенесары"),
    ("ул. Сарайшык", "көш. Сарайшық"), ("көш. Сығанақ", "ул. Сыганак"),
)


def _person(rng: random.Random) -> tuple[str, str, str, bool]:
    female = rng.random() < 0.53
    kind = rng.random()
    if kind < 0.72:
        surname = rng.choice(_KZ_SURNAMES)
        given = rng.choice(_KZ_FEMALE if female else _KZ_MALE)
        father = rng.choice(_KZ_MALE)
        patronymic = "" if rng.random() < 0.15 else father + ("қызы" if female else "ұлы")
    elif kind < 0.93:
        surname = rng.choice(_RU_SURNAMES)
        given = rng.choice(_RU_FEMALE if female else _RU_MALE)
        stem = _RU_FATHERS[rng.choice(tuple(_RU_FATHERS))]
        stem = stem[:-2] if stem.endswith("ов") or stem.endswith("ев") else stem
        patronymic = stem + ("евна" if stem.endswith(("е", "ь")) else "овна") if female else (
            stem + ("евич" if stem.endswith(("е", "ь")) else "ович"))
    else:
        surname = rng.choice(_INVARIANT_SURNAMES)
        given = rng.choice(_RU_FEMALE if female else _RU_MALE)
        patronymic = ""
    if female and surname.endswith(("ов", "ев", "ин", "ёв")):
        surname += "а"
    return surname, given, patronymic, female


def generate_voter_rows(n: int, seed: int, voting_day: dt.date) -> list[dict[str, str]]:
    """``n`` synthetic voters with valid unique IINs, in address order and sections."""
    rng = random.Random(seed)
    people: list[tuple[tuple[int, int, int], dict[str, str]]] = []
    used: set[str] = set()
    while len(people) < n:
        surname, given, patronymic, female = _person(rng)
        age_days = rng.randint(18 * 366, 95 * 365)
        born = voting_day - dt.timedelta(days=age_days)
        number = iin.make_iin(born, female, rng.randrange(10000))
        if number is None or number in used:
            continue
        used.add(number)
        street = rng.randrange(len(_STREETS))
        house, flat = rng.randint(1, 60), rng.randint(1, 180)
        name_kk, name_ru = _STREETS[street]
        address = f"{name_kk if rng.random() < 0.5 else name_ru}, {house}, кв. {flat}"
        people.append(((street, house, flat), {
            "iin": number, "surname": surname, "given_name": given, "patronymic": patronymic,
            "birth_date": born.isoformat(), "address": address,
        }))
    people.sort(key=lambda p: p[0])  # lists are ordered by address
    rows: list[dict[str, str]] = []
    for index, (_key, person) in enumerate(people):
        rows.append({"list_no": str(index + 1), **person,
                     "section": str(index // SECTION_SIZE + 1)})
    return rows


def voters_csv_bytes(rows: list[dict[str, str]]) -> bytes:
    """The rows as a UTF-8 CSV with the English header."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=HEADER, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def demo_election() -> dict[str, Any]:
    """The shipped sample election (resources/demo/election.json)."""
    election: dict[str, Any] = json.loads(
        resource_path("demo/election.json").read_text(encoding="utf-8")
    )
    problems = validate_election(election)
    assert not problems, problems  # a shipped resource; a test keeps it valid
    return election


def build_demo(
    db: Database, clock: Clock, *, db_path: Path | None, voters: int = DEFAULT_VOTERS
) -> InitResult:
    """Create the training station with ``voters`` synthetic voters (fixed seed)."""
    election = demo_election()
    day = dt.date.fromisoformat(election["election"]["date"])
    rows = generate_voter_rows(voters, DEFAULT_SEED, day)
    package = ElectionPackage(
        election=election,
        forms=resolve_forms(election),
        source="demo",
        voter_file_name="voters.csv",
        voter_file_bytes=voters_csv_bytes(rows),
    )
    return init_station(db, clock, package, db_path=db_path, is_demo=True)
