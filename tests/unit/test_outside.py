"""Outside voting: applications, the deadline, trips that balance; service and CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from precinct_app.cli import main
from precinct_app.db import Database
from precinct_app.services import issuance, outside, phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import PermissionDenied, Refused


@pytest.fixture
def open_db(db: Database, clock: Clock) -> Database:
    build_demo(db, clock, db_path=None, voters=10)
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
    return db


def test_applications_trip_and_balance(open_db: Database, clock: Clock) -> None:
    with open_db.transaction() as s:
        outside.apply(s, clock, "c3", 1, "illness", "Turan 1")
        outside.apply(s, clock, "c7", 2, "caring for a relative")
    with open_db.transaction() as s, pytest.raises(Refused) as info:
        outside.apply(s, clock, "c3", 1, "illness")
    assert info.value.code == "outside_already_applied"
    with open_db.transaction() as s, pytest.raises(Refused) as info:
        outside.start_trip(s, clock, ("c4", "c5"), 3, "npp")
    assert info.value.code == "trip_too_many_ballots"
    with open_db.transaction() as s, pytest.raises(PermissionDenied):
        outside.start_trip(s, clock, ("c1", "c5"), 2, "npp")
    with open_db.transaction() as s:
        trip = outside.start_trip(s, clock, ("c4", "c5"), 2, "npp")
        issuance.issue(s, clock, 1, "npp", "c4", place="outside", trip_id=trip.trip_id)
    with open_db.transaction() as s, pytest.raises(Refused) as info:
        outside.end_trip(s, clock, trip.trip_id, returned=0)
    assert info.value.code == "trip_unbalanced"
    with open_db.transaction() as s:
        done = outside.end_trip(s, clock, trip.trip_id, returned=1)
        assert (done.taken, done.issued, done.returned) == (2, 1, 1)
        assert issuance.issued_counts(s, "npp").outside == 1


def test_late_application_needs_a_reason(open_db: Database) -> None:
    late = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T13:00:00+05:00"))
    with open_db.transaction() as s, pytest.raises(Refused) as info:
        outside.apply(s, late, "c3", 1, "illness")
    assert info.value.code == "outside_late_needs_reason"
    with open_db.transaction() as s:
        assert outside.apply(s, late, "c3", 1, "illness", late_reason="hospital call").late


@pytest.mark.usefixtures("station_pins")
def test_cli_outside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T09:00:00+05:00")
    db = str(tmp_path / "o.sqlite3")
    assert main(["--db", db, "demo", "--voters", "5"]) == 0
    assert main(["--db", db, "day", "open", "--member", "c1"]) == 0
    assert main(["--db", db, "outside", "apply", "3", "--reason", "illness",
                 "--member", "c5"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "outside", "trip", "start", "--members", "c4,c5",
                 "--ballots", "2"]) == 1
    assert "exceed the applications" in capsys.readouterr().err.strip().splitlines()[-1]
    assert main(["--db", db, "outside", "trip", "start", "--members", "c4,c5",
                 "--ballots", "1"]) == 0
    assert main(["--db", db, "issue", "3", "--member", "c4", "--outside", "--trip", "1"]) == 0
    assert main(["--db", db, "outside", "trip", "end", "1", "--returned", "1"]) == 1
    assert "does not balance" in capsys.readouterr().err.strip().splitlines()[-1]
    assert main(["--db", db, "outside", "trip", "end", "1", "--returned", "0"]) == 0
    assert main(["--db", db, "audit", "verify"]) == 0


def test_a_second_trip_may_take_what_the_first_left_for_others(
    open_db: Database, clock: Clock
) -> None:
    with open_db.transaction() as s:
        for voter in (1, 2, 3):
            outside.apply(s, clock, "c3", voter, "illness")
        first = outside.start_trip(s, clock, ("c4", "c5"), 2, "npp")
        issuance.issue(s, clock, 1, "npp", "c4", place="outside", trip_id=first.trip_id)
        # Voter 1 is served; the first trip still carries one ballot for voters 2 or 3,
        # so exactly one more may leave on a second trip (not zero, not two).
        assert outside.trip_capacity(s, "npp") == 1
    with open_db.transaction() as s, pytest.raises(Refused) as info:
        outside.start_trip(s, clock, ("c6", "c7"), 2, "npp")
    assert info.value.code == "trip_too_many_ballots"
    with open_db.transaction() as s:
        assert outside.start_trip(s, clock, ("c6", "c7"), 1, "npp").taken == 1


def test_an_excluded_applicant_is_no_longer_waiting(open_db: Database, clock: Clock) -> None:
    from precinct_app.services import list_changes

    with open_db.transaction() as s:
        outside.apply(s, clock, "c3", 4, "illness")
        outside.apply(s, clock, "c3", 5, "illness")
        list_changes.exclude_voter(s, clock, "c1", 5, "deceased")
        assert outside.pending_applications(s, "npp") == 1
        assert outside.trip_capacity(s, "npp") == 1


def test_no_application_after_voting_closed(open_db: Database, clock: Clock) -> None:
    from precinct_app.services.errors import WrongPhase

    with open_db.transaction() as s:
        phases.close_voting(s, clock, "c1")
    with open_db.transaction() as s, pytest.raises(WrongPhase) as info:
        outside.apply(s, clock, "c3", 6, "illness")
    assert info.value.code == "outside_applications_closed"
