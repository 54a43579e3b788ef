"""The people's tables replayed against the audit log, both ways (as services.reconcile
does for the day's tables): the register of those present and their visits, the
certified copies and the postings must be what ``present.arrived``, ``present.left``,
``protocol.copy_issued`` and ``protocol.posted`` say, and nothing else may be there.
A row added, deleted or edited outside the program is named, never signed or printed."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import (
    AuditEvent,
    PresenceVisit,
    PresentPerson,
    ProtocolCopy,
    ProtocolPosting,
)

ACTIONS = ("present.arrived", "present.left", "protocol.copy_issued", "protocol.posted")
_LAST = 1 << 62  # the order of a row with no event: after every event

Add = Callable[..., None]  # add(order, code, **params), services.reconcile's


def _logged(session: Session) -> tuple[dict[int, tuple[int, tuple[Any, ...]]],
                                        dict[tuple[str, int], tuple[int, tuple[Any, ...]]],
                                        dict[tuple[str, int], tuple[int, str]]]:
    people: dict[int, tuple[int, tuple[Any, ...]]] = {}
    visits: dict[int, list[list[str | None]]] = {}
    issued: dict[tuple[str, int], tuple[int, tuple[Any, ...]]] = {}
    posted: dict[tuple[str, int], tuple[int, str]] = {}
    rows = session.execute(select(AuditEvent.seq, AuditEvent.actor, AuditEvent.action,
                                  AuditEvent.payload).where(AuditEvent.action.in_(ACTIONS))
                           .order_by(AuditEvent.seq))
    for seq, actor, action, payload in rows:
        try:
            p: dict[str, Any] = json.loads(payload)
            if action == "present.arrived":
                person = int(p["person"])
                visits.setdefault(person, []).append([actor, None])
                people[person] = (seq, (p["name"], p["kind"], p["organisation"], p["mandate"],
                                        tuple(map(tuple, visits[person]))))
            elif action == "present.left":
                person = int(p["person"])
                stays = visits.setdefault(person, [[None, None]])
                stays[-1][1] = actor
                first = people.get(person, (seq, ()))[0]
                people[person] = (first, (p["name"], p["kind"], p["organisation"], p["mandate"],
                                          tuple(map(tuple, stays))))
            elif action == "protocol.copy_issued":
                issued[(str(p["contest"]), int(p["number"]))] = (seq, (
                    int(p["version"]), p["name"], p["organisation"], actor, p["secretary"]))
            else:
                posted[(str(p["contest"]), int(p["version"]))] = (seq, actor)
        except (ValueError, KeyError, TypeError):
            continue  # an edited event: the chain check and services.reconcile name it
    return people, issued, posted


def check(session: Session, add: Add) -> None:
    """Add a discrepancy for every person, copy or posting the log and the tables disagree on."""
    people, issued, posted = _logged(session)
    stays: dict[int, list[tuple[str | None, str | None]]] = {}
    for v in session.scalars(select(PresenceVisit).order_by(PresenceVisit.id)):
        stays.setdefault(v.person_id, []).append((v.arrived_by, v.left_by))
    table = {p.id: (p.name, p.kind, p.organisation, p.mandate, tuple(stays.get(p.id, ())))
             for p in session.scalars(select(PresentPerson))}
    for person in sorted(set(people) | set(table)):
        seq, said = people.get(person, (_LAST, None))
        if said != table.get(person):
            add(seq, "integrity_person_differs", person=person)
    copies = {(c.contest_id, c.number): (c.version, c.recipient_name, c.recipient_organisation,
                                         c.chair_id, c.secretary_id)
              for c in session.scalars(select(ProtocolCopy))}
    for contest, number in sorted(set(issued) | set(copies)):
        seq, said = issued.get((contest, number), (_LAST, None))
        if said != copies.get((contest, number)):
            add(seq, "integrity_copy_differs", contest=contest, number=number)
    postings = {(p.contest_id, p.version): p.member_id
                for p in session.scalars(select(ProtocolPosting))}
    for contest, version in sorted(set(posted) | set(postings)):
        seq, actor = posted.get((contest, version), (_LAST, None))
        if actor != postings.get((contest, version)):
            add(seq, "integrity_posting_differs", contest=contest, version=version)
