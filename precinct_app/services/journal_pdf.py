"""The printed journal of complaints, remarks and acts (PDF): ReportLab, deterministic.

:func:`build` draws what :func:`~precinct_app.services.journal_page.journal_page` says:
A4 landscape (six columns of free text need the width), a table of entries repeating
its head on every page, then the disputed ballots decided at the count, then the
chair's and the secretary's signatures. TRAINING is marked on every page.
"""

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

from precinct_app.services import anchor, audit, disputes, journal
from precinct_app.services.clock import Clock
from precinct_app.services.journal_page import JournalPage, journal_page
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
from precinct_app.services.station import StationInfo, load_station

_PAGE = landscape(A4)
_MARGIN = 14 * mm
_SHADE = colors.HexColor("#e8edf2")


def _html(text: str) -> str:
    """Typed text as a paragraph: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
        self.body = base
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5,
                                   wordWrap="CJK")  # a 300-character word still wraps
        self.head = ParagraphStyle("head", parent=self.cell, fontName=FONT_BOLD,
                                   wordWrap=None)
        self.muted = ParagraphStyle("muted", parent=self.cell, textColor=MUTED)
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=14,
                                    leading=18)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11,
                                 leading=14, spaceBefore=8, spaceAfter=3)


class _Journal:
    def __init__(self, page: JournalPage) -> None:
        self.page = page
        self.s = _Styles()
        self.width = _PAGE[0] - 2 * _MARGIN

    def draw_page(self, canvas: Canvas, _doc: Any) -> None:
        if self.page.training:
            draw_training_marks(canvas, _PAGE, self.page.training_note, margin=_MARGIN)

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        draw_report_footer(canvas, _PAGE[0], _MARGIN, self.page.footer,
                           self.page.page_of(page, pages), self.page.audit_head, line_y=13 * mm)

    def lines(self, texts: Sequence[str], style: ParagraphStyle) -> Paragraph:
        return Paragraph("<br/>".join(_html(t) for t in texts), style)

    def story(self) -> list[Any]:
        p, s = self.page, self.s
        out: list[Any] = [self.lines(p.title, s.title), self.lines(p.election_title, s.body),
                          self.lines(p.precinct, s.body), self.lines([p.printed], s.muted),
                          Spacer(1, 4 * mm), self.entries()]
        if p.disputes:
            out += [CondPageBreak(40 * mm), self.lines(p.disputes_title, s.h2),
                    self.lines([p.rule], s.muted), Spacer(1, 2 * mm), self.disputes(),
                    self.lines(p.tallies, s.body)]
        out.append(KeepTogether([Spacer(1, 8 * mm), self.signatures()]))
        return out

    def grid(self) -> TableStyle:
        return TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ])

    def entries(self) -> Table:
        p, s = self.page, self.s
        data: list[list[Any]] = [[self.lines(h, s.head) for h in p.heads]]
        for row in p.entries:
            data.append([
                Paragraph(f"<b>{row.number}</b>", s.cell), Paragraph(row.received, s.cell),
                self.lines(row.sender, s.cell),
                Paragraph(f"<b>{_html(row.kind)}</b><br/>{_html(row.about)}", s.cell),
                Paragraph(_html(row.decision) + (f"<br/><b>{escape(row.vote)}</b>"
                                                 if row.vote else ""),
                          s.cell if row.vote else s.muted),
                self.lines(row.answered, s.cell),
            ])
        if not p.entries:
            data.append([Paragraph(escape(p.empty), s.muted), "", "", "", "", ""])
        fixed = [10 * mm, 26 * mm, 48 * mm, 0.0, 0.0, 42 * mm]
        rest = (self.width - sum(fixed)) / 2
        # A complaint can be longer than a page: its row splits across pages.
        table = Table(data, colWidths=[w or rest for w in fixed], repeatRows=1, splitInRow=1)
        table.setStyle(self.grid())
        if not p.entries:
            table.setStyle(TableStyle([("SPAN", (0, 1), (-1, 1))]))
        return table

    def disputes(self) -> Table:
        p, s = self.page, self.s
        data: list[list[Any]] = [[self.lines(h, s.head) for h in p.dispute_heads]]
        for row in p.disputes:
            data.append([Paragraph(row.time, s.cell), Paragraph(escape(row.contest), s.cell),
                         Paragraph(escape(row.decision), s.cell), Paragraph(row.vote, s.cell),
                         Paragraph(escape(row.by), s.cell), Paragraph(_html(row.note), s.cell)])
        fixed = [26 * mm, 32 * mm, 50 * mm, 30 * mm, 50 * mm]
        table = Table(data, colWidths=[*fixed, self.width - sum(fixed)], repeatRows=1,
                      splitInRow=1)
        table.setStyle(self.grid())
        return table

    def signatures(self) -> Table:
        return signature_table(self.page.signers, self.page.signature, self.lines, self.s.cell,
                               self.s.muted, (80 * mm, 50 * mm, 90 * mm), gap=14,
                               h_align="LEFT")


def draw(page: JournalPage) -> bytes:
    """Draw what :func:`~precinct_app.services.journal_page.journal_page` says."""
    register_fonts()
    spec = _Journal(page)
    meta = Metadata(page.pdf_title, page.election_id, page.langs[0], page.training)
    margins = (_MARGIN, _MARGIN, (20 if page.training else 12) * mm, 18 * mm)
    return render_story(spec.story(), meta, _PAGE, margins, spec.draw_page, spec.draw_footer)


def render_journal_pdf(session: Session, clock: Clock, lang: str = "kk+ru") -> bytes:
    """Read the journal and the disputed ballots, render them (writes nothing)."""
    clock = clock.snapshot()  # one reading: the printing time and the TRAINING mark agree
    station = load_station(session)
    page = journal_page(
        journal.entries(session), disputes.decisions(session), disputes.tallies(session),
        station, clock.local(station.timezone), station.training(clock), lang,
        anchor.head_text(audit.head(session)), disputes.rule(session))
    return draw(page)


def default_file_name(station: StationInfo, clock: Clock) -> str:
    """An ASCII file name: ``[TRAINING_]journal_P<precinct>_<YYYYMMDD>T<HHMM>.pdf``."""
    now = clock.local(station.timezone).strftime("%Y%m%dT%H%M")
    name = f"journal_P{file_safe(station.precinct_number)}_{now}.pdf"
    return ("TRAINING_" + name) if station.training(clock) else name
