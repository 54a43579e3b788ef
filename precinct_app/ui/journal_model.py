"""The journal screen's table: one row per entry, its decision and vote beside it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from precinct_app.messages import capitalized, text
from precinct_app.services.journal import JournalItem
from precinct_app.services.journal_words import vote_text
from precinct_app.services.localize import DATE_TIME, clock_text
from precinct_app.ui.outside_models import short_name
from precinct_app.ui.signals import emit

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class JournalColumn(IntEnum):
    """Columns of the journal."""

    NO, RECEIVED, KIND, FROM, ABOUT, DECISION, VOTE, ANSWERED = range(8)


class JournalModel(QAbstractTableModel):
    """The journal's entries, oldest first; a long text is whole in the cell's tooltip."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[JournalItem] = []
        self._lang = lang
        self._timezone = "UTC"
        self._names: dict[str, str] = {}

    def set_rows(self, rows: list[JournalItem], timezone: str, names: dict[str, str]) -> None:
        """Show ``rows``; times in ``timezone``; members named by ``names``."""
        self.beginResetModel()
        self._rows, self._timezone, self._names = rows, timezone, names
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Re-word the kinds, the votes and the headers."""
        self._lang = lang
        rows, columns = self.rowCount(), self.columnCount()
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, columns - 1)
        if rows:
            emit(self.dataChanged, self.index(0, 0), self.index(rows - 1, columns - 1))

    def entry(self, row: int) -> JournalItem:
        """The entry shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Entries (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The journal's columns."""
        return 0 if parent.isValid() else len(JournalColumn)

    def _text(self, item: JournalItem, column: JournalColumn) -> str:
        lang = self._lang
        if column == JournalColumn.NO:
            return str(item.id)
        if column == JournalColumn.RECEIVED:
            return clock_text(item.received_at, self._timezone, DATE_TIME)
        if column == JournalColumn.KIND:
            kind = text(f"journal_kind_{item.kind}", lang)
            if item.annex:
                kind += " · " + text("doc_journal_annex_asked", lang)
            if item.refers_to is not None:
                kind += " · " + text("doc_journal_refers", lang, entry=item.refers_to)
            return kind
        if column == JournalColumn.FROM:
            who = ", ".join(x for x in (item.from_name, item.organisation) if x)
            return f"{who} ({text(f'journal_from_{item.from_kind}', lang)})"
        if column == JournalColumn.ABOUT:
            return item.about.replace("\n", " ")
        if column == JournalColumn.DECISION:
            return (item.decision or text("journal_pending", lang)).replace("\n", " ")
        if column == JournalColumn.VOTE:
            return vote_text(item.vote, [lang])
        if item.decided_by is None or item.decided_at is None:
            return ""
        return (f"{short_name(self._names.get(item.decided_by, item.decided_by))}, "
                f"{clock_text(item.decided_at, self._timezone)}")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, the whole text as a tooltip, a muted undecided entry."""
        if not index.isValid():
            return None
        item, column = self._rows[index.row()], JournalColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == JournalColumn.NO:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of an elided cell
            return {JournalColumn.ABOUT: item.about,
                    JournalColumn.DECISION: item.decision or ""}.get(
                column, self._text(item, column))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles (the printed journal's words)."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = self._lang
        return {
            JournalColumn.NO: text("doc_journal_col_no", lang),
            JournalColumn.RECEIVED: text("doc_journal_col_received", lang),
            JournalColumn.KIND: self.tr("Kind of entry"),
            JournalColumn.FROM: text("doc_journal_col_from", lang),
            JournalColumn.ABOUT: text("doc_journal_col_about", lang),
            JournalColumn.DECISION: capitalized("column_journal_decision", lang),
            JournalColumn.VOTE: self.tr("Votes"),
            JournalColumn.ANSWERED: self.tr("Answered"),
        }.get(JournalColumn(section))
