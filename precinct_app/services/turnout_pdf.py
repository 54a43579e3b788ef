"""The printable turnout report (PDF): ReportLab platypus, deterministic, Qt-free.

:func:`build` renders a :class:`~precinct_app.services.turnout.TurnoutReport` in two
steps: :func:`~precinct_app.services.turnout_page.turnout_page` says what the report says,
:func:`draw` draws it; :func:`render_turnout_pdf` reads the report from the session.
The same input gives the same bytes (``invariant=1``). Only ballots issued and voters on
the list are printed: never an option or a vote total.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from precinct_app.services import anchor, audit, turnout
from precinct_app.services.clock import Clock
from precinct_app.services.localize import grouped
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
from precinct_app.services.turnout import TurnoutReport
from precinct_app.services.turnout_page import ContestPart, SnapshotRow, TurnoutPage, turnout_page

_SHADE = colors.HexColor("#e8edf2")
_BAR = colors.HexColor("#1f5f8b")
_BAR_OPEN = colors.HexColor("#9fb8cc")


class _Styles:
    """The few paragraph styles of the report."""

    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                                    textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=FONT_BOLD)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)
        self.number = ParagraphStyle("number", parent=self.cell, alignment=TA_RIGHT)
        self.pending = ParagraphStyle("pending", parent=self.cell, alignment=TA_CENTER,
                                      textColor=MUTED)
        self.big = ParagraphStyle("big", parent=base, fontName=FONT_BOLD, fontSize=13,
                                  leading=16, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=14,
                                    leading=18, spaceAfter=2)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=12,
                                 leading=15, spaceBefore=6, spaceAfter=2)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10,
                                 leading=13, spaceBefore=6, spaceAfter=3)


def _para(lines: Sequence[str], style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(escape(line) for line in lines), style)


class _Report:
    """Draws a :class:`~precinct_app.services.turnout_page.TurnoutPage` as platypus
    flowables and page furniture."""

    def __init__(self, page: TurnoutPage) -> None:
        self.page = page
        self.s = _Styles()
        self.width = A4[0] - 36 * mm

    # -- the page furniture ---------------------------------------------------------------

    def draw_page(self, canvas: Canvas, _doc: Any) -> None:
        """Before the content of every page: the TRAINING banner and watermark."""
        if self.page.training:
            draw_training_marks(canvas, A4, self.page.training_note)

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """After layout (the page count is known): election id, precinct, page x of n."""
        draw_report_footer(canvas, A4[0], 18 * mm, self.page.footer,
                           self.page.page_of(page, pages), self.page.audit_head)

    # -- the content ----------------------------------------------------------------------

    def story(self) -> list[Any]:
        p = self.page
        out: list[Any] = [_para(p.election_title, self.s.title), _para(p.title, self.s.h1),
                          _para(p.as_of, self.s.h2)]
        out.append(Paragraph("<br/>".join(
            f"<b>{escape(precinct)}</b>" + (f" · {escape(address)}" if address else "")
            for precinct, address in p.precinct), self.s.body))
        (day_label, day), (id_label, election_id) = p.voting_day, p.election
        out.append(Paragraph(
            f"{escape(day_label)}: <b>{day}</b>"
            f"<br/>{escape(id_label)}: <b>{escape(election_id)}</b>", self.s.body))
        for part in p.contests:
            out.extend(self.contest(part))
        # The signatures never stand alone on a page: the note goes with them.
        out.append(KeepTogether([Spacer(1, 3 * mm), _para(p.definition, self.s.small),
                                 Spacer(1, 6 * mm), self.signatures()]))
        return out

    def contest(self, part: ContestPart) -> list[Any]:
        h = self.page.heads
        live = Table(
            [[_para(h.issued, self.s.head_right), _para(h.on_list, self.s.head_right),
              _para(h.percent, self.s.head_right)],
             [Paragraph(part.live.issued, self.s.big), Paragraph(part.live.on_list, self.s.big),
              Paragraph(part.live.percent, self.s.big)]],
            colWidths=[self.width / 3] * 3,
        )
        live.setStyle(self.grid_style())
        return [
            KeepTogether([_para(part.title, self.s.h1), _para(h.live, self.s.h2), live]),
            CondPageBreak(30 * mm),  # a heading never ends a page; a long table splits
            _para(h.snapshots, self.s.h2),
            self.snapshots(part.snapshots),
            CondPageBreak(30 * mm),
            _para(h.sections, self.s.h2),
            self.sections(part),
            KeepTogether([_para(h.per_hour, self.s.h2), self.chart(part)]),
        ]

    def grid_style(self, header: bool = True, total: bool = False) -> TableStyle:
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), _SHADE))
        if total:  # the total row never stands alone on a page
            commands += [("BACKGROUND", (0, -1), (-1, -1), _SHADE),
                         ("NOSPLIT", (0, -3), (-1, -1))]
        return TableStyle(commands)

    def figures_header(self, first: tuple[str, ...]) -> list[Paragraph]:
        h = self.page.heads
        return [_para(first, self.s.head), _para(h.issued_short, self.s.head_right),
                _para(h.on_list_short, self.s.head_right), _para(h.percent, self.s.head_right)]

    def columns(self) -> list[float]:
        rest = (self.width - 40 * mm) / 3
        return [40 * mm, rest, rest, rest]

    def snapshots(self, rows: Sequence[SnapshotRow]) -> Table:
        data: list[list[Any]] = [self.figures_header(self.page.heads.time)]
        spans: list[tuple[Any, ...]] = []
        for number, row in enumerate(rows, start=1):
            f = row.figures
            if f is None:  # the state, in words, across the figures it stands for
                data.append([Paragraph(row.time, self.s.cell),
                             Paragraph(f"— {escape(row.state)} —", self.s.pending), "", ""])
                spans.append(("SPAN", (1, number), (3, number)))
            else:
                data.append([Paragraph(f"<b>{row.time}</b>", self.s.cell),
                             Paragraph(f.issued, self.s.number),
                             Paragraph(f.on_list, self.s.number),
                             Paragraph(f"<b>{f.percent}</b>", self.s.number)])
        table = Table(data, colWidths=self.columns(), repeatRows=1)
        table.setStyle(self.grid_style())
        table.setStyle(TableStyle(spans))
        return table

    def sections(self, part: ContestPart) -> Table:
        data: list[list[Any]] = [self.figures_header(self.page.heads.section)]
        for x in part.sections:
            data.append([Paragraph(escape(x.label), self.s.cell),
                         Paragraph(x.issued, self.s.number),
                         Paragraph(x.on_list, self.s.number),
                         Paragraph(x.percent, self.s.number)])
        t = part.total
        data.append([_para(self.page.heads.total, self.s.head),
                     Paragraph(f"<b>{t.issued}</b>", self.s.number),
                     Paragraph(f"<b>{t.on_list}</b>", self.s.number),
                     Paragraph(f"<b>{t.percent}</b>", self.s.number)])
        table = Table(data, colWidths=self.columns(), repeatRows=1)
        table.setStyle(self.grid_style(total=True))
        return table

    def chart(self, part: ContestPart) -> Drawing:
        width, height = self.width, 54 * mm
        left, bottom, top = 10 * mm, 12 * mm, 5 * mm
        plot_w, plot_h = width - left - 2 * mm, height - bottom - top
        drawing = Drawing(width, height)
        peak = max((bar.count for bar in part.bars), default=0)
        step = _nice_step(peak)
        scale_top = max(step, -(-peak // step) * step)
        for tick in range(0, scale_top + 1, step):
            y = bottom + plot_h * tick / scale_top
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=_SHADE, strokeWidth=0.5))
            drawing.add(String(left - 1.5 * mm, y - 2.5, grouped(tick), fontName=FONT,
                               fontSize=7, textAnchor="end", fillColor=MUTED))
        slot = plot_w / max(1, len(part.bars))
        for i, bar in enumerate(part.bars):
            x = left + i * slot
            bar_h = plot_h * bar.count / scale_top
            if bar.count:
                drawing.add(Rect(x + slot * 0.15, bottom, slot * 0.7, bar_h,
                                 fillColor=_BAR_OPEN if bar.in_progress else _BAR,
                                 strokeColor=_BAR, strokeWidth=0.6))
            if bar.label:
                drawing.add(String(x + slot / 2, bottom + bar_h + 1.5 * mm, bar.label,
                                   fontName=FONT_BOLD, fontSize=8, textAnchor="middle"))
            drawing.add(String(x + slot / 2, bottom - 4 * mm, bar.hour, fontName=FONT,
                               fontSize=8, textAnchor="middle"))
        drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=colors.black,
                         strokeWidth=0.8))
        drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=colors.black,
                         strokeWidth=0.8))
        drawing.add(String(left, 2 * mm, part.caption, fontName=FONT, fontSize=7.5,
                           fillColor=MUTED))
        return drawing

    def signatures(self) -> Table:
        return signature_table(self.page.signers, self.page.signature, _para, self.s.cell,
                               self.s.small, (72 * mm, 40 * mm, self.width - 112 * mm))


def _nice_step(peak: int) -> int:
    """A round tick step giving about four grid lines up to ``peak``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak <= step * 4:
            return step
    return 10_000


