"""The printable protocol of one contest (PDF): ReportLab platypus, deterministic, Qt-free.

:func:`build` draws a :class:`~precinct_app.services.protocol_data.ProtocolData`
(``services.protocol`` builds it) in two steps:
:func:`~precinct_app.services.protocol_page.protocol_page` says what the page says (every
word, from the catalog's ``doc_protocol_*``, and every value written out), and
:func:`draw` only draws that. The same data gives the same bytes
(``invariant=1``; no clock is read: the print time appears only when given).

Every page carries the protocol code (or the NOT SIGNED marker), a QR code of
:meth:`ProtocolData.qr_payload`, the station key's fingerprint, the election id,
the copy number and "page x of n"; a training protocol is marked TRAINING on every
page. An ``enlarged`` protocol (for posting at the station) is the same layout on
A3, every size times sqrt(2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from precinct_app.services import build_id, number_words
from precinct_app.services.pdf_common import (
    FONT,
    FONT_BOLD,
    LANGS,
    Metadata,
    draw_training_marks,
    file_safe,
    fitted_size,
    languages,
    register_fonts,
    render_story,
)
from precinct_app.services.protocol_data import ProtocolData, require_code_holds
from precinct_app.services.protocol_page import (
    DRAFT_MARK,
    Annex,
    Fact,
    LineRow,
    ProtocolPage,
    protocol_page,
)

__all__ = ["DRAFT_MARK", "LANGS", "build", "clear_caches", "default_file_name", "qr_ops"]

_GRID = colors.HexColor("#5f6b76")
_SHADE = colors.HexColor("#e8edf2")
_MUTED = colors.HexColor("#4a545e")
_ALERT = colors.HexColor("#b3261e")
_ALERT_BG = colors.HexColor("#fdecea")
_DRAFT_BG = colors.HexColor("#eeeeee")

_QR_MODULE = 0.5 * mm  # smallest module printed (before the A3 scale)
_QR_MIN = 25 * mm  # at least this wide, whatever the payload
# The shipped Noto Sans has no ≥, ≤ or minus sign (the forms' messages use them).
_FALLBACK = str.maketrans({"≥": ">=", "≤": "<=", "−": "–", "\u2009": "\u202f"})
_FRAME_PADDING = 6  # points, platypus' default


def _esc(text: str) -> str:
    """Paragraph markup of plain text, in glyphs the shipped font has."""
    return escape(text.translate(_FALLBACK))


def _html(text: str) -> str:
    """User text (reasons, explanations, opinions) as paragraph markup, line breaks kept."""
    return "<br/>".join(_esc(part) for part in text.strip().splitlines()) or "—"


@lru_cache(maxsize=32)
def qr_ops(payload: str) -> tuple[int, str]:
    """The QR code of ``payload`` (error correction M): its module count, and the PDF
    path operators filling its dark modules, in module units (origin bottom left).

    Drawn once per document as a form and placed on every page; cached, since the
    same protocol is printed again and again (copies, the enlarged form).
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    count = code.getModuleCount()
    ops: list[str] = []
    for row in range(count):
        col, y = 0, count - row - 1
        while col < count:
            if code.isDark(row, col):
                start = col
                while col < count and code.isDark(row, col):
                    col += 1
                ops.append(f"{start} {y} {col - start} 1 re")
            else:
                col += 1
    return count, "0 g\n" + "\n".join(ops) + "\nf"


