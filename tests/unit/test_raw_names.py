"""A package or backup whose file name is not UTF-8 (a stick from another system, or a
hostile one; issue 12 s. 2): ``init`` and ``restore`` work or refuse, never a traceback.

Before, the raw name went into the audit event (``station.created``'s source,
``backup.restored``'s backup), whose hash could not encode it, and a refusal naming it
could not be printed. The CLI runs as a subprocess: its real, UTF-8 stderr is the point.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from precinct_app.resources import resource_path
from precinct_app.services import backup
from precinct_app.services.clock import Clock
from reliability.stations import EVENING, signed_station

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX byte names")
RAW = b"\xff\xfe-\x1b[31m"  # not UTF-8, and a terminal escape


def _cli(cwd: Path, *argv: str | bytes) -> subprocess.CompletedProcess[str]:
    # The demo chair's PIN, as a scripted station gives it (docs/formats.md §7).
    env = {**os.environ, "PRECINCT_LANG": "en", "PRECINCT_PIN": "1234"}
    return subprocess.run([sys.executable, "-m", "precinct_app.cli", *argv], cwd=cwd, env=env,
                          capture_output=True, text=True, errors="replace", timeout=120,
                          check=False)


def _payload(db_path: Path, action: str) -> str:
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT payload FROM audit_event WHERE action = ? ORDER BY seq DESC",
                           (action,)).fetchone()
    conn.close()
    return str(row[0])


def test_a_package_zip_with_a_raw_name_makes_the_station(tmp_path: Path) -> None:
    archive = bytes(tmp_path) + b"/" + RAW + b"package.zip"
    with zipfile.ZipFile(os.fsdecode(archive), "w") as out:
        out.write(resource_path("demo/election.json"), "election.json")
    station = tmp_path / "station.sqlite3"
    done = _cli(tmp_path, "--db", str(station), "init", archive)
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert '"source":"\\\\xff\\\\xfe-\\\\u001b[31mpackage.zip"' in _payload(
        station, "station.created")
    assert _cli(tmp_path, "--db", str(station), "audit", "verify").returncode == 0


@pytest.mark.sqlite_only
def test_a_backup_with_a_raw_name_is_restored_and_a_missing_one_named(tmp_path: Path) -> None:
    station = tmp_path / "station.sqlite3"
    signed_station(station)
    made = backup.backup_now(station, tmp_path / "stick", Clock(fixed=EVENING), reason="manual")
    raw = bytes(made.path.parent) + b"/" + RAW + made.path.name.encode()
    shutil.move(made.path, os.fsdecode(raw))
    done = _cli(tmp_path, "--db", str(station), "restore", raw, "--member", "c1", "--yes")
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert "\\\\xff\\\\xfe-\\\\u001b[31m" in _payload(station, "backup.restored")
    missing = bytes(tmp_path) + b"/" + RAW + b"nothere.sqlite3"
    done = _cli(tmp_path, "--db", str(station), "restore", missing, "--member", "c1", "--yes")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "there is no backup file at" in last and "nothere.sqlite3" in last
