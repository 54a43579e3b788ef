"""Trips of the portable box: start one, record the voters served on it, end it balanced.

A trip takes no more ballots than applicants are still waiting (less the ballots
already out); ending it needs taken = issued + returned + spoiled, shown live as the
counts are typed. Trips and the ballots issued on them need voting to be open.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from precinct_app.services import issuance, outside, phases
from precinct_app.services.outside import ApplicationView, TripView
from precinct_app.services.station import StationInfo
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.combos import ShrinkableCombo
from precinct_app.ui.contest_combo import ContestCombo
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.outside_models import TripColumn, TripsModel, compact, short_name
from precinct_app.ui.pin_dialog import confirm_pin

_OK, _BAD = palette.OK_TEXT, palette.ERROR_TEXT


class TripsPanel(QWidget):
    """Start a trip; for the trip chosen in the table, record voters served and end it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.station: StationInfo | None = None
        self.capacity = 0
        self._waiting: list[ApplicationView] = []
        self._shown_trip: int | None = None
        self.model = TripsModel(self)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.phase_note = QLabel()
        self.phase_note.setWordWrap(True)
        self.phase_note.setStyleSheet(f"color: {palette.ERROR_TEXT}; font-weight: bold;")
        layout.addWidget(self.phase_note)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(80)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TripColumn.MEMBERS, QHeaderView.ResizeMode.Stretch)
        for column in (TripColumn.TRIP, TripColumn.TAKEN, TripColumn.ISSUED,
                       TripColumn.RETURNED, TripColumn.SPOILED, TripColumn.TIMES,
                       TripColumn.STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addLayout(self._build_start(), 4)
        below.addSpacing(12)
        below.addWidget(self._build_trip_actions(), 5)
        layout.addLayout(below)

    def _build_start(self) -> QVBoxLayout:
        start = QVBoxLayout()
        self.start_caption = QLabel()  # "Start a trip" and the two members in one line
        self.start_caption.setStyleSheet("font-weight: bold;")
        start.addWidget(self.start_caption)
        # Both chosen, none by default (issue 11 item 9): each confirms with their PIN.
        self.member1 = MemberCombo("outside_trip", choose=True)
        self.member2 = MemberCombo("outside_trip", choose=True)
        for combo in (self.member1, self.member2):
            compact(combo, 20)
            combo.setCurrentIndex(-1)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no search box here to guard
            start.addWidget(combo)
        row = QHBoxLayout()
        self.ballots_caption = QLabel()
        self.ballots_caption.setWordWrap(self._ctx.settings.large_text)  # narrower, large text
        row.addWidget(self.ballots_caption)
        self.ballots_spin = QSpinBox()
        self.ballots_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.ballots_spin.setMinimumWidth(70)
        row.addWidget(self.ballots_spin)
        self.capacity_label = QLabel()
        row.addWidget(self.capacity_label)
        self.contest_combo = ContestCombo()
        compact(self.contest_combo, 10)
        row.addWidget(self.contest_combo, 1)
        row.addStretch(0)
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        row.addWidget(self.start_button)
        start.addLayout(row)
        start.addStretch(1)
        return start

    def _build_trip_actions(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        self.trip_actions = QWidget()
        grid = QGridLayout(self.trip_actions)
        grid.setContentsMargins(0, 0, 0, 0)
        self.serve_caption = QLabel()
        self.serve_caption.setWordWrap(self._ctx.settings.large_text)
        grid.addWidget(self.serve_caption, 0, 0)
        self.applicant_combo = ShrinkableCombo(chars=10)
        compact(self.applicant_combo, 20)
        grid.addWidget(self.applicant_combo, 0, 1, 1, 5)
        self.served_by_caption = QLabel()
        self.served_by_caption.setWordWrap(self._ctx.settings.large_text)
        grid.addWidget(self.served_by_caption, 1, 0)
        self.served_by = ShrinkableCombo(chars=10)
        compact(self.served_by, 12)
        grid.addWidget(self.served_by, 1, 1, 1, 4)
        self.record_button = QPushButton()
        grid.addWidget(self.record_button, 1, 5)
        self.returned_caption = QLabel()
        self.returned_caption.setWordWrap(self._ctx.settings.large_text)
        grid.addWidget(self.returned_caption, 2, 0)
        self.returned_spin = QSpinBox()
        self.returned_spin.setMinimumWidth(70)
        grid.addWidget(self.returned_spin, 2, 1)
        self.spoiled_caption = QLabel()
        self.spoiled_caption.setWordWrap(self._ctx.settings.large_text)
        grid.addWidget(self.spoiled_caption, 2, 2)
        self.spoiled_spin = QSpinBox()
        self.spoiled_spin.setMinimumWidth(70)
        grid.addWidget(self.spoiled_spin, 2, 3)
        self.end_button = QPushButton()
        grid.addWidget(self.end_button, 2, 5)
        self.balance_label = QLabel()
        self.balance_label.setWordWrap(True)
        grid.addWidget(self.balance_label, 3, 0, 1, 6)
        grid.setColumnStretch(4, 1)
        outer.addWidget(self.trip_actions)
        self.banner = Banner("tripBanner")
        outer.addWidget(self.banner)
        outer.addStretch(1)
        return box

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.contest_combo.activated.connect(self._on_contest_combo_activated)
        self.returned_spin.valueChanged.connect(self._on_count_value_changed)
        self.spoiled_spin.valueChanged.connect(self._on_count_value_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.start_caption.setText(self.tr("A new trip: the two members who go"))
        self.ballots_caption.setText(self.tr("Ballots taken:"))
        self.start_button.setText(self.tr("Start trip"))
        self.serve_caption.setText(self.tr("Voter served:"))
        self.served_by_caption.setText(self.tr("Issued by:"))
        self.record_button.setText(self.tr("Record ballot issued"))
        self.returned_caption.setText(self.tr("Returned unused:"))
        self.spoiled_caption.setText(self.tr("Spoiled:"))
        self.end_button.setText(self.tr("End trip"))
        lang = self._ctx.lang
        for combo, word in ((self.member1, self.tr("First member: choose…")),
                            (self.member2, self.tr("Second member: choose…"))):
            combo.retranslate(lang)
            combo.setPlaceholderText(word)
        self.contest_combo.retranslate(lang)
        self.model.retranslate()
        self._update_enabled()

    # -- data --------------------------------------------------------------------------------

    def refresh(self, station: StationInfo, waiting: list[ApplicationView]) -> None:
        """Re-read the trips; ``waiting``: applications the screen read just now."""
        assert self._ctx.db is not None
        self.station = station
        self._waiting = [a for a in waiting if a.voter_status == "active"]
        lang = self._ctx.lang
        # Nobody is chosen until the commission chooses: a default would send the member
        # working at a desk out with the box (issue 11 item 9).
        for combo in (self.member1, self.member2):
            chosen = combo.currentIndex() >= 0
            combo.fill(station.commission, lang)
            if not chosen:
                combo.setCurrentIndex(-1)
        self.contest_combo.fill(station.contests, lang)
        self.contest_combo.setVisible(self.contest_combo.several)
        current = self.current_trip()
        with self._ctx.db.reading() as session:
            rows = outside.trips(session)
            self.capacity = outside.trip_capacity(session, self.contest_id)
        self.model.set_rows(rows, station.timezone, len(station.contests) > 1)
        row = self.model.row_of(current.trip_id) if current is not None else -1
        just_ended = current is not None and current.is_open and row >= 0 and not (
            rows[row].is_open)
        if (row < 0 or just_ended) and rows and rows[0].is_open:
            row = 0  # the first trip under way
        self._select_row(row)
        self._update_capacity()
        self._fill_trip_actions()

    @property
    def contest_id(self) -> str:
        """The contest a new trip takes ballots for."""
        return self.contest_combo.contest_id

    def current_trip(self) -> TripView | None:
        """The trip chosen in the table."""
        return self.model.trip(self.table.selectionModel().currentIndex().row())

    def _select_row(self, row: int) -> None:
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _update_capacity(self) -> None:
        self.ballots_spin.setRange(min(1, self.capacity), self.capacity)
        self.capacity_label.setText(fill(self.tr("at most %1"), str(self.capacity)))
        self._update_enabled()

    def _fill_trip_actions(self) -> None:
        trip = self.current_trip()
        chosen = self.applicant_combo.currentData()
        self.applicant_combo.clear()
        self.served_by.clear()
        if trip is not None and trip.is_open:
            for app in self._waiting:
                if app.ballot(trip.contest_id) is None:
                    where = f" · {app.address}" if app.address else ""
                    self.applicant_combo.addItem(
                        f"{app.full_name} (№ {app.list_no}){where}", app.voter_id)
            self.applicant_combo.setCurrentIndex(
                max(0, self.applicant_combo.findData(chosen)))
            for member_id, name in zip(trip.members, trip.member_names, strict=True):
                self.served_by.addItem(short_name(name), member_id)
            self.returned_spin.setRange(0, trip.taken)
            self.spoiled_spin.setRange(0, trip.taken)
        self._update_enabled()
        self._update_balance()

    def _update_enabled(self) -> None:
        is_open = self.station is not None and self.station.phase == phases.OPEN
        closed = self.tr("Voting is not open")
        self.phase_note.setText("" if is_open else self.tr(
            "Voting is not open: trips start once it opens"))
        self.phase_note.setVisible(not is_open)
        can_start = is_open and self.capacity > 0 and self.member1.count() > 1
        for widget in (self.member1, self.member2, self.ballots_spin, self.contest_combo,
                       self.start_button):
            widget.setEnabled(can_start)
            widget.setToolTip("" if can_start else closed if not is_open else self.tr(
                "No ballots to take: no application is waiting, or none are left"))
        trip = self.current_trip()
        active = is_open and trip is not None and trip.is_open
        why = "" if active else closed if not is_open else self.tr(
            "Choose a trip under way in the table")
        self.trip_actions.setEnabled(active)
        actions: tuple[QWidget, ...] = (self.applicant_combo, self.record_button,
                                        self.end_button, self.returned_spin, self.spoiled_spin,
                                        self.served_by)
        for action in actions:
            action.setToolTip(why)
        # Never more ballots issued on a trip than it took (it could not balance).
        left = trip is not None and trip.issued < trip.taken
        can_record = active and left and self.applicant_combo.count() > 0
        self.record_button.setEnabled(can_record)
        if active and not left:
            self.record_button.setToolTip(self.tr("Every ballot taken on this trip is issued"))
        elif active and not can_record:
            self.record_button.setToolTip(self.tr("Every applicant already has a ballot"))

    def _update_balance(self) -> None:
        trip = self.current_trip()
        if trip is None or not trip.is_open:
            self.balance_label.setText("")
            return
        returned, spoiled = self.returned_spin.value(), self.spoiled_spin.value()
        balanced = trip.taken == trip.issued + returned + spoiled
        self.balance_label.setText(
            fill(self.tr("✔ Balances: taken %1 = issued %2 + returned %3 + spoiled %4")
                 if balanced else
                 self.tr("✕ Does not balance: taken %1 ≠ issued %2 + returned %3 + spoiled %4"),
                 str(trip.taken), str(trip.issued), str(returned), str(spoiled))
        )
        self.balance_label.setToolTip(self.tr("taken = issued + returned + spoiled"))
        self.balance_label.setStyleSheet(f"color: {_OK if balanced else _BAD};")

    # -- actions -----------------------------------------------------------------------------

    @Slot()
    def _on_start_button_clicked(self) -> None:
        ctx, ballots, contest_id = self._ctx, self.ballots_spin.value(), self.contest_id
        members = (self.member1.member_id, self.member2.member_id)
        if not all(members):
            self.banner.show_message("error", self.tr(
                "Choose the two members who go with the box."))
            (self.member2 if members[0] else self.member1).setFocus()
            return
        for combo in (self.member1, self.member2):  # each one going proves they are here
            going = combo.member
            if going is None or (going.id != ctx.signin.member_id
                                 and not confirm_pin(self, ctx, going)):
                return
        result = run_op(
            self, ctx, lambda s: outside.start_trip(s, ctx.clock, members, ballots, contest_id),
            on_error=lambda message: self.banner.show_message("error", message),
        )
        if result is not None:
            for combo in (self.member1, self.member2):
                combo.setCurrentIndex(-1)  # the next trip is chosen afresh
            self._select_row(self.model.row_of(result.trip_id))
            self.banner.show_message("ok", fill(self.tr("Trip %1 started · ballots taken: %2"),
                                                str(result.trip_id), str(result.taken)))

    @Slot()
    def _on_record_button_clicked(self) -> None:
        trip = self.current_trip()
        voter_id = self.applicant_combo.currentData()
        member_id = str(self.served_by.currentData() or "")
        if trip is None or voter_id is None:
            return
        name = self.applicant_combo.currentText().split(" · ")[0]
        ctx = self._ctx
        result = run_op(
            self, ctx, lambda s: issuance.issue(
                s, ctx.clock, int(voter_id), trip.contest_id, member_id, place="outside",
                trip_id=trip.trip_id),
            on_error=lambda message: self.banner.show_message("error", message),
        )
        if result is not None:
            self.banner.show_message("ok", fill(self.tr("Ballot issued on trip %1: %2 · %3"),
                                                str(trip.trip_id), name, result.member.name))

    @Slot()
    def _on_end_button_clicked(self) -> None:
        trip = self.current_trip()
        if trip is None:
            return
        ctx, returned, spoiled = self._ctx, self.returned_spin.value(), self.spoiled_spin.value()
        result = run_op(
            self, ctx, lambda s: outside.end_trip(s, ctx.clock, trip.trip_id, returned, spoiled),
            on_error=lambda message: self.banner.show_message("error", message),
        )
        if result is not None:
            self.banner.show_message(
                "ok", fill(
                    self.tr("Trip %1 is back: taken %2 = issued %3 + returned %4 + spoiled %5"),
                    str(result.trip_id), str(result.taken), str(result.issued),
                    str(result.returned), str(result.spoiled)))

    @Slot(int)
    def _on_contest_combo_activated(self, _index: int) -> None:
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.capacity = outside.trip_capacity(session, self.contest_id)
        self._update_capacity()

    @Slot(int)
    def _on_count_value_changed(self, _value: int) -> None:
        self._update_balance()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        trip = self.current_trip()
        trip_id = trip.trip_id if trip is not None else None
        if trip_id != self._shown_trip:  # counts typed for one trip never carry to another
            self._shown_trip = trip_id
            self.returned_spin.setValue(0)
            self.spoiled_spin.setValue(0)
        self._fill_trip_actions()
