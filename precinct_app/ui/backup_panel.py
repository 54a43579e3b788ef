"""Backups while the station runs: every N minutes and at every phase change.

:class:`BackupScheduler` lives in the main window and takes the backups off the GUI
thread (services.backup: the SQLite backup API, checked, renamed into place).
:class:`BackupPanel` shows where they go, the last one, and lets the chair take one
now or choose another location (a stick or a second disk: never the live disk alone).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from precinct_app.services import backup, laptop, server_backup
from precinct_app.services.errors import DomainError
from precinct_app.services.localize import clock_text
from precinct_app.services.station import load_station
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import error_text
from precinct_app.ui.signals import emit
from precinct_app.ui.tasks import CancelFn, ProgressFn, Task

PHASE_WATCH_MS = 15_000  # how soon the server laptop sees a phase changed at a desk
# Tasks under way, kept alive even if their window goes first: Qt aborts the process
# when a QThread is destroyed while it runs.
_RUNNING: set[Task] = set()


def station_laptop(ctx: AppContext) -> laptop.Laptop | None:
    """This laptop's place when the station lives on the station server, else None."""
    if ctx.db is None or not ctx.db.shared:
        return None
    try:
        return laptop.load()
    except DomainError:
        return None


def backup_dir(ctx: AppContext) -> Path:
    """The chosen backup folder, or the one beside the database (the server's data folder)."""
    chosen = ctx.settings.backup_dir
    if chosen:
        return Path(chosen)
    here = station_laptop(ctx)
    if here is not None and here.role == laptop.SERVER:
        return server_backup.default_dir(here, ctx.db_path)
    return backup.default_backup_dir(ctx.db_path)


def desk_note(ctx: AppContext) -> str:
    """On a desk of the station server: why it takes no backups ("" elsewhere)."""
    here = station_laptop(ctx)
    if here is None or here.role == laptop.SERVER:
        return ""
    return error_text(backup.BackupError("server_backup_on_desk", role=here.role), ctx.lang)


