"""Keys between screens: Ctrl+1 ... Ctrl+9 and Ctrl+0 for the tenth, in the navigation's
order, then Ctrl+J for the journal; each key shown under its screen's name
(docs/screens.md §1: all from the keyboard).

Digits, not letters: the same keys in Kazakh, Russian and English, and on every layout
(Qt matches a non-Latin layout's key to its Latin one for shortcuts); the journal, the
eleventh, takes the one letter.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from precinct_app.ui import palette

_BOTTOM = 3  # pixels under the key
_SHARED = 5  # of the item's bottom padding (8 px in the style sheet), taken by the key
# Past the ten digits: those present (observers) Ctrl+O, the journal of complaints and
# acts Ctrl+J (Qt matches letters on a Cyrillic layout too, as it does the digits).
# The station server, the chair's: Ctrl+K (its join code; docs/formats.md §8).
KEYS = (*(f"Ctrl+{digit}" for digit in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0)), "Ctrl+O", "Ctrl+J",
        "Ctrl+K")

_Index = QModelIndex | QPersistentModelIndex


def key_text(row: int) -> str:
    """The key of the navigation's ``row`` as the keyboard names it ("Ctrl+3")."""
    return QKeySequence(KEYS[row]).toString(QKeySequence.SequenceFormat.NativeText)


class _KeyDelegate(QStyledItemDelegate):
    """Each item's name as usual, its key on a second, quieter line under it: no wider
    (the window must fit 1366 pixels in every language), a line taller."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        """The name at the top of the item, leaving the bottom line to the key."""
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The item, then its key."""
        super().paint(painter, option, index)
        if index.row() >= len(KEYS):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        painter.save()
        painter.setFont(key_font(option.font))
        painter.setPen(QColor(palette.ON_ACCENT_SOFT if selected else
                              palette.TEXT_SECONDARY if enabled else palette.TEXT_DISABLED))
        # Under the name, in the text's own rectangle (inside the style sheet's padding).
        style = option.widget.style() if option.widget is not None else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        # Into the bottom padding: ten screens fit the height in large text too.
        rect = text.adjusted(0, 0, 0, option.rect.bottom() - text.bottom() - _BOTTOM)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                         key_text(index.row()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """A line taller, for the key."""
        size = super().sizeHint(option, index)
        extra = QFontMetrics(key_font(option.font)).height() - _SHARED
        return QSize(size.width(), size.height() + max(0, extra))


def key_font(font: QFont) -> QFont:
    """The keys' font: the navigation's, smaller."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.8)
    return small


class NavKeys(QObject):
    """Ctrl+digit go to the navigation's rows; a disabled screen's key says why not."""

    def __init__(self, window: QWidget, nav: QListWidget, refused: Callable[[str], None]) -> None:
        super().__init__(window)
        self._nav, self._refused = nav, refused
        nav.setItemDelegate(_KeyDelegate(nav))
        for row in range(min(nav.count(), len(KEYS))):
            shortcut = QShortcut(QKeySequence(KEYS[row]), window)  # anywhere in the window
            shortcut.activated.connect(partial(self._go, row))

    def _go(self, row: int) -> None:
        item = self._nav.item(row)
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._nav.setCurrentRow(row)
            return
        # The reason is the item's tooltip ("Voting is not open yet"): said, not silent.
        self._refused(f"{item.text()}: {item.toolTip()}" if item.toolTip() else item.text())
