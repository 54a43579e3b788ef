"""Who may do what: docs/domain.md §2 as data, and one check.

An "absent" chair is not modelled: where the table lets the deputy act when
the chair is absent, the deputy is simply allowed (the commission knows who
is present; the audit log records who acted).
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from precinct_app.models import CommissionMember
from precinct_app.services.errors import InvalidInput, PermissionDenied
from precinct_app.services.station import Member

CHAIR, DEPUTY, SECRETARY, MEMBER = "chair", "deputy_chair", "secretary", "member"

# action -> roles allowed to take it.
RULES: dict[str, frozenset[str]] = {
    "open_close": frozenset({CHAIR, DEPUTY}),
    "issue": frozenset({DEPUTY, MEMBER}),  # replacing a spoiled ballot included
    "undo": frozenset({CHAIR, DEPUTY}),
    "list_change": frozenset({CHAIR, DEPUTY, SECRETARY}),
    "outside_apply": frozenset({CHAIR, DEPUTY, SECRETARY, MEMBER}),
    "outside_trip": frozenset({DEPUTY, MEMBER}),
    # Not in the table: correcting the act of receipt is treated like a list change
    # (the commission's officers, before opening).
    "receive_ballots": frozenset({CHAIR, DEPUTY, SECRETARY}),
    "count": frozenset({CHAIR, DEPUTY, SECRETARY}),
    "override": frozenset({CHAIR}),
    "sign": frozenset({CHAIR, DEPUTY, SECRETARY}),
    "export": frozenset({CHAIR, DEPUTY, SECRETARY}),
    # Not in the table: a restore takes back what the station recorded since the backup.
    "restore": frozenset({CHAIR}),
    # Absentee certificates (docs/domain.md §15): the officers, like list changes.
    "absentee": frozenset({CHAIR, DEPUTY, SECRETARY}),
}


def allowed(role: str, action: str) -> bool:
    """True when ``role`` may take ``action``."""
    return role in RULES[action]


# Built once, on the table: every action checks its member.
_MEMBERS = cast(Table, CommissionMember.__table__)
_MEMBER = select(_MEMBERS.c.id, _MEMBERS.c.name, _MEMBERS.c.role).where(
    _MEMBERS.c.id == bindparam("member_id")
)


def member(session: Session, member_id: str) -> Member:
    """The commission member ``member_id``; ``InvalidInput`` when there is none."""
    row = session.execute(_MEMBER, {"member_id": member_id}).first()
    if row is None:
        raise InvalidInput("member_unknown", member=member_id)
    return Member(row.id, row.name, row.role)


def require(session: Session, member_id: str, action: str) -> Member:
    """The member, if their role may take ``action``; ``PermissionDenied`` otherwise."""
    found = member(session, member_id)
    if not allowed(found.role, action):
        raise PermissionDenied(
            "permission_denied", member=found.id, name=found.name, role=found.role,
            action=action,
        )
    return found
