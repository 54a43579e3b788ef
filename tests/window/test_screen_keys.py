"""Keys between screens and Ctrl+S on the protocol entry, in a real window, as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from realwin import activate, focused, key, sequence, show, switch_language, type_text

from precinct_app.services import phases, voters
from precinct_app.ui.context import AppContext
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.nav_keys import key_text
from precinct_app.ui.shell import WindowHost
from precinct_app.ui.signals import emit
from tests.gui.signable import count_until_filling


def _page(window: MainWindow) -> str:
    return NAV[window.pages.currentIndex() - 1]


def test_ctrl_and_a_digit_go_to_the_screen_named_in_the_navigation(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    window = show(qtbot, host)
    assert [key_text(row) for row in range(3)] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    assert window.nav.width() >= window.nav.sizeHintForColumn(0)  # the keys fit beside the names
    sequence("Ctrl+1")
    assert _page(window) == "station"
    sequence("Ctrl+2")
    assert _page(window) == "voters"
    assert window.voter_list is not None
    qtbot.waitUntil(lambda: focused() is window.voter_list.search_box)  # type: ignore[union-attr]
    sequence("Ctrl+3")  # the desk before opening: refused, and says why
    assert _page(window) == "voters"
    assert "Voting is not open yet" in window.status.currentMessage()
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    emit(demo_ctx.bridge.data_changed)
    sequence("Ctrl+3")
    assert _page(window) == "desk"
    assert window.desk is not None
    qtbot.waitUntil(lambda: focused() is window.desk.search_box)  # type: ignore[union-attr]
    sequence("Ctrl+6")
    assert _page(window) == "turnout"
    sequence("Ctrl+0")
    assert _page(window) == "verify"


def _save_a_line_with_ctrl_s(qtbot: QtBot, window: MainWindow, line: str, value: int) -> None:
    """To the count with Ctrl+7, the protocol's tab with a click, a line typed, Ctrl+S."""
    sequence("Ctrl+7")
    screen = window.counting
    assert screen is not None and _page(window) == "counting"
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    entry = screen.entry
    qtbot.waitUntil(entry.isVisible)
    edit = entry.rows[line].edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is edit)
    edit.selectAll()
    type_text(str(value))
    assert entry.changed_values() == {line: value}
    sequence("Ctrl+S")
    assert entry.changed_values() == {}, entry.banner.text()
    assert entry.data is not None and entry.data.values()[line] == value
    assert entry.banner.kind == "ok"


def test_ctrl_s_saves_the_protocol_lines_in_every_language_and_in_large_text(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    count_until_filling(demo_ctx)
    window = show(qtbot, host)
    _save_a_line_with_ctrl_s(qtbot, window, "in_stationary_boxes", 30)
    switch_language(qtbot, window, 1)  # Русский: the save button's caption changes
    assert "Сохран" in window.counting.entry.save_button.text()  # type: ignore[union-attr]
    _save_a_line_with_ctrl_s(qtbot, window, "invalid", 1)
    switch_language(qtbot, window, 1)  # Қазақша
    assert demo_ctx.lang == "kk"
    _save_a_line_with_ctrl_s(qtbot, window, "valid", 29)
    qtbot.mouseClick(window.header.large_text_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: host.window is not window)  # built again in large text
    large = host.window
    assert large is not None and demo_ctx.settings.large_text
    activate(qtbot, large)
    _save_a_line_with_ctrl_s(qtbot, large, "lost", 0)


def test_opening_voting_on_the_station_screen_leaves_the_keys_there(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    # Found by typing with xdotool: once voting opened, the desk (not shown) took the
    # focus, so an IIN and Enter typed while the Station screen was in front issued a
    # ballot the member never saw.
    window = show(qtbot, host)
    sequence("Ctrl+1")
    assert _page(window) == "station"
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:  # as the Station screen's Open voting does
        phases.open_voting(s, demo_ctx.clock, "c1")
    emit(demo_ctx.bridge.data_changed)
    qtbot.wait(100)
    assert window.desk is not None
    assert focused() is not window.desk.search_box
    assert window.desk.search_box.hasFocus() is False
    with demo_ctx.db.reading() as s:
        iin = voters.resolve(s, "17").iin
    type_text(iin)
    key(Qt.Key.Key_Return)
    qtbot.wait(100)
    assert _page(window) == "station" and window.desk.last_result is None
    sequence("Ctrl+3")  # the desk, and its search box, when asked for
    assert _page(window) == "desk"
    qtbot.waitUntil(lambda: focused() is window.desk.search_box)  # type: ignore[union-attr]
