"""The window meets a station another version of Precinct left (docs/formats.md §9): an
older one's is kept as it was and upgraded; a newer one's is refused in the user's
language, not a byte changed, and no restore is offered for it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from precinct_app.db import BEFORE_UPGRADE_FOLDER, current_revision, head_revision, open_database
from precinct_app.messages import text
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.ui import app
from tests.unit.test_upgrade_copy import _station_left_by_0009

pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("qapp")]


def test_a_newer_station_is_refused_in_the_users_language_and_left_as_it_was(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, Clock(), db_path=path, voters=5)
    with db.engine.begin() as conn:
        conn.execute(sql("UPDATE alembic_version SET version_num = '0042_future'"))
    db.dispose()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    monkeypatch.setenv("PRECINCT_LANG", "kk")
    shown: list[str] = []
    monkeypatch.setattr(app, "show_fatal", shown.append)
    monkeypatch.setattr(app, "offer_restore", pytest.fail)  # not damaged: newer
    assert app.main(["--db", str(path)]) == 1
    assert shown == [text("db_too_new", "kk", revision="0042_future", known=head_revision())]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_an_older_station_opens_upgraded_with_its_copy_kept(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    _station_left_by_0009(path)
    monkeypatch.setattr(app, "show_fatal", pytest.fail)
    opened = app.open_station(app.build_context(["--db", str(path)]))
    try:
        assert current_revision(opened.engine) == head_revision()
    finally:
        opened.dispose()
    assert [p.name.split("_")[1] for p in (tmp_path / BEFORE_UPGRADE_FOLDER).iterdir()] == [
        "schema-0009"]
