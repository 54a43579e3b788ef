"""Issuing ballots at the desks: issue, spoil (the one replacement) and undo.

The issuance flow is: find the voter (``voters.resolve`` or search) -> read their
state (:func:`voter_state`) -> :func:`issue`. Each call takes the caller's
session, never commits, and writes its audit event in the same transaction.
Audit payloads carry the list number only, never the IIN, name or document number.

Counting rule (docs/domain.md §5): issued_in_premises / issued_outside count voters who
hold a live ballot; a replacement for a spoiled ballot does not count again.

Paper: an issue (in the premises, or outside without a trip) and a replacement
each take one ballot from the station's stock and are refused when none is
left (``services.ballots``); an issue on a trip takes one of the ballots the
trip took out, and is refused when they are all issued.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Table, bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from precinct_app.models import (
    AbsenteeCertificate,
    CommissionMember,
    Contest,
    Issuance,
    OutsideApplication,
    OutsideTrip,
    Spoilage,
    Voter,
)
from precinct_app.services import audit, ballots, bounds, permissions
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused
from precinct_app.services.phases import local_hhmm, parse_utc, require_open
from precinct_app.services.station import Member, load_station
from precinct_app.services.voters import voter_row

PLACES = ("premises", "outside")
# The kind of document shown; its number is personal data and is not recorded.
DOCUMENTS = ("id_card", "passport", "other")

# Built once, on the tables rather than the mapped classes: a desk runs these for
# every ballot it hands out, and the ORM's per-call statement building and loading
# cost more than the queries themselves (bench: ``python -m bench --only issuance``).
_ISSUANCES = cast(Table, Issuance.__table__)
_VOTERS = cast(Table, Voter.__table__)
_CERTIFICATES = cast(Table, AbsenteeCertificate.__table__)
# The voter's live absentee certificate rides in the same read (one indexed lookup).
_VOTER_FACTS = select(
    _VOTERS.c.list_no, _VOTERS.c.status, _VOTERS.c.exclusion_reason,
    select(_CERTIFICATES.c.number).where(
        _CERTIFICATES.c.voter_id == _VOTERS.c.id, _CERTIFICATES.c.cancelled_at.is_(None)
    ).scalar_subquery(),
).where(_VOTERS.c.id == bindparam("voter_id"))
_LIVE_FACTS = select(_ISSUANCES.c.issued_at, _ISSUANCES.c.member_id).where(
    _ISSUANCES.c.voter_id == bindparam("voter_id"),
    _ISSUANCES.c.contest_id == bindparam("contest_id"),
    _ISSUANCES.c.undone_at.is_(None),
)
_ADD_ISSUANCE = insert(_ISSUANCES)


@dataclass(frozen=True)
class IssueResult:
    """A ballot handed out: what the desk's confirmation shows."""

    issuance_id: int
    voter_id: int
    list_no: int
    contest_id: str
    member: Member
    place: str
    document: str
    issued_at: dt.datetime  # UTC


@dataclass(frozen=True)
class SpoilResult:
    """The one replacement of a spoiled ballot."""

    issuance_id: int
    list_no: int
    contest_id: str
    member: Member
    at: dt.datetime


@dataclass(frozen=True)
class UndoResult:
    """A mistaken issuance marked undone (the row stays)."""

    issuance_id: int
    list_no: int
    contest_id: str
    member: Member
    at: dt.datetime
    reason: str


@dataclass(frozen=True)
class BallotState:
    """A voter's live ballot in one contest, or ``issuance_id=None`` when none."""

    contest_id: str
    issuance_id: int | None
    issued_at: dt.datetime | None
    member_id: str | None
    member_name: str | None
    place: str | None
    replaced: bool


