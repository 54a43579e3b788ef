"""Updates and data: a newer bundle migrates an older station's database and keeps its data;
an older bundle refuses a newer database, in words, and leaves the file as it was.

The databases are made with the source checkout (this test's own Python), as a station
made by an earlier release would be: the demo station built, voting opened, a ballot
issued, then taken down to an earlier schema revision with the migrations' own
``downgrade`` (the tables those revisions added are dropped, every other row stays).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from alembic import command
from conftest import OUT, Installed
from desktop import Desktop

from precinct_app import db as dbmod
from precinct_app.services import issuance, phases, voters
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo

OLDER = "0008"  # before the boxes, absentee certificates and paper entries (0009, 0010)
FUTURE = "0099_from_a_newer_precinct"
VOTERS = 300


def _station(path: Path) -> None:
    """A demo station (``VOTERS`` voters) on the voting day, voter No. 5 holding a ballot."""
    clock = Clock()
    database = dbmod.open_database(path, create=True)
    build_demo(database, clock, db_path=path, voters=VOTERS)
    with database.transaction() as s:
        phases.open_voting(s, clock, "c1")
    with database.transaction() as s:
        voter = voters.resolve(s, "5")
        issuance.issue(s, clock, voter.id, "npp", "c4")  # the demo's one contest
    database.dispose()


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stamp(path: Path, revision: str) -> None:
    """Stamp the schema as ``revision``; everything in the main file after, no -wal left
    beside it (the last connection closed), as after a clean shutdown."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def test_a_newer_bundle_migrates_an_older_station_and_keeps_its_data(
    installed: Installed, tmp_path: Path
) -> None:
    path = tmp_path / "older.sqlite3"
    _station(path)
    engine = dbmod.make_engine(path)
    command.downgrade(dbmod._alembic_config(engine), OLDER)
    engine.dispose()
    assert _revision(path) == OLDER
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "paper_entry" not in tables  # really the older schema

    done = installed.cli("--db", str(path), "turnout", "--json")
    issued = sum(int(c["issued"]) for c in json.loads(done.stdout)["contests"])
    on_list = max(int(c["on_list"]) for c in json.loads(done.stdout)["contests"])
    assert _revision(path) == dbmod.HEAD_REVISION  # migrated on opening
    assert (issued, on_list) == (1, VOTERS)  # the station's voters and its ballot kept
    assert "5" in installed.cli("--db", str(path), "voters", "find", "5").stdout
    audit = installed.cli("--db", str(path), "audit", "verify").stdout
    assert "intact" in audit, audit


def test_an_older_bundle_refuses_a_newer_database_and_leaves_it_unchanged(
    installed: Installed, desktop: Desktop, tmp_path: Path
) -> None:
    path = tmp_path / "newer.sqlite3"
    _station(path)
    _stamp(path, FUTURE)
    before = _sha(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    done = installed.cli("--db", str(path), "turnout", "--json", check=False)
    assert done.returncode != 0
    said = done.stdout + done.stderr
    assert f"made by a newer version of Precinct (schema {FUTURE})" in said, said
    assert "Traceback" not in said
    assert _sha(path) == before and sorted(p.name for p in tmp_path.iterdir()) == files_before

    # The window says the same (in the laptop's language: Kazakh on a first start).
    app = desktop.launch(installed.app_args("--db", str(path)), installed.env,
                         OUT / "app-newer-db.log")
    window = desktop.wait_window("Precinct", 120)
    desktop.settle()
    desktop.shot("01-newer-database-refused")
    assert app.poll() is None  # the message waits for the member
    desktop.focus(window)
    desktop.key("Return")
    deadline = time.monotonic() + 30
    while app.poll() is None:
        assert time.monotonic() < deadline, "the app did not end after its message"
        time.sleep(0.1)
    assert app.returncode == 1
    log = (OUT / "app-newer-db.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log, log
    assert _sha(path) == before and sorted(p.name for p in tmp_path.iterdir()) == files_before

