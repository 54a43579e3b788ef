"""Import the voter list: read in the background, preview, write only when confirmed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text
from precinct_app.services import voter_import
from precinct_app.services.voter_import import COLUMNS, ImportCancelled, ImportPreview
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import error_text
from precinct_app.ui.signals import emit
from precinct_app.ui.tasks import CancelFn, ProgressFn, Task

_Index = QModelIndex | QPersistentModelIndex


class RejectedModel(QAbstractTableModel):
    """Rejected rows: line, reason in the user's language, then the row's fields."""

    def __init__(self, preview: ImportPreview, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = preview.rejected
        self._lang = lang

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per rejected line."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Line, reason, then the file's columns."""
        return 0 if parent.isValid() else 2 + len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            return str(row.line)
        if index.column() == 1:
            return text(row.reason, self._lang, **row.params)
        return row.fields.get(COLUMNS[index.column() - 2], "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Line, Reason, and the column names in the user's language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Line")
        if section == 1:
            return capitalized("word_reason", self._lang)
        if 0 <= section - 2 < len(COLUMNS):
            return text(f"column_{COLUMNS[section - 2]}", self._lang)
        return None


class ImportDialog(QDialog):
    """Choose a file, see what would be imported and rejected, then confirm."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._path = path
        self._preview: ImportPreview | None = None
        self._task: Task | None = None
        self._finished_tasks: list[Task] = []  # kept until the dialog goes
        self.imported = 0
        self._setup_ui()
        self._connect_signals()
        self._start_preview()

    @classmethod
    def ask_file(cls, parent: QWidget | None) -> Path | None:
        """The file to import, from the system's file dialog (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Choose the voter list"),
            "",
            "CSV, XLSX (*.csv *.txt *.xlsx);;* (*)",
        )
        return Path(name) if name else None

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Import the voter list"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        self.summary = QLabel(fill(self.tr("Reading %1…"), self._path.name))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.rejected_label = QLabel()
        layout.addWidget(self.rejected_label)
        self.rejected_view = QTableView()
        self.rejected_view.verticalHeader().setVisible(False)
        self.rejected_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.rejected_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.import_button.setText(self.tr("Import"))

    def _connect_signals(self) -> None:
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def _run(self, job: Any, done: Any) -> None:
        # No Qt parent: the task's lifetime is this Python reference alone, so the
        # C++ object can never be deleted behind its Python wrapper.
        self._task = Task(job)
        self._finished_tasks.append(self._task)
        self._task.progressed.connect(self._on_task_progressed)
        self._task.succeeded.connect(done)
        self._task.failed.connect(self._on_task_failed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._task.start()

    def _start_preview(self) -> None:
        assert self._ctx.db is not None
        db = self._ctx.db

        def job(progress: ProgressFn, cancel: CancelFn) -> ImportPreview:
            with db.reading() as session:
                return voter_import.preview_import(
                    session, self._path, progress=progress, should_cancel=cancel
                )

        self._run(job, self._on_preview_ready)

    @Slot(int, int)
    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    @Slot(object)
    def _on_preview_ready(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.progress.hide()
        lang = self._ctx.lang
        if preview.file_format == "xlsx":
            where = text("import_summary_xlsx", lang, file=preview.source)
        else:
            delimiter = {",": "','", ";": "';'", "\t": "Tab"}.get(preview.delimiter or "", "?")
            where = text("import_summary_file", lang, file=preview.source, format="CSV",
                         encoding=preview.encoding, delimiter=delimiter)
        counts = text("import_summary_counts", lang, rows=preview.rows,
                      accepted=len(preview.accepted), rejected=len(preview.rejected))
        lines = [where, counts]
        if preview.ignored_columns:
            lines.append(text("import_summary_ignored", lang,
                              columns=", ".join(preview.ignored_columns)))
        lines.append(self.tr("Nothing has been written yet."))
        self.summary.setText("\n".join(lines))
        self.rejected_view.setModel(RejectedModel(preview, lang, self))
        self.rejected_label.setText(
            self.tr("Rejected rows (%n)", "", len(preview.rejected)) if preview.rejected
            else self.tr("No rows were rejected.")
        )
        self.import_button.setText(self.tr("Import %n voter(s)", "", len(preview.accepted)))
        self.import_button.setEnabled(bool(preview.accepted))

    @Slot()
    def _on_import_button_clicked(self) -> None:
        assert self._ctx.db is not None and self._preview is not None
        db, clock, preview = self._ctx.db, self._ctx.clock, self._preview
        self.import_button.setEnabled(False)

        def job(progress: ProgressFn, cancel: CancelFn) -> int:
            with db.transaction() as session:
                result = voter_import.apply_import(
                    session, clock, preview, progress=progress, should_cancel=cancel
                )
            return result.imported

        self._run(job, self._on_import_done)

    @Slot(object)
    def _on_import_done(self, imported: int) -> None:
        self.imported = imported
        self._task = None
        emit(self._ctx.bridge.data_changed)
        self.accept()

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self._task = None
        self.progress.hide()
        if isinstance(exc, ImportCancelled):
            self.reject()
            return
        self.summary.setText(error_text(exc, self._ctx.lang))
        self.import_button.setEnabled(False)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()  # the task reports ImportCancelled; the dialog then closes
            return
        self.reject()

    def done(self, result: int) -> None:
        """Closing waits for a running task (after asking it to stop): nothing half-done."""
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._task.wait()
            self._task = None
        super().done(result)
