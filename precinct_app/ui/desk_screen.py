"""The desk: find the voter, see their state, Enter issues the ballot (2,000 times a day).

The search box always has focus. A USB scanner types an IIN and Enter: Enter first
resolves the search for the text as it is now (never a stale result), then issues
to the selected voter through ``run_op`` if the card is green; otherwise it shows why not.
Enter acts by itself only on a voter meant without doubt: the whole IIN or the exact
list number (listed first), or a name only one voter has; among several matches it
asks the member to choose a row (Up/Down or a click) and issues nothing until then.
For a voter who holds a ballot, F6 records the one replacement of a spoiled ballot and
F8 undoes a mistaken issuance (chair or deputy, with a reason, in a dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from precinct_app.messages import text
from precinct_app.services import issuance, phases, search, voters
from precinct_app.services.issuance import IssueResult
from precinct_app.services.localize import clock_text
from precinct_app.services.station import load_station
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.combos import ShrinkableCombo
from precinct_app.ui.contest_combo import ContestCombo
from precinct_app.ui.context import AppContext, Bridge
from precinct_app.ui.desk_card import (
    AMBER,
    GREEN,
    RED,
    STATE_MARKS,
    DeskVoter,
    VoterCard,
)
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.screen_base import Screen
from precinct_app.ui.search_keys import SearchKeys, select_row, step_selection
from precinct_app.ui.shortcuts import screen_key
from precinct_app.ui.signals import emit
from precinct_app.ui.sizes import scaled
from precinct_app.ui.status import Said
from precinct_app.ui.undo_dialog import UndoDialog
from precinct_app.ui.voter_model import Column, VoterRole, VoterTableModel

T = TypeVar("T")

SEARCH_DELAY_MS = 80


class DeskScreen(Screen):
    """Member and contest at the top, the search box, matches and card, the confirmation.

    Signals:
        member_changed(str): the name of the member now working at this desk.
        action_done(object): the last action for the status line, as a ui.status.Said (worded
            again at a language switch); None after a refusal (nothing to repeat).
    """

    member_changed = Signal(str)
    action_done = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        assert ctx.db is not None
        self.phase = phases.SETUP
        self._resolved: str | None = None  # the query the shown results belong to
        self._found: search.Found | None = None
        self._chosen = False  # the member chose the selected row (arrow keys, a click)
        self._own_write = False  # a write of this desk's own is running
        self._stale_after_write = False  # data changed during it
        self.last_result: IssueResult | None = None
        self.model = VoterTableModel(ctx.db, ctx.lang, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._build()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.member_caption = QLabel()
        # With large text the captions wrap before the row passes 1366 pixels.
        self.member_caption.setWordWrap(self._ctx.settings.large_text)
        top.addWidget(self.member_caption)
        self.member_combo = MemberCombo("issue")
        self.member_combo.setObjectName("deskMember")
        self.member_combo.setMinimumWidth(360)
        top.addWidget(self.member_combo)
        self.contest_caption = QLabel()
        top.addWidget(self.contest_caption)
        self.contest_combo = ContestCombo()
        self.contest_combo.setObjectName("deskContest")
        top.addWidget(self.contest_combo)
        self.document_caption = QLabel()
        self.document_caption.setWordWrap(self._ctx.settings.large_text)
        top.addWidget(self.document_caption)
        # The kind shown; its number is never recorded.
        self.document_combo = ShrinkableCombo(chars=12)
        self.document_combo.setObjectName("deskDocument")
        self.document_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        for kind in issuance.DOCUMENTS:
            self.document_combo.addItem("", kind)
        top.addWidget(self.document_combo)
        top.addStretch(1)
        self.phase_note = QLabel()
        self.phase_note.setObjectName("deskPhaseNote")
        note_font = QFont(self.phase_note.font())
        note_font.setBold(True)
        note_font.setPointSizeF(note_font.pointSizeF() * 1.2)
        self.phase_note.setFont(note_font)
        self.phase_note.setStyleSheet(f"color: {palette.ERROR_TEXT};")
        # Before voting opens the note wraps rather than widen the row past 1366 pixels
        # (in large Russian text the row needed 1,408).
        self.phase_note.setWordWrap(True)
        top.addWidget(self.phase_note)
        layout.addLayout(top)
        self.work = QWidget()  # everything the phase enables or disables
        work = QVBoxLayout(self.work)
        work.setContentsMargins(0, 0, 0, 0)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("deskSearch")
        self.search_box.setClearButtonEnabled(True)
        font = QFont(self.search_box.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        self.search_box.setFont(font)
        SearchKeys(self.search_box, self._move_selection, self._clear_search, self.issue_selected)
        work.addWidget(self.search_box)
        body = QHBoxLayout()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays in the search box
        for column in (Column.IIN, Column.SECTION, Column.STATUS):
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(Column.LIST_NO, scaled(self, 64))
        self.table.setColumnWidth(Column.BIRTH_DATE, scaled(self, 100))
        body.addWidget(self.table, 4)
        right = QVBoxLayout()
        self.card = VoterCard(self._ctx.lang)
        right.addWidget(self.card, 1)
        actions = QHBoxLayout()
        self.spoil_button = QPushButton()
        self.spoil_button.setObjectName("deskSpoil")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("deskUndo")
        for button in (self.spoil_button, self.undo_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys work from the search box
            actions.addWidget(button)
        actions.addStretch(1)
        right.addLayout(actions)
        body.addLayout(right, 5)
        work.addLayout(body, 1)
        layout.addWidget(self.work, 1)
        self.banner = Banner("deskBanner", scale=1.5, padding="10px 16px")
        self.banner.setMinimumHeight(64)
        layout.addWidget(self.banner)
        # The screen's keys, not the buttons' (relabelling a button drops its shortcut).
        screen_key(self, "F6", self.spoil_selected)
        screen_key(self, "F8", self.undo_selected)

    def _connect_signals(self) -> None:
        self.search_box.textEdited.connect(self._on_search_box_text_edited)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.clicked.connect(self._on_table_clicked)
        self.member_combo.activated.connect(self._on_member_combo_activated)
        self.spoil_button.clicked.connect(self.spoil_selected)
        self.undo_button.clicked.connect(self.undo_selected)
        self.contest_combo.activated.connect(self._on_contest_combo_activated)
        self.document_combo.activated.connect(lambda _index: self.search_box.setFocus())

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.member_caption.setText(self.tr("Member at this desk:"))
        if self.member_caption.wordWrap():  # large text: two lines at most, never four
            full = self.member_caption.fontMetrics().horizontalAdvance(self.member_caption.text())
            self.member_caption.setMinimumWidth(full // 2 + 20)
        self.contest_caption.setText(self.tr("Contest:"))
        self.document_caption.setText(self.tr("Document:"))
        documents = {"id_card": self.tr("ID card"), "passport": self.tr("Passport"),
                     "other": self.tr("Other document")}
        for i in range(self.document_combo.count()):
            self.document_combo.setItemText(i, documents[str(self.document_combo.itemData(i))])
        self.search_box.setPlaceholderText(
            self.tr("Scan the ID card or type: IIN, list number or surname")
        )
        self.search_box.setToolTip(
            self.tr("Enter: issue the ballot · Up/Down: choose the voter · Esc: clear")
        )
        self.spoil_button.setText(self.tr("Replace a spoiled ballot (F6)"))
        self.undo_button.setText(self.tr("Undo the issuance… (F8)"))
        self.model.set_language(self._ctx.lang)
        lang = self._ctx.lang
        self.member_combo.retranslate(lang)
        self.contest_combo.retranslate(lang)
        self._update_phase()
        self.card.lang = lang
        self.card.retranslate_ui()
        self._update_actions()
        if self.isVisible() and self.work.isEnabled():
            # Switched in the header: the next scan goes to the search, not to the switch,
            # and replaces what is left there.
            self.search_box.setFocus()
            self.search_box.selectAll()

    def _update_phase(self) -> None:
        notes = {phases.SETUP: self.tr("Voting is not open yet"),
                 phases.OPEN: "", phases.CLOSED: self.tr("Voting is closed")}
        note = notes.get(self.phase, self.tr("Voting is closed"))
        if not self.member_combo.count() and not note:
            note = self.tr("No commission member here may issue ballots")
        self.phase_note.setText(note)
        self.work.setEnabled(not note)
        # Only on the desk itself: a hidden search box given the focus takes every key the
        # member types on another screen, Enter included (showEvent focuses it when shown).
        if not note and self.isVisible():
            self.search_box.setFocus()

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the station (phase, members, contests) and the current results."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
        self.phase = self.station.phase
        self._fill_members()
        self._fill_contests()
        self._update_phase()
        self.reload()

    def _fill_members(self) -> None:
        assert self.station is not None
        before = self.member_id
        self.member_combo.fill(
            self.station.commission, self._ctx.lang, self._ctx.settings.desk_member
        )
        if self.member_id != before:
            emit(self.member_changed, self.member_name)

    def _fill_contests(self) -> None:
        assert self.station is not None
        self.contest_combo.fill(self.station.contests, self._ctx.lang)
        self.contest_combo.setVisible(self.contest_combo.several)
        self.contest_caption.setVisible(self.contest_combo.several)

    @property
    def member_id(self) -> str:
        """The member working at this desk ('' when none can be chosen)."""
        return str(self.member_combo.currentData() or "")

    @property
    def member_name(self) -> str:
        """The name of the member working at this desk ('' when none)."""
        member = self.member_combo.member
        return member.name if member is not None else ""

    @property
    def contest_id(self) -> str:
        """The contest being issued."""
        return self.contest_combo.contest_id

    def reload(self) -> None:
        """Run the search for the text as it is now; the first match is selected."""
        assert self._ctx.db is not None
        self._timer.stop()
        if self._server_lost():  # a search would wait for the server at each keystroke
            return
        query = self.search_box.text()
        # The same search again (data changed): the row the member chose stays chosen.
        shown = self.card.voter
        kept = shown.view.id if shown is not None and self._chosen and query == self._resolved \
            else None
        with self._ctx.db.reading() as session:
            found = search.find(session, query) if query.strip() else None
        # every match: the lazy model fetches only the rows on screen
        ids = found.ids if found is not None else []
        self._resolved, self._found = query, found
        self.model.set_ids(ids)
        self._chosen = kept is not None and kept in ids
        if ids:
            self._select_row(ids.index(kept) if kept is not None and self._chosen else 0)
        else:
            self.card.show_voter(None)
            self._update_actions()

    def _desk_voter(self, view: voters.VoterView) -> DeskVoter:
        """The card's voter: ``view`` is the row the search just read (the model keeps no
        row across searches); the state is read now, so the colour is never stale."""
        assert self._ctx.db is not None and self.station is not None
        with self._ctx.db.reading() as session:
            state = issuance.voter_state(session, view.id)
        return DeskVoter(view, state, self.contest_id, self.station.timezone)

    def _select_row(self, row: int) -> None:
        select_row(self.table, row)

    def _move_selection(self, step: int) -> None:
        if self._timer.isActive() or self._resolved != self.search_box.text():
            self.reload()  # choose among the matches of the text as it is now
        if self.model.rowCount():
            step_selection(self.table, step)
            self._chosen = True

    def _scanned_voter(self) -> DeskVoter | None:
        """The voter an unread search means without doubt, if they may take a ballot now:
        read in one go, leaving the matches and the card as they are (a scanner's IIN and
        Enter arrive together; the card would be cleared again as soon as the ballot is
        written). None for anything else: the full search then shows why."""
        assert self._ctx.db is not None and self.station is not None
        query = self.search_box.text()
        if not query.strip() or (self._chosen and query == self._resolved):
            return None
        with self._ctx.db.reading() as session:
            found = search.find(session, query)
            if not found.unambiguous:
                return None
            view = voters.get(session, found.ids[0])
            if view is None:
                return None
            voter = DeskVoter(view, issuance.voter_state(session, view.id), self.contest_id,
                              self.station.timezone)
        return voter if voter.kind == GREEN else None

    def _resolve(self) -> DeskVoter | None:
        """The voter Enter (or F6, F8) may act on for the text as it is now, or None
        after saying why not: nobody matches, or the member must choose among several."""
        if self._timer.isActive() or self._resolved != self.search_box.text():
            self.reload()
        voter, found = self.card.voter, self._found
        typed = self.search_box.text().strip()
        if voter is None or found is None:
            if typed:
                self.show_banner("warn", fill(self.tr("No voter matches “%1”"), typed))
            return None
        if self._chosen or found.unambiguous:
            return voter
        count = len(found.ids)
        if found.by_list_number:
            message = self.tr(
                "No voter has list number %1. The IIN of %n voter(s) starts with %1: choose "
                "one with Up/Down or a click, then press Enter", "", count)
        elif found.digits is not None:
            message = self.tr(
                "An IIN has 12 digits. The IIN of %n voter(s) starts with %1: choose one with "
                "Up/Down or a click, then press Enter", "", count)
        else:
            message = self.tr(
                "%n voter(s) match “%1”: choose one with Up/Down or a click, then press Enter",
                "", count)
        self.show_banner("warn", "?  " + fill(message, found.digits or typed))
        return None

    # -- issuing -----------------------------------------------------------------------------

    def issue_selected(self) -> None:
        """Enter: resolve the search now, then issue to the selected voter if the card is green."""
        if not self.work.isEnabled() or self._server_lost():
            return
        unread = self._timer.isActive() or self._resolved != self.search_box.text()
        scanned = self._scanned_voter() if unread and self.member_id else None
        voter = scanned or self._resolve()
        if voter is None:
            return
        if voter.kind != GREEN:
            self.show_banner("error" if voter.kind == RED else "warn",
                             f"{STATE_MARKS[voter.kind]}  {self.card.state_text()}")
            return
        if not self.member_id:
            self.show_banner("error", self.tr("Choose the member working at this desk"))
            return
        ctx, member_id, contest_id = self._ctx, self.member_id, self.contest_id
        voter_id, document = voter.view.id, str(self.document_combo.currentData())
        result = self._write(
            lambda s: issuance.issue(s, ctx.clock, voter_id, contest_id, member_id,
                                     document=document),
            reload=False,  # the search is cleared and read again below
        )
        if result is None:
            if scanned is not None:
                self.reload()  # the card shows the voter the refusal is about
            return
        self.last_result = result
        at = clock_text(result.issued_at, voter.timezone)
        self.show_banner("ok", "✔  " + fill(self.tr("Ballot issued: %1, No. %2 · %3 · %4"),
                                            voter.view.full_name, str(result.list_no), at,
                                            result.member.name))
        emit(self.action_done, Said.translate(
            "DeskScreen", "Ballot issued to No. %1 at %2 by %3").arg(
            str(result.list_no), at, result.member.name))
        self.search_box.clear()  # ready for the next voter; the confirmation stays
        self.document_combo.setCurrentIndex(0)  # most voters show the ID card
        self.reload()

    def show_server_lost(self) -> None:
        """The server is lost: no voter shown (the card could be stale, the list's rows
        are read as they are drawn), the paper list named instead."""
        self.model.set_ids([])
        self.card.show_voter(None)
        self._update_actions()
        self._server_lost()

    def _server_lost(self) -> bool:
        """True, after saying so, while the station server is lost: no ballot is tried (the
        search itself would wait for the server), the paper list is used instead."""
        if not self._ctx.server_lost:
            return False
        self.show_banner("error", "✖  " + text("server_lost_issue", self._ctx.lang))
        return True

    # -- corrections -------------------------------------------------------------------------

    def _holder(self) -> DeskVoter | None:
        """The shown voter if they hold a ballot in the chosen contest (resolved now);
        otherwise None, after saying why (F6 and F8 are for a voter who has a ballot)."""
        if not self.work.isEnabled() or self._server_lost():
            return None
        if not self.search_box.text().strip():
            self.show_banner("warn", self.tr(
                "F6 and F8 are for a voter who already has a ballot: find the voter first"))
            return None
        voter = self._resolve()
        if voter is None:
            return None
        if voter.kind != AMBER:
            self.show_banner("warn", fill(self.tr(
                "F6 and F8 are for a voter who already has a ballot; %1"), self.card.state_text()))
            return None
        return voter

    def spoil_selected(self) -> None:
        """F6: the one replacement of the shown voter's spoiled ballot."""
        voter = self._holder()
        if voter is None:
            return
        if not self.member_id:
            self.show_banner("error", self.tr("Choose the member working at this desk"))
            return
        ctx, member_id, contest_id, voter_id = (
            self._ctx, self.member_id, self.contest_id, voter.view.id)
        # A second replacement is refused in a dialog (docs/screens.md §5): the chair must see it.
        result = self._write(
            lambda s: issuance.spoil(s, ctx.clock, voter_id, contest_id, member_id),
            in_banner=False)
        self._back_to_search()  # from the refusal's dialog, ready for the next scan
        if result is None:  # refused (the dialog said why): no success to repeat
            emit(self.action_done, None)
            return
        at = clock_text(result.at, voter.timezone)
        said = Said.translate(
            "DeskScreen", "Replacement ballot issued: %1, No. %2 · %3 · %4. Keep the spoiled "
            "ballot for cancellation.").arg(
            voter.view.full_name, str(result.list_no), at, result.member.name)
        self.show_banner("ok", "✔  " + said.text(self._ctx.lang))  # the same words, both
        emit(self.action_done, said)

    def undo_selected(self) -> None:
        """F8: undo the shown voter's issuance (chair or deputy, reason in a dialog)."""
        voter = self._holder()
        if voter is None or self.station is None:
            return
        answer = UndoDialog.ask(
            self, UndoDialog.voter_words(voter.view.full_name, voter.view.list_no),
            self.station.commission, self._ctx.lang,
        )
        if answer is None:
            self._back_to_search()
            return
        member_id, reason = answer
        ctx, contest_id, voter_id = self._ctx, self.contest_id, voter.view.id
        result = self._write(
            lambda s: issuance.undo(s, ctx.clock, voter_id, contest_id, member_id, reason),
            in_banner=False)
        self._back_to_search()
        if result is None:  # refused (the dialog said why): no success to repeat
            emit(self.action_done, None)
            return
        said = Said.translate("DeskScreen", "Issuance undone: No. %1 by %2 (%3)").arg(
            str(result.list_no), result.member.name, reason)
        self.show_banner("warn", "↶  " + said.text(self._ctx.lang))  # clears the status line
        emit(self.action_done, said)  # then says the undo there

    def _update_actions(self) -> None:
        voter = self.card.voter
        holds = voter is not None and voter.kind == AMBER
        replaced = holds and voter is not None and voter.replaced()
        self.spoil_button.setEnabled(holds and not replaced)
        self.undo_button.setEnabled(holds)
        why_not = self.tr("For a voter who already has a ballot")
        self.spoil_button.setToolTip(
            self.tr("This ballot was already replaced once") if replaced
            else self.tr("F6: the voter spoiled the ballot; hand out the one replacement")
            if holds else why_not)
        self.undo_button.setToolTip(
            self.tr("F8: the ballot was recorded by mistake (chair or deputy, with a reason)")
            if holds else why_not)

    def show_banner(self, kind: str, message: str) -> None:
        """The full-width line under the card: a confirmation, a reason or a refusal."""
        self.banner.show_text(kind, message)
        # The next scan must replace what is left in the box, not be appended to it.
        self.search_box.selectAll()
        if kind != "ok":  # the status line must not repeat a success beside a refusal
            emit(self.action_done, None)

    def _back_to_search(self) -> None:
        """After a dialog: the window active again, the search box focused, its text
        selected (not every window manager gives the focus back when a dialog closes)."""
        self.activateWindow()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def clear_banner(self) -> None:
        """Hide the confirmation (a new search has started)."""
        self.banner.clear_message()

    # -- events ------------------------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:
        """The search box has focus whenever the screen is shown, its text selected.

        Leaving the screen takes the focus away, and QLineEdit drops the selection then:
        without selecting again, the next scan would be appended to the last IIN.
        """
        super().showEvent(event)  # type: ignore[arg-type]
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _clear_search(self) -> None:
        self.search_box.clear()
        self.clear_banner()
        self.reload()

    @Slot(str)
    def _on_search_box_text_edited(self, _text: str) -> None:
        if self.banner.kind:
            self.clear_banner()
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.reload()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = current.data(VoterRole) if current.isValid() else None
        self.card.show_voter(self._desk_voter(view) if view is not None else None)
        self._update_actions()

    @Slot(QModelIndex)
    def _on_table_clicked(self, _index: QModelIndex) -> None:
        self._chosen = True  # the click chose the row (selected before this signal)
        self.search_box.setFocus()

    @Slot(int)
    def _on_member_combo_activated(self, _index: int) -> None:
        self._ctx.settings.desk_member = self.member_id
        emit(self.member_changed, self.member_name)
        self.search_box.setFocus()

    @Slot(int)
    def _on_contest_combo_activated(self, _index: int) -> None:
        self._on_table_current_changed(self.table.selectionModel().currentIndex(), QModelIndex())
        self.search_box.setFocus()

    def _data_changed(self) -> None:
        if self._own_write:
            # This desk's own ballot changes neither the phase, the members nor the
            # contests, and the desk reads the voter again itself: the Enter stays quick.
            self._stale_after_write = True
            return
        self.refresh()

    def _write(self, fn: Callable[[Session], T], *, in_banner: bool = True,
               reload: bool = True) -> T | None:
        """``run_op`` for the desk's own issue, spoil and undo: refusals in the banner
        (``in_banner``) or in a dialog; the matches read again after a write (``reload``)."""
        self._own_write, self._stale_after_write = True, False
        try:
            result = run_op(self, self._ctx, fn, on_error=(
                (lambda message: self.show_banner("error", message)) if in_banner else None),
                scope=Bridge.BALLOTS_ONLY)
        finally:
            self._own_write = False
        if self._stale_after_write and reload:
            self.reload()  # the card shows the voter as the write left them
        return result
