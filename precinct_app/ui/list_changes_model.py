"""The day's list changes as a Qt table model (over ``services.list_changes.day_changes``)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from precinct_app.messages import capitalized, word
from precinct_app.messages.list_changes import basis_text, reason_text
from precinct_app.services.list_changes import DayChange
from precinct_app.services.localize import clock_text
from precinct_app.ui.signals import emit
from precinct_app.ui.voter_model import status_icon

ChangeRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def short_name(full_name: str) -> str:
    """Surname and initials, as on a signature line (Жұмабекова Айгерім -> Жұмабекова А.)."""
    parts = full_name.split()
    return " ".join(parts[:1] + [f"{p[0]}." for p in parts[1:]])


class ChangeColumn(IntEnum):
    """Columns of the changes table."""

    TIME = 0
    KIND = 1
    LIST_NO = 2
    NAME = 3
    DETAIL = 4
    REFERENCE = 5
    MEMBER = 6


# The catalog's word for each kind of change (DayChange.kind).
_KIND_WORDS = {"added": "word_added", "excluded": "status_excluded",
               "certificate": "change_certificate",
               "certificate_cancelled": "change_certificate_cancelled"}


class DayChangesModel(QAbstractTableModel):
    """Voters added and excluded today, newest first; the whole ``DayChange`` under ChangeRole."""

    # Empty, at class level too: when the window is torn down, Python's collector may clear
    # this object's attributes while its view still asks for the header; it then reads none.
    _changes: Sequence[DayChange] = ()
    _timezone = "UTC"

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._timezone = "UTC"  # no rows before set_changes gives the station's zone

    def set_changes(self, changes: list[DayChange], timezone: str) -> None:
        """Show ``changes`` (in this order), times in ``timezone``."""
        self.beginResetModel()
        self._changes = list(changes)
        self._timezone = timezone
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Re-word the kinds, bases, reasons and headers."""
        self._lang = lang
        if self._changes:
            emit(self.dataChanged, self.index(0, 0),
                                  self.index(len(self._changes) - 1, len(ChangeColumn) - 1))
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(ChangeColumn) - 1)

    def change_at(self, row: int) -> DayChange | None:
        """The change on ``row``."""
        return self._changes[row] if 0 <= row < len(self._changes) else None

    # Qt overrides ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per change (a flat table)."""
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else len(ChangeColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, the kind's dot, and the change under ``ChangeRole``."""
        change = self.change_at(index.row()) if index.isValid() else None
        if change is None:
            return None
        column = ChangeColumn(index.column())
        if role == ChangeRole:
            return change
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (ChangeColumn.TIME, ChangeColumn.LIST_NO):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == ChangeColumn.KIND:
            # Green: may vote here; red: excluded, or holds a certificate (no ballot here).
            return status_icon("active" if change.kind in ("added", "certificate_cancelled")
                               else "excluded")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ChangeColumn.MEMBER:
                return change.member_name
            if column in (ChangeColumn.KIND, ChangeColumn.NAME, ChangeColumn.DETAIL,
                          ChangeColumn.REFERENCE):  # whole where the column elides
                return self._display(change, column) or None
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._display(change, column)

    def _display(self, change: DayChange, column: ChangeColumn) -> str:
        if column == ChangeColumn.TIME:
            return clock_text(change.at, self._timezone)
        if column == ChangeColumn.KIND:
            return capitalized(_KIND_WORDS[change.kind], self._lang)
        if column == ChangeColumn.LIST_NO:
            return str(change.list_no)
        if column == ChangeColumn.NAME:
            return change.full_name
        if column == ChangeColumn.DETAIL:
            if change.kind == "added":
                return basis_text(change.detail, self._lang)
            if change.kind.startswith("certificate"):
                return change.detail  # the reason typed when it was cancelled
            return reason_text(change.detail, self._lang)
        if column == ChangeColumn.REFERENCE:
            return change.reference
        return short_name(change.member_name)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the current language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ChangeColumn):
            return None
        titles = {
            ChangeColumn.TIME: word("word_time", self._lang),
            ChangeColumn.KIND: self.tr("Change"),
            ChangeColumn.LIST_NO: word("word_no", self._lang),
            ChangeColumn.NAME: self.tr("Full name"),
            ChangeColumn.DETAIL: self.tr("Basis or reason"),
            ChangeColumn.REFERENCE: self.tr("Document"),
            ChangeColumn.MEMBER: self.tr("By"),
        }
        return titles[ChangeColumn(section)]