@dataclass(frozen=True)
class VoterDayState:
    """What the desk shows for a voter before Enter issues."""

    voter_id: int
    list_no: int
    status: str
    exclusion_reason: str | None
    outside_application: bool
    ballots: tuple[BallotState, ...]
    absentee_certificate: str | None = None  # its number: no ballot here (§16)

    def has_ballot(self, contest_id: str) -> bool:
        """True when the voter holds a live ballot in ``contest_id``."""
        return any(b.contest_id == contest_id and b.issuance_id for b in self.ballots)


@dataclass(frozen=True)
class IssuedCounts:
    """Voters holding a live ballot for a contest, by place, and replacements made."""

    contest_id: str
    in_premises: int
    outside: int
    replaced: int

    @property
    def total(self) -> int:
        """Voters holding a ballot."""
        return self.in_premises + self.outside


def contest_ids(session: Session) -> list[str]:
    """Every contest id, in ballot-paper order."""
    return list(session.scalars(select(Contest.id).order_by(Contest.position)))


def default_contest(session: Session, contest_id: str | None) -> str:
    """``contest_id`` checked, or the only contest when it is left out."""
    ids = contest_ids(session)
    if contest_id is None:
        if len(ids) != 1:
            raise InvalidInput("contest_required", contests=", ".join(ids))
        return ids[0]
    if contest_id not in ids:
        raise InvalidInput("contest_unknown", contest=contest_id)
    return contest_id


def _live(session: Session, voter_id: int, contest_id: str) -> Issuance | None:
    return session.scalar(
        select(Issuance).where(
            Issuance.voter_id == voter_id,
            Issuance.contest_id == contest_id,
            Issuance.undone_at.is_(None),
        )
    )


def _member_name(session: Session, member_id: str) -> str:
    row = session.get(CommissionMember, member_id)
    return row.name if row is not None else member_id


