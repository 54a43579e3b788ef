"""``python -m bench --only reconcile``: the audit log replayed against the tables.

A 2,214-voter demo station with 2,000 ballots issued (a few undone and spoiled), in a
temporary folder. Measured: :func:`reconcile.reconcile` (what ``audit verify``, the
window's start-up, every export and every protocol print run after the chain check),
and the chain check with it (:func:`reconcile.require_intact`). The baseline reads
the same tables and the events' payloads with plain sqlite3 and parses the JSON,
comparing nothing. Target: the replay within 300 ms; the chain check (services.audit,
unchanged here) is printed beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from precinct_app.db import open_database
from precinct_app.services import issuance, phases, reconcile
from precinct_app.services.clock import Clock
from precinct_app.services.demo import DEFAULT_VOTERS, build_demo

BALLOTS = 2_000
RUNS = 7
TARGET_MS = 300.0
CLOCK = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T09:00:00+05:00"))
_TABLES = ("SELECT list_no, status, origin FROM voter",
           "SELECT i.id, v.list_no, i.contest_id, i.place, i.trip_id, i.undone_at "
           "FROM issuance i LEFT JOIN voter v ON v.id = i.voter_id",
           "SELECT issuance_id FROM spoilage",
           "SELECT * FROM protocol", "SELECT * FROM protocol_value")


def _raw(path: Path) -> None:
    """The baseline: the same rows and every payload parsed, with sqlite3 alone."""
    with sqlite3.connect(path) as conn:
        for query in _TABLES:
            conn.execute(query).fetchall()
        for (payload,) in conn.execute("SELECT payload FROM audit_event ORDER BY seq"):
            json.loads(payload)
    conn.close()  # the context manager commits; it does not close


def _median_ms(run: Callable[[], None], times: int = RUNS) -> float:
    taken = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        taken.append((time.perf_counter() - start) * 1000)
    return statistics.median(taken)


def bench_reconcile() -> bool:
    """Median of reconcile and of reconcile + chain vs the raw read; True when met."""
    print(f"\nreconcile: {DEFAULT_VOTERS} voters, {BALLOTS} ballots, median of {RUNS}")
    with tempfile.TemporaryDirectory(prefix="precinct-bench-") as tmp:
        path = Path(tmp) / "station.sqlite3"
        db = open_database(path, create=True)
        build_demo(db, CLOCK, db_path=path)
        with db.transaction() as s:
            phases.open_voting(s, CLOCK, "c1")
            for voter_id in range(1, BALLOTS + 1):
                issuance.issue(s, CLOCK, voter_id, "npp", "c4")
            for voter_id in range(1, 11):
                issuance.spoil(s, CLOCK, voter_id, "npp", "c4")
                issuance.undo(s, CLOCK, voter_id + 100, "npp", "c1", "wrong voter")
        with db.reading() as s:
            events = reconcile.reconcile(s).events
            assert reconcile.reconcile(s).ok
        raw = _median_ms(lambda: _raw(path))

        def replay() -> None:
            with db.reading() as s:
                reconcile.reconcile(s)

        def whole() -> None:
            with db.reading() as s:
                reconcile.require_intact(s)

        mine = _median_ms(replay)
        both = _median_ms(whole)
        db.dispose()
    print(f"  events replayed:            {events}")
    print(f"  baseline (sqlite3 + json):  {raw:7.1f} ms")
    print(f"  reconcile:                  {mine:7.1f} ms  ({mine / raw:.1f}x baseline)")
    print(f"  chain + reconcile:          {both:7.1f} ms  ({both / raw:.1f}x baseline)")
    met = mine <= TARGET_MS
    print(f"  target <= {TARGET_MS:.0f} ms (reconcile): {'met' if met else 'NOT MET'}")
    return met
