"""Who may do what, and when: docs/domain.md §2 as ONE table (roles x phases x actions).

Default deny: an action not in :data:`RULES`, a role not in its row, or a phase not in
its row is refused. :func:`require` checks the role (``permission_denied``), then the
phase (``WrongPhase``: the action's own code where the service words that phase refusal
already, e.g. ``voting_not_open``; else ``action_wrong_phase`` naming action and phase).
Services keep their finer checks (the protocol's draft or signed state, the hours).

Every refusal is recorded by the shells with :func:`record_refusal`, in a transaction of
its own, after the refused action has rolled back.

An "absent" chair is not modelled: where the table lets the deputy act when the chair is
absent, the deputy is simply allowed (the commission knows who is present; the audit log
records who acted).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from precinct_app.models import CommissionMember, Station
from precinct_app.services import audit
from precinct_app.services.clock import Clock
from precinct_app.services.errors import (
    DomainError,
    InvalidInput,
    NoStation,
    PermissionDenied,
    WrongPhase,
)
from precinct_app.services.station import Member

CHAIR, DEPUTY, SECRETARY, MEMBER = "chair", "deputy_chair", "secretary", "member"
ROLES = (CHAIR, DEPUTY, SECRETARY, MEMBER)
# The phases of services/phases.py (which imports this module, so they are named here too;
# a test checks they are the same).
SETUP, OPEN, CLOSED, COUNTING, SIGNED = (
    "setup", "voting_open", "voting_closed", "counting", "signed")
PHASES = (SETUP, OPEN, CLOSED, COUNTING, SIGNED)
ANY_PHASE = frozenset(PHASES)


@dataclass(frozen=True)
class Rule:
    """One row: the roles that may take the action, the phases it may be taken in, and the
    refusal code for any other phase (the service's own words for it, where it has them)."""

    roles: frozenset[str]
    phases: frozenset[str]
    phase_code: str = "action_wrong_phase"
    codes_by_phase: tuple[tuple[str, str], ...] = ()  # where one phase has its own words

    def refusal_code(self, phase: str) -> str:
        """The code of the refusal in ``phase`` (one outside :attr:`phases`)."""
        return dict(self.codes_by_phase).get(phase, self.phase_code)


def _rule(roles: tuple[str, ...], phases: tuple[str, ...] | frozenset[str],
          phase_code: str = "action_wrong_phase", **by_phase: str) -> Rule:
    return Rule(frozenset(roles), frozenset(phases), phase_code, tuple(by_phase.items()))


ALL = (CHAIR, DEPUTY, SECRETARY, MEMBER)
OFFICERS = (CHAIR, DEPUTY, SECRETARY)

# action -> (roles, phases, code outside those phases [, a phase's own code]). A cell is
# allowed iff the role and the phase are both in the action's row. To add an action: one
# line here, one row in docs/domain.md §2, one ``action_<name>`` entry in the catalog.
RULES: dict[str, Rule] = {
    # action              roles                         phases
    "open_voting":      _rule((CHAIR, DEPUTY), (SETUP,), "phase_cannot_open"),
    "close_voting":     _rule((CHAIR, DEPUTY), (OPEN,), "phase_cannot_close"),
    "receive_ballots":  _rule(OFFICERS, (SETUP,), "receipt_only_in_setup"),
    "list_change":      _rule(OFFICERS, (SETUP, OPEN), "list_frozen"),
    "outside_apply":    _rule(ALL, (SETUP, OPEN), "outside_applications_closed"),
    "issue":            _rule((DEPUTY, MEMBER), (OPEN,), "voting_not_open"),  # + replacing
    "undo":             _rule((CHAIR, DEPUTY), (OPEN,), "voting_not_open"),
    "outside_trip":     _rule((DEPUTY, MEMBER), (OPEN,), "voting_not_open"),
    "count":            _rule(OFFICERS, (CLOSED, COUNTING, SIGNED), "count_before_close"),
    "override":         _rule((CHAIR,), (COUNTING,), "protocol_before_count",
                              signed="protocol_all_signed"),
    "sign":             _rule(OFFICERS, (COUNTING, SIGNED), "protocol_before_count"),
    "export":           _rule(OFFICERS, (COUNTING, SIGNED), "export_before_count"),
    # A restore takes back what the station recorded since the backup: the chair, any time.
    "restore":          _rule((CHAIR,), ANY_PHASE),
    # Lets a member choose a new PIN, e.g. after voting opened (docs/formats.md §7).
    "reset_pin":        _rule((CHAIR,), ANY_PHASE),
    # The idle lock's time for every desk (docs/formats.md §7): the chair's setting.
    "idle_lock":        _rule((CHAIR,), ANY_PHASE),
    # Make this laptop the station server or start it again (docs/formats.md §8): the
    # chair; the first start (the move of the station) checks set-up itself.
    "run_server":       _rule((CHAIR,), ANY_PHASE),
    # Those present, certified copies, the posted copy (docs/domain.md §12): the register is
    # kept all day; copies and the posting need a signed protocol (the service checks it).
    "present_register": _rule(ALL, ANY_PHASE),
    "copy_certify":     _rule((CHAIR, DEPUTY), (COUNTING, SIGNED)),
    "protocol_post":    _rule(OFFICERS, (COUNTING, SIGNED)),
    # The journal (docs/domain.md §13-14): any member takes an entry down, an officer records
    # the commission's decision; disputed ballots are decided during the count.
    "journal_record":   _rule(ALL, ANY_PHASE),
    "journal_decide":   _rule(OFFICERS, ANY_PHASE),
    "dispute":          _rule(OFFICERS, (COUNTING,), "dispute_not_counting"),
    # Absentee certificates (docs/domain.md §16): the officers, before voting day.
    "absentee":         _rule(OFFICERS, (SETUP,), "absentee_wrong_phase"),
    # Ballots issued from the paper list while a desk had lost the server (docs/domain.md
    # §5): entered until the count starts (it sums the issuances); the chair resolves each
    # conflict, until the protocol is signed (an open one blocks the signing).
    "paper_enter":      _rule((DEPUTY, SECRETARY, MEMBER), (OPEN, CLOSED),
                              "paper_entry_wrong_phase"),
    "paper_resolve":    _rule((CHAIR,), (OPEN, CLOSED, COUNTING), "paper_resolve_wrong_phase"),
}


def allowed(role: str, action: str, phase: str | None = None) -> bool:
    """True when ``role`` may take ``action`` (in ``phase``; in some phase when None)."""
    rule = RULES.get(action)
    if rule is None or role not in rule.roles:
        return False
    return phase is None or phase in rule.phases


# Built once, on the table: every action checks its member.
_MEMBERS = cast(Table, CommissionMember.__table__)
_MEMBER = select(_MEMBERS.c.id, _MEMBERS.c.name, _MEMBERS.c.role).where(
    _MEMBERS.c.id == bindparam("member_id")
)
_STATIONS = cast(Table, Station.__table__)
_PHASE = select(_STATIONS.c.phase).where(_STATIONS.c.id == 1)


def member(session: Session, member_id: str) -> Member:
    """The commission member ``member_id``; ``InvalidInput`` when there is none."""
    row = session.execute(_MEMBER, {"member_id": member_id}).first()
    if row is None:
        raise InvalidInput("member_unknown", member=member_id)
    return Member(row.id, row.name, row.role)


def phase_now(session: Session) -> str:
    """The station's phase (``NoStation`` before there is one)."""
    phase = session.execute(_PHASE).scalar()
    if phase is None:
        raise NoStation("no_station")
    return str(phase)


def require(session: Session, member_id: str, action: str, *, phase_too: bool = True) -> Member:
    """The member, if the table lets their role take ``action`` in the station's phase.

    ``PermissionDenied`` (role) first, then ``WrongPhase`` (phase); both carry ``member``,
    ``action`` and ``phase`` for :func:`record_refusal`. ``phase_too=False``: the role only,
    for a service that refuses other things before the phase and then checks the phase in
    the table's phases itself (a test holds them equal).
    """
    found = member(session, member_id)
    phase = phase_now(session)
    rule = RULES.get(action)
    if rule is None or found.role not in rule.roles:
        raise PermissionDenied(
            "permission_denied", member=found.id, name=found.name, role=found.role,
            action=action, phase=phase,
        )
    if phase_too and phase not in rule.phases:
        raise WrongPhase(rule.refusal_code(phase), member=found.id, name=found.name, action=action,
                         phase=phase)
    return found


Transaction = Callable[[], AbstractContextManager[Session]]
REFUSALS = (PermissionDenied, WrongPhase)


def record_refusal(
    transaction: Transaction, clock: Clock, error: DomainError, member_id: str | None,
    action: str = "",
) -> bool:
    """Record ``action.refused`` {member, action, code, phase} in its own transaction.

    Call it from a shell after a refused action (``PermissionDenied`` or ``WrongPhase``)
    has rolled back: the refusal stays in the log. ``action`` names the action when the
    error does not (a service's own phase check); e.g. the CLI command. Returns False,
    recording nothing, for any other error, without a member, or when nothing can be
    written (no station, an unknown member, a read-only or full disk): a refusal is
    never turned into a second error.
    """
    if not isinstance(error, REFUSALS) or not member_id:
        return False
    try:
        with transaction() as session:
            who = member(session, member_id)
            phase = str(error.params.get("phase") or phase_now(session))
            audit.record(session, clock.snapshot(), who.id, "action.refused", {
                "member": who.id,
                "action": str(error.params.get("action") or action),
                "code": error.code,
                "phase": phase,
            })
    except (DomainError, SQLAlchemyError):  # the refusal itself is what the user must see
        return False
    return True
