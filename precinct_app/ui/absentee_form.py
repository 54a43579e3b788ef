"""The list-changes screen's "Absentee certificate" form (docs/domain.md §16).

Shown in set-up only: certificates are issued before voting day, until the package's
deadline (18:00 the day before voting, station time), which the form states. Find the
voter, type the certificate's number, Enter (or the button) records it; the voter is
then marked in the list and refused a ballot at the desk. A certificate returned unused
is cancelled here too, before the deadline: pick its holder, type the reason, *Cancel the
certificate* (``voters certificate VOTER --cancel REASON`` on the command line).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text
from precinct_app.services import absentee, issuance
from precinct_app.services.station import StationInfo
from precinct_app.services.voters import VoterView
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.signals import emit
from precinct_app.ui.voter_model import Column
from precinct_app.ui.voter_picker import VoterPicker


class AbsenteeForm(QGroupBox):
    """The voter (picker), the certificate number, the member; Issue.

    Signals:
        action_done(str): the confirmation, for the status line.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._picked: VoterView | None = None
        self._held = ""  # the picked voter's live certificate number ('' when none)
        self.deadline = ""
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        box = QVBoxLayout(self)
        # The heading inside, wrapped: a group box title never wraps, and this third
        # form beside the other two must keep the window within 1366 px in large text.
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        box.addWidget(self.heading)
        self.deadline_label = QLabel()
        self.deadline_label.setWordWrap(True)
        box.addWidget(self.deadline_label)
        self.picker = VoterPicker(self._ctx, enter=self._on_picker_enter)
        table = self.picker.table
        rows = table.verticalHeader().defaultSectionSize()
        table.setMaximumHeight(rows * 4 + table.horizontalHeader().sizeHint().height() + 4)
        table.setColumnWidth(Column.STATUS, 140)
        box.addWidget(self.picker)
        self.picked_label = QLabel()
        self.picked_label.setTextFormat(Qt.TextFormat.PlainText)
        self.picked_label.setWordWrap(True)
        box.addWidget(self.picked_label)
        form = QFormLayout()
        # Captions above the fields: the third form beside the other two keeps 1366 px.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.number = QLineEdit()
        self.number.setObjectName("certificateNumber")
        self.number.setMaxLength(absentee.MAX_NUMBER)
        self.member = MemberCombo("absentee")
        self.member.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.number_caption, self.member_caption = QLabel(), QLabel()
        form.addRow(self.number_caption, self.number)
        form.addRow(self.member_caption, self.member)
        box.addLayout(form)
        self.issue_button = QPushButton()
        self.issue_button.setAutoDefault(True)
        box.addWidget(self.issue_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Shown only for a voter who holds a certificate: returned unused, with a reason.
        self.reason = QLineEdit()
        self.reason.setObjectName("certificateCancelReason")
        self.reason.setMaxLength(absentee.MAX_REASON)
        self.cancel_button = QPushButton()
        box.addWidget(self.reason)
        box.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reason.hide()
        self.cancel_button.hide()
        self.result = Banner("absenteeResult", hide_when_empty=True)
        box.addWidget(self.result)
        for first, second in pairwise((self.picker.search_box, self.number, self.member,
                                       self.issue_button)):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.picker.voter_changed.connect(self._on_picker_voter_changed)
        self.number.returnPressed.connect(self.issue_picked)
        self.issue_button.clicked.connect(self.issue_picked)
        self.reason.returnPressed.connect(self.cancel_picked)
        self.cancel_button.clicked.connect(self.cancel_picked)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        lang = self._ctx.lang
        self.heading.setText(capitalized("basis_absentee", lang))  # the catalog's word, once
        self.deadline_label.setText(
            text("absentee_deadline_line", lang, deadline=self.deadline) if self.deadline
            else "")
        self.number_caption.setText(self.tr("Certificate No.:"))
        self.number.setPlaceholderText(self.tr("as printed on the certificate"))
        self.member_caption.setText(self.tr("Acting:"))
        self.issue_button.setText(self.tr("Record"))
        self.reason.setPlaceholderText(self.tr("Why it is cancelled (returned unused…)"))
        self.cancel_button.setText(self.tr("Cancel the certificate"))
        self.member.retranslate(lang)
        self.picker.retranslate_ui()
        self._show_picked()

    def set_station(self, station: StationInfo, deadline: str) -> None:
        """The commission of ``station`` and the deadline in words."""
        self.deadline = deadline
        self.member.fill(station.commission, self._ctx.lang, self._ctx.settings.desk_member)
        self.picker.reload()
        self.retranslate_ui()

    def issue_picked(self) -> bool:
        """Record the certificate typed for the picked voter; the result shows in place."""
        voter = self.picker.voter
        if voter is None:
            self.result.show_message("warn", self.tr("Find the voter first"))
            self.picker.search_box.setFocus()
            return False
        ctx, number, member_id = self._ctx, self.number.text(), self.member.member_id
        result = run_op(self, ctx, lambda s: absentee.issue(s, ctx.clock, member_id,
                                                            voter.id, number),
                        on_error=lambda message: self.result.show_message("error", message))
        if result is None:
            self.number.setFocus()
            return False
        message = text("absentee_issued_done", ctx.lang, number=result.number,
                       list_no=result.list_no)
        self.result.show_message("ok", message)
        emit(self.action_done, message)
        self.number.clear()
        self.picker.clear()
        self.picker.search_box.setFocus()
        return True

    def cancel_picked(self) -> bool:
        """Cancel the picked voter's certificate, returned unused; the reason is required."""
        voter = self.picker.voter
        if voter is None or not self._held:
            return False
        ctx, reason, member_id = self._ctx, self.reason.text(), self.member.member_id
        result = run_op(self, ctx, lambda s: absentee.cancel(s, ctx.clock, member_id,
                                                             voter.id, reason),
                        on_error=lambda message: self.result.show_message("error", message))
        if result is None:
            self.reason.setFocus()
            return False
        message = text("absentee_cancelled_done", ctx.lang, number=result.number,
                       list_no=result.list_no)
        self.result.show_message("ok", message)
        emit(self.action_done, message)
        self.reason.clear()
        self.picker.clear()
        self.picker.search_box.setFocus()
        return True

    def _show_picked(self) -> None:
        voter = self._picked
        holds = voter is not None and bool(self._held)
        self.reason.setVisible(holds)
        self.cancel_button.setVisible(holds)
        if voter is None:
            self.picked_label.setText(self.tr("Find the voter: IIN, list number or surname"))
            return
        line = fill(self.tr("No. %1 · %2 · born %3"), str(voter.list_no), voter.full_name,
                    voter.birth_date.strftime("%d.%m.%Y"))
        state = ("■  " + text("absentee_marked", self._ctx.lang, number=self._held)
                 if self._held else "")
        self.picked_label.setText(f"{line}\n{state}" if state else line)

    @Slot()
    def _on_picker_enter(self) -> None:
        if self.picker.voter is not None:
            self.number.setFocus()

    @Slot(object)
    def _on_picker_voter_changed(self, voter: VoterView | None) -> None:
        self._picked, self._held = voter, ""
        if voter is not None:
            assert self._ctx.db is not None
            with self._ctx.db.reading() as session:
                self._held = issuance.voter_state(session, voter.id).absentee_certificate or ""
        self._show_picked()
