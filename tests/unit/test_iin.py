"""IIN rules, with the vectors of docs/domain.md §4."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from precinct_app.services import iin


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("871008401427", True),  # first pass
        ("061211600012", True),  # second pass
        ("900101300811", True),  # second pass
        ("821214240092", False),  # both passes give 10
        ("871008401428", False),  # wrong check digit
        ("87100840142", False),  # 11 digits
        ("87100840142a", False),
        ("８７１００８４０１４２７", False),  # full-width digits are not ASCII
    ],
)
def test_domain_vectors(value: str, valid: bool) -> None:
    assert iin.is_valid(value) is valid


def test_second_pass_never_maps_ten_to_zero() -> None:
    # The Russian OKPO rule would accept this one with check digit 0.
    assert iin.check_digit("82121424009") is None
    assert not iin.is_valid("821214240090")


@pytest.mark.parametrize(
    ("value", "born"),
    [
        ("871008401427", dt.date(1987, 10, 8)),
        ("061211600012", dt.date(2006, 12, 11)),
        ("900101300811", dt.date(1990, 1, 1)),
    ],
)
def test_birth_date_from_iin(value: str, born: dt.date) -> None:
    assert iin.birth_date(value) == born


def test_problems_are_named() -> None:
    assert iin.problem("12345") is iin.IinProblem.FORMAT
    assert iin.problem("871008001427") is iin.IinProblem.CENTURY
    assert iin.problem("871308401427") is iin.IinProblem.DATE
    assert iin.problem("871008401428") is iin.IinProblem.CHECKSUM


@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    st.booleans(),
    st.integers(0, 9999),
)
def test_made_iins_are_valid_and_carry_the_date(born: dt.date, female: bool, serial: int) -> None:
    made = iin.make_iin(born, female, serial)
    if made is not None:
        assert iin.is_valid(made)
        assert iin.birth_date(made) == born
        assert int(made[6]) % 2 == (0 if female else 1)


def test_age_on() -> None:
    assert iin.age_on(dt.date(2006, 10, 6), dt.date(2024, 10, 6)) == 18
    assert iin.age_on(dt.date(2006, 10, 7), dt.date(2024, 10, 6)) == 17
