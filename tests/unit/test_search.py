"""Voter search: IIN, list number, names in any case and layout; every match shown."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import text

from precinct_app.db import Database
from precinct_app.models import Voter
from precinct_app.services import issuance, phases
from precinct_app.services.clock import Clock
from precinct_app.services.iin import make_iin
from precinct_app.services.package import from_document
from precinct_app.services.search import (
    _statement,
    ballots_held,
    find,
    find_voter_ids,
    find_voters,
    parse_query,
)
from precinct_app.services.station import create_station
from precinct_app.services.text import fold

PEOPLE = [
    ("Ахметов", "Ерлан", dt.date(1980, 5, 1)),
    ("Ахметов", "Бауыржан", dt.date(1951, 12, 3)),
    ("Әбішева", "Құралай", dt.date(1962, 3, 9)),
    ("Ғабдуллин", "Нұрлан", dt.date(1986, 9, 13)),
    ("Қасымова", "Іңкәр", dt.date(1989, 11, 15)),
    ("Ңұрсейітов", "Өмір", dt.date(1970, 1, 2)),  # unusual, to reach every letter
    ("Үсенов", "Һарун", dt.date(1975, 4, 4)),
    ("Ёлкин", "Фёдор", dt.date(1966, 6, 6)),
    ("Ұлықбек", "Әсет", dt.date(1990, 7, 7)),
]


@pytest.fixture
def voters_db(db: Database, clock: Clock, sample_election: dict[str, Any]) -> Database:
    with db.transaction() as s:
        create_station(s, clock, from_document(sample_election), db_path=None)
        for n, (surname, given, born) in enumerate(PEOPLE, start=1):
            serial = n
            while (number := make_iin(born, False, serial)) is None:
                serial += 1
            s.add(Voter(list_no=n, iin=number, surname=surname, given_name=given,
                        patronymic="", birth_date=born, address="", section="1",
                        surname_key=fold(surname), given_name_key=fold(given)))
    return db


def _names(db: Database, query: str) -> list[str]:
    with db.reading() as s:
        return [f"{v.surname} {v.given_name}" for v in find_voters(s, query)]


def test_surname_prefix_returns_every_match_in_list_order(voters_db: Database) -> None:
    assert _names(voters_db, "ахм") == ["Ахметов Ерлан", "Ахметов Бауыржан"]


def test_surname_and_given_name_prefix(voters_db: Database) -> None:
    assert _names(voters_db, "Ахметов Б") == ["Ахметов Бауыржан"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ӘБІШЕВА", "Әбішева Құралай"),
        ("әбішева", "Әбішева Құралай"),
        ("ӘбІшЕвА құр", "Әбішева Құралай"),
        ("ҒАБДУЛЛИН", "Ғабдуллин Нұрлан"),
        ("ҚАСЫМОВА ІҢ", "Қасымова Іңкәр"),
        ("ңұрсейітов ө", "Ңұрсейітов Өмір"),
        ("ҮСЕНОВ Һ", "Үсенов Һарун"),
        ("ұлықбек ә", "Ұлықбек Әсет"),
        ("ЁЛКИН", "Ёлкин Фёдор"),
        ("елкин федор", "Ёлкин Фёдор"),  # ё typed as е
        ("абишева", "Әбішева Құралай"),  # Kazakh letters typed as Russian neighbours
        ("касымова инкар", "Қасымова Іңкәр"),
        ("F,bitdf", "Әбішева Құралай"),  # Latin keys for "Абишева" on the Russian layout
        ("2,3itdf 09h", "Әбішева Құралай"),  # Latin keys for "Әбішева Құр", Kazakh layout
        ("0fcsvjdf 34", "Қасымова Іңкәр"),
    ],
)
def test_every_kazakh_and_russian_letter_any_case(
    voters_db: Database, query: str, expected: str
) -> None:
    assert _names(voters_db, query) == [expected]


def test_wrong_keyboard_layout(voters_db: Database) -> None:
    assert _names(voters_db, "F[vtnjd") == ["Ахметов Ерлан", "Ахметов Бауыржан"]
    assert _names(voters_db, "f[vtnjd thk") == ["Ахметов Ерлан"]


def test_iin_full_and_partial(voters_db: Database) -> None:
    with voters_db.reading() as s:
        voter = find_voters(s, "Қасымова")[0]
        assert [v.list_no for v in find_voters(s, voter.iin)] == [voter.list_no]
        assert voter.list_no in [v.list_no for v in find_voters(s, voter.iin[:6])]
        assert find_voters(s, "999999999999") == []


def test_digits_match_list_number_and_iin_prefix(voters_db: Database) -> None:
    with voters_db.reading() as s:
        found = find_voters(s, "5")
    assert 5 in [v.list_no for v in found]
    assert all(v.list_no == 5 or v.iin.startswith("5") for v in found)


def test_limit_and_empty_query(voters_db: Database) -> None:
    with voters_db.reading() as s:
        assert len(find_voter_ids(s, "ахметов", limit=1)) == 1
        assert find_voter_ids(s, "   ") == []
        assert find_voter_ids(s, "!!!") == []


def _plan(db: Database, query: str) -> str:
    statement = _statement(parse_query(query), None)
    assert statement is not None
    sql = str(statement.compile(compile_kwargs={"literal_binds": True}))
    with db.reading() as s:
        return " ".join(row[3] for row in s.execute(text("EXPLAIN QUERY PLAN " + sql)))


@pytest.mark.sqlite_only  # SQLite's EXPLAIN QUERY PLAN; the server's search is in make bench
@pytest.mark.parametrize(
    "query", ["ахм", "ахметов е", "ахметов е с", "87100", "5", "F[vtnjd", "2,3itdf"]
)
def test_queries_use_an_index_not_a_scan(voters_db: Database, query: str) -> None:
    plan = _plan(voters_db, query)
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan
    assert "SCAN voter" not in plan


@pytest.mark.sqlite_only
@pytest.mark.parametrize("query", ["ахм", "F[vtn"])
def test_name_search_reads_the_index_alone(voters_db: Database, query: str) -> None:
    # A common surname prefix matches thousands on a big list: no table row visits,
    # also when the layout-converted query is tried beside the typed one.
    plan = _plan(voters_db, query)
    searches = plan.split("SEARCH ")[1:]
    assert searches
    assert all(step.startswith("voter USING COVERING INDEX ix_voter_name_keys")
               for step in searches)
    assert "MULTI-INDEX OR" not in plan  # that plan fetches every matching table row


def test_json_shape(voters_db: Database) -> None:
    with voters_db.reading() as s:
        data = find_voters(s, "Ғабдуллин")[0].to_json()
    assert set(data) == {"list_no", "iin", "surname", "given_name", "patronymic",
                         "birth_date", "address", "section", "status"}
    assert json.dumps(data, ensure_ascii=False)


def _add(db: Database, list_no: int, surname: str, given: str, patronymic: str,
         status: str = "active") -> None:
    born = dt.date(1970, 1, 1)
    serial = list_no
    while (number := make_iin(born, True, serial)) is None:
        serial += 1
    with db.transaction() as s:
        s.add(Voter(list_no=list_no, iin=number, surname=surname, given_name=given,
                    patronymic=patronymic, birth_date=born, address="", section="1",
                    status=status, surname_key=fold(surname), given_name_key=fold(given)))


def test_patronymic_prefix_narrows_and_keeps_the_other_words(voters_db: Database) -> None:
    _add(voters_db, 20, "Иванов", "Сергей", "Петрович")
    _add(voters_db, 21, "Иванов", "Сергей", "Николаевич")
    _add(voters_db, 22, "Ахметов", "Ерлан", "Серікұлы")
    assert _names(voters_db, "иванов сергей") == ["Иванов Сергей", "Иванов Сергей"]
    with voters_db.reading() as s:
        assert [v.list_no for v in find_voters(s, "ИВАНОВ С НИК")] == [21]
        assert [v.list_no for v in find_voters(s, "ахметов ерлан серик")] == [22]  # і as и
        assert [v.list_no for v in find_voters(s, "bdfyjd c")] == [20, 21]  # wrong layout
        assert [v.list_no for v in find_voters(s, "bdfyjd c g")] == [20]
        assert [v.list_no for v in find_voters(s, "иванов с", limit=1)] == [20]
        assert [v.list_no for v in find_voters(s, "иванов с п", limit=5)] == [20]
        assert find_voters(s, "иванов сергей алексеевич") == []


def test_excluded_voters_are_found_and_show_it(voters_db: Database) -> None:
    _add(voters_db, 30, "Сидоров", "Пётр", "", status="excluded")
    with voters_db.reading() as s:
        found = find_voters(s, "сидоров")
    assert [(v.list_no, v.status) for v in found] == [(30, "excluded")]


@pytest.mark.parametrize("noise", ["  {}  ", "№ {}", "#{}", "{}.", "({})"])
def test_list_number_with_stray_punctuation(voters_db: Database, noise: str) -> None:
    with voters_db.reading() as s:
        assert 7 in [v.list_no for v in find_voters(s, noise.format(7))]


def test_iin_typed_with_separators_is_exact(voters_db: Database) -> None:
    with voters_db.reading() as s:
        voter = find_voters(s, "Үсенов")[0]
        spaced = f"{voter.iin[:6]} {voter.iin[6:]}"
        dashed = f"{voter.iin[:6]}-{voter.iin[6:]}"
        assert [v.list_no for v in find_voters(s, spaced)] == [voter.list_no]
        assert [v.list_no for v in find_voters(s, dashed)] == [voter.list_no]


def test_name_with_stray_punctuation(voters_db: Database) -> None:
    assert _names(voters_db, " «Ахметов», Б. ") == ["Ахметов Бауыржан"]


def test_same_surname_all_returned_even_when_many(voters_db: Database) -> None:
    for n in range(40, 60):
        _add(voters_db, n, "Ким", f"Имя{n}", "")
    with voters_db.reading() as s:
        assert [v.list_no for v in find_voters(s, "КИМ")] == list(range(40, 60))


def test_a_voter_matched_as_typed_and_converted_is_listed_once(voters_db: Database) -> None:
    _add(voters_db, 40, "Ахметов", "Хасан", "")
    # "ахметов [" is "ахметов" as typed and "ахметов х" on the Russian layout.
    with voters_db.reading() as s:
        assert [v.list_no for v in find_voters(s, "ахметов [")] == [1, 2, 40]
        assert find_voter_ids(s, "ахметов [", limit=2) == find_voter_ids(s, "ахметов", limit=2)


def _list_nos(db: Database, query: str, limit: int | None = None) -> list[int]:
    with db.reading() as s:
        return [v.list_no for v in find_voters(s, query, limit)]


def test_the_list_number_comes_before_iins_starting_with_its_digits(voters_db: Database) -> None:
    # IINs begin with the birth date: Nos. 1, 4 and 5 were born in the 1980s (IIN 8...).
    assert _list_nos(voters_db, "8") == [8, 1, 4, 5]
    assert _list_nos(voters_db, "№ 8", limit=1) == [8]
    with voters_db.reading() as s:
        found = find(s, "8")
    assert found.exact and found.unambiguous and found.by_list_number


def test_a_number_that_is_no_list_number_is_never_exact(voters_db: Database) -> None:
    # "80" is nobody's list number; No. 1's IIN starts with it: listed, but not exact.
    assert _list_nos(voters_db, "80") == [1]
    with voters_db.reading() as s:
        found = find(s, "80")
        part = find(s, find_voters(s, "Ахметов Е")[0].iin[:11])  # an IIN cut short
    assert not found.exact and not found.unambiguous and found.by_list_number
    assert len(part.ids) == 1 and not part.exact and not part.unambiguous
    assert not part.by_list_number


def test_the_whole_iin_is_exact(voters_db: Database) -> None:
    with voters_db.reading() as s:
        voter = find_voters(s, "Қасымова")[0]
        found = find(s, f"{voter.iin[:6]} {voter.iin[6:]}")
    assert found.exact and found.unambiguous and len(found.ids) == 1


def test_a_name_is_unambiguous_only_when_one_voter_matches(voters_db: Database) -> None:
    with voters_db.reading() as s:
        several, one, none = find(s, "ахм"), find(s, "Ахметов Б"), find(s, "Zzz")
    assert len(several.ids) == 2 and not several.exact and not several.unambiguous
    assert len(one.ids) == 1 and not one.exact and one.unambiguous
    assert none.ids == [] and not none.unambiguous


def test_ballots_held_says_who_holds_one_and_since_when(voters_db: Database,
                                                       clock: Clock) -> None:
    with voters_db.transaction() as s:
        phases.open_voting(s, clock, "c1")
        contest = issuance.contest_ids(s)[0]
        ids = find_voter_ids(s, "ахм")
        before = clock.now_utc()
        issued = issuance.issue(s, clock, ids[0], contest, "c4")
    with voters_db.reading() as s:
        held = ballots_held(s, ids)
    assert list(held) == [ids[0]]  # the other Ахметов has none
    assert held[ids[0]] == issued.issued_at and before <= held[ids[0]] <= clock.now_utc()
