"""The keys every search box shares: Up/Down/PageUp/PageDown move the list, Esc clears,
Enter acts (where the screen has an action), while the focus stays in the box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView

STEPS: dict[int, int] = {
    Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10,
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchKeys(QObject):
    """Event filter on a search box calling the screen's handlers for the shared keys."""

    def __init__(
        self,
        box: QLineEdit,
        move: Callable[[int], None],
        clear: Callable[[], None],
        enter: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(box)
        self._move, self._clear, self._enter = move, clear, enter
        box.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        """Handle the shared keys; everything else reaches the box."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        key = int(event.key())
        if key in STEPS:
            self._move(STEPS[key])
            return True
        if key == Qt.Key.Key_Escape:
            self._clear()
            return True
        if key in _ENTER and self._enter is not None:
            self._enter()
            return True
        return False


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` the table's current, selected and visible row."""
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


def step_selection(table: QTableView, step: int) -> None:
    """Move the current row by ``step`` (Up/Down/PageUp/PageDown), within the table."""
    rows = table.model().rowCount()
    if rows:
        current = table.selectionModel().currentIndex().row()
        select_row(table, max(0, min(rows - 1, current + step)))
