"""Verify an export folder, as the territorial commission does with a station's stick.

It needs no station database: services.verify reads only the folder. Each check is
one line with its mark and word; the expected station key and the code read off
the paper protocol can be given to pin them. The check runs off the GUI thread with a
Cancel button: a hostile stick (a FIFO, a huge file) never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.messages.verify_words import check_text, contest_names
from precinct_app.services import verify
from precinct_app.services.localize import grouped
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import error_text
from precinct_app.ui.tasks import CancelFn, ProgressFn, Task
from precinct_app.ui.turnout_screen import RowsModel

CHECKS_TAB, VALUES_TAB = 0, 1


class VerifyScreen(QWidget):
    """Folder, optional key and code; one line per check and the verdict."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.report: verify.VerifyReport | None = None
        self.offered: Path | None = None  # the folder the Export screen just wrote
        self._problem: Callable[[], str] | None = None  # why nothing was verified, worded now
        self.task: Task | None = None  # the verification running, if any
        self._setup_ui()
        self._connect_signals()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.browse_button = QPushButton()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.offer_hint = QLabel()  # says the folder filled in is the one just written
        self.offer_hint.setWordWrap(True)
        self.offer_hint.hide()
        layout.addWidget(self.offer_hint)
        form = QFormLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX")
        self.code_edit = QLineEdit()
        self.key_caption, self.code_caption = QLabel(), QLabel()
        form.addRow(self.key_caption, self.key_edit)
        form.addRow(self.code_caption, self.code_edit)
        layout.addLayout(form)
        self.verify_button = QPushButton()
        self.verify_button.setProperty("primary", True)
        self.cancel_button = QPushButton()  # shown while a verification runs
        self.cancel_button.hide()
        self.running = QLabel()
        self.running.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button, 1)
        buttons.addWidget(self.running)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.verdict = Banner("verifyVerdict", padding="8px 12px", hide_when_empty=True)
        layout.addWidget(self.verdict)
        self.tabs = QTabWidget()
        self.lines = QListWidget()
        self.tabs.addTab(self.lines, "")
        # The protocol as the stick carries it, to read off and compare with the paper.
        self.values_model = RowsModel(self, text_columns=frozenset({0, 2}))
        self.values = QTableView()
        self.values.setObjectName("verifyValues")
        self.values.setModel(self.values_model)
        self.values.verticalHeader().setVisible(False)
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.values, "")
        self.tabs.setTabEnabled(VALUES_TAB, False)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.folder_edit.returnPressed.connect(self._on_verify_button_clicked)
        self.folder_edit.textChanged.connect(self._on_folder_edit_text_changed)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.heading.setText(self.tr("Verify an export"))
        self.intro.setText(self.tr(
            "Checks a results folder from a station's stick: the signature, every file, the "
            "audit log, the protocol codes and the control ratios. No station database is "
            "needed."))
        self.folder_edit.setPlaceholderText(self.tr("The export folder (P164_…)"))
        self.code_edit.setPlaceholderText(self.tr(
            "XXXX-XXXX-XXXX-XXXX, or scan the protocol's QR code"))
        self.browse_button.setText(self.tr("Choose…"))
        self.key_caption.setText(self.tr("Station key (optional):"))
        self.code_caption.setText(self.tr("Code on the paper protocol (optional):"))
        self.verify_button.setText(self.tr("Verify"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.running.setText(self.tr("Verifying…"))
        self.tabs.setTabText(CHECKS_TAB, self.tr("Checks"))
        self.tabs.setTabText(VALUES_TAB, self.tr("Protocol values"))
        self.tabs.setTabToolTip(VALUES_TAB, self.tr(
            "The lines the stick carries, to compare with the paper protocol: shown once "
            "every check passes"))
        self.offer_hint.setText(self.tr(
            "The folder just written on the Export screen is filled in: press Verify to "
            "check it as the territorial commission will."))
        if self.report is not None:
            self._show(self.report)
        elif self._problem is not None:
            self.verdict.show_message("error", self._problem())

    def offer_folder(self, folder: Path) -> None:
        """The folder the Export screen just wrote: filled in, to verify with one click."""
        self.offered = folder
        if self.folder_edit.text().strip() != str(folder):
            self.folder_edit.setText(str(folder))  # forgets the report of another folder
        self.offer_hint.setVisible(True)
        self.verify_button.setFocus()

    def _forget(self) -> None:
        """No verdict: the folder changed, or it could not be verified at all."""
        self.report, self._problem = None, None
        self.lines.clear()
        self.verdict.clear_message()
        self.values_model.set_rows([], [])
        self.tabs.setTabEnabled(VALUES_TAB, False)
        self.tabs.setCurrentIndex(CHECKS_TAB)

    def _refuse(self, problem: Callable[[], str]) -> None:
        self._forget()
        self._problem = problem
        self.verdict.show_message("error", problem())

    def start_verify(self) -> bool:
        """Verify the folder typed or chosen off the GUI thread; False when not started.

        The report is shown when it comes; Cancel stops the check (no verdict).
        """
        folder = self.folder_edit.text().strip()
        if self.task is not None and self.task.is_running():
            return False
        if not folder:
            self._refuse(lambda: self.tr("Choose the export folder first"))
            return False
        key, code = self.key_edit.text().strip() or None, self.code_edit.text().strip() or None

        def job(_progress: ProgressFn, cancel: CancelFn) -> verify.VerifyReport:
            return verify.verify_folder(Path(folder), key=key, code=code, cancel=cancel)

        self._forget()
        self.task = Task(job)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.start()
        self._set_running(True)
        return True

    def run_verify(self) -> verify.VerifyReport | None:
        """Verify and wait for the verdict (events keep flowing); shows and returns the
        report, None when there is none (no folder, not a folder, cancelled)."""
        if not self.start_verify():
            return self.report
        loop = QEventLoop()
        task = self.task
        assert task is not None
        task.succeeded.connect(loop.quit)
        task.failed.connect(loop.quit)
        if task.is_running():
            loop.exec()
        return self.report

    def cancel_verify(self) -> None:
        """Stop the verification running at its next chunk; no verdict is shown."""
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def wait(self) -> None:
        """Stop a running verification and wait for it (the screen is closing)."""
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.task.wait()
            self._set_running(False)

    def _set_running(self, running: bool) -> None:
        for widget in (self.verify_button, self.browse_button, self.folder_edit,
                       self.key_edit, self.code_edit):
            widget.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.running.setVisible(running)

    @Slot(object)
    def _on_task_succeeded(self, report: verify.VerifyReport) -> None:
        self._set_running(False)
        self._problem = None
        self.report = report
        self._show(report)

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        # A hostile folder must not crash the screen: the error is worded, kept, and
        # worded again at a language switch.
        self._set_running(False)
        self._refuse(lambda: error_text(exc, self._ctx.lang))

    def _show(self, report: verify.VerifyReport) -> None:
        self.lines.clear()
        for check in report.checks:
            mark = "✔" if check.ok else "✕"
            QListWidgetItem(f"{mark}  {self._check_text(report, check)}", self.lines)
        failed = sum(1 for c in report.checks if not c.ok)
        first = report.main_failure()
        if first is not None:
            self.verdict.show_message("error", fill(self.tr(
                "NOT VERIFIED: %1 of %2 checks fail: %3"), str(failed), str(len(report.checks)),
                                                    self._check_text(report, first)))
        else:
            kinds = []
            if report.training:
                kinds.append(self.tr("a TRAINING export"))
            if report.preliminary:
                kinds.append(text("verify_word_preliminary", self._ctx.lang).upper())
            suffix = f" ({', '.join(kinds)})" if kinds else ""
            self.verdict.show_message("ok", fill(self.tr("Verified: all %1 checks pass"),
                                                 str(len(report.checks))) + suffix)
        self._show_values(report)

    def _show_values(self, report: verify.VerifyReport) -> None:
        """The lines of a verified export; nothing for one that failed (not to be read)."""
        lines = report.lines  # from the bytes just verified; none for a failed export
        lang = self._ctx.lang
        names = contest_names(report.contests, lang)
        self.values_model.set_rows(
            [self.tr("Contest"), text("word_no", lang), self.tr("Line"), self.tr("Value")],
            [[names.get(line.contest, line.contest), line.number,
              self._label(report, line, lang),
              "" if line.value is None else grouped(line.value)] for line in lines])
        header = self.values.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.setTabEnabled(VALUES_TAB, bool(lines))
        if not lines:
            self.tabs.setCurrentIndex(CHECKS_TAB)

    def _check_text(self, report: verify.VerifyReport, check: verify.VerifyCheck) -> str:
        """A check in the interface language, its data as words (not ids and fields)."""
        return check_text(check.code, check.params, self._ctx.lang, report.contests)

    @staticmethod
    def _label(report: verify.VerifyReport, line: verify.ExportedLine, lang: str) -> str:
        """The line's label in ``lang``: results.csv carries Kazakh and Russian; the form
        on the stick (results.json) has English too."""
        if lang == "kk":
            return line.label_kk
        if lang == "en":
            for contest in report.contests:
                form = contest.get("form") if contest.get("id") == line.contest else None
                for row in (form or {}).get("lines") or ():
                    label = row.get("label") if isinstance(row, dict) else None
                    if (str(row.get("number")) == line.number and isinstance(label, dict)
                            and isinstance(label.get("en"), str)):
                        return str(label["en"])
        return line.label_ru

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        start = self.folder_edit.text().strip()  # the stick's folder, if one is filled in
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export folder"), str(Path(start).parent) if start else "")
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        self.start_verify()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel_verify()

    @Slot(str)
    def _on_folder_edit_text_changed(self, folder: str) -> None:
        # A verdict belongs to the folder it was given for: never shown beside another.
        if self.report is not None or self._problem is not None:
            self._forget()
        self.offer_hint.setVisible(self.offered is not None
                                   and folder.strip() == str(self.offered))


class VerifyDialog(QDialog):
    """The check on its own, from the start screen of a laptop with no station on it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.checker = VerifyScreen(ctx, self)
        layout.addWidget(self.checker)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self.checker.wait)  # closed while verifying: stopped first
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.setWindowTitle(self.checker.heading.text())
        self.resize(1100, 660)
