"""The register of certified copies and of those present as a PDF annex: ReportLab
platypus, deterministic, Qt-free. :func:`draw` draws what
:func:`~precinct_app.services.people_page.people_page` says; :func:`render` reads the
station and draws it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from precinct_app.services.clock import Clock
from precinct_app.services.pdf_common import (
    FONT,
    FONT_BOLD,
    GRID,
    MUTED,
    Metadata,
    draw_report_footer,
    draw_training_marks,
    file_safe,
    register_fonts,
    render_story,
    signature_table,
)
from precinct_app.services.people_page import PeoplePage, read_page
from precinct_app.services.station import StationInfo

_PAGE = landscape(A4)  # seven columns of names and times: wider than tall
_SHADE = colors.HexColor("#e8edf2")
_MARGIN = 15 * mm


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                                    textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=FONT_BOLD, fontSize=8)
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=13,
                                    leading=16, spaceAfter=2)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=11,
                                 leading=14, spaceBefore=6, spaceAfter=2)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=9.5,
                                 leading=12, spaceBefore=4, spaceAfter=2)


def _para(lines: Sequence[str], style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(escape(x) for x in lines), style)


class _Annex:
    def __init__(self, page: PeoplePage) -> None:
        self.page = page
        self.s = _Styles()
        self.width = _PAGE[0] - 2 * _MARGIN

    def draw_page(self, canvas: Canvas, _doc: Any) -> None:
        if self.page.training:
            draw_training_marks(canvas, _PAGE, self.page.training_note, margin=_MARGIN)

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        draw_report_footer(canvas, _PAGE[0], _MARGIN, self.page.footer,
                           self.page.page_of(page, pages), self.page.audit_head)

    def table(self, heads: Sequence[Sequence[str]], rows: Sequence[Sequence[str]],
              widths: Sequence[float]) -> Any:
        if not rows:
            return Paragraph(escape(self.page.none), self.s.small)
        data: list[list[Any]] = [[_para(h, self.s.head) for h in heads]]
        data += [[Paragraph(escape(cell), self.s.cell) for cell in row] for row in rows]
        total = sum(widths)
        table = Table(data, colWidths=[self.width * w / total for w in widths], repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
            ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ]))
        return table

    def story(self) -> list[Any]:
        p = self.page
        out: list[Any] = [_para(p.annex, self.s.small), _para(p.election_title, self.s.title),
                          _para(p.title, self.s.h1), _para(p.precinct, self.s.body)]
        for part in p.contests:
            out.append(CondPageBreak(50 * mm))
            out.append(KeepTogether([_para(part.title, self.s.h1),
                                     _para(part.codes, self.s.small),
                                     _para(p.copies_head, self.s.h2)]))
            out.append(self.table(p.columns, part.rows, (13, 13, 25, 23, 14, 28, 17)))
            out.append(KeepTogether([_para(p.posted_head, self.s.h2),
                                     _para(part.posted, self.s.body)]))
        # A heading never ends a page: it goes with its table (a long one still splits).
        out.append(KeepTogether([_para(p.present_head, self.s.h1),
                                 self.table(p.present_columns, p.present,
                                            (30, 22, 24, 16, 34, 20))]))
        out.append(KeepTogether([Spacer(1, 8 * mm), self.signatures()]))
        return out

    def signatures(self) -> Table:
        return signature_table(self.page.signers, self.page.signature, _para, self.s.cell,
                               self.s.small, (90 * mm, 50 * mm, self.width - 140 * mm))


def draw(page: PeoplePage) -> bytes:
    """The annex as PDF bytes (A4 landscape); the same page gives the same bytes."""
    register_fonts()
    spec = _Annex(page)
    meta = Metadata(page.pdf_title, page.election_id, page.langs[0], page.training)
    margins = (_MARGIN, _MARGIN, (22 if page.training else 14) * mm, 20 * mm)
    return render_story(spec.story(), meta, _PAGE, margins, spec.draw_page, spec.draw_footer)


def render(session: Session, clock: Clock, lang: str = "kk+ru",
           contest_id: str | None = None) -> bytes:
    """Read the registers (one contest's copies if named) and draw them (writes nothing)."""
    return draw(read_page(session, clock.snapshot(), lang, contest_id))


def default_file_name(station: StationInfo, clock: Clock, lang: str = "kk+ru") -> str:
    """``[TRAINING_]copies_P<precinct>_<lang>.pdf``."""
    name = f"copies_P{file_safe(station.precinct_number)}_{file_safe(lang)}.pdf"
    return ("TRAINING_" + name) if station.training(clock) else name
