"""Voter search: IIN (full or prefix), list number, surname [+ given name [+ patronymic]] prefix.

An exact match (the whole IIN, or the list number typed) comes first, before the
prefix matches in list-number order: ``30`` lists No. 30 before No. 16 whose IIN
starts with 30, and the desk lets Enter act by itself only on an exact match
(:class:`Found`).

Names are compared through folded keys (``services.text.fold``) with index
range scans, so the search is case-insensitive for every Kazakh and Russian
letter and stays fast on a 100,000-voter list. A query typed on the wrong
keyboard layout (Latin keys for Russian or Kazakh Cyrillic) is tried converted
as well.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, or_, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from precinct_app.models import Issuance, Station, Voter
from precinct_app.services import bounds, localize
from precinct_app.services import voters as voter_queries
from precinct_app.services.phases import parse_utc
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


@dataclass(frozen=True)
class Found:
    """What a search found: the ids to list, and whether the first is an exact match.

    ``exact``: ``ids[0]`` is the voter with exactly this IIN or list number (one at most).
    ``digits``: the query was a number (an IIN or part of one, or a list number).
    """

    text: str
    ids: list[int]
    exact: bool
    digits: str | None

    @property
    def by_list_number(self) -> bool:
        """The number typed could be a list number (not only part of an IIN)."""
        return self.digits is not None and len(self.digits) <= _MAX_LIST_NO_DIGITS

    @property
    def unambiguous(self) -> bool:
        """The first id is the one meant, with nobody to choose from: an exact IIN or
        list number, or a name that only one voter matches. A partial number never is
        (an IIN cut short names somebody else's prefix)."""
        if self.exact:
            return True
        return self.digits is None and len(self.ids) == 1


# Built once: a scanner's IIN is looked up at every Enter at the desk.
_BY_IIN = select(Voter.id).where(Voter.iin == bindparam("iin"))
_BY_LIST_NO = select(Voter.id).where(Voter.list_no == bindparam("list_no"))


def _exact_id(session: Session, digits: str | None) -> int | None:
    if digits is None:
        return None
    if len(digits) == 12:
        return session.scalar(_BY_IIN, {"iin": digits})
    if len(digits) <= _MAX_LIST_NO_DIGITS:
        return session.scalar(_BY_LIST_NO, {"list_no": int(digits)})
    return None


def find(session: Session, text: str, limit: int | None = None) -> Found:
    """Every voter matching ``text``: the exact match first, then list-number order."""
    query = parse_query(text)
    exact = _exact_id(session, query.digits)
    if query.digits is not None and len(query.digits) == 12:
        ids = []  # a whole IIN matches one voter at most (unique): the exact one, below
    elif any(len(words) > 2 for words in query.names):
        ids = _patronymic_ids(session, query, limit)
    else:
        # A limit past any list is no limit, and past SQLite's range it would overflow.
        statement = _statement(query, limit if limit is None or limit <= bounds.MAX_ID else None)
        ids = [] if statement is None else list(dict.fromkeys(session.scalars(statement)))
    if exact is not None:
        ids = [exact, *(i for i in ids if i != exact)]
    return Found(text, ids if limit is None else ids[:limit], exact is not None, query.digits)


def find_voter_ids(session: Session, text: str, limit: int | None = None) -> list[int]:
    """Ids of every voter matching ``text``: the exact match (whole IIN or list number)
    first, then list-number order (all unless ``limit``)."""
    return find(session, text, limit).ids


def find_voters(session: Session, text: str, limit: int | None = None) -> list[VoterView]:
    """Every voter matching ``text``: the exact match first, then list-number order."""
    return voter_queries.get_many(session, find_voter_ids(session, text, limit))


def ballots_held(session: Session, ids: Sequence[int]) -> dict[int, dt.datetime]:
    """For the voters among ``ids`` who hold a ballot (in any contest): when the first
    of their live ballots was issued, in the election's time zone. The list shows it
    instead of "on the list"."""
    held: dict[int, dt.datetime] = {}
    zone = localize.zone(session.scalar(select(Station.timezone)) or "UTC")
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = ids[start : start + 500]
        rows = session.execute(
            select(Issuance.voter_id, func.min(Issuance.issued_at))
            .where(Issuance.voter_id.in_(chunk), Issuance.undone_at.is_(None))
            .group_by(Issuance.voter_id)
        )
        for voter_id, issued_at in rows:
            held[voter_id] = parse_utc(issued_at).astimezone(zone)
    return held
