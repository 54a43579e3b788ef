"""Export: the signed results to a USB stick, written, read back and verified.

The removable volumes are listed (ui.volumes: QStorageInfo, with removability from
the operating system, which Qt does not know) with their free space; another folder
can be chosen. The write runs off the GUI thread; only a folder written, read back
and passing the whole of ``precinct verify`` on the stick is reported as "safe to
remove". Any failure leaves no folder under the final name and earlier exports
untouched, so the chair can simply try again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from precinct_app.messages import text
from precinct_app.services import export
from precinct_app.services.localize import grouped, in_language
from precinct_app.services.station import StationInfo, load_station
from precinct_app.services.volumes import Volume
from precinct_app.ui import volumes
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.lazy_refresh import LazyRefresh
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import error_text, run_op
from precinct_app.ui.signals import emit
from precinct_app.ui.tasks import CancelFn, ProgressFn, Task
from precinct_app.ui.turnout_screen import RowsModel


class ExportScreen(QWidget):
    """Where to write, who writes, whether it is preliminary; then write and verify."""

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.db is not None
        self._ctx = ctx
        self.station: StationInfo | None = None
        self.unsigned: list[str] = []
        # The one rule of when the results are exported (services.export), as last read.
        self.eligible: export.Eligibility | None = None
        self.volumes: list[Volume] = []
        self.chosen: Path | None = None  # a folder chosen by hand instead of a volume
        self.task: Task | None = None
        self.last_result: Any = None
        self._filling = False
        self._setup_ui()
        self._connect_signals()
        self.retranslate_ui()
        self._lazy.request()  # read when first shown

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.status = Banner("exportStatus", padding="4px 10px")
        layout.addWidget(self.status)
        self.volumes_caption = QLabel()
        layout.addWidget(self.volumes_caption)
        self.model = RowsModel(self, text_columns=frozenset({0, 1, 3}))  # label, folder, access
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(220)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton()
        self.folder_button = QPushButton()
        self.preliminary_check = QCheckBox()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preliminary_check)
        layout.addLayout(buttons)
        target_row = QHBoxLayout()
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        target_row.addWidget(self.target_label, 1)
        layout.addLayout(target_row)
        action = QHBoxLayout()
        self.member_caption = QLabel()
        self.member_combo = MemberCombo("export")
        self.export_button = QPushButton()
        self.export_button.setProperty("primary", True)
        action.addWidget(self.member_caption)
        action.addWidget(self.member_combo, 1)
        action.addWidget(self.export_button)
        layout.addLayout(action)
        self.banner = Banner("exportBanner", padding="8px 12px", hide_when_empty=True)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self._layout = layout

    def _connect_signals(self) -> None:
        self._lazy = LazyRefresh(self, self.refresh)
        self._ctx.bridge.data_changed.connect(self._on_bridge_data_changed)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.preliminary_check.toggled.connect(self._on_preliminary_toggled)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        QShortcut(QKeySequence("F5"), self, self._on_refresh_button_clicked)

    def add_section(self, widget: QWidget) -> None:
        """Another part of the screen, below the export (the backups)."""
        self._layout.insertWidget(self._layout.count() - 1, widget)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.heading.setText(self.tr("Export the results"))
        self.volumes_caption.setText(self.tr("Removable volumes (USB sticks):"))
        self.refresh_button.setText(self.tr("Look again (F5)"))
        self.folder_button.setText(self.tr("Another folder…"))
        self.preliminary_check.setText(self.tr("Preliminary (protocol not signed)"))
        self.preliminary_check.setToolTip(self.tr(
            "Every file and the folder name are marked PRELIMINARY"))
        self.member_caption.setText(self.tr("Exported by:"))
        self.export_button.setText(self.tr("Write and verify"))
        self.member_combo.retranslate(self._ctx.lang)
        self._fill_volumes()
        self._show()

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the station, the protocols and the volumes."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            self.eligible = export.may_export(session, preliminary=False)
        self.unsigned = list(self.eligible.unsigned)
        self.member_combo.fill(self.station.commission, self._ctx.lang,
                               self.member_combo.member_id)
        self.volumes = volumes.removable_volumes()
        self._fill_volumes()
        self._show()

    def megabytes(self, count: int) -> str:
        """Bytes as megabytes with one decimal and grouped thousands ("7 812,0 МБ")."""
        whole, tenth = divmod(round(count / 100_000), 10)
        return fill(self.tr("%1.%2 MB"), grouped(whole), str(tenth))

    def _fill_volumes(self) -> None:
        # A model reset clears the selection: keep the chosen row, without re-entering.
        rows = self.table.selectionModel().selectedRows()
        keep = rows[0].row() if rows else (0 if self.chosen is None else -1)
        headers = [self.tr("Label"), self.tr("Folder"), self.tr("Free"), self.tr("Access")]
        table = [[v.label or v.device, str(v.path), self.megabytes(v.free_bytes),
                  self.tr("read only") if v.read_only else self.tr("writable")]
                 for v in self.volumes]
        self._filling = True
        try:
            self.model.set_rows(headers, table)
            if 0 <= keep < len(self.volumes):
                self.table.selectRow(keep)
        finally:
            self._filling = False

    def target(self) -> Path | None:
        """Where the folder goes: the chosen volume, or the folder chosen by hand."""
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.volumes):
            return self.volumes[rows[0].row()].path
        return self.chosen

    def _show(self) -> None:
        if self.station is None or self.eligible is None:
            return
        # The final export's verdict says what the screen offers; the preliminary box asks
        # the same rule again for a preliminary one.
        phase_ok = self.eligible.code != "export_before_count"
        if not phase_ok:
            self.status.show_message("warn", self.tr(
                "The results are exported after the count: the station is not counting yet"))
        elif self.unsigned:
            self.status.show_message("warn", fill(self.tr(
                "Not signed yet: %1. Only a preliminary export is possible"), ", ".join(
                    in_language(c.title, self._ctx.lang) for c in self.station.contests
                    if c.id in self.unsigned)))
        else:
            self.status.show_message("ok", self.tr(
                "Every protocol is signed: the results can be exported"))
        target = self.target()
        self.target_label.setText(
            fill(self.tr("Will be written into: %1"), str(target)) if target else
            self.tr("Insert a USB stick and press F5, or choose another folder"))
        busy = self.task is not None and self.task.is_running()
        allowed = export.eligibility(self.eligible.phase, self.eligible.unsigned,
                                     preliminary=self.preliminary_check.isChecked()).allowed
        ready = allowed and target is not None and bool(self.member_combo.member_id)
        self.export_button.setEnabled(ready and not busy)

    # -- writing -----------------------------------------------------------------------------

    def start_export(self) -> bool:
        """Write the export in the background; False when it cannot start."""
        target, db = self.target(), self._ctx.db
        if target is None or db is None or not self.export_button.isEnabled():
            return False
        clock, db_path = self._ctx.clock, self._ctx.db_path
        preliminary = self.preliminary_check.isChecked()
        member = self.member_combo.member_id

        def job(_progress: ProgressFn, _cancel: CancelFn) -> Any:
            # As in the CLI: who and when first, then a short write transaction builds the
            # files (a due turnout snapshot or a new station key goes into the log the
            # export carries), then the stick is written outside it, so a slow stick never
            # locks the station.
            with db.transaction() as session:
                export.require_may_export(session, member, preliminary=preliminary)
                bundle = export.prepare(session, clock, db_path, preliminary=preliminary)
            return export.write(bundle, target)

        self.banner.show_message("warn", self.tr(
            "Writing… do not remove the stick"))
        self.task = Task(job)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.start()
        self._show()
        return True

    @Slot(object)
    def _on_task_succeeded(self, result: Any) -> None:
        member = self.member_combo.member_id
        refused: list[str] = []

        def record(session: Session) -> None:
            export.record_export(session, self._ctx.clock, member, result)

        run_op(self, self._ctx, record, on_error=refused.append)
        if refused:
            # Never "verified" over this: the folder is on the stick but the log does not
            # say so; the error stays until the member exports again.
            self.last_result = None
            message = text("export_not_recorded", self._ctx.lang, path=str(result.path),
                           reason=refused[0])
            self.banner.show_message("error", message)
            emit(self.action_done, message)
            self._show()
            return
        self.last_result = result
        message = fill(self.tr("Written and verified; safe to remove: %1"), str(result.path))
        self.banner.show_message("ok", message)
        emit(self.action_done, message)
        self._show()

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        message = error_text(error, self._ctx.lang)
        if not isinstance(error, export.ExportNotVerified):  # that one says what to do
            message += " " + self.tr(
                "Nothing was left under the final name; earlier exports are untouched. "
                "You can try again.")
        self.banner.show_message("error", message)
        self._show()

    # -- events ------------------------------------------------------------------------------

    @Slot()
    def _on_bridge_data_changed(self) -> None:
        self._lazy.request()

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    @Slot()
    def _on_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"))
        if folder:
            self.chosen = Path(folder)
            self.table.clearSelection()
            self._show()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.start_export()

    @Slot(bool)
    def _on_preliminary_toggled(self, _checked: bool) -> None:
        self._show()

    @Slot()
    def _on_selection_changed(self) -> None:
        if self._filling:
            return
        if self.table.selectionModel().selectedRows():
            self.chosen = None
        self._show()

