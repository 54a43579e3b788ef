"""Reconciliation: the audit log replayed against the tables, both ways.

The hash chain proves the log was not edited, but not that the tables still say
what the log says: a row deleted or changed with sqlite3 leaves the chain intact.
:func:`reconcile` replays every event that changes a table and compares, both
ways: each issuance, undo, spoilage, list change, application, trip, phase, count
step, turnout snapshot, protocol value, signature and code in the tables must be
what the events say, and nothing else may be there. A row whose event is missing
also shows a log cut at its tail (the head record moved back with it).

Each discrepancy is a code with data (worded in ``messages.integrity``), so the
CLI, the window's alarm and the refusals of export and printing say the same.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import (
    AuditEvent,
    Contest,
    CountStep,
    Issuance,
    OutsideApplication,
    OutsideTrip,
    PhaseChange,
    Protocol,
    ProtocolExplanation,
    ProtocolSignature,
    ProtocolValue,
    Spoilage,
    Station,
    TurnoutSnapshot,
    Voter,
)
from precinct_app.services import (
    audit,
    boxes_reconcile,
    counting,
    journal_reconcile,
    paper_entries,
    people_reconcile,
)
from precinct_app.services.errors import Refused
from precinct_app.services.protocol_data import DRAFT, SIGNED, SUPERSEDED, protocol_code

NONE = "—"  # a value one side does not have, as the messages print it
_PHASE_ACTIONS = frozenset({"voting.opened", "voting.closed", "counting.started",
                            "counting.finished", "counting.reopened"})


@dataclass(frozen=True)
class Discrepancy:
    """One disagreement between the log and the tables: a message code and its data."""

    code: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class ReconcileReport:
    """Every discrepancy found (none: the tables are what the log says)."""

    events: int
    discrepancies: tuple[Discrepancy, ...]

    @property
    def ok(self) -> bool:
        """True when the tables and the log agree."""
        return not self.discrepancies


class IntegrityFailed(Refused):
    """The tables do not agree with the audit log (code ``integrity_failed``).

    ``params``: ``count`` (discrepancies) and ``first`` (the first :class:`Discrepancy`,
    worded where the message is shown).
    """


@dataclass
class _Issued:
    seq: int
    list_no: int
    contest: str
    place: str
    trip: int | None
    undone: bool = False
    spoiled: bool = False


@dataclass
class _Trip:
    seq: int
    contest: str
    members: tuple[str, str]
    taken: int
    returned: int | None = None
    spoiled: int | None = None


@dataclass
class _ProtocolState:
    values: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    status: str = DRAFT
    signed_seq: int | None = None
    code: str | None = None
    lines: dict[str, Any] = field(default_factory=dict)
    present: dict[str, str | None] = field(default_factory=dict)
    explanations: dict[str, str] = field(default_factory=dict)


@dataclass
class _Log:
    """What the events say the tables hold."""

    events: int = 0
    issued: dict[int, _Issued] = field(default_factory=dict)
    applications: dict[int, tuple[int, int]] = field(default_factory=dict)  # id -> seq, list_no
    trips: dict[int, _Trip] = field(default_factory=dict)
    added: dict[int, int] = field(default_factory=dict)  # list_no -> seq
    excluded: dict[int, int] = field(default_factory=dict)
    imported: int = 0
    received: dict[str, int] = field(default_factory=dict)
    phases: list[tuple[int, str]] = field(default_factory=list)
    steps: dict[str, int] = field(default_factory=dict)
    snapshots: dict[tuple[str, str], tuple[int, int, int]] = field(default_factory=dict)
    protocols: dict[tuple[str, int], _ProtocolState] = field(default_factory=dict)
    current: dict[str, int] = field(default_factory=dict)  # contest -> open version
    unreadable: list[tuple[int, str]] = field(default_factory=list)  # seq, action


def _replay(session: Session, computed_keys: Mapping[str, set[str]],
            cancelled_line: set[str]) -> _Log:
    log = _Log()
    rows = session.execute(
        select(AuditEvent.seq, AuditEvent.action, AuditEvent.payload).order_by(AuditEvent.seq)
    )
    for seq, action, text in rows:
        log.events += 1
        try:
            p: dict[str, Any] = json.loads(text)
            _apply(log, seq, action, p, computed_keys, cancelled_line)
        except (ValueError, KeyError, TypeError, AttributeError):
            log.unreadable.append((seq, action))  # an edited event (its hash says so too)
    return log


def _proto(log: _Log, contest: str, version: int) -> _ProtocolState:
    return log.protocols.setdefault((contest, version), _ProtocolState())


def _apply(log: _Log, seq: int, action: str, p: dict[str, Any],
           computed_keys: Mapping[str, set[str]], cancelled_line: set[str]) -> None:
    if action == "ballot.issued" or (action == "ballot.paper_entered" and "issuance" in p):
        # A ballot entered from the paper list is an issuance like any other (paper_entries).
        log.issued[int(p["issuance"])] = _Issued(
            seq, int(p["list_no"]), str(p["contest"]), str(p.get("place", "premises")),
            p.get("trip"))
    elif action in ("ballot.undone", "ballot.spoiled"):
        found = log.issued.get(int(p["issuance"]))
        if found is None:  # an undo of a ballot the log never issued
            log.issued[int(p["issuance"])] = found = _Issued(
                seq, int(p["list_no"]), str(p["contest"]), "?", None)
        if action == "ballot.undone":
            found.undone = True
        else:
            found.spoiled = True
    elif action == "outside.applied":
        log.applications[int(p["application"])] = (seq, int(p["list_no"]))
    elif action == "outside.trip_started":
        first, second = p["members"]
        log.trips[int(p["trip"])] = _Trip(seq, str(p["contest"]), (first, second),
                                          int(p["ballots"]))
    elif action == "outside.trip_ended" and int(p["trip"]) in log.trips:
        trip = log.trips[int(p["trip"])]
        trip.returned, trip.spoiled = int(p["returned"]), int(p["spoiled"])
    elif action == "voter.added":
        log.added[int(p["list_no"])] = seq
    elif action == "voter.excluded":
        log.excluded[int(p["list_no"])] = seq
    elif action == "voters.imported":
        log.imported += int(p.get("imported", 0))
    elif action == "station.created":
        log.received.update({str(k): int(v) for k, v in p.get("contests", {}).items()})
    elif action == "ballots.received":
        log.received[str(p["contest"])] = int(p["after"])
    elif action in _PHASE_ACTIONS:
        log.phases.append((seq, str(p.get("to", ""))))
    elif action == "turnout.snapshot":
        for time, contest, issued, on_list in p.get("snapshots", []):
            log.snapshots[(str(time), str(contest))] = (seq, int(issued), int(on_list))
    elif action == "count.step":
        log.steps[str(p["step"])] = seq
        if p["step"] == counting.CANCEL:  # its detail prefills the cancelled line
            for contest, detail in p.get("detail", {}).items():
                if contest in cancelled_line:  # prefilled only where the form has the line
                    version = log.current.get(contest, 1)
                    _proto(log, contest, version).values["cancelled"] = (
                        int(detail["cancelled"]), None)
    elif action.startswith("protocol."):
        _apply_protocol(log, seq, action, p, computed_keys)


def _apply_protocol(log: _Log, seq: int, action: str, p: dict[str, Any],
                    computed_keys: Mapping[str, set[str]]) -> None:
    contest = str(p["contest"])
    version = int(p["version"])
    state = _proto(log, contest, version)
    if action == "protocol.values_set":
        overrides: dict[str, Any] = p.get("overrides", {})
        for key, value in p["values"].items():
            # As set_values stores them: a computed line only when overridden.
            if value is None or (key in computed_keys.get(contest, set())
                                 and key not in overrides):
                state.values.pop(key, None)
            else:
                reason = overrides[key]["reason"] if key in overrides else None
                state.values[key] = (int(value), reason)
    elif action == "protocol.signed":
        state.status, state.signed_seq, state.code = SIGNED, seq, str(p["code"])
        state.lines = dict(p.get("lines", {}))
        dissent: dict[str, str] = p.get("dissent", {})
        state.present = {m: dissent.get(m) for m in p.get("present", [])}
    elif action == "protocol.warning_explained":
        state.explanations[str(p["check"])] = str(p["text"])
    elif action == "protocol.corrected":
        old = _proto(log, contest, int(p["from_version"]))
        old.status = SUPERSEDED
        state.values = dict(old.values)
        state.explanations = dict(old.explanations)
        log.current[contest] = version


def _form_keys(session: Session) -> tuple[dict[str, set[str]], set[str]]:
    """Per contest, the computed line keys; and the contests whose form has an entered
    ``cancelled`` line (the first counting step fills it)."""
    computed: dict[str, set[str]] = {}
    cancelled: set[str] = set()
    for contest_id, form_json in session.execute(select(Contest.id, Contest.form_json)):
        lines = json.loads(form_json).get("lines", [])
        computed[contest_id] = {
            str(x["key"]) for x in lines if not x.get("options") and x.get("source") != "entered"
        }
        if any(x.get("key") == "cancelled" and x.get("source") == "entered" for x in lines):
            cancelled.add(contest_id)
    return computed, cancelled


def reconcile(session: Session) -> ReconcileReport:
    """Replay the audit log against the tables; every disagreement, in the log's order."""
    computed, cancelled = _form_keys(session)
    log = _replay(session, computed, cancelled)
    found: list[tuple[int, Discrepancy]] = []

    def add(order: int, message: str, /, **params: Any) -> None:
        found.append((order, Discrepancy(message, params)))

    for seq, action in log.unreadable:
        add(seq, "integrity_event_unreadable", seq=seq, event=action)
    _check_voters(session, log, add)
    _check_issuance(session, log, add)
    _check_outside(session, log, add)
    _check_day(session, log, add)
    _check_protocols(session, log, add)
    people_reconcile.check(session, add)  # those present, copies, postings (issue 14)
    journal_reconcile.check(session, add)  # the journal and the disputed ballots (issue 14)
    for order, code, params in boxes_reconcile.discrepancies(session):  # §15, §16
        add(order, code, **params)
    for order, code, params in paper_entries.discrepancies(session):  # the paper list (§5)
        add(order, code, **params)
    found.sort(key=lambda item: item[0])
    return ReconcileReport(log.events, tuple(d for _, d in found))


