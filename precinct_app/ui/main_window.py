"""The one main window: header, navigation by the day's phases, the screens, a status line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from precinct_app.db import Database
from precinct_app.services.station import StationInfo, load_station
from precinct_app.ui.context import APP_NAME, AppContext
from precinct_app.ui.desk_screen import DeskScreen
from precinct_app.ui.header import HeaderBar
from precinct_app.ui.i18n import install_language
from precinct_app.ui.import_dialog import ImportDialog
from precinct_app.ui.start_screen import StartScreen
from precinct_app.ui.station_screen import StationScreen
from precinct_app.ui.voter_list import VoterListScreen


class MainWindow(QMainWindow):
    """Shows the start screen until a station exists, then the station's screens."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.station: StationInfo | None = None
        self.station_screen: StationScreen | None = None
        self.voter_list: VoterListScreen | None = None
        self.desk: DeskScreen | None = None
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
        self.nav.setFixedWidth(190)
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
        self.start_screen.station_ready.connect(self._on_start_screen_station_ready)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self._ctx.bridge.data_changed.connect(self._on_bridge_data_changed)

    def _show_station(self) -> None:
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
        self.station_screen = StationScreen(self._ctx)
        self.station_screen.set_station(self.station)
        self.station_screen.import_requested.connect(self._on_station_import_requested)
        self.voter_list = VoterListScreen(self._ctx)
        self.pages.addWidget(self.station_screen)
        self.pages.addWidget(self.voter_list)
        self.desk = DeskScreen(self._ctx)
        self.pages.addWidget(self.desk)
        self.nav.addItems(["", "", ""])
        self.nav.show()
        self.header.set_station(self.station)
        if self.station.phase == "voting_open":
            self.nav.setCurrentRow(2)  # the day: straight to the desk
        else:
            self.nav.setCurrentRow(1 if self.station.voters_on_list else 0)

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
        if self.nav.count() == 3:
            self.nav.item(0).setText(self.tr("Station"))
            self.nav.item(1).setText(self.tr("Voter list"))
            self.nav.item(2).setText(self.tr("Desk"))
        if self.station_screen is not None:
            self.station_screen.retranslate_ui()
        if self.voter_list is not None:
            self.voter_list.retranslate_ui()
        if self.desk is not None:
            self.desk.retranslate_ui()

    def set_language(self, lang: str) -> None:
        """Switch the whole interface to ``lang`` at run time and remember it."""
        self._ctx.settings.language = lang
        install_language(lang)  # posts LanguageChange -> retranslate_ui
        self.retranslate_ui()
        self._ctx.bridge.language_changed.emit(lang)

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

    @Slot()
    def _on_bridge_data_changed(self) -> None:
        if self._ctx.db is None:
            return
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
        self.header.set_station(self.station)
        if self.station_screen is not None:
            self.station_screen.set_station(self.station)