class BackupScheduler(QObject):
    """Takes a backup on its timer, at each phase change and on demand; one at a time.

    Signals:
        finished(str): a message for the status line (done or failed, worded).
    """

    finished = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.last: backup.BackupResult | None = None
        self.last_error = ""
        self._pending: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(ctx.settings.backup_minutes * 60_000)
        self.timer.timeout.connect(self._on_timer_timeout)
        # On the server laptop a desk may change the phase (the chair opens voting at
        # desk 1): the server still takes the milestone backup when it sees the new phase.
        self.phase_watch = QTimer(self)
        self.phase_watch.setInterval(PHASE_WATCH_MS)
        self.phase_watch.timeout.connect(self._on_phase_watch_timeout)
        self._seen_phase: str | None = None

    def start(self) -> None:
        """Start the timed backups."""
        self.timer.start()
        here = station_laptop(self._ctx)
        if here is not None and here.role == laptop.SERVER:
            self._seen_phase = self._phase()
            self.phase_watch.start()

    def _phase(self) -> str | None:
        if self._ctx.db is None:
            return None
        try:
            with self._ctx.db.reading() as session:
                return load_station(session).phase
        except (DomainError, SQLAlchemyError):
            return None  # the server not answering: the header says so, not this

    @Slot()
    def _on_phase_watch_timeout(self) -> None:
        phase = self._phase()
        if phase is not None and phase != self._seen_phase:
            self.request(f"{backup.PHASE_PREFIX}{phase}")

    def request(self, reason: str) -> bool:
        """Take a backup now (or right after the one running); False if none can start."""
        if self._ctx.db is None:
            return False
        if reason.startswith(backup.PHASE_PREFIX):  # this phase's milestone is on its way
            self._seen_phase = reason[len(backup.PHASE_PREFIX):]
        if self.task is not None and self.task.is_running():
            self._pending = reason
            return True
        here = station_laptop(self._ctx)
        if here is not None and here.role != laptop.SERVER:
            return False  # a desk: the server laptop takes the station's backups
        db_path, dest, clock = self._ctx.db_path, backup_dir(self._ctx), self._ctx.clock

        def job(_progress: ProgressFn, _cancel: CancelFn) -> Any:
            if here is not None:  # the server laptop: a checked pg_dump
                target = server_backup.target_for(here)
                return server_backup.backup_now(target, dest, clock, reason=reason)
            return backup.backup_now(db_path, dest, clock, reason=reason)

        task = self.task = Task(job)
        _RUNNING.add(task)
        task.succeeded.connect(lambda _r: _RUNNING.discard(task))
        task.failed.connect(lambda _e: _RUNNING.discard(task))
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.start()
        return True

    def _timezone(self) -> str:
        if self._ctx.db is None:
            return "UTC"
        with self._ctx.db.reading() as session:
            return load_station(session).timezone

    def wait(self) -> None:
        """Let a running backup finish (the window is closing)."""
        if self.task is not None and self.task.is_running():
            self.task.wait()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.request("timer")

    @Slot(object)
    def _on_task_succeeded(self, result: Any) -> None:
        self.last, self.last_error = result, ""
        at = clock_text(result.taken_at, self._timezone())
        emit(self.finished, fill(self.tr("Backup written at %1: %2"), at, str(result.path)))
        self._next()

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self.last_error = error_text(error, self._ctx.lang)
        emit(self.finished, fill(self.tr("Backup FAILED: %1"), self.last_error))
        self._next()

    def _next(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.request(pending)


class BackupPanel(QGroupBox):
    """Where the backups go, the last one, "Back up now" and "Change location…"."""

    def __init__(self, ctx: AppContext, scheduler: BackupScheduler,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.scheduler = scheduler
        # A paper list that could not be saved: said until the member saves one, however
        # many backups finish meanwhile (an error is never covered by a later success).
        self.paper_problem = ""
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.banner = Banner("backupBanner", padding="4px 10px", hide_when_empty=True)
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        self.now_button = QPushButton()
        self.change_button = QPushButton()
        self.paper_button = QPushButton()
        row.addWidget(self.now_button)
        row.addWidget(self.change_button)
        row.addWidget(self.paper_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.now_button.clicked.connect(self._on_now_button_clicked)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.paper_button.clicked.connect(self._on_paper_button_clicked)
        scheduler.finished.connect(self._on_scheduler_finished)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.setTitle(self.tr("Backups"))
        self.now_button.setText(self.tr("Back up now"))
        self.change_button.setText(self.tr("Change location…"))
        self.paper_button.setText(self.tr("Paper list (PDF)…"))
        self.paper_button.setToolTip(self.tr(
            "The voter list with every issuance mark, to carry on by hand if this laptop fails"))
        self.show_state()

    def show_state(self) -> None:
        """The location, the schedule and the last result."""
        note = desk_note(self._ctx)
        self.now_button.setVisible(not note)
        self.change_button.setVisible(not note)
        if note:
            self.where.setText(note)
            self.banner.clear_message()
            return
        self.where.setText(fill(
            self.tr("Every %1 minutes and at every phase change, into: %2"),
            str(self._ctx.settings.backup_minutes), str(backup_dir(self._ctx))))
        last = "" if self.scheduler.last is None else fill(self.tr("Last backup: %1"),
                                                           self.scheduler.last.path.name)
        problems = [p for p in (self.scheduler.last_error, self.paper_problem) if p]
        if problems:
            self.banner.show_message("error", "\n".join(problems))
        elif not self._ctx.settings.backup_dir:
            # The default folder is on the station's own disk: lost with it.
            self.banner.show_message("warn", " ".join(filter(None, (self.tr(
                "The backups are on this laptop's own disk: choose a stick or a second disk "
                "with “Change location…”."), last))))
        elif last:
            self.banner.show_message("ok", last)
        else:
            self.banner.clear_message()

    @Slot()
    def _on_now_button_clicked(self) -> None:
        self.scheduler.request("manual")

    @Slot()
    def _on_change_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup location"),
                                                  str(backup_dir(self._ctx)))
        if folder:
            self._ctx.settings.backup_dir = folder
            self.show_state()

    @classmethod
    def ask_path(cls, parent: QWidget, title: str, suggested: str) -> str:
        """Where to save the paper list (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
        return path

    def save_paper_list(self, path: str) -> bool:
        """Write the paper fallback list to ``path``; report in place."""
        from precinct_app.services import paper_list  # ReportLab: on use, not at start-up
        from precinct_app.services.pdf_common import save_pdf

        assert self._ctx.db is not None
        try:
            with self._ctx.db.reading() as session:
                data = paper_list.build(session, self._ctx.clock, "kk+ru")
            saved = save_pdf(Path(path), data)
        except (DomainError, OSError) as exc:
            self.paper_problem = error_text(exc, self._ctx.lang)
            self.show_state()
            return False
        self.paper_problem = ""
        self.banner.show_message("ok", fill(self.tr("Paper list saved: %1"), str(saved)))
        return True

    @Slot()
    def _on_paper_button_clicked(self) -> None:
        from precinct_app.services import paper_list  # ReportLab: on use, not at start-up

        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            name = paper_list.default_file_name(load_station(session), self._ctx.clock)
        path = self.ask_path(self, self.tr("Save the paper list"),
                             str(backup_dir(self._ctx).parent / name))
        if path:
            self.save_paper_list(path)

    @Slot(str)
    def _on_scheduler_finished(self, _message: str) -> None:
        self.show_state()