def require_intact(session: Session) -> ReconcileReport:
    """The report when the chain is intact and the tables agree with it.

    :class:`IntegrityFailed` otherwise: ``integrity_chain_broken`` naming the first broken
    event, or ``integrity_failed`` with the first discrepancy.
    """
    chain = audit.verify_chain(session)
    if not chain.ok:
        raise IntegrityFailed("integrity_chain_broken", count=1, first=Discrepancy(
            f"audit_{chain.problem}", {"seq": chain.broken_seq}))
    report = reconcile(session)
    if not report.ok:
        raise IntegrityFailed("integrity_failed", count=len(report.discrepancies),
                              first=report.discrepancies[0])
    return report


class _Add(typing.Protocol):
    """The ``add(order, code, **params)`` closure of :func:`reconcile`."""

    def __call__(self, order: int, message: str, /, **params: Any) -> None: ...

_LAST = 1 << 62  # a row with no event sorts after every event


def _check_voters(session: Session, log: _Log, add: _Add) -> None:
    listed = 0
    rows = session.execute(select(Voter.list_no, Voter.status, Voter.origin))
    added: set[int] = set()
    excluded: set[int] = set()
    for list_no, status, origin in rows:
        if origin == "added":
            added.add(list_no)
        else:
            listed += 1
        if status == "excluded":
            excluded.add(list_no)
    if listed != log.imported:
        add(0, "integrity_list_count", rows=listed, logged=log.imported)
    for list_no, seq in log.added.items():
        if list_no not in added:
            add(seq, "integrity_added_no_row", list_no=list_no, seq=seq)
    for list_no in sorted(added - log.added.keys()):
        add(_LAST, "integrity_added_no_event", list_no=list_no)
    for list_no, seq in log.excluded.items():
        if list_no not in excluded:
            add(seq, "integrity_excluded_no_row", list_no=list_no, seq=seq)
    for list_no in sorted(excluded - log.excluded.keys()):
        add(_LAST, "integrity_excluded_no_event", list_no=list_no)


