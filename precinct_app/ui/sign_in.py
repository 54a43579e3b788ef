"""The sign-in (and the idle lock): choose the member, type the PIN, Enter (docs/formats.md §7).

Shown in place of the station's screens until a member signs in, and again when the
desk locks: nothing of the voter list is on screen meanwhile. The PIN check (argon2id,
a fifth of a second) runs off the GUI thread; the panel says it is checking.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.services import desks, pins
from precinct_app.services.errors import DomainError
from precinct_app.services.pins import PinRefused
from precinct_app.services.station import Member, StationInfo
from precinct_app.ui import palette
from precinct_app.ui.context import AppContext
from precinct_app.ui.ops import error_text
from precinct_app.ui.pin_dialog import pin_edit
from precinct_app.ui.signals import emit
from precinct_app.ui.tasks import Task

_Index = QModelIndex | QPersistentModelIndex


class MembersModel(QAbstractTableModel):
    """The commission: name, role, and a note (signed in elsewhere, no PIN yet)."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = "en"
        self.rows: list[tuple[Member, str]] = []  # member, the note's words
        self.headers = ("", "", "")

    def set_rows(self, rows: list[tuple[Member, str]], lang: str) -> None:
        """Show ``rows`` worded in ``lang``."""
        self.beginResetModel()
        self.rows, self.lang = rows, lang
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per member."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Name, role, note."""
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The columns' captions."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's words."""
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        member, note = self.rows[index.row()]
        return (member.name, text(f"role_{member.role}", self.lang), note)[index.column()]


class SignInPanel(QWidget):
    """Choose a member, type the PIN, Enter; a member without one chooses it (twice).

    Signals:
        signed_in(object): the :class:`Member` proven and recorded at this desk.
        sign_out_requested(): the locked desk's member is signed out (no PIN needed:
            signing out gives no power).
    """

    signed_in = Signal(object)
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._station: StationInfo | None = None
        self._states: dict[str, pins.PinState] = {}
        self._locked_member: Member | None = None
        self._task: Task | None = None
        self._wait_until = 0.0  # monotonic: the member's wait ends then
        self._refusal: tuple[str, dict[str, Any]] | None = None  # code, params: re-worded
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setObjectName("signIn")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        column.addWidget(self.title)
        self.note = QLabel()
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.demo = QLabel()
        self.demo.setObjectName("demoPins")
        self.demo.setWordWrap(True)
        self.demo.setStyleSheet(f"background: {palette.TRAINING}; color: {palette.ON_TRAINING};"
                                " padding: 4px 8px; border-radius: 4px;")
        column.addWidget(self.demo)
        self.model = MembersModel()
        self.members = QTableView()
        self.members.setObjectName("signInMembers")
        self.members.setModel(self.model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setTabKeyNavigation(False)  # Tab goes on to the PIN
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.setMinimumWidth(620)
        self.members.setMinimumHeight(240)
        column.addWidget(self.members)
        form = QFormLayout()
        self.pin_caption, self.again_caption = QLabel(), QLabel()
        self.pin = pin_edit("signInPin")
        self.again = pin_edit("signInAgain")
        for edit in (self.pin, self.again):
            edit.setMaximumWidth(240)
        form.addRow(self.pin_caption, self.pin)
        form.addRow(self.again_caption, self.again)
        column.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {palette.ERROR_TEXT};")
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        self.button = QPushButton()
        self.button.setObjectName("primary")
        buttons.addWidget(self.button)
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("signOut")
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(2)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)

    def _connect_signals(self) -> None:
        self.pin.returnPressed.connect(self.submit)
        self.again.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.sign_out_button.clicked.connect(lambda: emit(self.sign_out_requested))
        self._tick.timeout.connect(self._on_tick_timeout)
        self.members.selectionModel().currentRowChanged.connect(self._on_member_changed)

    # -- what is shown -------------------------------------------------------------

    def open_for(self, station: StationInfo, preferred: str = "",
                 locked: Member | None = None) -> None:
        """Show the commission, ``preferred`` (or the locked member) chosen, PIN focused."""
        self._station, self._locked_member = station, locked
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self._states = pins.states(session)
            there = desks.elsewhere(session, self._ctx.signin.desk)
        lang = self._ctx.lang
        rows = []
        for member in station.commission:
            note = text("desk_elsewhere", lang, desk=there[member.id]) \
                if member.id in there else ""
            rows.append((member, note))
        self.model.set_rows(rows, lang)
        wanted = locked.id if locked is not None else preferred
        ids = [m.id for m in station.commission]
        self.members.selectRow(ids.index(wanted) if wanted in ids else 0)
        self._refusal = None
        self.message.clear()
        self.pin.clear()
        self.again.clear()
        self.retranslate_ui()
        self._show_member_state()
        self.pin.setFocus()

    def show_note(self, note: str) -> None:
        """A line under the title (who just signed out)."""
        self.note.setText(note)

    def chosen(self) -> Member | None:
        """The member chosen in the list."""
        row = self.members.currentIndex().row()
        return self.model.rows[row][0] if 0 <= row < len(self.model.rows) else None

    def choose(self, member_id: str) -> None:
        """Choose ``member_id`` in the list (the PIN field keeps the focus)."""
        for row, (member, _note) in enumerate(self.model.rows):
            if member.id == member_id:
                self.members.selectRow(row)
        self.pin.setFocus()

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        lang = self._ctx.lang
        self.model.lang = lang
        self.model.headers = (text("doc_people_col_name", lang),
                              text("doc_protocol_col_role", lang), self.tr("Signed in elsewhere"))
        emit(self.model.headerDataChanged, Qt.Orientation.Horizontal, 0, 2)
        locked = self._locked_member
        self.title.setText(self.tr("Desk locked") if locked else self.tr("Sign in"))
        self.note.setText(text("desk_locked", lang, name=locked.name) if locked else
                          self.tr("Choose yourself in the list, type your PIN, press Enter."))
        station = self._station
        training = station is not None and station.is_demo and station.training(
            self._ctx.clock)
        self.demo.setText(text("desk_demo_pins", lang, pin=pins.DEMO_PIN))
        self.demo.setVisible(training)
        self.button.setText(self.tr("Sign in (Enter)"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.sign_out_button.setVisible(self._ctx.signin.member is not None)
        self._show_member_state()
        self._show_refusal()

    # -- a member's PIN state ------------------------------------------------------

    def _show_member_state(self) -> None:
        member = self.chosen()
        state = self._states.get(member.id) if member is not None else None
        choosing = state is not None and not state.is_set and state.may_choose
        blocked = state is not None and not state.is_set and not state.may_choose
        self.pin_caption.setText(self.tr("New PIN (4 to 8 digits)") if choosing
                                 else self.tr("PIN"))
        self.again_caption.setText(self.tr("The new PIN again"))
        self.again.setVisible(choosing)
        self.again_caption.setVisible(choosing)
        if blocked and member is not None and self._refusal is None:
            self._refusal = ("pin_none_ask_chair", {"member": member.id, "name": member.name})
            self._show_refusal()
        self._update_enabled()

    def _update_enabled(self) -> None:
        busy = self._task is not None and self._task.is_running()
        waiting = time.monotonic() < self._wait_until
        self.button.setEnabled(not busy and not waiting and self.chosen() is not None)
        self.members.setEnabled(not busy)
        for edit in (self.pin, self.again):  # read-only, not disabled: the focus stays
            edit.setReadOnly(busy)

    def _show_refusal(self) -> None:
        if self._refusal is None:
            return
        code, params = self._refusal
        if "seconds" in params:  # the wait counts down
            params = {**params, "seconds": max(1, int(self._wait_until - time.monotonic() + 0.999))}
        self.message.setText(text(code, self._ctx.lang, **params))

    # -- signing in ---------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        """Check the PIN (off the GUI thread), then sign the member in at this desk."""
        member = self.chosen()
        if member is None or not self.button.isEnabled() or self._ctx.db is None:
            return
        pin = self.pin.text()
        choosing = not self.again.isHidden()
        if choosing and pin != self.again.text():
            self._refuse("desk_pins_differ", {})
            return
        if not pins.valid_format(pin):
            self._refuse("pin_format", {"low": pins.PIN_MIN, "high": pins.PIN_MAX,
                                        "field": "new_pin" if choosing else "pin"})
            return
        db, clock = self._ctx.db, self._ctx.clock
        old, new = (None, pin) if choosing else (pin, None)
        if db.read_only and db.path is not None:  # a full disk: checked, nothing written
            self._task = Task(lambda _p, _c: _read_only_check(db.path, member, pin))
        else:
            self._task = Task(lambda _p, _c: pins.authenticate(db.transaction, clock,
                                                               member.id, old, new))
        self._task.succeeded.connect(self._on_task_succeeded)
        self._task.failed.connect(self._on_task_failed)
        self.message.setText(self.tr("Checking the PIN…"))
        self.message.setStyleSheet(f"color: {palette.TEXT_SECONDARY};")
        self._task.start()
        self._update_enabled()

    def _refuse(self, code: str, params: dict[str, Any]) -> None:
        self._refusal = (code, params)
        self.message.setStyleSheet(f"color: {palette.ERROR_TEXT};")
        self._show_refusal()
        self.pin.clear()
        self.again.clear()
        self.pin.setFocus()

    @Slot(object)
    def _on_task_succeeded(self, member: object) -> None:
        assert isinstance(member, Member) and self._ctx.db is not None
        self._task = None
        try:
            if not self._ctx.db.read_only:  # a full disk keeps no desk record
                with self._ctx.db.transaction() as session:
                    desks.sign_in(session, self._ctx.clock.snapshot(),
                                  self._ctx.signin.desk, member.id)
        except DomainError as exc:
            self._refuse(exc.code, dict(exc.params))
            self._update_enabled()
            return
        self._refusal = None
        self.message.clear()
        self.pin.clear()
        self.again.clear()
        self._update_enabled()
        emit(self.signed_in, member)

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        self._task = None
        assert isinstance(exc, BaseException)
        if isinstance(exc, DomainError):
            seconds = exc.params.get("seconds")
            if isinstance(seconds, int):
                self._wait_until = time.monotonic() + seconds
                self._tick.start()
            if exc.code == "pin_choose":
                self._states[str(exc.params.get("member"))] = pins.PinState(
                    str(exc.params.get("member")), False, True, 0, 0)
                self._show_member_state()
            self._refuse(exc.code, dict(exc.params))
        else:
            self._refusal = None
            self.message.setText(error_text(exc, self._ctx.lang))
        self._update_enabled()

    @Slot()
    def _on_tick_timeout(self) -> None:
        if time.monotonic() >= self._wait_until:
            self._tick.stop()
            self._refusal = None
            self.message.clear()
        self._show_refusal()
        self._update_enabled()

    @Slot(QModelIndex, QModelIndex)
    def _on_member_changed(self, _now: QModelIndex, _before: QModelIndex) -> None:
        self._refusal = None
        self.message.clear()
        self._wait_until = 0.0
        self._show_member_state()

    def wait(self) -> None:
        """Let a PIN check still running finish (the window closes)."""
        if self._task is not None and self._task.is_running():
            self._task.wait()


def _read_only_check(path: Path | None, member: Member, pin: str) -> Member:
    """The PIN checked against the station opened read-only (its disk is full): the
    rescue paths (search, paper list, backup) still need a member who proved themselves;
    a wrong PIN cannot be counted there, and the sign-in says so."""
    if path is None or not desks.backup_pin_matches(path, member.id, pin):
        raise PinRefused("desk_pin_wrong_read_only", member=member.id, name=member.name)
    return member
