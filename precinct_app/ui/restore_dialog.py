"""Carry on after a laptop dies: make a checked backup the station database.

Offered on start when the station database is missing or fails its integrity check,
and from the start screen of a new laptop ("Restore from a backup…"). Every backup
found is checked before it is listed; the restore itself (services.backup.restore)
checks again, keeps the replaced database aside and runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from precinct_app.db import default_db_path, remember_current
from precinct_app.messages import text
from precinct_app.messages.disk import loss_lines
from precinct_app.services import backup, desks
from precinct_app.services.backup import BackupCheck, BackupInfo, RestoreResult
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.header import phase_word
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import error_text
from precinct_app.ui.pin_dialog import pin_edit
from precinct_app.ui.sizes import scaled
from precinct_app.ui.tasks import CancelFn, ProgressFn, Task

_PATH_ROLE = Qt.ItemDataRole.UserRole


def backup_folders(ctx: AppContext) -> list[Path]:
    """Where this station's backups are looked for: the chosen location, then the default."""
    folders = [Path(ctx.settings.backup_dir)] if ctx.settings.backup_dir else []
    default = backup.default_backup_dir(ctx.db_path)
    return folders if default in folders else [*folders, default]


def find_backups(ctx: AppContext) -> list[BackupInfo]:
    """This station's backups in :func:`backup_folders`, checked, newest first."""
    found = [info for folder in backup_folders(ctx)
             for info in backup.list_backups(folder, ctx.db_path, check=True)]
    found.sort(key=lambda b: (b.stamp, b.seq), reverse=True)
    return found


