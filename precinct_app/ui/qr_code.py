"""A QR code drawn with QPainter from its module matrix (ReportLab's encoder: no new
dependency). A desk's USB scanner reads it off the server laptop's screen and types its
text like a keyboard (docs/formats.md §8)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from precinct_app.ui import palette

QUIET = 4  # modules of blank margin a scanner needs around the code (ISO/IEC 18004)
MIN_MODULE_PX = 4  # a phone or USB scanner reads 4-pixel modules off a laptop screen


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules, row by row (True: dark), error correction M (a smudged or
    glaring screen still reads)."""
    from reportlab.graphics.barcode import qrencoder  # on use: ReportLab is slow to import

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    return [[bool(code.isDark(row, col)) for col in range(count)] for row in range(count)]


class QrCode(QWidget):
    """A square QR code of :meth:`text`, as large as its room allows, whole modules only
    (blurred module edges make scanners fail)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self._text = ""
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        """The text the code carries ("" : none shown)."""
        return self._text

    def set_text(self, text: str) -> None:
        """Carry ``text`` ("" : show nothing)."""
        if text != self._text:
            self._text = text
            self._matrix = qr_matrix(text) if text else []
            self.updateGeometry()
            self.update()

    def modules(self) -> int:
        """Modules per side, quiet zone included (0: no code)."""
        return len(self._matrix) + 2 * QUIET if self._matrix else 0

    def minimumSizeHint(self) -> QSize:
        """Small enough modules still read."""
        side = max(1, self.modules()) * MIN_MODULE_PX
        return QSize(side, side)

    def sizeHint(self) -> QSize:
        """Six pixels a module (about 300 px for a join text)."""
        side = max(1, self.modules()) * 6
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        """Square."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Square."""
        return width

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Light square, dark modules, centred."""
        total = self.modules()
        if not total:
            return
        module = max(1, min(self.width(), self.height()) // total)
        side = module * total
        left = (self.width() - side) // 2
        top = (self.height() - side) // 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, side, side), QColor(palette.BASE))
        dark = QColor(palette.TEXT)
        for row, cells in enumerate(self._matrix):
            y = top + (row + QUIET) * module
            for col, on in enumerate(cells):
                if on:
                    painter.fillRect(left + (col + QUIET) * module, y, module, module, dark)
        painter.end()
