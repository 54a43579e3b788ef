"""The window on a full station disk: it opens the station read-only and says so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from precinct_app import db as dbmod
from precinct_app import messages
from precinct_app.cli import main
from precinct_app.services import search
from precinct_app.ui import app


def test_a_full_disk_opens_read_only_and_says_what_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T09:00:00+05:00")
    path = tmp_path / "st.sqlite3"
    assert main(["--db", str(path), "demo", "--voters", "5"]) == 0
    capsys.readouterr()
    real = dbmod._sqlite_connect

    def full_disk(*_args: object, **_kwargs: object) -> dbmod.Database:
        raise OperationalError("PRAGMA journal_mode = WAL", None,
                               sqlite3.OperationalError("disk I/O error"))

    def refusing(uri: str) -> sqlite3.Connection:
        if "immutable=1" not in uri:  # no room for a -shm file
            raise sqlite3.OperationalError("disk I/O error")
        return real(uri)

    monkeypatch.setattr(app, "open_database", full_disk)
    monkeypatch.setattr(dbmod, "_sqlite_connect", refusing)
    shown: list[str] = []
    monkeypatch.setattr(app, "show_warning", shown.append)
    ctx = app.build_context(["--db", str(path)])
    db = app.open_station(ctx)
    try:
        assert db.read_only == "immutable"
        with db.reading() as session:  # the desk can still find a voter
            assert len(search.find_voters(session, "1", None)) >= 1
    finally:
        db.dispose()
    assert shown == [messages.text("disk_full_read_only", ctx.lang, path=path)]
    said = messages.text("disk_full_read_only", "en", path=path)
    assert "disk is full" in said and "paper list" in said
    assert "backup to a stick" in said and "another laptop" in said
