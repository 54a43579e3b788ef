"""``python -m bench --only backup``: backups, and the verifier, each against a raw baseline.

On a 2,214-voter demo station mid-day (voting open, 1,500 ballots issued, each with
its audit event), in the user data directory (not a tmpfs, where fsync is free):

- a backup through :func:`services.backup.backup_now` (the SQLite backup API into a
  temp file, journal switched, ``integrity_check``, the audit chain and station facts
  checked, fsync, SHA-256 file, rename, folder fsync, pruning) against raw sqlite3 doing
  the least a safe backup needs: backup API, ``integrity_check``, fsync, rename;
- the desk while a backup is being taken: p50/p99 of one issuance with backups running
  back to back on another thread, against the same issuances with no backup (a WAL
  reader never blocks the writer: the ratio is what the desk feels);
- ``precinct verify`` of a (preliminary) export folder against the bare minimum: read
  every file, SHA-256 it, check the Ed25519 signature of the manifest.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import sqlite3
import statistics
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from platformdirs import user_data_dir
from sqlalchemy import select

from precinct_app.db import Database, open_database
from precinct_app.models import Voter
from precinct_app.services import backup, counting, export, issuance, phases, verify
from precinct_app.services.clock import Clock
from precinct_app.services.demo import DEFAULT_VOTERS, build_demo

ISSUED = 1_500
DESK_ISSUES = 300
RUNS = 7


def _median_s(fn: object, runs: int = RUNS) -> float:
    spent = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        spent.append(time.perf_counter() - start)
    return statistics.median(spent)


def _raw_backup(source: Path, dest: Path, n: int) -> None:
    tmp = dest / f".raw-{n}.tmp"
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(tmp)) as copy:
        src.backup(copy)
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, dest / f"raw-{n}.sqlite3")


def _raw_verify(folder: Path) -> bool:
    manifest = (folder / export.MANIFEST).read_bytes()
    key = load_pem_public_key((folder / export.PUBLIC_KEY).read_bytes())
    assert isinstance(key, Ed25519PublicKey)
    key.verify(base64.b64decode((folder / export.SIGNATURE).read_bytes()), manifest)
    listed = {f["name"]: f["sha256"] for f in json.loads(manifest)["files"]}
    return all(hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
               for name, digest in listed.items())


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _desk(db: Database, clock: Clock, voter_ids: list[int]) -> list[float]:
    spent = []
    for voter_id in voter_ids:
        start = time.perf_counter()
        with db.transaction() as s:
            issuance.issue(s, clock, voter_id, "npp", "c4")
        spent.append((time.perf_counter() - start) * 1000)
    return spent


def _station(folder: Path, clock: Clock) -> tuple[Path, list[int]]:
    path = folder / "station.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, clock, db_path=path, voters=DEFAULT_VOTERS)
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
    with db.reading() as s:
        ids = list(s.scalars(select(Voter.id).order_by(Voter.list_no)))
    with db.transaction() as s:  # set-up only: the day's ballots in one go
        for voter_id in ids[:ISSUED]:
            issuance.issue(s, clock, voter_id, "npp", "c4")
    db.dispose()
    return path, ids[ISSUED:]


def bench_backup_export() -> None:
    """Print the three comparisons (no target: issue 5 sets none; reported for the record)."""
    base = Path(user_data_dir("precinct", appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    clock = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T12:00:00+05:00"))
    with tempfile.TemporaryDirectory(prefix="bench-backup-", dir=base) as tmp:
        folder = Path(tmp)
        path, rest = _station(folder, clock)
        size = path.stat().st_size
        dest, raw_dest = folder / "backups", folder / "raw"
        raw_dest.mkdir()
        count = iter(range(10_000))
        ours = _median_s(lambda: backup.backup_now(path, dest, clock, reason="timer",
                                                   keep=3))
        raw = _median_s(lambda: _raw_backup(path, raw_dest, next(count)))

        db = open_database(path)
        quiet = _desk(db, clock, rest[:DESK_ISSUES])
        stop = threading.Event()
        taken = [0]

        def keep_backing_up() -> None:
            while not stop.is_set():
                backup.backup_now(path, dest, clock, reason="timer", keep=3)
                taken[0] += 1

        worker = threading.Thread(target=keep_backing_up)
        worker.start()
        try:
            busy = _desk(db, clock, rest[DESK_ISSUES:2 * DESK_ISSUES])
        finally:
            stop.set()
            worker.join()

        (folder / "stick").mkdir()
        with db.transaction() as s:  # a preliminary export waits for the count to start
            phases.close_voting(s, clock, "c1")
            cancel = {e.contest_id: e.to_cancel for e in counting.expected(s)}
            counting.record_step(s, clock, "c1", counting.CANCEL, cancel)
        with db.transaction() as s:
            bundle = export.prepare(s, clock, path, preliminary=True)
        result = export.write(bundle, folder / "stick")
        db.dispose()
        verified = verify.verify_folder(result.path)
        assert verified.ok and _raw_verify(result.path)
        ours_verify = _median_s(lambda: verify.verify_folder(result.path))
        raw_verify = _median_s(lambda: _raw_verify(result.path))

    print(f"backups of a {DEFAULT_VOTERS:,}-voter station, {ISSUED:,} ballots issued "
          f"({size / 1e6:.1f} MB, files under {base}):")
    print(f"  precinct backup_now (checked, .sha256, renamed)  {ours * 1000:8.1f} ms")
    print(f"  raw: backup API + integrity_check + fsync        {raw * 1000:8.1f} ms")
    print(f"  ratio {ours / raw:.2f}x")
    print(f"  the desk while backups run back to back ({taken[0]} backups during "
          f"{DESK_ISSUES} issues, ms):")
    print(f"    no backup running   p50 {_p(quiet, .5):6.2f}  p99 {_p(quiet, .99):6.2f}")
    print(f"    backups running     p50 {_p(busy, .5):6.2f}  p99 {_p(busy, .99):6.2f}")
    print(f"    ratio p50 {_p(busy, .5) / _p(quiet, .5):.2f}x, "
          f"p99 {_p(busy, .99) / _p(quiet, .99):.2f}x")
    print(f"verify of an export folder ({len(verified.checks)} checks):")
    print(f"  precinct verify_folder                  {ours_verify * 1000:8.1f} ms")
    print(f"  raw: SHA-256 of every file + signature  {raw_verify * 1000:8.1f} ms")
    print(f"  ratio {ours_verify / raw_verify:.2f}x (precinct also re-chains the audit log,"
          " recomputes the codes and the control ratios, and compares the CSV files)")
