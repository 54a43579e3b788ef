"""Members' PINs (docs/formats.md §7): choose, check, wait, reset; every failure recorded."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from precinct_app.db import Database, open_database
from precinct_app.models import AuditEvent, MemberPin
from precinct_app.services import audit, phases, pins
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, PermissionDenied
from precinct_app.services.package import load_package
from precinct_app.services.setup import init_station

ROOT = Path(__file__).parents[2]


class WallClock:
    """The system clock the wait runs on, moved by the test."""

    def __init__(self) -> None:
        self.at = dt.datetime(2024, 10, 6, 2, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += dt.timedelta(seconds=seconds)


@pytest.fixture
def wall() -> WallClock:
    return WallClock()


@pytest.fixture
def station(db: Database, clock: Clock) -> Database:
    """An official-package station (members have no PIN yet), still in set-up."""
    init_station(db, clock, load_package(ROOT / "resources" / "demo"), db_path=None)
    return db


def _events(db: Database, action: str) -> list[dict[str, object]]:
    with db.reading() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
        return [json.loads(r.payload) for r in rows]


def test_first_action_chooses_the_pin_then_it_proves_the_member(
    station: Database, clock: Clock
) -> None:
    with pytest.raises(pins.PinRefused) as asked:
        pins.authenticate(station.transaction, clock, "c4", None)
    assert asked.value.code == "pin_choose"
    who = pins.authenticate(station.transaction, clock, "c4", None, new_pin="4821")
    assert who.id == "c4"
    assert pins.authenticate(station.transaction, clock, "c4", "4821").id == "c4"
    with station.reading() as s:
        stored = s.get(MemberPin, "c4")
        assert stored is not None and stored.pin_hash is not None
        assert "4821" not in stored.pin_hash and stored.pin_hash.startswith("$argon2id$")
    assert _events(station, "member.pin_set") == [{"member": "c4", "first": True}]


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "١٢٣٤", " 1234", ""])
def test_a_pin_is_four_to_eight_ascii_digits(station: Database, clock: Clock, bad: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        pins.authenticate(station.transaction, clock, "c4", None, new_pin=bad)
    assert refused.value.code == "pin_format"
    with station.reading() as s:
        assert not pins.state(s, "c4").is_set


def test_five_wrong_then_a_wait_that_doubles_each_recorded(
    station: Database, clock: Clock, wall: WallClock
) -> None:
    pins.authenticate(station.transaction, clock, "c4", None, new_pin="4821", now=wall)
    codes = []
    for _ in range(5):
        with pytest.raises(pins.PinRefused) as wrong:
            pins.authenticate(station.transaction, clock, "c4", "0000", now=wall)
        codes.append((wrong.value.code, wrong.value.params.get("left"),
                      wrong.value.params.get("seconds")))
    assert codes == [("pin_wrong", 4, None), ("pin_wrong", 3, None), ("pin_wrong", 2, None),
                     ("pin_wrong", 1, None), ("pin_wrong_wait", None, 15)]
    # In the wait even the right PIN is refused, and the attempt is recorded.
    with pytest.raises(pins.PinRefused) as waiting:
        pins.authenticate(station.transaction, clock, "c4", "4821", now=wall)
    assert waiting.value.code == "pin_wait" and waiting.value.params["seconds"] == 15
    wall.advance(15)
    with pytest.raises(pins.PinRefused) as sixth:
        pins.authenticate(station.transaction, clock, "c4", "9999", now=wall)
    assert sixth.value.params["seconds"] == 30
    wall.advance(30)
    assert pins.authenticate(station.transaction, clock, "c4", "4821", now=wall).id == "c4"
    with station.reading() as s:
        assert pins.state(s, "c4", wall) == pins.PinState("c4", True, False, 0, 0)
    failed = _events(station, "member.pin_failed")
    assert len(failed) == 7  # 5 wrong, 1 in the wait, 1 more wrong
    assert all(set(e) >= {"member", "failures"} and "pin" not in e for e in failed)
    assert "4821" not in json.dumps(failed) and "0000" not in json.dumps(failed)


def test_the_wait_holds_whatever_the_station_clock_says(
    station: Database, wall: WallClock
) -> None:
    # PRECINCT_NOW replaces the station clock; it must not shorten the wait.
    early = Clock(fixed=dt.datetime(2024, 10, 6, 7, 0, tzinfo=dt.UTC))
    pins.authenticate(station.transaction, early, "c4", None, new_pin="4821", now=wall)
    for _ in range(5):
        with pytest.raises(pins.PinRefused):
            pins.authenticate(station.transaction, early, "c4", "0000", now=wall)
    late = Clock(fixed=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    with pytest.raises(pins.PinRefused) as waiting:
        pins.authenticate(station.transaction, late, "c4", "4821", now=wall)
    assert waiting.value.code == "pin_wait"


def test_parallel_guesses_still_meet_the_wait(tmp_path: Path, clock: Clock) -> None:
    db = open_database(tmp_path / "s.sqlite3", create=True)
    init_station(db, clock, load_package(ROOT / "resources" / "demo"), db_path=None)
    pins.authenticate(db.transaction, clock, "c4", None, new_pin="4821")
    outcomes: list[str] = []

    def guess() -> None:
        try:
            pins.authenticate(db.transaction, clock, "c4", "0000")
        except pins.PinRefused as refused:
            outcomes.append(refused.code)

    threads = [threading.Thread(target=guess) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Every attempt is counted before its hash is checked: at most 5 reach the check.
    assert outcomes.count("pin_wrong") + outcomes.count("pin_wrong_wait") <= 5
    assert outcomes.count("pin_wait") >= 7
    db.dispose()


def test_after_opening_a_member_without_pin_needs_the_chair(
    station: Database, clock: Clock
) -> None:
    pins.authenticate(station.transaction, clock, "c1", None, new_pin="1111")
    with station.transaction() as s:
        phases.open_voting(s, clock, "c1")
    with pytest.raises(pins.PinRefused) as refused:
        pins.authenticate(station.transaction, clock, "c5", None, new_pin="5555")
    assert refused.value.code == "pin_none_ask_chair"
    with station.transaction() as s, pytest.raises(PermissionDenied):
        pins.reset(s, clock, "c2", "c5")  # only the chair resets
    with station.transaction() as s:
        pins.reset(s, clock, "c1", "c5")
    assert pins.authenticate(station.transaction, clock, "c5", None, new_pin="5555").id == "c5"
    assert _events(station, "member.pin_reset") == [{"member": "c5"}]


def test_a_forgotten_pin_reset_by_the_chair_is_chosen_anew(
    station: Database, clock: Clock
) -> None:
    pins.authenticate(station.transaction, clock, "c4", None, new_pin="4821")
    with station.transaction() as s:
        pins.reset(s, clock, "c1", "c4")
    with pytest.raises(pins.PinRefused) as old:
        pins.authenticate(station.transaction, clock, "c4", "4821")
    assert old.value.code == "pin_choose"
    pins.authenticate(station.transaction, clock, "c4", None, new_pin="7777")
    assert pins.authenticate(station.transaction, clock, "c4", "7777").id == "c4"


def test_changing_a_pin_needs_the_old_one(station: Database, clock: Clock) -> None:
    pins.change(station.transaction, clock, "c4", None, "4821")
    with pytest.raises(pins.PinRefused):
        pins.change(station.transaction, clock, "c4", "0000", "1357")
    pins.change(station.transaction, clock, "c4", "4821", "1357")
    assert pins.authenticate(station.transaction, clock, "c4", "1357").id == "c4"
    with pytest.raises(pins.PinRefused):
        pins.authenticate(station.transaction, clock, "c4", "4821")


def test_unknown_member_is_named(station: Database, clock: Clock) -> None:
    with pytest.raises(InvalidInput) as unknown:
        pins.authenticate(station.transaction, clock, "c99", "1234")
    assert unknown.value.code == "member_unknown"


def test_demo_members_start_with_1234_and_the_chain_holds(db: Database, clock: Clock) -> None:
    build_demo(db, clock, db_path=None, voters=5)
    for member_id in ("c1", "c4", "c7"):
        assert pins.authenticate(db.transaction, clock, member_id, "1234").id == member_id
    with db.reading() as s:
        assert audit.verify_chain(s).ok
        hashes = s.execute(text("SELECT pin_hash FROM member_pin")).scalars().all()
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
