"""The ballot account: a desk cannot hand out paper the station does not have, a trip
cannot issue more than it took, and the formula of ballots in use."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from sqlalchemy import false
from sqlalchemy.orm import Session

from precinct_app import messages
from precinct_app.db import Database
from precinct_app.messages import ballots as ballot_messages
from precinct_app.services import audit, ballots, issuance, outside, phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, Refused


def _station(db: Database, clock: Clock, received: int, applicants: tuple[int, ...] = ()) -> None:
    build_demo(db, clock, db_path=None, voters=10)
    with db.transaction() as s:
        phases.receive_ballots(s, clock, "c1", "npp", received)
        phases.open_voting(s, clock, "c1")
        for voter_id in applicants:
            outside.apply(s, clock, "c3", voter_id, "illness")


def _refused(db: Database, action: Callable[[Session], object]) -> Refused:
    with pytest.raises(Refused) as info, db.transaction() as s:
        action(s)
    return info.value


def _left(db: Database) -> int:
    with db.reading() as s:
        return ballots.ballots_left(s, "npp")


def test_issue_stops_when_the_received_ballots_are_in_use(db: Database, clock: Clock) -> None:
    _station(db, clock, received=3)
    with db.transaction() as s:
        for voter_id in (1, 2, 3):
            issuance.issue(s, clock, voter_id, "npp", "c4")
    assert _left(db) == 0
    error = _refused(db, lambda s: issuance.issue(s, clock, 4, "npp", "c4"))
    assert error.code == "no_ballots_left"
    assert error.params == {"contest": "npp", "received": 3, "in_use": 3}
    assert "no ballot left for npp: 3 received, 3 already in use" == messages.text(
        error.code, "en", **error.params
    )
    # An undone issuance was a mistake: its ballot is back in the stock.
    with db.transaction() as s:
        issuance.undo(s, clock, 3, "npp", "c2", "wrong voter")
    assert _left(db) == 1
    with db.transaction() as s:
        issuance.issue(s, clock, 4, "npp", "c4")


def test_a_replacement_takes_a_ballot_and_needs_one_left(db: Database, clock: Clock) -> None:
    _station(db, clock, received=3)
    with db.transaction() as s:
        issuance.issue(s, clock, 1, "npp", "c4")
        issuance.issue(s, clock, 2, "npp", "c4")
        issuance.spoil(s, clock, 1, "npp", "c5")
    assert _left(db) == 0
    error = _refused(db, lambda s: issuance.spoil(s, clock, 2, "npp", "c5"))
    assert (error.code, error.params["in_use"]) == ("no_ballots_left", 3)
    assert _refused(db, lambda s: issuance.issue(s, clock, 3, "npp", "c4")).code == (
        "no_ballots_left"
    )


def test_outside_without_a_trip_takes_from_the_stock(db: Database, clock: Clock) -> None:
    _station(db, clock, received=1, applicants=(2,))
    with db.transaction() as s:
        issuance.issue(s, clock, 1, "npp", "c4")
    error = _refused(db, lambda s: issuance.issue(s, clock, 2, "npp", "c4", place="outside"))
    assert error.code == "no_ballots_left"


def test_a_trip_cannot_take_more_than_is_left(db: Database, clock: Clock) -> None:
    _station(db, clock, received=3, applicants=(1, 2, 3))
    with db.transaction() as s:
        issuance.issue(s, clock, 4, "npp", "c4")
        issuance.issue(s, clock, 5, "npp", "c4")
    error = _refused(db, lambda s: outside.start_trip(s, clock, ("c4", "c5"), 2, "npp"))
    assert error.code == "trip_exceeds_stock"
    assert error.params == {"contest": "npp", "ballots": 2, "left": 1, "received": 3,
                            "in_use": 2}
    assert "only 1 left (3 received, 2 already in use)" in messages.text(
        error.code, "en", **error.params
    )
    with db.transaction() as s:
        outside.start_trip(s, clock, ("c4", "c5"), 1, "npp")
    assert _left(db) == 0
    error = _refused(db, lambda s: outside.start_trip(s, clock, ("c2", "c6"), 1, "npp"))
    assert error.code == "no_ballots_left"


def test_a_trip_issues_no_more_than_it_took(db: Database, clock: Clock) -> None:
    _station(db, clock, received=10, applicants=(1, 2))
    with db.transaction() as s:
        trip = outside.start_trip(s, clock, ("c4", "c5"), 1, "npp").trip_id
        issuance.issue(s, clock, 1, "npp", "c4", place="outside", trip_id=trip)
    error = _refused(
        db, lambda s: issuance.issue(s, clock, 2, "npp", "c5", place="outside", trip_id=trip)
    )
    assert (error.code, error.params) == ("trip_no_ballots_left", {"trip": trip, "taken": 1})
    with db.transaction() as s:
        assert outside.end_trip(s, clock, trip, returned=0).issued == 1


def test_trip_ballots_in_use_while_out_and_after_return(db: Database, clock: Clock) -> None:
    _station(db, clock, received=10, applicants=(1, 2, 3))
    with db.transaction() as s:
        issuance.issue(s, clock, 4, "npp", "c4")
        issuance.spoil(s, clock, 4, "npp", "c4")
        trip = outside.start_trip(s, clock, ("c4", "c5"), 3, "npp").trip_id
        issuance.issue(s, clock, 1, "npp", "c4", place="outside", trip_id=trip)
    with db.reading() as s:
        # 1 in the premises + its replacement + the 3 the trip holds (its issue among them).
        assert ballots.stock(s, "npp") == ballots.BallotStock("npp", 10, 1, 1, 3, 0)
        assert ballots.in_use(s, "npp") == 5
    with db.transaction() as s:
        outside.end_trip(s, clock, trip, returned=1, spoiled=1)
    with db.reading() as s:
        # The unused one is back; the issued and the spoiled one stay in use.
        assert ballots.stock(s, "npp") == ballots.BallotStock("npp", 10, 2, 1, 0, 1)
        assert ballots.ballots_left(s, "npp") == 6


def test_no_replacement_for_a_ballot_issued_on_a_trip(db: Database, clock: Clock) -> None:
    _station(db, clock, received=10, applicants=(1,))
    with db.transaction() as s:
        trip = outside.start_trip(s, clock, ("c4", "c5"), 1, "npp").trip_id
        issuance.issue(s, clock, 1, "npp", "c4", place="outside", trip_id=trip)
    error = _refused(db, lambda s: issuance.spoil(s, clock, 1, "npp", "c4"))
    assert (error.code, error.params) == ("spoil_on_trip", {"list_no": 1, "trip": trip})


def test_undo_on_a_trip_only_while_it_is_out(db: Database, clock: Clock) -> None:
    _station(db, clock, received=10, applicants=(1, 2))
    with db.transaction() as s:
        trip = outside.start_trip(s, clock, ("c4", "c5"), 2, "npp").trip_id
        issuance.issue(s, clock, 1, "npp", "c4", place="outside", trip_id=trip)
        issuance.issue(s, clock, 2, "npp", "c4", place="outside", trip_id=trip)
        issuance.undo(s, clock, 2, "npp", "c2", "wrong voter")  # the trip is still out
        done = outside.end_trip(s, clock, trip, returned=1)
    assert (done.taken, done.issued, done.returned) == (2, 1, 1)
    error = _refused(db, lambda s: issuance.undo(s, clock, 1, "npp", "c2", "wrong voter"))
    assert (error.code, error.params) == ("undo_trip_ended", {"list_no": 1, "trip": trip})
    with db.reading() as s:
        assert outside.trips(s)[0].issued == 1  # the finished trip still balances


def test_unknown_contest_has_no_stock(db: Database, clock: Clock) -> None:
    _station(db, clock, received=3)
    with db.reading() as s, pytest.raises(InvalidInput) as info:
        ballots.stock(s, "nope")
    assert info.value.code == "contest_unknown"


@pytest.mark.parametrize("code", sorted(ballot_messages.MESSAGES))
def test_every_language_fills_the_same_placeholders(code: str) -> None:
    entry = ballot_messages.MESSAGES[code]
    names = [set(re.findall(r"{(\w+)}", text)) for text in entry]
    assert names[0] and names[0] == names[1] == names[2], code
    assert code in messages.CATALOG


def test_a_race_for_the_same_voter_is_refused_by_the_index(
    db: Database, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _station(db, clock, received=5)
    with db.transaction() as s:
        issuance.issue(s, clock, 1, "npp", "c4")
    # The other desk read the voter before this one committed: its check saw no ballot.
    monkeypatch.setattr(issuance, "_LIVE_FACTS", issuance._LIVE_FACTS.where(false()))
    error = _refused(db, lambda s: issuance.issue(s, clock, 1, "npp", "c5"))
    assert (error.code, error.params) == ("already_issued_elsewhere",
                                          {"list_no": 1, "contest": "npp"})
    with db.reading() as s:
        assert issuance.issued_counts(s, "npp").total == 1
        assert audit.verify_chain(s).ok
