"""The demo station's synthetic voter list looks like a real one and imports cleanly."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from precinct_app.db import Database
from precinct_app.services import demo, iin
from precinct_app.services.clock import Clock
from precinct_app.services.voter_import import read_voter_bytes

DAY = dt.date(2024, 10, 6)
KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return demo.generate_voter_rows(2214, demo.DEFAULT_SEED, DAY)


def test_rows_have_the_list_columns_and_numbers(rows: list[dict[str, str]]) -> None:
    assert len(rows) == 2214
    assert all(tuple(row) == demo.HEADER for row in rows)
    assert [row["list_no"] for row in rows] == [str(i) for i in range(1, 2215)]


def test_iins_are_valid_unique_and_agree_with_birth_date_and_sex(
    rows: list[dict[str, str]],
) -> None:
    assert len({row["iin"] for row in rows}) == len(rows)
    for row in rows:
        assert iin.problem(row["iin"]) is None, row
        born = dt.date.fromisoformat(row["birth_date"])
        assert iin.birth_date(row["iin"]) == born
        assert 18 <= iin.age_on(born, DAY) <= 95
        female_code = int(row["iin"][6]) % 2 == 0
        patronymic = row["patronymic"]
        if patronymic.endswith(("қызы", "овна", "евна")):
            assert female_code, row
        elif patronymic.endswith(("ұлы", "ович", "евич")):
            assert not female_code, row
        else:
            assert patronymic == "", row


def test_names_are_kazakh_and_russian_with_gendered_forms(rows: list[dict[str, str]]) -> None:
    endings = Counter(
        next((e for e in ("қызы", "ұлы", "овна", "евна", "ович", "евич") if
              row["patronymic"].endswith(e)), "none")
        for row in rows
    )
    assert all(endings[e] > 0 for e in ("қызы", "ұлы", "овна", "ович", "none"))
    assert any(KAZAKH_LETTERS & set(row["surname"] + row["given_name"]) for row in rows)
    # A vowel before -ович/-овна is a misspelling (Николаович for Николаевич).
    assert not [r["patronymic"] for r in rows if re.search("[аеиоуюяь]ов(ич|на)$", r["patronymic"])]
    # Women with -ов/-ев/-ин surnames take the feminine form.
    for row in rows:
        if row["patronymic"].endswith(("қызы", "овна", "евна")):
            assert not row["surname"].endswith(("ов", "ев", "ин")), row


def test_sections_are_consecutive_books_of_a_few_hundred(rows: list[dict[str, str]]) -> None:
    sections = [int(row["section"]) for row in rows]
    assert sections == sorted(sections)
    sizes = Counter(sections)
    assert sorted(sizes) == list(range(1, len(sizes) + 1))
    assert all(size <= demo.SECTION_SIZE for size in sizes.values())
    assert max(sizes.values()) >= 100
    assert all(row["address"] for row in rows)


def test_same_seed_same_list_other_seed_other_list() -> None:
    first = demo.generate_voter_rows(50, 7, DAY)
    assert demo.generate_voter_rows(50, 7, DAY) == first
    assert demo.generate_voter_rows(50, 8, DAY) != first


def test_csv_imports_without_a_single_rejection(rows: list[dict[str, str]]) -> None:
    data = demo.voters_csv_bytes(rows[:300])
    assert data.decode("utf-8").splitlines()[0] == ",".join(demo.HEADER)
    preview = read_voter_bytes(data, "voters.csv", voting_day=DAY)
    assert (len(preview.accepted), len(preview.rejected)) == (300, 0)


def test_build_demo_creates_a_training_station(db: Database, clock: Clock) -> None:
    result = demo.build_demo(db, clock, db_path=None, voters=120)
    assert result.imported == 120
    assert result.station.voters_on_list == 120
    assert result.station.is_demo
