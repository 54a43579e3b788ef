"""The outside-voting register and trips as the screen reads them; reasons; the deadline."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from precinct_app.db import Database
from precinct_app.models import Contest
from precinct_app.services import issuance, outside, phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput

LATE = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T13:00:00+05:00"))


@pytest.fixture
def open_db(db: Database, clock: Clock) -> Database:
    build_demo(db, clock, db_path=None, voters=10)
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
    return db


def test_the_register_shows_who_applied_and_who_holds_a_ballot(
    open_db: Database, frozen_clock: Clock
) -> None:
    with open_db.transaction() as s:
        outside.apply(s, frozen_clock, "c3", 2, "illness", "Turan 1")
        outside.apply(s, LATE, "c4", 1, "remoteness", late_reason="called at 12:40")
        outside.apply(s, LATE, "c5", 3, "caring_for_relative", late_reason="neighbour")
        trip = outside.start_trip(s, frozen_clock, ("c4", "c5"), 2, "npp")
        issuance.issue(s, frozen_clock, 2, "npp", "c4", place="outside", trip_id=trip.trip_id)
        issuance.issue(s, frozen_clock, 3, "npp", "c5")  # came to the station after all
    with open_db.reading() as s:
        register = outside.applications(s)
    assert [a.list_no for a in register] == [2, 1, 3]  # in the order received
    first, second, third = register
    assert first.address == "Turan 1" and first.member_name != "c3" and not first.late
    assert first.received_at == dt.datetime(2024, 10, 6, 4, 0, tzinfo=dt.UTC)
    assert first.ballot("npp") == outside.HeldBallot("npp", "outside", trip.trip_id)
    assert second.late and second.late_reason == "called at 12:40"
    assert second.ballot("npp") is None and second.ballots == ()
    assert third.ballot("npp") == outside.HeldBallot("npp", "premises", None)
    assert first.full_name and first.voter_status == "active"


def test_an_undone_ballot_no_longer_counts_as_held(open_db: Database, clock: Clock) -> None:
    with open_db.transaction() as s:
        outside.apply(s, clock, "c3", 1, "illness")
        issuance.issue(s, clock, 1, "npp", "c4")
        issuance.undo(s, clock, 1, "npp", "c1", "wrong voter")
    with open_db.reading() as s:
        assert outside.applications(s)[0].ballot("npp") is None


def test_trips_open_first_with_figures(open_db: Database, clock: Clock) -> None:
    with open_db.transaction() as s:
        for voter in (1, 2, 3):
            outside.apply(s, clock, "c3", voter, "illness")
        first = outside.start_trip(s, clock, ("c4", "c5"), 1, "npp")
        issuance.issue(s, clock, 1, "npp", "c4", place="outside", trip_id=first.trip_id)
        outside.end_trip(s, clock, first.trip_id, returned=0)
        second = outside.start_trip(s, clock, ("c2", "c6"), 2, "npp")
    with open_db.reading() as s:
        found = outside.trips(s)
    assert [t.trip_id for t in found] == [second.trip_id, first.trip_id]
    assert found[0].is_open and found[0].ended_at is None and found[0].taken == 2
    done = found[1]
    assert not done.is_open and (done.taken, done.issued, done.returned, done.spoiled) == (
        1, 1, 0, 0)
    assert done.members == ("c4", "c5") and "c4" not in done.member_names
    assert done.started_at.tzinfo is not None


def test_trip_capacity_is_what_start_trip_allows(open_db: Database, clock: Clock) -> None:
    with open_db.transaction() as s:
        assert outside.trip_capacity(s, "npp") == 0
        for voter in (1, 2, 3):
            outside.apply(s, clock, "c3", voter, "illness")
        assert outside.trip_capacity(s, "npp") == 3
        outside.start_trip(s, clock, ("c4", "c5"), 2, "npp")
        assert outside.trip_capacity(s, "npp") == 1
        outside.start_trip(s, clock, ("c2", "c6"), 1, "npp")
        assert outside.trip_capacity(s, "npp") == 0


def test_the_deadline_and_lateness(open_db: Database, clock: Clock) -> None:
    with open_db.reading() as s:
        assert outside.deadline(s) == "12:00"
        assert not outside.is_late(s, clock)
        assert outside.is_late(s, LATE)
        on_the_dot = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T12:00:00+05:00"))
        assert not outside.is_late(s, on_the_dot)  # as apply(): late only after 12:00


def test_reasons_are_stored_as_codes_and_read_back(open_db: Database, clock: Clock) -> None:
    assert outside.reason_text("illness") == "illness"
    assert outside.reason_text("remoteness", " 40 km ") == "remoteness: 40 km"
    assert outside.reason_text(outside.OTHER, " in hospital ") == "in hospital"
    with pytest.raises(InvalidInput):
        outside.reason_text("flu")
    assert outside.split_reason("remoteness: 40 km") == ("remoteness", "40 km")
    assert outside.split_reason("caring_for_relative") == ("caring_for_relative", "")
    assert outside.split_reason("in hospital") == (outside.OTHER, "in hospital")
    assert outside.split_reason("illness of a child") == (outside.OTHER, "illness of a child")
    with open_db.transaction() as s:
        outside.apply(s, clock, "c3", 1, outside.reason_text("remoteness", "40 km"))
    with open_db.reading() as s:
        assert outside.split_reason(outside.applications(s)[0].reason) == ("remoteness", "40 km")


def test_trip_capacity_is_also_bounded_by_the_ballots_left(
    open_db: Database, clock: Clock
) -> None:
    with open_db.transaction() as s:
        s.execute(update(Contest).where(Contest.id == "npp").values(ballots_received=2))
        for voter in (1, 2, 3):
            outside.apply(s, clock, "c3", voter, "illness")
        assert outside.trip_capacity(s, "npp") == 2  # three waiting, two ballots left
        outside.start_trip(s, clock, ("c4", "c5"), 2, "npp")
        assert outside.trip_capacity(s, "npp") == 0
