"""``python -m bench --only pin``: one sign-in (a PIN check) against a raw argon2 verify.

Measured: :func:`pins.authenticate` with the right PIN on a demo station in a temporary
folder (what the window's sign-in and every ``--member`` of the CLI run): two short
transactions around the slow hash. The baseline, run alternately beside it on the same
hash: ``PasswordHasher.verify`` alone, with the station's parameters. Target: one sign-in
within 0.5 s (docs/formats.md §7) on 2 cores; the ratio shows what the bookkeeping adds.

The hash is slow on purpose: it is what a guess costs on a copied database. A 4-digit PIN
still falls to 10,000 guesses offline; the protection is the wait, the audit of every
failure and owner-only files (README).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from precinct_app.db import open_database
from precinct_app.models import MemberPin
from precinct_app.services import pins
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo

RUNS = 15
TARGET_S = 0.5
CLOCK = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T09:00:00+05:00"))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_pin(runs: int = RUNS) -> bool:
    """Median and p95 of one authenticate vs one raw argon2 verify; True when met."""
    hasher = pins._hasher()  # the station's parameters, as every stored hash carries them
    print(f"\nsign-in (PIN check): argon2id time_cost={hasher.time_cost}, "
          f"memory={hasher.memory_cost // 1024} MiB, lanes={hasher.parallelism}, "
          f"{runs} runs, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="precinct-bench-") as tmp:
        path = Path(tmp) / "station.sqlite3"
        db = open_database(path, create=True)
        build_demo(db, CLOCK, db_path=path, voters=50)
        with db.transaction() as s:
            pins.set_demo_pins(s, CLOCK, ["c4"])  # a hash of this run's parameters
            stored = s.get(MemberPin, "c4")
            assert stored is not None and stored.pin_hash is not None
            hashed = stored.pin_hash
        pins.authenticate(db.transaction, CLOCK, "c4", pins.DEMO_PIN)  # warm-up
        ours: list[float] = []
        raw: list[float] = []
        for _ in range(runs):
            start = time.perf_counter()
            pins.authenticate(db.transaction, CLOCK, "c4", pins.DEMO_PIN)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert hasher.verify(hashed, pins.DEMO_PIN)
            raw.append(time.perf_counter() - start)
        db.dispose()
    med, p95 = statistics.median(ours), _percentile(ours, .95)
    raw_med, raw_p95 = statistics.median(raw), _percentile(raw, .95)
    print(f"  {'':<38} {'median':>8} {'p95':>8}")
    print(f"  {'precinct: pins.authenticate':<38} {med * 1000:6.0f}ms {p95 * 1000:6.0f}ms")
    print(f"  {'raw argon2 verify (baseline)':<38} {raw_med * 1000:6.0f}ms "
          f"{raw_p95 * 1000:6.0f}ms")
    print(f"  ratio median {med / raw_med:.2f}x, p95 {p95 / raw_p95:.2f}x baseline")
    met = p95 <= TARGET_S
    print(f"  target <= {TARGET_S:.1f} s (p95 of one sign-in): {'met' if met else 'NOT MET'}")
    return met