@lru_cache(maxsize=8192)
def _split(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """``text`` broken into lines at most ``width`` wide (a long word stands alone)."""
    return tuple(simpleSplit(text, font, size, width)) or ("",)


class _Sizes:
    """Font sizes, leadings and the cell padding of the tables, times ``k``."""

    def __init__(self, k: float) -> None:
        self.cell, self.leading = 8.3 * k, 10 * k
        self.head, self.head_leading = 8 * k, 9.6 * k
        self.digits, self.digits_leading = 10.5 * k, 12.5 * k
        self.words, self.words_leading = 8 * k, 9.6 * k
        self.pad = 4 * k


class _Styles:
    """The paragraph styles, every size times ``k`` (1 on A4, sqrt(2) on A3)."""

    def __init__(self, k: float) -> None:
        base = ParagraphStyle("base", fontName=FONT, fontSize=9 * k, leading=11.5 * k)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=7.5 * k, leading=9.5 * k,
                                    textColor=_MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.3 * k, leading=10 * k)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=FONT_BOLD,
                                   fontSize=8 * k, leading=9.6 * k)
        self.digits = ParagraphStyle("digits", parent=self.cell, fontName=FONT_BOLD,
                                     fontSize=10.5 * k, leading=12.5 * k, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=12.5 * k,
                                    leading=15.5 * k, alignment=TA_CENTER, spaceAfter=2 * k)
        self.subtitle = ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER,
                                       fontSize=9.5 * k, leading=12 * k, spaceAfter=3 * k)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=11 * k,
                                 leading=14 * k, spaceBefore=6 * k, spaceAfter=3 * k)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=9.5 * k,
                                 leading=12 * k, spaceBefore=6 * k, spaceAfter=2 * k)
        self.alert = ParagraphStyle("alert", parent=base, fontName=FONT_BOLD, fontSize=13 * k,
                                    leading=16 * k, alignment=TA_CENTER, textColor=_ALERT)
        self.copy = ParagraphStyle("copy", parent=base, fontName=FONT_BOLD, fontSize=10 * k,
                                   leading=12.5 * k, alignment=TA_RIGHT)



def _stacked(texts: Sequence[str], style: ParagraphStyle) -> Paragraph:
    """The texts one under the other in one paragraph."""
    return Paragraph("<br/>".join(_esc(t) for t in texts), style)


class _Layout:
    """The page's geometry, sizes and styles (times ``k``: 1 on A4, sqrt(2) on A3), and
    the plain-text cells of the tables, wrapped here once (cheaper than a paragraph each)."""

    def __init__(self, enlarged: bool, qr_count: int) -> None:
        self.k = 2 ** 0.5 if enlarged else 1.0
        self.pagesize = A3 if enlarged else A4
        self.margin = 14 * mm * self.k
        # The frame's own padding (6 pt a side) is inside the margins: the tables fill the
        # frame exactly, and the footer starts where the text does.
        self.left = self.margin + _FRAME_PADDING
        self.width = self.pagesize[0] - 2 * self.left
        self.s = _Styles(self.k)
        self.size = _Sizes(self.k)
        self.qr_count = qr_count
        self.qr_size = max(_QR_MIN, qr_count * _QR_MODULE) * self.k
        self.bottom = 5 * mm * self.k + self.qr_size + 4 * mm * self.k

    def wrap(self, texts: Sequence[str], width: float, font: str = FONT,
             size: float | None = None) -> str:
        """The texts one under the other, each broken into lines of a cell ``width`` wide."""
        size = self.size.cell if size is None else size
        room = width - 2 * self.size.pad
        out: list[str] = []
        for text in texts:
            out.extend(_split(text.translate(_FALLBACK), font, size, room))
        return "\n".join(out)

    def heads(self, heads: Sequence[Sequence[str]], widths: Sequence[float]) -> list[str]:
        return [self.wrap(head, width, FONT_BOLD, self.size.head)
                for head, width in zip(heads, widths, strict=True)]

    def grid(self, commands: list[tuple[Any, ...]], header: bool = True,
             lines: bool = True) -> TableStyle:
        """The common style of a table of text cells, then ``commands``."""
        sz, k = self.size, self.k
        base: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, sz.cell, sz.leading),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), sz.pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), sz.pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * k),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * k),
        ]
        if lines:
            base.append(("GRID", (0, 0), (-1, -1), 0.5 * k, _GRID))
        if header:
            base += [("FONT", (0, 0), (-1, 0), FONT_BOLD, sz.head, sz.head_leading),
                     ("BACKGROUND", (0, 0), (-1, 0), _SHADE)]
        return TableStyle(base + commands)


