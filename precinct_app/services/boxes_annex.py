"""The export's annex on portable boxes and absentee certificates (docs/formats.md §3).

``boxes.json``: every trip's box (carriers by member id, requests served, ballots found,
whether the law voided them) and the count of absentee certificates. No voter data: not
even list numbers. :func:`annex` writes it from the station; :func:`check` verifies it
against the exported audit log without a database (``services.verify``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy.orm import Session

from precinct_app.services import absentee, audit, portable_boxes

ANNEX = "boxes.json"
FORMAT = "precinct-boxes/1"


def annex(session: Session, mode: str) -> dict[str, Any]:
    """The annex's document for the station as it stands."""
    live, cancelled = absentee.counts(session)
    return {
        "format": FORMAT,
        "mode": mode,
        "portable_boxes": [
            {"trip": b.trip_id, "contest": b.contest_id,
             "members": [c.id for c in b.carriers], "requests": b.requests, "found": b.found,
             "over": b.over, "invalid_by_law": b.invalid_by_law}
            for b in portable_boxes.boxes(session)
        ],
        "absentee_certificates": {"issued": live, "cancelled": cancelled},
    }


class _Add(Protocol):
    def __call__(self, check_id: str, ok: bool, code: str, file: str | None = None, /,
                 **params: Any) -> object: ...


def _logged(events: Sequence[audit.EventRow]) -> tuple[dict[tuple[int, str], tuple[int, int]],
                                                        tuple[int, int]]:
    boxes: dict[tuple[int, str], tuple[int, int]] = {}
    issued = cancelled = 0
    for e in events:
        if e.action == "portable_box.counted":
            p = json.loads(e.payload)
            boxes[(int(p["trip"]), str(p["contest"]))] = (int(p["found"]), int(p["requests"]))
        elif e.action == "voter.absentee_certificate":
            issued += 1
        elif e.action == "voter.absentee_certificate_cancelled":
            cancelled += 1
    return boxes, (issued - cancelled, cancelled)


def check(add: _Add, data: bytes | None, mode: str, events: Sequence[audit.EventRow]) -> None:
    """One verify line ``boxes_annex``: the annex parses, is in the export's mode, and says
    what the audit log says (each counted box's figures, the certificates' count)."""
    if data is None:
        return  # not listed (an older export) or already failed its hash
    try:
        doc = json.loads(data.decode("utf-8"))
        counted = {(int(b["trip"]), str(b["contest"])): (int(b["found"]), int(b["requests"]))
                   for b in doc["portable_boxes"] if b["found"] is not None}
        certs = doc["absentee_certificates"]
        stated = (int(certs["issued"]), int(certs["cancelled"]))
        ok_shape = doc["format"] == FORMAT and doc["mode"] == mode
        over_ok = all(bool(b["over"]) == (b["found"] is not None and b["found"] > b["requests"])
                      and int(b["invalid_by_law"]) == (int(b["found"]) if b["over"] else 0)
                      for b in doc["portable_boxes"])
    except (ValueError, KeyError, TypeError, AttributeError):
        add("boxes_annex", False, "verify_boxes_unreadable", ANNEX, name=ANNEX)
        return
    logged_boxes, logged_certs = _logged(events)
    if not ok_shape or not over_ok or counted != logged_boxes or stated != logged_certs:
        add("boxes_annex", False, "verify_boxes_differ", ANNEX, name=ANNEX)
        return
    add("boxes_annex", True, "verify_boxes_ok", boxes=len(counted), certificates=stated[0])
