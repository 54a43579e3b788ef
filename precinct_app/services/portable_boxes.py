"""Portable boxes at the count (docs/domain.md §15; election law, art. 43).

At the counting step that opens the portable boxes, the commission records, per
trip (one box per trip), the ballots found in it. They are compared with the
written requests served on that trip (the live ballots issued on it). A box that
holds more is "over": every ballot in it is invalid, and an act is drawn up naming
the two members who carried it (``portable_box.act``; the PDF in
``services.box_act_pdf``).

The protocol follows: the portable step prefills the ``in_portable_boxes`` line
with the ballots found (they are still ballots found in portable boxes), and while
boxes are recorded :func:`law_checks` adds two control ratios that block signing:
``in_portable_boxes`` equals the ballots found, and ``invalid`` is at least the
ballots of the boxes that were over (the commission adds the invalid ballots it
finds in the other boxes; a floor, not a value, is what the law fixes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from precinct_app.models import (
    CommissionMember,
    CountStep,
    Issuance,
    OutsideTrip,
    PortableBoxCount,
    ProtocolValue,
)
from precinct_app.services import audit, bounds, counting, forms, permissions, phases
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused, WrongPhase

FOUND_LINE, INVALID_LINE = "in_portable_boxes", "invalid"
CHECK_FOUND, CHECK_VOID = "portable_boxes_found", "portable_boxes_void"
MAX_FOUND = bounds.MAX_BALLOTS


@dataclass(frozen=True)
class Carrier:
    """A member who carried the box: id, name and role as the act names them."""

    id: str
    name: str
    role: str


@dataclass(frozen=True)
class BoxView:
    """One trip's box: who carried it, the requests served on it, and what was found."""

    trip_id: int
    contest_id: str
    carriers: tuple[Carrier, Carrier]
    started_at: dt.datetime  # UTC, aware
    ended_at: dt.datetime | None
    taken: int
    requests: int  # live ballots issued on the trip (frozen when counted)
    found: int | None
    counted_at: dt.datetime | None
    counted_by: str | None

    @property
    def over(self) -> bool:
        """True when the box held more ballots than requests served: all invalid."""
        return self.found is not None and self.found > self.requests

    @property
    def invalid_by_law(self) -> int:
        """Ballots of this box the law makes invalid (all of them when over)."""
        return self.found or 0 if self.over else 0


@dataclass(frozen=True)
class ContestBoxes:
    """Per contest: ballots found in the portable boxes, and those invalid by law."""

    contest_id: str
    boxes: int
    counted: int
    found: int
    invalid_by_law: int


def _requests(session: Session, trip_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(Issuance)
        .where(Issuance.trip_id == trip_id, Issuance.undone_at.is_(None))
    ) or 0


def boxes(session: Session) -> list[BoxView]:
    """Every trip's box in the order the trips started."""
    members = {m.id: Carrier(m.id, m.name, m.role)
               for m in session.scalars(select(CommissionMember))}
    counted = {(c.trip_id, c.contest_id): c for c in session.scalars(select(PortableBoxCount))}
    out: list[BoxView] = []
    for trip in session.scalars(select(OutsideTrip).order_by(OutsideTrip.id)):
        row = counted.get((trip.id, trip.contest_id))
        carriers = (members.get(trip.member1_id, Carrier(trip.member1_id, trip.member1_id, "")),
                    members.get(trip.member2_id, Carrier(trip.member2_id, trip.member2_id, "")))
        out.append(BoxView(
            trip.id, trip.contest_id, carriers, phases.parse_utc(trip.started_at),
            phases.parse_utc(trip.ended_at) if trip.ended_at else None, trip.ballots_taken,
            row.requests if row else _requests(session, trip.id),
            row.found if row else None,
            phases.parse_utc(row.at) if row else None, row.member_id if row else None,
        ))
    return out


def box(session: Session, trip_id: int) -> BoxView:
    """The box of ``trip_id``; ``box_unknown`` when there is no such trip."""
    found = next((b for b in boxes(session) if b.trip_id == trip_id), None)
    if found is None:
        raise InvalidInput("box_unknown", trip=bounds.shown(trip_id))
    return found


def totals(session: Session) -> dict[str, ContestBoxes]:
    """Contest id -> the portable boxes' figures (contests without a trip are missing)."""
    out: dict[str, ContestBoxes] = {}
    for b in boxes(session):
        prev = out.get(b.contest_id, ContestBoxes(b.contest_id, 0, 0, 0, 0))
        out[b.contest_id] = ContestBoxes(
            b.contest_id, prev.boxes + 1, prev.counted + (b.found is not None),
            prev.found + (b.found or 0), prev.invalid_by_law + b.invalid_by_law)
    return out


def may_record(session: Session) -> bool:
    """True while box counts may be typed: the count is at its portable step."""
    if phases.current_phase(session) != phases.COUNTING:
        return False
    taken = set(session.scalars(select(CountStep.step)))
    return counting.PORTABLE not in taken and {counting.CANCEL, counting.SUMMARISE} <= taken