class _Furniture:
    """What every page carries: the TRAINING marks before the content; after layout, the
    footer: code (or the draft mark), QR code, fingerprint, ids, page x of n."""

    def __init__(self, page: ProtocolPage, layout: _Layout, qr_ops: str) -> None:
        self.page, self.lay, self.qr_ops = page, layout, qr_ops
        self.qr_form = ""  # the form's name, once drawn in this document

    def draw_page(self, canvas: Canvas, _doc: Any) -> None:
        """Before the content of every page: the TRAINING banner and watermark."""
        if self.page.training:
            draw_training_marks(canvas, self.lay.pagesize, self.page.training_note,
                                margin=self.lay.left, scale=self.lay.k)

    def _fit(self, canvas: Canvas, text: str, font: str, size: float, width: float) -> None:
        k = self.lay.k
        canvas.setFont(font, fitted_size(text, font, size, width, 5 * k, 0.25 * k))

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """After layout: code, QR, fingerprint, election id, copy, page x of n."""
        k, lay, foot = self.lay.k, self.lay, self.page.footer
        left, right = lay.left, lay.pagesize[0] - lay.left
        qr_x, qr_y = right - lay.qr_size, 5 * mm * k
        top = qr_y + lay.qr_size + 2 * mm * k
        canvas.saveState()
        canvas.setStrokeColor(_GRID)
        canvas.setLineWidth(0.6 * k)
        canvas.line(left, top, right, top)
        self.draw_qr(canvas, qr_x, qr_y)
        text_w = qr_x - left - 4 * mm * k
        y = top - 5.5 * mm * k
        canvas.setFillColor(colors.black)
        if foot.code:
            line = foot.code
            self._fit(canvas, line, FONT_BOLD, 11 * k, text_w)
        else:
            canvas.setFillColor(_ALERT)
            line = DRAFT_MARK
            self._fit(canvas, line, FONT_BOLD, 9.5 * k, text_w)
        canvas.drawString(left, y, line)
        canvas.setFillColor(colors.black)
        for row in foot.rows:
            y -= 4.2 * mm * k
            row = row.translate(_FALLBACK)
            self._fit(canvas, row, FONT, 8 * k, text_w)
            canvas.drawString(left, y, row)
        # The build observers compare with the published id: a row of its own, between
        # the rows and "page x of n" (the QR code is at least 25 mm tall: room for four).
        y -= 4.2 * mm * k
        canvas.setFillColor(_MUTED)
        self._fit(canvas, build_id.current().label, FONT, 7.5 * k, text_w)
        canvas.drawString(left, y, build_id.current().label)
        canvas.setFillColor(colors.black)
        bottom = foot.page_of(page, pages)
        self._fit(canvas, bottom, FONT_BOLD, 8.5 * k, text_w)
        canvas.drawString(left, qr_y + 0.5 * mm * k, bottom)
        canvas.restoreState()

    def draw_qr(self, canvas: Canvas, x: float, y: float) -> None:
        """The QR code (a white quiet zone around it): one form, placed on every page."""
        size, count = self.lay.qr_size, self.lay.qr_count
        box = size / count
        quiet = 2 * box
        canvas.setFillColor(colors.white)
        canvas.rect(x - quiet, y - quiet, size + 2 * quiet, size + 2 * quiet, stroke=0, fill=1)
        if not self.qr_form:
            self.qr_form = "PrecinctQR"
            canvas.beginForm(self.qr_form, 0, 0, count, count)
            canvas.addLiteral(self.qr_ops)
            canvas.endForm()
        canvas.saveState()
        canvas.transform(box, 0, 0, box, x, y)
        canvas.doForm(self.qr_form)
        canvas.restoreState()


class _Part:
    """One part of the protocol's flowables, drawn from the page and the layout."""

    def __init__(self, page: ProtocolPage, layout: _Layout) -> None:
        self.page, self.lay, self.s, self.k = page, layout, layout.s, layout.k


def _flowables(page: ProtocolPage, layout: _Layout) -> list[Flowable]:
    """The protocol top to bottom: header, lines, notes, checks, signatures, annexes."""
    s, k = layout.s, layout.k
    tables = _Tables(page, layout)
    out: list[Flowable] = [*_Header(page, layout).flowables(), tables.lines_table()]
    if page.notes:
        out += [Spacer(1, 1.5 * mm * k), _stacked(page.notes, s.small)]
    if page.checks:
        out += [CondPageBreak(40 * mm * k), _stacked(page.checks_title, s.h2),
                tables.checks_table()]
    out.append(_Signatures(page, layout).block())
    out += _Annexes(page, layout).flowables()
    return out


