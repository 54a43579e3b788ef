"""The voting day's controls on the Station screen: open and close voting, the act of receipt.

Opening and closing cannot be taken back, so each asks once in a dialog; the
result is shown in place. The phase drives what is enabled, and a disabled
button says why in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.services import bounds, phases
from precinct_app.services.localize import clock_text
from precinct_app.services.station import StationInfo
from precinct_app.ui.banner import Banner
from precinct_app.ui.contest_combo import ContestCombo
from precinct_app.ui.context import APP_NAME, AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.signals import emit

MAX_BALLOTS = bounds.MAX_BALLOTS  # the service refuses more (the same limit)


class DayPanel(QWidget):
    """Open voting, close voting (with a reason when early), correct the ballots received.

    Signals:
        action_done(str): a one-line account of the last action, for the status line.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._station: StationInfo | None = None
        self._history: list[phases.PhaseEvent] = []
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day_box = QGroupBox()
        day = QVBoxLayout(self.day_box)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        day.addWidget(self.history_label)
        self.form = QFormLayout()
        self.member_caption = QLabel()
        self.member = MemberCombo("open_voting")  # the same roles close it
        self.form.addRow(self.member_caption, self.member)
        self.reason_caption = QLabel()
        self.reason = QLineEdit()
        self.form.addRow(self.reason_caption, self.reason)
        day.addLayout(self.form)
        buttons = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.setObjectName("primary")
        self.close_button = QPushButton()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        day.addLayout(buttons)
        self.result = Banner("dayResult", hide_when_empty=True)
        day.addWidget(self.result)
        layout.addWidget(self.day_box, 3)
        self.receipt_box = QGroupBox()
        receipt = QFormLayout(self.receipt_box)
        self.contest = ContestCombo()
        self.count = QSpinBox()
        self.count.setRange(0, MAX_BALLOTS)
        self.receipt_member = MemberCombo("receive_ballots")
        self.receipt_button = QPushButton()
        self.contest_caption, self.count_caption, self.receipt_member_caption = (
            QLabel(), QLabel(), QLabel())
        receipt.addRow(self.contest_caption, self.contest)
        receipt.addRow(self.count_caption, self.count)
        receipt.addRow(self.receipt_member_caption, self.receipt_member)
        receipt.addRow(self.receipt_button)
        layout.addWidget(self.receipt_box, 2)

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.contest.currentIndexChanged.connect(self._on_contest_index_changed)

    def set_station(self, station: StationInfo) -> None:
        """Show ``station``'s phase, history and contests."""
        self._station = station
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self._history = phases.history(session)
        self.member.fill(station.commission, self._ctx.lang)
        self.receipt_member.fill(station.commission, self._ctx.lang)
        self.contest.fill(station.contests, self._ctx.lang)
        self._on_contest_index_changed(self.contest.currentIndex())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.day_box.setTitle(text("word_voting_day", self._ctx.lang))
        self.receipt_box.setTitle(self.tr("Act of receipt of ballots"))
        self.member_caption.setText(self.tr("Acting:"))
        self.reason_caption.setText(self.tr("Reason to close early:"))
        self.reason.setPlaceholderText(
            self.tr("Needed before the closing time unless every voter has a ballot"))
        self.open_button.setText(self.tr("Open voting"))
        self.close_button.setText(self.tr("Close voting…"))
        self.contest_caption.setText(self.tr("Contest:"))
        self.count_caption.setText(self.tr("Ballots received:"))
        self.receipt_member_caption.setText(self.tr("Corrected by:"))
        self.receipt_button.setText(self.tr("Correct the act"))
        lang = self._ctx.lang
        self.member.retranslate(lang)
        self.receipt_member.retranslate(lang)
        station = self._station
        if station is None:
            return
        self.contest.retranslate(lang)
        self.history_label.setText(self._history_text(station))
        self._update_enabled(station)

    def _history_text(self, station: StationInfo) -> str:
        names = {m.id: m.name for m in station.commission}
        lines = [fill(self.tr("Voting hours: %1–%2"), station.opens, station.closes)]
        for event in self._history:
            at = clock_text(event.at, station.timezone, "%d.%m %H:%M")
            who = names.get(event.member_id, event.member_id)
            line = fill(self._event_text(event), at, who)
            if event.reason:
                line += f" ({event.reason})"
            lines.append(line)
        if not self._history:
            lines.append(self.tr("Voting has not been opened yet."))
        return "\n".join(lines)

    def _event_text(self, event: phases.PhaseEvent) -> str:
        if event.to_phase == phases.OPEN:
            return self.tr("Voting opened at %1 by %2")
        if event.to_phase == phases.CLOSED:
            return self.tr("Voting closed at %1 by %2")
        if event.to_phase == phases.SIGNED:
            return self.tr("Every protocol signed at %1 (signed by %2)")
        if event.from_phase == phases.SIGNED:
            return self.tr("Protocol correction opened at %1 by %2")
        return self.tr("Count started at %1 by %2")

    def _update_enabled(self, station: StationInfo) -> None:
        phase = station.phase
        in_setup, is_open = phase == phases.SETUP, phase == phases.OPEN
        self.open_button.setEnabled(in_setup and bool(self.member.member_id))
        self.open_button.setToolTip("" if in_setup else self.tr("Voting has already been opened"))
        self.close_button.setEnabled(is_open and bool(self.member.member_id))
        self.close_button.setToolTip(
            "" if is_open else self.tr("Voting is not open") if in_setup
            else self.tr("Voting is closed"))
        # Only a special station may close early, so only there is a reason asked for.
        self.form.setRowVisible(self.reason, station.special)
        self.reason.setEnabled(is_open)
        self.receipt_box.setEnabled(in_setup)
        self.receipt_box.setToolTip(
            "" if in_setup else self.tr("The act of receipt can be corrected only before "
                                        "voting opens"))

    @classmethod
    def confirm(cls, parent: QWidget | None, question: str) -> bool:
        """Ask once before an action that cannot be taken back (tests replace this)."""
        answer = QMessageBox.question(parent, APP_NAME, question)
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, message: str, outside_hours: bool) -> None:
        if outside_hours:
            message += "\n" + text("training_outside_hours", self._ctx.lang)
        self.result.show_message("ok", message)
        emit(self.action_done, message.splitlines()[0])

    def _refused(self, message: str) -> None:
        self.result.show_message("error", message)

    def _phase_message(self, code: str, result: phases.PhaseResult) -> str:
        assert self._station is not None
        at = clock_text(result.at, self._station.timezone)
        return text(code, self._ctx.lang, at=at, member=result.member.name)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        if not self.confirm(self, self.tr("Open voting now? Ballots can be issued from then "
                                          "on; this cannot be undone.")):
            return
        ctx, member_id = self._ctx, self.member.member_id
        result = run_op(self, ctx, lambda s: phases.open_voting(s, ctx.clock, member_id),
                        on_error=self._refused)
        if result is not None:
            self._done(self._phase_message("day_opened", result), result.outside_hours)

    @Slot()
    def _on_close_button_clicked(self) -> None:
        if not self.confirm(self, self.tr("Close voting now? No ballot can be issued after "
                                          "this; this cannot be undone.")):
            return
        ctx, member_id, reason = self._ctx, self.member.member_id, self.reason.text()
        result = run_op(self, ctx, lambda s: phases.close_voting(s, ctx.clock, member_id, reason),
                        on_error=self._refused)
        if result is not None:
            self.reason.clear()
            self._done(self._phase_message("day_closed", result), result.outside_hours)

    @Slot()
    def _on_receipt_button_clicked(self) -> None:
        ctx, member_id = self._ctx, self.receipt_member.member_id
        contest_id, count = self.contest.contest_id, self.count.value()
        result = run_op(
            self, ctx,
            lambda s: phases.receive_ballots(s, ctx.clock, member_id, contest_id, count),
            on_error=self._refused)
        if result is not None:
            self._done(text("ballots_received_set", ctx.lang, contest=self.contest.currentText(),
                            before=result.before, after=result.after), False)

    @Slot(int)
    def _on_contest_index_changed(self, index: int) -> None:
        if self._station is not None and 0 <= index < len(self._station.contests):
            self.count.setValue(self._station.contests[index].ballots_received)
