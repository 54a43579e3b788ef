"""Enter from the paper list: the ballots a desk issued on paper while it had lost the server
(docs/domain.md §5, services.paper_entries), and the chair's conflicts.

The member types the marks one after another: the list number, Enter; the time on the
paper stays from the last mark (changed only when the paper's time changes) and so does
who issued. Each line shows at once what became of it: entered, a conflict for the chair,
or refused (not on the list, a time outside the day) with the reason. Below, every
conflict with both sides; the chair resolves the one selected, with a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
from sqlalchemy.orm import Session

from precinct_app.messages import capitalized, text
from precinct_app.services import paper_entries, permissions
from precinct_app.services.errors import DomainError
from precinct_app.services.station import StationInfo, load_station
from precinct_app.ui import palette
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import contest_titles, run_op
from precinct_app.ui.paper_models import (
    CONFLICT,
    ENTERED,
    REFUSED,
    ConflictColumn,
    ConflictsModel,
    LineColumn,
    TypedLine,
    TypedLinesModel,
)
from precinct_app.ui.reason_dialog import ReasonDialog
from precinct_app.ui.signals import emit
from precinct_app.ui.sizes import scaled


class ResolveDialog(ReasonDialog):
    """The chair's resolution of one conflict: which it was, and why."""

    def __init__(self, conflict: paper_entries.Conflict, station: StationInfo, lang: str,
                 parent: QWidget | None = None) -> None:
        self._conflict, self._lang = conflict, lang
        self.resolution = QComboBox()
        for code in paper_entries.RESOLUTIONS:
            self.resolution.addItem(text(f"paper_resolution_{code}", lang), code)
        if not conflict.looks_duplicate:  # the likelier answer first
            self.resolution.setCurrentIndex(1)
        super().__init__("paper_resolve", station.commission, lang, parent)
        form = self.findChild(QFormLayout)
        assert form is not None
        self.resolution_caption = QLabel(self.tr("It was:"))
        form.insertRow(1, self.resolution_caption, self.resolution)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Resolve a conflict of the paper list"))
        c = self._conflict
        self.intro.setText(fill(
            self.tr("Conflict No. %1: voter No. %2, %3."), str(c.entry_id), str(c.list_no),
            text(f"paper_conflict_{c.conflict}", self._lang)))
        self.member_caption.setText(capitalized("role_chair", self._lang) + ":")
        self.reason_caption.setText(capitalized("word_reason", self._lang) + ":")

    def chosen(self) -> tuple[str, str] | None:
        """Run it: (resolution, reason), or None when cancelled."""
        answer = self.answer()
        return None if answer is None else (str(self.resolution.currentData()), answer[1])


