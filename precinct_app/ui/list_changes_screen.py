"""Changes to the voter list on the day: add a voter, exclude a voter, the day's changes.

The two forms sit side by side (``list_add_form``, ``list_exclude_form``), the
day's changes below. The list can change during set-up and while voting is
open; once voting is closed the service refuses, and both forms are disabled
with the reason in a note and their tooltips.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from precinct_app.services import absentee, list_changes, permissions, phases
from precinct_app.services.station import load_station
from precinct_app.ui import palette
from precinct_app.ui.absentee_form import AbsenteeForm
from precinct_app.ui.context import AppContext
from precinct_app.ui.list_add_form import AddVoterForm
from precinct_app.ui.list_changes_model import ChangeColumn, DayChangesModel
from precinct_app.ui.list_exclude_form import ExcludeVoterForm
from precinct_app.ui.screen_base import Screen

OPEN_TO_CHANGES = list_changes.PHASES_OPEN_TO_CHANGES  # the service's rule


class ListChangesScreen(Screen):
    """Add a voter and exclude a voter side by side; the day's changes below.

    Signals:
        action_done(str): a one-line account of the last action, for the status line.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.phase = phases.SETUP
        self.model = DayChangesModel(ctx.lang, self)
        self._build()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.phase_note = QLabel()
        self.phase_note.setObjectName("listPhaseNote")
        note_font = QFont(self.phase_note.font())
        note_font.setBold(True)
        self.phase_note.setFont(note_font)
        self.phase_note.setStyleSheet(f"color: {palette.ERROR_TEXT};")
        self.phase_note.hide()
        layout.addWidget(self.phase_note)
        forms = QHBoxLayout()
        self.add_form = AddVoterForm(self._ctx)
        self.exclude_form = ExcludeVoterForm(self._ctx)
        forms.addWidget(self.add_form, 1)
        forms.addWidget(self.exclude_form, 1)
        # Before voting day only (§16): the third form goes once voting opens.
        self.absentee_form = AbsenteeForm(self._ctx)
        self.absentee_form.hide()
        forms.addWidget(self.absentee_form, 1)
        layout.addLayout(forms)
        QWidget.setTabOrder(self.add_form.add_button, self.exclude_form.picker.search_box)
        self.changes_box = QGroupBox()
        changes = QVBoxLayout(self.changes_box)
        self.table = QTableView()
        self.table.setObjectName("listChanges")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChangeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChangeColumn.DETAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ChangeColumn.TIME, 64), (ChangeColumn.KIND, 130),
                              (ChangeColumn.LIST_NO, 64), (ChangeColumn.REFERENCE, 190),
                              (ChangeColumn.MEMBER, 160)):
            self.table.setColumnWidth(column, width)
        changes.addWidget(self.table)
        layout.addWidget(self.changes_box, 1)

    def _connect_signals(self) -> None:
        self.add_form.action_done.connect(self.action_done)
        self.exclude_form.action_done.connect(self.action_done)
        self.absentee_form.action_done.connect(self.action_done)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.changes_box.setTitle(self.tr("Changes to the list today"))
        self.model.set_language(self._ctx.lang)
        self.add_form.retranslate_ui()
        self.exclude_form.retranslate_ui()
        self.absentee_form.retranslate_ui()
        self._update_enabled()

    def frozen_reason(self) -> str:
        """Why the list cannot change now, in words ('' when it can)."""
        if self.phase not in OPEN_TO_CHANGES:
            return self.tr("The voter list is frozen: voting is closed")
        commission = self.station.commission if self.station is not None else ()
        if not any(permissions.allowed(m.role, "list_change") for m in commission):
            return self.tr("No commission member here may change the voter list")
        return ""

    def _update_enabled(self) -> None:
        note = self.frozen_reason()
        self.phase_note.setText(note)
        self.phase_note.setVisible(bool(note))
        self.add_form.setEnabled(not note)
        self.add_form.setToolTip(note)
        if self.station is not None:
            self.exclude_form.set_station(self.station, note)

    def refresh(self) -> None:
        """Re-read the station (phase, commission) and the day's changes."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            changes = list_changes.day_changes(session)
            deadline = absentee.deadline_text(session)
        self.phase = self.station.phase
        self.absentee_form.setVisible(self.phase == phases.SETUP)
        self.absentee_form.set_station(self.station, deadline)
        self.add_form.set_station(self.station)
        self.model.set_changes(changes, self.station.timezone)
        self._update_enabled()
