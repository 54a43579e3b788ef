"""Voting outside the premises: register applications, see the register, run the trips.

Applications may be registered in set-up and while voting is open, not after closing;
after the package's deadline (precinct.outside_voting_requests_until) the form asks
for the reason the application is accepted late before anything is written. Trips
and the ballots issued on them need voting to be open (see outside_trips.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text
from precinct_app.services import outside
from precinct_app.services.localize import clock_text
from precinct_app.services.outside import ApplicationView
from precinct_app.services.station import load_station
from precinct_app.services.voters import VoterView
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.outside_models import RegisterColumn, RegisterModel
from precinct_app.ui.outside_trips import TripsPanel
from precinct_app.ui.screen_base import Screen
from precinct_app.ui.voter_model import Column, VoterRole
from precinct_app.ui.voter_picker import VoterPicker

LATE_CHECK_MS = 30_000  # the deadline may pass while the screen is open


class OutsideScreen(Screen):
    """The register of applications on top; the application form and the trips below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.deadline = ""
        self.late = False
        self._rows: list[ApplicationView] = []
        self.register = RegisterModel(ctx.lang, self)
        self._timer = QTimer(self)
        self._timer.setInterval(LATE_CHECK_MS)
        self._build()
        self._timer.start()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.register_caption = QLabel()
        layout.addWidget(self.register_caption)
        self.register_table = QTableView()
        self.register_table.setModel(self.register)
        self.register_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_table.verticalHeader().setVisible(False)
        self.register_table.setMinimumHeight(120)
        header = self.register_table.horizontalHeader()
        header.setSectionResizeMode(RegisterColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (RegisterColumn.TIME, RegisterColumn.LIST_NO, RegisterColumn.MEMBER,
                       RegisterColumn.LATE, RegisterColumn.BALLOT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.register_table, 1)
        # The form and the trips share the lower half, each with the full width.
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_form(), "")
        self.trips = TripsPanel(self._ctx)
        self.tabs.addTab(self.trips, "")
        layout.addWidget(self.tabs)

    def _build_form(self) -> QWidget:
        self.form_page = QWidget()
        page = QHBoxLayout(self.form_page)
        left = QVBoxLayout()
        self.picker = VoterPicker(self._ctx, enter=self._on_picker_enter)
        self.picker.table.setColumnWidth(Column.LIST_NO, 56)
        self.picker.table.setColumnWidth(Column.BIRTH_DATE, 96)
        left.addWidget(self.picker, 1)
        self.chosen_label = QLabel()  # the chosen voter in full: name, number, status
        self.chosen_label.setWordWrap(True)
        left.addWidget(self.chosen_label)
        page.addLayout(left, 1)
        right = QVBoxLayout()
        self.form = QFormLayout()
        self.captions = [QLabel() for _ in range(4)]  # address, reason, taken by, late
        self.address_edit = QLineEdit()
        self.form.addRow(self.captions[0], self.address_edit)
        reason_row = QHBoxLayout()
        self.reason_combo = QComboBox()
        for code in (*outside.REASONS, outside.OTHER):
            self.reason_combo.addItem("", code)
        reason_row.addWidget(self.reason_combo)
        self.reason_detail = QLineEdit()
        reason_row.addWidget(self.reason_detail, 1)
        self.form.addRow(self.captions[1], reason_row)
        self.member_combo = MemberCombo("outside_apply")
        self.member_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab
        self.form.addRow(self.captions[2], self.member_combo)
        self.late_edit = QLineEdit()
        self.form.addRow(self.captions[3], self.late_edit)
        right.addLayout(self.form)
        self.deadline_label = QLabel()
        self.deadline_label.setWordWrap(True)
        right.addWidget(self.deadline_label)
        row = QHBoxLayout()
        self.register_button = QPushButton()
        self.register_button.setObjectName("primary")
        row.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner = Banner("applyBanner")
        row.addWidget(self.banner, 1)
        right.addLayout(row)
        right.addStretch(1)
        page.addLayout(right, 1)
        return self.form_page

    def _connect_signals(self) -> None:
        self.picker.voter_changed.connect(self._on_picker_voter_changed)
        self.register_button.clicked.connect(self._on_register_button_clicked)
        self.address_edit.returnPressed.connect(self.reason_combo.setFocus)
        for edit in (self.reason_detail, self.late_edit):
            edit.returnPressed.connect(self._on_register_button_clicked)
        self.reason_combo.activated.connect(self._on_reason_combo_activated)
        self._timer.timeout.connect(self._on_timer_timeout)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        lang = self._ctx.lang
        self.tabs.setTabText(0, self.tr("&Register an application"))
        self.tabs.setTabText(1, self.tr("&Trips of the portable box"))
        self.picker.retranslate_ui()
        for label, caption in zip(self.captions, (
            capitalized("column_address", lang) + ":", capitalized("word_reason", lang) + ":",
            self.tr("Taken by:"),
            self.tr("Late because:")), strict=True):
            label.setText(caption)
        for i in range(self.reason_combo.count()):
            code = self.reason_combo.itemData(i)
            self.reason_combo.setItemText(i, text(f"outside_reason_{code}", lang))
        self.address_edit.setPlaceholderText(self.tr("Where the box is to be taken"))
        self.late_edit.setPlaceholderText(
            self.tr("Why the application is accepted after the deadline"))
        self.member_combo.retranslate(lang)
        self.register_button.setText(self.tr("Register application"))
        self.register.set_language(lang)
        self._fit_columns()
        self.trips.retranslate_ui()
        self._update_reason()
        self._update_late()
        self._update_caption()
        self._update_chosen(self._picked())

    def _update_reason(self) -> None:
        other = self.reason_combo.currentData() == outside.OTHER
        self.reason_detail.setPlaceholderText(
            self.tr("The reason, in words") if other else self.tr("Details (optional)"))

    def _update_late(self) -> None:
        self.form.setRowVisible(3, self.late)
        if not self.deadline:
            self.deadline_label.setText(self.tr("The package sets no deadline for applications."))
        elif self.late:
            self.deadline_label.setText(
                fill(self.tr(
                    "After %1: the reason for accepting the application late is recorded."),
                     self.deadline))
        else:
            self.deadline_label.setText(
                fill(self.tr("Applications are accepted until %1."), self.deadline))

    def _update_caption(self) -> None:
        rows = self.register.rowCount()
        contests = [c.id for c in self.station.contests] if self.station is not None else []
        waiting = sum(1 for i in range(rows) if contests
                      and self.register.application(i).waiting(contests))
        self.register_caption.setText(
            fill(self.tr("Register of applications: %1 · waiting for a ballot: %2"), str(rows),
                 str(waiting)))

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the station, the register, the deadline and the trips."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            self._rows = rows = outside.applications(session)
            self.deadline = outside.deadline(session)
            self.late = outside.is_late(session, self._ctx.clock)
        station = self.station
        self.member_combo.fill(station.commission, self._ctx.lang, self._ctx.settings.desk_member)
        self.register.set_rows(rows, station.timezone, tuple(c.id for c in station.contests))
        self._fit_columns()
        self.register_table.scrollToBottom()
        self.trips.refresh(station, rows)
        self._update_late()
        self._update_caption()
        self._update_chosen(self._picked())
        taking = station.phase in outside.APPLICATION_PHASES
        self.form_page.setEnabled(taking)
        self.form_page.setToolTip("" if taking else self.tr("Voting is closed"))

    def _fit_columns(self) -> None:
        # The name takes what address and reason leave: each as wide as its text, up to a
        # share of the free width (the whole text is in the cell's tooltip).
        table = self.register_table
        free = table.viewport().width() - sum(
            table.columnWidth(c) for c in RegisterColumn
            if c not in (RegisterColumn.NAME, RegisterColumn.ADDRESS, RegisterColumn.REASON))
        for column in (RegisterColumn.ADDRESS, RegisterColumn.REASON):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, max(80, min(table.columnWidth(column), free * 3 // 10)))

    # -- registering -------------------------------------------------------------------------

    def register_application(self) -> None:
        """Register the chosen voter's application; the result is shown in place."""
        voter = self.picker.voter
        if voter is None:
            self.banner.show_message("warn", self.tr("Find the voter first"))
            self.picker.search_box.setFocus()
            return
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.late = outside.is_late(session, self._ctx.clock)
        self._update_late()
        late_reason = self.late_edit.text().strip()
        if self.late and not late_reason:
            self.banner.show_message("warn", fill(self.tr(
                "After %1 an application needs the reason it is accepted late"), self.deadline))
            self.late_edit.setFocus()
            return
        code = str(self.reason_combo.currentData())
        if code == outside.OTHER and not self.reason_detail.text().strip():
            self.banner.show_message("warn", self.tr("Write the reason in words"))
            self.reason_detail.setFocus()
            return
        reason = outside.reason_text(code, self.reason_detail.text())
        ctx, member_id, address = self._ctx, self.member_combo.member_id, self.address_edit.text()
        result = run_op(
            self, ctx, lambda s: outside.apply(
                s, ctx.clock, member_id, voter.id, reason, address, late_reason or None),
            on_error=lambda message: self.banner.show_message("error", message),
        )
        if result is None:
            return
        message = fill(self.tr("Application registered: %1, No. %2"), voter.full_name,
                       str(result.list_no))
        if result.late:
            message += " · " + self.tr("after the deadline")
        self.banner.show_message("ok", message)
        for edit in (self.address_edit, self.reason_detail, self.late_edit):
            edit.clear()
        self.reason_combo.setCurrentIndex(0)
        self._update_reason()
        self.picker.clear()
        self.picker.search_box.setFocus()

    # -- events ------------------------------------------------------------------------------

    def resizeEvent(self, event: QEvent) -> None:
        """Share the register's width out again."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        # Once the table has its new width; the timer dies with the screen.
        QTimer.singleShot(0, self, self._fit_columns)

    def showEvent(self, event: QEvent) -> None:
        """The voter search has the focus when the screen is shown."""
        super().showEvent(event)  # type: ignore[arg-type]
        self.picker.search_box.setFocus()

    def _on_picker_enter(self) -> None:
        if self.picker.voter is not None:
            self.address_edit.setFocus()
            self.address_edit.selectAll()

    def _picked(self) -> VoterView | None:
        # The row selected now, without searching again (that would reset the address).
        index = self.picker.table.selectionModel().currentIndex()
        found = index.data(VoterRole) if index.isValid() else None
        return found if isinstance(found, VoterView) else None

    def _update_chosen(self, voter: VoterView | None) -> None:
        if voter is None:
            self.chosen_label.setText(self.tr("Find the voter: IIN, list number or surname"))
            self.chosen_label.setStyleSheet(f"color: {palette.TEXT_MUTED};")
            return
        applied = next((a for a in self._rows if a.voter_id == voter.id), None)
        line = fill(self.tr("%1, No. %2, born %3"), voter.full_name, str(voter.list_no),
                    voter.birth_date.strftime("%d.%m.%Y"))
        if voter.status != "active":
            mark, colour = "✕", palette.ERROR_TEXT
            line += " — " + text("status_excluded", self._ctx.lang)
        elif applied is not None:
            mark, colour = "■", palette.WARN_TEXT
            line += " — " + fill(self.tr("already applied at %1"), self._local_hhmm(
                applied.received_at))
        else:
            mark, colour = "✔", palette.OK_TEXT
            line += " — " + text("status_active", self._ctx.lang)
        self.chosen_label.setText(f"{mark}  {line}")
        self.chosen_label.setStyleSheet(f"color: {colour};")

    def _local_hhmm(self, at: dt.datetime) -> str:
        return clock_text(at, self.station.timezone if self.station else "UTC")

    @Slot(object)
    def _on_picker_voter_changed(self, voter: VoterView | None) -> None:
        self.address_edit.setText(voter.address if voter is not None else "")
        self._update_chosen(voter)
        if voter is not None and self.banner.kind:
            self.banner.clear_message()

    @Slot()
    def _on_register_button_clicked(self) -> None:
        self.register_application()

    @Slot(int)
    def _on_reason_combo_activated(self, _index: int) -> None:
        self._update_reason()

    @Slot()
    def _on_timer_timeout(self) -> None:
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            late = outside.is_late(session, self._ctx.clock)
        if late != self.late:
            self.late = late
            self._update_late()
