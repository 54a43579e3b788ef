"""The counting sequence: in order, each step once, after closing, with the 12-hour limit."""

from __future__ import annotations

import datetime as dt

import pytest

from precinct_app import messages
from precinct_app.db import Database
from precinct_app.services import audit, counting, issuance, outside, phases, protocol
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, PermissionDenied, Refused, WrongPhase

# 10 voters, 12 ballots; 3 issued in the premises, one of them replaced after spoiling.
COUNTED = {"in_portable_boxes": 0, "in_stationary_boxes": 3, "invalid": 0, "valid": 3,
           "valid_not_counted": 0, "lost": 0, "not_accounted": 0, "yes": 2, "no": 1}


def day(db: Database, clock: Clock, close: bool = True) -> None:
    """A short voting day at the demo station."""
    build_demo(db, clock, db_path=None, voters=10)
    with db.transaction() as s:
        phases.receive_ballots(s, clock, "c1", "npp", 12)
        phases.open_voting(s, clock, "c1")
        for voter_id in (1, 2, 3):
            issuance.issue(s, clock, voter_id, "npp", "c4")
        issuance.spoil(s, clock, 2, "npp", "c4")
        if close:
            phases.close_voting(s, clock, "c1")


def walk_to(db: Database, clock: Clock, last: str, cancelled: int = 9) -> None:
    """Record every step up to and including ``last``."""
    with db.transaction() as s:
        for step in counting.STEPS:
            counting.record_step(s, clock, "c3", step,
                                 {"npp": cancelled} if step == counting.CANCEL else None)
            if step == counting.SORT:
                protocol.set_values(s, clock, "c3", "npp", COUNTED)
            if step == last:
                return


def test_expected_figures_come_from_the_records(db: Database, clock: Clock) -> None:
    day(db, clock)
    with db.reading() as s:
        [e] = counting.expected(s)
    assert (e.received, e.issued, e.spoiled) == (12, 3, 1)
    # 12 received - 3 voters holding a ballot = 8 never used + 1 spoiled.
    assert (e.to_cancel, e.spoiled) == (9, 1)


def test_the_count_starts_only_after_closing(db: Database, clock: Clock) -> None:
    day(db, clock, close=False)
    with pytest.raises(WrongPhase) as info, db.transaction() as s:
        counting.record_step(s, clock, "c1", counting.CANCEL, {"npp": 9})
    assert info.value.code == "count_before_close"


def test_steps_go_in_order_and_once(db: Database, clock: Clock) -> None:
    day(db, clock)
    with pytest.raises(Refused) as info, db.transaction() as s:
        counting.record_step(s, clock, "c1", counting.PORTABLE)
    assert info.value.code == "count_step_out_of_order"
    assert "next is «count and cancel the unused and spoiled ballots»" in messages.text(
        info.value.code, "en", **info.value.params)
    walk_to(db, clock, counting.SUMMARISE)
    with pytest.raises(Refused) as again, db.transaction() as s:
        counting.record_step(s, clock, "c1", counting.SUMMARISE)
    assert again.value.code == "count_step_done"
    with pytest.raises(InvalidInput), db.transaction() as s:
        counting.record_step(s, clock, "c1", "drink_tea")


def test_first_step_records_the_cancelled_ballots_and_starts_counting(
    db: Database, frozen_clock: Clock
) -> None:
    day(db, frozen_clock)
    with pytest.raises(InvalidInput) as info, db.transaction() as s:
        counting.record_step(s, frozen_clock, "c1", counting.CANCEL)
    assert info.value.code == "count_cancelled_missing"
    assert info.value.params["expected"] == 9
    with pytest.raises(InvalidInput) as slip, db.transaction() as s:
        counting.record_step(s, frozen_clock, "c1", counting.CANCEL, {"npp": 120})
    assert slip.value.code == "count_cancelled_out_of_range"
    with db.transaction() as s:
        record = counting.record_step(s, frozen_clock, "c1", counting.CANCEL, {"npp": 8})
    assert record.detail == {"npp": {"cancelled": 8, "expected": 9, "spoiled": 1}}
    with db.reading() as s:
        assert phases.current_phase(s) == phases.COUNTING
        assert protocol.build(s, frozen_clock, "npp").values()["cancelled"] == 8
        state = counting.status(s, frozen_clock)
        actions = [e.action for e in audit.iter_events(s)][-2:]
    assert state.next_step == counting.SUMMARISE
    assert state.started_at == frozen_clock.now_utc()
    assert state.deadline == frozen_clock.now_utc() + dt.timedelta(hours=12)
    # The step's event carries the count; the phase change has its own.
    assert actions == ["counting.started", "count.step"]


def test_a_trip_still_out_stops_the_count(db: Database, clock: Clock) -> None:
    day(db, clock, close=False)
    with db.transaction() as s:
        outside.apply(s, clock, "c3", 7, "illness")
        outside.start_trip(s, clock, ("c4", "c5"), 1, "npp")
        phases.close_voting(s, clock, "c1")
    with pytest.raises(Refused) as info, db.transaction() as s:
        counting.record_step(s, clock, "c1", counting.CANCEL, {"npp": 8})
    assert info.value.code == "count_trip_open"


def test_only_the_officers_record_steps(db: Database, clock: Clock) -> None:
    day(db, clock)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        counting.record_step(s, clock, "c4", counting.CANCEL, {"npp": 9})


def test_fill_and_check_wait_for_a_complete_protocol_in_order(
    db: Database, clock: Clock
) -> None:
    day(db, clock)
    walk_to(db, clock, counting.CANCEL, cancelled=8)  # one short: the balance fails
    with db.transaction() as s:
        for step in (counting.SUMMARISE, counting.PORTABLE, counting.STATIONARY, counting.SORT):
            counting.record_step(s, clock, "c3", step)
    with pytest.raises(Refused) as empty, db.transaction() as s:
        counting.record_step(s, clock, "c3", counting.FILL)
    assert empty.value.code == "count_lines_empty"
    assert empty.value.params["lines"] == "6, 7, 8, 9, 10, 11, 12, 13, 14"
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", COUNTED)
        counting.record_step(s, clock, "c3", counting.FILL)
    with pytest.raises(Refused) as broken, db.transaction() as s:
        counting.record_step(s, clock, "c3", counting.CHECK)
    assert broken.value.code == "count_checks_block"
    assert broken.value.params["checks"] == "ballots_balance"
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {"cancelled": 9})
        counting.record_step(s, clock, "c3", counting.CHECK)
        assert counting.status(s, clock).next_step == counting.SIGN


def test_the_twelve_hour_limit_is_reported(db: Database, frozen_clock: Clock) -> None:
    day(db, frozen_clock)
    walk_to(db, frozen_clock, counting.CANCEL)
    later = Clock(fixed=frozen_clock.now_utc() + dt.timedelta(hours=12, minutes=1))
    with db.reading() as s:
        assert not counting.status(s, frozen_clock).over_limit
        state = counting.status(s, later)
    assert state.over_limit


def test_signing_is_not_a_step(db: Database, clock: Clock) -> None:
    day(db, clock)
    with pytest.raises(Refused) as info, db.transaction() as s:
        counting.record_step(s, clock, "c1", counting.SIGN)
    assert info.value.code == "count_sign_via_protocol"

