"""The station server screen (the chair's): make this laptop the station server, then its
one-time join code large, the certificate's fingerprint in groups, a QR code a desk's
scanner reads, the desks seen, the standby, and stopping it (docs/formats.md §8).

Every call to the server runs off the GUI thread (:class:`Task`): starting it moves the
station into PostgreSQL and takes seconds, and a stopped or unreachable cluster must not
freeze the window while the status is read every few seconds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text
from precinct_app.services import permissions
from precinct_app.services.errors import DomainError
from precinct_app.ui.context import APP_NAME, AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import error_text
from precinct_app.ui.qr_code import QrCode
from precinct_app.ui.screen_base import Screen
from precinct_app.ui.server_model import (
    DesksModel,
    code_groups,
    fingerprint_groups,
    ipv4_addresses,
    seen_time,
    server_api,
)
from precinct_app.ui.signals import emit
from precinct_app.ui.tasks import Task

REFRESH_MS = 3_000  # the desks' "last seen" while the screen is shown
DEFAULT_PORT = 5433  # beside a system PostgreSQL's 5432, never in its way
LOOPBACK = "127.0.0.1"
QR_MAX_PX = 264  # 4 px a module for a join text (57 + 8 modules): a scanner reads it
class ServerScreen(Screen):
    """Make this laptop the station server, and everything the desks need to join it.

    Signals:
        action_done(object): the status line's news.
        station_changed(object): the station now lives on the server (a ``Database``
            opened there): the window reopens on it.
        join_requested(): "Join a station server as a desk" was pressed.
    """

    action_done = Signal(object)
    station_changed = Signal(object)
    join_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.laptop: Any = None  # laptop.Laptop, read at each refresh
        self.info: Any = None  # ServerInfo: the code made last (the server shows it once)
        self.status: Any = None  # ServerStatus, read every few seconds
        self._task: Task | None = None  # start, stop, a new code
        self._poll: Task | None = None  # the status
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._build("when_shown")

    # -- the widgets ------------------------------------------------------------------

    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()  # large text: the page scrolls, nothing is squeezed into another
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.setup_box = QGroupBox()
        form = QFormLayout(self.setup_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.port_caption = QLabel()
        form.addRow(self.port_caption, self.port)
        self.network = QComboBox()
        self.network.setObjectName("serverNetwork")
        self.network_caption = QLabel()
        form.addRow(self.network_caption, self.network)
        self.loopback_note = QLabel()
        self.loopback_note.setWordWrap(True)
        form.addRow(self.loopback_note)
        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.join_button = QPushButton()
        self.join_button.setObjectName("serverJoinDesk")
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(self.setup_box)
        self.running_box = QGroupBox()
        running = QHBoxLayout(self.running_box)
        left = QVBoxLayout()
        self.code_caption = QLabel()
        left.addWidget(self.code_caption)
        self.code = QLabel()
        self.code.setObjectName("joinCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.6)
        big.setBold(True)
        big.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.code.setFont(big)
        # Never squeezed by the desks' table below: the code is what the desk reads.
        self.code.setMinimumHeight(QFontMetrics(big).height() + 4)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.code)
        self.code_note = QLabel()
        self.code_note.setWordWrap(True)
        left.addWidget(self.code_note)
        self.address = QLabel()
        self.address.setObjectName("serverAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.address)
        self.fingerprint_caption = QLabel()
        left.addWidget(self.fingerprint_caption)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("serverFingerprint")
        mono.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.fingerprint.setFont(mono)
        self.fingerprint.setMinimumHeight(QFontMetrics(mono).lineSpacing() * 4 + 4)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.fingerprint)
        row = QHBoxLayout()
        self.new_code_button = QPushButton()
        self.new_code_button.setObjectName("newJoinCode")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopServer")
        row.addWidget(self.new_code_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        left.addLayout(row)
        left.addStretch(1)
        running.addLayout(left, 1)
        self.qr = QrCode()
        self.qr.setMaximumSize(QR_MAX_PX, QR_MAX_PX)  # the desks and the standby fit below
        running.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.running_box)
        self.desks_box = QGroupBox()
        desks = QVBoxLayout(self.desks_box)
        self.model = DesksModel(self, self)
        self.desks = QTableView()
        self.desks.setObjectName("serverDesks")
        self.desks.setModel(self.model)
        self.desks.verticalHeader().hide()
        self.desks.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.desks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Room for three laptops at least; more scroll in the table.
        rows = self.desks.verticalHeader().defaultSectionSize()
        self.desks.setMinimumHeight(rows * 4 + 8)  # the header and three rows
        self.standby = QLabel()  # above the desks: what happens if this laptop fails
        self.standby.setObjectName("serverStandby")
        self.standby.setWordWrap(True)
        desks.addWidget(self.standby)
        desks.addWidget(self.desks)
        layout.addWidget(self.desks_box, 1)
        self.desk_line = QLabel()  # this laptop is a desk: whose, and where
        self.desk_line.setObjectName("serverDeskLine")
        self.desk_line.setWordWrap(True)
        layout.addWidget(self.desk_line)
        self.message = QLabel()
        self.message.setObjectName("serverMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(0)
        self._fill_networks()

    def _fill_networks(self) -> None:
        self.network.clear()
        for address in ipv4_addresses():
            self.network.addItem(address, address)
        self.network.addItem("", LOOPBACK)  # worded in retranslate_ui

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.join_button.clicked.connect(lambda: emit(self.join_requested))
        self.new_code_button.clicked.connect(self._on_new_code_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._ctx.signin.changed.connect(self._on_signin_changed)

    # -- words ------------------------------------------------------------------------

    def column_caption(self, column: str) -> str:
        """A column's caption."""
        return {"name": self.tr("Desk"), "kind": self.tr("Role in the station"),
                "last_seen": self.tr("Last seen"), "connected": self.tr("Connection")}[column]

    def kind_word(self, kind: str) -> str:
        """``desk``, ``standby``, ``server`` in words."""
        return {"desk": self.tr("desk"), "standby": self.tr("standby copy"),
                "server": self.tr("server")}.get(kind, kind)

    def connected_word(self, connected: bool) -> str:
        """Connected or not, in words."""
        return self.tr("connected") if connected else self.tr("not connected")

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.intro.setText(self.tr(
            "With several desks, one laptop (usually the chair's) is the station server: it "
            "holds the station, and the desks work on it over the station's own cable network "
            "(no internet). A station on one laptop needs none of this."))
        self.setup_box.setTitle(self.tr("Make this laptop the station server"))
        self.port_caption.setText(self.tr("Port"))
        self.network_caption.setText(self.tr("Station network address"))
        self.network.setItemText(self.network.count() - 1,
                                 self.tr("Only this laptop (127.0.0.1, for training)"))
        self.loopback_note.setText(self.tr(
            "The server also listens on this laptop's own address (127.0.0.1). Before voting "
            "opens only: the station moves into the server, checked by its audit log; the "
            "file it was in is kept read-only beside it."))
        self.join_button.setText(self.tr("Join a station server as a desk…"))
        self.running_box.setTitle(self.tr("The station server is running"))
        self.code_caption.setText(self.tr("Join code for a desk"))
        self.code_note.setText(self.tr(
            "One desk, one use, valid 60 minutes. At the desk: “Join a station server”, then "
            "scan the QR code or type the address and this code."))
        self.fingerprint_caption.setText(self.tr(
            "Certificate fingerprint (the desk shows the same before joining):"))
        self.new_code_button.setText(self.tr("New join code"))
        self.stop_button.setText(self.tr("Stop the server…"))
        self.desks_box.setTitle(self.tr("Laptops of the station"))
        emit(self.model.headerDataChanged, Qt.Orientation.Horizontal, 0,
             len(DesksModel.COLUMNS) - 1)
        self._show()

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """This laptop's role, then (on the server) its status, read off the GUI thread."""
        from precinct_app.services import laptop as laptop_service

        try:
            self.laptop = laptop_service.load()
        except DomainError as exc:
            self.laptop = None
            self.message.setText(error_text(exc, self._ctx.lang))
        if self.laptop is not None and self.laptop.role == "server":
            self._read_status()
        else:
            self.status = None
        self._show()

    def _read_status(self) -> None:
        if self._poll is not None:
            return  # the last reading is still under way (a server slow to answer)
        laptop = self.laptop
        self._poll = Task(lambda _p, _c: server_api().server_status(laptop))
        self._poll.succeeded.connect(self._on_poll_succeeded)
        self._poll.failed.connect(self._on_poll_failed)
        self._poll.start()

    @Slot(object)
    def _on_poll_succeeded(self, status: object) -> None:
        self._poll = None
        self.status = status
        self._show()

    @Slot(object)
    def _on_poll_failed(self, exc: object) -> None:
        self._poll = None
        self.status = None
        assert isinstance(exc, BaseException)
        self.message.setText(error_text(exc, self._ctx.lang))
        self._show()

    def is_chair(self) -> bool:
        """True while the chair is signed in at this laptop."""
        member = self._ctx.signin.acting
        return member is not None and member.role == permissions.CHAIR

    def _show(self) -> None:
        """The parts that fit this laptop's role and the server's state."""
        role = self.laptop.role if self.laptop is not None else "single"
        running = bool(self.status is not None and self.status.running)
        busy = self._task is not None
        chair = self.is_chair()
        self.setup_box.setVisible(role in ("single", "server") and not running)
        self.join_button.setVisible(role == "single")
        # The restart's words are the permission's own (the catalog's action_run_server).
        self.start_button.setText(capitalized("action_run_server", self._ctx.lang) + "…"
                                  if role == "server"
                                  else self.tr("Make this laptop the station server…"))
        if role == "server" and self.laptop.port and not running:
            self.port.setValue(self.laptop.port)
        self.intro.setVisible(not running)  # the chair has read it by then: room for the desks
        self.running_box.setVisible(role == "server" and running)
        self.desks_box.setVisible(role == "server" and running)
        refused = "" if chair else text("server_window_chair_only", self._ctx.lang)
        for button in (self.start_button, self.new_code_button, self.stop_button):
            button.setEnabled(chair and not busy)
            button.setToolTip(refused)
        self.desk_line.setVisible(role in ("desk", "standby"))
        if role in ("desk", "standby") and self.laptop is not None:
            self.desk_line.setText(fill(
                self.tr("This laptop is the desk “%1” of the station server %2."),
                self.laptop.desk, ", ".join(self.laptop.servers)))
        if not running or self.status is None:
            return
        info = self.info if self.info is not None and self.info.fingerprint == \
            self.status.fingerprint else None
        self.code.setText(code_groups(info.code) if info is not None else "— —")
        self.code.setToolTip("" if info is not None else self.tr(
            "A code is shown once: press “New join code” for a desk to join."))
        self.qr.set_text(info.join_text if info is not None else "")
        self.qr.setVisible(info is not None)
        self.address.setText(fill(self.tr("Address for the desks: %1"),
                                  info.address if info is not None else self.status.address))
        self.fingerprint.setText(fingerprint_groups(self.status.fingerprint))
        if self._ctx.db is not None and self.station is not None:
            self.model.zone = self.station.timezone
        self.model.set_rows(tuple(self.status.desks))
        standby = self.status.standby
        if standby is None:
            self.standby.setText(self.tr(
                "No standby copy: if this laptop fails, the station continues from its last "
                "backup. A second laptop can keep a synchronous copy (precinct server standby)."))
        else:
            self.standby.setText(fill(
                self.tr("Standby copy: %1 (%2), %3, replication %4, last seen %5"),
                standby.name, standby.address, self.connected_word(standby.connected),
                standby.sync_state or "—", seen_time(standby.last_seen, self.model.zone)))

    # -- showing: the status is read every few seconds ----------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Read the desks every few seconds while shown."""
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Nobody looks: no reading."""
        self._timer.stop()
        super().hideEvent(event)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.laptop is not None and self.laptop.role == "server":
            self._read_status()

    @Slot()
    def _on_signin_changed(self) -> None:
        self._show()

    # -- the chair's actions --------------------------------------------------------------

    @classmethod
    def confirm(cls, parent: QWidget, ctx: AppContext) -> bool:
        """The chair's PIN again (tests replace this)."""
        from precinct_app.ui.pin_dialog import confirm_pin

        member = ctx.signin.acting
        return member is not None and confirm_pin(parent, ctx, member)

    @classmethod
    def ask_stop(cls, parent: QWidget) -> bool:
        """True when the chair means to stop the server (tests replace this)."""
        answer = QMessageBox.question(parent, APP_NAME, QCoreApplication.translate(
            "ServerScreen", "Stop the station server? No desk can work until it is started "
            "again."))
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, job: Any, done: Any, busy_text: str) -> None:
        self._task = Task(job)
        self._task.succeeded.connect(done)
        self._task.failed.connect(self._on_task_failed)
        self.message.setText(busy_text)
        self._show()
        self._task.start()

    @Slot()
    def _on_start_button_clicked(self) -> None:
        if self._task is not None or not self.is_chair() or self._ctx.db is None:
            return
        if not self.confirm(self, self._ctx):
            return
        ctx = self._ctx
        assert ctx.db is not None and ctx.signin.acting is not None
        moving = not ctx.db.shared  # the station is still in this laptop's SQLite file
        chosen = self.network.currentData()
        listen = (chosen,) if chosen and chosen != LOOPBACK else ()
        kwargs = {"data_folder": ctx.db_path.parent,
                  "sqlite_path": ctx.db_path if moving else None, "clock": ctx.clock,
                  "member_id": ctx.signin.acting.id, "port": self.port.value(),
                  "listen": listen, "desk_name": ctx.signin.desk or "server"}

        def job(_progress: Any, _cancel: Any) -> tuple[Any, Any]:
            from precinct_app.services import laptop as laptop_service

            info = server_api().start_server(**kwargs)
            # This window goes on working on the station where it now is.
            db = laptop_service.open_station(laptop_service.load()) if moving else None
            return info, db

        self._run(job, self._on_started, self.tr(
            "Starting the station server (the first time, the station moves into it)…"))

    @Slot(object)
    def _on_started(self, result: object) -> None:
        self._task = None
        assert isinstance(result, tuple)
        self.info, db = result
        self.message.setText(fill(self.tr("The station server is running at %1."),
                                  self.info.address))
        emit(self.action_done, self.message.text())
        self.refresh()
        if db is not None:
            emit(self.station_changed, db)

    @Slot()
    def _on_new_code_button_clicked(self) -> None:
        if self._task is not None or not self.is_chair():
            return
        laptop = self.laptop
        self._run(lambda _p, _c: server_api().new_join_code(laptop), self._on_new_code,
                  self.tr("Making a new join code…"))

    @Slot(object)
    def _on_new_code(self, info: object) -> None:
        self._task = None
        self.info = info
        self.message.setText(self.tr("A new join code: the one before no longer works."))
        self.refresh()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        if self._task is not None or not self.is_chair():
            return
        if not self.ask_stop(self) or not self.confirm(self, self._ctx):
            return
        laptop = self.laptop
        self._run(lambda _p, _c: server_api().stop_server(laptop), self._on_stopped,
                  self.tr("Stopping the station server…"))

    @Slot(object)
    def _on_stopped(self, _result: object) -> None:
        self._task = None
        self.info = None
        self.message.setText(self.tr(
            "The station server is stopped: the desks cannot work until it is started again."))
        emit(self.action_done, self.message.text())
        self.refresh()

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        self._task = None
        assert isinstance(exc, BaseException)
        self.message.setText(error_text(exc, self._ctx.lang))
        self._show()

    def wait(self) -> None:
        """A call to the server still running ends first (the window is closing)."""
        self._timer.stop()
        for task in (self._task, self._poll):
            if task is not None:
                task.wait()
        self._task = self._poll = None
