"""Enter from the paper list (ui/paper_dialog.py): marks typed one after another, each line
showing at once what became of it; the chair's conflicts and their resolution."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from precinct_app.services import issuance, paper_entries, phases
from precinct_app.services.clock import Clock
from precinct_app.ui.context import AppContext
from precinct_app.ui.paper_dialog import PaperDialog, ResolveDialog
from precinct_app.ui.paper_models import CONFLICT, ENTERED, REFUSED, ConflictColumn
from precinct_app.ui.paper_panel import PaperPanel
from tests.qt_fixtures import sign_in_desk

ALMATY = dt.timezone(dt.timedelta(hours=5))


@pytest.fixture
def open_ctx(demo_ctx: AppContext) -> AppContext:
    """Voting opened at 09:00; the desk's clock reads 12:00 when the link is back."""
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    demo_ctx.clock = Clock.ticking(dt.datetime(2024, 10, 6, 12, 0, tzinfo=ALMATY))
    sign_in_desk(demo_ctx, "c4")
    return demo_ctx


def _dialog(qtbot: QtBot, ctx: AppContext) -> PaperDialog:
    dialog = PaperDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_marks_typed_one_after_another(qtbot: QtBot, open_ctx: AppContext) -> None:
    dialog = _dialog(qtbot, open_ctx)
    assert dialog.enter_button.isEnabled() and dialog.issuer.member_id == "c4"
    dialog.time_edit.setText("10:15")
    dialog.voter_edit.setText("3")
    [line] = dialog.enter_typed()
    assert (line.outcome, line.at, line.voter, line.said) == (ENTERED, "10:15", "3", "Entered")
    assert dialog.time_edit.text() == "10:15" and dialog.voter_edit.text() == ""
    dialog.voter_edit.setText("3")  # the same mark again: a conflict, not a second ballot
    [line] = dialog.enter_typed()
    assert line.outcome == CONFLICT and "already holds a ballot" in line.said
    dialog.voter_edit.setText("99999")
    [line] = dialog.enter_typed()
    assert line.outcome == REFUSED and "99999" in line.said
    dialog.time_edit.setText("12:40")
    dialog.voter_edit.setText("5")
    [line] = dialog.enter_typed()
    assert line.outcome == REFUSED and "later than now" in line.said
    assert dialog.voter_edit.text() == "5"  # kept: only the time was wrong
    assert [x.outcome for x in dialog.lines.lines] == [REFUSED, REFUSED, CONFLICT, ENTERED]
    ModelTester(None).check(dialog.lines)  # type: ignore[arg-type]
    assert dialog.conflicts.rowCount() == 1
    assert "OPEN" in dialog.conflicts.index(0, ConflictColumn.STATE).data()
    assert not dialog.resolve_button.isEnabled()  # a member does not resolve
    assert "The chair resolves them" in dialog.resolve_note.text()
    assert open_ctx.db is not None
    with open_ctx.db.reading() as s:
        assert issuance.holders(s) == {"npp": 1}


def test_the_chair_resolves_with_a_reason(qtbot: QtBot, open_ctx: AppContext,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert open_ctx.db is not None
    with open_ctx.db.transaction() as s:
        issuance.issue(s, open_ctx.clock, 7, "npp", "c5")
        paper_entries.enter(s, open_ctx.clock, "c4", "7", "10:00")
    sign_in_desk(open_ctx, "c1")
    dialog = _dialog(qtbot, open_ctx)
    assert not dialog.enter_button.isEnabled()  # the chair does not enter
    assert "role" in dialog.note.text()
    dialog.conflicts_view.selectRow(0)
    assert dialog.resolve_button.isEnabled()
    ModelTester(None).check(dialog.conflicts)  # type: ignore[arg-type]
    monkeypatch.setattr(ResolveDialog, "chosen",
                        lambda _self: ("two_ballots", "took ballots at two tables"))
    assert dialog.resolve_selected()
    assert "two ballots" in dialog.conflicts.index(0, ConflictColumn.STATE).data()
    assert dialog.resolve_note.text() == "No open conflicts."
    with open_ctx.db.reading() as s:
        assert paper_entries.open_count(s) == 0


def test_the_resolve_dialog_needs_a_reason(qtbot: QtBot, open_ctx: AppContext) -> None:
    assert open_ctx.db is not None
    with open_ctx.db.transaction() as s:
        paper_entries.enter(s, open_ctx.clock, "c4", "7", "10:00")
        paper_entries.enter(s, open_ctx.clock, "c4", "7", "10:00")
    sign_in_desk(open_ctx, "c1")
    with open_ctx.db.reading() as s:
        [conflict] = paper_entries.conflicts(s)
        from precinct_app.services.station import load_station
        station = load_station(s)
    dialog = ResolveDialog(conflict, station, "en")
    qtbot.addWidget(dialog)
    assert dialog.resolution.currentData() == "duplicate"  # same member, same minute
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("typed twice")
    assert dialog.ok_button.isEnabled()


def test_the_station_screens_panel_counts_open_conflicts(
        qtbot: QtBot, open_ctx: AppContext) -> None:
    panel = PaperPanel(open_ctx)
    qtbot.addWidget(panel)
    assert "entered here" in panel.state.text()
    assert open_ctx.db is not None
    with open_ctx.db.transaction() as s:
        paper_entries.enter(s, open_ctx.clock, "c4", "7", "10:00")
        paper_entries.enter(s, open_ctx.clock, "c4", "7", "10:00")
    panel.refresh()
    assert "open: 1" in panel.state.text()
    dialog = panel.open_dialog()
    assert isinstance(dialog, PaperDialog) and dialog.isVisible()
    assert panel.open_dialog() is dialog
    dialog.close()


def test_the_panel_stays_away_before_voting_opens(qtbot: QtBot, demo_ctx: AppContext) -> None:
    panel = PaperPanel(demo_ctx)
    qtbot.addWidget(panel)
    assert panel.isHidden()  # set-up: nothing was issued on paper yet
