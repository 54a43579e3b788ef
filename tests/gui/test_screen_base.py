"""The screens' shared base: a screen that is gone no longer hears the writes."""

from __future__ import annotations

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from precinct_app.services import phases
from precinct_app.ui.context import AppContext
from precinct_app.ui.desk_screen import DeskScreen
from precinct_app.ui.screen_base import Screen
from precinct_app.ui.signals import emit
from precinct_app.ui.turnout_screen import TurnoutScreen
from precinct_app.ui.voter_list import VoterListScreen


@pytest.mark.parametrize("kind", [DeskScreen, VoterListScreen, TurnoutScreen])
def test_a_destroyed_screen_no_longer_hears_the_bridge(
        qtbot: QtBot, demo_ctx: AppContext, kind: type[Screen]) -> None:
    # The window is built again at a text-size switch; the old screens go, the bridge
    # stays. The old desk re-read after every later write and raised ("MemberCombo already
    # deleted") when its reaction to a write was a slot it overrode.
    assert demo_ctx.db is not None
    screen = kind(demo_ctx)
    screen.show()
    shiboken6.delete(screen)
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    emit(demo_ctx.bridge.data_changed)  # an exception in a slot fails the test (pytest-qt)
    qtbot.wait(1)


def test_a_hidden_screen_reads_when_shown_and_a_shown_one_at_once(
        qtbot: QtBot, demo_ctx: AppContext) -> None:
    assert demo_ctx.db is not None
    screen = TurnoutScreen(demo_ctx)
    qtbot.addWidget(screen)
    assert screen.station is not None and screen.station.phase == phases.SETUP
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    emit(demo_ctx.bridge.data_changed)
    assert screen.station.phase == phases.SETUP  # hidden: not read yet
    screen.show()
    assert screen.station.phase == phases.OPEN  # shown: current
    with demo_ctx.db.transaction() as s:
        phases.close_voting(s, demo_ctx.clock, "c1")
    emit(demo_ctx.bridge.data_changed)
    assert screen.station.phase == phases.CLOSED  # shown: at once
