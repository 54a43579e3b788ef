"""The paper fallback: the voter list with every issuance mark, as a PDF (issue 5, item 6).

Printed during the day (and kept with the backups) so that a commission whose laptop
fails can carry on with paper: every voter in list-number order (by list section
when the list has sections), the same columns as the commission's paper list (list
no., surname, name and patronymic, birth year, address), and per contest the mark
the software holds: the time (HH:MM, station time) and place of the issuance, a
replacement of a spoiled ballot, "—" for an excluded voter; the note column names
the exclusion reason, an addition on the day, an undone issuance. A blank contest
cell means no ballot recorded when the list was printed: the commission marks it
by hand from then on. The header says the time the state was taken ("state at").

:func:`build` reads what the list says
(:func:`~precinct_app.services.paper_list_page.paper_list_page`, the data step) and
draws it (:func:`draw`). Drawn straight on the canvas (fixed columns, rows measured
once): a 3,000-voter list takes well under a second, where a platypus table of
paragraphs takes many. Deterministic for a given clock (``invariant=1``). Qt-free.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from precinct_app.services import build_id
from precinct_app.services.clock import Clock
from precinct_app.services.paper_list_page import ListGroup, ListRow, PaperListPage, paper_list_page
from precinct_app.services.pdf_common import (
    FONT,
    FONT_BOLD,
    LANGS,
    Metadata,
    canvas_maker,
    draw_training_marks,
    file_safe,
    register_fonts,
)
from precinct_app.services.station import StationInfo

__all__ = ["LANGS", "build", "default_file_name", "draw"]

PAGE = landscape(A4)
_MARGIN = 12 * mm
_SIZE, _LEADING = 7.5, 8.6
_HEAD_SIZE, _HEAD_LEADING = 6.8, 7.8
_PAD: float = 1.3 * mm  # left and right in a cell (float: reportlab has no stubs)
_ROW_EXTRA = 3.8  # a row's height beyond its lines
_CONTEST0 = 5  # the first contest column
_GRID = colors.HexColor("#8a949e")
_SHADE = colors.HexColor("#e8edf2")
_ISSUED = colors.HexColor("#eef3ee")
_MUTED = colors.HexColor("#4a545e")


@dataclass(frozen=True)
class _Row:
    """A row measured: the lines of each cell and the row's height."""

    cells: tuple[tuple[str, ...], ...]
    height: float
    issued: tuple[bool, ...]  # per contest column: shaded when a ballot is held


