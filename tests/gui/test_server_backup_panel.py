"""The Backups panel on a station server: the server laptop takes checked dumps on the same
button and timer; a desk says the server takes them instead of failing (issue 15)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from precinct_app.db import open_server_database
from precinct_app.services import laptop, server_backup
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.ui.context import AppContext
from tests import pg

pytestmark = [
    pytest.mark.skipif(pg.pg_bin_dir() is None,
                                    reason="PostgreSQL server binaries are not installed"),
    pytest.mark.postgresql_itself,
]


def _on_server(ctx: AppContext, tmp_path: Path) -> server_backup.ServerTarget:
    made = pg.cluster()
    name = made.new_database()
    ctx.db = open_server_database(made.url(name))
    ctx.clock = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T09:00:00+05:00"))
    build_demo(ctx.db, ctx.clock, db_path=tmp_path / "st.sqlite3", voters=10)
    return server_backup.ServerTarget(
        {"host": "127.0.0.1", "port": str(made.port), "user": pg.SUPERUSER, "dbname": name},
        "st")


def test_a_desk_says_the_server_takes_the_backups(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from precinct_app.ui.backup_panel import BackupPanel, BackupScheduler

    _on_server(ctx, tmp_path)
    laptop.save(laptop.Laptop(role=laptop.DESK, desk="desk 2", servers=("127.0.0.1:1",)))
    scheduler = BackupScheduler(ctx)
    panel = BackupPanel(ctx, scheduler)
    qtbot.addWidget(panel)
    panel.show()
    assert "backups are taken on the server laptop" in panel.where.text()
    assert not panel.now_button.isVisible() and not panel.change_button.isVisible()
    assert panel.banner.kind == ""  # nothing failed: there is nothing to fail
    assert scheduler.request("timer") is False and scheduler.last_error == ""
    assert ctx.db is not None
    ctx.db.dispose()


def test_the_server_laptop_takes_a_checked_dump_from_the_panel(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from precinct_app.ui.backup_panel import BackupPanel, BackupScheduler

    target = _on_server(ctx, tmp_path)
    laptop.save(laptop.Laptop(role=laptop.SERVER, desk="server", servers=("127.0.0.1:1",),
                              cluster=str(tmp_path / "data" / "server")))
    monkeypatch.setattr(server_backup, "target_for", lambda _l: target)
    ctx.settings.backup_dir = str(tmp_path / "stick")
    scheduler = BackupScheduler(ctx)
    panel = BackupPanel(ctx, scheduler)
    qtbot.addWidget(panel)
    panel.now_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind != "", timeout=30_000)
    assert panel.banner.kind == "ok", panel.banner.text()
    [taken] = server_backup.list_backups(tmp_path / "stick", "st")
    assert taken.path.name == "st_20241006T090000_manual.dump"
    assert "Last backup: " + taken.path.name in panel.banner.text()
    assert ctx.db is not None
    ctx.db.dispose()


def test_the_server_takes_the_milestone_when_a_desk_changes_the_phase(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from precinct_app.services import phases
    from precinct_app.ui.backup_panel import BackupScheduler

    target = _on_server(ctx, tmp_path)
    laptop.save(laptop.Laptop(role=laptop.SERVER, desk="server", servers=("127.0.0.1:1",),
                              cluster=str(tmp_path / "data" / "server")))
    monkeypatch.setattr(server_backup, "target_for", lambda _l: target)
    ctx.settings.backup_dir = str(tmp_path / "stick")
    scheduler = BackupScheduler(ctx)
    scheduler.start()
    assert scheduler.phase_watch.isActive()
    scheduler._on_phase_watch_timeout()  # nothing changed: no backup
    assert scheduler.task is None
    # Desk 1 (its own connection) opens voting; the server's window did not do it.
    desk = open_server_database(pg.cluster().url(target.dbname), desk="desk 1")
    with desk.transaction() as s:
        phases.open_voting(s, ctx.clock, "c1")
    desk.dispose()
    scheduler._on_phase_watch_timeout()
    qtbot.waitUntil(lambda: scheduler.last is not None or scheduler.last_error != "",
                    timeout=30_000)
    assert scheduler.last_error == ""
    assert scheduler.last is not None and scheduler.last.reason == "phase-voting-open"
    scheduler._on_phase_watch_timeout()  # seen: not taken twice
    assert [b.reason for b in server_backup.list_backups(tmp_path / "stick", "st")] == [
        "phase-voting-open"]
    scheduler.timer.stop()
    scheduler.phase_watch.stop()
    assert ctx.db is not None
    ctx.db.dispose()
