"""Joining a station server in a real window: Ctrl+K to the Station server screen, the
join dialog, a USB scanner typing the QR code's text and Enter, the fingerprint shown,
Enter to join; the window reopens on the server's station (server: tests/server_fakes)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from realwin import DialogAnswer, focused, key, scan, sequence, show

from precinct_app.db import open_database
from precinct_app.ui.context import AppContext
from precinct_app.ui.join_dialog import JoinDialog
from precinct_app.ui.server_model import fingerprint_groups
from precinct_app.ui.server_screen import ServerScreen
from precinct_app.ui.shell import WindowHost
from tests import server_fakes
from tests.server_fakes import ADDRESS, FINGERPRINT, FakeServer


@pytest.mark.sqlite_only  # the stand-in station is the SQLite file opened again
def test_a_scanned_code_and_enter_join_the_server(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = server_fakes.install(monkeypatch, FakeServer())
    server.opened = open_database(demo_ctx.db_path)  # stands for the station on the server
    window = show(qtbot, host, member="c1")  # the chair
    sequence("Ctrl+K")
    screen = window.pages.currentWidget()
    assert isinstance(screen, ServerScreen)
    qtbot.waitUntil(screen.join_button.isVisible)

    names: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, JoinDialog)
        names.append(dialog.name.text())  # the host name, left as it is
        assert focused() is dialog.scan  # ready for the scanner, nothing to click first
        scan(server_fakes.info().join_text)  # the scanner types the text, then Enter
        assert dialog.fingerprint.text() == fingerprint_groups(FINGERPRINT)
        assert not server.named("join_desk")  # Enter in the field compares, never joins
        qtbot.waitUntil(lambda: focused() is dialog.join_button)
        key(Qt.Key.Key_Return)  # compared with the server's screen: join

    answered = DialogAnswer(answer)
    qtbot.mouseClick(screen.join_button, Qt.MouseButton.LeftButton)
    answered.check()
    assert names[0]
    assert server.named("join_desk") == [{"address": ADDRESS, "code": "K7QM3XPA",
                                          "desk_name": names[0],
                                          "expected_fingerprint": FINGERPRINT}]
    qtbot.waitUntil(lambda: host.window is not window, timeout=10_000)
    assert demo_ctx.db is server.opened  # the window was built again on that station