class _Columns:
    """The fixed columns of the list (the contests share what is left), and measuring."""

    def __init__(self, contests: int) -> None:
        width = PAGE[0] - 2 * _MARGIN
        fixed = [12 * mm, 64 * mm, 15 * mm, 60 * mm, 46 * mm]
        n = max(1, contests)
        rest = (width - sum(fixed)) / n
        self.widths = [*fixed, *([rest] * n)]
        self.xs = [_MARGIN]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)

    def fit(self, value: str, column: int, size: float = _SIZE) -> tuple[str, ...]:
        room = self.widths[column] - 2 * _PAD
        if not value:
            return ()
        if stringWidth(value, FONT, size) <= room:
            return (value,)
        return tuple(simpleSplit(value, FONT, size, room)) or (value,)

    def row(self, row: ListRow) -> _Row:
        cells = tuple(self.fit(t, i) for i, t in enumerate(row.cells))
        lines = max(1, *(len(c) for c in cells))
        return _Row(cells, lines * _LEADING + _ROW_EXTRA, row.issued)

    def heads(self, heads: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """Each head broken into lines: each language on its own, then to the width."""
        out = []
        for i, value in enumerate(heads):
            lines: list[str] = []
            for part in value.split(" / "):
                lines.extend(simpleSplit(part, FONT_BOLD, _HEAD_SIZE,
                                         self.widths[i] - 2 * _PAD) or [part])
            out.append(tuple(lines))
        return tuple(out)


def _muted_line(c: Canvas, text: str, size: float, y: float) -> None:
    """A line of small grey text under ``y`` (a subtitle, a legend)."""
    c.setFont(FONT, size)
    c.setFillColor(_MUTED)
    c.drawString(_MARGIN, y - size, text)
    c.setFillColor(colors.black)


class _Drawing:
    """Draws a :class:`PaperListPage` on the canvas, page by page."""

    def __init__(self, page: PaperListPage) -> None:
        self.page = page
        self.cols = _Columns(page.contests)
        self.xs, self.widths = self.cols.xs, self.cols.widths
        self.top = PAGE[1] - (20 * mm if page.training else _MARGIN)
        self.bottom = 16 * mm

    def start_page(self, c: Canvas) -> None:
        if self.page.training:
            draw_training_marks(c, PAGE, self.page.training_note, margin=_MARGIN)

    def running_head(self, c: Canvas, group: str, y: float) -> float:
        c.setFont(FONT, 7.5)
        c.setFillColor(_MUTED)
        c.drawString(_MARGIN, y - 7.5, f"{self.page.precinct} · {self.page.state_at}")
        if group:
            c.setFont(FONT_BOLD, 8.5)
            c.setFillColor(colors.black)
            c.drawRightString(PAGE[0] - _MARGIN, y - 7.5, group)
        c.setFillColor(colors.black)
        return y - 11

    def column_heads(self, c: Canvas, heads: tuple[tuple[str, ...], ...], y: float) -> float:
        lines = max(len(h) for h in heads)
        height = lines * _HEAD_LEADING + 2 * _PAD
        c.setFillColor(_SHADE)
        c.rect(_MARGIN, y - height, self.xs[-1] - _MARGIN, height, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont(FONT_BOLD, _HEAD_SIZE)
        for i, cell in enumerate(heads):
            for k, line in enumerate(cell):
                c.drawString(self.xs[i] + _PAD, y - _PAD - _HEAD_SIZE - k * _HEAD_LEADING, line)
        c.setStrokeColor(_GRID)
        c.setLineWidth(0.5)
        c.line(_MARGIN, y, self.xs[-1], y)
        return y - height

    def grid(self, c: Canvas, top: float, bottom: float) -> None:
        c.setStrokeColor(_GRID)
        c.setLineWidth(0.5)
        for x in self.xs:
            c.line(x, top, x, bottom)
        c.line(_MARGIN, bottom, self.xs[-1], bottom)

    def draw_row(self, c: Canvas, row: _Row, y: float) -> None:
        for k, held in enumerate(row.issued):
            if held:
                c.setFillColor(_ISSUED)
                i = _CONTEST0 + k
                c.rect(self.xs[i], y - row.height, self.widths[i], row.height, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont(FONT, _SIZE)
        for i, cell in enumerate(row.cells):
            for k, line in enumerate(cell):
                baseline = y - _ROW_EXTRA / 2 - _SIZE + 0.6 - k * _LEADING
                if i == 0:
                    c.drawRightString(self.xs[1] - _PAD, baseline, line)
                else:
                    c.drawString(self.xs[i] + _PAD, baseline, line)
        c.setStrokeColor(_GRID)
        c.setLineWidth(0.3)
        c.line(_MARGIN, y - row.height, self.xs[-1], y - row.height)

    def title_block(self, c: Canvas, y: float) -> float:
        p = self.page
        c.setFont(FONT_BOLD, 11)
        for title in p.title:
            c.drawString(_MARGIN, y - 11, title)
            y -= 13.5
        _muted_line(c, p.subtitle, 8, y)
        y -= 12
        c.setFont(FONT, 8.5)
        c.drawString(_MARGIN, y - 8.5, p.election)
        y -= 11
        c.drawString(_MARGIN, y - 8.5, f"{p.precinct} · {p.address}")
        y -= 12.5
        c.setFont(FONT_BOLD, 10)
        c.drawString(_MARGIN, y - 10, p.state_at)
        y -= 13.5
        c.setFont(FONT, 8.5)
        for part in simpleSplit(p.counts, FONT, 8.5, PAGE[0] - 2 * _MARGIN):
            c.drawString(_MARGIN, y - 8.5, part)
            y -= 10.5
        _muted_line(c, p.legend, 7.5, y)
        return y - 13

    def signatures(self, c: Canvas, y: float) -> None:
        line_x = _MARGIN + 135 * mm
        for signer in self.page.signers:
            labels = signer.role
            y -= 14 + 10.5 * (len(labels) - 1)
            c.setFont(FONT, 8.5)
            for k, label in enumerate(labels):  # one line per language, the last on the line
                c.drawString(_MARGIN, y + 10.5 * (len(labels) - 1 - k), label)
            c.setLineWidth(0.6)
            c.setStrokeColor(colors.black)
            c.line(line_x, y - 1, line_x + 50 * mm, y - 1)
            c.drawString(line_x + 55 * mm, y, signer.name)
            c.setFont(FONT, 7)
            c.setFillColor(_MUTED)
            c.drawCentredString(line_x + 25 * mm, y - 9, self.page.signature)
            c.setFillColor(colors.black)
            y -= 8

    def footer(self, c: Canvas, page: int, pages: int) -> None:
        p = self.page
        c.saveState()
        c.setFont(FONT, 7.5)
        c.setFillColor(colors.black)
        c.drawString(_MARGIN, 9 * mm, f"{p.election_id} · {p.precinct}")
        c.drawRightString(PAGE[0] - _MARGIN, 9 * mm, p.page_of(page, pages))
        c.setFillColor(_MUTED)
        c.drawCentredString(PAGE[0] / 2, 5 * mm, build_id.current().label)
        c.restoreState()

    def new_page(self, c: Canvas, group: ListGroup,
                 heads: tuple[tuple[str, ...], ...]) -> tuple[float, float]:
        """A page after the first: the running head and the column heads; returns the
        top of the table and where its rows start."""
        c.showPage()
        self.start_page(c)
        top = self.running_head(c, group.title, self.top)
        return top, self.column_heads(c, heads, top)

    def render(self, c: Canvas) -> None:
        heads = self.cols.heads(self.page.heads)
        y = self.top
        for number, group in enumerate(self.page.groups):
            if number:
                top, y = self.new_page(c, group, heads)
            else:
                self.start_page(c)
                top = self.running_head(c, group.title, self.title_block(c, self.top))
                y = self.column_heads(c, heads, top)
            for row in map(self.cols.row, group.rows):
                if y - row.height < self.bottom:
                    self.grid(c, top, y)
                    top, y = self.new_page(c, group, heads)
                self.draw_row(c, row, y)
                y -= row.height
            self.grid(c, top, y)
        if y - 62 < self.bottom:
            c.showPage()
            self.start_page(c)
            y = self.top
        self.signatures(c, y - 6)
        c.showPage()


def build(session: Session, clock: Clock, lang: str = "kk+ru") -> bytes:
    """The paper list as PDF bytes (A4 landscape); reads the session, writes nothing."""
    return draw(paper_list_page(session, clock, lang))


def draw(page: PaperListPage) -> bytes:
    """Draw what :func:`~precinct_app.services.paper_list_page.paper_list_page` says."""
    register_fonts()
    drawing = _Drawing(page)
    out = io.BytesIO()
    canvas = canvas_maker(drawing.footer)(out, pagesize=PAGE, invariant=1)
    meta = Metadata(page.pdf_title, page.election_id, page.langs[0], page.training)
    meta.set_on(canvas)
    drawing.render(canvas)
    canvas.save()
    return out.getvalue()


def default_file_name(station: StationInfo, clock: Clock) -> str:
    """``[TRAINING_]paper_list_P<precinct>_<YYYYMMDD>T<HHMM>.pdf`` (ASCII)."""
    now = clock.local(station.timezone).strftime("%Y%m%dT%H%M")
    name = f"paper_list_P{file_safe(station.precinct_number)}_{now}.pdf"
    return ("TRAINING_" + name) if station.training(clock) else name
