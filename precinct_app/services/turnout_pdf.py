"""The printable turnout report (PDF): ReportLab platypus, deterministic, Qt-free.

:func:`build` only renders a :class:`~precinct_app.services.turnout.TurnoutReport`;
:func:`render_turnout_pdf` reads one from the session. The same input gives the
same bytes (``invariant=1``). The words are the catalog's ``doc_turnout_*`` and the
reports' shared ``doc_*`` (``messages/documents.py``). Only ballots
issued and voters on the list are printed: never an option or a vote total.
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

from precinct_app import __version__
from precinct_app.services import anchor, audit, turnout
from precinct_app.services.clock import Clock
from precinct_app.services.localize import grouped, in_languages, section_order, station_time
from precinct_app.services.pdf_common import (
    FONT,
    FONT_BOLD,
    Metadata,
    draw_training_marks,
    file_safe,
    languages,
    one_line,
    register_fonts,
    render_story,
    report_signers,
    words,
)
from precinct_app.services.station import StationInfo, load_station
from precinct_app.services.turnout import ReportTime, TurnoutLine, TurnoutReport

_GRID = colors.HexColor("#8a949e")
_SHADE = colors.HexColor("#e8edf2")
_BAR = colors.HexColor("#1f5f8b")
_BAR_OPEN = colors.HexColor("#9fb8cc")
_MUTED = colors.HexColor("#4a545e")


def percent_text(value: float, langs: Sequence[str]) -> str:
    """One decimal; a decimal comma unless the report is English only."""
    out = f"{value:.1f}"
    return out if tuple(langs) == ("en",) else out.replace(".", ",")


_SHARED = {"audit_head": "doc_turnout_audit_head", "precinct": "doc_precinct",
           "voting_day": "doc_voting_day", "election_id": "doc_election_id",
           "chair": "doc_sign_chair", "secretary": "doc_sign_secretary",
           "signature": "doc_signature", "page": "doc_page", "not_official": "doc_not_official"}


def _code(key: str) -> str:
    """The catalog's code of a word of the report."""
    return _SHARED.get(key, f"doc_turnout_{key}")


