"""The audit log replayed against the portable box counts and the absentee certificates.

Part of ``services.reconcile`` (``audit verify``): a certificate row deleted with sqlite3
would let its holder vote here, and a box's figure changed would change what the law
voids; both ways, each row must be what its last event says, and each event's row must be
there. Discrepancies are ``(order, code, params)`` as ``reconcile`` collects them.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import AbsenteeCertificate, AuditEvent, PortableBoxCount, Voter

_ACTIONS = ("portable_box.counted", "voter.absentee_certificate",
            "voter.absentee_certificate_cancelled")
_LAST = 1 << 62  # a row with no event sorts after every event (as in reconcile)

Found = tuple[int, str, dict[str, Any]]


def discrepancies(session: Session) -> list[Found]:
    """Every disagreement between these tables and their events."""
    boxes: dict[tuple[int, str], tuple[int, int, int]] = {}  # -> seq, found, requests
    certs: dict[int, tuple[int, int, str, bool]] = {}  # id -> seq, list_no, number, cancelled
    out: list[Found] = []
    for seq, action, payload in session.execute(
        select(AuditEvent.seq, AuditEvent.action, AuditEvent.payload)
        .where(AuditEvent.action.in_(_ACTIONS)).order_by(AuditEvent.seq)
    ):
        try:
            p = json.loads(payload)
            if action == "portable_box.counted":
                boxes[(int(p["trip"]), str(p["contest"]))] = (
                    seq, int(p["found"]), int(p["requests"]))
            else:
                certs[int(p["certificate"])] = (
                    seq, int(p["list_no"]), str(p["number"]),
                    action.endswith("_cancelled"))
        except (ValueError, KeyError, TypeError):
            continue  # reconcile names the unreadable event itself
    stored = {(r.trip_id, r.contest_id): (r.found, r.requests)
              for r in session.scalars(select(PortableBoxCount))}
    for key in sorted(boxes.keys() | stored.keys()):
        logged, row = boxes.get(key), stored.get(key)
        where = {"trip": key[0], "contest": key[1]}
        if logged is None:
            out.append((_LAST, "integrity_box_no_event", where))
        elif row != logged[1:]:
            out.append((logged[0], "integrity_box_differs", {**where, "seq": logged[0]}))
    rows = {c.id: (list_no, c.number, c.cancelled_at is not None)
            for c, list_no in session.execute(
                select(AbsenteeCertificate, Voter.list_no)
                .join(Voter, Voter.id == AbsenteeCertificate.voter_id))}
    for cert_id in sorted(certs.keys() | rows.keys()):
        seen, held = certs.get(cert_id), rows.get(cert_id)
        if seen is None:
            assert held is not None
            out.append((_LAST, "integrity_certificate_no_event", {"list_no": held[0]}))
        elif held != seen[1:]:
            out.append((seen[0], "integrity_certificate_differs",
                        {"list_no": seen[1], "seq": seen[0]}))
    return out