def _check_issuance(session: Session, log: _Log, add: _Add) -> None:
    spoiled = set(session.scalars(select(Spoilage.issuance_id)))
    rows = session.execute(
        select(Issuance.id, Voter.list_no, Issuance.contest_id, Issuance.place,
               Issuance.trip_id, Issuance.undone_at)
        .outerjoin(Voter, Voter.id == Issuance.voter_id)
    )
    seen: set[int] = set()
    for row_id, list_no, contest, place, trip, undone_at in rows:
        seen.add(row_id)
        logged = log.issued.get(row_id)
        if logged is None:
            add(_LAST, "integrity_issuance_no_event", list_no=list_no, contest=contest,
                issuance=row_id)
            continue
        stored = (list_no, contest, place, trip)
        if stored != (logged.list_no, logged.contest, logged.place, logged.trip):
            add(logged.seq, "integrity_issuance_differs", list_no=logged.list_no,
                seq=logged.seq, contest=logged.contest)
        if (undone_at is not None) != logged.undone:
            code = "integrity_undo_no_row" if logged.undone else "integrity_undo_no_event"
            add(logged.seq, code, list_no=logged.list_no, seq=logged.seq,
                contest=logged.contest)
        if (row_id in spoiled) != logged.spoiled:
            code = "integrity_spoil_no_row" if logged.spoiled else "integrity_spoil_no_event"
            add(logged.seq, code, list_no=logged.list_no, seq=logged.seq,
                contest=logged.contest)
    for row_id, logged in log.issued.items():
        if row_id not in seen:
            add(logged.seq, "integrity_issued_no_row", list_no=logged.list_no, seq=logged.seq,
                contest=logged.contest)


