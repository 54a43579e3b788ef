"""The station's phases as an explicit state machine.

``setup -> voting_open -> voting_closed -> counting -> signed``; a correction of a
signed protocol goes back from ``signed`` to ``counting``. Every transition
records who and when (``phase_change``) and writes an audit event.
In official mode the package's voting hours are enforced in the election's time
zone; in training mode (docs/formats.md §6) they are advisory: the action goes
ahead and the result says it was outside the hours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, and_, func, select
from sqlalchemy.orm import Session

from precinct_app.models import Contest, Issuance, PhaseChange, Station, Voter
from precinct_app.services import audit, bounds, permissions
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, NoStation, Refused, WrongPhase
from precinct_app.services.localize import clock_text, zone
from precinct_app.services.station import Member, load_station

SETUP, OPEN, CLOSED = "setup", "voting_open", "voting_closed"
COUNTING, SIGNED = "counting", "signed"
# The count is recorded from the close of voting (services.counting), and its screens open.
COUNT_PHASES = (CLOSED, COUNTING, SIGNED)
# The results are exported from the start of the count (services.export.eligibility: a
# preliminary export before every protocol is signed).
EXPORT_PHASES = (COUNTING, SIGNED)
# Opening and closing; counting's own transitions are taken by services.counting
# and services.protocol through enter_phase().
TRANSITIONS: dict[str, str] = {SETUP: OPEN, OPEN: CLOSED}
_ACTIONS = {OPEN: "voting.opened", CLOSED: "voting.closed", COUNTING: "counting.started",
            SIGNED: "counting.finished"}


@dataclass(frozen=True)
class PhaseResult:
    """A recorded transition. ``outside_hours``: allowed only because of training mode."""

    from_phase: str
    to_phase: str
    at: dt.datetime
    member: Member
    reason: str
    training: bool
    outside_hours: bool


@dataclass(frozen=True)
class PhaseEvent:
    """One row of the phase history."""

    at: dt.datetime
    member_id: str
    from_phase: str
    to_phase: str
    reason: str


@dataclass(frozen=True)
class ReceiptResult:
    """The corrected act of receipt for one contest."""

    contest_id: str
    before: int
    after: int
    member: Member


def _station_row(session: Session) -> Station:
    row = session.get(Station, 1)
    if row is None:
        raise NoStation("no_station")
    return row


# Built once, on the table: every ballot handed out checks the phase first.
_STATIONS = cast(Table, Station.__table__)
_PHASE = select(_STATIONS.c.phase).where(_STATIONS.c.id == 1)


def current_phase(session: Session) -> str:
    """The station's phase."""
    phase = session.execute(_PHASE).scalar()
    if phase is None:
        raise NoStation("no_station")
    return str(phase)


def require_open(session: Session) -> None:
    """Nothing, if voting is open; ``WrongPhase`` otherwise."""
    phase = current_phase(session)
    if phase != OPEN:
        raise WrongPhase("voting_not_open", phase=phase)


def parse_utc(text: str) -> dt.datetime:
    """A stored UTC timestamp as an aware datetime."""
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_hhmm(text: str, timezone: str) -> str:
    """A stored UTC timestamp as HH:MM in the election's time zone (for messages)."""
    return clock_text(parse_utc(text), timezone)


def _at_local(date: dt.date, hhmm: str, timezone: str) -> dt.datetime:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    return dt.datetime.combine(date, dt.time(hours, minutes), tzinfo=zone(timezone))


def everyone_has_a_ballot(session: Session) -> bool:
    """True when every active voter holds a live ballot in every contest."""
    active = select(Voter.id).where(Voter.status == "active")
    for contest_id in session.scalars(select(Contest.id)):
        missing = session.scalar(
            select(func.count()).select_from(
                active.where(
                    ~select(Issuance.id)
                    .where(
                        and_(
                            Issuance.voter_id == Voter.id,
                            Issuance.contest_id == contest_id,
                            Issuance.undone_at.is_(None),
                        )
                    )
                    .exists()
                ).subquery()
            )
        )
        if missing:
            return False
    return True


