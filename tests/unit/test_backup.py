"""Backups: written with the backup API while issuing goes on, kept, checked, restored."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from precinct_app.db import Database, open_database
from precinct_app.services import audit, backup, issuance, keys, phases
from precinct_app.services.backup import BackupError
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo

# The SQLite file's own behaviour (its backup API, WAL, file modes, kills on the file).
pytestmark = pytest.mark.sqlite_only

VOTERS = 300


def _at(hhmm: str) -> Clock:
    return Clock(fixed=dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(path: Path) -> tuple[int, int]:
    """Issuance rows and ballot.issued events in a backup (read-only)."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT count(*) FROM issuance").fetchone()[0]
        events = conn.execute(
            "SELECT count(*) FROM audit_event WHERE action = 'ballot.issued'"
        ).fetchone()[0]
    conn.close()
    return rows, events


def _head(db: Database) -> audit.AuditHead:
    with db.reading() as s:
        return audit.head(s)


def _issue(db: Database, first: int, last: int, hhmm: str = "10:00") -> None:
    for voter_id in range(first, last + 1):
        with db.transaction() as s:
            issuance.issue(s, _at(hhmm), voter_id, "npp", "c4")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[tuple[Path, Database]]:
    """A demo station in a file (300 voters), voting open, 5 ballots issued."""
    path = tmp_path / "data" / "station.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, _at("06:00"), db_path=path, voters=VOTERS)
    with db.transaction() as s:
        phases.open_voting(s, _at("07:00"), "c1")
    _issue(db, 1, 5, "09:00")
    yield path, db
    db.dispose()


def test_a_backup_of_the_demo_station_passes_its_check(
    station: tuple[Path, Database], tmp_path: Path
) -> None:
    path, db = station
    dest = tmp_path / "stick"
    result = backup.backup_now(path, dest, _at("09:30"), reason="timer")
    assert result.path == dest / "station_20241006T093000_timer.sqlite3"
    assert sorted(os.listdir(dest)) == [result.path.name, result.path.name + ".sha256"]
    check = backup.check_backup(result.path)
    assert check.ok, check
    assert check.checksum is True
    assert (check.phase, check.election_id, check.precinct_number) == (
        "voting_open", "KZ-2024-10-06-REF", "164")
    assert (check.audit_seq, check.audit_hash) == (_head(db).seq, _head(db).hash)
    assert (result.audit_seq, result.phase) == (check.audit_seq, "voting_open")
    assert check.last_action == "ballot.issued" and check.last_event_local() == "09:00"
    assert _counts(result.path) == (5, 5)
    # The private key never leaves the data folder.
    key_pem = keys.key_path_for(path).read_bytes()
    assert key_pem not in result.path.read_bytes()
    assert not any(name.endswith(".key") for name in os.listdir(dest))
    # A self-contained file: opened read-only it needs no -wal or -shm beside it.
    assert result.path.read_bytes()[18:20] == b"\x01\x01"


def test_backups_taken_while_issuing_are_each_a_consistent_snapshot(
    station: tuple[Path, Database], tmp_path: Path
) -> None:
    path, _db = station
    dest = tmp_path / "stick"
    errors: list[BaseException] = []
    started = threading.Event()

    def writer() -> None:
        own = open_database(path)  # a desk: its own connections, one transaction a ballot
        try:
            for voter_id in range(6, 206):
                with own.transaction() as s:
                    issuance.issue(s, _at("10:00"), voter_id, "npp", "c5")
                started.set()
                time.sleep(0.002)
        except BaseException as exc:  # reported to the main thread
            errors.append(exc)
        finally:
            started.set()
            own.dispose()

    thread = threading.Thread(target=writer)
    thread.start()
    started.wait(10)
    taken: list[Path] = []
    while thread.is_alive() or len(taken) < 3:
        taken.append(backup.backup_now(path, dest, _at("10:05"), reason="timer",
                                       keep=1000).path)
    thread.join()
    assert errors == []
    seen = set()
    for item in taken:
        check = backup.check_backup(item)
        assert check.ok, (item.name, check.code, check.params)
        rows, events = _counts(item)
        assert rows == events  # each issuance with its audit event, never one without
        assert check.audit_seq == check.audit_events
        seen.add(rows)
    assert len(seen) >= 2, seen  # some backups really were taken mid-way
    assert any(5 < n < 205 for n in seen), seen
    # Every backup is there under its own name (same second: numbered on).
    assert len({p.name for p in taken}) == len(taken)
    assert all(p.exists() for p in taken)


