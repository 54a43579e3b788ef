"""Backups of a station on the station server: a pg_dump checked by restoring it into a
scratch database and verifying its audit chain there; the names and rotation of the SQLite
backups; a server backup made a single-laptop SQLite station again (issue 15)."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from precinct_app.db import Database, open_server_database
from precinct_app.messages import text
from precinct_app.models import Voter
from precinct_app.services import audit, backup, issuance, laptop, phases, server_backup
from precinct_app.services.backup import BackupError
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from tests import pg
from tests.cli_fixtures import Cli

pytestmark = pytest.mark.postgresql_itself

needs_pg = pytest.mark.skipif(pg.pg_bin_dir() is None,
                              reason="PostgreSQL server binaries are not installed")

MORNING = dt.datetime.fromisoformat("2024-10-06T09:00:00+05:00")


def _station(tmp_path: Path, voters: int = 20) -> tuple[Database, server_backup.ServerTarget]:
    """A demo station on its own database of the test cluster, voting open, 3 ballots."""
    made = pg.cluster()
    name = made.new_database()
    database = open_server_database(made.url(name))
    clock = Clock(fixed=MORNING)
    build_demo(database, clock, db_path=tmp_path / "st.sqlite3", voters=voters)
    with database.transaction() as s:
        phases.open_voting(s, clock, "c1")
        for list_no in (1, 2, 3):
            issuance.issue(s, clock, list_no, "npp", "c4")
    target = server_backup.ServerTarget(
        {"host": "127.0.0.1", "port": str(made.port), "user": pg.SUPERUSER, "dbname": name},
        "st")
    return database, target


def _scratch_left() -> list[str]:
    with pg.cluster().admin() as conn:
        rows = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                            (server_backup.SCRATCH_PREFIX + "%",)).fetchall()
    return [r[0] for r in rows]


@needs_pg
def test_a_backup_is_a_checked_dump_named_as_on_one_laptop(tmp_path: Path) -> None:
    database, target = _station(tmp_path)
    with database.reading() as s:
        head = audit.head(s)
    result = server_backup.backup_now(target, tmp_path / "stick", Clock(fixed=MORNING),
                                      reason="manual")
    assert result.path == tmp_path / "stick" / "st_20241006T090000_manual.dump"
    assert (result.audit_seq, result.audit_hash) == (head.seq, head.hash)
    assert result.phase == "voting_open"
    assert result.path.read_bytes()[:5] == b"PGDMP"
    assert oct(result.path.stat().st_mode & 0o777) == "0o600"  # it holds the voters' IINs
    sidecar = Path(f"{result.path}.sha256").read_text("ascii")
    assert sidecar.endswith(f"  {result.path.name}\n")
    assert sorted(p.name for p in (tmp_path / "stick").iterdir()) == [
        result.path.name, f"{result.path.name}.sha256"]  # no temp file left
    check = server_backup.check_dump(target, result.path)
    assert check.ok and check.checksum is True
    assert (check.audit_seq, check.audit_hash, check.precinct_number) == (
        head.seq, head.hash, "164")
    assert _scratch_left() == []  # every scratch database dropped
    database.dispose()


@needs_pg
def test_rotation_keeps_the_newest_and_each_phase_milestone(tmp_path: Path) -> None:
    database, target = _station(tmp_path, voters=5)
    dest = tmp_path / "stick"
    clock = Clock(fixed=MORNING)
    server_backup.backup_now(target, dest, clock, reason="phase-voting-open")
    for _ in range(3):
        last = server_backup.backup_now(target, dest, clock, reason="timer", keep=2)
    names = [b.path.name for b in server_backup.list_backups(dest, "st")]
    # The same second (a fixed clock) numbers them on; the milestone outlives keep=2.
    assert names == ["st_20241006T090000_timer_4.dump", "st_20241006T090000_timer_3.dump",
                     "st_20241006T090000_phase-voting-open.dump"]
    assert last.removed == (dest / "st_20241006T090000_timer_2.dump",)
    assert not (dest / "st_20241006T090000_timer_2.dump.sha256").exists()
    database.dispose()


@needs_pg
def test_a_dump_whose_chain_does_not_verify_is_reported_not_kept(tmp_path: Path) -> None:
    database, target = _station(tmp_path, voters=5)
    dest = tmp_path / "stick"
    good = server_backup.backup_now(target, dest, Clock(fixed=MORNING), reason="timer")
    with psycopg.connect(**target.conninfo, autocommit=True) as conn:  # type: ignore[arg-type]
        conn.execute("UPDATE audit_event SET actor = 'c9' WHERE seq = 3")  # history rewritten
    with pytest.raises(BackupError) as caught:
        server_backup.backup_now(target, dest, Clock(fixed=MORNING), reason="timer")
    assert caught.value.code == "backup_copy_damaged"
    said = text(caught.value.code, "en", **caught.value.params)
    assert "backup_audit_broken seq=3 hash_mismatch" in said
    # Nothing half-written, the earlier good backup and its sum kept as they were.
    assert sorted(p.name for p in dest.iterdir()) == [good.path.name, f"{good.path.name}.sha256"]
    assert _scratch_left() == []
    database.dispose()


@needs_pg
def test_a_scratch_database_left_by_a_killed_backup_is_dropped(tmp_path: Path) -> None:
    database, target = _station(tmp_path, voters=5)
    old = f"{server_backup.SCRATCH_PREFIX}{int(time.time()) - 7200}_deadbeef"
    with pg.cluster().admin() as conn:
        conn.execute(f'CREATE DATABASE "{old}"')
    server_backup.backup_now(target, tmp_path / "stick", Clock(fixed=MORNING), reason="timer")
    assert _scratch_left() == []
    database.dispose()


@needs_pg
def test_a_damaged_or_foreign_file_fails_its_check(tmp_path: Path) -> None:
    database, target = _station(tmp_path, voters=5)
    result = server_backup.backup_now(target, tmp_path, Clock(fixed=MORNING), reason="manual")
    data = result.path.read_bytes()
    result.path.write_bytes(data[: len(data) * 2 // 3])  # the stick pulled out mid-copy
    assert server_backup.check_dump(target, result.path).code == "backup_checksum_mismatch"
    Path(f"{result.path}.sha256").unlink()  # copied by hand without its sum: restore tells
    damaged = server_backup.check_dump(target, result.path)
    assert not damaged.ok and damaged.code == "backup_damaged"
    assert "pg_restore" in text(damaged.code, "en", **damaged.params)
    other = tmp_path / "notes.dump"
    other.write_text("not a dump", "utf-8")
    assert server_backup.check_dump(target, other).code == "server_backup_not_dump"
    assert _scratch_left() == []
    database.dispose()


@needs_pg
def test_an_unreachable_server_is_said_and_nothing_written(tmp_path: Path) -> None:
    target = server_backup.ServerTarget({"host": "127.0.0.1", "port": str(pg.free_port()),
                                         "user": "nobody", "dbname": "precinct",
                                         "connect_timeout": "2"}, "st")
    with pytest.raises(BackupError) as caught:
        server_backup.backup_now(target, tmp_path / "stick", Clock(), reason="timer")
    assert caught.value.code == "server_backup_unreachable"
    assert list((tmp_path / "stick").iterdir()) == []


def test_no_password_on_a_command_line() -> None:
    env = server_backup.pg_env({"host": "h", "port": "5", "user": "u", "password": "s3cret",
                                "dbname": "d", "sslmode": "verify-ca", "ignored": "x"})
    assert env == {"PGHOST": "h", "PGPORT": "5", "PGUSER": "u", "PGPASSWORD": "s3cret",
                   "PGDATABASE": "d", "PGSSLMODE": "verify-ca"}


@pytest.mark.sqlite_only  # makes a SQLite file, which the PostgreSQL run would redirect
@needs_pg
def test_a_server_backup_becomes_a_single_laptop_station(tmp_path: Path) -> None:
    database, target = _station(tmp_path)
    result = server_backup.backup_now(target, tmp_path / "stick", Clock(fixed=MORNING),
                                      reason="timer")
    database.dispose()
    out = tmp_path / "laptop" / "station.sqlite3"
    made = server_backup.to_sqlite(target, result.path, out, member="c1",
                                   clock=Clock(fixed=MORNING))
    check = backup.check_backup(out)  # the SQLite station's own full check
    assert check.ok, check
    assert check.audit_seq == result.audit_seq + 1 == made.audit_seq
    assert check.last_action == "backup.restored"
    from precinct_app.db import open_database

    one = open_database(out)
    with one.reading() as s:
        assert s.scalar(select(func.count()).select_from(Voter)) == 20
        assert issuance.issued_counts(s, "npp").total == 3
        events = list(audit.iter_events(s))
    restored = json.loads(events[-1].payload)
    assert restored["backup"] == result.path.name and restored["database_was"] == "missing"
    # The day goes on on one laptop: the next ballot, the chain still one line.
    with one.transaction() as s:
        issuance.issue(s, Clock(fixed=MORNING), 4, "npp", "c4")
    with one.reading() as s:
        assert audit.verify_chain(s).ok
    one.dispose()
    with pytest.raises(BackupError) as caught:  # never over an existing station
        server_backup.to_sqlite(target, result.path, out)
    assert caught.value.code == "server_backup_out_exists"


@pytest.mark.sqlite_only
@needs_pg
def test_only_the_chair_turns_a_server_backup_into_a_station(tmp_path: Path) -> None:
    database, target = _station(tmp_path, voters=5)
    result = server_backup.backup_now(target, tmp_path, Clock(fixed=MORNING), reason="timer")
    database.dispose()
    out = tmp_path / "one.sqlite3"
    with pytest.raises(BackupError) as caught:
        server_backup.to_sqlite(target, result.path, out, member="c4")
    assert caught.value.code == "restore_not_chair"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".one", "one"))) == []


def test_on_a_desk_backups_are_the_servers_job(tmp_path: Path, cli: Cli) -> None:
    laptop.save(laptop.Laptop(role=laptop.DESK, desk="desk 2", servers=("127.0.0.1:5999",),
                              user="u", password="p"))
    code, _out, err = cli("--db", str(tmp_path / "st.sqlite3"), "backup")
    assert code != 0
    assert "this laptop is not the station server" in err
    assert "backups are taken on the server laptop" in err
    assert "Traceback" not in err


@needs_pg
def test_server_backup_cli_on_the_server_laptop(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, target = _station(tmp_path, voters=5)
    database.dispose()
    here = laptop.Laptop(role=laptop.SERVER, desk="server", servers=("127.0.0.1:1",),
                         cluster=str(tmp_path / "data" / "server"),
                         moved_from=str(tmp_path / "st.sqlite3"))
    laptop.save(here)
    monkeypatch.setattr(server_backup, "target_for", lambda _l: target)
    monkeypatch.setenv("PRECINCT_NOW", MORNING.isoformat())
    code, out, err = cli("--db", str(tmp_path / "st.sqlite3"), "backup")
    assert code == 0, err
    written = tmp_path / "data" / "backups" / "st_20241006T090000_manual.dump"
    assert f"backup written and checked: {written}" in out
    code, out, err = cli("--db", str(tmp_path / "st.sqlite3"), "backup", "--list")
    assert code == 0, err
    assert out.startswith(f"{written.name}  ok  phase: voting open")
    assert os.path.exists(f"{written}.sha256")


@pytest.mark.sqlite_only
@needs_pg
def test_cli_restore_of_a_server_backup_on_a_laptop_without_a_server(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server laptop died, no standby: the last backup on the stick becomes a station on
    a single laptop (a throwaway cluster of its own restores it), the chair's PIN proven."""
    database, target = _station(tmp_path, voters=5)
    result = server_backup.backup_now(target, tmp_path / "stick", Clock(fixed=MORNING),
                                      reason="timer")
    database.dispose()
    monkeypatch.setenv("PRECINCT_NOW", MORNING.isoformat())
    new = tmp_path / "laptop" / "station.sqlite3"
    code, _out, err = cli("--db", str(new), "restore", str(result.path), "--member", "c4",
                          "--yes")
    assert code != 0 and "Traceback" not in err and not new.exists()
    code, out, err = cli("--db", str(new), "restore", str(result.path), "--member", "c1",
                         "--yes")
    assert code == 0, err
    assert out.splitlines()[0] == (f"the server backup {result.path} is now the "
                                   f"single-laptop station {new}")
    code, out, err = cli("--db", str(new), "issue", "4", "--member", "c4")
    assert code == 0, err
    code, out, _err = cli("--db", str(new), "audit", "verify")
    assert code == 0 and out.startswith("audit log intact")
