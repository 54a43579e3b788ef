"""The printer test page (A4 PDF): check a commission laptop's printer before election day.

One page, drawn on the canvas at fixed places (docs/screens.md §19): the build label and
id (compared with the published one), when it was printed, the station when there is
one; every letter of the Kazakh and Russian alphabets, upper and lower case, regular and
bold, at the protocol's type sizes; digits and a protocol line with its number in words;
two 100 mm rulers with millimetre ticks (a page scaled to fit the paper shows a shorter
ruler); four corner marks 10 mm from the edges (one missing: the printer cuts it off);
a QR code drawn as the protocol's is, reading ``TEST <build id>``; grey levels. The
footer is every report's (``pdf_common.draw_report_footer``). Qt-free; the same input
gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from precinct_app.services import number_words
from precinct_app.services.about import kind_text
from precinct_app.services.build_id import BuildInfo
from precinct_app.services.forms import FixedLine, load_builtin_form
from precinct_app.services.localize import grouped, in_language
from precinct_app.services.pdf_common import (
    FONT,
    FONT_BOLD,
    GRID,
    MUTED,
    Metadata,
    draw_report_footer,
    draw_training_marks,
    file_safe,
    fitted_size,
    languages,
    one_line,
    register_fonts,
    words,
)
from precinct_app.services.protocol_pdf import qr_ops  # the protocol's own QR
from precinct_app.services.station import StationInfo

KAZAKH = ("А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь "
          "Э Ю Я")
RUSSIAN = "А Б В Г Д Е Ё Ж З И Й К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Ъ Ы Ь Э Ю Я"
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz"
DIGITS = "0 1 2 3 4 5 6 7 8 9   0123456789"
# The letters Russian lacks and those easiest to lose in a poor font, at every size.
SAMPLE = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі · Ёё Йй Щщ Ъъ Ыы Ьь Ээ Юю Яя"
# The protocol's type sizes (services/protocol_pdf.py: notes, labels, cells, digits, title).
SIZES = (7.5, 8.3, 10.5, 12.5)
# A large count: its words run long in every language, as a protocol's words may.
SAMPLE_NUMBER = 1_987_654
SAMPLE_FORM, SAMPLE_LINE = "kz-referendum", "in_stationary_boxes"
GREYS = (0, 10, 20, 35, 50, 65, 80, 100)  # percent black
RULER_MM = 100
CORNER_INSET = 10 * mm
CORNER_ARM = 6 * mm
QR_SIZE = 32 * mm
MARGIN = 18 * mm
BUILD_FONT = "Courier-Bold"  # hex digits and dashes: monospace reads aloud group by group
# Where the rulers' zero lies: the horizontal one along the bottom, the vertical one at the
# right, so each is 100 mm of the page far from the other (a page scaled in one direction
# only shows it).
H_RULER = (MARGIN, 38 * mm)
V_RULER = (A4[0] - MARGIN - 6 * mm, 38 * mm)
# The footer a little higher than on the other reports: everything printed lies inside
# the corner marks, so four marks seen means nothing was cut off.
FOOTER_LINE = 19 * mm
TRAINING_SHIFT = 5 * mm  # the TRAINING banner starts 6 mm from the top on other pages


@dataclass(frozen=True)
class PageFacts:
    """What the page shows: the software, when, and the station (None: no station)."""

    build: BuildInfo
    printed_at: dt.datetime
    station: StationInfo | None = None
    training: bool = False


def qr_payload(build: BuildInfo) -> str:
    """What the page's QR code reads back: ``TEST <build id>``."""
    return f"TEST {build.build_id}"


def default_name(build: BuildInfo) -> str:
    """The file name ``precinct print-test`` writes when no ``--out`` is given."""
    return f"printer-test-{file_safe(build.build_id)}.pdf"