def test_only_the_newest_backups_of_this_station_are_kept(
    station: tuple[Path, Database], tmp_path: Path
) -> None:
    path, _db = station
    dest = tmp_path / "stick"
    dest.mkdir()
    foreign = dest / "other_20241006T080000_timer.sqlite3"
    foreign.write_bytes(b"another station's backup")
    note = dest / "notes.txt"
    note.write_text("keep me", encoding="utf-8")
    made = [backup.backup_now(path, dest, _at(t), reason="timer", keep=3)
            for t in ("09:10", "09:20", "09:30", "09:30", "09:40", "09:40", "09:50")]
    left = backup.list_backups(dest, path)
    assert [b.path for b in left] == [m.path for m in reversed(made[-3:])]
    assert [(b.stamp, b.seq) for b in left] == [
        ("20241006T095000", 1), ("20241006T094000", 2), ("20241006T094000", 1)]
    assert made[-1].removed == (made[-4].path,)
    assert foreign.exists() and note.exists()
    for gone in made[:-3]:
        assert not gone.path.exists()
        assert not Path(str(gone.path) + ".sha256").exists()
    assert sorted(os.listdir(dest)) == sorted(
        [foreign.name, note.name, *(m.path.name for m in made[-3:]),
         *(m.path.name + ".sha256" for m in made[-3:])])


