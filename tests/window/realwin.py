"""Driving the real window: show it, type into whatever has the focus, answer dialogs."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from precinct_app.ui.main_window import MainWindow
from precinct_app.ui.shell import WindowHost

KEY_DELAY_MS = 1  # a USB scanner types a whole IIN in a few milliseconds


def show(qtbot: QtBot, host: WindowHost, member: str | None = "c2",
         pin: str = "1234") -> MainWindow:
    """Build the window as the app does; it must make itself active (no window manager
    here does it, and a window that is not active runs no keyboard shortcut).

    ``member`` signs in as a person does (None: the sign-in is left in front).
    """
    window = host.show()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    if member is not None and window.gate.currentWidget() is window.sign_in:
        sign_in(qtbot, window, member, pin)
    return window


def sign_in(qtbot: QtBot, window: MainWindow, member: str, pin: str = "1234") -> None:
    """Choose the member with the arrow keys, Tab to the PIN, type it, Enter."""
    panel = window.sign_in
    panel.members.setFocus()
    qtbot.waitUntil(lambda: focused() is panel.members)
    key(Qt.Key.Key_Home)
    ids = [m.id for m, _note in panel.model.rows]
    for _ in range(ids.index(member)):
        key(Qt.Key.Key_Down)
    assert panel.chosen() is not None and panel.chosen().id == member  # type: ignore[union-attr]
    key(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused() is panel.pin)
    type_text(pin)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active window, as a click on it would."""
    window.raise_()
    window.activateWindow()
    with warnings.catch_warnings():  # deprecated, but Xvfb has no window manager to do it
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)


def focused() -> QWidget:
    """The widget a keystroke goes to now."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def key(qt_key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key (with modifiers) to the focused widget, through the shortcut map."""
    QTest.keyClick(focused(), qt_key, modifiers, KEY_DELAY_MS)


def sequence(text: str) -> None:
    """A shortcut named as on the screen ("F6", "Ctrl+S", "Ctrl+3") to the focused widget."""
    combined = QKeySequence(text)[0]
    QTest.keyClick(focused(), combined.key(), combined.keyboardModifiers(), KEY_DELAY_MS)


def type_text(text: str) -> None:
    """Type ``text`` into the focused widget, one key event a character (Cyrillic too)."""
    for char in text:
        if char.isascii() and char.isprintable():
            QTest.keyClicks(focused(), char, Qt.KeyboardModifier.NoModifier, KEY_DELAY_MS)
        else:  # QTest's ASCII table has no Cyrillic key: the key event carries the text
            QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(char.upper())),
                               char, Qt.KeyboardModifier.NoModifier, KEY_DELAY_MS)


def scan(text: str) -> None:
    """A USB scanner: the digits, then Enter at once (no wait for the search timer)."""
    type_text(text)
    key(Qt.Key.Key_Return)


class DialogAnswer:
    """Answers the next modal dialog by keys once it is up (it runs its own event loop).

    ``answer`` gets the dialog; it types into ``focused()``. A dialog that cannot be
    answered is rejected, so a failing test never hangs on it.
    """

    def __init__(self, answer: Callable[[QDialog], None], timeout_s: float = 10.0) -> None:
        self._answer = answer
        self._deadline = time.monotonic() + timeout_s
        self.seen: QDialog | None = None
        self.error: BaseException | None = None
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible() or focus is None or \
                not dialog.isAncestorOf(focus):  # up, and holding the keyboard
            if time.monotonic() < self._deadline:
                QTimer.singleShot(20, self._poll)
            return
        self.seen = dialog
        try:
            self._answer(dialog)
        except BaseException as exc:  # reported by check()
            self.error = exc
            dialog.reject()

    def check(self) -> QDialog:
        """The dialog that was answered (raises what went wrong inside)."""
        if self.error is not None:
            raise self.error
        assert self.seen is not None, "no dialog appeared"
        return self.seen


def switch_language(qtbot: QtBot, window: MainWindow, steps_up: int) -> None:
    """The header's language switch (Қазақша, Русский, English), opened with the mouse,
    moved with the arrow keys, chosen with Enter, as a member would."""
    combo = window.header.language
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton,
                     pos=QPoint(combo.width() // 2, combo.height() // 2))
    qtbot.waitUntil(combo.view().isVisible)
    for _ in range(steps_up):
        key(Qt.Key.Key_Up)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
