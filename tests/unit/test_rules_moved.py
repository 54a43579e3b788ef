"""Rules the screens used to hold, now asked of the services."""

from __future__ import annotations

import dataclasses
import datetime as dt

from precinct_app.db import Database
from precinct_app.services import counting, list_changes, outside, phases, protocol
from precinct_app.services.clock import Clock
from precinct_app.services.outside import ApplicationView, HeldBallot
from tests.unit.test_counting import day, walk_to


def _application(status: str, *ballots: str) -> ApplicationView:
    return ApplicationView(1, 1, 12, "Әбішева Ә.", status, "", "illness",
                           dt.datetime(2024, 10, 6, 5, tzinfo=dt.UTC), "c2", "Серікова Д.",
                           None, tuple(HeldBallot(c, "outside", 1) for c in ballots))


def test_an_applicant_waits_until_every_contest_has_given_a_ballot() -> None:
    contests = ["npp", "mayor"]
    assert _application("active").waiting(contests)
    assert _application("active", "npp").waiting(contests)  # the mayor's ballot still due
    assert not _application("active", "npp", "mayor").waiting(contests)
    assert not _application("excluded").waiting(contests)  # no longer on the list


def test_the_phases_the_screens_offer_are_the_services() -> None:
    assert phases.CLOSED not in list_changes.PHASES_OPEN_TO_CHANGES
    assert phases.OPEN in list_changes.PHASES_OPEN_TO_CHANGES
    assert outside.APPLICATION_PHASES == (phases.SETUP, phases.OPEN)


def test_values_are_typed_only_while_counting_an_unsigned_protocol(
    db: Database, clock: Clock
) -> None:
    day(db, clock)
    walk_to(db, clock, counting.CANCEL)
    with db.reading() as s:
        data = protocol.build(s, clock, "npp")
    assert protocol.may_enter(phases.COUNTING, data)
    for phase in (phases.SETUP, phases.OPEN, phases.CLOSED, phases.SIGNED):
        assert not protocol.may_enter(phase, data)
    signed = dataclasses.replace(data, status="signed", code="0000-0000-0000-0000")
    assert not protocol.may_enter(phases.COUNTING, signed)


def test_the_count_opens_at_the_close_of_voting(db: Database, clock: Clock) -> None:
    day(db, clock)  # voting closed
    with db.reading() as s:
        assert phases.current_phase(s) in phases.COUNT_PHASES
    walk_to(db, clock, counting.CANCEL)  # the first step is taken in that phase
    with db.reading() as s:
        assert phases.current_phase(s) == phases.COUNTING
