"""The outside-voting screen's tables (the register, the trips) and its in-place banner."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

from precinct_app.messages import capitalized, text
from precinct_app.services import outside
from precinct_app.services.localize import clock_text
from precinct_app.services.outside import ApplicationView, TripView
from precinct_app.ui.i18n import fill
from precinct_app.ui.signals import emit

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def reason_words(reason: str, lang: str) -> str:
    """A stored reason in ``lang``: the code's word, then the detail typed with it."""
    code, detail = outside.split_reason(reason)
    if code == outside.OTHER:
        return detail
    word = text(f"outside_reason_{code}", lang)
    return f"{word}: {detail}" if detail else word


def short_name(name: str) -> str:
    """A member's name as surname and initials (Ахметов Нұрлан Ерланұлы -> Ахметов Н. Е.)."""
    surname, *rest = name.split() or [""]
    return " ".join([surname, *(f"{part[0]}." for part in rest)])


def compact(combo: QComboBox, chars: int) -> None:
    """Let ``combo`` shrink to about ``chars`` characters (long names elide, nothing clips)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setMinimumWidth(0)


def _reworded(model: QAbstractTableModel) -> None:
    rows, columns = model.rowCount(), model.columnCount()
    emit(model.headerDataChanged, Qt.Orientation.Horizontal, 0, columns - 1)
    if rows:
        emit(model.dataChanged, model.index(0, 0), model.index(rows - 1, columns - 1))


class RegisterColumn(IntEnum):
    """Columns of the register of applications."""

    TIME, LIST_NO, NAME, ADDRESS, REASON, MEMBER, LATE, BALLOT = range(8)


class RegisterModel(QAbstractTableModel):
    """The register of applications; the ballot column says where the applicant got one."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationView] = []
        self._lang = lang
        self._timezone = "UTC"
        self._contests: tuple[str, ...] = ()

    def set_rows(
        self, rows: list[ApplicationView], timezone: str, contests: tuple[str, ...]
    ) -> None:
        """Show ``rows``; times in ``timezone``; ballots for each of ``contests``."""
        self.beginResetModel()
        self._rows, self._timezone, self._contests = rows, timezone, contests
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Re-word the reasons and the headers (the selection stays)."""
        self._lang = lang
        _reworded(self)

    def application(self, row: int) -> ApplicationView:
        """The application shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Applications (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The register's columns."""
        return 0 if parent.isValid() else len(RegisterColumn)

    def _ballot_text(self, app: ApplicationView) -> str:
        parts = []
        for contest_id in self._contests:
            held = app.ballot(contest_id)
            if held is None:
                word = "✕ " + text("status_excluded", self._lang) \
                    if app.voter_status != "active" else self.tr("none")
            elif held.place == "premises":
                word = self.tr("at the desk")
            elif held.trip_id is not None:
                word = fill(self.tr("on trip %1"), str(held.trip_id))
            else:
                word = text("word_outside", self._lang)
            parts.append(f"{contest_id}: {word}" if len(self._contests) > 1 else word)
        return "; ".join(parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, alignment and the full late reason as a tooltip."""
        if not index.isValid():
            return None
        app, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RegisterColumn.LIST_NO:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == RegisterColumn.MEMBER:
            return app.member_name
        if role == Qt.ItemDataRole.ToolTipRole and column == RegisterColumn.LATE:
            return app.late_reason
        if role == Qt.ItemDataRole.ToolTipRole and column not in (
            RegisterColumn.TIME, RegisterColumn.LIST_NO
        ):
            return self.data(index)  # the whole text of an elided cell
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == RegisterColumn.TIME:
            return clock_text(app.received_at, self._timezone)
        if column == RegisterColumn.LIST_NO:
            return str(app.list_no)
        if column == RegisterColumn.NAME:
            return app.full_name
        if column == RegisterColumn.ADDRESS:
            return app.address
        if column == RegisterColumn.REASON:
            return reason_words(app.reason, self._lang)
        if column == RegisterColumn.MEMBER:
            return short_name(app.member_name)
        if column == RegisterColumn.LATE:
            return self.tr("yes") if app.late else ""
        return self._ballot_text(app)

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            RegisterColumn.TIME: text("word_time", self._lang),
            RegisterColumn.LIST_NO: text("word_no", self._lang),
            RegisterColumn.NAME: self.tr("Full name"),
            RegisterColumn.ADDRESS: capitalized("column_address", self._lang),
            RegisterColumn.REASON: capitalized("word_reason", self._lang),
            RegisterColumn.MEMBER: self.tr("Taken by"),
            RegisterColumn.LATE: self.tr("Late?"),
            RegisterColumn.BALLOT: self.tr("Ballot"),
        }.get(RegisterColumn(section))


class TripColumn(IntEnum):
    """Columns of the trips table."""

    TRIP, MEMBERS, TIMES, TAKEN, ISSUED, RETURNED, SPOILED, STATE = range(8)


class TripsModel(QAbstractTableModel):
    """Every trip with its figures; those under way first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TripView] = []
        self._timezone = "UTC"
        self._several = False

    def set_rows(self, rows: list[TripView], timezone: str, several_contests: bool) -> None:
        """Show ``rows``; times in ``timezone``; the contest beside the number if several."""
        self.beginResetModel()
        self._rows, self._timezone, self._several = rows, timezone, several_contests
        self.endResetModel()

    def retranslate(self) -> None:
        """Re-word the headers and states (the selection stays)."""
        _reworded(self)

    def trip(self, row: int) -> TripView | None:
        """The trip shown in ``row`` (None outside the table)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, trip_id: int) -> int:
        """The row showing ``trip_id`` (-1 when none)."""
        return next((i for i, t in enumerate(self._rows) if t.trip_id == trip_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Trips (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The trips table's columns."""
        return 0 if parent.isValid() else len(TripColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text; numbers right-aligned."""
        if not index.isValid():
            return None
        trip, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            TripColumn.MEMBERS, TripColumn.TIMES, TripColumn.STATE
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == TripColumn.MEMBERS:
            return ", ".join(trip.member_names)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        figures = {
            TripColumn.TRIP: trip.trip_id, TripColumn.TAKEN: trip.taken,
            TripColumn.ISSUED: trip.issued, TripColumn.RETURNED: trip.returned,
            TripColumn.SPOILED: trip.spoiled,
        }
        if column == TripColumn.TRIP and self._several:
            return f"{trip.trip_id} · {trip.contest_id}"
        if column in figures:
            value = figures[TripColumn(column)]
            return "—" if value is None else str(value)
        if column == TripColumn.MEMBERS:
            return ", ".join(short_name(name) for name in trip.member_names)
        if column == TripColumn.TIMES:
            start = clock_text(trip.started_at, self._timezone)
            end = clock_text(trip.ended_at, self._timezone) if trip.ended_at else ""
            return f"{start}–{end}"
        return self.tr("⌂ out") if trip.is_open else self.tr("✔ back")

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            TripColumn.TRIP: self.tr("Trip"), TripColumn.MEMBERS: self.tr("Members"),
            TripColumn.TIMES: self.tr("Times"), TripColumn.TAKEN: self.tr("Taken"),
            TripColumn.ISSUED: self.tr("Issued"), TripColumn.RETURNED: self.tr("Returned"),
            TripColumn.SPOILED: self.tr("Spoiled"), TripColumn.STATE: self.tr("State"),
        }.get(TripColumn(section))
