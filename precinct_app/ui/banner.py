"""The in-place line every screen uses for a confirmation, a reason or a refusal.

docs/screens.md §1: confirmations are shown in place, not in dialogs, and colour is never the
only signal, so each kind has its mark as well as its colours.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from precinct_app.ui import palette

COLOURS = {  # (background, text) per kind; contrast above 4.5:1 on each background
    "ok": (palette.OK_TINT, palette.OK_TEXT), "warn": (palette.WARN_TINT, palette.WARN_TEXT),
    "error": (palette.ERROR_TINT, palette.ERROR_TEXT),
}
MARKS = {"ok": "✔", "warn": "■", "error": "✕"}


class Banner(QLabel):
    """Bold, wrapped plain text in the colours of its kind (``ok``, ``warn``, ``error``).

    ``kind`` is the kind shown ('' when empty). ``hide_when_empty`` takes the line
    out of the layout while there is nothing to say.
    """

    def __init__(
        self, name: str, *, scale: float = 1.0, padding: str = "8px 12px",
        hide_when_empty: bool = False, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote voter data
        font = QFont(self.font())
        font.setBold(True)
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        self.setFont(font)
        self._padding = padding
        self._hide_when_empty = hide_when_empty
        self.kind = ""
        self.setVisible(not hide_when_empty)

    def show_text(self, kind: str, text: str) -> None:
        """Show ``text`` as it is (it carries its own mark) in the colours of ``kind``."""
        self.kind = kind
        background, colour = COLOURS[kind]
        sheet = (f"#{self.objectName()} {{ background: {background}; color: {colour};"
                 f" padding: {self._padding}; border-radius: 6px; }}")
        if self.styleSheet() != sheet:  # re-styling costs milliseconds at every Enter
            self.setStyleSheet(sheet)
        self.setText(text)
        self.show()

    def show_message(self, kind: str, message: str) -> None:
        """Show ``message`` after the mark of ``kind``."""
        self.show_text(kind, f"{MARKS[kind]}  {message}")

    def clear_message(self) -> None:
        """Nothing to say."""
        self.kind = ""
        self.setText("")
        self.setStyleSheet("")
        if self._hide_when_empty:
            self.hide()
