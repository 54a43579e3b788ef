"""Voter search: IIN (full or prefix), list number, surname [+ given name [+ patronymic]] prefix.

Names are compared through folded keys (``services.text.fold``) with index
range scans, so the search is case-insensitive for every Kazakh and Russian
letter and stays fast on a 100,000-voter list. A query typed on the wrong
keyboard layout (Latin keys for Russian or Kazakh Cyrillic) is tried converted
as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from precinct_app.models import Voter
from precinct_app.services import voters as voter_queries
from precinct_app.services.text import fold, from_latin_kazakh_layout, from_latin_layout
from precinct_app.services.voters import VoterView

_HIGH = "\uffff"  # above every letter: key >= p AND key < p + _HIGH is "starts with p"
_DIGITS = re.compile(r"[0-9]+\Z")
# Separators people type inside numbers: "№ 12", "871008-401428", "8710 0840".
_NUMBER_NOISE = re.compile(r"[\s#№.,:;\-_/()]+")
_NOT_NAME = re.compile(r"[^\w'\-]|[0-9_]")
_MAX_LIST_NO_DIGITS = 9  # list numbers are far below a billion; keeps int() sane


@dataclass(frozen=True)
class Query:
    """A parsed query: digits, or folded (surname, given name, patronymic) prefixes to try."""

    digits: str | None
    names: tuple[tuple[str, ...], ...]  # alternatives: as typed, layout-converted


def parse_query(text: str) -> Query:
    """Understand what the user typed."""
    stripped = text.strip()
    compact = _NUMBER_NOISE.sub("", stripped)
    if compact and _DIGITS.match(compact):
        return Query(compact, ())
    candidates = [stripped]
    for convert in (from_latin_layout, from_latin_kazakh_layout):
        converted = convert(stripped)
        if converted is not None:
            candidates.append(converted)
    alternatives: list[tuple[str, ...]] = []
    for candidate in candidates:
        words = [_NOT_NAME.sub("", w).strip("'-") for w in fold(candidate).split()]
        prefixes = tuple(w for w in words if w)[:3]
        if prefixes and prefixes not in alternatives:
            alternatives.append(prefixes)
    return Query(None, tuple(alternatives))


def _prefix(column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    return and_(column >= prefix, column < prefix + _HIGH)


def _conditions(query: Query) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.digits is not None:
        digits = query.digits
        if len(digits) == 12:
            conditions.append(Voter.iin == digits)
        elif len(digits) < 12:
            conditions.append(_prefix(Voter.iin, digits))
        if len(digits) <= _MAX_LIST_NO_DIGITS:
            conditions.append(Voter.list_no == int(digits))
    for words in query.names:
        condition = _prefix(Voter.surname_key, words[0])
        if len(words) > 1:
            condition = and_(condition, _prefix(Voter.given_name_key, words[1]))
        conditions.append(condition)
    return conditions


def _statement(query: Query, limit: int | None) -> Select[Any] | None:
    """The id query, ordered by list number; may repeat an id (one per matching branch)."""
    conditions = _conditions(query)
    if not conditions:
        return None
    if len(query.names) < 2:
        # Digits (IIN prefix or list number) match a few voters: OR is cheap.
        statement = select(Voter.id).where(or_(*conditions)).order_by(Voter.list_no)
    else:
        # Name alternatives may match thousands: UNION ALL, not OR, because SQLite's OR
        # plan visits every matching table row to sort by list_no, while each branch
        # here reads (id, list_no) from its index alone. Repeats are dropped in Python.
        branches = union_all(*(select(Voter.id, Voter.list_no).where(c) for c in conditions))
        matched = branches.subquery()
        statement = select(matched.c.id).order_by(matched.c.list_no)
        limit = None if limit is None else limit * len(conditions)
    return statement.limit(limit) if limit is not None else statement


def _matches(words: tuple[str, ...], surname_key: str, given_key: str, patronymic: str) -> bool:
    keys = (surname_key, given_key, fold(patronymic))
    return all(key.startswith(word) for key, word in zip(keys, words, strict=False))


def _patronymic_ids(session: Session, query: Query, limit: int | None) -> list[int]:
    # No key column for patronymics: the surname + given-name range scan narrows
    # the list to a handful of rows, which are checked here.
    conditions = _conditions(query)
    if not conditions:
        return []
    # OR is right here: the patronymic is read from the table rows anyway.
    rows = session.execute(
        select(Voter.id, Voter.surname_key, Voter.given_name_key, Voter.patronymic)
        .where(or_(*conditions)).order_by(Voter.list_no)
    )
    found: list[int] = []
    for voter_id, surname_key, given_key, patronymic in rows:
        if any(_matches(words, surname_key, given_key, patronymic) for words in query.names):
            found.append(voter_id)
            if limit is not None and len(found) >= limit:
                break
    return found


def find_voter_ids(session: Session, text: str, limit: int | None = None) -> list[int]:
    """Ids of every voter matching ``text``, in list-number order (all unless ``limit``)."""
    query = parse_query(text)
    if any(len(words) > 2 for words in query.names):
        return _patronymic_ids(session, query, limit)
    statement = _statement(query, limit)
    if statement is None:
        return []
    ids = list(dict.fromkeys(session.scalars(statement)))
    return ids if limit is None else ids[:limit]


def find_voters(session: Session, text: str, limit: int | None = None) -> list[VoterView]:
    """Every voter matching ``text``, in list-number order (all unless ``limit``)."""
    return voter_queries.get_many(session, find_voter_ids(session, text, limit))
