"""About Precinct (docs/screens.md §19): the build id to compare with the published one, what
kind of software this is, where its data lives, a check of the installation's files and
the printer test page.

Not modal: IT staff keep it beside the window while they compare ids or switch the
language. The check and the PDF run off the GUI thread (``ui/tasks.py``); a bundle's
check hashes a few hundred megabytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QEvent, Qt, Slot, qVersion
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from precinct_app.messages import text
from precinct_app.services import about, build_id
from precinct_app.services.build_id import BuildInfo, CheckResult
from precinct_app.services.errors import DomainError
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import error_text
from precinct_app.ui.tasks import CancelFn, ProgressFn, Task

if TYPE_CHECKING:  # ReportLab is imported when a page is made, not when About opens
    from precinct_app.services.print_test_pdf import PageFacts

# The printed layouts, as the other PDFs offer them (ui/turnout_screen.PDF_LANGUAGES).
PDF_LANGUAGES = (("kk+ru", "Қазақша + Русский"), ("kk", "Қазақша"), ("ru", "Русский"),
                 ("en", "English"))
PAGE_BORDER = 9.5 / 25.4 * 72  # points: the test page draws nothing this near its edges
_SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
               | Qt.TextInteractionFlag.TextSelectableByKeyboard)


class AboutDialog(QDialog):
    """Version, build id, kind, folders, versions, fonts' licence; the check; the test page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.build: BuildInfo = build_id.current()
        self.facts = about.facts(self.build, ctx.db_path)
        self.check_result: CheckResult | None = None
        self._check_failure: BaseException | None = None
        self._check_task: Task | None = None
        self._pdf_task: Task | None = None
        self._pdf_said: tuple[str, str, str] | None = None  # (kind, what, path or detail)
        self._setup_ui()
        self._connect_signals()
        self.retranslate_ui()

    # -- tests replace these ----------------------------------------------------------------

    @classmethod
    def ask_printer(cls, parent: QWidget) -> QPrinter | None:
        """The system's print dialog on A4 (a ``QPrinter``, or None when cancelled)."""
        from precinct_app.ui.protocol_print import ask_printer

        return ask_printer(parent, False)

    @classmethod
    def ask_path(cls, parent: QWidget, title: str, suggested: str) -> str:
        """Where to save the test page ('' when cancelled)."""
        path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
        return path

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setObjectName("aboutDialog")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.name_label = QLabel(f"Precinct {self.build.version}")
        self.name_label.setObjectName("aboutName")
        big = QFont(self.name_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.name_label.setFont(big)
        self.build_caption = QLabel()
        self.build_label = QLabel(self.build.build_id)
        self.build_label.setObjectName("aboutBuildId")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 2.2)
        mono.setBold(True)
        mono.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 105)
        self.build_label.setFont(mono)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("aboutKind")
        colour = palette.OK_TEXT if about.official(self.build) else palette.WARN_TEXT
        self.kind_label.setStyleSheet(f"#aboutKind {{ color: {colour}; font-weight: bold; }}")
        self.compare_label = QLabel()
        for label in (self.name_label, self.build_label, self.kind_label):
            label.setTextInteractionFlags(_SELECTABLE)
        for label in (self.kind_label, self.compare_label):
            label.setWordWrap(True)
        for widget in (self.name_label, self.build_caption, self.build_label, self.kind_label,
                       self.compare_label):
            layout.addWidget(widget)
        details = QFormLayout()
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.detail_captions: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        for key in ("data", "database", "python", "qt", "fonts"):
            caption, value = QLabel(), QLabel()
            value.setObjectName(f"about_{key}")
            value.setTextInteractionFlags(_SELECTABLE)
            value.setWordWrap(True)
            self.detail_captions[key], self.details[key] = caption, value
            details.addRow(caption, value)
        layout.addSpacing(8)
        layout.addLayout(details)
        layout.addSpacing(8)
        check_row = QHBoxLayout()
        self.check_button = QPushButton()
        self.check_button.setObjectName("aboutCheck")
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        layout.addLayout(check_row)
        self.check_banner = Banner("aboutCheckResult", hide_when_empty=True)
        self.check_banner.setTextInteractionFlags(_SELECTABLE)
        layout.addWidget(self.check_banner)
        print_row = QHBoxLayout()
        self.lang_caption = QLabel()
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("aboutTestLanguage")
        for code, name in PDF_LANGUAGES:
            self.lang_combo.addItem(name, code)
        self.lang_caption.setBuddy(self.lang_combo)
        self.print_button = QPushButton()
        self.print_button.setObjectName("aboutPrintTest")
        self.save_button = QPushButton()
        self.save_button.setObjectName("aboutSaveTest")
        for item in (self.lang_caption, self.lang_combo, self.print_button, self.save_button):
            print_row.addWidget(item)
        print_row.addStretch(1)
        layout.addLayout(print_row)
        self.pdf_banner = Banner("aboutPrintResult", hide_when_empty=True)
        self.pdf_banner.setTextInteractionFlags(_SELECTABLE)
        layout.addWidget(self.pdf_banner)
        layout.addStretch(1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        close_row.addWidget(self.close_button)
        layout.addLayout(close_row)
        self.resize(860, 640)

    def _connect_signals(self) -> None:
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.close)

    def changeEvent(self, event: QEvent) -> None:
        """Words again at a language switch (About may stay open meanwhile)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        lang, facts = self._ctx.lang, self.facts
        self.setWindowTitle(self.tr("About Precinct"))
        self.build_caption.setText(self.tr("Build id:"))
        self.build_label.setToolTip(self.tr(
            "Compare it, group by group, with the build id the higher commission published"))
        # Not official: amber and a mark, as every state is shown in words and colour.
        official = about.official(self.build)
        self.kind_label.setText(("✔  " if official else "■  ") + about.kind_text(self.build, lang))
        self.compare_label.setText(self.tr(
            "The same id is printed at the foot of every protocol and report page. It must "
            "match the id the higher commission published for this election."))
        captions = {"data": self.tr("Data folder:"), "database": self.tr("Station database:"),
                    "python": "Python:", "qt": "Qt:", "fonts": self.tr("Fonts:")}
        for key, caption in captions.items():
            self.detail_captions[key].setText(caption)
        self.details["data"].setText(str(facts.data_folder))
        self.details["database"].setText(self._database_text())
        self.details["python"].setText(facts.python)
        self.details["qt"].setText(fill(self.tr("Qt %1, PySide6 %2"), qVersion(),
                                        PySide6.__version__))
        self.details["fonts"].setText(f"{facts.fonts} — {facts.fonts_licence}")
        self.check_button.setText(self.tr("Check the installation's files"))
        self.check_button.setToolTip(self.tr(
            "Hash every file again and compare it with the build id (a few seconds)"))
        self.lang_caption.setText(self.tr("Test page layout:"))
        self.print_button.setText(self.tr("Print a test page…"))
        self.print_button.setToolTip(self.tr(
            "Alphabets, 100 mm rulers, corner marks, a QR code: check the printer before "
            "election day"))
        self.save_button.setText(self.tr("Save the test page as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self._show_check()
        self._show_pdf()

    def _database_text(self) -> str:
        db = self._ctx.db
        if db is not None and db.shared:
            return self.tr("on the station server")
        if not self._ctx.db_path.exists():
            return fill(self.tr("%1 (no station yet)"), str(self._ctx.db_path))
        return str(self._ctx.db_path)

    # -- the check of the files -------------------------------------------------------------

    @Slot()
    def _on_check_button_clicked(self) -> None:
        if self._check_task is not None and self._check_task.is_running():
            return
        self.check_result, self._check_failure = None, None
        self.check_button.setEnabled(False)
        self._show_check()
        build = self.build

        def job(_progress: ProgressFn, _cancel: CancelFn) -> CheckResult:
            return build_id.check(build)

        self._check_task = Task(job)
        self._check_task.succeeded.connect(self._on_check_succeeded)
        self._check_task.failed.connect(self._on_check_failed)
        self._check_task.start()

    @Slot(object)
    def _on_check_succeeded(self, result: object) -> None:
        assert isinstance(result, CheckResult)
        self.check_result = result
        self.check_button.setEnabled(True)
        self._show_check()

    @Slot(object)
    def _on_check_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._check_failure = exc
        self.check_button.setEnabled(True)
        self._show_check()

    def checking(self) -> bool:
        """True while the files are being hashed."""
        return self._check_task is not None and self._check_task.is_running()

    def _show_check(self) -> None:
        lang = self._ctx.lang
        if self.checking():
            self.check_banner.show_text("warn", self.tr("Checking the files…"))
        elif self._check_failure is not None:
            self.check_banner.show_message("error", text(
                "about_check_error", lang, detail=error_text(self._check_failure, lang)))
        elif self.check_result is not None:
            ok = self.check_result.intact
            self.check_banner.show_message(
                "ok" if ok else "error", "\n".join(about.check_lines(self.check_result, lang)))
        else:
            self.check_banner.clear_message()

    # -- the printer test page --------------------------------------------------------------

    @Slot()
    def _on_print_button_clicked(self) -> None:
        self._make_pdf("print")

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self._make_pdf("save")

    def _page(self) -> PageFacts:
        from precinct_app.services import print_test_pdf
        from precinct_app.services.station import has_station, load_station

        clock = self._ctx.clock.snapshot()
        db = self._ctx.db
        station = None
        if db is not None and not self._ctx.server_lost:
            try:
                with db.reading() as session:
                    station = load_station(session) if has_station(session) else None
            except (SQLAlchemyError, DomainError):
                station = None  # the printer is what is tested: the page without the station
            if station is not None:
                return print_test_pdf.PageFacts(self.build, clock.local(station.timezone),
                                                station, station.training(clock))
        return print_test_pdf.PageFacts(self.build, clock.now_utc().astimezone())

    def _make_pdf(self, purpose: str) -> None:
        from precinct_app.services import print_test_pdf  # ReportLab: on use

        if self._pdf_task is not None and self._pdf_task.is_running():
            return
        page = self._page()
        lang = str(self.lang_combo.currentData())

        def job(_progress: ProgressFn, _cancel: CancelFn) -> bytes:
            return print_test_pdf.build(page, lang)

        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self._pdf_task = Task(job)
        self._pdf_task.succeeded.connect(
            lambda pdf: self._on_pdf_ready(purpose, pdf, print_test_pdf.default_name(self.build)))
        self._pdf_task.failed.connect(self._on_pdf_failed)
        self._pdf_task.start()

    def busy(self) -> bool:
        """True while the test page is being made."""
        return self._pdf_task is not None and self._pdf_task.is_running()

    def _on_pdf_ready(self, purpose: str, pdf: object, name: str) -> None:
        from precinct_app.services.pdf_common import pdf_target, save_pdf
        from precinct_app.ui.protocol_print import print_pdf

        assert isinstance(pdf, bytes)
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        try:
            if purpose == "print":
                printer = self.ask_printer(self)
                if printer is None:
                    return
                # At its true size wherever the printer's margins allow: its content keeps
                # 10 mm from the edges (corner marks), so a ruler that is not 100 mm on paper
                # means the print dialog or the driver scaled it.
                print_pdf(pdf, printer, border=PAGE_BORDER)
                self._pdf_said = ("ok", "printed", "")
            else:
                path = self.ask_path(self, self.tr("Save the test page"), name)
                if not path:
                    return
                self._pdf_said = ("ok", "saved", str(save_pdf(pdf_target(path), pdf)))
        except OSError as exc:
            self._pdf_said = ("error", "failed", error_text(exc, self._ctx.lang))
        self._show_pdf()

    @Slot(object)
    def _on_pdf_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self._pdf_said = ("error", "failed", error_text(exc, self._ctx.lang))
        self._show_pdf()

    def _show_pdf(self) -> None:
        if self._pdf_said is None:
            self.pdf_banner.clear_message()
            return
        kind, what, detail = self._pdf_said
        words = {"printed": self.tr("The test page was sent to the printer. Measure the "
                                    "rulers and look for the four corner marks."),
                 "saved": fill(self.tr("The test page was saved: %1"), detail),
                 "failed": detail}
        self.pdf_banner.show_message(kind, words[what])

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """A check or a page still being made is waited for (never a thread left behind)."""
        self.wait()
        super().closeEvent(event)

    def wait(self) -> None:
        """Block until the check and the page being made have stopped; no signal follows."""
        for task in (self._check_task, self._pdf_task):
            if task is not None and task.is_running():
                task.wait()
