"""Ballots issued from the paper list while a desk had lost the server, entered afterwards.

A desk that cannot reach the station server refuses to issue (it cannot rule out a second
ballot elsewhere) and the commission carries on with the printed paper list
(``services.paper_list``), marking each ballot by hand with the time and the member's
signature; a single laptop whose disk failed does the same. When the link returns, each
mark is entered here (:func:`enter`): the voter (list number or IIN), the time written on
the paper, the member who issued, and the contests (every contest when none is named).

Each mark is CHECKED. One that clashes with nothing becomes an issuance as if issued at
the paper's time (``document`` ``paper_list`` says where it came from; a ballot from the
stock like any other). One that clashes is never silently refused nor doubled: a voter who
already holds a live ballot in that contest (issued at another desk during the outage, or
the same mark entered twice), who was excluded, or who holds an absentee certificate,
makes a *conflict*: the mark is kept beside the ballot it clashes with, and no second
issuance is made. The chair resolves each conflict with a written reason
(:func:`resolve`): ``duplicate`` (the same ballot recorded twice: nothing more to do) or
``two_ballots`` (the voter did receive a second ballot: an act in the journal,
``services.journal``, so the count's surplus is explained). An open conflict blocks the
signing of the protocol (``services.protocol.sign``, :func:`require_resolved`).

Audit: ``ballot.paper_entered`` {entry, list_no, contest, issued_by, paper_at, entered_at,
issuance | conflict + with} and ``ballot.paper_resolved`` {entry, list_no, contest,
resolution, reason, journal}; :func:`discrepancies` replays them against the table for
``services.reconcile`` (the issuances themselves are replayed there with the others).
Qt-free, engine-neutral.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from precinct_app.models import (
    AbsenteeCertificate,
    AuditEvent,
    CommissionMember,
    Issuance,
    PaperEntry,
    PhaseChange,
    Voter,
)
from precinct_app.services import audit, ballots, bounds, journal, permissions, voters
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused
from precinct_app.services.issuance import contest_ids
from precinct_app.services.localize import clock_text, zone
from precinct_app.services.phases import OPEN, parse_utc
from precinct_app.services.station import load_station

PAPER_DOCUMENT = "paper_list"  # Issuance.document of a ballot entered from the paper list
ALREADY_ISSUED, EXCLUDED, ABSENTEE = "already_issued", "voter_excluded", "voter_absentee"
CONFLICTS = (ALREADY_ISSUED, EXCLUDED, ABSENTEE)
DUPLICATE, TWO_BALLOTS = "duplicate", "two_ballots"
RESOLUTIONS = (DUPLICATE, TWO_BALLOTS)
ENTERED, CONFLICT = "entered", "conflict"
MAX_REASON = 1000
_HHMM = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
_LAST = 1 << 62  # a row with no event sorts after every event (as in reconcile)


@dataclass(frozen=True)
class EntryLine:
    """One contest of one paper mark: entered as an issuance, or a conflict."""

    entry_id: int
    contest_id: str
    outcome: str  # ENTERED or CONFLICT
    conflict: str | None
    issuance_id: int | None


@dataclass(frozen=True)
class EnterResult:
    """One voter's paper mark entered, contest by contest."""

    voter_id: int
    list_no: int
    paper_at: dt.datetime  # UTC
    paper_hhmm: str
    issued_by: str
    lines: tuple[EntryLine, ...]

    @property
    def conflicts(self) -> tuple[EntryLine, ...]:
        """The contests whose mark clashed."""
        return tuple(x for x in self.lines if x.outcome == CONFLICT)


@dataclass(frozen=True)
class Conflict:
    """A paper mark that clashed, with both sides, for the chair's list."""

    entry_id: int
    list_no: int
    contest_id: str
    conflict: str
    paper_at: dt.datetime
    issued_by: str  # the member's name, as on the paper
    desk: str
    entered_at: dt.datetime
    entered_by: str
    other_at: dt.datetime | None  # the ballot it clashes with (already_issued only)
    other_member: str | None
    other_desk: str | None
    other_from_paper: bool
    resolution: str | None
    resolved_at: dt.datetime | None
    resolved_by: str | None
    reason: str | None
    journal_entry: int | None

    @property
    def resolved(self) -> bool:
        """True once the chair has resolved it."""
        return self.resolution is not None

    @property
    def looks_duplicate(self) -> bool:
        """Both sides are paper marks by the same member at the same minute: most likely
        the same mark entered twice (the chair still decides)."""
        return (self.other_from_paper and self.other_at is not None
                and self.other_member == self.issued_by
                and self.other_at.replace(second=0, microsecond=0) == self.paper_at)


