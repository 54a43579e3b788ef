"""What every printed form shares: fonts, languages and words, TRAINING marks, the
document's metadata, page x of y, the reports' signature block, saving.

Used by :mod:`~precinct_app.services.protocol_pdf`, :mod:`~precinct_app.services.turnout_pdf`
and :mod:`~precinct_app.services.paper_list`. The words come from the catalog
(``messages/documents.py``). Qt-free; nothing here reads the clock, so a document built
from the same data is the same bytes.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from precinct_app import messages
from precinct_app.resources import resource_path
from precinct_app.services import build_id
from precinct_app.services.durable import fsync_dir, write_synced
from precinct_app.services.station import StationInfo

LANGS = ("kk+ru", "kk", "ru", "en")
FONT, FONT_BOLD = "NotoSans", "NotoSans-Bold"
# A mark printed in all three languages whatever the document's language (TRAINING, the
# draft protocol's NOT SIGNED): Kazakh, Russian, English.
MARK_LANGS = ("kk", "ru", "en")

_WATERMARK = colors.HexColor("#f1f1f1")
_BANNER = colors.HexColor("#ffd54f")
# The reports' rules and the muted version line (turnout, journal, people, box act).
GRID = colors.HexColor("#8a949e")
MUTED = colors.HexColor("#4a545e")


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


def words(code: str, langs: Sequence[str], **params: object) -> tuple[str, ...]:
    """The catalog's ``code`` in each of ``langs``, each different text once."""
    return tuple(dict.fromkeys(messages.text(code, lang, **params) for lang in langs))


def headings(code: str, langs: Sequence[str]) -> tuple[str, ...]:
    """A catalog word kept in lower case (``messages/words.py``) as a heading in each of
    ``langs``: its first letter upper case."""
    return tuple(dict.fromkeys(messages.capitalized(code, lang) for lang in langs))


def one_line(code: str, langs: Sequence[str], **params: object) -> str:
    """``code`` in ``langs`` on one line, different texts joined by `` / ``."""
    return " / ".join(words(code, langs, **params))


def mark(code: str) -> str:
    """``code`` in Kazakh, Russian and English, for a mark every reader must see."""
    return " · ".join(words(code, MARK_LANGS))


TRAINING_MARK = mark("doc_training")


def file_safe(text: str) -> str:
    """``text`` with anything but ASCII letters, digits and ``-`` made ``_`` (a FAT32 name)."""
    return re.sub(r"[^0-9A-Za-z-]", "_", text)


def fitted_size(text: str, font: str, size: float, width: float, smallest: float,
                step: float) -> float:
    """The font size, from ``size`` down by ``step`` to ``smallest``, at which ``text``
    fits ``width``."""
    while size > smallest and pdfmetrics.stringWidth(text, font, size) > width:
        size -= step
    return size


@dataclass(frozen=True)
class Signer:
    """One line of a report's signature block: the role's words and the member's name."""

    role: tuple[str, ...]
    name: str


def signature_table(
    signers: Sequence[Signer], signature: str, para: Callable[[Sequence[str], ParagraphStyle],
                                                             Paragraph],
    cell: ParagraphStyle, small: ParagraphStyle, widths: Sequence[float], gap: float = 16,
    h_align: str = "CENTER",
) -> Table:
    """A report's signature block: per signer the role, a line to sign on with "(signature)"
    under it, and the name; ``gap`` points between signers."""
    rows: list[list[Any]] = []
    for signer in signers:
        rows.append([para(signer.role, cell), "", para([signer.name], cell)])
        rows.append(["", para([signature], small), ""])
    table = Table(rows, colWidths=list(widths), hAlign=h_align)
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for r in range(0, len(rows), 2):
        commands += [("LINEBELOW", (1, r), (1, r), 0.6, colors.black),
                     ("TOPPADDING", (0, r), (-1, r), gap if r else 4)]
    table.setStyle(TableStyle(commands))
    return table


def report_signers(station: StationInfo, langs: Sequence[str]) -> tuple[Signer, ...]:
    """The chair and the secretary who sign a report (the first of each role named)."""
    names = {m.role: m.name for m in reversed(station.commission)}
    return tuple(Signer(words(f"doc_sign_{role}", langs), names.get(role, ""))
                 for role in ("chair", "secretary"))


@dataclass(frozen=True)
class Metadata:
    """What a PDF says about itself: its title (marked TRAINING), subject and language
    (the first of the document's: ``kk`` for kk+ru)."""

    title: str
    subject: str
    lang: str
    training: bool

    def fields(self) -> dict[str, str]:
        """The document-information fields, the same in every document of the station."""
        title = (f"{messages.text('doc_training', 'en')} — " if self.training else "") + self.title
        return {"title": title, "author": "Precinct", "creator": build_id.current().label,
                "producer": "Precinct", "subject": self.subject}

    def set_on(self, canvas: Canvas) -> None:
        """Write the fields into a canvas drawn by hand (not through :func:`render_story`)."""
        fields = self.fields()
        canvas.setTitle(fields["title"])
        canvas.setAuthor(fields["author"])
        canvas.setCreator(fields["creator"])
        canvas.setProducer(fields["producer"])
        canvas.setSubject(fields["subject"])


def render_story(
    story: list[Flowable], meta: Metadata, pagesize: tuple[float, float],
    margins: tuple[float, float, float, float],
    draw_page: Callable[[Canvas, Any], None], draw_footer: Callable[[Canvas, int, int], None],
) -> bytes:
    """Lay ``story`` out on pages (``margins``: left, right, top, bottom); ``draw_page``
    runs before each page's content, ``draw_footer`` once the page count is known."""
    out = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(out, pagesize=pagesize, invariant=1, leftMargin=left,
                            rightMargin=right, topMargin=top, bottomMargin=bottom,
                            lang=meta.lang, **meta.fields())
    doc.build(story, onFirstPage=draw_page, onLaterPages=draw_page,
              canvasmaker=canvas_maker(draw_footer))
    return out.getvalue()


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
    canvas.setFont(FONT, fitted_size(note, FONT, 8.0 * scale, width - 2 * margin - 4 * mm * scale,
                                     5 * scale, 0.5 * scale))
    canvas.drawCentredString(width / 2, height - 14.2 * mm * scale, note)
    canvas.restoreState()


def draw_report_footer(
    canvas: Canvas, width: float, margin: float, footer: str, page_of: str,
    audit_head: str = "", line_y: float = 14 * mm,
) -> None:
    """A report's footer: a rule, the election and precinct, the audit head observers write
    down (when given), page x of n and the build (services/build_id.py) observers compare
    with the published one."""
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.line(margin, line_y, width - margin, line_y)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.black)
    canvas.drawString(margin, line_y - 4 * mm, footer)
    if audit_head:
        canvas.drawString(margin, line_y - 8 * mm, audit_head)
    canvas.drawRightString(width - margin, line_y - 4 * mm, page_of)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - margin, line_y - 8 * mm, build_id.current().label)
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


def pdf_target(path: str) -> Path:
    """Where a PDF chosen in a save dialog goes: ``.pdf`` added when the name lacks it."""
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


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