class PaperDialog(QDialog):
    """Type the paper list's marks; see and resolve the conflicts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.db is not None
        self._ctx = ctx
        self.station: StationInfo | None = None
        self.lines = TypedLinesModel(self)
        self.conflicts = ConflictsModel(self)
        self._setup_ui()
        self._connect_signals()
        self.retranslate_ui()
        self.refresh()

    def _setup_ui(self) -> None:
        self.setObjectName("paperDialog")
        self.resize(scaled(self, 1240), scaled(self, 700))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.time_caption, self.voter_caption, self.issuer_caption = QLabel(), QLabel(), QLabel()
        self.time_edit = QLineEdit()
        self.time_edit.setObjectName("paperTime")
        self.time_edit.setMaxLength(5)
        self.time_edit.setFixedWidth(scaled(self, 70))
        self.voter_edit = QLineEdit()
        self.voter_edit.setObjectName("paperVoter")
        self.voter_edit.setMaxLength(12)
        self.voter_edit.setMinimumWidth(scaled(self, 150))
        self.issuer = MemberCombo("issue", choose=True)
        self.issuer.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.enter_button = QPushButton()
        for caption, widget in ((self.time_caption, self.time_edit),
                                (self.voter_caption, self.voter_edit),
                                (self.issuer_caption, self.issuer)):
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1 if widget is self.voter_edit else 0)
        row.addWidget(self.enter_button)
        layout.addLayout(row)
        acting = QHBoxLayout()
        self.acting_caption = QLabel()
        self.acting = MemberCombo("paper_enter")
        acting.addWidget(self.acting_caption)
        acting.addWidget(self.acting)
        self.note = QLabel()
        self.note.setStyleSheet(f"color: {palette.ERROR_TEXT};")
        acting.addWidget(self.note, 1)
        layout.addLayout(acting)
        self.lines_view = self._table(self.lines, "paperLines")
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(LineColumn.RESULT, QHeaderView.ResizeMode.Stretch)
        for line_column, width in ((LineColumn.TIME, 70), (LineColumn.VOTER, 170),
                                   (LineColumn.CONTEST, 320)):
            self.lines_view.setColumnWidth(line_column, scaled(self, width))
        layout.addWidget(self.lines_view, 1)
        self.conflicts_box = QGroupBox()
        box = QVBoxLayout(self.conflicts_box)
        self.conflicts_view = self._table(self.conflicts, "paperConflicts")
        header = self.conflicts_view.horizontalHeader()
        for column in (ConflictColumn.PAPER, ConflictColumn.RECORDED, ConflictColumn.STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ConflictColumn.NUMBER, 50), (ConflictColumn.VOTER, 90),
                              (ConflictColumn.CONTEST, 200), (ConflictColumn.KIND, 190)):
            self.conflicts_view.setColumnWidth(column, scaled(self, width))
        # Both sides in full (names are long): rows as tall as their text.
        self.conflicts_view.setWordWrap(True)
        self.conflicts_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.conflicts_view)
        under = QHBoxLayout()
        self.resolve_note = QLabel()
        self.resolve_button = QPushButton()
        under.addWidget(self.resolve_note, 1)
        under.addWidget(self.resolve_button)
        box.addLayout(under)
        layout.addWidget(self.conflicts_box, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self.enter_button.setAutoDefault(False)
        self.resolve_button.setAutoDefault(False)
        self.time_edit.setFocus()

    def _table(self, model: TypedLinesModel | ConflictsModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        return view

    def _connect_signals(self) -> None:
        self.time_edit.returnPressed.connect(self._on_time_return)
        self.voter_edit.returnPressed.connect(self.enter_typed)
        self.enter_button.clicked.connect(self.enter_typed)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.buttons.rejected.connect(self.reject)
        self.conflicts_view.selectionModel().selectionChanged.connect(self._update_enabled)
        self._ctx.bridge.data_changed.connect(self.refresh)
        self._ctx.signin.changed.connect(self.refresh)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter belongs to the fields (the next field, the next mark), never to Close:
        a dialog would otherwise press its default button and vanish mid-list."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """The keyboard where typing starts: the time first, then the list numbers."""
        super().showEvent(event)
        (self.voter_edit if self.time_edit.text() else self.time_edit).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """Words again at a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        lang = self._ctx.lang
        self.setWindowTitle(self.tr("Enter from the paper list"))
        self.intro.setText(self.tr(
            "Type each mark of the paper list: the list number (or IIN), then Enter. The time"
            " stays from the last mark: change it when the time on the paper changes. A voter"
            " who already holds a ballot is not refused: the mark goes to the chair as a"
            " conflict."))
        self.time_caption.setText(capitalized("column_paper_time", lang) + ":")
        self.time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.voter_caption.setText(self.tr("&List number or IIN:"))
        self.issuer_caption.setText(self.tr("&Issued by:"))
        self.enter_button.setText(self.tr("Enter"))
        self.acting_caption.setText(self.tr("Entering:"))
        self.lines.headers = [capitalized("word_time", lang), self.tr("List No. / IIN"),
                              self.tr("Contest"), self.tr("Outcome")]
        self.conflicts_box.setTitle(self.tr("Conflicts for the chair"))
        self.conflicts.headers = [text("word_no", lang), capitalized("column_list_no", lang),
                                  self.tr("Contest"), self.tr("Conflict"), self.tr("On the paper"),
                                  self.tr("Already recorded"), self.tr("State")]
        self.resolve_button.setText(self.tr("Resolve…"))
        emit(self.lines.headerDataChanged, Qt.Orientation.Horizontal, 0, len(LineColumn) - 1)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the station and the conflicts again."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            found = paper_entries.conflicts(session)
        lang = self._ctx.lang
        self.issuer.fill(self.station.commission, lang, self.issuer.member_id or
                         self._ctx.signin.member_id)
        self.acting.fill(self.station.commission, lang)
        self.conflicts.set_items(found, lang, self.station.timezone, contest_titles(self._ctx))
        self._update_enabled()

    def _chair(self) -> bool:
        member = self._ctx.signin.acting
        return member is not None and permissions.allowed(member.role, "paper_resolve")

    @Slot()
    def _update_enabled(self) -> None:
        member = self._ctx.signin.acting
        phase = self.station.phase if self.station is not None else ""
        may = member is not None and permissions.allowed(member.role, "paper_enter", phase)
        note = "" if may else (
            self.tr("Your role does not enter the paper list") if member is not None
            and not permissions.allowed(member.role, "paper_enter")
            else self.tr("The paper list is entered while voting is open or closed, before"
                         " the count"))
        self.note.setText(note)
        for widget in (self.time_edit, self.voter_edit, self.issuer, self.enter_button):
            widget.setEnabled(may)
        chosen = self.selected()
        self.resolve_button.setEnabled(self._chair() and chosen is not None
                                       and not chosen.resolved)
        open_count = sum(1 for c in self.conflicts.items if not c.resolved)
        self.resolve_note.setText(
            fill(self.tr("Open: %1. An open conflict blocks signing the protocol."),
                 str(open_count)) if open_count else self.tr("No open conflicts."))
        if open_count and not self._chair():
            self.resolve_note.setText(self.resolve_note.text() + " "
                                      + self.tr("The chair resolves them."))

    def selected(self) -> paper_entries.Conflict | None:
        """The conflict selected in the list."""
        rows = self.conflicts_view.selectionModel().selectedRows()
        return self.conflicts.items[rows[0].row()] if rows else None

    @Slot()
    def _on_time_return(self) -> None:
        self.voter_edit.setFocus()

    @Slot()
    def enter_typed(self) -> list[TypedLine]:
        """Enter the mark typed; its lines go on top of the list at once."""
        voter, at = self.voter_edit.text().strip(), self.time_edit.text().strip()
        if not voter:
            return []
        ctx, issuer, member = self._ctx, self.issuer.member_id, self.acting.member_id
        failed: list[str] = []
        fields: list[object] = []

        def act(session: Session) -> paper_entries.EnterResult:
            try:
                return paper_entries.enter(session, ctx.clock, member, voter, at, issuer or None)
            except DomainError as exc:
                fields.append(exc.params.get("field"))  # a bad time goes back to the time
                raise

        done = run_op(self, ctx, act, on_error=failed.append)
        titles = contest_titles(ctx)
        if done is None:
            lines = [TypedLine(at, voter, "", REFUSED, failed[0] if failed else "")]
        else:
            lines = [TypedLine(
                done.paper_hhmm, str(done.list_no), titles.get(x.contest_id, x.contest_id),
                ENTERED if x.outcome == paper_entries.ENTERED else CONFLICT,
                self.tr("Entered") if x.conflict is None else
                fill(self.tr("Conflict No. %1: %2, for the chair"), str(x.entry_id),
                     text(f"paper_conflict_{x.conflict}", ctx.lang)))
                for x in done.lines]
            self.time_edit.setText(done.paper_hhmm)  # the next mark's time, as typed
        self.lines.add(lines)
        self.lines_view.scrollToTop()
        if "paper_time" in fields:
            self.voter_edit.setText(voter)  # kept: only the time was wrong
            self.time_edit.setFocus()
            self.time_edit.selectAll()
        else:
            self.voter_edit.clear()
            self.voter_edit.setFocus()
        return lines

    @Slot()
    def resolve_selected(self) -> bool:
        """The chair resolves the conflict selected."""
        chosen = self.selected()
        if chosen is None or self.station is None or not self._chair():
            return False
        answer = ResolveDialog(chosen, self.station, self._ctx.lang, self).chosen()
        if answer is None:
            return False
        ctx, member = self._ctx, self._ctx.signin.member_id
        done = run_op(self, ctx, lambda s: paper_entries.resolve(
            s, ctx.clock, member, chosen.entry_id, answer[0], answer[1]))
        return done is not None