def parse_hhmm(raw: str) -> tuple[int, int]:
    """``HH:MM`` (or ``H:MM``, ``HH.MM``) as hours and minutes; ``paper_time_format`` else."""
    found = _HHMM.match(raw) if isinstance(raw, str) and len(raw) <= 16 else None
    if found is None or int(found[1]) > 23 or int(found[2]) > 59:
        raise InvalidInput("paper_time_format", field="paper_time", value=bounds.shown(raw))
    return int(found[1]), int(found[2])


def _phase_at(session: Session, to_phase: str) -> dt.datetime | None:
    at = session.scalar(select(PhaseChange.at).where(PhaseChange.to_phase == to_phase)
                        .order_by(PhaseChange.id.desc()).limit(1))
    return parse_utc(at) if at is not None else None


def _minute(at: dt.datetime) -> dt.datetime:
    return at.replace(second=0, microsecond=0)


def paper_moment(session: Session, clock: Clock, raw: str) -> dt.datetime:
    """The time written on the paper as a UTC instant, checked: on the day voting opened, not
    before it opened, not after it closed, not in the future, and (official mode) within
    the voting hours. Each refusal names the time typed and the bound."""
    hours, minutes = parse_hhmm(raw)
    info = load_station(session)
    tz = zone(info.timezone)
    opened = _phase_at(session, OPEN)
    if opened is None:
        raise Refused("paper_not_opened")
    day = opened.astimezone(tz).date()
    local = dt.datetime.combine(day, dt.time(hours, minutes), tzinfo=tz)
    at = local.astimezone(dt.UTC)
    hhmm = f"{hours:02d}:{minutes:02d}"
    now = clock.now_utc()
    if at > now:
        raise InvalidInput("paper_time_future", field="paper_time", at=hhmm,
                           now=clock_text(now, info.timezone))
    if at < _minute(opened):
        raise InvalidInput("paper_time_before_opening", field="paper_time", at=hhmm,
                           opened=clock_text(opened, info.timezone))
    closed = _phase_at(session, "voting_closed")
    if closed is not None and closed > opened and at > _minute(closed):
        raise InvalidInput("paper_time_after_close", field="paper_time", at=hhmm,
                           closed=clock_text(closed, info.timezone))
    if not info.training(clock) and not info.opens <= hhmm <= info.closes:
        raise InvalidInput("paper_time_outside_hours", field="paper_time", at=hhmm,
                           opens=info.opens, closes=info.closes)
    return at


def _contests(session: Session, wanted: Sequence[str] | None) -> list[str]:
    known = contest_ids(session)
    if not wanted:
        return known
    chosen: list[str] = []
    for contest in wanted:
        if contest not in known:
            raise InvalidInput("contest_unknown", contest=bounds.shown(contest))
        if contest not in chosen:
            chosen.append(contest)
    return chosen


def _issuer(session: Session, member_id: str) -> str:
    # The member named on the paper must be one who may issue (docs/domain.md §2, `issue`).
    found = permissions.member(session, member_id)
    if not permissions.allowed(found.role, "issue"):
        raise InvalidInput("paper_issuer_cannot_issue", member=found.id, name=found.name,
                           role=found.role)
    return found.id


def desk_of(session: Session, issuance_id: int) -> str:
    """The desk whose event made ``issuance_id`` ("" on a single laptop or when unknown)."""
    rows = session.execute(
        select(AuditEvent.payload).where(
            AuditEvent.action.in_(("ballot.issued", "ballot.paper_entered")),
            AuditEvent.payload.like(f'%"issuance":{int(issuance_id)}%'))
    )
    for (payload,) in rows:
        p = json.loads(payload)
        if p.get("issuance") == issuance_id:
            return str(p.get("desk", ""))
    return ""


