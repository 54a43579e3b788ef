"""Roles x phases x actions (docs/domain.md §2): every cell walked against a table written
out here independently, through the check every service calls; every refusal recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from precinct_app.db import Database
from precinct_app.models import AuditEvent, Station
from precinct_app.services import permissions, phases
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, PermissionDenied, WrongPhase
from precinct_app.services.package import load_package
from precinct_app.services.setup import init_station

ROOT = Path(__file__).parents[2]

# Letters: C chair, D deputy chair, S secretary, M member; "-" nobody.
# Columns: setup, voting_open, voting_closed, counting, signed.
EXPECTED = """
open_voting      CD    -     -     -     -
close_voting     -     CD    -     -     -
receive_ballots  CDS   -     -     -     -
list_change      CDS   CDS   -     -     -
outside_apply    CDSM  CDSM  -     -     -
issue            -     DM    -     -     -
undo             -     CD    -     -     -
outside_trip     -     DM    -     -     -
count            -     -     CDS   CDS   CDS
override         -     -     -     C     -
sign             -     -     -     CDS   CDS
export           -     -     -     CDS   CDS
restore          C     C     C     C     C
reset_pin        C     C     C     C     C
idle_lock        C     C     C     C     C
run_server       C     C     C     C     C
present_register CDSM  CDSM  CDSM  CDSM  CDSM
copy_certify     -     -     -     CD    CD
protocol_post    -     -     -     CDS   CDS
journal_record   CDSM  CDSM  CDSM  CDSM  CDSM
journal_decide   CDS   CDS   CDS   CDS   CDS
dispute          -     -     -     CDS   -
absentee         CDS   -     -     -     -
paper_enter      -     DSM   DSM   -     -
paper_resolve    -     C     C     C     -
"""
PHASES = ("setup", "voting_open", "voting_closed", "counting", "signed")
LETTER = {"chair": "C", "deputy_chair": "D", "secretary": "S", "member": "M"}
MEMBER_OF = {"chair": "c1", "deputy_chair": "c2", "secretary": "c3", "member": "c4"}
# Where a service words the phase refusal itself, the table keeps those words.
PHASE_CODE = {
    "open_voting": "phase_cannot_open", "close_voting": "phase_cannot_close",
    "receive_ballots": "receipt_only_in_setup", "list_change": "list_frozen",
    "outside_apply": "outside_applications_closed", "issue": "voting_not_open",
    "undo": "voting_not_open", "outside_trip": "voting_not_open",
    "count": "count_before_close", "override": "protocol_before_count",
    "sign": "protocol_before_count", "export": "export_before_count",
    "dispute": "dispute_not_counting", "absentee": "absentee_wrong_phase",
    "paper_enter": "paper_entry_wrong_phase", "paper_resolve": "paper_resolve_wrong_phase",
}


def _expected() -> dict[tuple[str, str, str], bool]:
    cells: dict[tuple[str, str, str], bool] = {}
    for line in EXPECTED.strip().splitlines():
        action, *columns = line.split()
        assert len(columns) == len(PHASES), line
        for phase, letters in zip(PHASES, columns, strict=True):
            for role, letter in LETTER.items():
                cells[(role, phase, action)] = letter in letters
    return cells


@pytest.fixture
def station(db: Database, clock: Clock) -> Database:
    init_station(db, clock, load_package(ROOT / "resources" / "demo"), db_path=None)
    return db


def _put_in(db: Database, phase: str) -> None:
    with db.transaction() as s:
        s.execute(update(Station).where(Station.id == 1).values(phase=phase))


def test_the_table_names_the_same_phases_and_actions_as_the_expected_one() -> None:
    assert permissions.PHASES == (phases.SETUP, phases.OPEN, phases.CLOSED, phases.COUNTING,
                                  phases.SIGNED) == PHASES
    assert set(permissions.RULES) == {k[2] for k in _expected()}


def test_every_role_phase_and_action_against_the_written_table(station: Database) -> None:
    expected = _expected()
    walked = 0
    for phase in PHASES:
        _put_in(station, phase)
        for action in permissions.RULES:
            for role, member_id in MEMBER_OF.items():
                want = expected[(role, phase, action)]
                assert permissions.allowed(role, action, phase) is want, (role, phase, action)
                with station.reading() as s:
                    if want:
                        assert permissions.require(s, member_id, action).id == member_id
                        walked += 1
                        continue
                    with pytest.raises((PermissionDenied, WrongPhase)) as refused:
                        permissions.require(s, member_id, action)
                walked += 1
                error = refused.value
                assert error.params["action"] == action and error.params["phase"] == phase
                assert error.params["member"] == member_id
                role_may = any(expected[(role, p, action)] for p in PHASES)
                if not role_may:
                    assert isinstance(error, PermissionDenied), (role, phase, action)
                    assert error.code == "permission_denied"
                else:
                    assert isinstance(error, WrongPhase), (role, phase, action)
                    want_code = PHASE_CODE.get(action, "action_wrong_phase")
                    if (action, phase) == ("override", "signed"):
                        want_code = "protocol_all_signed"
                    assert error.code == want_code
    assert walked == len(PHASES) * len(permissions.RULES) * len(MEMBER_OF)


def test_default_deny_an_unknown_action_or_phase(station: Database) -> None:
    assert not permissions.allowed("chair", "no_such_action")
    assert not permissions.allowed("chair", "restore", "no_such_phase")
    with station.reading() as s, pytest.raises(PermissionDenied):
        permissions.require(s, "c1", "no_such_action")
    _put_in(station, "no_such_phase")
    with station.reading() as s, pytest.raises(WrongPhase) as refused:
        permissions.require(s, "c1", "restore")
    assert refused.value.code == "action_wrong_phase"


def test_an_unknown_member_is_named(station: Database) -> None:
    with station.reading() as s, pytest.raises(InvalidInput) as refused:
        permissions.require(s, "c99", "issue")
    assert refused.value.params["member"] == "c99"


def _refusals(db: Database) -> list[dict[str, object]]:
    with db.reading() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == "action.refused"))
        return [json.loads(r.payload) | {"actor": r.actor} for r in rows]


def test_a_refusal_is_recorded_after_the_action_rolled_back(
    station: Database, clock: Clock
) -> None:
    with pytest.raises(PermissionDenied) as refused, station.transaction() as s:
        permissions.require(s, "c4", "open_voting")
    assert permissions.record_refusal(station.transaction, clock, refused.value, "c4")
    with pytest.raises(WrongPhase) as late, station.transaction() as s:
        permissions.require(s, "c2", "issue")
    assert permissions.record_refusal(station.transaction, clock, late.value, "c2")
    assert _refusals(station) == [
        {"member": "c4", "action": "open_voting", "code": "permission_denied", "phase": "setup",
         "actor": "c4"},
        {"member": "c2", "action": "issue", "code": "voting_not_open", "phase": "setup",
         "actor": "c2"},
    ]


def test_record_refusal_names_the_action_a_service_check_left_out(
    station: Database, clock: Clock
) -> None:
    error = WrongPhase("protocol_all_signed", phase="signed")
    assert permissions.record_refusal(station.transaction, clock, error, "c1", "protocol set")
    assert _refusals(station)[0]["action"] == "protocol set"


def test_record_refusal_records_nothing_for_other_errors_or_no_member(
    station: Database, clock: Clock
) -> None:
    assert not permissions.record_refusal(station.transaction, clock,
                                          InvalidInput("x"), "c1")
    assert not permissions.record_refusal(station.transaction, clock,
                                          WrongPhase("voting_not_open", phase="setup"), None)
    # An unknown member (hostile text) is not an error of its own: nothing is written.
    assert not permissions.record_refusal(
        station.transaction, clock, WrongPhase("voting_not_open", phase="setup"), "\x00c1")
    assert _refusals(station) == []


def test_a_service_that_checks_its_own_phase_checks_the_tables() -> None:
    from precinct_app.services import counting

    assert counting.phases.COUNT_PHASES is phases.COUNT_PHASES
    assert set(phases.COUNT_PHASES) == permissions.RULES["count"].phases
