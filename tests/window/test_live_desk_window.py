"""A desk of a station server in a real window, the server stopped under it (issue 15):
the header turns red at once, Enter issues nothing and names the paper list; when the
server is back the header says so and the next Enter issues."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from realwin import focused, key, show, type_text
from sqlalchemy import func, select

from precinct_app.db import Database, open_server_database
from precinct_app.models import Issuance
from precinct_app.services import phases
from precinct_app.services.demo import build_demo
from precinct_app.ui.context import AppContext
from precinct_app.ui.shell import WindowHost
from tests import pg

pytestmark = pytest.mark.skipif(pg.pg_bin_dir() is None, reason="no PostgreSQL server binaries")


def _pg_ctl(made: pg.TestCluster, *args: str) -> None:
    pg.run_as_cluster_user([str(made.bin_dir / "pg_ctl"), "-D", str(made.root / "data"),
                            *args])


@pytest.fixture
def server(ctx: AppContext) -> Iterator[tuple[pg.TestCluster, AppContext]]:
    made = pg._start()  # a cluster of its own: the test stops it
    db = open_server_database(made.url("precinct_template"), desk="desk-1")
    build_demo(db, ctx.clock, db_path=None, voters=40)
    with db.transaction() as s:
        phases.open_voting(s, ctx.clock, "c1")
    ctx.db = db
    try:
        yield made, ctx
    finally:
        made.stop()


def _issued(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Issuance)) or 0)


def test_the_server_stopped_turns_the_header_red_and_enter_issues_nothing(
    qtbot: QtBot, server: tuple[pg.TestCluster, AppContext],
) -> None:
    made, ctx = server
    assert ctx.db is not None
    host = WindowHost(ctx)
    window = show(qtbot, host, "c4")
    desk = window.desk
    assert desk is not None
    qtbot.waitUntil(lambda: focused() is desk.search_box)
    _pg_ctl(made, "-m", "fast", "-w", "stop")
    qtbot.waitUntil(window.header.server_alarm.isVisible, timeout=6000)
    assert "Server lost" in window.header.server_alarm.text()
    type_text("12")
    key(Qt.Key.Key_Return)
    assert "paper list" in desk.banner.text()
    opts = (f"-p {made.port} -c listen_addresses=127.0.0.1 -k {made.root} -c fsync=off")
    _pg_ctl(made, "-o", opts, "-l", str(made.root / "log"), "-w", "start")
    assert _issued(ctx.db) == 0  # nothing was issued while lost
    qtbot.waitUntil(lambda: not window.header.server_alarm.isVisible(), timeout=10_000)
    assert "back" in window.status.currentMessage()
    desk.search_box.selectAll()
    type_text("12")
    qtbot.waitUntil(lambda: desk.card.voter is not None and desk.card.voter.view.list_no == 12,
                    timeout=5000)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _issued(ctx.db) == 1, timeout=5000)  # type: ignore[arg-type]
    window.close_checked()
