"""Several desks racing on one station server (issue 15, "Correct under concurrency").

Each desk is a process of its own with its own engine and desk name (tests/race_worker.py),
all released at once by a barrier, on the same PostgreSQL station: one live ballot per
voter (and the database refuses a second even when the service is bypassed), one linear
audit chain naming every desk, a ballot stock never over-issued, and list changes and the
count serialised (one desk wins, the others are refused in words).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import multiprocessing
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy import text as sql
from sqlalchemy.exc import IntegrityError

from precinct_app import messages
from precinct_app.db import Database, open_server_database
from precinct_app.models import AuditEvent
from precinct_app.services import audit, ballots, iin, issuance, outside, phases, reconcile
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from tests import pg, race_worker

pytestmark = [
    pytest.mark.skipif(pg.pg_bin_dir() is None, reason="no PostgreSQL server binaries"),
    pytest.mark.postgresql_itself,
]


DESKS = 4
VOTERS = 30
EVE = dt.datetime.fromisoformat("2024-10-05T10:00:00+05:00")


@pytest.fixture
def station(request: pytest.FixtureRequest) -> Iterator[tuple[str, Database]]:
    """The demo station on the server, voting open, as the chair's laptop made it (the act
    of receipt corrected to ``received`` ballots when the test passes a number)."""
    made = pg.cluster()
    url = made.url(made.new_database())
    db = open_server_database(url, desk="chair")
    build_demo(db, Clock.ticking(EVE), db_path=None, voters=VOTERS)
    received = getattr(request, "param", None)
    with db.transaction() as s:
        if received is not None:
            phases.receive_ballots(s, Clock.ticking(EVE), "c1", "npp", received)
        phases.open_voting(s, Clock.ticking(race_worker.VOTING_DAY), "c1")
    try:
        yield url, db
    finally:
        db.dispose()


def race(url: str, name: str, arg: Any, desks: int = DESKS) -> dict[str, list[tuple[Any, str]]]:
    """Run ``name`` at ``desks`` desks at once; each desk's outcomes by desk name."""
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(desks)
    queue = spawn.Queue()
    procs = [spawn.Process(target=race_worker.run, args=(url, n, barrier, queue, name, arg))
             for n in range(1, desks + 1)]
    for proc in procs:
        proc.start()
    results = dict(queue.get(timeout=180) for _ in procs)
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    assert len(results) == desks
    return results


def outcomes(results: dict[str, list[tuple[Any, str]]]) -> Counter[tuple[Any, str]]:
    return Counter(item for desk in results.values() for item in desk)


def test_racing_desks_issue_one_ballot_per_voter_and_one_linear_chain(
    station: tuple[str, Database],
) -> None:
    url, db = station
    voters = list(range(1, 11))
    results = race(url, "issue", voters)
    seen = outcomes(results)
    for voter in voters:
        # Exactly one desk issued; every other desk was refused in words.
        assert seen[(voter, "ok")] == 1, seen
        refused = sum(n for (v, code), n in seen.items() if v == voter and code != "ok")
        assert refused == DESKS - 1
    assert {code for (_v, code) in seen} <= {"ok", "already_issued", "already_issued_elsewhere"}
    with db.reading() as s:
        live = s.execute(sql("SELECT voter_id, count(*) FROM issuance WHERE undone_at IS NULL "
                             "GROUP BY voter_id")).all()
        assert sorted(live) == [(v, 1) for v in voters]
        # (b) One chain: no gap, no fork, and every event names the desk it came from.
        chain = audit.verify_chain(s)
        assert chain.ok, chain
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert all(a.hash == b.prev_hash for a, b in itertools.pairwise(events))
        issued = [json.loads(e.payload) for e in events if e.action == "ballot.issued"]
        assert len(issued) == len(voters)
        assert {p["desk"] for p in issued} <= {f"desk-{n}" for n in range(1, DESKS + 1)}
        assert all(json.loads(e.payload).get("desk") for e in events)
        assert reconcile.reconcile(s).ok


def test_the_database_itself_refuses_a_second_live_ballot(station: tuple[str, Database]) -> None:
    _url, db = station
    with db.transaction() as s:
        issuance.issue(s, Clock.ticking(race_worker.VOTING_DAY), 5, "npp", "c4")
    # A desk (or anyone with the desks' rights) bypassing the service: the partial unique
    # index over live issuances is the last line.
    with pytest.raises(IntegrityError) as info, db.engine.begin() as conn:
        conn.execute(sql(
            "INSERT INTO issuance (voter_id, contest_id, member_id, place, document, issued_at) "
            "VALUES (5, 'npp', 'c5', 'premises', 'id_card', '2024-10-06T04:00:01Z')"))
    assert "unique" in str(info.value.orig).lower()
    with db.reading() as s:
        assert s.execute(sql("SELECT count(*) FROM issuance WHERE voter_id = 5")).scalar() == 1


