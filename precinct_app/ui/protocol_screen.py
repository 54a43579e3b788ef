"""Protocol: each version of a contest's protocol as its PDF, to save, print, sign or correct.

The preview is the PDF itself (services.protocol_pdf through QtPdf), so what is
seen is what is printed: a draft carries the NOT SIGNED marker, a certified copy
"Copy No. N", the enlarged form is A3. Rendering costs about 100 ms, so it runs
when the screen is shown or an option changes, never for a hidden screen
(LazyRefresh). Signing opens the signing dialog; correcting a signed version
opens the next one, a repeated protocol, keeping the signed one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.services import phases, protocol, protocol_pdf, reconcile
from precinct_app.services.errors import DomainError
from precinct_app.services.localize import clock_text
from precinct_app.services.pdf_common import pdf_target, save_pdf
from precinct_app.services.protocol_data import DRAFT, SIGNED, SUPERSEDED, ProtocolData
from precinct_app.services.station import load_station
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.combos import ShrinkableCombo
from precinct_app.ui.contest_combo import ContestCombo
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import error_text, run_op
from precinct_app.ui.protocol_print import (
    CorrectDialog,
    PdfOptions,
    ask_printer,
    load_pdf,
    print_pdf,
)
from precinct_app.ui.screen_base import Screen
from precinct_app.ui.sign_dialog import SignDialog
from precinct_app.ui.signals import emit

STATUS_COLOURS = {DRAFT: palette.WARN_TEXT, SIGNED: palette.OK_TEXT, SUPERSEDED: palette.TEXT_MUTED}


class ProtocolScreen(Screen):
    """Contest and version, the PDF options, the preview; Save, Print, Sign, Correct.

    Signals:
        action_done(str): a save, a print, a signature or a correction; the status line's text.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.phase = phases.SETUP
        self.versions: list[int] = []
        self.data: ProtocolData | None = None
        # Set when the tables disagree with the audit log: nothing is rendered or printed.
        self._tampered: DomainError | None = None
        self.pdf: bytes = b""
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._build("when_shown")  # the first rendering waits until the screen is shown

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        self.heading.setFont(heading_font)
        top.addWidget(self.heading)
        self.contest_caption = QLabel()
        top.addWidget(self.contest_caption)
        self.contest_combo = ContestCombo()
        top.addWidget(self.contest_combo)
        self.version_caption = QLabel()
        top.addWidget(self.version_caption)
        self.version_combo = ShrinkableCombo()
        self.version_combo.setObjectName("protocolVersion")
        self.version_caption.setBuddy(self.version_combo)
        top.addWidget(self.version_combo)
        top.addStretch(1)
        layout.addLayout(top)
        self.options = PdfOptions()
        layout.addWidget(self.options)
        state = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("protocolStatus")
        status_font = QFont(self.status.font())
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        state.addWidget(self.status)
        self.repeated = QLabel()
        self.repeated.setObjectName("protocolRepeated")
        self.repeated.setWordWrap(True)
        self.repeated.setStyleSheet(f"color: {palette.WARN_TEXT};")
        state.addWidget(self.repeated, 1)
        # The actions beside the state they act on (not on the top row: with large text
        # the choosers and four buttons on one row would pass 1366 pixels).
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.correct_button = QPushButton()
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("primary")
        state.addStretch(0)  # the room left stays between the state and the buttons
        for button in (self.save_button, self.print_button, self.correct_button,
                       self.sign_button):
            state.addWidget(button)
        layout.addLayout(state)
        self.banner = Banner("protocolBanner", hide_when_empty=True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.banner)
        self.view = QPdfView()
        self.view.setObjectName("protocolPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet(f"#protocolPreview {{ background: {palette.PREVIEW_BACKDROP}; }}")
        layout.addWidget(self.view, 1)

    def _connect_signals(self) -> None:
        self.contest_combo.activated.connect(self._on_contest_combo_activated)
        self.version_combo.activated.connect(self._on_version_combo_activated)
        self.options.lang_combo.activated.connect(self._on_option_changed)
        self.options.copy_spin.valueChanged.connect(self._on_option_changed)
        self.options.enlarged_check.toggled.connect(self._on_option_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text in the current language (the PDF keeps its own layout's languages)."""
        self.heading.setText(text("word_protocol", self._ctx.lang))
        self.contest_caption.setText(self.tr("Contest:"))
        self.version_caption.setText(self.tr("Version:"))
        self.options.retranslate_ui()
        self.save_button.setText(self.tr("Save PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.correct_button.setText(self.tr("Correct…"))
        self.sign_button.setText(self.tr("Sign…"))
        self.contest_combo.retranslate(self._ctx.lang)
        for i in range(self.version_combo.count()):
            self.version_combo.setItemText(i, fill(self.tr("Version %1"),
                                                   str(self.version_combo.itemData(i))))
        self._show_status()
        self._update_actions()

    # -- data --------------------------------------------------------------------------------

    @property
    def contest_id(self) -> str:
        """The contest whose protocol is shown."""
        return self.contest_combo.contest_id

    @property
    def version(self) -> int:
        """The version shown (the current one unless another is chosen)."""
        chosen = self.version_combo.currentData()
        return int(chosen) if chosen else 1

    def refresh(self) -> None:
        """Re-read the station, the versions and the protocol, then render the preview."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            self.phase = self.station.phase
            self.contest_combo.fill(self.station.contests, self._ctx.lang)
            self.contest_combo.setVisible(self.contest_combo.several)
            self.contest_caption.setVisible(self.contest_combo.several)
            self._fill_versions(protocol.versions(session, self.contest_id))
            self.data = protocol.build(session, self._ctx.clock, self.contest_id, self.version)
            # Nothing is printed from a database changed behind the audit log (issue 12).
            self._tampered = None
            try:
                reconcile.require_intact(session)
            except DomainError as exc:
                self._tampered = exc
        self.retranslate_ui()
        self.render_preview()

    def _fill_versions(self, versions: list[int]) -> None:
        keep = versions == self.versions and self.version in versions
        chosen = self.version if keep else versions[-1]  # a new version: show it
        self.versions = versions
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for number in versions:
            self.version_combo.addItem("", number)
        self.version_combo.setCurrentIndex(versions.index(chosen))
        self.version_combo.blockSignals(False)
        self.version_combo.setEnabled(len(versions) > 1)

    def render_preview(self) -> None:
        """Build the PDF with the chosen options and show it; a failure goes to the banner."""
        if self.data is None:
            return
        try:
            if self._tampered is not None:
                raise self._tampered
            pdf = protocol_pdf.build(self.data, self.options.lang, self.options.copy,
                                     self.options.enlarged)
        except (DomainError, ValueError) as exc:
            self.pdf = b""  # nothing to save or print that is not what was asked for
            self.banner.show_message("error", error_text(exc, self._ctx.lang))
            self._update_actions()
            return
        page = self.view.pageNavigator().currentPage()
        self.pdf = pdf
        buffer = load_pdf(self.document, pdf)
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = buffer  # the document reads from it while it is shown
        if 0 < page < self.document.pageCount():
            self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())
        self._update_actions()

    def _local_hhmm(self, data: ProtocolData) -> str:
        at = data.signed_at
        return clock_text(at, data.timezone) if at else ""

    def _show_status(self) -> None:
        data = self.data
        if data is None:
            self.status.clear()
            self.repeated.hide()
            return
        if data.status == DRAFT:
            status = "■  " + self.tr("Draft — not signed")
        elif data.status == SIGNED:
            status = "✔  " + fill(self.tr("Signed at %1 · code %2"), self._local_hhmm(data),
                                  data.code or "")
        else:
            status = "✕  " + fill(self.tr("Superseded by version %1 · signed at %2 · code %3"),
                                  str(self.versions[-1] if self.versions else data.version + 1),
                                  self._local_hhmm(data), data.code or "")
        self.status.setText(status)
        self.status.setStyleSheet(f"color: {STATUS_COLOURS.get(data.status, palette.TEXT_MUTED)};")
        self.repeated.setVisible(data.repeated)
        if data.repeated:
            self.repeated.setText(fill(self.tr("Repeated protocol (version %1). Reason: %2"),
                                       str(data.version), data.correction_reason or ""))

    def _update_actions(self) -> None:
        """Enable what the phase and the version allow; a disabled button says why."""
        data, has_pdf = self.data, bool(self.pdf)
        self.save_button.setEnabled(has_pdf)
        self.print_button.setEnabled(has_pdf)
        self.save_button.setToolTip(self.tr("Save the protocol as shown, as a PDF file"))
        self.print_button.setToolTip(self.tr(
            "Print through the system's print dialog; choose the number of copies there"))
        if data is None:
            for button in (self.sign_button, self.correct_button):
                button.setEnabled(False)
            return
        newest = str(self.versions[-1] if self.versions else data.version)
        if data.status == SUPERSEDED:
            why_sign = fill(self.tr("An earlier version, kept as it was signed: version %1 is "
                               "the current one"), newest)
        elif data.status == SIGNED:
            why_sign = self.tr("This version is signed and locked: to change it, correct it")
        elif self.phase != phases.COUNTING:
            why_sign = fill(self.tr("The protocol is signed at the end of the count (the station "
                               "is in: %1)"), text(f"phase_{self.phase}",
                                                                self._ctx.lang))
        else:
            why_sign = ""
        self.sign_button.setEnabled(not why_sign)
        self.sign_button.setToolTip(why_sign or self.tr(
            "The members present, the quorum, dissenting opinions; signing fixes the code"))
        self.correct_button.setEnabled(data.status == SIGNED)
        self.correct_button.setToolTip(fill(self.tr(
            "Open version %1, a repeated protocol, with a written reason; this version is "
            "kept"), str(data.version + 1)) if data.status == SIGNED else fill(self.tr(
            "Already corrected: version %1 is the current one"), newest)
            if data.status == SUPERSEDED else self.tr(
            "Only a signed protocol is corrected; a draft's values are changed on the "
            "Counting screen"))

    # -- actions -----------------------------------------------------------------------------

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str) -> str:
        """Where to save the PDF ('' when cancelled); tests replace this."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ProtocolScreen", "Save the protocol"),
            suggested, "PDF (*.pdf)")
        return path

    def save(self) -> Path | None:
        """Ask where, then write the PDF shown (atomically); the result goes to the banner."""
        if self.data is None or not self.pdf:
            return None
        name = protocol_pdf.default_file_name(self.data, self.options.copy,
                                              self.options.enlarged, self.options.lang)
        path = self.ask_path(self, str(Path.home() / name))
        if not path:
            return None
        target = pdf_target(path)
        try:
            saved = save_pdf(target, self.pdf)
        except OSError as exc:
            self.banner.show_message("error", error_text(exc, self._ctx.lang))
            return None
        message = fill(self.tr("Protocol saved: %1"), str(saved))
        self.banner.show_message("ok", message)
        emit(self.action_done, message)
        return saved

    def print_protocol(self) -> int:
        """The system's print dialog, then the pages to the printer; pages printed."""
        if not self.pdf:
            return 0
        printer = ask_printer(self, self.options.enlarged)
        if printer is None:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(self.pdf, printer)
        except OSError as exc:
            self.banner.show_message("error", error_text(exc, self._ctx.lang))
            return 0
        finally:
            QApplication.restoreOverrideCursor()
        message = self.tr("Protocol sent to the printer: %n copy(ies)", "",
                          max(1, printer.copyCount()))
        self.banner.show_message("ok", message)
        emit(self.action_done, message)
        return pages

    def sign(self) -> bool:
        """The signing dialog for the shown contest; True when it was signed."""
        if not SignDialog.ask(self, self._ctx, self.contest_id):
            return False  # the screen itself refreshed on data_changed
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            code = protocol.build(session, self._ctx.clock, self.contest_id).code
        message = fill(self.tr("Protocol signed: code %1"), code or "")
        self.banner.show_message("ok", message)
        emit(self.action_done, message)
        return True

    def correct(self) -> bool:
        """Ask who and why, then open the next version; True when it was opened."""
        if self.station is None or self.data is None:
            return False
        asked = CorrectDialog.ask(self, self.station.commission, self._ctx.lang,
                                  self.data.version)
        if asked is None:
            return False
        member_id, reason = asked
        ctx, contest = self._ctx, self.contest_id
        result = run_op(
            self, ctx, lambda s: protocol.correct(s, ctx.clock, member_id, contest, reason),
            on_error=lambda message: self.banner.show_message("error", message))
        if result is None:
            return False
        message = fill(self.tr("Version %1 opened: a repeated protocol; version %2 is kept as "
                          "signed"), str(result.version), str(result.version - 1))
        self.banner.show_message("ok", message)
        emit(self.action_done, message)
        return True

    # -- events ------------------------------------------------------------------------------

    @Slot(int)
    def _on_contest_combo_activated(self, _index: int) -> None:
        self.versions = []  # another contest: its current version
        self.banner.clear_message()
        self.refresh()

    @Slot(int)
    def _on_version_combo_activated(self, _index: int) -> None:
        self.banner.clear_message()
        self.refresh()

    @Slot()
    def _on_option_changed(self) -> None:
        self.render_preview()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_print_button_clicked(self) -> None:
        self.print_protocol()

    @Slot()
    def _on_sign_button_clicked(self) -> None:
        self.sign()

    @Slot()
    def _on_correct_button_clicked(self) -> None:
        self.correct()
