"""Bounds on every number that enters from outside: typed, in a file, on the command line.

SQLite stores integers up to 2**63 - 1 and Python refuses to convert a text of more than
4,300 digits; a number past either used to end in a traceback. Every reader bounds its
numbers here, before ``int()`` and before the database, and names the field that was wrong.
Where the limit is a domain rule it is far above any real precinct (a precinct in
Kazakhstan has at most a few thousand voters), so only a typing slip or a damaged file meets it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from precinct_app.services.errors import InvalidInput

SQLITE_MAX = 2**63 - 1
# 18 digits always fit SQLite's INTEGER; a longer number is refused before int() reads it.
MAX_DIGITS = 18
# Domain limits, each with a wide margin over the largest real precinct.
MAX_LIST_NO = 1_000_000  # list numbers (a precinct lists at most a few thousand voters)
MAX_BALLOTS = 1_000_000  # ballots received, taken on a trip, returned, spoiled, cancelled
MAX_ID = 1_000_000_000  # a count of rows asked for (--limit): more than any list holds
# JSON the station reads nests a handful of levels (election.json about 6).
MAX_JSON_DEPTH = 64
_SHOWN = 24  # characters of a refused value quoted back in a message


def shown(value: object) -> str:
    """``value`` as text short enough to quote in a message (a 5,000-digit number is not)."""
    raw = str(value)
    return raw if len(raw) <= _SHOWN else raw[: _SHOWN - 1] + "…"


def parse_whole(raw: str, low: int, high: int, field: str) -> int:
    """The whole number in ``raw`` (ASCII digits, an optional ``-``), within ``low..high``.

    Raises ``InvalidInput("number_not_whole" | "number_out_of_range", field=...)``.
    """
    body = raw.strip()
    digits = body[1:] if body.startswith("-") else body
    if not digits or not (digits.isascii() and digits.isdigit()):
        raise InvalidInput("number_not_whole", field=field, value=shown(raw))
    if too_long(digits):
        raise InvalidInput("number_out_of_range", field=field, value=shown(raw), low=low,
                           high=high)
    return check_range(int(body), low, high, field)


def too_long(raw: str) -> bool:
    """True when the digits in ``raw`` are more than ``MAX_DIGITS`` (leading zeros aside)."""
    return len(raw.strip().lstrip("-").lstrip("0")) > MAX_DIGITS


def check_range(value: int, low: int, high: int, field: str) -> int:
    """``value`` when ``low <= value <= high``, else ``InvalidInput("number_out_of_range")``."""
    if not low <= value <= high:
        raise InvalidInput("number_out_of_range", field=field, value=shown(value), low=low,
                           high=high)
    return value


def fits_db(value: int) -> bool:
    """True when SQLite can hold ``value``: a larger one raises OverflowError in a query."""
    return -SQLITE_MAX - 1 <= value <= SQLITE_MAX


class JsonLimitExceeded(ValueError):
    """JSON nested too deep or holding a number too long; a ``ValueError`` as json's own are.

    ``code`` is ``json_too_deep`` or ``json_number_too_long``; ``line`` and ``column``
    (1-based) point at the place, as ``json.JSONDecodeError`` does.
    """

    def __init__(self, code: str, text: str, pos: int, limit: int) -> None:
        self.code = code
        self.lineno = text.count("\n", 0, pos) + 1
        self.colno = pos - (text.rfind("\n", 0, pos) + 1) + 1
        self.limit = limit
        super().__init__(f"{code} at line {self.lineno} column {self.colno}")


# Strings first, so brackets and digits inside them are skipped whole.
_JSON_TOKENS = re.compile(
    r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[{]|[\]}]|[0-9]{' + str(MAX_DIGITS + 1) + ",}", re.DOTALL
)


def check_json(text: str, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Refuse JSON nested deeper than ``max_depth`` or with a number past ``MAX_DIGITS``.

    json.loads would raise RecursionError on the one and ValueError ("Exceeds the limit
    (4300 digits)") on the other, neither with a place in the file.
    """
    depth = 0
    for match in _JSON_TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                raise JsonLimitExceeded("json_too_deep", text, match.start(), max_depth)
        elif token in "]}":
            depth -= 1
        elif token[0] != '"':
            raise JsonLimitExceeded("json_number_too_long", text, match.start(), MAX_DIGITS)


def load_json(text: str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` after ``check_json``: no RecursionError, no 4,300-digit ValueError."""
    check_json(text, max_depth)
    return json.loads(text)