class _Header(_Part):
    """The title block: election, copy number, banners, titles and the facts table."""

    def flowables(self) -> list[Flowable]:
        p, k, s, width = self.page, self.k, self.s, self.lay.width
        top_right = _stacked(p.copy, s.copy) if p.copy else ""
        head = Table([[_stacked(p.election_title, s.body), top_right]],
                     colWidths=[width * 0.66, width * 0.34])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out: list[Flowable] = [head, Spacer(1, 2 * mm * k)]
        if p.repeated:
            title, note, reason = p.repeated
            sub = [_esc(note)]
            if p.correction_reason:
                sub.append(f"{_esc(reason)}: {_html(p.correction_reason)}")
            out.append(self.banner([f"<b>{_esc(title)}</b>"], sub, _ALERT, _ALERT_BG))
        if p.draft_note is not None:
            out.append(self.banner([f"<b>{_esc(DRAFT_MARK)}</b>"], [_esc(p.draft_note)],
                                   _ALERT, _DRAFT_BG, size=10.5))
        out.append(_stacked(p.form_title, s.title))
        out.append(_stacked(p.commission, s.subtitle))
        contest = [" / ".join(f"<b>{_esc(t)}</b>" for t in p.contest_title)]
        contest += [_esc(t) for t in p.contest_question]
        out.append(Paragraph("<br/>".join(contest), s.subtitle))
        out += [self.facts_table(), Spacer(1, 3 * mm * k)]
        return out

    def facts_table(self) -> Table:
        f, lay, k, sz = self.page.facts, self.lay, self.k, self.lay.size
        label, value = 40 * mm * k, 36 * mm * k
        widths = [label, lay.width - 2 * label - value, label, value]
        wide = lay.width - label

        def head(fact: Fact) -> str:
            return lay.wrap(fact.label, label, FONT_BOLD, sz.head)

        signed = self.page.code is not None
        code = self.page.code if signed else lay.wrap(f.code.value, wide, FONT_BOLD, sz.cell)
        rows = [
            [head(f.voting_day), f.voting_day.value[0], head(f.precinct), f.precinct.value[0]],
            [head(f.address), lay.wrap(f.address.value, wide), "", ""],
            [head(f.territory), lay.wrap(f.territory.value, widths[1]), head(f.version),
             f.version.value[0]],
            [head(f.code), code, "", ""],
        ]
        table = Table(rows, colWidths=widths)
        table.setStyle(lay.grid([
            ("FONT", (0, 0), (0, -1), FONT_BOLD, sz.head, sz.head_leading),
            ("FONT", (2, 0), (2, -1), FONT_BOLD, sz.head, sz.head_leading),
            ("FONT", (1, 3), (1, 3), FONT_BOLD, sz.digits if signed else sz.cell,
             sz.digits_leading if signed else sz.leading),
            ("TEXTCOLOR", (1, 3), (1, 3), colors.black if signed else _ALERT),
            ("BACKGROUND", (0, 0), (0, -1), _SHADE),
            ("BACKGROUND", (2, 0), (2, 0), _SHADE),
            ("BACKGROUND", (2, 2), (2, 2), _SHADE),
            ("SPAN", (1, 1), (3, 1)),
            ("SPAN", (1, 3), (3, 3)),
        ], header=False))
        return table

    def banner(self, lines: list[str], sub: list[str], ink: colors.Color,
               fill: colors.Color, size: float = 13) -> Flowable:
        k = self.k
        style = ParagraphStyle("banner", parent=self.s.alert, textColor=ink,
                               fontSize=size * k, leading=(size + 3) * k)
        cell = [Paragraph("<br/>".join(lines), style),
                Paragraph("<br/>".join(sub), ParagraphStyle(
                    "banner_sub", parent=self.s.body, alignment=TA_CENTER))]
        table = Table([[cell]], colWidths=[self.lay.width])
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.6 * k, ink),
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("TOPPADDING", (0, 0), (-1, -1), 3 * k),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * k),
        ]))
        return KeepTogether([table, Spacer(1, 3 * mm * k)])

