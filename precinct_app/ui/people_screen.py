"""Those present at the station: record a person coming in, leaving and coming back;
the register; and the certified copies of the protocol (docs/domain.md §12,
docs/screens.md §14).

Names in Latin script are normal (international observers): the name field takes any
script; the service refuses what no name holds, naming the field.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text
from precinct_app.services import attendance
from precinct_app.services.localize import clock_text
from precinct_app.services.phases import parse_utc
from precinct_app.services.station import load_station
from precinct_app.ui.banner import Banner
from precinct_app.ui.combos import ShrinkableCombo
from precinct_app.ui.context import AppContext
from precinct_app.ui.copies_panel import CopiesPanel
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.people_model import PeopleColumn, PeopleModel
from precinct_app.ui.screen_base import Screen
from precinct_app.ui.signals import emit


class PeopleScreen(Screen):
    """The arrival form and the copies panel side by side; the register below.

    Signals:
        action_done(str): a one-line account of the last action, for the status line.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PeopleModel(ctx.lang, self)
        self._timezone = "UTC"
        self._build()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.arrival_box = QGroupBox()
        box = QVBoxLayout(self.arrival_box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name, self.organisation, self.mandate = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setObjectName("presentName")
        self.organisation.setObjectName("presentOrganisation")
        for edit, field in ((self.name, "present_name"), (self.organisation,
                            "present_organisation"), (self.mandate, "present_mandate")):
            edit.setMaxLength(attendance.MAX_LENGTH[field])
        self.kind = ShrinkableCombo(chars=18)
        self.kind.setObjectName("presentKind")
        for code in attendance.KINDS:
            self.kind.addItem("", code)
        self.member = MemberCombo("present_register")
        self.member.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a form: Tab reaches it
        self.captions = {k: QLabel() for k in ("name", "kind", "org", "mandate", "member")}
        fields: tuple[tuple[str, QWidget], ...] = (
            ("name", self.name), ("kind", self.kind), ("org", self.organisation),
            ("mandate", self.mandate), ("member", self.member))
        for key, widget in fields:
            form.addRow(self.captions[key], widget)
        box.addLayout(form)
        self.add_button = QPushButton()
        self.add_button.setObjectName("primary")
        self.add_button.setAutoDefault(True)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = Banner("presentResult", hide_when_empty=True)
        box.addWidget(self.result)
        box.addStretch(1)
        top.addWidget(self.arrival_box, 1)
        self.copies = CopiesPanel(self._ctx)
        top.addWidget(self.copies, 1)
        layout.addLayout(top)
        self.register_box = QGroupBox()
        register = QVBoxLayout(self.register_box)
        self.table = QTableView()
        self.table.setObjectName("presentRegister")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PeopleColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PeopleColumn.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PeopleColumn.NUMBER, 44), (PeopleColumn.KIND, 180),
                              (PeopleColumn.MANDATE, 185), (PeopleColumn.VISITS, 140),
                              (PeopleColumn.STATE, 140)):
            self.table.setColumnWidth(column, width)
        register.addWidget(self.table)
        actions = QHBoxLayout()
        self.leave_button, self.back_button = QPushButton(), QPushButton()
        self.leave_button.setObjectName("presentLeave")
        self.back_button.setObjectName("presentBack")
        actions.addWidget(self.leave_button)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        register.addLayout(actions)
        layout.addWidget(self.register_box, 1)
        chain = (self.name, self.kind, self.organisation, self.mandate, self.member,
                 self.add_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        for edit in (self.name, self.organisation):
            edit.returnPressed.connect(self.focusNextChild)
        self.mandate.returnPressed.connect(self.add_person)  # the last field submits
        self.add_button.clicked.connect(self.add_person)
        self.leave_button.clicked.connect(self.leave_selected)
        self.back_button.clicked.connect(self.back_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.copies.action_done.connect(self.action_done)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        lang = self._ctx.lang
        self.arrival_box.setTitle(self.tr("Someone came in"))
        # The fields in the catalog's words, as refusals and the annex name them.
        for key, code in (("name", "column_present_name"), ("kind", "doc_people_col_kind"),
                          ("org", "column_present_organisation"),
                          ("mandate", "column_present_mandate"), ("member", "doc_people_col_by")):
            self.captions[key].setText(capitalized(code, lang) + ":")
        self.name.setPlaceholderText(self.tr("As the person gives it, in any script"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, text(f"present_kind_{self.kind.itemData(i)}", lang))
        self.add_button.setText(self.tr("Record arrival"))
        self.register_box.setTitle(self.tr("Register of those present"))
        self.leave_button.setText(self.tr("Left the station"))
        self.back_button.setText(self.tr("Came back"))
        self.member.retranslate(lang)
        self.model.set_language(lang)
        self.copies.retranslate_ui()
        self._on_selection_changed()

    def refresh(self) -> None:
        """Re-read the station and the register."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            people = attendance.register(session)
        self._timezone = self.station.timezone
        selected = self._selected()
        self.model.set_people(people, self._timezone)
        if selected is not None:
            row = next((i for i, p in enumerate(people) if p.id == selected.id), -1)
            if row >= 0:
                self.table.selectRow(row)
        self.member.fill(self.station.commission, self._ctx.lang,
                         self._ctx.settings.desk_member)
        self.copies.set_people(self.station, [p for p in people if p.present])
        self._on_selection_changed()

    def _selected(self) -> attendance.PresentView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.person(rows[0].row()) if rows else None

    @Slot()
    def _on_selection_changed(self, *_args: object) -> None:
        person = self._selected()
        self.leave_button.setEnabled(person is not None and person.present)
        self.back_button.setEnabled(person is not None and not person.present)

    def _done(self, code: str, arrival: attendance.Arrival) -> None:
        at = clock_text(parse_utc(arrival.at), self._timezone)
        message = text(code, self._ctx.lang, person=arrival.person_id, name=arrival.name, at=at)
        self.result.show_message("ok", message)
        emit(self.action_done, message)

    def add_person(self) -> None:
        """Record the person in the form coming in."""
        ctx, member = self._ctx, self.member.member_id
        name, kind = self.name.text(), str(self.kind.currentData())
        organisation, mandate = self.organisation.text(), self.mandate.text()
        done = run_op(self, ctx, lambda s: attendance.arrive(
            s, ctx.clock, member, name=name, kind=kind, organisation=organisation,
            mandate=mandate), on_error=lambda message: self.result.show_message("error", message))
        if done is None:
            return
        self._done("present_returned_done" if done.returned else "present_arrived_done", done)
        for edit in (self.name, self.organisation, self.mandate):
            edit.clear()
        self.name.setFocus()

    def leave_selected(self) -> None:
        """Record the selected person leaving."""
        person, ctx, member = self._selected(), self._ctx, self.member.member_id
        if person is None:
            return
        done = run_op(self, ctx, lambda s: attendance.leave(s, ctx.clock, member, person.id),
                      on_error=lambda message: self.result.show_message("error", message))
        if done is not None:
            self._done("present_left_done", done)

    def back_selected(self) -> None:
        """Record the selected person coming back."""
        person, ctx, member = self._selected(), self._ctx, self.member.member_id
        if person is None:
            return
        done = run_op(self, ctx, lambda s: attendance.arrive_again(s, ctx.clock, member,
                                                                    person.id),
                      on_error=lambda message: self.result.show_message("error", message))
        if done is not None:
            self._done("present_returned_done", done)