def enter(
    session: Session, clock: Clock, member_id: str, voter: str, paper_time: str,
    issued_by: str | None = None, contests: Sequence[str] | None = None,
) -> EnterResult:
    """Enter one paper mark: ``voter`` (list number or IIN) received a ballot at
    ``paper_time`` (HH:MM, station time) from ``issued_by`` (``member_id`` when None) in
    ``contests`` (every contest when None). ``member_id`` is who types it in.

    Each contest becomes an issuance or, when the voter already holds a live ballot, was
    excluded or holds an absentee certificate, a conflict for the chair. Refused: a voter
    not on the list (``voter_not_found``), a bad or impossible time, an issuer who may not
    issue, no ballot left in the stock, outside voting open or closed (before the count).
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "paper_enter")
    issuer = _issuer(session, issued_by or who.id)
    found = voters.resolve(session, voter if isinstance(voter, str) else str(voter))
    at = paper_moment(session, clock, paper_time)
    chosen = _contests(session, contests)
    row = session.get(Voter, found.id)
    assert row is not None  # resolve just found it
    certificate = session.scalar(select(AbsenteeCertificate.number).where(
        AbsenteeCertificate.voter_id == row.id, AbsenteeCertificate.cancelled_at.is_(None)))
    desk = str(session.info.get("desk") or "")
    tz = zone(load_station(session).timezone)
    now, paper_iso = clock.utc_iso(), at.isoformat(timespec="microseconds").replace(
        "+00:00", "Z")
    lines: list[EntryLine] = []
    for contest in chosen:
        live = session.scalar(select(Issuance).where(
            Issuance.voter_id == row.id, Issuance.contest_id == contest,
            Issuance.undone_at.is_(None)))
        conflict = (ALREADY_ISSUED if live is not None else EXCLUDED if row.status != "active"
                    else ABSENTEE if certificate is not None else None)
        issuance_id: int | None = None
        if conflict is None:
            ballots.require_left(session, contest)
            made = Issuance(voter_id=row.id, contest_id=contest, member_id=issuer,
                            place="premises", document=PAPER_DOCUMENT, issued_at=paper_iso)
            session.add(made)
            try:
                session.flush()
            except IntegrityError as exc:  # the live index: a racing desk won
                raise Refused("already_issued_elsewhere", list_no=row.list_no,
                              contest=contest) from exc
            issuance_id = made.id
        entry = PaperEntry(
            voter_id=row.id, contest_id=contest, issued_by=issuer, paper_at=paper_iso,
            entered_at=now, entered_by=who.id, desk=desk, issuance_id=issuance_id,
            conflict=conflict, other_issuance_id=live.id if live is not None else None,
            other_desk=desk_of(session, live.id) if live is not None else None,
        )
        session.add(entry)
        session.flush()
        payload: dict[str, Any] = {
            "entry": entry.id, "list_no": row.list_no, "contest": contest,
            "issued_by": issuer, "paper_at": paper_iso, "entered_at": now,
        }
        if issuance_id is not None:
            # The issuance's own fields, as ``ballot.issued`` carries them (reconcile).
            payload.update(issuance=issuance_id, place="premises", document=PAPER_DOCUMENT)
        else:
            payload.update(conflict=conflict, **({"with": live.id} if live else {}))
        audit.record(session, clock, who.id, "ballot.paper_entered", payload)
        lines.append(EntryLine(entry.id, contest, CONFLICT if conflict else ENTERED,
                               conflict, issuance_id))
    return EnterResult(row.id, row.list_no, at, f"{at.astimezone(tz):%H:%M}", issuer,
                       tuple(lines))


_ISSUER = aliased(CommissionMember)
_ENTERER = aliased(CommissionMember)
_RESOLVER = aliased(CommissionMember)
_OTHER_MEMBER = aliased(CommissionMember)
_OTHER = aliased(Issuance)


def conflicts(session: Session, *, open_only: bool = False) -> list[Conflict]:
    """Every conflict (the open ones first, then by list number), both sides named."""
    query = (
        select(PaperEntry, Voter.list_no, _ISSUER.name, _ENTERER.name, _OTHER.issued_at,
               _OTHER.document, _OTHER_MEMBER.name, _RESOLVER.name)
        .join(Voter, Voter.id == PaperEntry.voter_id)
        .join(_ISSUER, _ISSUER.id == PaperEntry.issued_by)
        .join(_ENTERER, _ENTERER.id == PaperEntry.entered_by)
        .outerjoin(_OTHER, _OTHER.id == PaperEntry.other_issuance_id)
        .outerjoin(_OTHER_MEMBER, _OTHER_MEMBER.id == _OTHER.member_id)
        .outerjoin(_RESOLVER, _RESOLVER.id == PaperEntry.resolved_by)
        .where(PaperEntry.conflict.is_not(None))
        .order_by(PaperEntry.resolution.is_not(None), Voter.list_no, PaperEntry.id)
    )
    if open_only:
        query = query.where(PaperEntry.resolution.is_(None))
    out: list[Conflict] = []
    for entry, list_no, issuer, enterer, other_at, other_doc, other_member, resolver in (
            session.execute(query)):
        out.append(Conflict(
            entry.id, list_no, entry.contest_id, str(entry.conflict), parse_utc(entry.paper_at),
            issuer, entry.desk, parse_utc(entry.entered_at), enterer,
            parse_utc(other_at) if other_at else None, other_member, entry.other_desk,
            other_doc == PAPER_DOCUMENT, entry.resolution,
            parse_utc(entry.resolved_at) if entry.resolved_at else None, resolver,
            entry.resolve_reason, entry.journal_entry_id,
        ))
    return out


def open_count(session: Session) -> int:
    """How many conflicts the chair has not resolved yet."""
    return session.scalar(select(func.count()).select_from(PaperEntry).where(
        PaperEntry.conflict.is_not(None), PaperEntry.resolution.is_(None))) or 0


def require_resolved(session: Session) -> None:
    """Nothing when every conflict is resolved; ``paper_conflicts_open`` otherwise (the
    protocol is not signed over a voter who may hold two ballots)."""
    count = open_count(session)
    if count:
        raise Refused("paper_conflicts_open", count=count)


def resolve(session: Session, clock: Clock, member_id: str, entry_id: int, resolution: str,
            reason: str) -> Conflict:
    """The chair resolves conflict ``entry_id`` with a written ``reason``: ``duplicate``
    (the same ballot recorded twice) or ``two_ballots`` (an act in the journal)."""
    clock = clock.snapshot()
    who = permissions.require(session, member_id, "paper_resolve")
    if resolution not in RESOLUTIONS:
        raise InvalidInput("paper_resolution_unknown", value=bounds.shown(resolution),
                           known=", ".join(RESOLUTIONS))
    reason = journal.clean_text(reason, "paper_reason", MAX_REASON, lines=True)
    row = session.get(PaperEntry, entry_id) if bounds.fits_db(entry_id) else None
    if row is None or row.conflict is None:
        raise InvalidInput("paper_conflict_unknown", entry=bounds.shown(entry_id))
    if row.resolution is not None:
        raise Refused("paper_conflict_resolved", entry=row.id)
    list_no = session.scalar(select(Voter.list_no).where(Voter.id == row.voter_id))
    journal_id: int | None = None
    if resolution == TWO_BALLOTS:
        # The about text carries the list number only (no personal data), as audit payloads.
        from precinct_app import messages

        # In the two languages of the station's documents (the journal prints kk+ru).
        about = "\n".join(messages.text("paper_act_about", lang, list_no=list_no,
                                         contest=row.contest_id, reason=reason)
                           for lang in ("kk", "ru"))
        item = journal.add(session, clock, who.id, kind="act", from_kind="member",
                           from_name=who.name, about=about)
        journal_id = item.id
    row.resolution, row.resolved_at, row.resolved_by = resolution, clock.utc_iso(), who.id
    row.resolve_reason, row.journal_entry_id = reason, journal_id
    session.flush()
    audit.record(session, clock, who.id, "ballot.paper_resolved", {
        "entry": row.id, "list_no": list_no, "contest": row.contest_id,
        "resolution": resolution, "reason": reason, "journal": journal_id,
    })
    return next(c for c in conflicts(session) if c.entry_id == row.id)


Found = tuple[int, str, dict[str, Any]]


def discrepancies(session: Session) -> list[Found]:
    """The paper entries against their events, both ways (``services.reconcile``)."""
    logged: dict[int, tuple[int, int, str, int | None, str | None, str | None]] = {}
    for seq, action, payload in session.execute(
        select(AuditEvent.seq, AuditEvent.action, AuditEvent.payload)
        .where(AuditEvent.action.in_(("ballot.paper_entered", "ballot.paper_resolved")))
        .order_by(AuditEvent.seq)
    ):
        try:
            p = json.loads(payload)
            entry = int(p["entry"])
            if action == "ballot.paper_entered":
                issued = p.get("issuance")
                logged[entry] = (seq, int(p["list_no"]), str(p["contest"]),
                                 int(issued) if issued is not None else None,
                                 p.get("conflict"), None)
            elif entry in logged:
                logged[entry] = (*logged[entry][:5], str(p["resolution"]))
        except (ValueError, KeyError, TypeError):
            continue  # reconcile names the unreadable event itself
    stored = {
        entry.id: (list_no, entry.contest_id, entry.issuance_id, entry.conflict,
                   entry.resolution)
        for entry, list_no in session.execute(
            select(PaperEntry, Voter.list_no).outerjoin(Voter, Voter.id == PaperEntry.voter_id))
    }
    out: list[Found] = []
    for entry_id in sorted(logged.keys() | stored.keys()):
        seen, held = logged.get(entry_id), stored.get(entry_id)
        if seen is None:
            assert held is not None
            out.append((_LAST, "integrity_paper_no_event", {"list_no": held[0],
                                                            "contest": held[1]}))
        elif held is None:
            out.append((seen[0], "integrity_paper_no_row", {"list_no": seen[1],
                                                            "contest": seen[2], "seq": seen[0]}))
        elif held != seen[1:]:
            out.append((seen[0], "integrity_paper_differs", {"list_no": seen[1],
                                                             "contest": seen[2], "seq": seen[0]}))
    return out
