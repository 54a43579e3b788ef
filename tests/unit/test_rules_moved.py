"""Rules the screens used to hold, now asked of the services."""

from __future__ import annotations

import datetime as dt

from precinct_app.services import list_changes, outside, phases
from precinct_app.services.outside import ApplicationView, HeldBallot


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
