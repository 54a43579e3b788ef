"""The guided counting sequence after closing (docs/domain.md §9), as a state machine.

The steps are taken in order, each once, each confirmed by a member who may
count; the first one starts the count (``voting_closed -> counting``) and the
12-hour limit. Cancelling unused ballots records how many the commission
cancelled per contest, beside what the records expect, and fills the protocol's
``cancelled`` line. Filling and checking the protocol are steps too: they are
refused until every line is filled and no check blocks. Signing is the last
step of the sequence and is taken by ``services.protocol.sign``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from precinct_app.models import Contest, CountStep, OutsideTrip, Voter
from precinct_app.services import audit, issuance, permissions, phases
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused, WrongPhase

CANCEL, SUMMARISE, PORTABLE, STATIONARY, SORT, FILL, CHECK = (
    "cancel_unused", "summarise_list", "open_portable_boxes", "open_stationary_box",
    "sort_and_count", "fill_protocol", "check_protocol",
)
# The steps ``count step`` records, in order.
STEPS: tuple[str, ...] = (CANCEL, SUMMARISE, PORTABLE, STATIONARY, SORT, FILL, CHECK)
SIGN = "sign_protocol"
# What the screen walks through: the recorded steps, then the signing.
SEQUENCE: tuple[str, ...] = (*STEPS, SIGN)
LIMIT = dt.timedelta(hours=12)
MAX_COUNT = 10_000_000


@dataclass(frozen=True)
class StepRecord:
    """A step taken: which, by whom, when, and what it recorded."""

    step: str
    member_id: str
    at: dt.datetime
    detail: Mapping[str, Mapping[str, object]]  # contest id -> figures (message params)


@dataclass(frozen=True)
class Expected:
    """What the records say about one contest's ballots at closing.

    ``to_cancel`` = received - voters holding a ballot: the unused ballots plus
    the spoiled ones (replaced at the desk or spoiled on a trip). As in
    ``services.ballots``, the replacement of an undone issuance goes with it.
    """

    contest_id: str
    voters_on_list: int
    received: int
    issued_in_premises: int
    issued_outside: int
    spoiled: int

    @property
    def issued(self) -> int:
        """Voters holding a ballot."""
        return self.issued_in_premises + self.issued_outside

    @property
    def to_cancel(self) -> int:
        """Ballots the commission should find to cancel (unused + spoiled)."""
        return self.received - self.issued


@dataclass(frozen=True)
class CountStatus:
    """Where the count stands: the steps done, the next one, and the 12-hour limit."""

    phase: str
    done: tuple[StepRecord, ...]
    next_step: str | None
    started_at: dt.datetime | None
    deadline: dt.datetime | None
    now: dt.datetime

    @property
    def over_limit(self) -> bool:
        """True once the count has run past its 12 hours."""
        return self.deadline is not None and self.now > self.deadline

    def record(self, step: str) -> StepRecord | None:
        """The record of ``step``, if taken."""
        return next((r for r in self.done if r.step == step), None)


def expected(session: Session) -> list[Expected]:
    """What the day's records give, per contest, in ballot order."""
    voters = session.scalar(
        select(func.count()).select_from(Voter).where(Voter.status == "active")
    ) or 0
    out: list[Expected] = []
    for contest in session.scalars(select(Contest).order_by(Contest.position)):
        counts = issuance.issued_counts(session, contest.id)
        trip_spoiled = session.scalar(
            select(func.coalesce(func.sum(OutsideTrip.ballots_spoiled), 0)).where(
                OutsideTrip.contest_id == contest.id
            )
        ) or 0
        out.append(
            Expected(contest.id, voters, contest.ballots_received, counts.in_premises,
                     counts.outside, counts.replaced + trip_spoiled)
        )
    return out


def steps_done(session: Session) -> list[StepRecord]:
    """The recorded steps in the order taken."""
    return [
        StepRecord(r.step, r.member_id, phases.parse_utc(r.at), json.loads(r.detail))
        for r in session.scalars(select(CountStep).order_by(CountStep.id))
    ]


def status(session: Session, clock: Clock) -> CountStatus:
    """The count's progress now."""
    done = steps_done(session)
    taken = {r.step for r in done}
    phase = phases.current_phase(session)
    next_step = next((s for s in STEPS if s not in taken), None)
    if next_step is None and phase != phases.SIGNED:
        next_step = SIGN
    started = done[0].at if done else None
    return CountStatus(
        phase, tuple(done), next_step, started,
        None if started is None else started + LIMIT, clock.now_utc(),
    )