def _damage(path: Path, *, pages: int = 4) -> None:
    """Overwrite a few pages in the middle of the file with garbage."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek((size // 2) // 4096 * 4096)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(4096 * pages)))


def _db_state(path: Path) -> dict[str, str]:
    folder = path.parent
    return {name: _sha(folder / name) for name in sorted(os.listdir(folder))
            if (folder / name).is_file()}


@pytest.mark.parametrize("with_checksum", [True, False])
def test_a_damaged_backup_is_refused_and_restore_leaves_the_station_untouched(
    station: tuple[Path, Database], tmp_path: Path, with_checksum: bool
) -> None:
    path, db = station
    made = backup.backup_now(path, tmp_path / "stick", _at("09:30"), reason="timer")
    _damage(made.path)
    if not with_checksum:  # a copy made by hand has no .sha256: the structure is checked
        Path(str(made.path) + ".sha256").unlink()
    check = backup.check_backup(made.path)
    assert not check.ok
    assert check.code == ("backup_checksum_mismatch" if with_checksum else "backup_damaged")
    db.dispose()
    before = _db_state(path)
    with pytest.raises(BackupError) as refused:
        backup.restore(made.path, path, member="c1", clock=_at("11:00"))
    assert refused.value.code == check.code
    assert _db_state(path) == before  # nothing moved aside, no temp file, same bytes
    assert backup.database_health(path) == "ok"


def test_restore_makes_the_backup_the_station_and_keeps_the_old_one(
    station: tuple[Path, Database], tmp_path: Path
) -> None:
    path, db = station
    made = backup.backup_now(path, tmp_path / "stick", _at("09:30"), reason="phase-open")
    at_backup = _head(db)
    _issue(db, 6, 20, "10:30")  # the day goes on after the backup...
    later = _head(db)
    assert later.seq == at_backup.seq + 15
    key_file = keys.key_path_for(path)
    key_bytes, key_mode = key_file.read_bytes(), key_file.stat().st_mode
    db.dispose()  # ...then the laptop is restarted and the backup restored
    result = backup.restore(made.path, path, member="c1", clock=_at("11:00"))
    assert result.replaced == path.with_name("station.sqlite3.replaced-20241006T110000")
    assert result.check.audit_seq == at_backup.seq and result.check.phase == "voting_open"
    assert (key_file.read_bytes(), key_file.stat().st_mode) == (key_bytes, key_mode)
    assert not list(path.parent.glob(".*tmp*"))
    reopened = open_database(path)
    try:
        with reopened.reading() as s:
            report = audit.verify_chain(s)
            events = list(audit.iter_events(s))
        # The backup's events, not mixed with the old WAL, then the restore itself.
        assert report.ok and report.head.seq == at_backup.seq + 1
        assert (events[-2].seq, events[-2].hash) == (at_backup.seq, at_backup.hash)
        assert events[-1].action == "backup.restored"
        assert events[-1].actor == "c1"  # the chair who decided it
        assert json.loads(events[-1].payload) == {
            "backup": made.path.name, "backup_seq": at_backup.seq,
            "backup_hash": at_backup.hash, "database_was": "ok",
            "events_lost": 15, "lost": {"ballot.issued": 15}, "diverged": False}
    finally:
        reopened.dispose()
    assert _counts(path) == (5, 5)
    kept = backup.check_backup(result.replaced)
    assert kept.ok and (kept.audit_seq, kept.audit_hash) == (later.seq, later.hash)
    assert _counts(result.replaced) == (20, 20)


def test_restore_when_the_database_is_gone(station: tuple[Path, Database],
                                           tmp_path: Path) -> None:
    path, db = station
    made = backup.backup_now(path, tmp_path / "stick", _at("09:30"), reason="timer")
    head = _head(db)
    db.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    assert backup.database_health(path) == "missing"
    result = backup.restore(made.path, path, member="c1", clock=_at("11:00"))
    assert result.replaced is None
    assert backup.database_health(path) == "ok"
    assert result.check.audit_hash == head.hash
    assert keys.key_path_for(path).exists()  # the key beside it was never touched


def test_restore_refuses_another_stations_backup(tmp_path: Path,
                                                 station: tuple[Path, Database]) -> None:
    path, db = station
    made = backup.backup_now(path, tmp_path / "stick", _at("09:30"), reason="timer")
    db.dispose()
    elsewhere = tmp_path / "other" / "station.sqlite3"
    keys.create_key(keys.key_path_for(elsewhere))  # a different station's key
    with pytest.raises(BackupError) as refused:
        backup.restore(made.path, elsewhere, member="c1", clock=_at("11:00"))
    assert refused.value.code == "restore_key_mismatch"
    assert not elsewhere.exists()
    with pytest.raises(BackupError) as itself:
        backup.restore(path, path, member="c1")
    assert itself.value.code == "restore_onto_itself"


def test_a_failed_backup_leaves_nothing_under_a_final_name(
    station: tuple[Path, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _db = station
    dest = tmp_path / "stick"
    first = backup.backup_now(path, dest, _at("09:00"), reason="timer")
    real_check = backup.check_backup

    def failing(p: Path) -> backup.BackupCheck:
        return backup.BackupCheck(Path(p), False, "backup_damaged", {"detail": "test"})

    monkeypatch.setattr(backup, "check_backup", failing)
    with pytest.raises(BackupError) as refused:
        backup.backup_now(path, dest, _at("09:10"), reason="timer")
    assert refused.value.code == "backup_copy_damaged"
    monkeypatch.setattr(backup, "check_backup", real_check)
    assert sorted(os.listdir(dest)) == [first.path.name, first.path.name + ".sha256"]

    monkeypatch.setattr(backup.shutil, "disk_usage",
                        lambda _p: shutil._ntuple_diskusage(100, 90, 10))  # a full stick
    with pytest.raises(BackupError) as full:
        backup.backup_now(path, dest, _at("09:20"), reason="timer")
    assert full.value.code == "backup_no_space"
    assert sorted(os.listdir(dest)) == [first.path.name, first.path.name + ".sha256"]
    assert backup.check_backup(first.path).ok

    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(BackupError) as unusable:
        backup.backup_now(path, not_a_folder, _at("09:30"), reason="timer")
    assert unusable.value.code == "backup_dest_unusable"
    with pytest.raises(BackupError) as missing:
        backup.backup_now(tmp_path / "none.sqlite3", dest, _at("09:30"), reason="timer")
    assert missing.value.code == "backup_source_missing"


def test_database_health(station: tuple[Path, Database], tmp_path: Path) -> None:
    path, db = station
    assert backup.database_health(path) == "ok"
    assert backup.database_health(tmp_path / "nothing.sqlite3") == "missing"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert backup.database_health(empty) == "missing"
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert backup.database_health(garbage) == "damaged"
    db.dispose()
    copy = backup.backup_now(path, tmp_path / "stick", _at("09:30"), reason="timer").path
    _damage(copy)
    assert backup.database_health(copy) == "damaged"


def test_backup_reasons_become_safe_names() -> None:
    assert backup.reason_slug("phase voting_open") == "phase-voting-open"
    assert backup.reason_slug("Таймер") == "manual"
    assert backup.backup_prefix(Path("/x/DEMO-KZ 2024.sqlite3")) == "DEMO-KZ_2024"


def test_an_old_wal_goes_aside_with_the_database_it_belongs_to(
    station: tuple[Path, Database], tmp_path: Path
) -> None:
    path, db = station
    made = backup.backup_now(path, tmp_path / "stick", _at("09:30"), reason="timer")
    at_backup = _head(db)
    _issue(db, 6, 30, "10:30")
    wal = Path(f"{path}-wal")
    crashed_wal = wal.read_bytes()  # the laptop dies with ballots still in the WAL...
    assert len(crashed_wal) > 0
    db.dispose()
    wal.write_bytes(crashed_wal)
    with path.open("r+b") as fh:  # ...and the database file itself is damaged
        fh.write(b"\0" * 100)
    assert backup.database_health(path) == "damaged"
    result = backup.restore(made.path, path, member="c1", clock=_at("11:00"))
    assert result.replaced is not None
    assert Path(f"{result.replaced}-wal").read_bytes() == crashed_wal  # kept with its file
    assert not wal.exists()
    assert _counts(path) == (5, 5)  # the restored station never sees the old WAL
    reopened = open_database(path)
    try:
        with reopened.reading() as s:
            assert audit.verify_chain(s).ok
            restored = list(audit.iter_events(s))[-1]
        assert _head(reopened).seq == at_backup.seq + 1
        assert json.loads(restored.payload)["database_was"] == "damaged"
    finally:
        reopened.dispose()


def test_restore_refuses_when_the_key_beside_the_database_is_unreadable(
    station: tuple[Path, Database], tmp_path: Path
) -> None:
    path, db = station
    made = backup.backup_now(path, tmp_path / "stick", _at("09:30"), reason="timer")
    db.dispose()
    elsewhere = tmp_path / "other" / "station.sqlite3"
    elsewhere.parent.mkdir()
    keys.key_path_for(elsewhere).write_text("not a key", encoding="utf-8")
    with pytest.raises(BackupError) as refused:
        backup.restore(made.path, elsewhere, member="c1", clock=_at("11:00"))
    assert refused.value.code == "restore_key_unreadable"
    assert not elsewhere.exists()


def test_restore_refuses_to_replace_another_station(
    station: tuple[Path, Database], tmp_path: Path
) -> None:
    path, db = station
    made = backup.backup_now(path, tmp_path / "stick", _at("09:30"), reason="timer")
    other_path = tmp_path / "other" / "station.sqlite3"
    other = open_database(other_path, create=True)
    build_demo(other, _at("06:00"), db_path=other_path, voters=10)
    with other.transaction() as s:
        s.execute(text("UPDATE station SET precinct_number = '165'"))
    other.dispose()
    keys.key_path_for(other_path).unlink()  # so the key check does not answer first
    before = _sha(other_path)
    with pytest.raises(BackupError) as refused:
        backup.restore(made.path, other_path, member="c1", clock=_at("11:00"))
    assert refused.value.code == "restore_other_station"
    assert refused.value.params["current_precinct"] == "165"
    assert _sha(other_path) == before
    db.dispose()


def test_the_newest_backup_of_each_phase_change_is_kept_beyond_keep(
    station: tuple[Path, Database], tmp_path: Path
) -> None:
    path, _db = station
    dest = tmp_path / "stick"
    opened = backup.backup_now(path, dest, _at("07:00"), reason="phase-voting_open", keep=2)
    timed = [backup.backup_now(path, dest, _at(t), reason="timer", keep=2)
             for t in ("07:10", "07:20", "07:30")]
    closed = backup.backup_now(path, dest, _at("20:00"), reason="phase-voting_closed", keep=2)
    later = [backup.backup_now(path, dest, _at(t), reason="timer", keep=2)
             for t in ("20:10", "20:20", "20:30")]
    left = [b.path for b in backup.list_backups(dest, path)]
    # The two newest, then the milestones: voting opened, voting closed.
    assert left == [later[2].path, later[1].path, closed.path, opened.path]
    assert all(not t.path.exists() for t in timed)
    again = backup.backup_now(path, dest, _at("20:40"), reason="phase-voting_closed", keep=2)
    assert not closed.path.exists()  # one milestone per phase: the newest
    assert again.path in [b.path for b in backup.list_backups(dest, path)]


def test_the_health_check_of_a_crashed_station_never_folds_its_wal(
    station: tuple[Path, Database], tmp_path: Path
) -> None:
    path, db = station
    _issue(db, 6, 25, "10:30")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):  # the files as the power cut left them
        shutil.copyfile(f"{path}{suffix}", crashed / f"station.sqlite3{suffix}")
    wal = crashed / "station.sqlite3-wal"
    before = (wal.read_bytes(), (crashed / "station.sqlite3").read_bytes())
    assert len(before[0]) > 0
    assert backup.database_health(crashed / "station.sqlite3") == "ok"
    assert (wal.read_bytes(), (crashed / "station.sqlite3").read_bytes()) == before
    assert _counts(crashed / "station.sqlite3") == (25, 25)  # the WAL's ballots are there


def test_the_time_a_backup_was_taken_is_read_from_its_name(tmp_path: Path) -> None:
    taken = backup.taken_in_name(tmp_path / "station_20241006T093000_timer_2.sqlite3")
    assert taken == dt.datetime(2024, 10, 6, 9, 30)
    assert backup.taken_in_name(tmp_path / "copy-from-the-chair.sqlite3") is None
    assert backup.taken_in_name(tmp_path / "station_20241399T250000_timer.sqlite3") is None
