"""The lists of the paper-list entry (``paper_dialog``): the marks typed in this sitting, and
the conflicts for the chair (services.paper_entries)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from precinct_app.messages import text
from precinct_app.services.localize import clock_text
from precinct_app.services.paper_entries import Conflict
from precinct_app.ui import palette

_Index = QModelIndex | QPersistentModelIndex
ENTERED, CONFLICT, REFUSED = "entered", "conflict", "refused"
_COLOURS = {ENTERED: (palette.OK_TEXT, palette.OK_TINT),
            CONFLICT: (palette.WARN_TEXT, palette.WARN_TINT),
            REFUSED: (palette.ERROR_TEXT, palette.ERROR_TINT)}


@dataclass(frozen=True)
class TypedLine:
    """One mark as the member typed it, and what became of it (worded already)."""

    at: str  # HH:MM as typed
    voter: str  # as typed (a list number, an IIN)
    contest: str  # its title, "" when refused before any contest
    outcome: str  # ENTERED, CONFLICT or REFUSED
    said: str


class LineColumn(IntEnum):
    """The columns of the marks typed."""

    TIME = 0
    VOTER = 1
    CONTEST = 2
    RESULT = 3


class TypedLinesModel(QAbstractTableModel):
    """The marks typed in this sitting, the newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[TypedLine] = []
        self.headers = ["", "", "", ""]

    def add(self, lines: list[TypedLine]) -> None:
        """Put ``lines`` on top."""
        self.beginInsertRows(QModelIndex(), 0, len(lines) - 1)
        self.lines[:0] = lines
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Marks typed."""
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Four columns."""
        return 0 if parent.isValid() else len(LineColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, and the outcome's colours."""
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (line.at, line.voter, line.contest, line.said)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == LineColumn.RESULT:
            return line.said
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == LineColumn.RESULT:
            return QBrush(QColor(_COLOURS[line.outcome][0]))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_COLOURS[line.outcome][1]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The column captions."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class ConflictColumn(IntEnum):
    """The columns of the chair's conflicts."""

    NUMBER = 0
    VOTER = 1
    CONTEST = 2
    KIND = 3
    PAPER = 4
    RECORDED = 5
    STATE = 6


class ConflictsModel(QAbstractTableModel):
    """Every conflict, the open ones first, both sides in words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Conflict] = []
        self.headers = [""] * len(ConflictColumn)
        self._lang, self._tz = "en", "UTC"
        self._contests: dict[str, str] = {}

    def set_items(self, items: list[Conflict], lang: str, timezone: str,
                  contests: dict[str, str]) -> None:
        """Show ``items`` (in ``lang``, times in ``timezone``)."""
        self.beginResetModel()
        self.items, self._lang, self._tz, self._contests = items, lang, timezone, contests
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Conflicts."""
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Seven columns."""
        return 0 if parent.isValid() else len(ConflictColumn)

    def _cell(self, item: Conflict, column: int) -> str:
        lang, tz = self._lang, self._tz
        if column == ConflictColumn.NUMBER:
            return str(item.entry_id)
        if column == ConflictColumn.VOTER:
            return str(item.list_no)
        if column == ConflictColumn.CONTEST:
            return self._contests.get(item.contest_id, item.contest_id)
        if column == ConflictColumn.KIND:
            return text(f"paper_conflict_{item.conflict}", lang)
        if column == ConflictColumn.PAPER:
            return text("paper_conflict_paper_side", lang, at=clock_text(item.paper_at, tz),
                        member=item.issued_by, desk=item.desk or "—",
                        entered=clock_text(item.entered_at, tz), enterer=item.entered_by)
        if column == ConflictColumn.RECORDED:
            if item.other_at is None:
                return "—"
            return text("paper_conflict_other_side", lang, at=clock_text(item.other_at, tz),
                        member=item.other_member or "", desk=item.other_desk or "—")
        if not item.resolved or item.resolved_at is None:
            return text("paper_conflict_open", lang)
        return text("paper_resolved_line", lang, at=clock_text(item.resolved_at, tz),
                    member=item.resolved_by or "",
                    resolution=text(f"paper_resolution_{item.resolution}", lang),
                    reason=item.reason or "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text; an open conflict stands out."""
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and not item.resolved:
            return QBrush(QColor(palette.WARN_TINT))
        if (role == Qt.ItemDataRole.ForegroundRole and index.column() == ConflictColumn.STATE
                and not item.resolved):
            return QBrush(QColor(palette.WARN_TEXT))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The column captions."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
