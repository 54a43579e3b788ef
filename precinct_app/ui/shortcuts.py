"""Keys a screen names ("F6", "Ctrl+S"), as shortcut objects of the screen.

Never ``QAbstractButton.setShortcut``: a button's ``setText`` replaces its shortcut with
the mnemonic of the new text (none), so relabelling it (a language switch, a count in
its caption) silently dropped F6, F8 and Ctrl+S.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget


def screen_key(
    screen: QWidget, keys: str | QKeySequence.StandardKey, action: Callable[[], object]
) -> QShortcut:
    """``keys`` call ``action`` while ``screen`` is shown in the active window, wherever
    the focus is (the language switch, a combo box just used): Qt matches a shortcut
    only while its parent is visible and enabled, so a hidden screen's key never fires."""
    shortcut = QShortcut(QKeySequence(keys), screen)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(action)
    return shortcut


def press(button: QAbstractButton) -> Callable[[], None]:
    """An action that clicks ``button`` when a member could: shown and enabled."""

    def click() -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    return click