class _Tables(_Part):
    """The numbered lines (digits and words) and the control ratios."""

    def columns(self) -> list[float]:
        k = self.k
        number, digits = 10 * mm * k, 22 * mm * k
        rest = self.lay.width - number - digits
        return [number, rest * 0.64, digits, rest * 0.36]

    def lines_table(self) -> Table:
        lay, sz, widths = self.lay, self.lay.size, self.columns()
        data: list[list[Any]] = [lay.heads(self.page.line_heads, widths)]
        commands: list[tuple[Any, ...]] = [
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("ALIGN", (2, 0), (2, 0), "CENTER"),
            ("FONT", (0, 1), (0, -1), FONT_BOLD, sz.cell, sz.leading),
            ("FONT", (2, 1), (2, -1), FONT_BOLD, sz.digits, sz.digits_leading),
            ("ALIGN", (2, 1), (2, -1), "RIGHT"),
            ("FONT", (3, 1), (3, -1), FONT, sz.words, sz.words_leading),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * self.k),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * self.k),
        ]
        options_shown = False
        for line in self.page.lines:
            if line.is_option and not options_shown:
                options_shown = True
                data.append(["", lay.wrap(self.page.options_head, sum(widths[1:]), FONT_BOLD,
                                          sz.head), "", ""])
                row = len(data) - 1
                commands += [("SPAN", (1, row), (3, row)),
                             ("FONT", (1, row), (1, row), FONT_BOLD, sz.head, sz.head_leading),
                             ("BACKGROUND", (0, row), (-1, row), _SHADE),
                             ("NOSPLIT", (0, row), (-1, row + 1))]  # never alone at a page end
            data.append(self.line_row(line, widths))
            if line.empty:  # empty is not zero: a dash, and no words
                row = len(data) - 1
                commands += [("ALIGN", (2, row), (3, row), "CENTER"),
                             ("TEXTCOLOR", (2, row), (3, row), _MUTED)]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(lay.grid(commands))
        return table

    def line_row(self, line: LineRow, widths: Sequence[float]) -> list[str]:
        label = self.lay.wrap(line.label, widths[1])
        if line.empty:
            return [line.number, label, "—", "—"]
        said = self.lay.wrap(line.said, widths[3], FONT, self.lay.size.words)
        return [line.number, label, line.digits, said]

    def checks_table(self) -> Table:
        lay, k, sz = self.lay, self.k, self.lay.size
        widths = [50 * mm * k, 28 * mm * k, 44 * mm * k, lay.width - 122 * mm * k]
        data: list[list[Any]] = [lay.heads(self.page.check_heads, widths)]
        commands: list[tuple[Any, ...]] = []
        for check in self.page.checks:
            font = FONT_BOLD if check.fails else FONT
            data.append([lay.wrap([check.rule], widths[0]), lay.wrap([check.values], widths[1]),
                         lay.wrap([check.kind], widths[2]),
                         lay.wrap(check.result, widths[3], font)])
            if check.fails:  # a failing check stands out (bold, red, and says so)
                row = len(data) - 1
                commands += [("FONT", (3, row), (3, row), FONT_BOLD, sz.cell, sz.leading),
                             ("TEXTCOLOR", (3, row), (3, row), _ALERT)]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(lay.grid(commands))
        return table