@pytest.mark.parametrize("station", [15], indirect=True)
def test_racing_desks_never_issue_more_ballots_than_the_station_received(
    station: tuple[str, Database],
) -> None:
    url, db = station
    # The stock is brought down to three ballots left (a long day), by voters other than
    # the racers' twelve.
    clock = Clock.ticking(race_worker.VOTING_DAY)
    with db.transaction() as s:
        for voter in range(VOTERS - 11, VOTERS + 1):
            issuance.issue(s, clock, voter, "npp", "c4")
        assert ballots.stock(s, "npp").left == 3
    # Each desk serves voters of its own: no voter twice, only the stock is shared.
    spawn_results = race_each(url, {n: [n * 3 - 2, n * 3 - 1, n * 3] for n in range(1, 5)})
    seen = Counter(code for desk in spawn_results.values() for (_v, code) in desk)
    assert seen["ok"] == 3
    assert seen["no_ballots_left"] == 12 - 3
    with db.reading() as s:
        assert ballots.stock(s, "npp").left == 0
        assert audit.verify_chain(s).ok
    assert "ballot" in messages.text("no_ballots_left", "en", contest="npp", received=1,
                                     in_use=1).lower()


def race_each(url: str, voters_by_desk: dict[int, list[int]]) -> dict[str, list[tuple[Any, str]]]:
    """Every desk issues to its own voters, all at once."""
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(len(voters_by_desk))
    queue = spawn.Queue()
    procs = [spawn.Process(target=race_worker.run,
                           args=(url, n, barrier, queue, "issue_own",
                                 voters))
             for n, voters in voters_by_desk.items()]
    for proc in procs:
        proc.start()
    results = dict(queue.get(timeout=180) for _ in procs)
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    return results


@pytest.mark.parametrize("station", [18], indirect=True)
def test_racing_trips_never_take_more_ballots_than_are_left(
    station: tuple[str, Database],
) -> None:
    url, db = station
    clock = Clock.ticking(race_worker.VOTING_DAY)
    with db.transaction() as s:
        for voter in range(1, 21):  # twenty applications: every trip is within them
            outside.apply(s, clock, "c3", voter, "illness", address="ул. Абая, 1")
        for voter in range(21, VOTERS + 1):  # ten issued: eight ballots left in the stock
            issuance.issue(s, clock, voter, "npp", "c4")
        assert ballots.stock(s, "npp").left == 8
    results = race(url, "trip", 5)  # four trips of five: only one fits in eight
    seen = Counter(code for desk in results.values() for (_k, code) in desk)
    assert seen == Counter({"ok": 1, "trip_exceeds_stock": DESKS - 1})
    with db.reading() as s:
        assert ballots.stock(s, "npp").left == 3
        assert audit.verify_chain(s).ok


def test_two_desks_adding_the_same_voter_one_wins_the_other_is_refused(
    station: tuple[str, Database],
) -> None:
    url, db = station
    new_iin = next(filter(None, (iin.make_iin(dt.date(1995, 1, 1), True, n)
                                 for n in range(9000, 9100))))
    results = race(url, "add", new_iin)
    seen = Counter(code for desk in results.values() for (_k, code) in desk)
    assert seen == Counter({"ok": 1, "iin_already_listed": DESKS - 1})
    with db.reading() as s:
        rows = s.execute(sql("SELECT list_no FROM voter WHERE iin = :iin"),
                         {"iin": new_iin}).all()
        assert rows == [(VOTERS + 1,)]
        assert audit.verify_chain(s).ok
    assert "IIN" in messages.text("iin_already_listed", "en")


def test_closing_and_the_count_are_recorded_once_whoever_races(
    station: tuple[str, Database],
) -> None:
    url, db = station
    with db.transaction() as s:
        issuance.issue(s, Clock.ticking(race_worker.VOTING_DAY), 1, "npp", "c4")
    closed = Counter(code for desk in race(url, "close", None).values() for (_k, code) in desk)
    assert closed["ok"] == 1 and sum(closed.values()) == DESKS
    with db.reading() as s:
        assert phases.current_phase(s) == phases.CLOSED
        received = ballots.stock(s, "npp").received
    counted = Counter(code for desk in race(url, "count", {"npp": received - 1}).values()
                      for (_k, code) in desk)
    assert counted == Counter({"ok": 1, "count_step_done": DESKS - 1})
    with db.reading() as s:
        assert s.execute(sql("SELECT count(*) FROM count_step")).scalar() == 1
        assert audit.verify_chain(s).ok
