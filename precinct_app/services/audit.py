"""The hash-chained audit log (docs/formats.md §4).

Every state change calls :func:`record` inside the same transaction as the
change itself, so the event and the change commit or roll back together.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Table, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from precinct_app.models import AuditEvent, AuditHeadRecord
from precinct_app.services.clock import Clock

GENESIS_HASH = "0" * 64


def canonical_json(obj: Any) -> str:
    """The canonical JSON text used for hashing and storage."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, payload: Any) -> str:
    """Hash of one event chained to ``prev_hash``."""
    body = canonical_json(
        {"seq": seq, "at": at, "actor": actor, "action": action, "payload": payload}
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditHead:
    """The newest event of the chain."""

    seq: int
    hash: str


# Built once, on the tables: every state change runs them (the ORM's statement
# building and unit of work cost several times the statements themselves).
_EVENTS = cast(Table, AuditEvent.__table__)
_HEADS = cast(Table, AuditHeadRecord.__table__)
_LAST = select(_EVENTS.c.seq, _EVENTS.c.hash).order_by(_EVENTS.c.seq.desc()).limit(1)
_APPEND = insert(_EVENTS)
_MOVE_HEAD = update(_HEADS).where(_HEADS.c.id == 1)
_FIRST_HEAD = insert(_HEADS)


def head(session: Session) -> AuditHead:
    """The last event's seq and hash (seq 0 and the genesis hash when empty)."""
    row = session.execute(_LAST).first()
    if row is None:
        return AuditHead(0, GENESIS_HASH)
    return AuditHead(row.seq, row.hash)


def record(
    session: Session, clock: Clock, actor: str, action: str, payload: dict[str, object]
) -> AuditEvent:
    """Append one event to the chain (in the caller's transaction).

    The payload must not carry voter personal data beyond the list number.
    """
    desk = session.info.get("desk")
    if desk:  # a station server: every event names the desk it came from (docs/formats.md §8)
        payload = {**payload, "desk": desk}
    last = head(session)
    seq = last.seq + 1
    at = clock.utc_iso()
    # Round-trip so the hashed payload is exactly what a verifier will parse back.
    stored = canonical_json(payload)
    parsed = json.loads(stored)
    values = {
        "seq": seq, "at": at, "actor": actor, "action": action, "payload": stored,
        "prev_hash": last.hash, "hash": event_hash(last.hash, seq, at, actor, action, parsed),
    }
    # Statements on the tables (each autoflushes the caller's pending changes first).
    session.execute(_APPEND, values)
    moved = cast(
        CursorResult[Any], session.execute(_MOVE_HEAD, {"seq": seq, "hash": values["hash"]})
    )
    if not moved.rowcount:
        session.execute(_FIRST_HEAD, {"id": 1, "seq": seq, "hash": values["hash"]})
    loaded = session.identity_map.get(identity_key(AuditHeadRecord, 1))
    if loaded is not None:
        session.expire(loaded)  # a head record this session read is reloaded when next used
    return AuditEvent(**values)  # the stored event, for the caller to read


@dataclass(frozen=True)
class ChainReport:
    """Outcome of a chain verification.

    ``broken_seq`` names the first event that does not verify (or the seq where
    one is missing); ``problem`` is a code: ``hash_mismatch``, ``prev_mismatch``,
    ``seq_gap``, ``bad_payload``.
    """

    ok: bool
    events: int
    head: AuditHead
    broken_seq: int | None = None
    problem: str | None = None


@dataclass(frozen=True)
class EventRow:
    """An audit event as read for verification or export."""

    seq: int
    at: str
    actor: str
    action: str
    payload: str
    prev_hash: str
    hash: str


def iter_events(session: Session) -> Iterator[EventRow]:
    """Every event in seq order; a swapped or renumbered row breaks the chain."""
    result = session.execute(
        select(
            AuditEvent.seq,
            AuditEvent.at,
            AuditEvent.actor,
            AuditEvent.action,
            AuditEvent.payload,
            AuditEvent.prev_hash,
            AuditEvent.hash,
        ).order_by(AuditEvent.seq)
    )
    for row in result:
        yield EventRow(*row)


def verify_events(events: Iterator[EventRow] | list[EventRow]) -> ChainReport:
    """Recompute the chain over ``events`` and name the first broken one."""
    prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    last = AuditHead(0, GENESIS_HASH)
    for ev in events:
        count += 1
        if ev.seq != expected_seq:
            return ChainReport(False, count, last, broken_seq=expected_seq, problem="seq_gap")
        if ev.prev_hash != prev:
            return ChainReport(False, count, last, broken_seq=ev.seq, problem="prev_mismatch")
        try:
            payload = json.loads(ev.payload)
        except ValueError:
            return ChainReport(False, count, last, broken_seq=ev.seq, problem="bad_payload")
        if event_hash(prev, ev.seq, ev.at, ev.actor, ev.action, payload) != ev.hash:
            return ChainReport(False, count, last, broken_seq=ev.seq, problem="hash_mismatch")
        prev = ev.hash
        last = AuditHead(ev.seq, ev.hash)
        expected_seq += 1
    return ChainReport(True, count, last)


def verify_chain(session: Session, expected_head: AuditHead | None = None) -> ChainReport:
    """Verify the stored chain and that it ends at the recorded head.

    Deleting the newest events cannot be seen from the chain alone, so it is
    compared with ``expected_head`` (by default the station's head record).
    """
    report = verify_events(iter_events(session))
    if expected_head is None:
        stored = session.get(AuditHeadRecord, 1)
        expected_head = AuditHead(stored.seq, stored.hash) if stored else AuditHead(0, GENESIS_HASH)
    if report.ok and expected_head is not None and report.head != expected_head:
        return ChainReport(
            False, report.events, report.head, broken_seq=report.head.seq + 1, problem="truncated"
        )
    return report