class _Signatures(_Part):
    """The members' signatures, the time of signing and the seal; lines to sign."""

    def block(self) -> Flowable:
        p, s, k, lay, sz = self.page, self.s, self.k, self.lay, self.lay.size
        widths = [42 * mm * k, 56 * mm * k, 30 * mm * k, lay.width - 128 * mm * k]
        data: list[list[Any]] = [lay.heads(p.signature_heads, widths)]
        commands: list[tuple[Any, ...]] = [
            ("LINEBELOW", (0, 0), (-1, 0), 0.6 * k, _GRID),
            ("ALIGN", (2, 0), (2, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 1), (-1, -1), 5 * k),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * k),
            ("LEFTPADDING", (2, 1), (2, -1), 2 * mm * k),
            ("RIGHTPADDING", (2, 1), (2, -1), 2 * mm * k),
            ("FONT", (1, 1), (1, -1), FONT_BOLD, sz.cell, sz.leading),
        ]
        for member in p.signatures:
            data.append([lay.wrap(member.role, widths[0]),
                         lay.wrap([member.name], widths[1], FONT_BOLD),
                         "—" if member.absent else "",
                         lay.wrap(member.note, widths[3], FONT_BOLD if member.dissent else FONT)])
            row = len(data) - 1
            if member.dissent and not member.absent:
                commands.append(("FONT", (3, row), (3, row), FONT_BOLD, sz.cell, sz.leading))
            if member.absent:
                commands.append(("TEXTCOLOR", (2, row), (2, row), _MUTED))
            else:
                commands.append(("LINEBELOW", (2, row), (2, row), 0.7 * k, colors.black))
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(lay.grid(commands, lines=False))
        return KeepTogether([Spacer(1, 2 * mm * k), _stacked(p.signatures_title, s.h2), table,
                             Spacer(1, 4 * mm * k), self.closing()])

    def closing(self) -> Table:
        """The time of signing (blank lines on a draft) beside the place of the seal."""
        p, s, k = self.page, self.s, self.k
        zone = f" ({_esc(p.signed_zone)})" if p.signed_zone else ""
        seal_style = ParagraphStyle("seal", parent=s.h1, alignment=TA_CENTER, textColor=_MUTED)
        closing = Table(
            [[Paragraph(f"{_esc(p.signed_at)}:<br/><b>{_esc(p.signed_when)}</b>{zone}", s.body),
              Paragraph(_esc(p.seal), seal_style)]],
            colWidths=[self.lay.width - 45 * mm * k, 45 * mm * k], rowHeights=[20 * mm * k])
        closing.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("BOX", (1, 0), (1, 0), 0.6 * k, _MUTED),
        ]))
        return closing

    def sign_lines(self, names: Sequence[str]) -> Table:
        """A line to sign for each name, two a row."""
        k, lay = self.k, self.lay
        name, line, gap = 58 * mm * k, 28 * mm * k, 6 * mm * k
        cells = [lay.wrap([n], name) for n in names]
        if len(cells) % 2:
            cells.append("")
        rows = [[cells[i], "", "", cells[i + 1], ""] for i in range(0, len(cells), 2)]
        table = Table(rows or [["", "", "", "", ""]], colWidths=[name, line, gap, name, line])
        commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                           ("TOPPADDING", (0, 0), (-1, -1), 7 * k),
                                           ("LINEBELOW", (1, 0), (1, -1), 0.7 * k, colors.black)]
        for r in range(len(rows)):
            if rows[r][3] != "":
                commands.append(("LINEBELOW", (4, r), (4, r), 0.7 * k, colors.black))
        table.setStyle(lay.grid(commands, header=False, lines=False))
        table.hAlign = "LEFT"
        return table

