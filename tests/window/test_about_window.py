"""About in a real window: F1 from the main window, the build id read off the dialog, the
check of the installation's files run by a key to completion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from realwin import activate, focused, key, sequence, show

from precinct_app.services import build_id
from precinct_app.ui.shell import WindowHost


def test_f1_opens_about_and_its_check_runs_by_keys(qtbot: QtBot, host: WindowHost) -> None:
    window = show(qtbot, host, member="c2")
    sequence("F1")  # whatever has the focus in the station's window
    qtbot.waitUntil(lambda: window.about is not None and window.about.isVisible())
    about = window.about
    assert about is not None
    activate(qtbot, about)
    assert about.build_label.text() == build_id.current().build_id
    about.check_button.setFocus()
    qtbot.waitUntil(lambda: focused() is about.check_button)
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: about.check_banner.kind == "ok", timeout=30_000)
    assert "All match the build id" in about.check_banner.text()
    assert about.check_button.isEnabled()
    key(Qt.Key.Key_Escape)  # closes About; the station's window is still there
    qtbot.waitUntil(lambda: not about.isVisible())
    activate(qtbot, window)  # no window manager here gives the focus back: a click would
    sequence("F1")  # again: the same About, brought forward
    activate(qtbot, about)
    assert window.about is about and about.isVisible()
