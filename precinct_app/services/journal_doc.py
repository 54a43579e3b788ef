"""journal.json (docs/formats.md §3): the journal and the disputed ballots in the export,
and their agreement with the audit log.

Written by ``services.export`` from :func:`journal.exported` and :func:`disputes.exported`,
checked by ``services.verify`` with :func:`check` against the export's manifest and its
audit log, and by ``services.reconcile`` (through :func:`differences`) against the tables:
every entry, decision and disputed ballot the log records, as it records it, and no other.
Typed texts are compared by :func:`digest` (the log keeps no complaint's words). Needs no
database: a territorial commission verifies a stick without a station.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from precinct_app.services import bounds
from precinct_app.services.audit import EventRow

NAME = "journal.json"
FORMAT = "precinct-journal/1"
RECEIVED, DECIDED, DISPUTED = "journal.received", "journal.decided", "ballot.disputed_decided"
_ENTRY_KEYS = ("id", "received_at", "kind", "from_kind", "from", "organisation", "about",
               "annex", "refers_to", "recorded_by", "decision", "vote", "decided_by",
               "decided_at")
_DISPUTE_KEYS = ("id", "contest", "decision", "option", "vote", "note", "recorded_by", "at")


def digest(text: str) -> str:
    """What the audit log keeps of a typed text: the first 16 hex digits of its SHA-256.

    It proves the text was not changed afterwards without carrying it (a voter's complaint
    may name people).
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def document(election: str, precinct: str, mode: str, rule: str,
             entries: list[dict[str, Any]], decided: list[dict[str, Any]]) -> dict[str, Any]:
    """The file's content, keys in a fixed order."""
    return {"format": FORMAT, "election": election, "precinct": precinct, "mode": mode,
            "disputed_ballot_vote": rule, "entries": entries, "disputed_ballots": decided}


@dataclass(frozen=True)
class Difference:
    """One record the log and the other side disagree on: ``action`` (the event's), the
    record's ``id``, the event's ``seq`` (None: no event), ``kind`` no_row | differs | no_event."""

    action: str
    id: int
    seq: int | None
    kind: str


def _vote(vote: Any) -> tuple[Any, Any, Any]:
    return (vote["for"], vote["against"], vote["abstained"])


def found(entries: Sequence[dict[str, Any]],
          decided: Sequence[dict[str, Any]]) -> dict[str, dict[int, tuple[Any, ...]]]:
    """What the journal's records say, in the shape the events say it."""
    return {
        RECEIVED: {e["id"]: (e["kind"], e["from_kind"], e["from"], e["organisation"],
                             e["annex"], e["refers_to"], digest(e["about"]))
                   for e in entries},
        DECIDED: {e["id"]: (*_vote(e["vote"]), digest(e["decision"] or ""))
                  for e in entries if e["vote"] is not None},
        DISPUTED: {d["id"]: (d["contest"], d["decision"], d["option"], *_vote(d["vote"]),
                             digest(d["note"]))
                   for d in decided},
    }


def logged(events: Iterable[tuple[int, str, str]]
           ) -> dict[str, dict[int, tuple[int, tuple[Any, ...]]]]:
    """What the events (seq, action, payload) say: per action, id -> (seq, record)."""
    out: dict[str, dict[int, tuple[int, tuple[Any, ...]]]] = {
        RECEIVED: {}, DECIDED: {}, DISPUTED: {}}
    for seq, action, payload in events:
        if action not in out:
            continue
        p = json.loads(payload)
        if action == RECEIVED:
            out[action][p["entry"]] = (seq, (p["kind"], p["from_kind"], p["from"],
                                             p["organisation"], p["annex"], p["refers_to"],
                                             p.get("about")))
        elif action == DECIDED:
            out[action][p["entry"]] = (seq, (p["for"], p["against"], p["abstained"],
                                             p.get("decision")))
        else:
            out[action][p["dispute"]] = (seq, (p["contest"], p["decision"], p["option"],
                                               p["for"], p["against"], p["abstained"],
                                               p.get("note")))
    return out


def differences(log: dict[str, dict[int, tuple[int, tuple[Any, ...]]]],
                records: dict[str, dict[int, tuple[Any, ...]]]) -> list[Difference]:
    """Every record the log and ``records`` disagree on, in the log's order."""
    out: list[Difference] = []
    for action in (RECEIVED, DECIDED, DISPUTED):
        said, held = log[action], records[action]
        for record_id, (seq, record) in said.items():
            if record_id not in held:
                out.append(Difference(action, record_id, seq, "no_row"))
            elif held[record_id] != record:
                out.append(Difference(action, record_id, seq, "differs"))
        out += [Difference(action, record_id, None, "no_event")
                for record_id in sorted(held.keys() - said.keys())]
    return sorted(out, key=lambda d: (d.seq is None, d.seq or 0, d.id))


def _shape_ok(doc: Any, manifest: dict[str, Any]) -> bool:
    if not (isinstance(doc, dict) and doc.get("format") == FORMAT
            and all(doc.get(k) == manifest.get(k) for k in ("election", "precinct", "mode"))):
        return False
    entries, decided = doc.get("entries"), doc.get("disputed_ballots")
    if not (isinstance(entries, list) and isinstance(decided, list)):
        return False
    for items, keys in ((entries, _ENTRY_KEYS), (decided, _DISPUTE_KEYS)):
        for item in items:
            if not (isinstance(item, dict) and set(item) == set(keys)
                    and isinstance(item["id"], int) and not isinstance(item["id"], bool)):
                return False
            if not isinstance(item["about" if "about" in item else "note"], str):
                return False
            if "decision" in item and "about" in item and not isinstance(
                    item["decision"], str | None):
                return False
            vote = item["vote"]
            if vote is None and "about" not in item:  # a disputed ballot always has its vote
                return False
            if vote is not None and not (
                    isinstance(vote, dict) and set(vote) == {"for", "against", "abstained"}
                    and all(isinstance(v, int) for v in vote.values())):
                return False
        if len({item["id"] for item in items}) != len(items):  # a record given twice
            return False
    return True


def check(data: bytes, manifest: dict[str, Any],
          events: Sequence[EventRow]) -> tuple[bool, str, dict[str, Any]]:
    """(passes, message code, data): the file's shape, then agreement with the audit log
    (``events``; none when the log could not be read: then the shape only)."""
    try:
        doc = bounds.load_json(data.decode("utf-8"))
        ok = _shape_ok(doc, manifest)
    except (UnicodeDecodeError, ValueError, TypeError, KeyError):
        ok = False
    if not ok:
        return False, "verify_journal_bad", {}
    entries, decided = doc["entries"], doc["disputed_ballots"]
    if events:
        try:
            log = logged((ev.seq, ev.action, ev.payload) for ev in events)
        except (ValueError, KeyError, TypeError):
            return False, "verify_journal_audit", {"what": "?", "record": "?", "seq": "?"}
        try:
            wrong = differences(log, found(entries, decided))
        except (TypeError, AttributeError):  # a value the log could not have held
            return False, "verify_journal_bad", {}
        if wrong:
            first = wrong[0]
            return False, "verify_journal_audit", {
                "what": first.action, "record": first.id,
                "seq": first.seq if first.seq is not None else "-"}
    return True, "verify_journal_ok", {"entries": len(entries), "disputes": len(decided)}
