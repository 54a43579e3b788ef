"""First start: load the election package the higher commission handed over, or open the demo.

Creating a station takes seconds on a 2-core laptop; the words under the bar say what is
being done (the database, the list's rows read, the saving, the opening). The services
and dialogs used only here are imported when a button is pressed, not at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.db import Database, default_db_path, open_database, remember_current
from precinct_app.messages import text
from precinct_app.services.localize import grouped
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import error_text
from precinct_app.ui.signals import emit
from precinct_app.ui.tasks import CancelFn, ProgressFn, Task

if TYPE_CHECKING:
    from precinct_app.services.package import ElectionPackage
    from precinct_app.services.setup import InitResult
    from precinct_app.ui.restore_dialog import RestoreDialog

STAGE_POLL_MS = 100


@dataclass
class _Stage:
    """What the set-up is doing: written by the worker, read by the GUI thread's timer.

    One tuple assigned at a time (``step``, ``done``, ``total``), so a reader never sees
    half of it; no Python object crosses threads through a Qt signal.
    """

    now: tuple[str, int, int] = ("database", 0, 0)


class StartScreen(QWidget):
    """The ways in: a real election package, the demo (training) station, a desk of a
    station server, a restore, the territorial commission's check.

    Signals:
        station_ready(object): the new station's ``Database``, opened.
        about_requested(): About was asked for (the build id, the printer test).
    """

    station_ready = Signal(object)
    about_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self._stage = _Stage()
        self._stage_timer = QTimer(self)
        self._stage_timer.setInterval(STAGE_POLL_MS)
        self._setup_ui()
        self._connect_signals()
        self.retranslate_ui()

    @classmethod
    def ask_package(cls, parent: QWidget | None, folder: bool) -> Path | None:
        """The package chosen in the system's dialog (tests replace this)."""
        caption = QCoreApplication.translate("StartScreen", "Election package")
        if folder:
            name = QFileDialog.getExistingDirectory(parent, caption)
        else:
            name, _filter = QFileDialog.getOpenFileName(parent, caption, "", "ZIP (*.zip)")
        return Path(name) if name else None

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.zip_button = QPushButton()
        self.zip_button.setObjectName("primary")
        self.folder_button = QPushButton()
        self.demo_button = QPushButton()
        self.restore_button = QPushButton()
        self.join_button = QPushButton()
        self.join_button.setObjectName("startJoin")
        self.verify_button = QPushButton()
        for button in self._buttons():
            button.setMinimumHeight(44)
            layout.addWidget(button)
        # Before anything is set up, IT staff check the build id and the printer here.
        self.about_button = QPushButton()
        self.about_button.setObjectName("startAbout")
        self.about_button.setMinimumHeight(44)
        layout.addWidget(self.about_button)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.progress_text = QLabel()  # what the wait is doing, in words
        self.progress_text.setObjectName("progressText")
        self.progress_text.hide()
        layout.addWidget(self.progress_text)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("problems")
        self.problems.setReadOnly(True)
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.zip_button, self.folder_button, self.demo_button, self.join_button,
                self.restore_button, self.verify_button)

    def _connect_signals(self) -> None:
        self.zip_button.clicked.connect(self._on_zip_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.join_button.clicked.connect(self._on_join_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.about_button.clicked.connect(lambda: emit(self.about_requested))
        self._stage_timer.timeout.connect(self._on_stage_timer_timeout)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.heading.setText(self.tr("Welcome to Precinct"))
        self.intro.setText(self.tr(
            "No station is set up on this computer. Load the election package handed over by "
            "the higher commission, or open the demo station to train. At the territorial "
            "commission, verify the sticks the precincts bring: no station is needed."
        ))
        self.zip_button.setText(self.tr("Load election package (.zip)…"))
        self.folder_button.setText(self.tr("Load election package from a folder…"))
        self.demo_button.setText(self.tr(
            "Open the demo station (training; every member's PIN is 1234)"))
        self.restore_button.setText(self.tr("Restore from a backup (another laptop failed)…"))
        self.join_button.setText(self.tr(
            "Join a station server (a desk of a station with several laptops)…"))
        self.verify_button.setText(self.tr("Verify a precinct's stick (territorial commission)…"))
        self.about_button.setText(self.tr(
            "About Precinct: build id, check of the files, printer test page… (F1)"))
        if self.progress_text.isVisible():
            self._show_stage()

    def stage_text(self) -> str:
        """The words for what the set-up is doing now, in the current language."""
        step, done, total = self._stage.now
        if step == "reading":
            return fill(self.tr("Reading the voter list: row %1 of %2…"), grouped(done),
                        grouped(total))
        if step == "saving":
            return self.tr("Saving the station and the voter list…")
        if step == "demo":
            return fill(self.tr("Creating the demo station: %1 voters…"), grouped(done))
        if step == "opening":
            return self.tr("Opening the station…")
        return self.tr("Creating the station database…")

    def _show_stage(self) -> None:
        self.progress_text.setText(self.stage_text())
        step, done, total = self._stage.now
        if step == "reading" and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)  # busy: no count to show

    @Slot()
    def _on_stage_timer_timeout(self) -> None:
        self._show_stage()

    @classmethod
    def run_restore(cls, dialog: RestoreDialog) -> bool:
        """Show the restore dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def run_dialog(cls, dialog: QDialog) -> None:
        """Show a dialog modally (tests replace this)."""
        dialog.exec()

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        from precinct_app.ui.verify_screen import VerifyDialog  # the verifier: on use

        dialog = VerifyDialog(self._ctx, self)
        self.run_dialog(dialog)
        dialog.deleteLater()

    @classmethod
    def run_join(cls, dialog: QDialog) -> bool:
        """Show the join dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @Slot()
    def _on_join_button_clicked(self) -> None:
        from precinct_app.ui.join_dialog import JoinDialog  # the server's services: on use

        dialog = JoinDialog(self._ctx, self)
        if self.run_join(dialog) and dialog.database is not None:
            emit(self.station_ready, dialog.database)  # the station on the server
        dialog.deleteLater()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        from precinct_app.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._ctx, None, parent=self)
        if self.run_restore(dialog):
            emit(self.station_ready, open_database(self._ctx.db_path))

    def _target(self, election_id: str) -> Path:
        if self._ctx.db_path_explicit:
            return self._ctx.db_path
        return default_db_path(election_id)

    def _create(self, election_id: str, build_on: ElectionPackage | None) -> None:
        from precinct_app.services import demo, setup

        path = self._target(election_id)
        for button in self._buttons():
            button.setEnabled(False)
        stage = self._stage = _Stage()
        self._show_stage()
        self.progress.show()
        self.progress_text.show()
        self._stage_timer.start()
        clock = self._ctx.clock

        def job(progress: ProgressFn, cancel: CancelFn) -> InitResult:
            def build(db: Database, final: Path) -> InitResult:
                if build_on is not None:
                    def reading(done: int, total: int) -> None:
                        # The rows are read first; the whole station is saved after the last.
                        stage.now = ("saving" if done >= total else "reading", done, total)
                        progress(done, total)

                    stage.now = ("reading", 0, 0)
                    return setup.init_station(db, clock, build_on, db_path=final,
                                              progress=reading, should_cancel=cancel)
                stage.now = ("demo", demo.DEFAULT_VOTERS, 0)
                return demo.build_demo(db, clock, db_path=final)

            # Built aside and renamed: a failed or killed set-up leaves no half-made station.
            return setup.create_aside(path, build)

        self._task = Task(job)  # no Qt parent: owned by this reference only
        self._task.succeeded.connect(lambda _result: self._on_created(path))
        self._task.failed.connect(self._on_task_failed)
        self._task.start()

    def _on_created(self, path: Path) -> None:
        if not self._ctx.db_path_explicit:
            remember_current(path)
        self._ctx.db_path = path
        # The window's screens are built next, on this thread: say so before it is busy.
        self._stage_timer.stop()
        self._stage.now = ("opening", 0, 0)
        self._show_stage()
        self.progress_text.repaint()
        emit(self.station_ready, open_database(path))

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self._stage_timer.stop()
        self.progress.hide()
        self.progress_text.hide()
        for button in self._buttons():
            button.setEnabled(True)
        self._show_problems([error_text(exc, self._ctx.lang)])

    def _show_problems(self, lines: list[str]) -> None:
        self.problems.setPlainText("\n".join(lines))
        self.problems.show()

    def load(self, path: Path) -> None:
        """Validate the package at ``path`` and create the station from it."""
        from precinct_app.services import package
        from precinct_app.services.package import PackageInvalid

        lang = self._ctx.lang
        try:
            loaded = package.load_package(path)
        except PackageInvalid as exc:
            self._show_problems([
                str(path),  # which package: the JSON paths below are inside it
                text(exc.code, lang, **exc.params),
                *(f"{p.path}: {text(p.code, lang, **p.params)}" for p in exc.problems),
            ])
            return
        self.problems.hide()
        self._create(loaded.election.id, loaded)

    @Slot()
    def _on_zip_button_clicked(self) -> None:
        path = self.ask_package(self, folder=False)
        if path is not None:
            self.load(path)

    @Slot()
    def _on_folder_button_clicked(self) -> None:
        path = self.ask_package(self, folder=True)
        if path is not None:
            self.load(path)

    @Slot()
    def _on_demo_button_clicked(self) -> None:
        from precinct_app.services import demo

        self._create("DEMO-" + demo.demo_election_id(), None)
