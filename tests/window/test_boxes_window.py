"""A portable box's count typed in a real window: digits and Enter, as a member types them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from realwin import focused, key, sequence, show, type_text

from precinct_app.services import portable_boxes
from precinct_app.ui.context import AppContext
from precinct_app.ui.shell import WindowHost
from tests.gui.boxes_day import count_until_portable


def test_typing_a_box_count_and_enter_records_it_and_shows_the_act_needed(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    count_until_portable(demo_ctx)
    window = show(qtbot, host)
    sequence("Ctrl+7")
    screen = window.counting
    assert screen is not None
    panel = screen.boxes_panel
    qtbot.waitUntil(panel.isVisible)
    edit = panel.rows[1].found
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is edit)
    type_text("x3")  # a letter is not a count: the field keeps the digit only
    assert edit.text() == "3"
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "act required" in panel.rows[1].state.text())
    assert panel.rows[1].act_button.isVisible()
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        box = portable_boxes.box(s, 1)
    assert (box.found, box.requests, box.over) == (3, 2, True)
    assert window.status.currentMessage().startswith("Trip No. 1: 3 ballots found")
