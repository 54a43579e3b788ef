"""The portable boxes on the counting screen, the absentee certificate form, the desk card."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from precinct_app.services import counting, issuance, phases, protocol, voters
from precinct_app.services.clock import Clock
from precinct_app.ui.boxes_panel import BoxesPanel
from precinct_app.ui.context import AppContext
from precinct_app.ui.counting_screen import CountingScreen
from precinct_app.ui.desk_card import RED, DeskVoter
from precinct_app.ui.list_changes_model import ChangeColumn
from precinct_app.ui.list_changes_screen import ListChangesScreen
from precinct_app.ui.palette import ERROR_TEXT
from precinct_app.ui.signals import emit
from precinct_app.ui.voter_model import Column, VoterTableModel
from tests.gui.boxes_day import count_until_portable
from tests.qt_fixtures import sign_in_desk

EVE = dt.datetime(2024, 10, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))


def _counting(qtbot: QtBot, ctx: AppContext) -> CountingScreen:
    screen = CountingScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 620)
    screen.show()
    qtbot.waitExposed(screen)
    screen.refresh()
    return screen


def test_an_over_box_shows_red_with_its_act_and_the_step_fills_line_6(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count_until_portable(demo_ctx)
    screen = _counting(qtbot, demo_ctx)
    panel = screen.boxes_panel
    assert screen.next_step == counting.PORTABLE
    assert panel.isVisible() and not screen.cancel_box.isVisible()
    row = panel.rows[1]
    assert row.requests.text() == "2" and "Ахметов" in row.members.toolTip()
    screen.confirm_step()  # not counted yet: refused in place, nothing recorded
    assert "trips not counted: 1" in screen.banner.text()
    row.found.setText("3")
    assert panel.record(1)
    assert "act required" in row.state.text() and ERROR_TEXT in row.state.styleSheet()
    assert row.act_button.isVisible()
    target = tmp_path / "act.pdf"
    monkeypatch.setattr(BoxesPanel, "ask_path", classmethod(lambda *_: str(target)))
    assert panel.save_act(1) and target.read_bytes().startswith(b"%PDF")
    assert "act.pdf" in panel.banner.text()
    assert screen.confirm_step()
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        data = protocol.build(s, demo_ctx.clock, "npp")
    assert data.values()["in_portable_boxes"] == 3
    assert not panel.isVisible()  # the step is taken: the counts are closed


def test_a_box_within_its_requests_says_so_and_bad_counts_are_refused_in_place(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    count_until_portable(demo_ctx)
    screen = _counting(qtbot, demo_ctx)
    panel = screen.boxes_panel
    row = panel.rows[1]
    assert not panel.record(1)  # nothing typed
    row.found.setText("2")
    sign_in_desk(demo_ctx, "c4")  # an ordinary member signs in at this desk
    assert not panel.record(1)  # an ordinary member does not count
    assert panel.banner.kind == "error"
    sign_in_desk(demo_ctx, "c3")
    assert panel.record(1)
    assert "within requests" in row.state.text() and not row.act_button.isVisible()


def test_the_absentee_form_records_a_certificate_and_marks_the_voter(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    demo_ctx.clock = Clock.ticking(EVE)
    screen = ListChangesScreen(demo_ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.refresh()
    form = screen.absentee_form
    assert form.isVisible() and "05.10.2024 18:00" in form.deadline_label.text()
    form.picker.search_box.setText("7")
    qtbot.waitUntil(lambda: form.picker.voter is not None and form.picker.voter.list_no == 7)
    form.number.setText("\u202e00 17")  # bidi override: refused naming the field
    assert not form.issue_picked()
    assert "Certificate number" in form.result.text()
    form.number.setText("000017")
    sign_in_desk(demo_ctx, "c3")
    assert form.issue_picked()
    assert "No. 000017" in form.result.text()
    assert demo_ctx.db is not None
    model = VoterTableModel(demo_ctx.db, "en")
    with demo_ctx.db.reading() as s:
        voter = voters.resolve(s, "7")
    model.set_ids([voter.id])
    status = model.data(model.index(0, Column.STATUS))
    assert status == "absentee certificate issued No. 000017"
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    emit(demo_ctx.bridge.data_changed)
    screen.refresh()
    assert not form.isVisible()  # voting day: no more certificates


def test_a_certificate_returned_unused_is_cancelled_in_the_form(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    demo_ctx.clock = Clock.ticking(EVE)
    sign_in_desk(demo_ctx, "c3")
    screen = ListChangesScreen(demo_ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.refresh()
    form = screen.absentee_form
    form.picker.search_box.setText("7")
    qtbot.waitUntil(lambda: form.picker.voter is not None and form.picker.voter.list_no == 7)
    assert not form.cancel_button.isVisible()  # nothing to cancel yet
    form.number.setText("000017")
    assert form.issue_picked()
    form.picker.search_box.setText("7")
    form.picker.reload()
    assert form.cancel_button.isVisible() and form.reason.isVisible()
    assert not form.cancel_picked()  # no reason: refused in place
    assert form.result.kind == "error"
    form.reason.setText("returned unused")
    assert form.cancel_picked()
    assert "000017" in form.result.text() and "cancelled" in form.result.text()
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        voter = voters.resolve(s, "7")
        assert issuance.voter_state(s, voter.id).absentee_certificate is None
    assert not form.cancel_button.isVisible()
    # The day's changes below list both, newest first, with the number and the reason.
    screen.refresh()
    rows = [[screen.model.data(screen.model.index(r, c)) for c in range(len(ChangeColumn))]
            for r in range(screen.model.rowCount())]
    assert [(r[ChangeColumn.KIND], r[ChangeColumn.LIST_NO], r[ChangeColumn.REFERENCE])
            for r in rows] == [("Absentee certificate cancelled", "7", "000017"),
                               ("Absentee certificate issued", "7", "000017")]
    assert rows[0][ChangeColumn.DETAIL] == "returned unused"


def test_the_desk_card_shows_the_certificate_in_red(demo_ctx: AppContext) -> None:
    from precinct_app.services import absentee

    assert demo_ctx.db is not None
    eve = Clock.ticking(EVE)
    with demo_ctx.db.transaction() as s:
        absentee.issue(s, eve, "c1", 5, "KZ-5")
        state = issuance.voter_state(s, 5)
        view = voters.resolve(s, "5")
    voter = DeskVoter(view, state, "npp", "Asia/Almaty")
    assert voter.kind == RED
    from precinct_app.ui.desk_card import VoterCard

    card = VoterCard("kk")
    card.show_voter(voter)
    assert "KZ-5" in card.status.text() and "куәлігін" in card.status.text()
