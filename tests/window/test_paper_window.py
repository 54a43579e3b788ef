"""The paper list entered in a real window: the member types the time once, then list numbers
one after another, each with Enter; each line shows at once what became of it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from realwin import activate, focused, key, sequence, show, type_text

from precinct_app.services import issuance, paper_entries, phases
from precinct_app.services.clock import Clock
from precinct_app.ui.context import AppContext
from precinct_app.ui.paper_dialog import PaperDialog
from precinct_app.ui.paper_models import CONFLICT, ENTERED, REFUSED
from precinct_app.ui.shell import WindowHost

ALMATY = dt.timezone(dt.timedelta(hours=5))


@pytest.fixture
def after_outage(demo_ctx: AppContext) -> AppContext:
    """Voting opened at 09:00; the link is back at 12:00."""
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    demo_ctx.clock = Clock.ticking(dt.datetime(2024, 10, 6, 12, 0, tzinfo=ALMATY))
    return demo_ctx


def test_list_numbers_typed_one_after_another(
    qtbot: QtBot, after_outage: AppContext, host: WindowHost
) -> None:
    window = show(qtbot, host, member="c4")
    sequence("Ctrl+1")  # the Station screen, where the paper list is kept
    panel = window.paper_panel
    qtbot.waitUntil(panel.isVisible)
    panel.open_button.setFocus()
    key(Qt.Key.Key_Space)
    dialog = panel.dialog
    assert isinstance(dialog, PaperDialog)
    qtbot.waitUntil(dialog.isVisible)
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.time_edit)
    type_text("10:15")
    key(Qt.Key.Key_Return)  # on to the list number
    assert focused() is dialog.voter_edit
    for number in ("3", "4", "3", "99999"):
        type_text(number)
        key(Qt.Key.Key_Return)
        assert focused() is dialog.voter_edit and dialog.voter_edit.text() == ""
    assert dialog.time_edit.text() == "10:15"  # the time stays from the last mark
    assert [(x.voter, x.outcome) for x in reversed(dialog.lines.lines)] == [
        ("3", ENTERED), ("4", ENTERED), ("3", CONFLICT), ("99999", REFUSED)]
    assert dialog.conflicts.rowCount() == 1
    assert after_outage.db is not None
    with after_outage.db.reading() as s:
        assert issuance.holders(s) == {"npp": 2}
        assert paper_entries.open_count(s) == 1
    dialog.close()
