"""The one main window: header, navigation by the day's phases, the screens, a status line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
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
from precinct_app.services import issuance, phases, turnout
from precinct_app.services.errors import DomainError
from precinct_app.services.station import StationInfo, load_station
from precinct_app.ui.backup_panel import BackupPanel, BackupScheduler
from precinct_app.ui.context import APP_NAME, AppContext
from precinct_app.ui.counting_screen import CountingScreen
from precinct_app.ui.desk_screen import DeskScreen
from precinct_app.ui.export_screen import EXPORT_PHASES, ExportScreen
from precinct_app.ui.header import HeaderBar
from precinct_app.ui.i18n import install_language
from precinct_app.ui.import_dialog import ImportDialog
from precinct_app.ui.list_changes_screen import ListChangesScreen
from precinct_app.ui.ops import error_text
from precinct_app.ui.outside_screen import OutsideScreen
from precinct_app.ui.protocol_screen import ProtocolScreen
from precinct_app.ui.signals import emit
from precinct_app.ui.start_screen import StartScreen
from precinct_app.ui.station_screen import StationScreen
from precinct_app.ui.turnout_screen import TurnoutScreen
from precinct_app.ui.verify_screen import VerifyScreen
from precinct_app.ui.voter_list import VoterListScreen

# The navigation, in the day's order; the index is the page's place after the start screen.
NAV = ("station", "voters", "desk", "outside", "changes", "turnout", "counting", "protocol",
       "export", "verify")
# The phases in which the count's screens open: from closing to the signed protocols.
COUNT_PHASES = (phases.CLOSED, phases.COUNTING, phases.SIGNED)
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
        self.voter_list: VoterListScreen | None = None
        self.desk: DeskScreen | None = None
        self.outside: OutsideScreen | None = None
        self.list_changes: ListChangesScreen | None = None
        self.turnout: TurnoutScreen | None = None
        self.counting: CountingScreen | None = None
        self.protocol: ProtocolScreen | None = None
        self.export: ExportScreen | None = None
        self.verify: VerifyScreen | None = None
        self.backup_panel: BackupPanel | None = None
        self.backups = BackupScheduler(ctx, self)
        self._phase = ""
        self._leave_checked = False
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setInterval(SNAPSHOT_INTERVAL_MS)
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
        body = QHBoxLayout()
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
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.status = self.statusBar()  # the last action's result, always visible
        self.status.setSizeGripEnabled(False)

    def _connect_signals(self) -> None:
        self.header.language_chosen.connect(self._on_header_language_chosen)
        self.header.large_text_chosen.connect(self._on_header_large_text_chosen)
        self.start_screen.station_ready.connect(self._on_start_screen_station_ready)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self._ctx.bridge.data_changed.connect(self._on_bridge_data_changed)
        self._snapshot_timer.timeout.connect(self._on_snapshot_timer_timeout)

    def _show_station(self) -> None:
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
        self.station_screen = StationScreen(self._ctx)
        self.station_screen.set_station(self.station)
        self.station_screen.import_requested.connect(self._on_station_import_requested)
        self.station_screen.action_done.connect(self._on_screen_action_done)
        self.voter_list = VoterListScreen(self._ctx)
        self.desk = DeskScreen(self._ctx)
        self.desk.action_done.connect(self._on_screen_action_done)
        self.desk.member_changed.connect(self.header.set_desk_member)
        self.header.set_desk_member(self.desk.member_name)
        self.outside = OutsideScreen(self._ctx)
        self.list_changes = ListChangesScreen(self._ctx)
        self.list_changes.action_done.connect(self._on_screen_action_done)
        self.turnout = TurnoutScreen(self._ctx)
        self.counting = CountingScreen(self._ctx)
        self.counting.action_done.connect(self._on_screen_action_done)
        self.protocol = ProtocolScreen(self._ctx)
        self.protocol.action_done.connect(self._on_screen_action_done)
        self.export = ExportScreen(self._ctx)
        self.export.action_done.connect(self._on_screen_action_done)
        self.backup_panel = BackupPanel(self._ctx, self.backups)
        self.station_screen.add_section(self.backup_panel)  # all day long, not only at export
        self.verify = VerifyScreen(self._ctx)
        self.backups.finished.connect(self._on_screen_action_done)
        self.backups.finished.connect(self._on_backups_finished)
        for page in (self.station_screen, self.voter_list, self.desk, self.outside,
                     self.list_changes, self.turnout, self.counting, self.protocol,
                     self.export, self.verify):
            self.pages.addWidget(page)
        for _key in NAV:
            self.nav.addItem(QListWidgetItem())
        self.nav.show()
        if self._take_due_snapshots():  # report times passed while the app was closed
            emit(self._ctx.bridge.data_changed)
        self._refresh_station()
        if self.station.phase == phases.OPEN:
            self.nav.setCurrentRow(NAV.index("desk"))  # the day: straight to the desk
        else:
            self.nav.setCurrentRow(NAV.index("voters") if self.station.voters_on_list else 0)
        self._snapshot_timer.start()
        self.backups.start()

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
        entry = self.counting.entry if self.counting is not None else None
        changed = len(entry.changed_values()) if entry is not None else 0
        if not changed:
            return True
        self.nav.setCurrentRow(NAV.index("counting"))
        answer = self.ask_unsaved(self, changed)
        if answer == "save":
            assert entry is not None
            return entry.save()
        return answer == "discard"

    def closeEvent(self, event: QCloseEvent) -> None:
        """Typed protocol lines are not lost without asking; a backup being written is
        finished before the window goes."""
        if not self._leave_checked and not self.may_leave():
            event.ignore()
            return
        self.backups.wait()
        super().closeEvent(event)

    def carry_over(self, old: MainWindow) -> None:
        """What the window it replaces knew that is not in the database: the last backup
        and a failure still to be shown (the header's alarm stays until one succeeds)."""
        self.backups.last, self.backups.last_error = old.backups.last, old.backups.last_error
        self.header.set_backup_problem(self.backups.last_error)
        if self.backup_panel is not None:
            self.backup_panel.show_state()

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
            names = {"station": self.tr("Station"), "voters": self.tr("Voter list"),
                     "desk": self.tr("Desk"), "outside": self.tr("Outside voting"),
                     "changes": self.tr("List changes"), "turnout": self.tr("Turnout"),
                     "counting": self.tr("Counting"), "protocol": self.tr("Protocol"),
                     "export": self.tr("Export"), "verify": self.tr("Verify an export")}
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
        if self.voter_list is not None:
            self.voter_list.retranslate_ui()
        for screen in (self.desk, self.outside, self.list_changes, self.turnout, self.counting,
                       self.protocol, self.export, self.verify):
            if screen is not None:
                screen.retranslate_ui()

    def set_language(self, lang: str) -> None:
        """Switch the whole interface to ``lang`` at run time and remember it."""
        self._ctx.settings.language = lang
        install_language(lang)  # posts LanguageChange -> retranslate_ui
        self.retranslate_ui()
        emit(self._ctx.bridge.language_changed, lang)

    def open_import(self) -> None:
        """Choose a voter file and run the import dialog."""
        path = ImportDialog.ask_file(self)
        if path is None:
            return
        dialog = ImportDialog(self._ctx, path, self)
        if dialog.exec() and dialog.imported:
            self.status.showMessage(self.tr("Imported %n voter(s)", "", dialog.imported))
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

    @Slot(object)
    def _on_start_screen_station_ready(self, db: Database) -> None:
        self._ctx.db = db
        self._show_station()
        self.retranslate_ui()
        self.status.showMessage(self.tr("The station is set up."))

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row + 1)

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
        counting = phase in COUNT_PHASES
        for key in ("counting", "protocol"):
            self._set_nav_enabled(key, counting,
                                  "" if counting else self.tr("Voting is not closed yet"))
        exporting = phase in EXPORT_PHASES
        self._set_nav_enabled("export", exporting,
                              "" if exporting else self.tr("The count has not started yet"))

    def _set_nav_enabled(self, key: str, enabled: bool, reason: str) -> None:
        item = self.nav.item(NAV.index(key))
        flags = item.flags()
        allowed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | allowed if enabled else flags & ~allowed)
        item.setToolTip(reason)

    def _refresh_station(self) -> None:
        """Re-read the station for the header, the Station screen and the navigation."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            issued = tuple(issuance.issued_counts(session, c.id).total
                           for c in self.station.contests)
        self.header.set_station(self.station, issued)
        if self._phase and self.station.phase != self._phase:
            self.backups.request(f"phase-{self.station.phase}")  # a backup at every phase change
        self._phase = self.station.phase
        if self.station_screen is not None:
            self.station_screen.set_station(self.station)
        self._update_nav()

    def _take_due_snapshots(self) -> bool:
        """Freeze every turnout report time already passed; True when one was taken."""
        if self._ctx.db is None:
            return False
        try:
            with self._ctx.db.transaction() as session:
                return bool(turnout.take_due_snapshots(session, self._ctx.clock))
        except (DomainError, SQLAlchemyError) as exc:
            # Not the user's action: say it on the status line and try again on the next tick.
            self.status.showMessage(self.tr("Turnout snapshot not saved: %1").replace(
                "%1", error_text(exc, self._ctx.lang)))
            return False

    @Slot()
    def _on_snapshot_timer_timeout(self) -> None:
        if self._take_due_snapshots():
            emit(self._ctx.bridge.data_changed)

    @Slot(str)
    def _on_screen_action_done(self, message: str) -> None:
        self.status.showMessage(message)

    @Slot(str)
    def _on_backups_finished(self, _message: str) -> None:
        # Seen from every screen until a backup succeeds again: never failing quietly.
        self.header.set_backup_problem(self.backups.last_error)

    @Slot()
    def _on_bridge_data_changed(self) -> None:
        if self._ctx.db is None:
            return
        self._refresh_station()
