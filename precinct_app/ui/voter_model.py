"""The voter list as a Qt model: only ids are held; rows are fetched lazily in pages."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from precinct_app.db import Database
from precinct_app.messages import capitalized, text, word
from precinct_app.services import absentee, search, voters
from precinct_app.services.voters import VoterView
from precinct_app.ui import palette
from precinct_app.ui.signals import emit

# Status colours mean the same everywhere (docs/screens.md §1), always beside the word: amber is
# the desk's "already has a ballot".
HAS_BALLOT = "has_ballot"
STATUS_COLOURS = {"active": palette.STATE_MAY_ISSUE, "excluded": palette.STATE_EXCLUDED,
                  HAS_BALLOT: palette.STATE_ISSUED}
PAGE = 200
_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small dot in the status colour (made once per status)."""
    if status not in _ICONS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS.get(status, palette.TEXT_MUTED)))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _ICONS[status] = QIcon(pixmap)
    return _ICONS[status]
MAX_CACHED = 50 * PAGE  # scrolling the whole of a huge list must not keep it all in memory
VoterRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def status_key(voter: VoterView, held_since: dt.datetime | None) -> str:
    """``has_ballot`` for an active voter holding a ballot, else the list status."""
    return HAS_BALLOT if held_since is not None and voter.status == "active" else voter.status


def status_words(voter: VoterView, held_since: dt.datetime | None, lang: str) -> str:
    """The status in words: "has a ballot, issued at 10:42" rather than "on the list"."""
    if status_key(voter, held_since) == HAS_BALLOT:
        assert held_since is not None
        return text("status_has_ballot", lang, time=held_since.strftime("%H:%M"))
    return text(f"status_{voter.status}", lang)


class Column(IntEnum):
    """Columns of the voter table."""

    LIST_NO = 0
    NAME = 1
    IIN = 2
    BIRTH_DATE = 3
    SECTION = 4
    STATUS = 5


class VoterTableModel(QAbstractTableModel):
    """A virtual table over the ids of a search result (or the whole list)."""

    def __init__(self, db: Database, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._lang = lang
        self._ids: list[int] = []
        self._cache: dict[int, VoterView] = {}
        self._held: dict[int, dt.datetime] = {}  # of the cached voters: ballot held since
        self._absentee: dict[int, str] = {}  # of the cached voters: certificate number (§16)

    def set_language(self, lang: str) -> None:
        """Re-word the status column and headers."""
        self._lang = lang
        if self._ids:
            emit(self.dataChanged, 
                self.index(0, Column.STATUS), self.index(len(self._ids) - 1, Column.STATUS)
            )
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def set_ids(self, ids: list[int]) -> None:
        """Show these voters, in this order."""
        if not ids and not self._ids:
            return  # nothing shown before or after: no reset, no repaint (the desk's Enter)
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._held.clear()
        self._absentee.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Forget cached rows (data changed); keep the ids."""
        self.beginResetModel()
        self._cache.clear()
        self._held.clear()
        self._absentee.clear()
        self.endResetModel()

    def voter_at(self, row: int) -> VoterView | None:
        """The voter on ``row`` (fetching its page if needed)."""
        if not 0 <= row < len(self._ids):
            return None
        voter_id = self._ids[row]
        if voter_id not in self._cache:
            if len(self._cache) >= MAX_CACHED:
                self._cache.clear()
                self._held.clear()
                self._absentee.clear()
            start = (row // PAGE) * PAGE
            page = self._ids[start : start + PAGE]
            with self._db.reading() as session:
                for view in voters.get_many(session, page):
                    self._cache[view.id] = view
                self._held.update(search.ballots_held(session, page))
                self._absentee.update(absentee.live_numbers_for(session, page))
        return self._cache.get(voter_id)

    def held_since(self, voter_id: int) -> dt.datetime | None:
        """When a shown voter's ballot was issued (None: they hold none, or not fetched)."""
        return self._held.get(voter_id)

    # Qt overrides ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows: one per voter id (none under a valid parent: it is a flat table)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, and the whole voter under ``VoterRole``."""
        if not index.isValid():
            return None
        voter = self.voter_at(index.row())
        if voter is None:
            return None
        column = Column(index.column())
        if role == VoterRole:
            return voter
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.LIST_NO, Column.SECTION):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS:
            if voter.id in self._absentee and voter.id not in self._held:
                return status_icon("excluded")  # red: no ballot here (§16)
            return status_icon(status_key(voter, self._held.get(voter.id)))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == Column.LIST_NO:
            return str(voter.list_no)
        if column == Column.NAME:
            return voter.full_name
        if column == Column.IIN:
            return voter.iin
        if column == Column.BIRTH_DATE:
            return voter.birth_date.strftime("%d.%m.%Y")
        if column == Column.SECTION:
            return voter.section
        number = self._absentee.get(voter.id)
        if number is not None and voter.id not in self._held and voter.status == "active":
            return text("absentee_marked", self._lang, number=number)
        return status_words(voter, self._held.get(voter.id), self._lang)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the current language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        titles = {
            Column.LIST_NO: word("word_no", self._lang),
            Column.NAME: self.tr("Full name"),
            Column.IIN: word("column_iin", self._lang),
            Column.BIRTH_DATE: self.tr("Born"),
            Column.SECTION: capitalized("column_section", self._lang),
            Column.STATUS: self.tr("Status"),
        }
        return titles[Column(section)]