def build(
    report: TurnoutReport,
    station: StationInfo,
    as_of: dt.datetime,
    training: bool,
    lang: str = "kk+ru",
    audit_head: str = "",
) -> bytes:
    """The turnout report as PDF bytes (A4); ``as_of`` is station time (aware).

    ``audit_head`` (``1234 · 7F3A-91C2``) is printed in every page's footer.
    """
    return draw(turnout_page(report, station, as_of, training, lang, audit_head))


def draw(page: TurnoutPage) -> bytes:
    """Draw what :func:`~precinct_app.services.turnout_page.turnout_page` says."""
    register_fonts()
    spec = _Report(page)
    meta = Metadata(page.pdf_title, page.election_id, page.langs[0], page.training)
    margins = (18 * mm, 18 * mm, (20 if page.training else 14) * mm, 20 * mm)
    return render_story(spec.story(), meta, A4, margins, spec.draw_page, spec.draw_footer)


def render_turnout_pdf(session: Session, clock: Clock, lang: str = "kk+ru") -> bytes:
    """Read the live turnout and the stored snapshots, render them (writes nothing)."""
    clock = clock.snapshot()  # one reading: the report's time and the TRAINING mark agree
    station = load_station(session)
    rep = turnout.report(session)
    return build(rep, station, clock.local(station.timezone), station.training(clock), lang,
                 anchor.head_text(audit.head(session)))


def default_file_name(station: StationInfo, clock: Clock) -> str:
    """An ASCII file name: ``[TRAINING_]turnout_P<precinct>_<YYYYMMDD>T<HHMM>.pdf``."""
    now = clock.local(station.timezone).strftime("%Y%m%dT%H%M")
    name = f"turnout_P{file_safe(station.precinct_number)}_{now}.pdf"
    return ("TRAINING_" + name) if station.training(clock) else name
