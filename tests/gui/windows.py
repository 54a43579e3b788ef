"""Helpers for tests that drive the main window (the fixtures are in tests/gui/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from precinct_app.ui.header import LANGUAGES
from precinct_app.ui.main_window import MainWindow

# What the ``make_window`` fixture gives: ``make_window(size=..., shown=...)``.
WindowFactory = Callable[..., MainWindow]


def switch_language(window: MainWindow, lang: str) -> None:
    """As a member does it: the header's language switch."""
    window.header.language.setCurrentIndex(LANGUAGES.index(lang))
    QCoreApplication.processEvents()  # LanguageChange reaches the widgets already built
    assert window._ctx.lang == lang


def sign_in(qtbot: QtBot, window: MainWindow, member_id: str = "c2", pin: str = "1234") -> None:
    """As a member does it: choose yourself in the sign-in, type the PIN, Enter.

    The demo's deputy chair (c2) by default: the one role that may take every day's
    action but the chair's own (override, restore, PIN reset, idle lock).
    """
    panel = window.sign_in
    if window.gate.currentWidget() is not panel:  # somebody is at the desk: a switch
        window.header.switch_button.click()
    assert window.gate.currentWidget() is panel, "the sign-in is not in front"
    panel.choose(member_id)
    panel.pin.clear()
    QTest.keyClicks(panel.pin, pin)
    QTest.keyClick(panel.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    assert window._ctx.signin.member_id == member_id
