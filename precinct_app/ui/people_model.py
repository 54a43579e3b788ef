"""The register of those present as a Qt table model (over ``services.attendance.register``)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from precinct_app.messages import capitalized, text
from precinct_app.services.attendance import PresentView
from precinct_app.services.localize import clock_text

PersonRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class PeopleColumn(IntEnum):
    """Columns of the register."""

    NUMBER = 0
    NAME = 1
    KIND = 2
    ORGANISATION = 3
    MANDATE = 4
    VISITS = 5
    STATE = 6


class PeopleModel(QAbstractTableModel):
    """Everyone recorded, in the order they first came; the ``PresentView`` under PersonRole."""

    _people: Sequence[PresentView] = ()  # at class level: see list_changes_model
    _timezone = "UTC"

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def set_people(self, people: list[PresentView], timezone: str) -> None:
        """Show ``people``, times in ``timezone``."""
        self.beginResetModel()
        self._people, self._timezone = list(people), timezone
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Word kinds and headers in ``lang``."""
        self.beginResetModel()
        self._lang = lang
        self.endResetModel()

    def person(self, row: int) -> PresentView | None:
        """The person of ``row``."""
        return self._people[row] if 0 <= row < len(self._people) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per person."""
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The columns of :class:`PeopleColumn`."""
        return 0 if parent.isValid() else len(PeopleColumn)

    def _visits(self, person: PresentView) -> str:
        return "; ".join(
            clock_text(v.arrived_at, self._timezone) + "–"
            + (clock_text(v.left_at, self._timezone) if v.left_at is not None else "")
            for v in person.visits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, alignment, or the whole person."""
        person = self.person(index.row()) if index.isValid() else None
        if person is None:
            return None
        if role == PersonRole:
            return person
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == PeopleColumn.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = PeopleColumn(index.column())
        if column == PeopleColumn.NUMBER:
            return str(person.id)
        if column == PeopleColumn.NAME:
            return person.name
        if column == PeopleColumn.KIND:
            return text(f"present_kind_{person.kind}", self._lang)
        if column == PeopleColumn.ORGANISATION:
            return person.organisation
        if column == PeopleColumn.MANDATE:
            return person.mandate
        if column == PeopleColumn.VISITS:
            return self._visits(person)
        # A word and a mark, never colour alone (docs/screens.md §1).
        return ("● " + self.tr("present")) if person.present else ("○ " + self.tr("left"))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column names in the model's language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(PeopleColumn):
            return None
        column = PeopleColumn(section)
        codes = {PeopleColumn.NAME: "doc_people_col_name", PeopleColumn.KIND: "doc_people_col_kind",
                 PeopleColumn.ORGANISATION: "doc_people_col_organisation",
                 PeopleColumn.MANDATE: "doc_people_col_mandate",
                 PeopleColumn.VISITS: "doc_people_col_visits"}
        if column in codes:
            return capitalized(codes[column], self._lang)
        return "№" if column == PeopleColumn.NUMBER else self.tr("Now")