class _Annexes(_Signatures):
    """The annexes, each on its own page or after the last: explained warnings,
    overridden values, dissenting opinions, each signed."""

    def flowables(self) -> list[Flowable]:
        k = self.k
        out: list[Flowable] = []
        for annex in self.page.annexes:
            if not out:
                out.append(PageBreak())
            if annex.kind != "warnings":  # the first annex when printed
                out.append(CondPageBreak(50 * mm * k))
            out += [_stacked(annex.title, self.s.h1), _stacked(annex.subject, self.s.h2)]
            if annex.kind == "dissent":
                out += self.dissents(annex)
                continue
            if annex.kind == "acts":
                out += self.acts(annex)
                continue
            out += self.warnings(annex) if annex.kind == "warnings" else self.overrides(annex)
            out += [Spacer(1, 3 * mm * k), _stacked(self.page.signatures_title, self.s.h2),
                    self.sign_lines(self.page.signers), Spacer(1, 6 * mm * k)]
        return out

    def warnings(self, annex: Annex) -> list[Flowable]:
        s, k = self.s, self.k
        out: list[Flowable] = []
        label = _esc(self.page.explanation_label)
        for note in annex.warnings:
            out += [Spacer(1, 2 * mm * k),
                    Paragraph("<br/>".join(f"<b>{_esc(t)}</b>" for t in note.message), s.body),
                    Paragraph(_esc(note.numbers), s.body),
                    Paragraph(f"<b>{label}:</b> {_html(note.explanation)}", s.body)]
        return out

    def overrides(self, annex: Annex) -> list[Flowable]:
        s, k, p = self.s, self.k, self.page
        out: list[Flowable] = []
        for note in annex.overrides:
            values = Table(
                [[_stacked(p.computed_label, s.head), Paragraph(note.computed, s.digits),
                  _stacked(p.in_protocol_label, s.head), Paragraph(note.value, s.digits)]],
                colWidths=[45 * mm * k, 25 * mm * k, 45 * mm * k, 25 * mm * k])
            values.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4 * k, _GRID),
                                        ("BACKGROUND", (0, 0), (0, 0), _SHADE),
                                        ("BACKGROUND", (2, 0), (2, 0), _SHADE),
                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            values.hAlign = "LEFT"
            title = (f"<b>{_esc(note.line)}.</b> "
                     + " / ".join(_esc(t) for t in note.label))
            out += [Spacer(1, 2 * mm * k), Paragraph(title, s.body),
                    Spacer(1, 1 * mm * k), values, Spacer(1, 1 * mm * k),
                    Paragraph(f"<b>{_esc(p.reason_label)}:</b> {_html(note.reason)}", s.body)]
        return out

    def acts(self, annex: Annex) -> list[Flowable]:
        s, k = self.s, self.k
        out: list[Flowable] = []
        for act in annex.acts:
            out += [Spacer(1, 3 * mm * k), Paragraph(f"<b>{_esc(act.head)}</b>", s.body),
                    Paragraph(_esc(act.sender), s.body), Paragraph(_html(act.about), s.body),
                    Paragraph(f"<b>{_esc(act.decision_label)}:</b> "
                              f"{_html(act.decision)}", s.body)]
        return out

    def dissents(self, annex: Annex) -> list[Flowable]:
        s, k = self.s, self.k
        out: list[Flowable] = []
        for note in annex.dissents:
            out += [Spacer(1, 3 * mm * k),
                    Paragraph(f"<b>{_esc(note.name)}</b> — {_esc(note.role)}", s.body),
                    Paragraph(_html(note.text), s.body), self.sign_lines([note.name])]
        return out


def build(
    data: ProtocolData,
    lang: str = "kk+ru",
    copy: int | None = None,
    enlarged: bool = False,
    printed_at: dt.datetime | None = None,
) -> bytes:
    """The protocol as PDF bytes: A4 (A3 when ``enlarged``), in ``lang`` (:data:`LANGS`).

    ``copy`` prints "Copy No. N" (certified copies; the code is the same);
    ``printed_at`` (aware, or naive station time) prints the time of printing: without
    it the same data always gives the same bytes.
    """
    require_code_holds(data)  # never print changed values beside the signed code
    return draw(protocol_page(data, lang, copy, printed_at), enlarged)


def draw(page: ProtocolPage, enlarged: bool = False) -> bytes:
    """Draw what :func:`~precinct_app.services.protocol_page.protocol_page` says."""
    register_fonts()
    qr_count, ops = qr_ops(page.qr_payload)
    layout = _Layout(enlarged, qr_count)
    furniture = _Furniture(page, layout, ops)
    margins = (layout.margin, layout.margin, (19 if page.training else 10) * mm * layout.k,
               layout.bottom)
    return render_story(_flowables(page, layout),
                        Metadata(page.title, page.subject, page.langs[0], page.training),
                        layout.pagesize, margins, furniture.draw_page, furniture.draw_footer)


def clear_caches() -> None:
    """Forget the cached QR codes, line breaks and number words (a first build, for benchmarks).

    Nothing else needs it: the caches hold only what the same inputs always give.
    """
    qr_ops.cache_clear()
    _split.cache_clear()
    number_words.clear_cache()


def default_file_name(
    data: ProtocolData, copy: int | None = None, enlarged: bool = False, lang: str = "kk+ru"
) -> str:
    """An ASCII file name, safe on FAT32.

    ``[TRAINING_]protocol_P<precinct>_<contest>_v<n>[_copy<N>][_A3]_<lang>[_DRAFT].pdf``.
    """
    languages(lang)
    name = (f"protocol_P{file_safe(data.precinct_number)}_{file_safe(data.contest_id)}"
            f"_v{data.version}")
    if copy is not None:
        name += f"_copy{copy}"
    if enlarged:
        name += "_A3"
    name += "_" + lang.replace("+", "-")
    if not data.code:
        name += "_DRAFT"
    name += ".pdf"
    return ("TRAINING_" + name) if data.training else name