def build(page: PageFacts, lang: str = "kk+ru") -> bytes:
    """The test page as PDF bytes, in ``lang`` (kk+ru, kk, ru or en) for its captions."""
    register_fonts()
    langs = languages(lang)
    title = one_line("doc_test_title", langs)
    meta = Metadata(title=title, subject=page.build.label, lang=langs[0],
                    training=page.training)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, lang=meta.lang)
    meta.set_on(canvas)
    _Drawing(canvas, page, langs).draw()
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def spare_mm(page: PageFacts, lang: str = "kk+ru") -> float:
    """The room between the text and the block of rulers, grey levels and notes under it
    (millimetres; negative: they overlap). For the tests: every layout must leave some."""
    register_fonts()
    drawing = _Drawing(Canvas(io.BytesIO(), pagesize=A4), page, languages(lang))
    drawing.draw()
    return float((drawing.text_bottom - drawing.lower_top) / mm)


class _Drawing:
    """The page, top to bottom: a cursor ``y`` for the text, fixed places for the rest."""

    def __init__(self, canvas: Canvas, page: PageFacts, langs: tuple[str, ...]) -> None:
        self.c, self.page, self.langs = canvas, page, langs
        self.width, self.height = A4
        self.top = 20 * mm + (TRAINING_SHIFT + 2 * mm if page.training else 0)
        self.y = self.height - self.top
        self.text_bottom = self.lower_top = 0.0  # where the text ends, the lower block starts

    def draw(self) -> None:
        page = self.page
        if page.training:
            # The reports' banner, moved down inside the corner marks like all the rest.
            self.c.saveState()
            self.c.translate(0, -TRAINING_SHIFT)
            draw_training_marks(self.c, A4, one_line("doc_not_official", self.langs))
            self.c.restoreState()
        self.corners()
        self.qr()
        self.heading()
        self.alphabets()
        self.digits()
        self.text_bottom = self.y
        self.rulers()
        self.greys()
        footer = one_line("doc_test_title", self.langs)
        if page.station is not None:  # as the other reports' footers: election and precinct
            footer = page.station.election_id + " · " + one_line(
                "doc_precinct", self.langs, number=page.station.precinct_number)
        draw_report_footer(self.c, self.width, MARGIN, footer,
                           one_line("doc_page", self.langs, page=1, pages=1),
                           line_y=FOOTER_LINE)

    # -- text helpers ---------------------------------------------------------------------

    def line(self, value: str, size: float, bold: bool = False, width: float = 0,
             color: colors.Color = colors.black, gap: float = 1.28) -> None:
        """One line at the cursor, shrunk to ``width`` (default: the text column, left of
        the vertical ruler where it stands)."""
        font = FONT_BOLD if bold else FONT
        room = width or self.width - 2 * MARGIN
        if not width and self.y - size * gap < V_RULER[1] + (RULER_MM + 8) * mm:
            room = V_RULER[0] - 10 * mm - MARGIN
        size_used = fitted_size(value, font, size, room, size * 0.6, 0.25)
        self.y -= size * gap
        self.c.setFillColor(color)
        self.c.setFont(font, size_used)
        self.c.drawString(MARGIN, self.y, value)
        self.c.setFillColor(colors.black)

    def section(self, code: str) -> None:
        self.y -= 1.8 * mm
        self.line(one_line(code, self.langs), 10, bold=True)

    # -- the parts ------------------------------------------------------------------------

    def heading(self) -> None:
        page, langs = self.page, self.langs
        beside_qr = self.width - 2 * MARGIN - QR_SIZE - 6 * mm
        self.line(one_line("doc_test_title", langs), 16, bold=True, width=beside_qr)
        self.line(page.build.label, 10.5, width=beside_qr, gap=1.6)
        self.y -= 22 * 1.1
        self.c.setFont(BUILD_FONT, fitted_size(page.build.build_id, BUILD_FONT, 22,
                                               beside_qr, 12, 0.5))
        self.c.drawString(MARGIN, self.y, page.build.build_id)
        self.line(" / ".join(dict.fromkeys(kind_text(page.build, x) for x in langs)), 9,
                  width=beside_qr, gap=1.8)
        self.line(one_line("doc_test_compare", langs), 8.3, width=beside_qr, color=MUTED)
        self.line(self.printed(), 9, width=beside_qr)
        station = page.station
        if station is not None:
            self.line(" / ".join(dict.fromkeys(in_language(station.election_title, x)
                                                for x in langs)), 9, width=beside_qr)
            self.line(one_line("doc_precinct", langs, number=station.precinct_number), 9,
                      width=beside_qr)
        self.y = min(self.y, self.height - self.top - QR_SIZE - 6 * mm)

    def printed(self) -> str:
        page = self.page
        at = page.printed_at.strftime("%d.%m.%Y %H:%M")
        if page.station is not None:
            return one_line("doc_test_printed_station", self.langs, at=at,
                            zone=page.station.timezone)
        return one_line("doc_test_printed_local", self.langs, at=at)

    def alphabets(self) -> None:
        for code, letters in (("doc_test_kazakh", KAZAKH), ("doc_test_russian", RUSSIAN)):
            self.section(code)
            for is_bold in (False, True):
                self.line(letters, 10.5, bold=is_bold)
                self.line(letters.lower(), 10.5, bold=is_bold)
        self.section("doc_test_latin")
        self.line(LATIN, 10.5)
        self.line(LATIN, 10.5, bold=True)
        self.section("doc_test_sizes")
        for size in SIZES:
            for is_bold in (False, True):
                self.y -= size * 1.22
                self.c.setFont(FONT, 7)
                self.c.setFillColor(MUTED)
                self.c.drawString(MARGIN, self.y, f"{size} pt")
                self.c.setFillColor(colors.black)
                self.c.setFont(FONT_BOLD if is_bold else FONT, size)
                self.c.drawString(MARGIN + 14 * mm, self.y, SAMPLE)

    def digits(self) -> None:
        self.section("doc_test_digits")
        self.line(DIGITS, 10.5)
        self.c.setFont(FONT_BOLD, 10.5)  # bold beside regular: a line saved for the rest
        self.c.drawString(MARGIN + 78 * mm, self.y, DIGITS)
        form = load_builtin_form(SAMPLE_FORM)
        fixed = next(x for x in form.lines
                     if isinstance(x, FixedLine) and x.key == SAMPLE_LINE)
        assert isinstance(fixed, FixedLine)
        label = " / ".join(dict.fromkeys(in_language(fixed.label, x) for x in self.langs))
        number = fixed.number
        said = [number_words.words(SAMPLE_NUMBER, x) for x in self.langs]
        left, right = MARGIN, V_RULER[0] - 12 * mm  # clear of the vertical ruler
        top = self.y - 2 * mm
        rows = 1 + len(said)
        height = (6 + 4.2 * rows) * mm
        bottom = top - height
        c = self.c
        c.setStrokeColor(GRID)
        c.setLineWidth(0.6)
        c.rect(left, bottom, right - left, height)
        c.line(left + 10 * mm, bottom, left + 10 * mm, top)
        c.line(right - 34 * mm, bottom, right - 34 * mm, top)
        c.setFont(FONT_BOLD, 10.5)
        c.drawCentredString(left + 5 * mm, top - 6 * mm, number)
        c.drawRightString(right - 2 * mm, top - 6 * mm, grouped(SAMPLE_NUMBER))
        room = right - left - 46 * mm
        c.setFont(FONT, fitted_size(label, FONT, 8.3, room, 6, 0.25))
        c.drawString(left + 12 * mm, top - 6 * mm, label)
        y = top - 6 * mm
        for text_said in said:
            y -= 4.2 * mm
            c.setFont(FONT, fitted_size(text_said, FONT, 8, room, 5.5, 0.25))
            c.drawString(left + 12 * mm, y, text_said)
        self.y = bottom

    def rulers(self) -> None:
        c = self.c
        c.setStrokeColor(colors.black)
        c.setFillColor(colors.black)
        x0, y0 = H_RULER
        c.setLineWidth(0.5)
        c.line(x0, y0, x0 + RULER_MM * mm, y0)
        for n in range(RULER_MM + 1):
            tick = (5 if n % 10 == 0 else 3.2 if n % 5 == 0 else 1.8) * mm
            c.setLineWidth(0.35 if n % 10 else 0.5)
            c.line(x0 + n * mm, y0, x0 + n * mm, y0 + tick)
            if n % 10 == 0:
                c.setFont(FONT, 6.5)
                c.drawCentredString(x0 + n * mm, y0 + 6 * mm, str(n // 10))
        c.setFont(FONT, 7)
        c.drawString(x0 + RULER_MM * mm + 2 * mm, y0 + 0.5 * mm, "100 mm")
        vx, vy = V_RULER
        c.setLineWidth(0.5)
        c.line(vx, vy, vx, vy + RULER_MM * mm)
        for n in range(RULER_MM + 1):
            tick = (5 if n % 10 == 0 else 3.2 if n % 5 == 0 else 1.8) * mm
            c.setLineWidth(0.35 if n % 10 else 0.5)
            c.line(vx, vy + n * mm, vx - tick, vy + n * mm)
            if n % 10 == 0:
                c.setFont(FONT, 6.5)
                c.drawRightString(vx - 6 * mm, vy + n * mm - 2, str(n // 10))
        c.setFont(FONT, 7)
        c.drawCentredString(vx, vy + RULER_MM * mm + 2.5 * mm, "100 mm")
        note = one_line("doc_test_ruler", self.langs)
        room = vx - 14 * mm - MARGIN
        lines = _wrap(note, FONT, 8, room)
        y = y0 - 5.5 * mm
        c.setFont(FONT, 8)
        for text_line in lines[:4]:
            c.drawString(x0, y, text_line)
            y -= 3.3 * mm

    def greys(self) -> None:
        c = self.c
        x0, y0 = H_RULER
        side = 11 * mm
        base = y0 + 16 * mm
        for i, percent in enumerate(GREYS):
            x = x0 + i * (side + 3 * mm)
            c.setFillGray(1 - percent / 100)
            c.setStrokeColor(GRID)
            c.setLineWidth(0.4)
            c.rect(x, base, side, side, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.setFont(FONT, 7)
            c.drawCentredString(x + side / 2, base - 3.2 * mm, f"{percent} %")
        room = V_RULER[0] - 14 * mm - MARGIN
        y = base + side + 3 * mm
        c.setFont(FONT, 8.3)
        for code in ("doc_test_grey", "doc_test_corners"):
            for text_line in reversed(_wrap(one_line(code, self.langs), FONT, 8.3, room)[:3]):
                c.drawString(x0, y, text_line)
                y += 3.6 * mm
            y += 3 * mm
        self.lower_top = y - 3.6 * mm  # the last line's capitals

    def qr(self) -> None:
        payload = qr_payload(self.page.build)
        count, ops = qr_ops(payload)
        x = self.width - MARGIN - QR_SIZE
        y = self.height - self.top - QR_SIZE
        box = QR_SIZE / count
        c = self.c
        c.saveState()
        c.transform(box, 0, 0, box, x, y)
        c.addLiteral(ops)
        c.restoreState()
        below = y - 3.5 * mm
        c.setFont(FONT, 7)
        for note in words("doc_test_qr", self.langs):
            c.setFont(FONT, fitted_size(note, FONT, 7, QR_SIZE + 4 * mm, 4.5, 0.25))
            c.drawCentredString(x + QR_SIZE / 2, below, note)
            below -= 2.8 * mm
        c.setFont(BUILD_FONT, fitted_size(payload, BUILD_FONT, 7.5, QR_SIZE + 4 * mm, 5, 0.25))
        c.drawCentredString(x + QR_SIZE / 2, below, payload)

    def corners(self) -> None:
        c = self.c
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        w, h, inset, arm = self.width, self.height, CORNER_INSET, CORNER_ARM
        for x, y, dx, dy in ((inset, inset, 1, 1), (w - inset, inset, -1, 1),
                             (inset, h - inset, 1, -1), (w - inset, h - inset, -1, -1)):
            c.line(x, y, x + dx * arm, y)
            c.line(x, y, x, y + dy * arm)


def _wrap(value: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return list(simpleSplit(value, font, size, width)) or [""]