class RestoreDialog(QDialog):
    """The backups found (checked), "Choose a backup file…", and Restore.

    ``problem`` is ``missing`` or ``damaged`` (the database at ``ctx.db_path``), or
    None when asked for from the start screen. After ``accept()``, ``restored`` holds
    the restore and ``ctx.db_path`` is the restored station database.
    """

    def __init__(self, ctx: AppContext, problem: str | None,
                 backups: list[BackupInfo] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._problem = problem
        self.restored: RestoreResult | None = None
        self._checks: dict[str, BackupCheck] = {}
        self.task: Task | None = None
        self._setup_ui()
        self.retranslate_ui()
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.backups.itemSelectionChanged.connect(self._on_selection_changed)
        for info in backups if backups is not None else find_backups(ctx):
            assert info.check is not None
            self._add(info.check)
        self._select_first_usable()

    def _setup_ui(self) -> None:
        self.setMinimumWidth(scaled(self, 760))
        layout = QVBoxLayout(self)
        self.problem = QLabel()
        self.problem.setObjectName("restoreProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.backups = QTreeWidget()
        self.backups.setRootIsDecorated(False)
        self.backups.setColumnCount(5)
        self.backups.setMinimumHeight(220)
        layout.addWidget(self.backups, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        chair_row = QHBoxLayout()
        self.chair_label = QLabel()
        self.chair = MemberCombo("restore", choose=True)  # only the chair: the backup's commission
        self.chair_label.setBuddy(self.chair)
        chair_row.addWidget(self.chair_label)
        chair_row.addWidget(self.chair, 1)
        self.pin_label = QLabel()
        self.chair_pin = pin_edit("restoreChairPin")  # docs/formats.md §7: the chair's PIN
        self.chair_pin.setMaximumWidth(140)
        self.pin_label.setBuddy(self.chair_pin)
        chair_row.addWidget(self.pin_label)
        chair_row.addWidget(self.chair_pin)
        layout.addLayout(chair_row)
        self.banner = Banner("restoreBanner", padding="4px 10px", hide_when_empty=True)
        layout.addWidget(self.banner)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        self.file_button = QPushButton()
        row.addWidget(self.file_button)
        row.addStretch(1)
        self.cancel_button = QPushButton()
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("primary")
        self.restore_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(self.tr("Restore the station from a backup"))
        where = str(self._ctx.db_path)
        if self._problem == "missing":
            said = fill(self.tr("The station database %1 is missing. Choose the newest sound "
                           "backup to carry on where it was taken."), where)
        elif self._problem == "damaged":
            said = fill(self.tr("The station database %1 failed its integrity check. It will be "
                           "kept aside, not deleted. Choose the newest sound backup to carry "
                           "on where it was taken."), where)
        else:
            said = self.tr("Choose a backup of the station, from the backup stick or a second "
                           "disk.")
        self.problem.setText(said)
        self.backups.setHeaderLabels([self.tr("Taken at"), self.tr("Phase"),
                                      self.tr("Last event"), self.tr("Check"), self.tr("File")])
        self.chair_label.setText(self.tr("Chair, who decides:"))
        self.pin_label.setText(self.tr("Chair's PIN:"))
        self.chair.retranslate(self._ctx.lang)
        self.file_button.setText(self.tr("Choose a backup file…"))
        self.restore_button.setText(self.tr("Restore"))
        self.cancel_button.setText(self.tr("Quit") if self._problem == "damaged"
                                   else self.tr("Cancel"))
        self._on_selection_changed()

    def _add(self, check: BackupCheck) -> QTreeWidgetItem:
        for index in range(self.backups.topLevelItemCount()):  # chosen twice: listed once
            item = self.backups.topLevelItem(index)
            if item is not None and item.data(0, _PATH_ROLE) == str(check.path):
                return item
        item = QTreeWidgetItem([
            self._taken(check.path), phase_word(check.phase, self._ctx.lang) if check.ok else "",
            (f"{check.audit_seq} · {check.last_event_local()}" if check.ok else ""),
            self.tr("sound") if check.ok else self.tr("NOT USABLE"), check.path.name,
        ])
        item.setData(0, _PATH_ROLE, str(check.path))
        self._checks[str(check.path)] = check
        item.setToolTip(3, self.problem_text(check))
        item.setToolTip(4, str(check.path))
        if not check.ok:
            item.setForeground(3, QColor(palette.ERROR_TEXT))  # the red of every error
        self.backups.addTopLevelItem(item)
        for column in range(4):
            self.backups.resizeColumnToContents(column)
        return item

    def problem_text(self, check: BackupCheck) -> str:
        """Why a backup cannot be used, in the user's language ("" when it can)."""
        if check.ok:
            return ""
        problem = backup.BackupError(check.code or "backup_damaged", **check.params)
        return error_text(problem, self._ctx.lang)

    def _taken(self, path: Path) -> str:
        """When the backup was taken, as the commission reads it (``06.10 09:30``)."""
        taken = backup.taken_in_name(path)
        return taken.strftime("%d.%m %H:%M") if taken is not None else ""

    def _select_first_usable(self) -> None:
        for index in range(self.backups.topLevelItemCount()):
            item = self.backups.topLevelItem(index)
            if item is not None and self._checks[item.data(0, _PATH_ROLE)].ok:
                self.backups.setCurrentItem(item)
                return
        self._on_selection_changed()

    def selected(self) -> BackupCheck | None:
        """The chosen backup's check, when it passed."""
        items = self.backups.selectedItems()
        check = self._checks.get(items[0].data(0, _PATH_ROLE)) if items else None
        return check if check is not None and check.ok else None

    @Slot()
    def _on_selection_changed(self) -> None:
        running = self.task is not None and self.task.is_running()
        items = self.backups.selectedItems()
        check = self._checks.get(items[0].data(0, _PATH_ROLE)) if items else None
        commission = backup.backup_commission(check.path) if check and check.ok else ()
        self.chair.fill(commission, self._ctx.lang)
        self.restore_button.setEnabled(
            self.selected() is not None and bool(self.chair.member_id) and not running)
        if check is not None:
            said = fill(self.tr(
                "%1: taken in phase “%2”; its last audit event is No. %3 at %4. Ballots "
                "issued after it are not in it: take them from the paper list."),
                str(check.path), phase_word(check.phase, self._ctx.lang), str(check.audit_seq),
                check.last_event_local())
            self.details.setText(self.problem_text(check) or said)
        elif self.backups.topLevelItemCount() == 0 and self._problem is not None:
            self.details.setText(fill(self.tr("No backup of this station was found in: %1"),
                                      ", ".join(str(f) for f in backup_folders(self._ctx))))
        else:
            self.details.setText("")

    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        """A backup file chosen in the system's dialog (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            parent, parent.tr("Backup file"), "", "SQLite (*.sqlite3);;* (*)")
        return Path(name) if name else None

    def add_file(self, path: Path) -> bool:
        """Check ``path`` and list it (selected when sound); False when it is not usable."""
        check = backup.check_backup(path)
        item = self._add(check)
        self.backups.setCurrentItem(item)
        if not check.ok:
            self.banner.show_message("error", self.problem_text(check))
        else:
            self.banner.clear_message()
        return check.ok

    @Slot()
    def _on_file_button_clicked(self) -> None:
        path = self.ask_file(self)
        if path is not None:
            self.add_file(path)

    def target(self, check: BackupCheck) -> Path:
        """Where the restored station goes: the damaged or lost database, or a new one."""
        ctx = self._ctx
        if ctx.db_path_explicit or self._problem is not None or ctx.db_path.exists():
            return ctx.db_path
        return default_db_path(check.election_id)

    def restore_selected(self) -> bool:
        """Restore the selected backup off the GUI thread; False when none is selected."""
        chosen = self.selected()
        if chosen is None or (self.task is not None and self.task.is_running()):
            return False
        source, target, clock = chosen.path, self.target(chosen), self._ctx.clock
        member, chair = self.chair.member_id, self.chair.member
        pin = self.chair_pin.text()
        self.chair_pin.clear()
        if chair is None or not desks.backup_pin_matches(source, member, pin):
            # Checked against the backup: the station being replaced may be lost.
            self.banner.show_message("error", text("desk_restore_pin_wrong", self._ctx.lang,
                                                   name=chair.name if chair else member))
            self.chair_pin.setFocus()
            return False
        if target.exists():  # something is replaced: show what the backup lacks, ask
            loss = backup.restore_loss(chosen, target)
            question = "\n".join([*loss_lines(loss, self._ctx.lang),
                                  "", text("restore_question_window", self._ctx.lang)])
            if not self.confirm(question):
                return False

        def job(_progress: ProgressFn, cancel: CancelFn) -> RestoreResult:
            return backup.restore(source, target, member=member, clock=clock, cancel=cancel)

        self.task = Task(job)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.start()
        self.progress.show()
        self.banner.clear_message()
        for button in (self.restore_button, self.file_button):
            button.setEnabled(False)
        return True

    def confirm(self, question: str) -> bool:
        """Ask the chair before the station's records are replaced (tests replace this)."""
        answer = QMessageBox.question(
            self, self.windowTitle(), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        """While a restore runs, Cancel (or Esc) stops it before the files are swapped:
        the station database stays as it was, and no half-made file is left."""
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.cancel_button.setEnabled(False)  # once: the failure handler re-enables it
            return
        super().reject()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        self.restore_selected()

    @Slot(object)
    def _on_task_succeeded(self, result: RestoreResult) -> None:
        self.progress.hide()
        self.restored = result
        if not self._ctx.db_path_explicit:
            remember_current(result.db_path)
        self._ctx.db_path = result.db_path
        self.accept()

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.banner.show_message("error", error_text(exc, self._ctx.lang))
        self.file_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self._on_selection_changed()
