"""The act of a portable box as a PDF (docs/domain.md §15): draws an
:class:`~precinct_app.services.box_act_page.ActPage`; deterministic, Qt-free."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from precinct_app.services.box_act_page import ActPage, ActText
from precinct_app.services.pdf_common import (
    FONT,
    FONT_BOLD,
    GRID,
    MUTED,
    Metadata,
    draw_report_footer,
    draw_training_marks,
    register_fonts,
    render_story,
)

_SHADE = colors.HexColor("#e8edf2")
_MARGIN = 16 * mm


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class _Act:
    def __init__(self, page: ActPage) -> None:
        self.page = page
        self.width = A4[0] - 2 * _MARGIN
        base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12)
        self.body = base
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=12.5,
                                    leading=15, spaceAfter=3)
        self.bold = ParagraphStyle("bold", parent=base, fontName=FONT_BOLD, spaceBefore=4)
        self.number = ParagraphStyle("number", parent=base, fontName=FONT_BOLD, fontSize=11,
                                     alignment=TA_RIGHT)
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                                    textColor=MUTED)

    def draw_page(self, canvas: Canvas, _doc: Any) -> None:
        if self.page.training:
            draw_training_marks(canvas, A4, self.page.training_note, margin=_MARGIN)

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        draw_report_footer(canvas, A4[0], _MARGIN, self.page.footer,
                           self.page.page_of(page, pages))

    def column(self, t: ActText, width: float) -> list[Any]:
        figures = Table([[_p(label, self.body), _p(value, self.number)]
                         for label, value in t.figures],
                        colWidths=[width - 24 * mm, 22 * mm])
        figures.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 1), (-1, 1), _SHADE),
        ]))
        return [_p(t.title, self.title), _p(t.precinct, self.body), _p(t.election, self.body),
                _p(t.contest, self.body), _p(t.carriers_heading, self.bold),
                *(_p(c, self.body) for c in t.carriers), _p(t.trip_times, self.body),
                Spacer(1, 3 * mm), figures, Spacer(1, 3 * mm), _p(t.rule, self.body),
                Spacer(1, 2 * mm), _p(t.counted, self.small), _p(t.drawn, self.small)]

    def signatures(self) -> Table:
        rows = [[_p(" / ".join(s.role), self.body), _p(s.name, self.body),
                 _p("_" * 22, self.body)] for s in self.page.signers]
        rows.append(["", "", _p(self.page.signature_word, self.small)])
        table = Table(rows, colWidths=[self.width * 0.45, self.width * 0.3, self.width * 0.25])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 7)]))
        return table

    def story(self) -> list[Any]:
        texts: Sequence[ActText] = self.page.texts
        col = self.width / len(texts)
        body = Table([[self.column(t, col - 4 * mm) for t in texts]],
                     colWidths=[col] * len(texts))
        body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LINEAFTER", (0, 0), (-2, -1), 0.4, GRID)]))
        return [Spacer(1, 8 * mm) if self.page.training else Spacer(1, 0), body,
                Spacer(1, 8 * mm), KeepTogether([self.signatures()])]


def build(page: ActPage) -> bytes:
    """The act's PDF bytes (A4; the same page gives the same bytes)."""
    register_fonts()
    act = _Act(page)
    meta = Metadata(page.title, page.subject, page.langs[0], page.training)
    return render_story(act.story(), meta, A4, (_MARGIN, _MARGIN, 18 * mm, 20 * mm),
                        act.draw_page, act.draw_footer)