def issue(
    session: Session,
    clock: Clock,
    voter_id: int,
    contest_id: str,
    member_id: str,
    place: str = "premises",
    document: str = "id_card",
    trip_id: int | None = None,
) -> IssueResult:
    """Hand ``voter_id`` a ballot for ``contest_id``.

    Refused outside the open phase, for an excluded voter, for a holder of an absentee
    certificate (docs/domain.md §16), for a second live ballot
    (the message names when and by whom the first was issued), for a member whose
    role may not issue, outside the premises without an application, on a trip
    whose ballots are all issued, and when the station has no ballot left.
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    if place not in PLACES:
        raise InvalidInput("place_unknown", place=place)
    if document not in DOCUMENTS:
        raise InvalidInput("document_unknown", document=document, known=", ".join(DOCUMENTS))
    require_open(session)
    who = permissions.require(session, member_id, "issue")
    voter = session.execute(_VOTER_FACTS, {"voter_id": voter_id}).first()
    if voter is None:
        raise InvalidInput("voter_not_found", voter=str(voter_id))
    list_no = voter.list_no
    if voter.status != "active":
        raise Refused("voter_excluded", list_no=list_no, reason=voter.exclusion_reason or "")
    if voter[3] is not None:
        raise Refused("voter_absentee", list_no=list_no, number=voter[3])
    existing = session.execute(
        _LIVE_FACTS, {"voter_id": voter_id, "contest_id": contest_id}
    ).first()
    if existing is not None:
        raise Refused(
            "already_issued",
            list_no=list_no,
            contest=contest_id,
            at=local_hhmm(existing.issued_at, load_station(session).timezone),
            member=_member_name(session, existing.member_id),
        )
    if place == "outside":
        _check_outside(session, voter_id, list_no, contest_id, trip_id)
    elif trip_id is not None:
        raise InvalidInput("trip_only_outside", trip=trip_id)
    if trip_id is None:
        # On a trip the ballot is one the trip already took out of the stock.
        ballots.require_left(session, contest_id)
    at = clock.utc_iso()
    try:
        # A second desk racing for the same voter meets the partial unique index;
        # the caller's transaction then rolls back as for any refusal.
        added = cast(CursorResult[Any], session.execute(
            _ADD_ISSUANCE,
            {"voter_id": voter_id, "contest_id": contest_id, "member_id": who.id,
             "place": place, "document": document, "trip_id": trip_id, "issued_at": at},
        ))
    except IntegrityError as exc:
        raise Refused("already_issued_elsewhere", list_no=list_no, contest=contest_id) from exc
    key = added.inserted_primary_key
    assert key is not None  # an INSERT always has one
    issuance_id = int(key[0])
    payload: dict[str, object] = {
        "issuance": issuance_id, "list_no": list_no, "contest": contest_id, "place": place,
        "document": document,
    }
    if trip_id is not None:
        payload["trip"] = trip_id
    audit.record(session, clock, who.id, "ballot.issued", payload)
    return IssueResult(
        issuance_id, voter_id, list_no, contest_id, who, place, document, parse_utc(at)
    )


def _check_outside(
    session: Session, voter_id: int, list_no: int, contest_id: str, trip_id: int | None
) -> None:
    # Ballots issued outside never exceed the applications: one per applicant.
    applied = session.scalar(
        select(OutsideApplication.id).where(OutsideApplication.voter_id == voter_id)
    )
    if applied is None:
        raise Refused("outside_no_application", list_no=list_no)
    if trip_id is not None:
        trip = session.get(OutsideTrip, trip_id) if bounds.fits_db(trip_id) else None
        if trip is None or trip.ended_at is not None or trip.contest_id != contest_id:
            raise Refused("trip_not_open", trip=trip_id)
        # Issued on the trip never exceeds what it took, or it could never balance.
        if _issued_on_trip(session, trip_id) >= trip.ballots_taken:
            raise Refused("trip_no_ballots_left", trip=trip_id, taken=trip.ballots_taken)


def _issued_on_trip(session: Session, trip_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(Issuance)
        .where(Issuance.trip_id == trip_id, Issuance.undone_at.is_(None))
    ) or 0


def spoil(
    session: Session, clock: Clock, voter_id: int, contest_id: str, member_id: str
) -> SpoilResult:
    """Record the one replacement of the voter's spoiled ballot; a second is refused.

    Also refused for a ballot issued on a trip (the trip's own ballots replace it and
    the box's return counts it as spoiled) and when the station has no ballot left.
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    require_open(session)
    who = permissions.require(session, member_id, "issue")
    voter = voter_row(session, voter_id)
    live = _live(session, voter_id, contest_id)
    if live is None:
        raise Refused("no_live_ballot", list_no=voter.list_no, contest=contest_id)
    if session.scalar(select(Spoilage.id).where(Spoilage.issuance_id == live.id)) is not None:
        raise Refused("already_replaced", list_no=voter.list_no, contest=contest_id)
    if live.trip_id is not None:
        raise Refused("spoil_on_trip", list_no=voter.list_no, trip=live.trip_id)
    ballots.require_left(session, contest_id)
    at = clock.utc_iso()
    session.add(Spoilage(issuance_id=live.id, member_id=who.id, at=at))
    session.flush()
    audit.record(
        session, clock, who.id, "ballot.spoiled",
        {"issuance": live.id, "list_no": voter.list_no, "contest": contest_id},
    )
    return SpoilResult(live.id, voter.list_no, contest_id, who, parse_utc(at))


def undo(
    session: Session, clock: Clock, voter_id: int, contest_id: str, member_id: str, reason: str
) -> UndoResult:
    """Mark the voter's live issuance undone (chair or deputy, written reason); never a delete.

    An issuance on a trip that has come back is refused: the trip balanced with it.
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    require_open(session)
    who = permissions.require(session, member_id, "undo")
    reason = reason.strip()
    if not reason:
        raise InvalidInput("undo_needs_reason")
    voter = voter_row(session, voter_id)
    live = _live(session, voter_id, contest_id)
    if live is None:
        raise Refused("no_live_ballot", list_no=voter.list_no, contest=contest_id)
    if live.trip_id is not None:
        trip = session.get(OutsideTrip, live.trip_id)
        if trip is not None and trip.ended_at is not None:
            raise Refused("undo_trip_ended", list_no=voter.list_no, trip=live.trip_id)
    at = clock.utc_iso()
    live.undone_at, live.undone_by, live.undo_reason = at, who.id, reason
    session.flush()
    audit.record(
        session, clock, who.id, "ballot.undone",
        {"issuance": live.id, "list_no": voter.list_no, "contest": contest_id, "reason": reason},
    )
    return UndoResult(live.id, voter.list_no, contest_id, who, parse_utc(at), reason)


# Built once (the desk reads them at every Enter): the voter, and every contest with
# the voter's live ballot in it.
_DAY_VOTER = select(
    Voter.list_no, Voter.status, Voter.exclusion_reason,
    select(OutsideApplication.id).where(OutsideApplication.voter_id == Voter.id).exists(),
    select(AbsenteeCertificate.number).where(
        AbsenteeCertificate.voter_id == Voter.id, AbsenteeCertificate.cancelled_at.is_(None)
    ).scalar_subquery(),
).where(Voter.id == bindparam("voter_id"))
_DAY_BALLOTS = (
    select(Contest.id, Issuance.id, Issuance.issued_at, Issuance.member_id,
           CommissionMember.name, Issuance.place,
           select(Spoilage.id).where(Spoilage.issuance_id == Issuance.id).exists())
    .outerjoin(Issuance, (Issuance.contest_id == Contest.id)
               & (Issuance.voter_id == bindparam("voter_id")) & Issuance.undone_at.is_(None))
    .outerjoin(CommissionMember, CommissionMember.id == Issuance.member_id)
    .order_by(Contest.position)
)


def voter_state(session: Session, voter_id: int) -> VoterDayState:
    """The voter's ballots, exclusion and outside application, for the desk.

    Two queries (the voter; every contest with the voter's live ballot in it), since
    the desk reads this at every Enter: ``voter_not_found`` when there is no such voter.
    """
    voter = session.execute(_DAY_VOTER, {"voter_id": voter_id}).one_or_none()
    if voter is None:
        raise InvalidInput("voter_not_found", voter=str(voter_id))
    rows = session.execute(_DAY_BALLOTS, {"voter_id": voter_id})
    ballots = tuple(
        BallotState(contest_id, None, None, None, None, None, False) if issuance_id is None
        else BallotState(contest_id, issuance_id, parse_utc(issued_at), member_id,
                         name or member_id, place, bool(was_replaced))
        for contest_id, issuance_id, issued_at, member_id, name, place, was_replaced in rows
    )
    list_no, status, reason, outside, certificate = voter
    return VoterDayState(voter_id, list_no, status, reason, bool(outside), ballots, certificate)


def holders(session: Session) -> dict[str, int]:
    """Voters holding a live ballot, by contest id, in one query (the header, after every
    ballot); a contest nobody holds a ballot for is missing."""
    return {
        contest_id: count
        for contest_id, count in session.execute(
            select(Issuance.contest_id, func.count())
            .where(Issuance.undone_at.is_(None))
            .group_by(Issuance.contest_id)
        )
    }


def issued_counts(session: Session, contest_id: str) -> IssuedCounts:
    """Voters holding a live ballot for ``contest_id`` by place, and replacements."""
    by_place = dict(
        session.execute(
            select(Issuance.place, func.count())
            .where(Issuance.contest_id == contest_id, Issuance.undone_at.is_(None))
            .group_by(Issuance.place)
        ).all()
    )
    replaced = session.scalar(
        select(func.count())
        .select_from(Spoilage)
        .join(Issuance, Issuance.id == Spoilage.issuance_id)
        .where(Issuance.contest_id == contest_id, Issuance.undone_at.is_(None))
    )
    return IssuedCounts(
        contest_id, by_place.get("premises", 0), by_place.get("outside", 0), replaced or 0
    )
