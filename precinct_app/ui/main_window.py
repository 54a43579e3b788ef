"""The one main window: header, navigation by the day's phases, the screens, a status line."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from precinct_app.db import Database
from precinct_app.messages import capitalized, text
from precinct_app.services import (
    anchor,
    audit,
    desks,
    issuance,
    permissions,
    phases,
    reconcile,
    turnout,
)
from precinct_app.services.errors import DomainError
from precinct_app.services.station import Member, StationInfo, load_station
from precinct_app.ui import desk_session
from precinct_app.ui.backup_panel import BackupPanel, BackupScheduler
from precinct_app.ui.context import APP_NAME, AppContext, Bridge
from precinct_app.ui.desk_screen import DeskScreen
from precinct_app.ui.header import HeaderBar
from precinct_app.ui.i18n import install_language
from precinct_app.ui.idle_lock_setting import IdleLockSetting
from precinct_app.ui.nav_keys import NavKeys
from precinct_app.ui.ops import error_text
from precinct_app.ui.sign_in import SignInPanel
from precinct_app.ui.signals import emit
from precinct_app.ui.start_screen import StartScreen
from precinct_app.ui.station_screen import StationScreen
from precinct_app.ui.status import Said

if TYPE_CHECKING:  # built on first show (LAZY): their modules load then, not at start-up
    from precinct_app.ui.about_dialog import AboutDialog
    from precinct_app.ui.counting_screen import CountingScreen
    from precinct_app.ui.export_screen import ExportScreen
    from precinct_app.ui.list_changes_screen import ListChangesScreen
    from precinct_app.ui.live_watch import LiveWatch
    from precinct_app.ui.outside_screen import OutsideScreen
    from precinct_app.ui.protocol_screen import ProtocolScreen
    from precinct_app.ui.server_screen import ServerScreen
    from precinct_app.ui.turnout_screen import TurnoutScreen
    from precinct_app.ui.verify_screen import VerifyScreen
    from precinct_app.ui.voter_list import VoterListScreen

# The navigation, in the day's order; the index is the page's place after the start screen.
NAV = ("station", "voters", "desk", "outside", "changes", "turnout", "counting", "protocol",
       "export", "verify", "people", "journal", "server")
# Screens built the first time they are shown (or used): the station's start-up builds
# only the Station screen (it holds the backups' panel) and the desk (the header names
# the desk's member). The others, and what they import (ReportLab, the export and verify
# services, num2words), would cost a second of every start on a 2-core laptop; the voter
# list, which reads the whole list, a tenth of one on voting day, when the desk opens.
LAZY = ("voters", "outside", "changes", "turnout", "counting", "protocol", "export",
        "verify", "people", "journal", "server")
SNAPSHOT_INTERVAL_MS = 30_000
NAV_MIN_WIDTH = 190


class MainWindow(QMainWindow):
    """Shows the start screen until a station exists, then the station's screens.

    Turnout snapshots are taken here, on a timer and at each change, so a report
    time passes into the record whichever screen is shown.

    Signals:
        rebuild_requested(): the text size changed; the host builds the window again
            (every screen derives its fonts from the application font when built).
    """

    rebuild_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.station: StationInfo | None = None
        self.station_screen: StationScreen | None = None
        self._station_stale = False  # the Station screen shows an older reading
        self.desk: DeskScreen | None = None
        self._lazy_screens: dict[str, QWidget] = {}  # LAZY screens built so far, by key
        self.backup_panel: BackupPanel | None = None
        self.idle_setting: IdleLockSetting | None = None
        self.backups = BackupScheduler(ctx, self)
        self.live: LiveWatch | None = None  # a station server's desks only
        self._lost_since = ""  # HH:MM the server was lost at
        self._phase = ""
        self._leave_checked = False
        self.about: AboutDialog | None = None  # built at its first opening, then kept
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setInterval(SNAPSHOT_INTERVAL_MS)
        # A ballot's header count is read once the confirmation has been drawn: the member
        # waits for the banner, not for the count (a run of writes reads it once).
        self._ballots_timer = QTimer(self)
        self._ballots_timer.setSingleShot(True)
        self._ballots_timer.setInterval(0)
        # The member at this desk (docs/formats.md §7): every member combo follows it.
        ctx.signin.desk = desks.desk_name(ctx.settings.desk_name)
        desk_session.bind(ctx.signin)
        self.idle = desk_session.IdleWatch(desks.IDLE_DEFAULT, self)
        self._setup_ui()
        self._connect_signals()
        if ctx.db is not None:
            self._show_station()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        self.resize(1366, 768)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = HeaderBar(self._ctx)
        outer.addWidget(self.header)
        # The station's screens, or the sign-in in their place: nothing of the voter
        # list is on screen while nobody is signed in or the desk is locked.
        self.gate = QStackedWidget()
        work = QWidget()
        body = QHBoxLayout(work)
        body.setContentsMargins(8, 8, 8, 8)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(NAV_MIN_WIDTH)
        self.nav.hide()
        body.addWidget(self.nav)
        self.pages = QStackedWidget()
        self.start_screen = StartScreen(self._ctx)
        self.pages.addWidget(self.start_screen)
        body.addWidget(self.pages, 1)
        self.gate.addWidget(work)
        self.sign_in = SignInPanel(self._ctx)
        self.gate.addWidget(self.sign_in)
        outer.addWidget(self.gate, 1)
        self.setCentralWidget(central)
        self.status = self.statusBar()  # the last action's result, always visible
        self.status.setSizeGripEnabled(False)
        # The last action, worded again at a language switch (a plain string: in the
        # language it came in, dropped at a switch).
        self._said: Said | str | None = None
        self._said_lang = ""

    def _connect_signals(self) -> None:
        self.header.language_chosen.connect(self._on_header_language_chosen)
        self.header.large_text_chosen.connect(self._on_header_large_text_chosen)
        self.start_screen.station_ready.connect(self._on_start_screen_station_ready)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self._ctx.bridge.data_changed.connect(self._on_bridge_data_changed)
        self._snapshot_timer.timeout.connect(self._on_snapshot_timer_timeout)
        self._ballots_timer.timeout.connect(self._on_ballots_timer_timeout)
        self.sign_in.signed_in.connect(self._on_sign_in_signed_in)
        self.sign_in.sign_out_requested.connect(self._on_sign_in_sign_out_requested)
        self.header.switch_requested.connect(self.switch_member)
        self.header.lock_requested.connect(self.lock)
        self._ctx.signin.switch_requested.connect(self.switch_member)
        self.idle.idle.connect(self.lock)
        # Anywhere in the window, whatever has the focus (the sign-in's own keys aside).
        self.header.about_requested.connect(self.open_about)
        self.start_screen.about_requested.connect(self.open_about)
        for keys, action in (("Ctrl+M", self.switch_member), ("Ctrl+L", self.lock),
                             ("F1", self.open_about)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)

    def _show_station(self) -> None:
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
        self.station_screen = StationScreen(self._ctx)
        self.station_screen.set_station(self.station)
        self.station_screen.import_requested.connect(self._on_station_import_requested)
        self.station_screen.action_done.connect(self._on_screen_action_done)
        self.desk = DeskScreen(self._ctx)
        self.desk.action_done.connect(self._on_screen_action_done)
        self._show_desk_member()
        self._show_laptop()
        self.backup_panel = BackupPanel(self._ctx, self.backups)
        self.station_screen.add_section(self.backup_panel)  # all day long, not only at export
        self.idle_setting = IdleLockSetting(self._ctx)  # the chair's only
        self.station_screen.add_section(self.idle_setting)
        from precinct_app.ui.paper_panel import PaperPanel  # the paper list's entries (§5)

        self.paper_panel = PaperPanel(self._ctx)
        self.station_screen.add_section(self.paper_panel)
        self.backups.finished.connect(self._on_screen_action_done)
        self.backups.finished.connect(self._on_backups_finished)
        eager = {"station": self.station_screen, "desk": self.desk}
        for key in NAV:  # a LAZY screen's page holds an empty stand-in until it is built
            self.pages.addWidget(eager[key] if key in eager else QWidget())
        for _key in NAV:
            self.nav.addItem(QListWidgetItem())
        self.nav_keys = NavKeys(self, self.nav, self.say)  # Ctrl+1...Ctrl+0
        self.nav.show()
        if self._take_due_snapshots():  # report times passed while the app was closed
            emit(self._ctx.bridge.data_changed)
        self._refresh_station()
        self._check_integrity()
        if self.station.phase == phases.OPEN:
            self.nav.setCurrentRow(NAV.index("desk"))  # the day: straight to the desk
        else:
            self.nav.setCurrentRow(NAV.index("voters") if self.station.voters_on_list else 0)
        self._snapshot_timer.start()
        self.backups.start()
        if self._ctx.db.shared:
            self._start_live()
        if self._ctx.signin.member is None:
            self._ask_sign_in(preferred=self._ctx.start_member or self._ctx.settings.desk_member)
        elif self._ctx.signin.locked:
            self.lock()
        else:
            self.idle.start()

    # -- the station server: the other desks' writes, the link lost and back (issue 15) --

    def _start_live(self) -> None:
        from precinct_app.ui.live_watch import LiveWatch  # a server's desks only

        assert self._ctx.db is not None
        self.live = LiveWatch(self._ctx.db, self)
        self.live.changed.connect(self._on_live_changed)
        self.live.lost.connect(self._on_live_lost)
        self.live.back.connect(self._on_live_back)
        self.live.start()

    def _hhmm(self) -> str:
        zone = self.station.timezone if self.station else "Asia/Almaty"
        return self._ctx.clock.local(zone).strftime("%H:%M")

    @Slot()
    def _on_live_changed(self) -> None:
        # Another desk's ballot: the same refresh as after this desk's own write (the
        # header's count, the card at the next search, every screen in front).
        if not self._ctx.server_lost:
            emit(self._ctx.bridge.data_changed)

    @Slot(str)
    def _on_live_lost(self, reason: str) -> None:
        self._ctx.server_lost = reason or "?"
        since = self._lost_since = self._hhmm()
        self.header.set_server_lost(since, reason)
        if self.desk is not None:
            self.desk.show_server_lost()
        self.say(Said.message("server_lost_since", at=since, reason=reason))

    @Slot()
    def _on_live_back(self) -> None:
        self._ctx.server_lost = ""
        self.header.set_server_lost("")
        self.say(Said.message("server_back", at=self._hhmm()))
        emit(self._ctx.bridge.data_changed)  # what the other desks did meanwhile

    # -- the member at this desk (docs/formats.md §7) ------------------------------------

    @property
    def signed_in(self) -> bool:
        """True while a member is signed in and the desk is not locked."""
        return self._ctx.signin.acting is not None

    def _ask_sign_in(self, preferred: str = "", locked: Member | None = None) -> None:
        """The sign-in in place of the screens (what was typed in them stays there)."""
        if self.station is None:
            return
        self.idle.stop()
        self.sign_in.open_for(self.station, preferred, locked)
        self.gate.setCurrentWidget(self.sign_in)
        self.status.clearMessage()  # the last action may name a voter or a member
        self.sign_in.pin.setFocus()

    @Slot()
    def switch_member(self) -> None:
        """Another member signs in at this desk (the one there until then stays until
        someone has)."""
        if self.station is None:
            return
        self._ctx.signin.lock()
        self._ask_sign_in()
        self.sign_in.members.setFocus()  # choose first, then the PIN

    @Slot()
    def lock(self) -> None:
        """Hide the station's screens until the PIN of the member at the desk (or another
        member's sign-in)."""
        member = self._ctx.signin.member
        if self.station is None or member is None:
            return
        self._ctx.signin.lock()
        self._ask_sign_in(locked=member)

    @Slot(object)
    def _on_sign_in_signed_in(self, member: object) -> None:
        assert isinstance(member, Member)
        self._ctx.settings.desk_member = member.id
        self._ctx.signin.set_member(member)
        self.gate.setCurrentIndex(0)
        self._show_desk_member()
        self.idle.start()
        emit(self._ctx.bridge.data_changed)  # every screen re-reads who may act
        self.say(Said.message("desk_signed_in", name=member.name, role=member.role,
                              desk=self._ctx.signin.desk))
        current = self.pages.currentWidget()
        focus = getattr(current, "search_box", None) or current
        if focus is not None:
            focus.setFocus()

    @Slot()
    def _on_sign_in_sign_out_requested(self) -> None:
        self.sign_out()

    def sign_out(self, reason: str = "sign_out") -> None:
        """Nobody at this desk any more (recorded); the sign-in stays in front."""
        signin = self._ctx.signin
        if signin.member is None or self._ctx.db is None:
            return
        if self._ctx.db.read_only:  # a full disk keeps no desk record: nothing to write
            signin.set_member(None)
            self._show_desk_member()
            if reason != "closed":
                self._ask_sign_in()
            return
        name = signin.member.name
        try:
            with self._ctx.db.transaction() as session:
                desks.sign_out(session, self._ctx.clock.snapshot(), signin.desk, reason)
        except (DomainError, SQLAlchemyError) as exc:
            self.say(error_text(exc, self._ctx.lang))
            return
        signin.set_member(None)
        self._show_desk_member()
        if reason != "closed":
            self._ask_sign_in()
            self.sign_in.show_note(text("desk_signed_out", self._ctx.lang, name=name,
                                        desk=signin.desk))

    def _show_desk_member(self) -> None:
        member = self._ctx.signin.member
        self.header.set_desk_member(member.name if member else "",
                                    member.role if member else "")

    def _lazy(self, key: str) -> QWidget | None:
        """The LAZY screen ``key``, built now if it was not yet; None before a station."""
        screen = self._lazy_screens.get(key)
        if screen is not None or self.pages.count() != len(NAV) + 1:
            return screen
        screen = self._build_screen(key)
        self._lazy_screens[key] = screen
        index = NAV.index(key) + 1
        stand_in = self.pages.widget(index)
        assert stand_in is not None
        self.pages.insertWidget(index, screen)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        return screen

    def _build_screen(self, key: str) -> QWidget:
        """A new LAZY screen, wired to the window (its module is imported here)."""
        screen: QWidget
        if key == "voters":
            from precinct_app.ui.voter_list import VoterListScreen
            screen = VoterListScreen(self._ctx)
        elif key == "outside":
            from precinct_app.ui.outside_screen import OutsideScreen
            screen = OutsideScreen(self._ctx)
        elif key == "changes":
            from precinct_app.ui.list_changes_screen import ListChangesScreen
            screen = ListChangesScreen(self._ctx)
            screen.action_done.connect(self._on_screen_action_done)
        elif key == "turnout":
            from precinct_app.ui.turnout_screen import TurnoutScreen
            screen = TurnoutScreen(self._ctx)
        elif key == "counting":
            from precinct_app.ui.counting_screen import CountingScreen
            screen = CountingScreen(self._ctx)
            screen.action_done.connect(self._on_screen_action_done)
        elif key == "protocol":
            from precinct_app.ui.protocol_screen import ProtocolScreen
            screen = ProtocolScreen(self._ctx)
            screen.action_done.connect(self._on_screen_action_done)
        elif key == "export":
            from precinct_app.ui.export_screen import ExportScreen
            screen = ExportScreen(self._ctx)
            screen.action_done.connect(self._on_export_action_done)
        elif key == "people":
            from precinct_app.ui.people_screen import PeopleScreen
            screen = PeopleScreen(self._ctx)
            screen.action_done.connect(self._on_screen_action_done)
        elif key == "journal":
            from precinct_app.ui.journal_screen import JournalScreen
            screen = JournalScreen(self._ctx)
        elif key == "server":
            from precinct_app.ui.server_screen import ServerScreen
            screen = ServerScreen(self._ctx)
            screen.action_done.connect(self._on_screen_action_done)
            screen.station_changed.connect(self._on_server_station_changed)
            screen.join_requested.connect(self.open_join)
        else:
            assert key == "verify", key
            from precinct_app.ui.verify_screen import VerifyScreen
            screen = VerifyScreen(self._ctx)
        return screen

    @property
    def voter_list(self) -> VoterListScreen | None:
        """The Voter list screen (built on first use)."""
        return cast("VoterListScreen | None", self._lazy("voters"))

    @property
    def outside(self) -> OutsideScreen | None:
        """The Outside voting screen (built on first use)."""
        return cast("OutsideScreen | None", self._lazy("outside"))

    @property
    def list_changes(self) -> ListChangesScreen | None:
        """The List changes screen (built on first use)."""
        return cast("ListChangesScreen | None", self._lazy("changes"))

    @property
    def turnout(self) -> TurnoutScreen | None:
        """The Turnout screen (built on first use)."""
        return cast("TurnoutScreen | None", self._lazy("turnout"))

    @property
    def counting(self) -> CountingScreen | None:
        """The Counting screen (built on first use)."""
        return cast("CountingScreen | None", self._lazy("counting"))

    @property
    def protocol(self) -> ProtocolScreen | None:
        """The Protocol screen (built on first use)."""
        return cast("ProtocolScreen | None", self._lazy("protocol"))

    @property
    def server(self) -> ServerScreen | None:
        """The Station server screen (built on first use)."""
        return cast("ServerScreen | None", self._lazy("server"))

    @property
    def export(self) -> ExportScreen | None:
        """The Export screen (built on first use)."""
        return cast("ExportScreen | None", self._lazy("export"))

    @property
    def verify(self) -> VerifyScreen | None:
        """The Verify screen (built on first use)."""
        return cast("VerifyScreen | None", self._lazy("verify"))

    @classmethod
    def ask_unsaved(cls, parent: QWidget, count: int) -> str:
        """``save``, ``discard`` or ``stay`` for protocol lines typed and not saved
        (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, parent.tr(
            "%n protocol line(s) typed and not saved.", "", count), parent=parent)
        save = box.addButton(parent.tr("Save them"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(parent.tr("Discard them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(parent.tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "save" if box.clickedButton() is save else (
            "discard" if box.clickedButton() is discard else "stay")

    def may_leave(self) -> bool:
        """True when nothing typed would be lost (asking, and saving, when needed)."""
        counting = cast("CountingScreen | None", self._lazy_screens.get("counting"))
        entry = counting.entry if counting is not None else None  # never built: nothing typed
        changed = len(entry.changed_values()) if entry is not None else 0
        if not changed:
            return True
        self.nav.setCurrentRow(NAV.index("counting"))
        answer = self.ask_unsaved(self, changed)
        if answer == "save":
            assert entry is not None
            return entry.save()
        return answer == "discard"

    def showEvent(self, event: QShowEvent) -> None:
        """The sign-in's PIN field has the focus as the window appears (``--member``)."""
        super().showEvent(event)
        if self.gate.currentWidget() is self.sign_in:
            focus = self.sign_in.members if self.sign_in.chosen() is None else self.sign_in.pin
            focus.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Typed protocol lines are not lost without asking; a backup being written is
        finished before the window goes."""
        if not self._leave_checked and not self.may_leave():
            event.ignore()
            return
        self.sign_in.wait()
        self.idle.stop()
        if self.live is not None:
            self.live.stop()
        if not self._leave_checked:  # closed, not rebuilt: nobody is at this desk now
            self.sign_out("closed")
        self.backups.wait()
        # Only a Verify screen already built can be running; closing must not build one.
        verify = cast("VerifyScreen | None", self._lazy_screens.get("verify"))
        if verify is not None:
            verify.wait()  # a verification running is stopped, not left in its thread
        server = cast("ServerScreen | None", self._lazy_screens.get("server"))
        if server is not None:
            server.wait()  # a call to the station server ends, not left in its thread
        if self.about is not None:
            self.about.close()  # its check of the files ends first, not left in its thread
        super().closeEvent(event)

    def carry_over(self, old: MainWindow) -> None:
        """What the window it replaces knew that is not in the database: the last backup
        and a failure still to be shown (the header's alarm stays until one succeeds)."""
        self.backups.last, self.backups.last_error = old.backups.last, old.backups.last_error
        self.header.set_backup_problem(self.backups.last_error)
        if self.backup_panel is not None:
            self.backup_panel.show_state()
        # The status line's last action and the folder offered for verifying (issue 11).
        self._said, self._said_lang = old._said, old._said_lang
        self._show_said()
        offered = getattr(old._lazy_screens.get("verify"), "offered", None)
        if offered is not None and self.verify is not None:
            self.verify.offer_folder(offered)
        # The join code just made (the server shows a code once): still on the screen when
        # the window reopens on the station server.
        shown = getattr(old._lazy_screens.get("server"), "info", None)
        if shown is not None and self.server is not None:
            self.server.info = shown
            self.server.refresh()

    def close_checked(self) -> None:
        """Close after :meth:`may_leave` already said yes (the window is being rebuilt)."""
        self._leave_checked = True
        self.close()

    def changeEvent(self, event: QEvent) -> None:
        """Re-label everything when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(APP_NAME)
        self.header.retranslate_ui()
        self.start_screen.retranslate_ui()
        if self.nav.count() == len(NAV):
            lang = self._ctx.lang
            names = {"station": self.tr("Station"), "voters": self.tr("Voter list"),
                     "desk": self.tr("Desk"), "outside": self.tr("Outside voting"),
                     "changes": self.tr("List changes"),
                     "turnout": capitalized("word_turnout", lang),
                     "counting": self.tr("Counting"), "protocol": text("word_protocol", lang),
                     "export": self.tr("Export"), "verify": self.tr("Verify an export"),
                     "people": self.tr("People present"),
                     "journal": self.tr("Complaints and acts"),
                     "server": self.tr("Station server")}
            for row, key in enumerate(NAV):
                self.nav.item(row).setText(names[key])
            # As wide as the longest name in this language and text size (item padding,
            # frame and a scroll bar's worth of room).
            widest = max(self.nav.fontMetrics().horizontalAdvance(n) for n in names.values())
            self.nav.setFixedWidth(max(NAV_MIN_WIDTH, widest + 40))
            self._update_nav()
        if self.station_screen is not None:
            self.station_screen.retranslate_ui()
        if self.backup_panel is not None:
            self.backup_panel.retranslate_ui()
        if self.idle_setting is not None:
            self.idle_setting.retranslate_ui()
        self.sign_in.retranslate_ui()
        if self.desk is not None:
            self.desk.retranslate_ui()
        for screen in self._lazy_screens.values():  # one not built yet is worded when built
            screen.retranslate_ui()  # type: ignore[attr-defined]
        self._show_said()

    def set_language(self, lang: str) -> None:
        """Switch the whole interface to ``lang`` at run time and remember it."""
        self._ctx.settings.language = lang
        install_language(lang)  # posts LanguageChange -> retranslate_ui
        self.retranslate_ui()
        emit(self._ctx.bridge.language_changed, lang)

    @Slot()
    def open_about(self) -> None:
        """About (docs/screens.md §19): beside the window, not modal; one, brought forward."""
        from precinct_app.ui.about_dialog import AboutDialog  # on use: not at start-up

        if self.about is None:
            self.about = AboutDialog(self._ctx, self)
        self.about.show()
        self.about.raise_()
        self.about.activateWindow()

    def open_import(self) -> None:
        """Choose a voter file and run the import dialog."""
        from precinct_app.ui.import_dialog import ImportDialog  # the import service: on use

        path = ImportDialog.ask_file(self)
        if path is None:
            return
        dialog = ImportDialog(self._ctx, path, self)
        if dialog.exec() and dialog.imported:
            self.say(Said.translate("MainWindow", "Imported %n voter(s)", "", dialog.imported))
        dialog.deleteLater()  # owned by the window otherwise: one leaked dialog per import

    @Slot(str)
    def _on_header_language_chosen(self, lang: str) -> None:
        self.set_language(lang)

    @Slot(bool)
    def _on_header_large_text_chosen(self, on: bool) -> None:
        if not self.may_leave():  # the screens are built again: nothing typed may be lost
            self.header.show_large_text(not on)
            return
        self._ctx.settings.large_text = on
        emit(self.rebuild_requested)

    def open_join(self) -> None:
        """This laptop joins a station server as a desk; the window reopens on its station."""
        from precinct_app.ui.join_dialog import JoinDialog

        dialog = JoinDialog(self._ctx, self)
        if self.run_join(dialog) and dialog.database is not None:
            self._on_server_station_changed(dialog.database)
        dialog.deleteLater()

    @classmethod
    def run_join(cls, dialog: QDialog) -> bool:
        """Show the join dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @Slot(object)
    def _on_server_station_changed(self, db: object) -> None:
        """The station now lives on the station server: the window is built again on it
        (the file it was in stays read-only beside, docs/formats.md §8)."""
        assert isinstance(db, Database)
        old, self._ctx.db = self._ctx.db, db
        emit(self.rebuild_requested)  # the host builds the window on ctx.db and closes this
        if old is not None and old is not db and self._leave_checked:
            old.dispose()

    def _show_laptop(self) -> None:
        """A desk or the server names itself and its station server in the header."""
        db = self._ctx.db
        if db is None or not db.shared:
            self.header.set_server("", "")
            return
        from precinct_app.services import laptop as laptop_service

        try:
            servers = laptop_service.load().servers
        except DomainError:
            servers = ()
        self.header.set_server(db.desk or self._ctx.signin.desk, servers[0] if servers else "")

    @Slot(object)
    def _on_start_screen_station_ready(self, db: Database) -> None:
        self._ctx.db = db
        self._show_station()
        self.retranslate_ui()
        self.say(Said.translate("MainWindow", "The station is set up."))

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(NAV) and NAV[row] in LAZY:
            if self._ctx.server_lost and NAV[row] not in self._lazy_screens:
                # Building it reads the station, which waits for a server that is not
                # there: the page stays empty and says why until the link is back.
                self.say(Said.message("server_lost_since", at=self._lost_since,
                                      reason=self._ctx.server_lost))
            else:
                self._lazy(NAV[row])  # built before it is shown
        self.pages.setCurrentIndex(row + 1)
        if self.pages.currentWidget() is self.station_screen and self._station_stale:
            self._station_stale = False
            if self.station_screen is not None and self.station is not None:
                self.station_screen.set_station(self.station)

    @Slot()
    def _on_station_import_requested(self) -> None:
        self.open_import()

    def _update_nav(self) -> None:
        """What the phase does not allow stays visible, disabled, with the reason."""
        if self.station is None or self.nav.count() != len(NAV):
            return
        phase = self.station.phase
        is_open = phase == phases.OPEN
        self._set_nav_enabled("desk", is_open, "" if is_open else self.tr("Voting is not open yet")
                              if phase == phases.SETUP else self.tr("Voting is closed"))
        counting = phase in phases.COUNT_PHASES
        for key in ("counting", "protocol"):
            self._set_nav_enabled(key, counting,
                                  "" if counting else self.tr("Voting is not closed yet"))
        exporting = phase in phases.EXPORT_PHASES
        self._set_nav_enabled("export", exporting,
                              "" if exporting else self.tr("The count has not started yet"))
        member = self._ctx.signin.acting
        chair = member is None or member.role == permissions.CHAIR  # None: the sign-in shows
        self._set_nav_enabled("server", chair,
                              "" if chair else text("server_window_chair_only", self._ctx.lang))

    def _set_nav_enabled(self, key: str, enabled: bool, reason: str) -> None:
        item = self.nav.item(NAV.index(key))
        flags = item.flags()
        allowed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        wanted = flags | allowed if enabled else flags & ~allowed
        # Only a real change: each one lays out and repaints the whole navigation,
        # and this runs after every ballot.
        if wanted != flags:
            item.setFlags(wanted)
        if item.toolTip() != reason:
            item.setToolTip(reason)

    def _refresh_ballots(self) -> None:
        """The voters holding a ballot, for the header (the station itself unchanged)."""
        assert self._ctx.db is not None and self.station is not None
        with self._ctx.db.reading() as session:
            held = issuance.holders(session)
            head = anchor.head_text(audit.head(session))
        self.header.set_audit_head(head)
        self.header.set_station(self.station, tuple(held.get(c.id, 0)
                                                    for c in self.station.contests))
        self._station_stale = True  # the Station screen catches up when shown

    def _refresh_station(self) -> None:
        """Re-read the station for the header, the Station screen and the navigation."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            held = issuance.holders(session)
            head = anchor.head_text(audit.head(session))
            minutes = desks.idle_minutes(session)
        self.header.set_audit_head(head)
        self.header.set_station(self.station, tuple(held.get(c.id, 0)
                                                    for c in self.station.contests))
        if minutes * 60_000 != self.idle.timer.interval():
            self.idle.set_minutes(minutes)  # the chair changed it (at this desk or another)
        if self._phase and self.station.phase != self._phase:
            self.backups.request(f"phase-{self.station.phase}")  # a backup at every phase change
        self._phase = self.station.phase
        # The Station screen rebuilds its forms (about 10 ms): at the desk, after each ballot,
        # only when it is the page in front; otherwise when it comes to the front.
        self._station_stale = self.pages.currentWidget() is not self.station_screen
        if self.station_screen is not None:
            self.station_screen.set_audit_head(head)
        if self.station_screen is not None and not self._station_stale:
            self.station_screen.set_station(self.station)
        self._update_nav()

    def _check_integrity(self) -> None:
        """At start-up: the audit chain intact and the tables what it says (issue 12).

        A failure is an alarm in the header (the discrepancies in its tooltip) and on the
        status line, never a crash: the commission must see it, and can still work.
        """
        assert self._ctx.db is not None
        lang = self._ctx.lang
        with self._ctx.db.reading() as session:
            chain = audit.verify_chain(session)
            found = reconcile.reconcile(session) if chain.ok else None
        if not chain.ok:
            problem = text(f"audit_{chain.problem}", lang, seq=chain.broken_seq)
        elif found is not None and not found.ok:
            lines = [text(d.code, lang, **d.params) for d in found.discrepancies[:20]]
            if len(found.discrepancies) > 20:
                lines.append(text("integrity_more", lang, count=len(found.discrepancies) - 20))
            problem = "\n".join([text("integrity_failed", lang, count=len(found.discrepancies),
                                      first=found.discrepancies[0]), *lines])
        else:
            problem = ""
        self.header.set_integrity_problem(problem)
        if problem:
            self.say(problem.splitlines()[0])

    def _take_due_snapshots(self) -> bool:
        """Freeze every turnout report time already passed; True when one was taken."""
        if self._ctx.db is None:
            return False
        try:
            with self._ctx.db.transaction() as session:
                return bool(turnout.take_due_snapshots(session, self._ctx.clock))
        except (DomainError, SQLAlchemyError) as exc:
            # Not the user's action: say it on the status line and try again on the next tick.
            self.say(Said.translate("MainWindow", "Turnout snapshot not saved: %1").arg(
                error_text(exc, self._ctx.lang)))
            return False

    @Slot()
    def _on_snapshot_timer_timeout(self) -> None:
        if self._take_due_snapshots():
            emit(self._ctx.bridge.data_changed)

    def say(self, said: Said | str | None) -> None:
        """The status line: the last action (None: nothing, a refusal came after it).

        A :class:`Said` is worded again at a language switch; a finished string cannot
        be, so it is dropped then rather than left in the old language.
        """
        self._said, self._said_lang = said or None, self._ctx.lang
        self._show_said()

    def _show_said(self) -> None:
        if isinstance(self._said, str) and self._said_lang != self._ctx.lang:
            self._said = None  # a finished string in the language before the switch
        if self._said is None:
            self.status.clearMessage()
        else:
            self.status.showMessage(self._said if isinstance(self._said, str)
                                    else self._said.text(self._ctx.lang))

    @Slot(object)
    def _on_screen_action_done(self, message: object) -> None:
        self.say(message if isinstance(message, (str, Said)) else None)

    @Slot(object)
    def _on_export_action_done(self, message: object) -> None:
        """A folder written and verified: said again in any language, and offered on the
        Verify screen (the territorial commission's check, one click away)."""
        export = self._lazy_screens.get("export")
        path = getattr(getattr(export, "last_result", None), "path", None)
        if path is None or str(path) not in str(message):  # not the folder's news
            self._on_screen_action_done(message)
            return
        self.say(Said.translate("ExportScreen", "Written and verified; safe to remove: %1")
                 .arg(str(path)))
        if self.verify is not None:
            self.verify.offer_folder(path)

    @Slot(str)
    def _on_backups_finished(self, _message: str) -> None:
        # Seen from every screen until a backup succeeds again: never failing quietly.
        self.header.set_backup_problem(self.backups.last_error)

    @Slot()
    def _on_bridge_data_changed(self) -> None:
        if self._ctx.db is None or self._ctx.server_lost:
            return  # nothing to read while the server is lost (its return re-reads)
        if self._ctx.bridge.scope == Bridge.BALLOTS_ONLY and self.station is not None:
            self._ballots_timer.start()  # a ballot at the desk: only the header's count moves
            return
        self._ballots_timer.stop()  # the whole reading below includes the count
        self._refresh_station()

    @Slot()
    def _on_ballots_timer_timeout(self) -> None:
        if self._ctx.db is not None and self.station is not None and not self._ctx.server_lost:
            self._refresh_ballots()
