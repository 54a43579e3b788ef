"""The People present screen in a real window: a name typed in Latin and Kazakh letters,
Enter through the form records the arrival."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from realwin import focused, key, sequence, show, type_text

from precinct_app.services import attendance
from precinct_app.ui.context import AppContext
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.people_screen import PeopleScreen
from precinct_app.ui.shell import WindowHost


def _people(qtbot: QtBot, window: MainWindow) -> PeopleScreen:
    """People present, opened with its key (Ctrl+O) as a member would."""
    sequence("Ctrl+O")
    qtbot.waitUntil(lambda: NAV[window.pages.currentIndex() - 1] == "people")
    screen = window.pages.currentWidget()
    assert isinstance(screen, PeopleScreen)
    return screen


def test_typing_a_name_and_enter_record_the_arrival(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    window = show(qtbot, host)
    screen = _people(qtbot, window)
    QTest.mouseClick(screen.name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is screen.name)
    type_text("Ingrid Sørensen-Әбілова")
    key(Qt.Key.Key_Return)  # to the kind
    key(Qt.Key.Key_Tab)  # to the organisation
    qtbot.waitUntil(lambda: focused() is screen.organisation)
    type_text("OSCE/ODIHR")
    key(Qt.Key.Key_Return)  # to the mandate
    type_text("EOM-0142")
    key(Qt.Key.Key_Return)  # the last field records
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        [person] = attendance.register(s)
    assert (person.name, person.kind, person.organisation, person.mandate) == (
        "Ingrid Sørensen-Әбілова", "international_observer", "OSCE/ODIHR", "EOM-0142")
    assert "Ingrid Sørensen-Әбілова" in screen.result.text()
    assert focused() is screen.name  # ready for the next person
