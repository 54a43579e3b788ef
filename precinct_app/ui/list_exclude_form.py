"""The list-changes screen's "Exclude a voter" form, confirmed in place.

The first press of the button (or Enter on it) turns it into "Confirm exclusion
of No. N" and says what will happen; the second press excludes. Esc, or any
change of the voter, the reason or the member, cancels. A voter who is already
excluded or holds a ballot cannot be excluded: the button says why.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized
from precinct_app.messages.list_changes import reason_text
from precinct_app.services import issuance, list_changes
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

OTHER = "other"  # the reason combo's last item: the reason is typed


class ExcludeVoterForm(QGroupBox):
    """The voter (picker), the reason, the member; Exclude, then Confirm.

    Signals:
        action_done(str): the confirmation, for the status line.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pending: tuple[int, str, str] | None = None  # (voter id, reason, member)
        self._picked: VoterView | None = None
        self._blocked = ""  # why the picked voter cannot be excluded ('' when they can)
        self._frozen = ""  # why the form is disabled ('' when it is not)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        box = QVBoxLayout(self)
        self.picker = VoterPicker(self._ctx, enter=self._on_picker_enter)
        table = self.picker.table
        rows = table.verticalHeader().defaultSectionSize()
        table.setMaximumHeight(rows * 4 + table.horizontalHeader().sizeHint().height() + 4)
        table.setColumnWidth(Column.STATUS, 140)  # "шығарылған" with its dot
        box.addWidget(self.picker)
        self.picked_label = QLabel()
        self.picked_label.setObjectName("pickedVoter")
        self.picked_label.setTextFormat(Qt.TextFormat.PlainText)
        self.picked_label.setWordWrap(True)
        box.addWidget(self.picked_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.reason = QComboBox()
        for code in (*list_changes.EXCLUSION_REASONS, OTHER):
            self.reason.addItem("", code)
        self.other_reason = QLineEdit()
        self.other_reason.setMaxLength(300)
        self.member = MemberCombo("list_change")
        self.member.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a form: Tab reaches it
        self.reason_caption, self.other_caption, self.member_caption = QLabel(), QLabel(), QLabel()
        form.addRow(self.reason_caption, self.reason)
        form.addRow(self.other_caption, self.other_reason)
        form.addRow(self.member_caption, self.member)
        box.addLayout(form)
        self.exclude_button = QPushButton()
        self.exclude_button.setObjectName("excludeButton")
        self.exclude_button.setAutoDefault(True)  # Enter on the focused button presses it
        box.addWidget(self.exclude_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = Banner("excludeResult", hide_when_empty=True)
        box.addWidget(self.result)
        chain = (self.picker.search_box, self.reason, self.other_reason, self.member,
                 self.exclude_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.picker.voter_changed.connect(self._on_picker_voter_changed)
        self.reason.currentIndexChanged.connect(self._on_reason_index_changed)
        self.other_reason.textEdited.connect(self._on_other_reason_text_edited)
        self.other_reason.returnPressed.connect(self.exclude_button.setFocus)
        self.member.currentIndexChanged.connect(self._on_member_index_changed)
        self.exclude_button.clicked.connect(self.exclude_picked)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        lang = self._ctx.lang
        self.setTitle(self.tr("Exclude a voter"))
        self.reason_caption.setText(capitalized("word_reason", lang) + ":")
        self.other_caption.setText(self.tr("Other reason:"))
        self.other_reason.setPlaceholderText(self.tr("Write the reason"))
        self.member_caption.setText(self.tr("Acting:"))
        for i in range(self.reason.count()):
            code = str(self.reason.itemData(i))
            other = capitalized("exclusion_other", lang)
            self.reason.setItemText(i, other if code == OTHER else reason_text(code, lang))
        self.member.retranslate(lang)
        self.picker.retranslate_ui()
        self._on_reason_index_changed(self.reason.currentIndex())
        self._on_picker_voter_changed(self._picked)

    def set_station(self, station: StationInfo, frozen: str) -> None:
        """The commission of ``station``; ``frozen``: why nothing may change now ('' if not)."""
        self._frozen = frozen
        self.member.fill(station.commission, self._ctx.lang, self._ctx.settings.desk_member)
        self.setEnabled(not frozen)
        self.setToolTip(frozen)
        self.picker.reload()  # statuses may have changed; the first match is selected

    def _reason(self) -> str:
        code = str(self.reason.currentData())
        return self.other_reason.text().strip() if code == OTHER else code

    def exclude_picked(self) -> None:
        """First press: ask in place; second press (same voter, reason, member): exclude."""
        voter = self.picker.voter
        if not self.isEnabled() or voter is None or self._blocked:
            return
        reason, member_id = self._reason(), self.member.member_id
        if not reason:
            self.result.show_message("warn", self.tr("Write the reason"))
            self.other_reason.setFocus()
            return
        if self._pending != (voter.id, reason, member_id):
            self._pending = (voter.id, reason, member_id)
            self.exclude_button.setText(fill(self.tr("Confirm exclusion of No. %1"),
                                             str(voter.list_no)))
            self.result.show_message("warn", fill(
                self.tr("Exclude No. %1 %2 from the list (%3)? Press again to confirm; Esc "
                        "cancels."),
                str(voter.list_no), voter.full_name, reason_text(reason, self._ctx.lang)))
            self.picked_label.hide()  # the question names the voter
            self.exclude_button.setFocus()
            return
        ctx = self._ctx
        self.cancel_pending()
        result = run_op(
            self, ctx,
            lambda s: list_changes.exclude_voter(s, ctx.clock, member_id, voter.id, reason),
            on_error=lambda message: self.result.show_message("error", message),
        )
        if result is None:
            return
        message = fill(self.tr("No. %1 %2 is excluded from the list: %3"), str(result.list_no),
                       voter.full_name, reason_text(reason, ctx.lang))
        self.result.show_message("ok", message)
        emit(self.action_done, message)
        self.other_reason.clear()
        self.picker.clear()
        self.picker.search_box.setFocus()

    @property
    def pending(self) -> bool:
        """True while an exclusion waits for its confirmation."""
        return self._pending is not None

    def cancel_pending(self) -> None:
        """Forget an exclusion waiting for its confirmation."""
        if self._pending is not None:
            self._pending = None
            self.result.clear_message()
            self.picked_label.show()
        self._update_button()

    def _update_button(self) -> None:
        if self._pending is None:
            self.exclude_button.setText(self.tr("Exclude from the list…"))
        why = self._blocked or ("" if self._picked else self.tr("Find the voter first"))
        self.exclude_button.setEnabled(not why)
        self.exclude_button.setToolTip(self._frozen or why)

    def _show_picked(self) -> None:
        voter = self._picked
        if voter is None:
            self.picked_label.setText(self.tr("Find the voter: IIN, list number or surname"))
            return
        line = fill(self.tr("No. %1 · %2 · born %3"), str(voter.list_no), voter.full_name,
                    voter.birth_date.strftime("%d.%m.%Y"))
        state = self._blocked or "✔  " + self.tr("On the list: may be excluded")
        self.picked_label.setText(f"{line}\n{state}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc cancels an exclusion waiting for its confirmation."""
        if event.key() == Qt.Key.Key_Escape and self._pending is not None:
            self.cancel_pending()
            self.picker.search_box.setFocus()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_picker_enter(self) -> None:
        if self.picker.voter is not None:
            self.reason.setFocus()

    @Slot(object)
    def _on_picker_voter_changed(self, voter: VoterView | None) -> None:
        self._picked, self._blocked = voter, ""
        if voter is not None:
            assert self._ctx.db is not None
            with self._ctx.db.reading() as session:
                state = issuance.voter_state(session, voter.id)
            if state.status != "active":
                self._blocked = "✕  " + fill(
                    self.tr("Already excluded: %1"),
                    reason_text(state.exclusion_reason or "—", self._ctx.lang))
            elif any(b.issuance_id for b in state.ballots):
                self._blocked = "■  " + self.tr(
                    "Has a ballot: cannot be excluded (undo a mistaken issuance first)")
        self.cancel_pending()
        self._show_picked()

    @Slot(int)
    def _on_reason_index_changed(self, _index: int) -> None:
        other = self.reason.currentData() == OTHER
        self.other_reason.setEnabled(other)
        self.other_caption.setEnabled(other)
        self.cancel_pending()

    @Slot(str)
    def _on_other_reason_text_edited(self, _text: str) -> None:
        self.cancel_pending()

    @Slot(int)
    def _on_member_index_changed(self, _index: int) -> None:
        self.cancel_pending()
