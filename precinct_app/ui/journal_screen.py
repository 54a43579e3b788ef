"""The journal of complaints, remarks and observers' acts (docs/screens.md §15).

The journal on top (every entry, its decision and vote); below, on two tabs, the form
to record what was received and the form to record the commission's decision on the
entry selected above, with the vote. A decision is final: an entry decided offers a
new entry referring to it instead. The journal prints to a PDF in the chosen language.
Open in every phase: complaints come before, during and after voting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from precinct_app.messages import capitalized, text
from precinct_app.services import journal, journal_pdf, pdf_common
from precinct_app.services.errors import DomainError
from precinct_app.services.journal import JournalItem
from precinct_app.services.station import load_station
from precinct_app.ui.banner import Banner
from precinct_app.ui.combos import ShrinkableCombo
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.journal_model import JournalColumn, JournalModel
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import error_text, run_op
from precinct_app.ui.screen_base import Screen

_LANGS = {"kk+ru": "Қазақша + Русский", "kk": "Қазақша", "ru": "Русский", "en": "English"}


def _text_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab goes on to the next field, as in a line edit
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class JournalScreen(Screen):
    """The journal, the entry form, the decision form and the PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = JournalModel(ctx.lang, self)
        self._build()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setWordWrap(True)  # the window never widens for it
        top.addWidget(self.caption, 1)
        self.lang_combo = ShrinkableCombo(chars=10)
        for code, name in _LANGS.items():
            self.lang_combo.addItem(name, code)
        top.addWidget(self.lang_combo)
        self.pdf_button = QPushButton()
        top.addWidget(self.pdf_button)
        layout.addLayout(top)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (JournalColumn.ABOUT, JournalColumn.DECISION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_entry_form(), "")
        self.tabs.addTab(self._build_decision_form(), "")
        layout.addWidget(self.tabs)
        self.banner = Banner("journalBanner")
        layout.addWidget(self.banner)

    def _build_entry_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.entry_captions = [QLabel() for _ in range(5)]
        kinds = QHBoxLayout()
        self.kind_combo = QComboBox()
        for code in journal.KINDS:
            self.kind_combo.addItem("", code)
        kinds.addWidget(self.kind_combo)
        self.from_kind_combo = QComboBox()
        for code in journal.FROM_KINDS:
            self.from_kind_combo.addItem("", code)
        kinds.addWidget(self.from_kind_combo)
        kinds.addStretch(1)
        form.addRow(self.entry_captions[0], kinds)
        flags = QHBoxLayout()  # a row of their own: long in Kazakh, and in large text
        self.annex_check = QCheckBox()
        flags.addWidget(self.annex_check)
        self.refers_check = QCheckBox()
        flags.addWidget(self.refers_check)
        flags.addStretch(1)
        form.addRow("", flags)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(journal.MAX_NAME)
        form.addRow(self.entry_captions[1], self.name_edit)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(journal.MAX_NAME)
        form.addRow(self.entry_captions[2], self.organisation_edit)
        self.about_edit = _text_edit(2)
        form.addRow(self.entry_captions[3], self.about_edit)
        row = QHBoxLayout()
        self.record_member = MemberCombo("journal_record")
        self.record_member.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab
        row.addWidget(self.record_member)
        self.record_button = QPushButton()
        self.record_button.setObjectName("primary")
        row.addWidget(self.record_button)
        row.addStretch(1)
        form.addRow(self.entry_captions[4], row)
        return page

    def _build_decision_form(self) -> QWidget:
        self.decision_page = QWidget()
        form = QFormLayout(self.decision_page)
        self.decision_captions = [QLabel() for _ in range(4)]
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        form.addRow(self.decision_captions[0], self.chosen_label)
        self.decision_edit = _text_edit(2)
        form.addRow(self.decision_captions[1], self.decision_edit)
        votes = QHBoxLayout()
        self.vote_captions = [QLabel() for _ in range(3)]
        self.vote_spins = [QSpinBox() for _ in range(3)]  # for, against, abstained
        for caption, spin in zip(self.vote_captions, self.vote_spins, strict=True):
            votes.addWidget(caption)
            votes.addWidget(spin)
        votes.addStretch(1)
        form.addRow(self.decision_captions[2], votes)
        row = QHBoxLayout()
        self.decide_member = MemberCombo("journal_decide")
        self.decide_member.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row.addWidget(self.decide_member)
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("primary")
        row.addWidget(self.decide_button)
        row.addStretch(1)
        form.addRow(self.decision_captions[3], row)
        return self.decision_page

    def _connect_signals(self) -> None:
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.name_edit.returnPressed.connect(self.organisation_edit.setFocus)
        self.organisation_edit.returnPressed.connect(self.about_edit.setFocus)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        lang = self._ctx.lang
        self.tabs.setTabText(0, self.tr("&Record an entry"))
        self.tabs.setTabText(1, self.tr("Record the &decision"))
        self.pdf_button.setText(self.tr("Save the journal as PDF…"))
        for combo, prefix in ((self.kind_combo, "journal_kind_"),
                              (self.from_kind_combo, "journal_from_")):
            for i in range(combo.count()):
                combo.setItemText(i, capitalized(prefix + combo.itemData(i), lang))
        self.annex_check.setText(self.tr("Annex to the protocol (the observer asks)"))
        for label, caption in zip(self.entry_captions, (
                self.tr("Kind, from:"), capitalized("column_journal_from", lang) + ":",
                capitalized("column_journal_organisation", lang) + ":",
                capitalized("column_journal_about", lang) + ":",
                text("doc_journal_col_by", lang) + ":"),
                strict=True):
            label.setText(caption)
        self.name_edit.setPlaceholderText(self.tr("The name as the person gives it"))
        self.organisation_edit.setPlaceholderText(self.tr("Party, association, mission, outlet"))
        self.record_button.setText(self.tr("Record the entry"))
        for label, caption in zip(self.decision_captions, (
                self.tr("Entry:"), capitalized("column_journal_decision", lang) + ":",
                self.tr("The commission's vote:"), text("doc_journal_col_by", lang) + ":"),
                strict=True):
            label.setText(caption)
        for label, code in zip(self.vote_captions, (
                "column_journal_votes_for", "column_journal_votes_against",
                "column_journal_votes_abstained"), strict=True):
            label.setText(capitalized(code, lang))
        self.decide_button.setText(self.tr("Record the decision"))
        self.record_member.retranslate(lang)
        self.decide_member.retranslate(lang)
        self.model.set_language(lang)
        self._fit_columns()
        self._update_caption()
        self._update_chosen()

    def _update_caption(self) -> None:
        rows = self.model.rowCount()
        waiting = sum(1 for i in range(rows) if not self.model.entry(i).decided)
        self.caption.setText(fill(self.tr("Journal of complaints, remarks and acts: %1 · "
                                          "awaiting a decision: %2"), str(rows), str(waiting)))

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the station and the journal."""
        assert self._ctx.db is not None
        chosen = self.chosen
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            rows = journal.entries(session)
        station, lang = self.station, self._ctx.lang
        self.model.set_rows(rows, station.timezone, {m.id: m.name for m in station.commission})
        preferred = self._ctx.settings.desk_member
        self.record_member.fill(station.commission, lang, preferred)
        self.decide_member.fill(station.commission, lang, preferred)
        for spin in self.vote_spins:
            spin.setRange(0, len(station.commission))
        if chosen is not None:
            self.select(chosen.id)
        self._fit_columns()
        self._update_caption()
        self._update_chosen()

    def _fit_columns(self) -> None:
        # What was said and decided take the width; the other columns as wide as their
        # text, up to a share of it (the whole text is in the cell's tooltip).
        table = self.table
        cap = max(80, table.viewport().width() // 9)
        for column in JournalColumn:
            if column not in (JournalColumn.ABOUT, JournalColumn.DECISION):
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, min(table.columnWidth(column), cap))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Share the journal's width out again."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)  # once the table has its new width

    @property
    def chosen(self) -> JournalItem | None:
        """The entry selected in the journal."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select(self, entry_id: int) -> None:
        """Select the entry ``entry_id`` in the journal."""
        for row in range(self.model.rowCount()):
            if self.model.entry(row).id == entry_id:
                self.table.selectRow(row)
                return

    def _update_chosen(self) -> None:
        item, lang = self.chosen, self._ctx.lang
        self.refers_check.setEnabled(item is not None)
        self.refers_check.setText(fill(self.tr("Refers to entry No. %1"), str(item.id))
                                  if item is not None else self.tr("Refers to an entry"))
        if item is None:
            self.chosen_label.setText(self.tr("Select an entry in the journal above."))
        else:
            state = (text("journal_vote", lang, votes_for=item.vote.votes_for,
                          votes_against=item.vote.votes_against, abstained=item.vote.abstained)
                     if item.vote else text("journal_pending", lang))
            self.chosen_label.setText(fill(self.tr("No. %1: %2 — %3"), str(item.id),
                                           item.about[:120], state))
        deciding = item is not None and not item.decided
        self.decision_page.setEnabled(deciding)
        self.decision_page.setToolTip("" if deciding or item is None else self.tr(
            "A decision is final: record a new entry referring to this one."))
        self.annex_check.setEnabled(self.kind_combo.currentData() == "act")

    # -- actions -----------------------------------------------------------------------------

    def record_entry(self) -> JournalItem | None:
        """Record the entry typed in the form; the result is shown in place."""
        ctx, member_id = self._ctx, self.record_member.member_id
        kind = str(self.kind_combo.currentData())
        from_kind = str(self.from_kind_combo.currentData())
        name, organisation = self.name_edit.text(), self.organisation_edit.text()
        about, annex = self.about_edit.toPlainText(), self.annex_check.isChecked()
        refers = self.chosen.id if self.refers_check.isChecked() and self.chosen else None
        result = run_op(self, ctx, lambda s: journal.add(
            s, ctx.clock, member_id, kind=kind, from_kind=from_kind, from_name=name,
            about=about, organisation=organisation, annex=annex and kind == "act",
            refers_to=refers), on_error=lambda message: self.banner.show_message("error", message))
        if result is None:
            return None
        self.banner.show_message("ok", text("journal_added", ctx.lang, entry=result.id,
                                            kind=text(f"journal_kind_{result.kind}", ctx.lang)))
        for edit in (self.name_edit, self.organisation_edit):
            edit.clear()
        self.about_edit.clear()
        self.annex_check.setChecked(False)
        self.refers_check.setChecked(False)
        self.select(result.id)
        self.name_edit.setFocus()
        return result

    def record_decision(self) -> JournalItem | None:
        """Record the decision and the vote on the selected entry."""
        item = self.chosen
        if item is None:
            self.banner.show_message("warn", self.tr("Select an entry in the journal above."))
            return None
        ctx, member_id = self._ctx, self.decide_member.member_id
        decision = self.decision_edit.toPlainText()
        votes_for, against, abstained = (spin.value() for spin in self.vote_spins)
        result = run_op(self, ctx, lambda s: journal.decide(
            s, ctx.clock, member_id, item.id, decision, votes_for, against, abstained),
            on_error=lambda message: self.banner.show_message("error", message))
        if result is None or result.vote is None:
            return None
        self.banner.show_message("ok", text(
            "journal_decided", ctx.lang, entry=result.id, votes_for=result.vote.votes_for,
            votes_against=result.vote.votes_against, abstained=result.vote.abstained))
        self.decision_edit.clear()
        for spin in self.vote_spins:
            spin.setValue(0)
        return result

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str) -> str:
        """Where to save the PDF ('' when cancelled); tests replace this."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("JournalScreen", "Save the journal"),
            suggested, "PDF (*.pdf)")
        return path

    def save_pdf(self) -> Path | None:
        """Ask where, render the journal in the chosen language, write it."""
        assert self._ctx.db is not None
        if self.station is None:
            return None
        name = journal_pdf.default_file_name(self.station, self._ctx.clock)
        path = self.ask_path(self, str(Path.home() / name))
        if not path:
            return None
        target = pdf_common.pdf_target(path)
        try:
            with self._ctx.db.reading() as session:
                data = journal_pdf.render_journal_pdf(session, self._ctx.clock,
                                                      str(self.lang_combo.currentData()))
            saved = pdf_common.save_pdf(target, data)
        except (DomainError, OSError, SQLAlchemyError) as exc:
            self.banner.show_message("error", error_text(exc, self._ctx.lang))
            return None
        self.banner.show_message("ok", text("journal_pdf_written", self._ctx.lang, path=saved))
        return saved

    # -- events ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The name of the person has the focus: the entry is typed at once."""
        super().showEvent(event)
        self.name_edit.setFocus()

    @Slot()
    def _on_record_button_clicked(self) -> None:
        self.record_entry()

    @Slot()
    def _on_decide_button_clicked(self) -> None:
        self.record_decision()

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()

    @Slot(int)
    def _on_kind_combo_changed(self, _index: int) -> None:
        self._update_chosen()

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_chosen()