def _check_outside(session: Session, log: _Log, add: _Add) -> None:
    apps: dict[int, int] = {
        app_id: list_no for app_id, list_no in session.execute(
            select(OutsideApplication.id, Voter.list_no)
            .outerjoin(Voter, Voter.id == OutsideApplication.voter_id))
    }
    for app_id, (seq, list_no) in log.applications.items():
        if apps.get(app_id) != list_no:
            add(seq, "integrity_application_no_row", list_no=list_no, seq=seq)
    for app_id, list_no in apps.items():
        if app_id not in log.applications:
            add(_LAST, "integrity_application_no_event", list_no=list_no)
    trips = {t.id: t for t in session.scalars(select(OutsideTrip))}
    for trip_id, logged in log.trips.items():
        row = trips.get(trip_id)
        if row is None:
            add(logged.seq, "integrity_trip_no_row", trip=trip_id, seq=logged.seq)
            continue
        stored = (row.contest_id, (row.member1_id, row.member2_id), row.ballots_taken,
                  row.ballots_returned, row.ballots_spoiled)
        if stored != (logged.contest, logged.members, logged.taken, logged.returned,
                      logged.spoiled):
            add(logged.seq, "integrity_trip_differs", trip=trip_id, seq=logged.seq)
    for trip_id in sorted(trips.keys() - log.trips.keys()):
        add(_LAST, "integrity_trip_no_event", trip=trip_id)


def _check_day(session: Session, log: _Log, add: _Add) -> None:
    for contest, stored in session.execute(select(Contest.id, Contest.ballots_received)):
        logged = log.received.get(contest)
        if logged is not None and logged != stored:
            add(0, "integrity_received_differs", contest=contest, logged=logged, stored=stored)
    station = session.get(Station, 1)
    changes = list(session.scalars(select(PhaseChange.to_phase).order_by(PhaseChange.id)))
    logged_phases = [to for _, to in log.phases]
    if station is not None and logged_phases and station.phase != logged_phases[-1]:
        add(log.phases[-1][0], "integrity_phase_differs", logged=logged_phases[-1],
            stored=station.phase)
    if changes != logged_phases:
        add(log.phases[-1][0] if log.phases else _LAST, "integrity_phase_changes",
            logged=len(logged_phases), rows=len(changes))
    steps = set(session.scalars(select(CountStep.step)))
    for step, seq in log.steps.items():
        if step not in steps:
            add(seq, "integrity_step_no_row", step=step, seq=seq)
    for step in sorted(steps - log.steps.keys()):
        add(_LAST, "integrity_step_no_event", step=step)
    snaps = {
        (t, c): (i, n) for t, c, i, n in session.execute(
            select(TurnoutSnapshot.report_time, TurnoutSnapshot.contest_id,
                   TurnoutSnapshot.issued, TurnoutSnapshot.on_list))
    }
    for key, (seq, issued, on_list) in log.snapshots.items():
        if snaps.get(key) != (issued, on_list):
            add(seq, "integrity_snapshot_differs", time=key[0], contest=key[1], seq=seq)
    for key in sorted(snaps.keys() - log.snapshots.keys()):
        add(_LAST, "integrity_snapshot_no_event", time=key[0], contest=key[1])


