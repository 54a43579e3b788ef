"""The window host: "large text" builds the window again, and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from precinct_app.services import protocol
from precinct_app.ui.context import AppContext
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.shell import BASE_POINT_SIZE, LARGE_POINT_SIZE, WindowHost
from tests.gui.signable import count_until_filling


def _font_size() -> int:
    return QApplication.font().pointSize()  # the application's font (a static)


@pytest.fixture
def host(demo_ctx: AppContext, qtbot: QtBot) -> Iterator[WindowHost]:
    shown = WindowHost(demo_ctx)
    window = shown.show()
    qtbot.addWidget(window)
    yield shown
    assert shown.window is not None
    shown.window.close_checked()
    demo_ctx.settings.large_text = False
    shown.show().close_checked()  # the next test starts at the base size


def test_large_text_rebuilds_the_window_larger_on_the_same_screen(
    host: WindowHost, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    old = host.window
    assert old is not None and _font_size() == BASE_POINT_SIZE
    old.nav.setCurrentRow(NAV.index("turnout"))
    old.backups.last_error = "the backup folder /media/KINGSTON cannot be used"
    old.header.set_backup_problem(old.backups.last_error)
    heading_before = old.header.title.font().pointSizeF()
    old.header.large_text_button.click()
    new = host.window
    assert new is not None and new is not old
    qtbot.addWidget(new)
    assert not old.isVisible() and new.isVisible()
    assert _font_size() == LARGE_POINT_SIZE and demo_ctx.settings.large_text
    assert new.header.title.font().pointSizeF() > heading_before  # headings scale too
    assert new.nav.currentRow() == NAV.index("turnout")
    assert new.header.large_text_button.isChecked()
    assert new.header.backup_alarm.isVisibleTo(new)  # a failed backup is not forgotten
    assert "/media/KINGSTON" in new.header.backup_alarm.toolTip()
    new.header.large_text_button.click()  # and back
    assert host.window is not None and _font_size() == BASE_POINT_SIZE
    assert not demo_ctx.settings.large_text


def test_typed_protocol_lines_are_never_lost_without_asking(
    host: WindowHost, demo_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    count_until_filling(demo_ctx, issued=10)
    window = host.window
    assert window is not None and window.counting is not None
    window.counting.entry.refresh()
    edit = window.counting.entry.rows["yes"].edit
    edit.clear()
    qtbot.keyClicks(edit, "6")
    answers: list[str] = []

    def ask(_parent: object, count: int) -> str:
        assert count == 1
        return answers.pop(0)

    monkeypatch.setattr(MainWindow, "ask_unsaved", staticmethod(ask))
    answers.append("stay")
    window.header.large_text_button.click()
    assert host.window is window and not demo_ctx.settings.large_text
    assert not window.header.large_text_button.isChecked()  # the switch went back
    assert window.nav.currentRow() == NAV.index("counting")  # shown where the lines are
    answers.append("stay")
    assert not window.close() and window.isVisible()  # closing asks too
    answers.append("save")
    window.header.large_text_button.click()
    assert host.window is not window and demo_ctx.settings.large_text
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        assert protocol.build(s, demo_ctx.clock, "npp").values()["yes"] == 6
