"""journal.json (docs/formats.md §3): the journal and the disputed ballots in the export.

Written by ``services.export`` from :func:`journal.exported` and :func:`disputes.exported`,
checked by ``services.verify`` with :func:`check` against the export's manifest and its
audit log (every entry, decision and disputed ballot the log records, and no other).
Needs no database: a territorial commission verifies a stick without a station.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from precinct_app.services import bounds
from precinct_app.services.audit import EventRow

NAME = "journal.json"
FORMAT = "precinct-journal/1"
_ENTRY_KEYS = ("id", "received_at", "kind", "from_kind", "from", "organisation", "about",
               "annex", "refers_to", "recorded_by", "decision", "vote", "decided_by",
               "decided_at")
_DISPUTE_KEYS = ("id", "contest", "decision", "option", "vote", "note", "recorded_by", "at")


def document(election: str, precinct: str, mode: str, rule: str,
             entries: list[dict[str, Any]], decided: list[dict[str, Any]]) -> dict[str, Any]:
    """The file's content, keys in a fixed order."""
    return {"format": FORMAT, "election": election, "precinct": precinct, "mode": mode,
            "disputed_ballot_vote": rule, "entries": entries, "disputed_ballots": decided}


def _vote_key(vote: Any) -> tuple[Any, Any, Any] | None:
    if vote is None:
        return None
    return (vote["for"], vote["against"], vote["abstained"])


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
            vote = item["vote"]
            if vote is not None and not (
                    isinstance(vote, dict) and set(vote) == {"for", "against", "abstained"}
                    and all(isinstance(v, int) for v in vote.values())):
                return False
    return True


def check(data: bytes, manifest: dict[str, Any],
          events: Sequence[EventRow]) -> tuple[bool, str, dict[str, Any]]:
    """(passes, message code, data): the file's shape, then agreement with the audit log
    (what it says was received, decided and ruled; the log's events are in ``events``,
    none when the log could not be read)."""
    try:
        doc = bounds.load_json(data.decode("utf-8"))
        ok = _shape_ok(doc, manifest)
    except (UnicodeDecodeError, ValueError, TypeError, KeyError):
        ok = False
    if not ok:
        return False, "verify_journal_bad", {}
    entries, decided = doc["entries"], doc["disputed_ballots"]
    if events:
        logged: dict[str, dict[int, Any]] = {"received": {}, "decided": {}, "disputed": {}}
        for ev in events:
            if ev.action not in ("journal.received", "journal.decided",
                                 "ballot.disputed_decided"):
                continue
            p = json.loads(ev.payload)
            if ev.action == "journal.received":
                logged["received"][p["entry"]] = (p["kind"], p["from_kind"], p["annex"])
            elif ev.action == "journal.decided":
                logged["decided"][p["entry"]] = (p["for"], p["against"], p["abstained"])
            else:
                logged["disputed"][p["dispute"]] = (
                    p["contest"], p["decision"], p["option"],
                    (p["for"], p["against"], p["abstained"]))
        found: dict[str, dict[int, Any]] = {
            "received": {e["id"]: (e["kind"], e["from_kind"], e["annex"]) for e in entries},
            "decided": {e["id"]: _vote_key(e["vote"]) for e in entries if e["vote"] is not None},
            "disputed": {d["id"]: (d["contest"], d["decision"], d["option"],
                                   _vote_key(d["vote"])) for d in decided},
        }
        for what in ("received", "decided", "disputed"):
            if found[what] != logged[what]:
                return False, "verify_journal_audit", {
                    "found": len(found[what]), "logged": len(logged[what]),
                    "what": f"journal.{what}" if what != "disputed"
                    else "ballot.disputed_decided"}
    return True, "verify_journal_ok", {"entries": len(entries), "disputes": len(decided)}
