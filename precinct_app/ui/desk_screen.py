"""The desk: find the voter, see their state, Enter issues the ballot (2,000 times a day).

The search box always has focus. A USB scanner types an IIN and Enter: Enter first
resolves the search for the text as it is now (never a stale result), then issues
to the selected voter through ``run_op`` if the card is green; otherwise it shows why not.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.services import issuance, permissions, phases, search, voters
from precinct_app.services.issuance import IssueResult
from precinct_app.services.station import StationInfo, load_station
from precinct_app.ui.context import AppContext
from precinct_app.ui.desk_card import GREEN, RED, STATE_COLOURS, STATE_MARKS, DeskVoter, VoterCard
from precinct_app.ui.header import local_text
from precinct_app.ui.ops import run_op
from precinct_app.ui.search_keys import SearchKeys
from precinct_app.ui.voter_model import Column, VoterRole, VoterTableModel

SEARCH_DELAY_MS = 80
_BANNER = {  # (background, text) per banner kind
    "ok": ("#e3f3e8", STATE_COLOURS[GREEN]), "warn": ("#fff3d6", "#6b4500"),
    "error": ("#fbe4e2", "#8c1d18"),
}


class DeskScreen(QWidget):
    """Member and contest at the top, the search box, matches and card, the confirmation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.db is not None
        self._ctx = ctx
        self.station: StationInfo | None = None
        self.phase = phases.SETUP
        self._resolved: str | None = None  # the query the shown results belong to
        self._banner_kind = ""
        self.last_result: IssueResult | None = None
        self.model = VoterTableModel(ctx.db, ctx.lang, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._setup_ui()
        self._connect_signals()
        self.refresh()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.member_caption = QLabel()
        top.addWidget(self.member_caption)
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("deskMember")
        self.member_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.member_combo.setMinimumWidth(360)
        top.addWidget(self.member_combo)
        self.contest_caption = QLabel()
        top.addWidget(self.contest_caption)
        self.contest_combo = QComboBox()
        self.contest_combo.setObjectName("deskContest")
        self.contest_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        top.addWidget(self.contest_combo)
        top.addStretch(1)
        self.phase_note = QLabel()
        self.phase_note.setObjectName("deskPhaseNote")
        note_font = QFont(self.phase_note.font())
        note_font.setBold(True)
        note_font.setPointSizeF(note_font.pointSizeF() * 1.2)
        self.phase_note.setFont(note_font)
        self.phase_note.setStyleSheet("color: #8c1d18;")
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
        self.table.setColumnWidth(Column.LIST_NO, 64)
        self.table.setColumnWidth(Column.BIRTH_DATE, 100)
        body.addWidget(self.table, 4)
        self.card = VoterCard()
        body.addWidget(self.card, 5)
        work.addLayout(body, 1)
        layout.addWidget(self.work, 1)
        self.banner = QLabel()
        self.banner.setObjectName("deskBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        banner_font = QFont(self.banner.font())
        banner_font.setPointSizeF(banner_font.pointSizeF() * 1.5)
        banner_font.setBold(True)
        self.banner.setFont(banner_font)
        self.banner.setMinimumHeight(64)
        layout.addWidget(self.banner)

    def _connect_signals(self) -> None:
        self.search_box.textEdited.connect(self._on_search_box_text_edited)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.clicked.connect(lambda _index: self.search_box.setFocus())
        self.member_combo.activated.connect(self._on_member_combo_activated)
        self.contest_combo.activated.connect(self._on_contest_combo_activated)
        self._ctx.bridge.data_changed.connect(self._on_bridge_data_changed)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.member_caption.setText(self.tr("Member at this desk:"))
        self.contest_caption.setText(self.tr("Contest:"))
        self.search_box.setPlaceholderText(
            self.tr("Scan the ID card or type: IIN, list number or surname")
        )
        self.search_box.setToolTip(
            self.tr("Enter: issue the ballot · Up/Down: choose the voter · Esc: clear")
        )
        self.model.set_language(self._ctx.lang)
        lang = self._ctx.lang
        for i in range(self.member_combo.count()):
            name, role = self.member_combo.itemData(i, Qt.ItemDataRole.UserRole + 1)
            self.member_combo.setItemText(i, f"{name} — {text(f'role_{role}', lang)}")
        if self.station is not None:
            for i, contest in enumerate(self.station.contests):
                self.contest_combo.setItemText(i, local_text(contest.title, lang))
        self._update_phase()
        self.card.retranslate_ui()

    def _update_phase(self) -> None:
        notes = {phases.SETUP: self.tr("Voting is not open yet"),
                 phases.OPEN: "", phases.CLOSED: self.tr("Voting is closed")}
        note = notes.get(self.phase, self.tr("Voting is closed"))
        if not self.member_combo.count() and not note:
            note = self.tr("No commission member here may issue ballots")
        self.phase_note.setText(note)
        self.work.setEnabled(not note)
        if not note:
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
        chosen = self.member_id or self._ctx.settings.desk_member
        self.member_combo.clear()
        lang = self._ctx.lang
        for member in self.station.commission:
            if permissions.allowed(member.role, "issue"):
                self.member_combo.addItem(
                    f"{member.name} — {text(f'role_{member.role}', lang)}", member.id)
                self.member_combo.setItemData(self.member_combo.count() - 1,
                                              (member.name, member.role),
                                              Qt.ItemDataRole.UserRole + 1)
        found = self.member_combo.findData(chosen)
        self.member_combo.setCurrentIndex(max(0, found))

    def _fill_contests(self) -> None:
        assert self.station is not None
        chosen = self.contest_id
        self.contest_combo.clear()
        for contest in self.station.contests:
            self.contest_combo.addItem(local_text(contest.title, self._ctx.lang), contest.id)
        self.contest_combo.setCurrentIndex(max(0, self.contest_combo.findData(chosen)))
        several = len(self.station.contests) > 1
        self.contest_combo.setVisible(several)
        self.contest_caption.setVisible(several)

    @property
    def member_id(self) -> str:
        """The member working at this desk ('' when none can be chosen)."""
        return str(self.member_combo.currentData() or "")

    @property
    def contest_id(self) -> str:
        """The contest being issued."""
        return str(self.contest_combo.currentData() or "")

    def reload(self) -> None:
        """Run the search for the text as it is now; the first match is selected."""
        assert self._ctx.db is not None
        self._timer.stop()
        query = self.search_box.text()
        with self._ctx.db.reading() as session:
            ids = (
                search.find_voter_ids(session, query) if query.strip() else []
            )  # every match: the lazy model fetches only the rows on screen
        self._resolved = query
        self.model.set_ids(ids)
        if ids:
            self._select_row(0)
        else:
            self.card.show_voter(None)

    def _desk_voter(self, voter_id: int) -> DeskVoter | None:
        assert self._ctx.db is not None and self.station is not None
        with self._ctx.db.reading() as session:
            view = voters.get(session, voter_id)
            state = issuance.voter_state(session, voter_id)
        if view is None:
            return None
        return DeskVoter(view, state, self.contest_id, self.station.timezone)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            current = self.table.selectionModel().currentIndex().row()
            self._select_row(max(0, min(rows - 1, current + step)))

    # -- issuing -----------------------------------------------------------------------------

    def issue_selected(self) -> None:
        """Enter: resolve the search now, then issue to the selected voter if the card is green."""
        if not self.work.isEnabled():
            return
        if self._timer.isActive() or self._resolved != self.search_box.text():
            self.reload()
        voter = self.card.voter
        if voter is None:
            if self.search_box.text().strip():
                self.show_banner("warn", self.tr("No voter matches “%1”").replace(
                    "%1", self.search_box.text().strip()))
            return
        if voter.kind != GREEN:
            self.show_banner("error" if voter.kind == RED else "warn",
                             f"{STATE_MARKS[voter.kind]}  {self.card.state_text()}")
            return
        if not self.member_id:
            self.show_banner("error", self.tr("Choose the member working at this desk"))
            return
        ctx, member_id, contest_id = self._ctx, self.member_id, self.contest_id
        voter_id = voter.view.id
        result = run_op(
            self, ctx,
            lambda s: issuance.issue(s, ctx.clock, voter_id, contest_id, member_id),
            on_error=lambda message: self.show_banner("error", message),
        )
        if result is None:
            return
        self.last_result = result
        at = result.issued_at.astimezone(ZoneInfo(voter.timezone)).strftime("%H:%M")
        self.show_banner("ok", "✔  " + self.tr("Ballot issued: %1, No. %2 · %3 · %4")
                         .replace("%1", voter.view.full_name).replace("%2", str(result.list_no))
                         .replace("%3", at).replace("%4", result.member.name))
        self.search_box.clear()  # ready for the next voter; the confirmation stays
        self.reload()

    def show_banner(self, kind: str, message: str) -> None:
        """The full-width line under the card: a confirmation, a reason or a refusal."""
        self._banner_kind = kind
        background, colour = _BANNER[kind]
        self.banner.setStyleSheet(
            f"#deskBanner {{ background: {background}; color: {colour}; padding: 10px 16px;"
            f" border-radius: 6px; }}"
        )
        self.banner.setText(message)
        self.banner.show()

    def clear_banner(self) -> None:
        """Hide the confirmation (a new search has started)."""
        self._banner_kind = ""
        self.banner.setText("")
        self.banner.setStyleSheet("")

    # -- events ------------------------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:
        """The search box has focus whenever the screen is shown."""
        super().showEvent(event)  # type: ignore[arg-type]
        self.search_box.setFocus()

    def _clear_search(self) -> None:
        self.search_box.clear()
        self.clear_banner()
        self.reload()

    @Slot(str)
    def _on_search_box_text_edited(self, _text: str) -> None:
        if self._banner_kind:
            self.clear_banner()
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.reload()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = current.data(VoterRole) if current.isValid() else None
        self.card.show_voter(self._desk_voter(view.id) if view is not None else None)

    @Slot(int)
    def _on_member_combo_activated(self, _index: int) -> None:
        self._ctx.settings.desk_member = self.member_id
        self.search_box.setFocus()

    @Slot(int)
    def _on_contest_combo_activated(self, _index: int) -> None:
        self._on_table_current_changed(self.table.selectionModel().currentIndex(), QModelIndex())
        self.search_box.setFocus()

    @Slot()
    def _on_bridge_data_changed(self) -> None:
        self.refresh()
