"""Disputed ballots on the counting screen: record the commission's vote on one, see the tally.

The tally per contest is for whoever fills the protocol: it is shown, never added to
the protocol's numbers by the software (docs/domain.md §14). Recording needs the count
to have started (phase ``counting``); before and after, the panel says why not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text
from precinct_app.services import disputes, phases
from precinct_app.services.disputes import DisputeItem, Tally
from precinct_app.services.journal_words import dispute_decision_text, tally_text
from precinct_app.services.localize import in_language
from precinct_app.services.station import StationInfo
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.signals import emit


class DisputePanel(QWidget):
    """The form for one disputed ballot and the tally of those decided.

    Signals:
        recorded(str): a decision was recorded; the status line's text.
    """

    recorded = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.station: StationInfo | None = None
        self.tallies: list[Tally] = []
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        self.captions = [QLabel() for _ in range(5)]
        self.contest_combo = QComboBox()
        form.addRow(self.captions[0], self.contest_combo)
        self.decision_combo = QComboBox()
        form.addRow(self.captions[1], self.decision_combo)
        votes = QHBoxLayout()
        self.vote_captions = [QLabel() for _ in range(3)]
        self.vote_spins = [QSpinBox() for _ in range(3)]  # for, against, abstained
        for caption, spin in zip(self.vote_captions, self.vote_spins, strict=True):
            votes.addWidget(caption)
            votes.addWidget(spin)
        votes.addStretch(1)
        form.addRow(self.captions[2], votes)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(disputes.MAX_NOTE)
        form.addRow(self.captions[3], self.note_edit)
        row = QHBoxLayout()
        self.member_combo = MemberCombo("dispute")
        self.member_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row.addWidget(self.member_combo)
        self.record_button = QPushButton()
        self.record_button.setObjectName("primary")
        row.addWidget(self.record_button)
        row.addStretch(1)
        form.addRow(self.captions[4], row)
        layout.addWidget(self.form_box)
        self.banner = Banner("disputeBanner")
        layout.addWidget(self.banner)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        layout.addWidget(self.rule_label)
        self.tally_label = QLabel()
        self.tally_label.setWordWrap(True)
        self.tally_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.tally_label)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.contest_combo.activated.connect(self._on_contest_combo_activated)
        self.note_edit.returnPressed.connect(self._on_record_button_clicked)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        lang = self._ctx.lang
        for label, caption in zip(self.captions, (
                self.tr("Vote (contest):"), capitalized("column_journal_decision", lang) + ":",
                self.tr("Commission's vote:"), capitalized("column_dispute_note", lang) + ":",
                text("doc_journal_col_by", lang) + ":"),
                strict=True):
            label.setText(caption)
        for label, code in zip(self.vote_captions, (
                "column_journal_votes_for", "column_journal_votes_against",
                "column_journal_votes_abstained"), strict=True):
            label.setText(capitalized(code, lang))
        self.note_edit.setPlaceholderText(self.tr("What was doubtful about the ballot"))
        self.record_button.setText(self.tr("Record the decision"))
        self.member_combo.retranslate(lang)
        self._fill_decisions()
        self._show_tally()

    def refresh(self, station: StationInfo, rule: str, tallies: list[Tally]) -> None:
        """Show ``station``'s contests, the package's ``rule`` and the ``tallies``."""
        self.station, self.tallies, lang = station, tallies, self._ctx.lang
        chosen = self.contest_combo.currentData()
        self.contest_combo.clear()
        for contest in station.contests:
            self.contest_combo.addItem(in_language(contest.title, lang), contest.id)
        self.contest_combo.setCurrentIndex(max(0, self.contest_combo.findData(chosen)))
        self.member_combo.fill(station.commission, lang, self._ctx.settings.desk_member)
        size = len(station.commission)
        for spin in self.vote_spins:
            spin.setRange(0, size)
        counting = station.phase == phases.COUNTING
        self.form_box.setEnabled(counting)
        self.form_box.setToolTip("" if counting else self.tr(
            "Disputed ballots are decided during the count"))
        self.rule_label.setText(text("doc_journal_rule", lang,
                                     rule=text(f"dispute_rule_{rule}", lang),
                                     needed=disputes.votes_needed(size, rule), size=size))
        self.retranslate_ui()

    def _fill_decisions(self) -> None:
        chosen = self.decision_combo.currentData()
        self.decision_combo.clear()
        lang = self._ctx.lang
        wanted = self.contest_combo.currentData()
        contests = self.station.contests if self.station else ()
        contest = next((c for c in contests if c.id == wanted), None)
        if contest is None:
            return
        for option in contest.options:
            self.decision_combo.addItem(
                text("dispute_decision_valid", lang, option=in_language(option.label, lang)),
                f"valid:{option.id}")
        self.decision_combo.addItem(text("dispute_decision_invalid", lang), "invalid")
        self.decision_combo.addItem(text("dispute_decision_not_counted", lang), "not_counted")
        self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(chosen)))

    def _show_tally(self) -> None:
        if self.station is None:
            return
        lines = [tally_text(t, self.station, self._ctx.lang) for t in self.tallies if t.total]
        self.tally_label.setText("\n".join(lines) or text("disputes_none", self._ctx.lang))

    def summary(self) -> str:
        """The tally in one or more lines ('' when no ballot was disputed)."""
        if self.station is None:
            return ""
        return "\n".join(tally_text(t, self.station, self._ctx.lang)
                         for t in self.tallies if t.total)

    def record(self) -> DisputeItem | None:
        """Record the decision chosen with the vote; the result is shown in place."""
        ctx, member_id = self._ctx, self.member_combo.member_id
        contest = str(self.contest_combo.currentData())
        decision, option = disputes.parse_decision(str(self.decision_combo.currentData()))
        votes_for, against, abstained = (spin.value() for spin in self.vote_spins)
        note = self.note_edit.text()
        result = run_op(self, ctx, lambda s: disputes.decide(
            s, ctx.clock, member_id, contest, decision, option, votes_for, against, abstained,
            note),
            on_error=lambda message: self.banner.show_message("error", message))
        if result is None or self.station is None:
            return None
        said = text("dispute_recorded", ctx.lang, dispute=result.id, contest=result.contest_id,
                    decision=dispute_decision_text(result, self.station, ctx.lang))
        self.banner.show_message("ok", said)
        self.note_edit.clear()
        for spin in self.vote_spins:
            spin.setValue(0)
        emit(self.recorded, said)
        return result

    @Slot()
    def _on_record_button_clicked(self) -> None:
        self.record()

    @Slot(int)
    def _on_contest_combo_activated(self, _index: int) -> None:
        self._fill_decisions()
