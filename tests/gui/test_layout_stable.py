"""Nothing moves under the pointer (issue 11 item 7), at 1366x768, in each language and size.

A click aimed at one place must land there whatever just changed: the phase (the
header's rows), the step of the count (its Confirm button), a message or a hint
coming up (room kept for it from the start).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from precinct_app.services import counting, issuance, phases, voters
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import install_language
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.shell import apply_look
from precinct_app.ui.signals import emit
from tests.gui.windows import WindowFactory

CHAIR, MEMBER, CONTEST = "c1", "c4", "npp"
LOOKS = [(lang, large) for large in (False, True) for lang in ("kk", "ru", "en")]
ENTERED = {"in_portable_boxes": 0, "in_stationary_boxes": 3, "invalid": 1, "valid": 2,
           "valid_not_counted": 0, "lost": 0, "not_accounted": 0, "yes": 1, "no": 1}


@pytest.fixture(params=LOOKS, ids=[f"{lang}-{'large' if large else 'normal'}"
                                   for lang, large in LOOKS])
def window(request: pytest.FixtureRequest, demo_ctx: AppContext, qapp: QApplication,
           make_window: WindowFactory) -> Iterator[MainWindow]:
    """The main window shown at 1366x768 in the language and text size of the case."""
    lang, large = request.param
    demo_ctx.settings.language = lang
    demo_ctx.settings.large_text = large
    install_language(lang)
    apply_look(qapp, demo_ctx.settings)
    yield make_window(size=(1366, 768), shown=True)
    demo_ctx.settings.large_text = False
    demo_ctx.settings.language = "en"
    apply_look(qapp, demo_ctx.settings)


def _at(widget: QWidget, window: MainWindow) -> QPoint:
    QApplication.processEvents()
    return widget.mapTo(window, QPoint(0, 0))


def _nav_geometry(window: MainWindow) -> list[int]:
    QApplication.processEvents()
    rows = [window.nav.visualItemRect(window.nav.item(i)).top() for i in range(len(NAV))]
    return [window.header.height(), _at(window.nav, window).y(), *rows]


def _open_and_issue(ctx: AppContext) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.open_voting(s, ctx.clock, CHAIR)
        for list_no in (1, 2, 3):
            issuance.issue(s, ctx.clock, voters.resolve(s, str(list_no)).id, CONTEST, MEMBER)
    emit(ctx.bridge.data_changed)


def _close(ctx: AppContext) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.close_voting(s, ctx.clock, CHAIR)
    emit(ctx.bridge.data_changed)


def test_nothing_moves_under_the_pointer_from_opening_to_signing(
    window: MainWindow, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    """One walk per language and text size (a window is slow to build): the header and
    the navigation, the count's Confirm, then the protocol entry."""
    _header_and_navigation_stay(window, demo_ctx)
    _confirm_stays_at_every_step(window, qtbot)
    _entry_keeps_its_save_row_and_shows_its_last_line(window, demo_ctx, qtbot)


def _header_and_navigation_stay(window: MainWindow, demo_ctx: AppContext) -> None:
    before = _nav_geometry(window)
    desk_y = before[2 + NAV.index("desk")]
    _open_and_issue(demo_ctx)  # the member at this desk and the ballots issued show
    assert window.header.member.isVisible() and "3" in window.header.voters.text()
    assert _nav_geometry(window) == before
    window.header.set_desk_member("Сәрсенбаев Дәулет Қайратұлы")
    window.header.set_backup_problem("the stick is full")
    assert _nav_geometry(window) == before
    # The click meant for the Desk lands on the Desk, not on the Voter list.
    assert window.nav.indexAt(QPoint(10, desk_y + 4)).row() == NAV.index("desk")
    window.header.set_backup_problem("")
    _close(demo_ctx)
    assert _nav_geometry(window) == before


def _confirm_stays_at_every_step(window: MainWindow, qtbot: QtBot) -> None:
    window.nav.setCurrentRow(NAV.index("counting"))
    screen = window.counting
    assert screen is not None
    screen.tabs.setCurrentIndex(0)
    button = screen.confirm_button
    place = _at(button, window)
    edit = screen.cancel.edits[CONTEST]
    qtbot.keyClicks(edit, "298")  # the expectation and the difference come up
    assert screen.cancel.difference_labels[CONTEST].text()
    assert _at(button, window) == place
    edit.selectAll()
    qtbot.keyClicks(edit, "300")
    for step in counting.STEPS[:5]:
        screen.tabs.setCurrentIndex(0)
        assert screen.next_step == step and _at(button, window) == place, step
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert screen.status is not None and screen.status.record(step) is not None, step
        assert screen.banner.kind == "ok"  # the message has its room: nothing moved
    screen.tabs.setCurrentIndex(0)
    assert screen.next_step == counting.FILL
    assert _at(screen.open_entry_button, window).y() == place.y()


def _entry_keeps_its_save_row_and_shows_its_last_line(
    window: MainWindow, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    """Item 7 (a message does not move Save) and item 9 (after step 7 the last line shows)."""
    screen = window.counting
    assert screen is not None
    screen.tabs.setCurrentIndex(1)
    entry = screen.entry
    save = _at(entry.save_button, window)
    sheet = _at(entry.sheet_scroll, window), entry.sheet_scroll.height()
    entry.focus_first_empty()
    for key, value in ENTERED.items():
        focused = window.focusWidget()  # (offscreen: no active window)
        assert focused is entry.rows[key].edit, key
        qtbot.keyClicks(focused, str(value))
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        # The field typed next is in sight, whatever the text size.
        following = window.focusWidget()
        assert following is not None
        assert not following.visibleRegion().isEmpty(), key
    qtbot.keyClicks(entry.rows["voters_on_list"].edit, "1")  # an override: its reason comes up
    assert entry.reason_row.isVisible()
    assert (_at(entry.sheet_scroll, window), entry.sheet_scroll.height()) == sheet
    qtbot.keyClick(entry.rows["voters_on_list"].edit, Qt.Key.Key_Backspace)  # put right
    assert not entry.reason_row.isVisible()
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert entry.banner.kind == "ok"
    for step in (counting.FILL, counting.CHECK):
        qtbot.mouseClick(screen.step_confirm_button, Qt.MouseButton.LeftButton)
        assert screen.status is not None and screen.status.record(step) is not None, step
    assert screen.next_step == counting.SIGN and entry.banner.text()
    assert _at(entry.save_button, window) == save
    assert (_at(entry.sheet_scroll, window), entry.sheet_scroll.height()) == sheet
    last = list(entry.rows.values())[-1]
    if not demo_ctx.settings.large_text:  # every line in sight at 1366x768
        assert entry.sheet_scroll.verticalScrollBar().maximum() == 0
        assert last.edit.visibleRegion().boundingRect().height() == last.edit.height()
    else:  # the lines scroll: the last one is reachable and comes into sight
        entry.sheet_scroll.ensureWidgetVisible(last.edit)
        QApplication.processEvents()
        assert last.edit.visibleRegion().boundingRect().height() == last.edit.height()
