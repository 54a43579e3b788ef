"""A desk of a station server in the window (issue 15, "Live" and "When the network or the
server fails"): a ballot issued at another desk shows in the header's count and on the
card at the next search; a lost server turns the header red, and Enter issues nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from precinct_app.db import Database, open_server_database
from precinct_app.models import Issuance
from precinct_app.services import issuance, phases
from precinct_app.ui.context import AppContext
from precinct_app.ui.desk_card import AMBER
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.signals import emit
from tests import pg
from tests.qt_fixtures import sign_in_desk

pytestmark = [
    pytest.mark.skipif(pg.pg_bin_dir() is None, reason="no PostgreSQL server binaries"),
    pytest.mark.postgresql_itself,
]
VOTERS = 40


@pytest.fixture
def server_ctx(ctx: AppContext) -> Iterator[tuple[AppContext, Database]]:
    """This window a desk of a station server; the second Database another desk."""
    from precinct_app.services.demo import build_demo

    made = pg.cluster()
    url = made.url(made.new_database())
    db = open_server_database(url, desk="desk-1")
    build_demo(db, ctx.clock, db_path=None, voters=VOTERS)
    with db.transaction() as s:
        phases.open_voting(s, ctx.clock, "c1")
    ctx.db = db
    sign_in_desk(ctx, "c4")
    other = open_server_database(url, desk="desk-2")
    yield ctx, other
    other.dispose()


@pytest.fixture
def window(qtbot: QtBot, server_ctx: tuple[AppContext, Database]) -> Iterator[MainWindow]:
    made = MainWindow(server_ctx[0])
    qtbot.addWidget(made)
    made.show()
    assert made.live is not None  # a station server's desk listens
    yield made
    made.close()


def issued(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Issuance)) or 0)


def test_a_ballot_at_another_desk_shows_in_the_header_and_on_the_card(
    qtbot: QtBot, window: MainWindow, server_ctx: tuple[AppContext, Database],
) -> None:
    ctx, other = server_ctx
    assert "Ballots issued: 0" in window.header.voters.text()
    qtbot.wait(300)  # the listener is connected
    with other.transaction() as s:  # desk 2, another laptop
        issuance.issue(s, ctx.clock, 7, "npp", "c5")
    qtbot.waitUntil(lambda: "Ballots issued: 1" in window.header.voters.text(), timeout=1500)
    desk = window.desk
    assert desk is not None
    QTest.keyClicks(desk.search_box, "7")
    qtbot.waitUntil(lambda: desk.card.voter is not None and desk.card.voter.kind == AMBER,
                    timeout=3000)
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)  # amber: no second ballot
    assert issued(other) == 1


def test_a_lost_server_is_red_in_the_header_and_enter_issues_nothing(
    qtbot: QtBot, window: MainWindow, server_ctx: tuple[AppContext, Database],
) -> None:
    ctx, other = server_ctx
    desk = window.desk
    assert desk is not None
    assert window.live is not None
    assert not window.header.server_alarm.isVisible()
    emit(window.live.lost, "server closed the connection unexpectedly")
    qtbot.waitUntil(window.header.server_alarm.isVisible, timeout=1000)
    assert window.header.server_alarm.text() == "⚠  Server lost\nIssue from the paper list"
    assert desk.card.voter is None  # nothing stale shown
    assert "lost" in window.status.currentMessage()
    QTest.keyClicks(desk.search_box, "9")
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)
    assert issued(other) == 0
    assert "paper list" in desk.banner.text()
    # A screen not built yet is not built while lost (it would wait for the server).
    window.nav.setCurrentRow(NAV.index("turnout"))
    assert "turnout" not in window._lazy_screens and "lost" in window.status.currentMessage()
    window.nav.setCurrentRow(NAV.index("desk"))
    emit(window.live.back)
    qtbot.waitUntil(lambda: not window.header.server_alarm.isVisible(), timeout=1000)
    assert "back" in window.status.currentMessage()
    window.nav.setCurrentRow(NAV.index("turnout"))
    assert "turnout" in window._lazy_screens
    window.nav.setCurrentRow(NAV.index("desk"))
    desk.search_box.clear()
    QTest.keyClicks(desk.search_box, "9")
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: issued(other) == 1, timeout=3000)
    assert ctx.server_lost == ""