def _check_protocols(session: Session, log: _Log, add: _Add) -> None:
    station = session.get(Station, 1)
    values: dict[int, dict[str, tuple[int, str | None]]] = {}
    for pid, key, value, reason in session.execute(
        select(ProtocolValue.protocol_id, ProtocolValue.key, ProtocolValue.value,
               ProtocolValue.override_reason)
    ):
        values.setdefault(pid, {})[key] = (value, reason)
    signatures: dict[int, dict[str, str | None]] = {}
    for pid, member, dissent in session.execute(
        select(ProtocolSignature.protocol_id, ProtocolSignature.member_id,
               ProtocolSignature.dissent)
    ):
        signatures.setdefault(pid, {})[member] = dissent
    explained: dict[int, dict[str, str]] = {}
    for pid, check, text in session.execute(
        select(ProtocolExplanation.protocol_id, ProtocolExplanation.check_id,
               ProtocolExplanation.text)
    ):
        explained.setdefault(pid, {})[check] = text
    seen: set[tuple[str, int]] = set()
    for row in session.scalars(select(Protocol).order_by(Protocol.contest_id, Protocol.version)):
        seen.add((row.contest_id, row.version))
        where = {"contest": row.contest_id, "version": row.version}
        state = log.protocols.get((row.contest_id, row.version))
        if state is None:
            add(_LAST, "integrity_protocol_no_event", **where)
            continue
        at = state.signed_seq or _LAST
        if row.status != state.status:
            add(at, "integrity_protocol_status", logged=state.status, stored=row.status, **where)
        stored_values = values.get(row.id, {})
        # Every version's values: a signed one's are what a correction copies.
        for line in sorted(stored_values.keys() | state.values.keys()):
            mine, theirs = stored_values.get(line), state.values.get(line)
            if mine != theirs:
                add(at, "integrity_value_differs", line=line,
                    logged=NONE if theirs is None else theirs[0],
                    stored=NONE if mine is None else mine[0], **where)
        stored_texts = explained.get(row.id, {})
        for check in sorted(stored_texts.keys() | state.explanations.keys()):
            if stored_texts.get(check) != state.explanations.get(check):
                add(at, "integrity_explanation_differs", check=check, **where)
        if row.status == DRAFT or state.status == DRAFT:
            continue
        frozen = _frozen_values(row.lines_json)
        if station is not None and frozen is not None and row.code and protocol_code(
                station.election_id, station.precinct_number, row.contest_id, row.version,
                frozen) != row.code:
            add(at, "integrity_code_mismatch", protocol_code=row.code, **where)
        if row.code != state.code:
            add(at, "integrity_code_differs", seq=at, logged=state.code or NONE,
                stored=row.code or NONE, **where)
        if frozen != state.lines:
            changed = sorted(k for k in (frozen or {}).keys() | state.lines.keys()
                             if (frozen or {}).get(k) != state.lines.get(k))
            add(at, "integrity_signed_lines_differ", seq=at, lines=", ".join(changed), **where)
        if signatures.get(row.id, {}) != state.present:
            add(at, "integrity_signatures_differ", seq=at, **where)
    for (contest, version), state in log.protocols.items():
        if (contest, version) not in seen:
            add(state.signed_seq or 0, "integrity_protocol_no_row", contest=contest,
                version=version)


def _frozen_values(lines_json: str | None) -> dict[str, Any] | None:
    if lines_json is None:
        return None
    try:
        return {str(x["key"]): x["value"] for x in json.loads(lines_json)["lines"]}
    except (ValueError, KeyError, TypeError):
        return {}
