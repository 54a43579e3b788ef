"""The journal in a real window: Ctrl+J, an observer's act typed key by key, recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from realwin import focused, key, sequence, show, type_text

from precinct_app.services import journal
from precinct_app.ui.context import AppContext
from precinct_app.ui.journal_screen import JournalScreen
from precinct_app.ui.shell import WindowHost


def test_an_entry_is_typed_and_recorded_from_the_keyboard(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    window = show(qtbot, host)
    sequence("Ctrl+J")
    screen = window.pages.currentWidget()
    assert isinstance(screen, JournalScreen)
    qtbot.waitUntil(lambda: focused() is screen.name_edit)
    type_text("Құрманғалиева Әсел")
    key(Qt.Key.Key_Return)  # on to the organisation
    assert focused() is screen.organisation_edit
    type_text("«Ақ жол»")
    key(Qt.Key.Key_Return)  # on to the text of the complaint
    assert focused() is screen.about_edit
    type_text("Жәшік пломбасыз. Ящик без пломбы.")
    key(Qt.Key.Key_Tab)  # the member who takes it down
    assert focused() is screen.record_member
    key(Qt.Key.Key_Tab)
    assert focused() is screen.record_button
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.banner.kind == "ok")
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        [entry] = journal.entries(s)
    assert (entry.from_name, entry.organisation, entry.about, entry.kind) == (
        "Құрманғалиева Әсел", "«Ақ жол»", "Жәшік пломбасыз. Ящик без пломбы.", "complaint")
    assert focused() is screen.name_edit  # ready for the next one
    assert screen.model.rowCount() == 1
