"""Choosers that give up width before the window does.

A QComboBox will not be narrower than its longest item, so a member's full name and role,
or a contest's title, at "large text" would push the window past 1366 pixels. A
:class:`ShrinkableCombo` is as wide as its longest item where there is room, and may
shrink to ``chars`` characters where there is not (the current item is then elided; the
list shows every item whole).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget

SHRINK_TO_CHARS = 16
_ARROW_AND_FRAME = 40  # pixels beside the text: the drop-down arrow and the frame


class ShrinkableCombo(QComboBox):
    """A combo box whose minimum width is ``chars`` characters, not its longest item."""

    def __init__(self, parent: QWidget | None = None, chars: int = SHRINK_TO_CHARS) -> None:
        super().__init__(parent)
        self._chars = chars

    def minimumSizeHint(self) -> QSize:
        """At most ``chars`` average characters wide."""
        hint = super().minimumSizeHint()
        narrow = self.fontMetrics().averageCharWidth() * self._chars + _ARROW_AND_FRAME
        return QSize(min(hint.width(), narrow), hint.height())
