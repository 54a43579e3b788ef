"""A newer version meets a station an older one left: a copy first, then the migration;
an older version meets a newer station: refused, not a byte changed (docs/formats.md §9)."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from precinct_app.db import (
    BEFORE_UPGRADE_FOLDER,
    DatabaseError,
    _alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from precinct_app.services import audit, issuance, phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo

pytestmark = pytest.mark.sqlite_only  # a station file left by an older version


def _station_left_by_0009(path: Path) -> tuple[int, str]:
    """A demo station with a ballot, its schema taken back to revision 0009 (what the
    version before paper entries wrote); returns its audit head."""
    clock = Clock()
    db = open_database(path, create=True)
    build_demo(db, clock, db_path=path, voters=20)
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
        issuance.issue(s, clock, 7, "npp", "c4")
    with db.reading() as s:
        head = audit.head(s)
    db.dispose()
    engine = make_engine(path)
    command.downgrade(_alembic_config(engine), "0009")
    engine.dispose()
    return head.seq, head.hash


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_version_keeps_a_copy_then_migrates_and_keeps_every_record(
    tmp_path: Path,
) -> None:
    path = tmp_path / "station.sqlite3"
    seq, head_hash = _station_left_by_0009(path)
    db = open_database(path)
    assert current_revision(db.engine) == head_revision() != "0009"
    with db.reading() as s:
        assert audit.head(s).seq == seq and audit.verify_chain(s).ok
        assert s.execute(text("SELECT count(*) FROM issuance")).scalar() == 1
        assert s.execute(text("SELECT count(*) FROM paper_entry")).scalar() == 0
    db.dispose()
    copies = list((tmp_path / BEFORE_UPGRADE_FOLDER).iterdir())
    assert len(copies) == 1 and copies[0].name.startswith("station_schema-0009_")
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    with sqlite3.connect(f"{copies[0].as_uri()}?mode=ro", uri=True) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)
        assert old.execute("SELECT hash FROM audit_event ORDER BY seq DESC").fetchone() == (
            head_hash,)
    # Opened again at head: no second copy.
    open_database(path).dispose()
    assert len(list((tmp_path / BEFORE_UPGRADE_FOLDER).iterdir())) == 1


def test_no_migration_runs_when_the_copy_cannot_be_kept(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    _station_left_by_0009(path)
    (tmp_path / "backups").write_text("a file where the folder must go")
    before = _digest(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.code == "db_upgrade_copy_failed"
    assert str(tmp_path / BEFORE_UPGRADE_FOLDER) in info.value.params["path"]
    assert _digest(path) == before
    engine = make_engine(path)
    assert current_revision(engine) == "0009"
    engine.dispose()


def test_an_older_version_refuses_a_newer_station_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, Clock(), db_path=path, voters=5)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_future'"))
    db.dispose()
    before = _digest(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.code == "db_too_new"
    assert _digest(path) == before
    assert not (tmp_path / BEFORE_UPGRADE_FOLDER).exists()