class _Styles:
    """The few paragraph styles of the report."""

    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                                    textColor=_MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=FONT_BOLD)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)
        self.number = ParagraphStyle("number", parent=self.cell, alignment=TA_RIGHT)
        self.pending = ParagraphStyle("pending", parent=self.cell, alignment=TA_CENTER,
                                      textColor=_MUTED)
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
    """Turns one report into platypus flowables."""

    def __init__(self, rep: TurnoutReport, station: StationInfo, as_of: dt.datetime,
                 training: bool, lang: str, audit_head: str = "") -> None:
        self.rep, self.station, self.training = rep, station, training
        self.audit_head = audit_head
        self.langs = languages(lang)
        self.as_of = station_time(as_of, station.timezone)
        self.s = _Styles()
        self.width = A4[0] - 36 * mm

    def w(self, key: str, **params: object) -> tuple[str, ...]:
        return words(_code(key), self.langs, **params)

    def one_line(self, key: str, **params: object) -> str:
        return one_line(_code(key), self.langs, **params)

    def pct(self, value: float) -> str:
        return percent_text(value, self.langs)

    # -- the page furniture ---------------------------------------------------------------

    def footer_left(self) -> str:
        number = self.station.precinct_number
        return f"{self.station.election_id} · {self.one_line('precinct', number=number)}"

    def draw_page(self, canvas: Canvas, _doc: Any) -> None:
        """Before the content of every page: the TRAINING banner and watermark."""
        if not self.training:
            return
        draw_training_marks(canvas, A4, self.one_line("not_official"))

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """After layout (the page count is known): election id, precinct, page x of n."""
        width = A4[0]
        canvas.saveState()
        canvas.setStrokeColor(_GRID)
        canvas.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.black)
        canvas.drawString(18 * mm, 10 * mm, self.footer_left())
        if self.audit_head:  # observers write it down: the log's head when printed
            canvas.drawString(18 * mm, 6 * mm,
                              f"{self.one_line('audit_head')}: {self.audit_head}")
        canvas.drawRightString(width - 18 * mm, 10 * mm,
                               self.one_line("page", page=page, pages=pages))
        canvas.setFillColor(_MUTED)
        canvas.drawRightString(width - 18 * mm, 6 * mm, f"Precinct {__version__}")
        canvas.restoreState()

    # -- the content ----------------------------------------------------------------------

    def story(self) -> list[Any]:
        st = self.station
        out: list[Any] = [
            _para(in_languages(st.election_title, self.langs), self.s.title),
            _para(self.w("title"), self.s.h1),
        ]
        zone = self.as_of.strftime("UTC%z")
        zone = f"{st.timezone}, {zone[:-2]}:{zone[-2:]}"
        out.append(_para(self.w("as_of", time=self.as_of.strftime("%H:%M"),
                                date=self.as_of.strftime("%d.%m.%Y"), zone=zone), self.s.h2))
        addresses = dict(zip(self.langs, in_languages(st.address, self.langs), strict=False))
        out.append(Paragraph("<br/>".join(
            f"<b>{escape(one_line('doc_precinct', (lang,), number=st.precinct_number))}</b>"
            + (f" · {escape(addresses[lang])}" if lang in addresses else "")
            for lang in self.langs), self.s.body))
        out.append(Paragraph(
            f"{escape(self.one_line('voting_day'))}: "
            f"<b>{st.election_date.strftime('%d.%m.%Y')}</b>"
            f"<br/>{escape(self.one_line('election_id'))}: "
            f"<b>{escape(st.election_id)}</b>", self.s.body))
        sched = turnout.report_times(self.rep, st, self.as_of)
        for line in self.rep.station:
            out.extend(self.contest(line, sched))
        # The signatures never stand alone on a page: the note goes with them.
        out.append(KeepTogether([Spacer(1, 3 * mm), _para(self.w("definition"), self.s.small),
                                 Spacer(1, 6 * mm), self.signatures()]))
        return out

    def contest(self, line: TurnoutLine, sched: Sequence[ReportTime]) -> list[Any]:
        info = next((c for c in self.station.contests if c.id == line.contest_id), None)
        title = in_languages(info.title, self.langs) if info else [line.contest_id]
        live = Table(
            [[_para(self.w("issued"), self.s.head_right),
              _para(self.w("on_list"), self.s.head_right),
              _para(self.w("percent"), self.s.head_right)],
             [Paragraph(grouped(line.issued), self.s.big),
              Paragraph(grouped(line.on_list), self.s.big),
              Paragraph(self.pct(line.percent), self.s.big)]],
            colWidths=[self.width / 3] * 3,
        )
        live.setStyle(self.grid_style())
        return [
            KeepTogether([_para(title, self.s.h1), _para(self.w("live"), self.s.h2), live]),
            CondPageBreak(30 * mm),  # a heading never ends a page; a long table splits
            _para(self.w("snapshots"), self.s.h2),
            self.snapshots([r for r in sched if r.contest_id == line.contest_id]),
            CondPageBreak(30 * mm),
            _para(self.w("sections"), self.s.h2),
            self.sections(line),
            KeepTogether([_para(self.w("per_hour"), self.s.h2), self.chart(line.contest_id)]),
        ]

    def grid_style(self, header: bool = True, total: bool = False) -> TableStyle:
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), _SHADE))
        if total:  # the total row never stands alone on a page
            commands += [("BACKGROUND", (0, -1), (-1, -1), _SHADE),
                         ("NOSPLIT", (0, -3), (-1, -1))]
        return TableStyle(commands)

    def figures_header(self, first: str) -> list[Paragraph]:
        return [_para(self.w(first), self.s.head),
                _para(self.w("issued_short"), self.s.head_right),
                _para(self.w("on_list_short"), self.s.head_right),
                _para(self.w("percent"), self.s.head_right)]

    def columns(self) -> list[float]:
        rest = (self.width - 40 * mm) / 3
        return [40 * mm, rest, rest, rest]

    def snapshots(self, rows: Sequence[ReportTime]) -> Table:
        data: list[list[Any]] = [self.figures_header("time")]
        spans: list[tuple[Any, ...]] = []
        for number, row in enumerate(rows, start=1):
            snap = row.snapshot
            if snap is None:  # the state, in words, across the figures it stands for
                state = self.one_line("not_frozen" if row.due else "pending")
                data.append([Paragraph(row.report_time, self.s.cell),
                             Paragraph(f"— {escape(state)} —", self.s.pending), "", ""])
                spans.append(("SPAN", (1, number), (3, number)))
            else:
                data.append([Paragraph(f"<b>{snap.report_time}</b>", self.s.cell),
                             Paragraph(grouped(snap.issued), self.s.number),
                             Paragraph(grouped(snap.on_list), self.s.number),
                             Paragraph(f"<b>{self.pct(snap.percent)}</b>", self.s.number)])
        table = Table(data, colWidths=self.columns(), repeatRows=1)
        table.setStyle(self.grid_style())
        table.setStyle(TableStyle(spans))
        return table

    def sections(self, line: TurnoutLine) -> Table:
        lines = sorted((x for x in self.rep.sections if x.contest_id == line.contest_id),
                       key=lambda x: section_order(x.section))
        data: list[list[Any]] = [self.figures_header("section")]
        for x in lines:
            # Voters added on the day may have no section: a dash, never an empty cell.
            data.append([Paragraph(escape(x.section or "—"), self.s.cell),
                         Paragraph(grouped(x.issued), self.s.number),
                         Paragraph(grouped(x.on_list), self.s.number),
                         Paragraph(self.pct(x.percent), self.s.number)])
        data.append([_para(self.w("total"), self.s.head),
                     Paragraph(f"<b>{grouped(line.issued)}</b>", self.s.number),
                     Paragraph(f"<b>{grouped(line.on_list)}</b>", self.s.number),
                     Paragraph(f"<b>{self.pct(line.percent)}</b>", self.s.number)])
        table = Table(data, colWidths=self.columns(), repeatRows=1)
        table.setStyle(self.grid_style(total=True))
        return table

    def chart(self, contest_id: str) -> Drawing:
        hours = turnout.day_hours(self.rep, self.station, contest_id)
        now_hour = (self.as_of.strftime("%H")
                    if self.as_of.date() == (self.rep.day or self.station.election_date) else "")
        width, height = self.width, 54 * mm
        left, bottom, top = 10 * mm, 12 * mm, 5 * mm
        plot_w, plot_h = width - left - 2 * mm, height - bottom - top
        drawing = Drawing(width, height)
        peak = max((n for _, n in hours), default=0)
        step = _nice_step(peak)
        scale_top = max(step, -(-peak // step) * step)
        for tick in range(0, scale_top + 1, step):
            y = bottom + plot_h * tick / scale_top
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=_SHADE, strokeWidth=0.5))
            drawing.add(String(left - 1.5 * mm, y - 2.5, grouped(tick), fontName=FONT,
                               fontSize=7, textAnchor="end", fillColor=_MUTED))
        slot = plot_w / max(1, len(hours))
        shown_open = False
        for i, (hour, count) in enumerate(hours):
            x = left + i * slot
            bar_h = plot_h * count / scale_top
            in_progress = hour == now_hour
            if count:
                drawing.add(Rect(x + slot * 0.15, bottom, slot * 0.7, bar_h,
                                 fillColor=_BAR_OPEN if in_progress else _BAR,
                                 strokeColor=_BAR, strokeWidth=0.6))
            future = bool(now_hour) and hour > now_hour
            if not future:
                label = grouped(count) + ("*" if in_progress else "")
                shown_open = shown_open or in_progress
                drawing.add(String(x + slot / 2, bottom + bar_h + 1.5 * mm, label,
                                   fontName=FONT_BOLD, fontSize=8, textAnchor="middle"))
            drawing.add(String(x + slot / 2, bottom - 4 * mm, hour, fontName=FONT, fontSize=8,
                               textAnchor="middle"))
        drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=colors.black,
                         strokeWidth=0.8))
        drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=colors.black,
                         strokeWidth=0.8))
        caption = self.one_line("hour_axis")
        if shown_open:
            caption += "   " + self.one_line("hour_open")
        drawing.add(String(left, 2 * mm, caption, fontName=FONT, fontSize=7.5,
                           fillColor=_MUTED))
        return drawing

    def signatures(self) -> Table:
        rows: list[list[Any]] = []
        for signer in report_signers(self.station, self.langs):
            rows.append([_para(signer.role, self.s.cell), "", _para([signer.name], self.s.cell)])
            rows.append(["", _para([self.one_line("signature")], self.s.small), ""])
        table = Table(rows, colWidths=[72 * mm, 40 * mm, self.width - 112 * mm])
        commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
        for r in range(0, len(rows), 2):
            commands += [("LINEBELOW", (1, r), (1, r), 0.6, colors.black),
                         ("TOPPADDING", (0, r), (-1, r), 16 if r else 4)]
        table.setStyle(TableStyle(commands))
        return table


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
    register_fonts()
    if as_of.tzinfo is None:
        raise ValueError("as_of must carry its time zone")
    spec = _Report(report, station, as_of, training, lang, audit_head)
    meta = Metadata(f"{spec.one_line('title')} — {spec.footer_left()}", station.election_id,
                    spec.langs[0], training)
    margins = (18 * mm, 18 * mm, (20 if training else 14) * mm, 20 * mm)
    return render_story(spec.story(), meta, A4, margins, spec.draw_page, spec.draw_footer)


def render_turnout_pdf(session: Session, clock: Clock, lang: str = "kk+ru") -> bytes:
    """Read the live turnout and the stored snapshots, render them (writes nothing)."""
    station = load_station(session)
    rep = turnout.report(session)
    return build(rep, station, clock.local(station.timezone), station.training(clock), lang,
                 anchor.head_text(audit.head(session)))


def default_file_name(station: StationInfo, clock: Clock) -> str:
    """An ASCII file name: ``[TRAINING_]turnout_P<precinct>_<YYYYMMDD>T<HHMM>.pdf``."""
    now = clock.local(station.timezone).strftime("%Y%m%dT%H%M")
    name = f"turnout_P{file_safe(station.precinct_number)}_{now}.pdf"
    return ("TRAINING_" + name) if station.training(clock) else name