def require_step_done(session: Session, step: str) -> None:
    """Nothing when ``step`` was recorded; ``Refused`` naming the next step otherwise."""
    taken = {r for r in session.scalars(select(CountStep.step))}
    if step not in taken:
        pending = next(s for s in STEPS if s not in taken)
        raise Refused("count_steps_pending", step=pending)


def record_step(
    session: Session, clock: Clock, member_id: str, step: str,
    cancelled: Mapping[str, int] | None = None,
) -> StepRecord:
    """Record ``step`` (the next one in order), confirmed by ``member_id``.

    ``cancelled`` (contest id -> ballots cancelled) is required by the first step.
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    # The step is judged before the phase (count_before_close, below, in the table's phases).
    who = permissions.require(session, member_id, "count", phase_too=False)
    if step == SIGN:
        raise Refused("count_sign_via_protocol")
    if step not in STEPS:
        raise InvalidInput("count_step_unknown", step=step, known=", ".join(STEPS))
    phase = phases.current_phase(session)
    done = {r for r in session.scalars(select(CountStep.step))}
    if phase not in phases.COUNT_PHASES:
        raise WrongPhase("count_before_close", phase=phase)
    if step in done:
        raise Refused("count_step_done", step=step)
    pending = next(s for s in STEPS if s not in done)
    if step != pending:
        raise Refused("count_step_out_of_order", step=step, expected_step=pending)
    detail: dict[str, dict[str, object]]
    if step == CANCEL:
        detail = _cancel(session, clock, who.id, cancelled or {})
        phases.enter_phase(session, clock, who, phases.COUNTING)
    elif step == SUMMARISE:
        detail = {
            e.contest_id: {"voters_on_list": e.voters_on_list, "issued_in_premises":
                           e.issued_in_premises, "issued_outside": e.issued_outside}
            for e in expected(session)
        }
    elif step == PORTABLE:
        # Every box counted first (§15); its totals fill the protocol's portable line.
        from precinct_app.services import portable_boxes

        detail = portable_boxes.require_all_counted(session)
        portable_boxes.prefill(session, clock, who.id, detail)
    elif step in (FILL, CHECK):
        detail = _protocols_ready(session, clock, step)
    else:
        detail = {}
    at = clock.utc_iso()
    session.add(CountStep(step=step, member_id=who.id, at=at,
                          detail=audit.canonical_json(detail)))
    audit.record(session, clock, who.id, "count.step", {"step": step, "detail": detail})
    return StepRecord(step, who.id, phases.parse_utc(at), detail)


def _cancel(
    session: Session, clock: Clock, member_id: str, cancelled: Mapping[str, int]
) -> dict[str, dict[str, object]]:
    # Imported here: services.protocol builds on this module's steps.
    from precinct_app.services import protocol

    open_trips = session.scalar(
        select(func.count()).select_from(OutsideTrip).where(OutsideTrip.ended_at.is_(None))
    )
    if open_trips:
        raise Refused("count_trip_open", count=open_trips)
    rows = expected(session)
    known = {e.contest_id for e in rows}
    for contest_id in cancelled:
        if contest_id not in known:
            raise InvalidInput("contest_unknown", contest=contest_id)
    detail: dict[str, dict[str, object]] = {}
    for e in rows:
        if e.contest_id not in cancelled:
            raise InvalidInput("count_cancelled_missing", contest=e.contest_id,
                               expected=e.to_cancel)
        value = cancelled[e.contest_id]
        if not 0 <= value <= e.received:
            # More than were received is a typing slip, not a count.
            raise InvalidInput("count_cancelled_out_of_range", contest=e.contest_id,
                               value=value, received=e.received)
        detail[e.contest_id] = {"cancelled": value, "expected": e.to_cancel,
                                "spoiled": e.spoiled}
        protocol.prefill_cancelled(session, clock, member_id, e.contest_id, value)
    return detail


def _protocols_ready(session: Session, clock: Clock, step: str) -> dict[str, dict[str, object]]:
    from precinct_app.services import protocol

    detail: dict[str, dict[str, object]] = {}
    for contest_id in session.scalars(select(Contest.id).order_by(Contest.position)):
        data = protocol.build(session, clock, contest_id)
        empty = data.empty_lines()
        if empty:
            raise Refused("count_lines_empty", contest=contest_id,
                          lines=", ".join(line.number for line in empty))
        if step == CHECK and data.blocking():
            raise Refused("count_checks_block", contest=contest_id,
                          checks=", ".join(c.id for c in data.blocking()))
        detail[contest_id] = {"version": data.version}
    return detail
