"""Opening and closing voting from the Station screen; the phase drives what is enabled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from precinct_app.models import AuditEvent, Contest, PhaseChange
from precinct_app.services import issuance, phases, voters
from precinct_app.ui.context import AppContext
from precinct_app.ui.day_panel import DayPanel
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.signals import emit


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, _no_modal_boxes: list[str]) -> list[str]:
    """Every confirmation question asked, answered yes, and every error box, in order."""
    asked = _no_modal_boxes
    monkeypatch.setattr(DayPanel, "confirm",
                        staticmethod(lambda _parent, question: asked.append(question) or True))
    return asked


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(NAV.index("station"))  # where the day's buttons are
    return window


def _events(ctx: AppContext, action: str) -> int:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == action)) or 0


def test_open_then_close_voting_from_the_station_screen(
    qtbot: QtBot, demo_ctx: AppContext, answers: list[str]
) -> None:
    window = _window(qtbot, demo_ctx)
    assert window.station_screen is not None and window.desk is not None
    panel = window.station_screen.day_panel
    desk_item = window.nav.item(NAV.index("desk"))
    assert not desk_item.isSelected() and not desk_item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert desk_item.toolTip() == "Voting is not open yet"
    assert panel.open_button.isEnabled() and not panel.close_button.isEnabled()
    assert panel.receipt_box.isEnabled()
    # The member signed in at this desk acts (the deputy chair), never a list of others.
    assert [panel.member.itemData(i, 257).id for i in range(panel.member.count())] == ["c2"]

    panel.open_button.click()
    assert answers and "Open voting" in answers[0]
    assert window.station is not None and window.station.phase == phases.OPEN
    assert "voting opened at 09:00" in panel.result.text()
    assert "voting opened" in window.status.currentMessage()
    assert _events(demo_ctx, "voting.opened") == 1
    assert desk_item.flags() & Qt.ItemFlag.ItemIsEnabled and desk_item.toolTip() == ""
    assert window.desk.work.isEnabled()
    assert not panel.open_button.isEnabled() and panel.close_button.isEnabled()
    assert not panel.receipt_box.isEnabled()
    assert "Voting opened at 06.10 09:00" in panel.history_label.text()
    assert "At this desk:" in window.header.member.text() and window.header.member.isVisible()

    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        voter = voters.resolve(s, "5")
        issuance.issue(s, demo_ctx.clock, voter.id, "npp", "c4")
    emit(demo_ctx.bridge.data_changed)
    assert window.header.voters.text() == "Ballots issued: 1 of 300"

    panel.close_button.click()
    assert window.station is not None and window.station.phase == phases.CLOSED
    assert "voting closed at 09:00" in panel.result.text()
    assert not desk_item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert desk_item.toolTip() == "Voting is closed"
    assert not window.desk.work.isEnabled()
    assert not panel.open_button.isEnabled() and not panel.close_button.isEnabled()
    with demo_ctx.db.reading() as s:
        changes = s.execute(select(PhaseChange.member_id, PhaseChange.to_phase)
                            .order_by(PhaseChange.id)).all()
    assert [tuple(c) for c in changes] == [  # by the member signed in at this desk
        ("c2", "voting_open"), ("c2", "voting_closed")]


def test_a_declined_confirmation_changes_nothing(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(DayPanel, "confirm", staticmethod(lambda *_a: False))
    window = _window(qtbot, demo_ctx)
    assert window.station_screen is not None
    window.station_screen.day_panel.open_button.click()
    assert window.station is not None and window.station.phase == phases.SETUP
    assert _events(demo_ctx, "voting.opened") == 0


@pytest.mark.usefixtures("frozen_clock")  # asserts a time
def test_an_early_close_in_official_mode_is_refused_in_place(
    qtbot: QtBot, demo_ctx: AppContext, answers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, demo_ctx)
    assert window.station_screen is not None
    panel = window.station_screen.day_panel
    panel.open_button.click()
    # Official mode: not a demo, the real clock, on the election day (09:00 local).
    from precinct_app.models import Station

    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        station = s.get(Station, 1)
        assert station is not None
        station.is_demo = False
    fixed = demo_ctx.clock.fixed
    monkeypatch.setattr(demo_ctx.clock, "fixed", None)
    monkeypatch.setattr(demo_ctx.clock, "source", lambda: fixed)
    panel.close_button.click()
    assert window.station is not None and window.station.phase == phases.OPEN
    assert "voting closes at 20:00" in panel.result.text()
    assert _events(demo_ctx, "voting.closed") == 0
    assert panel.reason.isHidden()  # not a special station: no reason makes it early
    assert len(answers) == 2  # the two questions; no error box: the refusal is in place


def test_the_act_of_receipt_is_corrected_before_opening_only(
    qtbot: QtBot, demo_ctx: AppContext, answers: list[str]
) -> None:
    window = _window(qtbot, demo_ctx)
    assert window.station_screen is not None
    panel = window.station_screen.day_panel
    assert panel.receipt_member.member_id == "c2"  # the member signed in at this desk
    panel.count.setValue(2300)
    panel.receipt_button.click()
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        contest = s.get(Contest, "npp")
        assert contest is not None and contest.ballots_received == 2300
    assert "-> 2300" in panel.result.text()
    assert "2300" in window.station_screen.contests_label.text()
    panel.open_button.click()
    assert not panel.receipt_box.isEnabled()
    assert "before voting opens" in panel.receipt_box.toolTip()
    assert not answers[1:]  # only the opening question


def test_the_history_names_the_count_and_the_signing(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from precinct_app.services import protocol
    from tests.gui.signable import make_signable

    make_signable(demo_ctx, issued=30)
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        protocol.sign(s, demo_ctx.clock, "c1", "npp", ["c1", "c2", "c3", "c4"])
    window = _window(qtbot, demo_ctx)
    window.nav.setCurrentRow(NAV.index("station"))
    assert window.station_screen is not None
    history = window.station_screen.day_panel.history_label.text().splitlines()
    assert [line.split(" at ")[0] for line in history[1:]] == [
        "Voting opened", "Voting closed", "Count started", "Every protocol signed"]


def test_the_station_screen_catches_up_when_it_comes_to_the_front(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """While another screen is in front the Station screen is not re-read after every
    ballot (the desk stays quick); shown again, it says what happened meanwhile."""
    window = _window(qtbot, demo_ctx)
    assert window.station_screen is not None and demo_ctx.db is not None
    panel = window.station_screen.day_panel
    window.nav.setCurrentRow(NAV.index("voters"))
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    emit(demo_ctx.bridge.data_changed)
    assert window.header.isVisible()
    window.nav.setCurrentRow(NAV.index("station"))
    assert not panel.open_button.isEnabled() and panel.close_button.isEnabled()