def _transition(
    session: Session, clock: Clock, who: Member, to_phase: str, reason: str,
    outside_hours: bool, training: bool,
) -> PhaseResult:
    row = _station_row(session)
    from_phase = row.phase
    at = clock.utc_iso()
    row.phase = to_phase
    session.add(
        PhaseChange(at=at, member_id=who.id, from_phase=from_phase, to_phase=to_phase,
                    reason=reason)
    )
    action = _ACTIONS[to_phase]
    if from_phase == SIGNED:
        action = "counting.reopened"
    payload: dict[str, object] = {"from": from_phase, "to": to_phase, "training": training}
    if reason:
        payload["reason"] = reason
    if outside_hours:
        payload["outside_hours"] = True
    audit.record(session, clock, who.id, action, payload)
    return PhaseResult(from_phase, to_phase, parse_utc(at), who, reason, training, outside_hours)


def enter_phase(
    session: Session, clock: Clock, who: Member, to_phase: str, reason: str = ""
) -> PhaseResult:
    """Move to ``to_phase`` (counting's transitions; the caller checked that it may)."""
    clock = clock.snapshot()  # one instant for every time this action stores
    training = load_station(session).training(clock)
    return _transition(session, clock, who, to_phase, reason, False, training)


def _check_from(session: Session, to_phase: str) -> None:
    phase = current_phase(session)
    if TRANSITIONS.get(phase) != to_phase:
        raise WrongPhase(f"phase_cannot_{'open' if to_phase == OPEN else 'close'}", phase=phase)


def open_voting(session: Session, clock: Clock, member_id: str) -> PhaseResult:
    """Open voting (setup -> voting_open); official mode only within the voting hours."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "open_voting")
    _check_from(session, OPEN)
    info = load_station(session)
    training = info.training(clock)
    now = clock.now_utc()
    opens = _at_local(info.election_date, info.opens, info.timezone)
    closes = _at_local(info.election_date, info.closes, info.timezone)
    outside = not (opens <= now < closes)
    if outside and not training:
        code = "voting_opens_at" if now < opens else "voting_hours_over"
        raise Refused(code, opens=info.opens, closes=info.closes)
    return _transition(session, clock, who, OPEN, "", outside, training)


def close_voting(
    session: Session, clock: Clock, member_id: str, reason: str = ""
) -> PhaseResult:
    """Close voting (voting_open -> voting_closed).

    Official mode: not before the closing time, except at a special station when
    every voter has a ballot or a reason is recorded. Training mode: advisory.
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "close_voting")
    _check_from(session, CLOSED)
    info = load_station(session)
    training = info.training(clock)
    reason = reason.strip()
    early = clock.now_utc() < _at_local(info.election_date, info.closes, info.timezone)
    if early and not training:
        if not info.special:
            raise Refused("voting_closes_at", closes=info.closes)
        if not reason and not everyone_has_a_ballot(session):
            raise Refused("close_early_needs_reason", closes=info.closes)
    return _transition(session, clock, who, CLOSED, reason, early and training, training)


def history(session: Session) -> list[PhaseEvent]:
    """Every phase change, oldest first."""
    rows = session.scalars(select(PhaseChange).order_by(PhaseChange.id))
    return [
        PhaseEvent(parse_utc(r.at), r.member_id, r.from_phase, r.to_phase, r.reason) for r in rows
    ]


def receive_ballots(
    session: Session, clock: Clock, member_id: str, contest_id: str, count: int
) -> ReceiptResult:
    """Correct the act of receipt for ``contest_id``; only before voting opens."""
    who = permissions.require(session, member_id, "receive_ballots")
    phase = current_phase(session)
    if phase != SETUP:
        raise WrongPhase("receipt_only_in_setup", phase=phase)
    if count < 0:
        raise InvalidInput("count_negative", value=count)
    if count > bounds.MAX_BALLOTS:  # past it SQLite overflows; no precinct comes near
        raise InvalidInput("ballots_too_many", value=count, limit=bounds.MAX_BALLOTS)
    contest = session.get(Contest, contest_id)
    if contest is None:
        raise InvalidInput("contest_unknown", contest=contest_id)
    before = contest.ballots_received
    contest.ballots_received = count
    audit.record(
        session, clock, who.id, "ballots.received",
        {"contest": contest_id, "before": before, "after": count},
    )
    return ReceiptResult(contest_id, before, count, who)