def _require_portable_step(session: Session) -> None:
    phase = phases.current_phase(session)
    if phase not in (phases.COUNTING, phases.CLOSED):
        raise WrongPhase("box_count_wrong_phase", phase=phase)
    taken = set(session.scalars(select(CountStep.step)))
    if counting.PORTABLE in taken:
        raise Refused("box_count_closed")
    pending = next(s for s in counting.STEPS if s not in taken)
    if pending != counting.PORTABLE:
        raise Refused("count_steps_pending", step=pending)


def record(
    session: Session, clock: Clock, member_id: str, trip_id: int, found: int,
    contest_id: str | None = None,
) -> BoxView:
    """Record the ballots ``found`` in the box of ``trip_id`` (again, until the step is taken).

    An over box writes ``portable_box.act`` beside ``portable_box.counted``.
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "count")
    _require_portable_step(session)
    trip = session.get(OutsideTrip, trip_id) if bounds.fits_db(trip_id) else None
    if trip is None:
        raise InvalidInput("box_unknown", trip=bounds.shown(trip_id))
    if contest_id is not None and contest_id != trip.contest_id:
        raise InvalidInput("box_contest_not_on_trip", trip=trip_id, contest=contest_id,
                           trip_contest=trip.contest_id)
    if not 0 <= found <= MAX_FOUND:
        raise InvalidInput("box_found_out_of_range", value=bounds.shown(found), limit=MAX_FOUND)
    requests = _requests(session, trip_id)
    session.execute(delete(PortableBoxCount).where(
        PortableBoxCount.trip_id == trip_id, PortableBoxCount.contest_id == trip.contest_id))
    session.add(PortableBoxCount(trip_id=trip_id, contest_id=trip.contest_id, found=found,
                                 requests=requests, member_id=who.id, at=clock.utc_iso()))
    session.flush()
    over = found > requests
    audit.record(session, clock, who.id, "portable_box.counted",
                 {"trip": trip_id, "contest": trip.contest_id, "found": found,
                  "requests": requests, "over": over})
    if over:
        audit.record(session, clock, who.id, "portable_box.act", {
            "trip": trip_id, "contest": trip.contest_id, "found": found,
            "requests": requests, "invalid": found,
            "members": [trip.member1_id, trip.member2_id],
        })
    return box(session, trip_id)


def require_all_counted(session: Session) -> dict[str, dict[str, object]]:
    """The portable step's detail (contest -> figures); refused while a box is not counted."""
    views = boxes(session)
    missing = [b.trip_id for b in views if b.found is None]
    if missing:
        raise Refused("box_not_counted", trips=", ".join(str(t) for t in missing),
                      count=len(missing))
    return {
        c.contest_id: {"boxes": c.boxes, "found": c.found, "invalid_by_law": c.invalid_by_law}
        for c in totals(session).values()
    }


def prefill(
    session: Session, clock: Clock, member_id: str, detail: Mapping[str, Mapping[str, object]]
) -> None:
    """The portable step's totals go to the ``in_portable_boxes`` line (when the form has
    it as an entered line), through ``protocol.values_set`` so the log replays it."""
    from precinct_app.services import protocol  # builds on counting, as this module

    for contest_id, figures in detail.items():
        lines = protocol.form_lines(session, contest_id)
        if not any(x.key == FOUND_LINE and x.source == "entered" for x in lines):
            continue
        value = int(str(figures["found"]))
        row = protocol.current_draft(session, clock, contest_id, member_id)
        session.execute(delete(ProtocolValue).where(
            ProtocolValue.protocol_id == row.id, ProtocolValue.key == FOUND_LINE))
        session.add(ProtocolValue(protocol_id=row.id, key=FOUND_LINE, value=value,
                                  member_id=member_id, at=clock.utc_iso()))
        audit.record(session, clock, member_id, "protocol.values_set", {
            "contest": contest_id, "version": row.version, "values": {FOUND_LINE: value},
            "from": "portable_boxes"})


def _words(code: str, **params: object) -> dict[str, str]:
    # A check's message is a {kk, ru, en} map like the form's own; the catalog words it.
    from precinct_app import messages

    return {lang: messages.text(code, lang, **params) for lang in messages.LANGUAGES}


def law_checks(
    session: Session, contest_id: str, numbers: Mapping[str, str]
) -> list[forms.Check]:
    """The control ratios art. 43 adds once the contest's boxes are counted (errors: they
    block signing), for forms with the lines they name (``numbers``: line key -> number)."""
    figures = totals(session).get(contest_id)
    if figures is None or figures.counted == 0:
        return []
    out: list[forms.Check] = []
    if FOUND_LINE in numbers:
        out.append(forms.Check(CHECK_FOUND, f"{FOUND_LINE} == {figures.found}", "error",
                               _words("check_portable_boxes_found", found=figures.found,
                                      line=numbers[FOUND_LINE])))
    if INVALID_LINE in numbers and figures.invalid_by_law:
        out.append(forms.Check(CHECK_VOID, f"{INVALID_LINE} >= {figures.invalid_by_law}",
                               "error", _words("check_portable_boxes_void",
                                               count=figures.invalid_by_law,
                                               line=numbers[INVALID_LINE])))
    return out
