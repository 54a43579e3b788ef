"""Disputed ballots at the count, decided by a vote of the commission (docs/domain.md §14).

Per disputed ballot: its contest, the decision (valid for an option, invalid, or valid
but not counted where the protocol form has that line), the vote, who recorded it, when
and a short note. The votes needed are the package's ``precinct.disputed_ballot_vote``
(docs/formats.md §1; majority of all members by default, two thirds in an older
referendum text), counted against the whole commission. A vote short of it is refused:
the ballot is not decided, and the commission votes again. Only while counting. The
tally is shown to whoever fills the protocol; protocol numbers are never changed here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import DisputedBallot, Station
from precinct_app.services import audit, permissions, phases
from precinct_app.services.clock import Clock
from precinct_app.services.election import stored_election
from precinct_app.services.errors import InvalidInput, Refused, WrongPhase
from precinct_app.services.forms import FixedLine
from precinct_app.services.journal import Vote, check_vote, clean_text
from precinct_app.services.journal_doc import digest
from precinct_app.services.station import load_station

VALID, INVALID, NOT_COUNTED = "valid", "invalid", "not_counted"
DECISIONS = (VALID, INVALID, NOT_COUNTED)
NOT_COUNTED_LINE = "valid_not_counted"  # the form line a "valid, not counted" ballot goes to
MAX_NOTE = 1000


@dataclass(frozen=True)
class DisputeItem:
    """One decided disputed ballot."""

    id: int
    contest_id: str
    decision: str
    option_id: str | None
    vote: Vote
    note: str
    member_id: str
    at: dt.datetime


@dataclass(frozen=True)
class Tally:
    """The decisions for one contest: what the member filling the protocol adds in."""

    contest_id: str
    invalid: int = 0
    not_counted: int = 0
    valid: dict[str, int] = field(default_factory=dict)  # option id -> ballots, ballot order

    @property
    def total(self) -> int:
        """Disputed ballots decided."""
        return self.invalid + self.not_counted + sum(self.valid.values())


def votes_needed(size: int, rule: str) -> int:
    """Votes for a decision under ``rule`` in a commission of ``size`` members."""
    if rule == "two_thirds":
        return (2 * size + 2) // 3  # at least two thirds
    return size // 2 + 1  # more than half


def rule(session: Session) -> str:
    """The package's ``precinct.disputed_ballot_vote``."""
    row = session.get(Station, 1)
    if row is None:
        return "majority"
    return stored_election(row.package_json).precinct.disputed_ballot_vote


def parse_decision(text: str) -> tuple[str, str | None]:
    """``invalid``, ``not_counted`` or ``valid:OPTION`` as (decision, option)."""
    head, _, option = text.strip().partition(":")
    if head == VALID and option.strip():
        return VALID, option.strip()
    if head in (INVALID, NOT_COUNTED) and not option:
        return head, None
    raise InvalidInput("dispute_decision_unknown", decision=text[:24])


def decide(
    session: Session, clock: Clock, member_id: str, contest_id: str, decision: str,
    option_id: str | None, votes_for: int, votes_against: int, abstained: int = 0,
    note: str = "",
) -> DisputeItem:
    """Record the commission's decision on one disputed ballot of ``contest_id``."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "dispute")
    phase = phases.current_phase(session)
    if phase != phases.COUNTING:
        raise WrongPhase("dispute_not_counting", phase=phase)
    station = load_station(session)
    contest = next((c for c in station.contests if c.id == contest_id), None)
    if contest is None:
        raise InvalidInput("contest_unknown", contest=contest_id[:24])
    if decision not in DECISIONS:
        raise InvalidInput("dispute_decision_unknown", decision=decision[:24])
    if decision == VALID:
        known = [o.id for o in contest.options]
        if option_id not in known:
            raise InvalidInput("dispute_option_unknown", option=(option_id or "")[:24],
                               known=", ".join(known))
    else:
        option_id = None
    if decision == NOT_COUNTED and not _has_not_counted_line(session, contest.protocol_form):
        raise Refused("dispute_no_not_counted_line", contest=contest_id)
    note = clean_text(note, "dispute_note", MAX_NOTE, required=False, lines=True)
    size = check_vote(session, votes_for, votes_against, abstained)
    how = rule(session)
    needed = votes_needed(size, how)
    if votes_for < needed:
        raise Refused("dispute_vote_short", votes_for=votes_for, needed=needed, size=size)
    row = DisputedBallot(
        contest_id=contest_id, decision=decision, option_id=option_id, votes_for=votes_for,
        votes_against=votes_against, votes_abstained=abstained, note=note, member_id=who.id,
        at=clock.utc_iso(),
    )
    session.add(row)
    session.flush()
    audit.record(session, clock, who.id, "ballot.disputed_decided", {
        "dispute": row.id, "contest": contest_id, "decision": decision, "option": option_id,
        "for": votes_for, "against": votes_against, "abstained": abstained, "rule": how,
        "note": digest(note),
    })
    return _item(row)


def _has_not_counted_line(session: Session, form_id: str) -> bool:
    row = session.get(Station, 1)
    form = stored_election(row.package_json).forms.get(form_id) if row else None
    return form is not None and any(
        isinstance(line, FixedLine) and line.key == NOT_COUNTED_LINE for line in form.lines)


def decisions(session: Session) -> list[DisputeItem]:
    """Every decided disputed ballot, in the order decided."""
    return [_item(r) for r in session.scalars(select(DisputedBallot).order_by(DisputedBallot.id))]


def tallies(session: Session) -> list[Tally]:
    """Per contest, in the station's order: the decisions counted (options in ballot order)."""
    station = load_station(session)
    found = decisions(session)
    out: list[Tally] = []
    for contest in station.contests:
        mine = [d for d in found if d.contest_id == contest.id]
        valid = {o.id: n for o in contest.options
                 if (n := sum(1 for d in mine if d.option_id == o.id))}
        out.append(Tally(contest.id, sum(1 for d in mine if d.decision == INVALID),
                         sum(1 for d in mine if d.decision == NOT_COUNTED), valid))
    return out


def exported(session: Session) -> list[dict[str, Any]]:
    """The decisions as journal.json carries them (docs/formats.md §3)."""
    rows = session.scalars(select(DisputedBallot).order_by(DisputedBallot.id))
    return [{"id": r.id, "contest": r.contest_id, "decision": r.decision, "option": r.option_id,
             "vote": {"for": r.votes_for, "against": r.votes_against,
                      "abstained": r.votes_abstained},
             "note": r.note, "recorded_by": r.member_id, "at": r.at}  # as stored (UTC)
            for r in rows]


def _item(row: DisputedBallot) -> DisputeItem:
    return DisputeItem(
        row.id, row.contest_id, row.decision, row.option_id,
        Vote(row.votes_for, row.votes_against, row.votes_abstained), row.note, row.member_id,
        phases.parse_utc(row.at),
    )
