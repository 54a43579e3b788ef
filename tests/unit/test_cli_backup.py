"""``precinct backup``, ``precinct restore BACKUP`` and ``precinct paper-list``."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from precinct_app.db import open_database
from precinct_app.services import audit
from tests.cli_fixtures import Cli

# SQLite backups (the server's: test_server_backup.py)
pytestmark = pytest.mark.sqlite_only

NOW = "2024-10-06T09:00:00+05:00"
CHAIR = ("--member", "c1", "--yes")  # the chair restores, confirmed beforehand


@pytest.fixture
def station(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> str:
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = str(tmp_path / "st.sqlite3")
    assert cli("--db", db, "demo", "--voters", "10")[0] == 0
    assert cli("--db", db, "day", "open", "--member", "c1")[0] == 0
    assert cli("--db", db, "issue", "1", "--member", "c4")[0] == 0
    return db


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_then_restore_round_trip(
    station: str, tmp_path: Path, cli: Cli
) -> None:
    db = Path(station)
    code, out, err = cli("--db", station, "backup")
    assert code == 0, err
    written = tmp_path / "backups" / "st_20241006T090000_manual.sqlite3"
    assert f"backup written and checked: {written}" in out
    assert "phase: voting open; last audit event" in out
    _, head_out, _ = cli("--db", station, "audit", "verify")
    # The day goes on after the backup, then the station is restored from it.
    assert cli("--db", station, "issue", "2", "--member", "c4")[0] == 0
    key_before = _sha(Path(f"{db}.key"))
    code, out, err = cli("--db", station, "restore", str(written), *CHAIR)
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == f"restored {written} as the station database {db}"
    assert lines[1].startswith("phase: voting open; last audit event ")
    assert lines[2] == f"the database it replaced is kept as {db}.replaced-20241006T090000"
    assert Path(f"{db}.replaced-20241006T090000").exists()
    assert _sha(Path(f"{db}.key")) == key_before
    _, after_out, _ = cli("--db", station, "audit", "verify")
    before = int(head_out.split()[3])  # "audit log intact: N events, ..."
    assert after_out.startswith(f"audit log intact: {before + 1} events")  # + the restore
    reopened = open_database(db)
    try:
        with reopened.reading() as s:
            events = list(audit.iter_events(s))
    finally:
        reopened.dispose()
    assert events[-1].action == "backup.restored"
    assert json.loads(events[-1].payload)["backup"] == written.name
    assert events[-2].seq == before  # the backup's head, then the restore: nothing between
    code, _, err = cli("--db", station, "issue", "2", "--member", "c4")
    assert code == 0, err  # no. 2's later ballot is not in the restored station


def test_backup_list_and_keep(
    station: str, tmp_path: Path, cli: Cli
) -> None:
    stick = tmp_path / "stick"
    for _ in range(3):
        assert cli("--db", station, "backup", "--to", str(stick), "--keep", "2")[0] == 0
    code, out, _ = cli("--db", station, "backup", "--list", "--to", str(stick))
    assert code == 0
    lines = out.strip().splitlines()
    assert [line.split()[0] for line in lines] == [
        "st_20241006T090000_manual_3.sqlite3", "st_20241006T090000_manual_2.sqlite3"]
    assert all("  ok  phase: voting open" in line for line in lines)
    with (stick / "st_20241006T090000_manual_2.sqlite3").open("r+b") as fh:
        fh.seek(8192)
        fh.write(b"\xff" * 4096)
    _, out, _ = cli("--db", station, "backup", "--list", "--to", str(stick))
    assert "st_20241006T090000_manual_2.sqlite3  NOT USABLE: the backup" in out


def test_restore_refuses_a_bad_backup_with_one_line(
    station: str, tmp_path: Path, cli: Cli
) -> None:
    db = Path(station)
    assert cli("--db", station, "backup")[0] == 0
    written = next((tmp_path / "backups").glob("*.sqlite3"))
    data = bytearray(written.read_bytes())
    middle = len(data) // 2  # flipped, not zeroed: the middle may be free (zero) space
    data[middle: middle + 64] = bytes(b ^ 0xFF for b in data[middle: middle + 64])
    written.write_bytes(bytes(data))
    before = _sha(db)
    code, out, err = cli("--db", station, "restore", str(written), *CHAIR)
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        f"the backup {written} is damaged: its contents no longer match its checksum"]
    assert _sha(db) == before and not list(tmp_path.glob("st.sqlite3.replaced-*"))
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello", encoding="utf-8")
    code, _, err = cli("--db", station, "restore", str(not_a_backup), *CHAIR)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    missing = str(tmp_path / "missing.sqlite3")
    code, _, err = cli("--db", station, "restore", missing, *CHAIR)
    assert code == 1 and err.strip() == f"there is no backup file at {tmp_path / 'missing.sqlite3'}"


def test_paper_list_writes_the_pdf(
    station: str, tmp_path: Path, cli: Cli
) -> None:
    out_file = tmp_path / "paper.pdf"
    code, out, err = cli("--db", station, "paper-list", "--out", str(out_file),
                          "--lang", "en")
    assert code == 0, err
    assert out.strip() == str(out_file)
    text = " ".join(p.extract_text() or "" for p in PdfReader(out_file).pages)
    assert "Voter list: ballot issuance marks" in text
    assert "09:00 · in the premises" in text and "TRAINING" in text
