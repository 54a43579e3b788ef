"""Kazakh IIN (individual identification number) rules (docs/domain.md §4)."""

from __future__ import annotations

import datetime as dt
from enum import Enum

_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}


class IinProblem(Enum):
    """Why an IIN is not acceptable."""

    FORMAT = "iin_format"  # not 12 digits
    CHECKSUM = "iin_checksum"
    CENTURY = "iin_century"  # 7th digit is not a person's century/sex code
    DATE = "iin_date"  # digits 1-6 are not a real date


def check_digit(first11: str) -> int | None:
    """The check digit for 11 digits, or ``None`` when no valid one exists."""
    digits = [int(c) for c in first11]
    r = sum(d * w for d, w in zip(digits, _WEIGHTS_1, strict=True)) % 11
    if r == 10:
        r = sum(d * w for d, w in zip(digits, _WEIGHTS_2, strict=True)) % 11
        if r == 10:
            return None
    return r


def checksum_ok(iin: str) -> bool:
    """True when ``iin`` is 12 digits and its check digit verifies."""
    if len(iin) != 12 or not iin.isascii() or not iin.isdigit():
        return False
    expected = check_digit(iin[:11])
    return expected is not None and expected == int(iin[11])


def birth_date(iin: str) -> dt.date | None:
    """The birth date encoded in digits 1-7, or ``None`` if it is not one."""
    if len(iin) < 7 or not iin[:7].isdigit():
        return None
    century = _CENTURY.get(iin[6])
    if century is None:
        return None
    try:
        return dt.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None


def problem(iin: str) -> IinProblem | None:
    """What is wrong with ``iin`` as a person's IIN, or ``None`` when valid."""
    if len(iin) != 12 or not iin.isascii() or not iin.isdigit():
        return IinProblem.FORMAT
    if iin[6] not in _CENTURY:
        return IinProblem.CENTURY
    if birth_date(iin) is None:
        return IinProblem.DATE
    if not checksum_ok(iin):
        return IinProblem.CHECKSUM
    return None


def is_valid(iin: str) -> bool:
    """True for a well-formed person's IIN with a correct check digit."""
    return problem(iin) is None


def make_iin(born: dt.date, female: bool, serial: int) -> str | None:
    """Build a valid IIN for a birth date and serial (``None`` if the serial has no check digit).

    Used by the demo station and the tests.
    """
    century_code = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + (1 if female else 0)
    first11 = f"{born:%y%m%d}{century_code}{serial % 10000:04d}"
    digit = check_digit(first11)
    return None if digit is None else first11 + str(digit)


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day``."""
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years
