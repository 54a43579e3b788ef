"""The station clock: one user action takes one instant, on a clock that moves (issue 11).

A real clock moves between two readings. A service that stored a row's time and then let
the audit log read the clock again would store two times for one action: the export's
``signed_at`` would differ from the signing event's ``at`` and every real stick would fail
``precinct verify``. Here a clock a second further at every reading makes any second
reading within one action visible.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from sqlalchemy import select

from precinct_app.db import open_database
from precinct_app.models import (
    AuditEvent,
    CountStep,
    Issuance,
    OutsideApplication,
    OutsideTrip,
    PhaseChange,
    Protocol,
    ProtocolValue,
    Spoilage,
    Station,
    TurnoutSnapshot,
    Voter,
)
from precinct_app.services import (
    counting,
    export,
    iin,
    issuance,
    list_changes,
    outside,
    phases,
    portable_boxes,
    protocol,
    turnout,
    verify,
)
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.station import load_station

ELECTION_DAY = dt.datetime.fromisoformat("2024-10-06T10:30:00+05:00")
# The demo referendum after four ballots in the stationary box and one outside.
COUNTED = {"in_portable_boxes": 1, "in_stationary_boxes": 4, "invalid": 1, "valid": 4,
           "valid_not_counted": 0, "lost": 0, "not_accounted": 0, "yes": 3, "no": 1}


def stepping(start: dt.datetime = ELECTION_DAY) -> Clock:
    """A replaced clock one second further at every reading."""
    seconds = itertools.count()
    return Clock(source=lambda: start + dt.timedelta(seconds=next(seconds)),
                 counts_as_replaced=True)


def test_a_snapshot_holds_one_instant_and_keeps_the_mode() -> None:
    moving = stepping()
    held = moving.snapshot()
    assert held.now_utc() == held.now_utc() == held.snapshot().now_utc()
    assert held.utc_iso() == held.utc_iso()
    assert moving.now_utc() > held.now_utc()  # the clock it was taken from moves on
    assert held.replaced  # a replaced clock stays replaced
    system = Clock()
    assert not system.replaced and not system.snapshot().replaced  # not training
    assert Clock(fixed=ELECTION_DAY).snapshot().replaced


def test_training_is_the_same_through_a_snapshot(tmp_path: Path) -> None:
    db = open_database(tmp_path / "st.sqlite3", create=True)
    build_demo(db, Clock(fixed=ELECTION_DAY), db_path=None, voters=5)
    with db.transaction() as s:
        row = s.get(Station, 1)
        assert row is not None
        row.is_demo = False  # an official station
        info = load_station(s)
    db.dispose()
    official = Clock(source=lambda: ELECTION_DAY)  # a system clock on the election day
    assert not info.training(official) and not info.training(official.snapshot())
    assert info.training(stepping()) and info.training(stepping().snapshot())


def test_a_ticking_clock_moves_with_real_time_and_counts_as_replaced() -> None:
    ticking = Clock.ticking(ELECTION_DAY)
    first = ticking.now_utc()
    assert first >= ELECTION_DAY and ticking.replaced
    assert ticking.now_utc() > first
    assert ticking.now_utc() - ELECTION_DAY < dt.timedelta(minutes=5)


def _whole_day(clock: Clock, db_path: Path) -> None:
    """Every kind of action that stores a time, each in its own transaction."""
    db = open_database(db_path, create=True)
    build_demo(db, clock, db_path=db_path, voters=20)
    steps = [
        lambda s: phases.receive_ballots(s, clock, "c1", "npp", 30),
        lambda s: outside.apply(s, clock, "c3", 6, "illness", "Turan 1"),
        lambda s: phases.open_voting(s, clock, "c1"),
        *(lambda s, n=n: issuance.issue(s, clock, n, "npp", "c4") for n in (1, 2, 3, 4, 5)),
        lambda s: issuance.spoil(s, clock, 2, "npp", "c4"),
        lambda s: turnout.take_due_snapshots(s, clock),  # 10:00 has passed
        lambda s: issuance.undo(s, clock, 5, "npp", "c2", "wrong voter"),
        lambda s: list_changes.add_voter(
            s, clock, "c2", surname="Ли", given_name="Анна", basis="absentee",
            reference="ОУ 0412", iin_text=str(iin.make_iin(dt.date(1990, 5, 17), True, 4321))),
        lambda s: list_changes.exclude_voter(s, clock, "c2", 11, "died"),
        lambda s: outside.start_trip(s, clock, ("c4", "c5"), 1, "npp"),
        lambda s: issuance.issue(s, clock, 6, "npp", "c4", place="outside", trip_id=1),
        lambda s: outside.end_trip(s, clock, 1, 0),
        lambda s: issuance.issue(s, clock, 5, "npp", "c4"),
        lambda s: phases.close_voting(s, clock, "c1"),
        lambda s: counting.record_step(
            s, clock, "c3", counting.CANCEL, {e.contest_id: e.to_cancel
                                              for e in counting.expected(s)}),
        lambda s: counting.record_step(s, clock, "c3", counting.SUMMARISE),
        lambda s: portable_boxes.record(s, clock, "c3", 1, 1),  # trip 1's box (§15)
        *(lambda s, step=step: counting.record_step(s, clock, "c3", step)
          for step in counting.STEPS[2:5]),
        lambda s: protocol.set_values(s, clock, "c3", "npp", COUNTED),
        lambda s: counting.record_step(s, clock, "c3", counting.FILL),
        lambda s: counting.record_step(s, clock, "c3", counting.CHECK),
        lambda s: protocol.sign(s, clock, "c1", "npp", ["c1", "c2", "c3", "c4"]),
        lambda s: protocol.correct(s, clock, "c1", "npp", "line 13 recounted"),
        lambda s: protocol.sign(s, clock, "c1", "npp", ["c1", "c2", "c3", "c4"],
                                {"c4": "one ballot was doubtful"}),
    ]
    for step in steps:
        with db.transaction() as s:
            step(s)
    db.dispose()


def test_every_time_an_action_stores_is_its_audit_event_time(tmp_path: Path) -> None:
    db_path = tmp_path / "station.sqlite3"
    _whole_day(stepping(), db_path)
    db = open_database(db_path)
    with db.reading() as s:
        events = [(e.at, e.action) for e in s.scalars(select(AuditEvent))]
        stored = {
            f"{column.class_.__name__}.{column.key}": [t for t in s.scalars(select(column)) if t]
            for column in (
                Station.created_at, PhaseChange.at, Issuance.issued_at, Issuance.undone_at,
                Spoilage.at, Voter.added_at, Voter.excluded_at, OutsideApplication.received_at,
                OutsideTrip.started_at, OutsideTrip.ended_at, TurnoutSnapshot.taken_at,
                CountStep.at, Protocol.created_at, Protocol.signed_at, ProtocolValue.at,
            )
        }
        signed = {p.signed_at: p.version for p in s.scalars(select(Protocol))}
    db.dispose()
    assert [name for name, times in stored.items() if not times] == []  # every kind stored
    times_logged = {at for at, _action in events}
    strays = {name: [t for t in times if t not in times_logged]
              for name, times in stored.items()}
    assert not any(strays.values()), strays
    signings = [at for at, action in events if action == "protocol.signed"]
    assert sorted(signings) == sorted(at for at in signed if at)


def test_a_day_on_a_moving_clock_exports_a_folder_that_verifies(tmp_path: Path) -> None:
    clock, db_path = stepping(), tmp_path / "station.sqlite3"
    _whole_day(clock, db_path)
    db = open_database(db_path)
    with db.transaction() as s:
        bundle = export.prepare(s, clock, db_path)
    db.dispose()
    (tmp_path / "stick").mkdir()
    result = export.write(bundle, tmp_path / "stick")  # refused unless it verifies
    report = verify.verify_folder(result.path, key=bundle.station_key, code=bundle.codes[0])
    assert report.ok, [c for c in report.checks if not c.ok]
    # The folder's name and the manifest's time are the same instant too.
    created = dt.datetime.fromisoformat(bundle.manifest["created_at"])
    assert result.name.endswith(created.strftime("%Y%m%dT%H%M"))
