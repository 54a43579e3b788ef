"""The protocol PDF's options, printing it through the system's dialog, correcting it.

:func:`print_pdf` takes a ready :class:`QPrinter` (tests give one that writes a PDF
file): printing to a file writes the document itself, text and all; a real printer
gets every page rendered by QtPdf and fitted into the printable area, as many
copies as the dialog asked for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from precinct_app.messages import capitalized, word
from precinct_app.services.pdf_common import save_pdf
from precinct_app.services.station import Member
from precinct_app.ui.i18n import fill, interface_language
from precinct_app.ui.reason_dialog import ReasonDialog
from precinct_app.ui.turnout_screen import PDF_LANGUAGES

MAX_RENDER_DPI = 300  # a page image finer than this only costs memory
MAX_COPY = 99


class PdfOptions(QWidget):
    """The language layout, the copy number (0 = the original) and the enlarged A3 form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.lang_caption = QLabel()
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("protocolLanguage")
        for code, name in PDF_LANGUAGES:
            self.lang_combo.addItem(name, code)
        self.lang_caption.setBuddy(self.lang_combo)
        self.copy_caption = QLabel()
        self.copy_spin = QSpinBox()
        self.copy_spin.setObjectName("protocolCopy")
        self.copy_spin.setRange(0, MAX_COPY)
        self.copy_caption.setBuddy(self.copy_spin)
        self.enlarged_check = QCheckBox()
        self.enlarged_check.setObjectName("protocolEnlarged")
        for widget in (self.lang_caption, self.lang_combo, self.copy_caption, self.copy_spin,
                       self.enlarged_check):
            row.addWidget(widget)
        row.addStretch(1)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.lang_caption.setText(self.tr("Layout:"))
        self.lang_combo.setToolTip(self.tr("The languages printed on the protocol"))
        self.copy_caption.setText(self.tr("Copy:"))
        self.copy_spin.setSpecialValueText(self.tr("original"))
        self.copy_spin.setPrefix(word("word_no", interface_language()) + " ")
        self.copy_spin.setToolTip(self.tr(
            "0: the original; N: certified copy No. N for an observer (the same code)"))
        self.enlarged_check.setText(self.tr("Enlarged A3 for posting"))

    @property
    def lang(self) -> str:
        """The protocol's language layout: kk+ru, kk, ru or en."""
        return str(self.lang_combo.currentData())

    @property
    def copy(self) -> int | None:
        """The certified copy's number (None: the original)."""
        return self.copy_spin.value() or None

    @property
    def enlarged(self) -> bool:
        """True for the enlarged A3 form posted at the station."""
        return self.enlarged_check.isChecked()


def load_pdf(document: QPdfDocument, pdf: bytes) -> QBuffer:
    """Load ``pdf`` into ``document``; keep the returned buffer while the document is used."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def paint_pdf(pdf: bytes, printer: QPrinter, copies: int = 1, border: float = 0.0) -> int:
    """Render every page of ``pdf`` onto ``printer``, ``copies`` times; pages painted.

    ``border`` (points) is how far from its edges the document draws nothing: when the
    printer's unprintable margins lie within it, a page fitting the paper is printed at its
    true size, placed as on the paper (the test page's rulers measure 100 mm). Otherwise
    (the default 0, on a printer with margins) each page keeps its proportions and is fitted
    and centred in the printable area, so nothing is cut off.
    Raises ``OSError`` when the printer does not start.
    """
    document = QPdfDocument()
    buffer = load_pdf(document, pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(5, "the printer did not start", printer.printerName() or "printer")
    painted = 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)  # the printable part of the paper
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        unprintable = max(area.left(), area.top(), paper.width() - area.right(),
                          paper.height() - area.bottom())
        per_point = printer.resolution() / 72
        slack = per_point * 72 / 25.4  # a millimetre: Qt's A4 paper is 209.9 mm at 1200 dpi
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for _copy in range(max(1, copies)):
            for page in range(document.pageCount()):
                if painted:
                    printer.newPage()
                size = document.pagePointSize(page)
                width, height = size.width() * per_point, size.height() * per_point
                if (unprintable <= border * per_point and width <= paper.width() + slack
                        and height <= paper.height() + slack):
                    # The painter's origin is the printable area's corner, not the paper's.
                    target = QRectF((paper.width() - width) / 2 - area.left(),
                                    (paper.height() - height) / 2 - area.top(), width, height)
                else:
                    scale = min(area.width() / size.width(), area.height() / size.height())
                    width, height = size.width() * scale, size.height() * scale
                    target = QRectF((area.width() - width) / 2, (area.height() - height) / 2,
                                    width, height)
                image = document.render(page, QSize(round(size.width() / 72 * dpi),
                                                    round(size.height() / 72 * dpi)))
                painter.drawImage(target, image)
                painted += 1
    finally:
        painter.end()
        document.close()
        buffer.close()
    return painted


def print_pdf(pdf: bytes, printer: QPrinter, border: float = 0.0) -> int:
    """Print ``pdf`` as the print dialog set ``printer`` up; pages printed (one copy's, for a file).

    The printer's own copy count is used where the system makes the copies,
    otherwise the pages are sent that many times. ``border``: see :func:`paint_pdf`.
    """
    target = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
        save_pdf(Path(target), pdf)  # "print to file": the document itself
        document = QPdfDocument()
        buffer = load_pdf(document, pdf)
        pages = document.pageCount()
        document.close()
        buffer.close()
        return pages
    copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
    return paint_pdf(pdf, printer, copies, border)


def ask_printer(parent: QWidget | None, enlarged: bool) -> QPrinter | None:
    """The system's print dialog, on A3 paper for the enlarged form; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    paper = QPageSize.PageSizeId.A3 if enlarged else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(paper))
    dialog = QPrintDialog(printer, parent)
    try:
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class CorrectDialog(ReasonDialog):
    """Who corrects a signed protocol and why; OK stays disabled until a reason is written."""

    def __init__(self, commission: tuple[Member, ...], lang: str, version: int,
                 parent: QWidget | None = None) -> None:
        self._version = version
        super().__init__("sign", commission, lang, parent, width=560)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        version = self._version
        self.setWindowTitle(self.tr("Correct the signed protocol"))
        self.intro.setText(fill(self.tr(
            "Version %1 stays as it was signed. Version %2 opens as a draft with the same "
            "values, marked “repeated protocol”; it is checked and signed again."), str(version),
                                str(version + 1)))
        self.member_caption.setText(self.tr("Corrected by:"))
        self.reason_caption.setText(capitalized("word_reason", interface_language()) + ":")
        self.reason.setPlaceholderText(self.tr("What was wrong in the signed protocol"))
        self.ok_button.setText(fill(self.tr("Open version %1"), str(version + 1)))
        self.cancel_button.setText(self.tr("Cancel"))

    @classmethod
    def ask(cls, parent: QWidget | None, commission: tuple[Member, ...], lang: str,
            version: int) -> tuple[str, str] | None:
        """(member id, reason), or None when cancelled (tests replace this)."""
        return cls(commission, lang, version, parent).answer()
