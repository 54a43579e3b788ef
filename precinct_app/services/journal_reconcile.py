"""The journal's tables against the audit log, for ``services.reconcile`` (``audit verify``,
the window's alarm, the refusal to export): every entry, decision and disputed ballot is
what its event says (typed texts by their digest), and none is there without one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import AuditEvent
from precinct_app.services import disputes, journal, journal_doc

_LAST = 1 << 62  # a row with no event sorts after every event


def check(session: Session, add: Callable[..., None]) -> None:
    """Call ``add(order, code, **params)`` for each disagreement."""
    events = session.execute(
        select(AuditEvent.seq, AuditEvent.action, AuditEvent.payload)
        .where(AuditEvent.action.in_((journal_doc.RECEIVED, journal_doc.DECIDED,
                                      journal_doc.DISPUTED)))
        .order_by(AuditEvent.seq))
    try:
        log = journal_doc.logged((seq, action, payload) for seq, action, payload in events)
    except (ValueError, KeyError, TypeError):
        return  # an unreadable event is reported by reconcile's own replay
    records = journal_doc.found(journal.exported(session),
                                disputes.exported(session))
    for wrong in journal_doc.differences(log, records):
        params: dict[str, Any] = {"what": wrong.action, "record": wrong.id}
        if wrong.seq is not None:
            params["seq"] = wrong.seq
        add(wrong.seq if wrong.seq is not None else _LAST, f"integrity_journal_{wrong.kind}",
            **params)
