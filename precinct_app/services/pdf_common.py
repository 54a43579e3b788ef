"""What every printed form shares: fonts, languages, TRAINING marks, page x of y, saving.

Used by :mod:`~precinct_app.services.turnout_pdf` and
:mod:`~precinct_app.services.protocol_pdf`. Qt-free; nothing here reads the clock,
so a document built from the same data is the same bytes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from precinct_app.resources import resource_path
from precinct_app.services.durable import fsync_dir, write_synced

LANGS = ("kk+ru", "kk", "ru", "en")
FONT, FONT_BOLD = "NotoSans", "NotoSans-Bold"
# Marks a training page in all three languages, whatever the document's language.
TRAINING_MARK = "ОҚУ · ОБУЧЕНИЕ · TRAINING"

_WATERMARK = colors.HexColor("#f1f1f1")
_BANNER = colors.HexColor("#ffd54f")


def register_fonts() -> None:
    """Noto Sans (Cyrillic and Kazakh letters); the standard PDF fonts have neither.

    Registered once per process: the TTF files are parsed only the first time.
    """
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts/NotoSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts/NotoSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


def languages(lang: str) -> tuple[str, ...]:
    """The languages of a report: ``kk+ru`` is bilingual, Kazakh first."""
    if lang not in LANGS:
        raise ValueError(f"report language must be one of {', '.join(LANGS)}: {lang!r}")
    return tuple(lang.split("+"))


def grouped(number: int) -> str:
    """Thousands separated by a narrow no-break space, e.g. 2 214."""
    return f"{number:,}".replace(",", "\u202f")


def draw_training_marks(
    canvas: Canvas, pagesize: tuple[float, float], note: str, margin: float = 18 * mm,
    scale: float = 1.0,
) -> None:
    """The TRAINING watermark (diagonal, light) and the yellow banner at the top of a page.

    ``note`` is the one-line "not an official document" text under the mark; it shrinks
    to fit the banner. ``scale`` enlarges everything (an A3 poster is A4 times 1.41).
    """
    width, height = pagesize
    canvas.saveState()
    canvas.setFillColor(_WATERMARK)
    canvas.setFont(FONT_BOLD, 44 * scale)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, TRAINING_MARK)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(_BANNER)
    canvas.setStrokeColor(colors.black)
    canvas.rect(margin, height - 16 * mm * scale, width - 2 * margin, 10 * mm * scale, fill=1,
                stroke=1)
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT_BOLD, 10 * scale)
    canvas.drawCentredString(width / 2, height - 10.2 * mm * scale, TRAINING_MARK)
    size = 8.0 * scale
    while size > 5 * scale and (pdfmetrics.stringWidth(note, FONT, size)
                                > width - 2 * margin - 4 * mm * scale):
        size -= 0.5 * scale
    canvas.setFont(FONT, size)
    canvas.drawCentredString(width / 2, height - 14.2 * mm * scale, note)
    canvas.restoreState()


def canvas_maker(footer: Callable[[Canvas, int, int], None]) -> type:
    """A canvas that holds its pages until the end, so each can say 'page x of n'.

    ``footer(canvas, page, pages)`` draws on every page once the count is known.
    """

    class _NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, len(self._pages))
                super().showPage()
            super().save()

    return _NumberedCanvas


def save_pdf(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, replace).

    Returns the absolute path. An ``OSError`` names ``path`` (not the temp file); a
    failed write leaves no temp file and any earlier file at ``path`` untouched.
    """
    path = Path(path).absolute()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if path.is_dir():
            raise IsADirectoryError(21, os.strerror(21), str(path))
        write_synced(tmp, data, 0o600)  # a paper list holds IINs: owner-only
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
    fsync_dir(path.parent)
    return path



# The signature block, footer and training words the station's printed reports share
# (turnout report, paper list): one legal wording, kept in one place.
SIGNATURE_LABELS: dict[str, dict[str, str]] = {
    "chair": {"kk": "Учаскелік сайлау комиссиясының төрағасы",
              "ru": "Председатель участковой избирательной комиссии",
              "en": "Chair of the precinct election commission"},
    "secretary": {"kk": "Учаскелік сайлау комиссиясының хатшысы",
                  "ru": "Секретарь участковой избирательной комиссии",
                  "en": "Secretary of the precinct election commission"},
    "signature": {"kk": "(қолы)", "ru": "(подпись)", "en": "(signature)"},
    "page": {"kk": "Бет {page} / {pages}", "ru": "Стр. {page} из {pages}",
             "en": "Page {page} of {pages}"},
    "not_official": {"kk": "Оқу режимі: ресми құжат емес",
                     "ru": "Учебный режим: не является официальным документом",
                     "en": "Training mode: not an official document"},
}
