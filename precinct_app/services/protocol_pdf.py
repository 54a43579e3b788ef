"""The printable protocol of one contest (PDF): ReportLab platypus, deterministic, Qt-free.

:func:`build` only renders a :class:`~precinct_app.services.protocol_data.ProtocolData`
(``services.protocol`` builds it). The same data gives the same bytes
(``invariant=1``; no clock is read: the print time appears only when given). The
wording is a legal template and lives here, in :data:`LABELS` (Kazakh, Russian,
English), not in the Qt translations.

Every page carries the protocol code (or the NOT SIGNED marker), a QR code of
:meth:`ProtocolData.qr_payload`, the station key's fingerprint, the election id,
the copy number and "page x of n"; a training protocol is marked TRAINING on every
page. An ``enlarged`` protocol (for posting at the station) is the same layout on
A3, every size times sqrt(2).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from precinct_app import __version__
from precinct_app.services import number_words, rules
from precinct_app.services.number_words import words
from precinct_app.services.pdf_common import (
    FONT,
    FONT_BOLD,
    LANGS,
    TRAINING_MARK,
    canvas_maker,
    draw_training_marks,
    grouped,
    languages,
    register_fonts,
)
from precinct_app.services.protocol_data import (
    CheckResult,
    LineValue,
    MemberEntry,
    ProtocolData,
    require_code_holds,
)

__all__ = ["DRAFT_MARK", "LABELS", "LANGS", "build", "clear_caches", "default_file_name"]

# Printed instead of the code on a protocol not signed yet, in all three languages.
DRAFT_MARK = "ҚОЛ ҚОЙЫЛМАҒАН — ЖОБА · НЕ ПОДПИСАН — ПРОЕКТ · NOT SIGNED — DRAFT"
ROLE_ORDER = ("chair", "deputy_chair", "secretary", "member")

# The legal template: key -> {lang: text}; {name} placeholders are filled per language.
LABELS: dict[str, dict[str, str]] = {
    "protocol": {"kk": "Хаттама", "ru": "Протокол", "en": "Protocol"},
    "copy": {"kk": "№\u00a0{n} дана", "ru": "Экземпляр №\u00a0{n}", "en": "Copy No. {n}"},
    "repeated": {"kk": "ҚАЙТАЛАНҒАН ХАТТАМА", "ru": "ПОВТОРНЫЙ ПРОТОКОЛ",
                 "en": "REPEATED PROTOCOL"},
    "repeated_note": {"kk": "Осы хаттама {old}-нұсқаның орнына жасалды",
                      "ru": "Составлен взамен протокола версии {old}",
                      "en": "Replaces the protocol of version {old}"},
    "reason": {"kk": "Түзету себебі", "ru": "Причина исправления",
               "en": "Reason for the correction"},
    "draft_note": {"kk": "Жоба: хаттама коды қол қойылған кезде беріледі",
                   "ru": "Проект: код протокола присваивается при подписании",
                   "en": "Draft: the protocol code is fixed at signing"},
    "commission": {"kk": "№\u00a0{number} учаскелік сайлау комиссиясы",
                   "ru": "Участковая избирательная комиссия избирательного участка "
                         "№\u00a0{number}",
                   "en": "Precinct election commission of polling station No. {number}"},
    "voting_day": {"kk": "Дауыс беру күні", "ru": "День голосования", "en": "Voting day"},
    "precinct": {"kk": "Сайлау учаскесі", "ru": "Избирательный участок",
                 "en": "Polling station"},
    "address": {"kk": "Мекенжайы", "ru": "Адрес", "en": "Address"},
    "territory": {"kk": "Аумақ", "ru": "Территория", "en": "Territory"},
    "version": {"kk": "Хаттама нұсқасы", "ru": "Версия протокола", "en": "Protocol version"},
    "code": {"kk": "Хаттама коды", "ru": "Код протокола", "en": "Protocol code"},
    "fingerprint": {"kk": "Станция кілтінің саусақ ізі", "ru": "Отпечаток ключа станции",
                    "en": "Station key fingerprint"},
    "election_id": {"kk": "Сайлау сәйкестендіргіші", "ru": "Идентификатор выборов",
                    "en": "Election id"},
    "audit_head": {"kk": "Журнал соңы", "ru": "Конец журнала", "en": "Audit head"},
    "contest": {"kk": "Дауыс беру", "ru": "Голосование", "en": "Contest"},
    "col_no": {"kk": "№", "ru": "№", "en": "No."},
    "col_line": {"kk": "Жолдың атауы", "ru": "Наименование строки", "en": "Line"},
    "col_digits": {"kk": "Цифрмен", "ru": "Цифрами", "en": "In digits"},
    "col_words": {"kk": "Жазбаша", "ru": "Прописью", "en": "In words"},
    "options": {"kk": "Берілген дауыстар саны:", "ru": "Число голосов, поданных за:",
                "en": "Votes cast for:"},
    "override_note": {"kk": "* Есептелген мән комиссияның шешімімен өзгертілді: "
                            "№\u00a0{n} қосымшаны қараңыз",
                      "ru": "* Вычисленное значение изменено решением комиссии: "
                            "см. приложение №\u00a0{n}",
                      "en": "* Computed value replaced by the commission: see annex {n}"},
    "empty_note": {"kk": "«—»: жол толтырылмаған (нөл емес)",
                   "ru": "«—»: строка не заполнена (не ноль)",
                   "en": "“—”: line not filled in (not zero)"},
    "checks": {"kk": "Бақылау қатынастары", "ru": "Контрольные соотношения",
               "en": "Control ratios"},
    "col_rule": {"kk": "Қатынас (жол нөмірлері)", "ru": "Соотношение (номера строк)",
                 "en": "Ratio (line numbers)"},
    "col_values": {"kk": "Мәндері", "ru": "Значения", "en": "Values"},
    "col_kind": {"kk": "Түрі", "ru": "Вид", "en": "Kind"},
    "col_result": {"kk": "Нәтижесі", "ru": "Результат", "en": "Result"},
    "error": {"kk": "қате", "ru": "ошибка", "en": "error"},
    "warning": {"kk": "ескерту", "ru": "предупреждение", "en": "warning"},
    "holds": {"kk": "сақталды", "ru": "выполняется", "en": "holds"},
    "fails": {"kk": "сақталмады", "ru": "не выполняется", "en": "fails"},
    "unknown": {"kk": "жол толтырылмаған", "ru": "строка не заполнена", "en": "line empty"},
    "difference": {"kk": "айырма", "ru": "разница", "en": "difference"},
    "explained": {"kk": "түсініктеме: №\u00a0{n} қосымша",
                  "ru": "объяснение: приложение №\u00a0{n}",
                  "en": "explained: annex {n}"},
    "signatures": {"kk": "Комиссия мүшелерінің қолдары", "ru": "Подписи членов комиссии",
                   "en": "Signatures of the commission members"},
    "col_role": {"kk": "Лауазымы", "ru": "Должность", "en": "Role"},
    "col_name": {"kk": "Тегі, аты, әкесінің аты", "ru": "Фамилия, имя, отчество",
                 "en": "Full name"},
    "col_sign": {"kk": "Қолы", "ru": "Подпись", "en": "Signature"},
    "col_note": {"kk": "Белгі", "ru": "Отметка", "en": "Note"},
    "chair": {"kk": "Комиссия төрағасы", "ru": "Председатель комиссии", "en": "Chair"},
    "deputy_chair": {"kk": "Төраға орынбасары", "ru": "Заместитель председателя",
                     "en": "Deputy chair"},
    "secretary": {"kk": "Комиссия хатшысы", "ru": "Секретарь комиссии", "en": "Secretary"},
    "member": {"kk": "Комиссия мүшесі", "ru": "Член комиссии", "en": "Member"},
    "dissent": {"kk": "ерекше пікір", "ru": "особое мнение", "en": "dissenting opinion"},
    "annex_ref": {"kk": "№\u00a0{n} қосымша", "ru": "приложение №\u00a0{n}", "en": "annex {n}"},
    "absent": {"kk": "болмады", "ru": "отсутствовал(а)", "en": "absent"},
    "signed_at": {"kk": "Хаттамаға қол қойылған күні мен уақыты",
                  "ru": "Дата и время подписания протокола",
                  "en": "Date and time of signing"},
    "seal": {"kk": "М.О.", "ru": "М.П.", "en": "Seal"},
    "annex": {"kk": "Хаттамаға №\u00a0{n} қосымша", "ru": "Приложение №\u00a0{n} к протоколу",
              "en": "Annex {n} to the protocol"},
    "annex_warnings": {"kk": "Бақылау қатынастары бойынша ескертулерге түсініктемелер",
                       "ru": "Объяснения по предупреждениям о контрольных соотношениях",
                       "en": "Explanations of the control-ratio warnings"},
    "annex_overrides": {"kk": "Есептелген мәндердің өзгертілуі",
                        "ru": "Изменение вычисленных значений",
                        "en": "Computed values replaced by the commission"},
    "annex_dissent": {"kk": "Комиссия мүшелерінің ерекше пікірлері",
                      "ru": "Особые мнения членов комиссии",
                      "en": "Dissenting opinions of commission members"},
    "explanation": {"kk": "Түсініктеме", "ru": "Объяснение", "en": "Explanation"},
    "line": {"kk": "{n}-жол", "ru": "Строка {n}", "en": "Line {n}"},
    "computed": {"kk": "Есептелген мән", "ru": "Вычисленное значение",
                 "en": "Computed value"},
    "in_protocol": {"kk": "Хаттамадағы мән", "ru": "Значение в протоколе",
                    "en": "Value in the protocol"},
    "override_reason": {"kk": "Себебі", "ru": "Причина", "en": "Reason"},
    "signers": {"kk": "Комиссия мүшелерінің қолдары", "ru": "Подписи членов комиссии",
                "en": "Signatures of the commission members"},
    "page": {"kk": "Бет {page} / {pages}", "ru": "Стр. {page} из {pages}",
             "en": "Page {page} of {pages}"},
    "printed": {"kk": "Басып шығарылды", "ru": "Напечатано", "en": "Printed"},
    "not_official": {"kk": "Оқу режимі: ресми құжат емес",
                     "ru": "Учебный режим: не является официальным документом",
                     "en": "Training mode: not an official document"},
}

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
_OPS = {"==": "=", ">=": ">=", "<=": "<="}
_LOCAL_FORMAT = "%d.%m.%Y %H:%M"
_FRAME_PADDING = 6  # points, platypus' default


def _local(texts: Any, lang: str) -> str:
    """A {kk, ru, en} text in ``lang``, falling back to Russian, Kazakh, English."""
    if not texts:
        return ""
    value = texts.get(lang) or texts.get("ru") or texts.get("kk") or texts.get("en") or ""
    return str(value)


def _local_all(texts: Any, langs: Sequence[str]) -> list[str]:
    """The text in each language of the layout, each different text once."""
    out: list[str] = []
    for lang in langs:
        value = _local(texts, lang)
        if value and value not in out:
            out.append(value)
    return out


def _esc(text: str) -> str:
    """Paragraph markup of plain text, in glyphs the shipped font has."""
    return escape(text.translate(_FALLBACK))


def _html(text: str) -> str:
    """User text (reasons, explanations, opinions) as paragraph markup, line breaks kept."""
    return "<br/>".join(_esc(part) for part in text.strip().splitlines()) or "—"


@lru_cache(maxsize=32)
def _qr_ops(payload: str) -> tuple[int, str]:
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


class _Protocol:
    """Turns one protocol into platypus flowables and page furniture."""

    def __init__(self, data: ProtocolData, lang: str, copy: int | None, enlarged: bool,
                 printed_at: dt.datetime | None) -> None:
        if copy is not None and copy < 1:
            raise ValueError(f"copy number must be 1 or more: {copy}")
        self.data, self.copy = data, copy
        self.langs = languages(lang)
        self.k = 2 ** 0.5 if enlarged else 1.0
        self.pagesize = A3 if enlarged else A4
        self.margin = 14 * mm * self.k
        # The frame's own padding (6 pt a side) is inside the margins: the tables fill the
        # frame exactly, and the footer starts where the text does.
        self.left = self.margin + _FRAME_PADDING
        self.width = self.pagesize[0] - 2 * self.left
        self.s = _Styles(self.k)
        self.size = _Sizes(self.k)
        self.zone = ZoneInfo(data.timezone)
        self.printed_at = printed_at
        self.qr_count, self.qr_ops = _qr_ops(data.qr_payload())
        self.qr_form = ""  # the form's name, once drawn in this document
        self.qr_size = max(_QR_MIN, self.qr_count * _QR_MODULE) * self.k
        self.bottom = 5 * mm * self.k + self.qr_size + 4 * mm * self.k
        # Annexes are numbered in the order they are printed; only those with content.
        self.annexes: dict[str, int] = {}
        for name, present in (("warnings", bool(self._explained())),
                              ("overrides", bool(data.overrides())),
                              ("dissent", bool(data.dissents()))):
            if present:
                self.annexes[name] = len(self.annexes) + 1

    # -- words ------------------------------------------------------------------------------

    def w(self, key: str, **params: Any) -> list[str]:
        return [LABELS[key][lang].format(**params) for lang in self.langs]

    def one_line(self, key: str, **params: Any) -> str:
        return " / ".join(dict.fromkeys(self.w(key, **params)))

    def stacked(self, key: str, style: ParagraphStyle, **params: Any) -> Paragraph:
        return Paragraph("<br/>".join(_esc(t) for t in dict.fromkeys(self.w(key, **params))),
                         style)

    def local(self, texts: Any) -> list[str]:
        return _local_all(texts, self.langs)

    def para(self, lines: Sequence[str], style: ParagraphStyle) -> Paragraph:
        return Paragraph("<br/>".join(_esc(line) for line in lines), style)

    def local_time(self, when: dt.datetime) -> str:
        if when.tzinfo is not None:
            when = when.astimezone(self.zone)
        return when.strftime(_LOCAL_FORMAT)

    def _explained(self) -> tuple[CheckResult, ...]:
        return tuple(c for c in self.data.failing()
                     if c.severity == "warning" and c.explanation)

    def rule_in_numbers(self, check: CheckResult) -> str:
        """``2 = 3 + 4 + 5 + 11 − 12``: the rule with line numbers instead of keys."""
        numbers = {line.key: line.number for line in self.data.lines}
        options = [line.number for line in self.data.lines if line.is_option]
        try:
            rule = rules.parse_rule(check.rule)
        except rules.RuleError:
            return check.rule

        def side(terms: Sequence[rules.Term]) -> str:
            out: list[str] = []
            for i, term in enumerate(terms):
                if term.literal is not None:
                    text = str(term.literal)
                elif term.key == "options":
                    text = " + ".join(options) or "0"
                else:
                    text = numbers.get(term.key or "", term.key or "")
                if i or term.sign < 0:
                    out.append("–" if term.sign < 0 else "+")
                out.append(text)
            return " ".join(out)

        return f"{side(rule.left)} {_OPS.get(rule.op, rule.op)} {side(rule.right)}"

    # -- page furniture ---------------------------------------------------------------------

    def draw_page(self, canvas: Canvas, _doc: Any) -> None:
        """Before the content of every page: the TRAINING banner and watermark."""
        if self.data.training:
            draw_training_marks(canvas, self.pagesize, self.one_line("not_official"),
                                margin=self.left, scale=self.k)

    def _fit(self, canvas: Canvas, text: str, font: str, size: float, width: float) -> None:
        while size > 5 * self.k and pdfmetrics.stringWidth(text, font, size) > width:
            size -= 0.25 * self.k
        canvas.setFont(font, size)

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """After layout: code, QR, fingerprint, election id, copy, page x of n."""
        k, d = self.k, self.data
        width = self.pagesize[0]
        left, right = self.left, width - self.left
        qr_x, qr_y = right - self.qr_size, 5 * mm * k
        top = qr_y + self.qr_size + 2 * mm * k
        canvas.saveState()
        canvas.setStrokeColor(_GRID)
        canvas.setLineWidth(0.6 * k)
        canvas.line(left, top, right, top)
        self.draw_qr(canvas, qr_x, qr_y)
        text_w = qr_x - left - 4 * mm * k
        y = top - 5.5 * mm * k
        canvas.setFillColor(colors.black)
        if d.code:
            line = f"{self.one_line('code')}: {d.code}"
            self._fit(canvas, line, FONT_BOLD, 11 * k, text_w)
        else:
            canvas.setFillColor(_ALERT)
            line = DRAFT_MARK
            self._fit(canvas, line, FONT_BOLD, 9.5 * k, text_w)
        canvas.drawString(left, y, line)
        canvas.setFillColor(colors.black)
        rows = [
            f"{self.one_line('fingerprint')}: {d.key_fingerprint or '—'}",
            f"{self.one_line('election_id')}: {d.election_id}",
            f"{self.one_line('precinct')} №\u00a0{d.precinct_number} · {d.contest_id} · "
            f"{self.one_line('version')} {d.version}",
        ]
        for row in rows:
            y -= 4.2 * mm * k
            row = row.translate(_FALLBACK)
            self._fit(canvas, row, FONT, 8 * k, text_w)
            canvas.drawString(left, y, row)
        last = [" · ".join(dict.fromkeys(self.w("page", page=page, pages=pages)))]
        if self.copy is not None:
            last.append(self.one_line("copy", n=self.copy))
        if self.printed_at is not None:
            last.append(f"{self.one_line('printed')}: {self.local_time(self.printed_at)}")
        if d.training:
            last.append(TRAINING_MARK)
        if d.audit_head:  # observers write it down: the log's head when this was printed
            last.append(f"{self.one_line('audit_head')}: {d.audit_head}")
        bottom = "  |  ".join(last)
        self._fit(canvas, bottom, FONT_BOLD, 8.5 * k, text_w - 16 * mm * k)
        canvas.drawString(left, qr_y + 0.5 * mm * k, bottom)
        canvas.setFillColor(_MUTED)
        canvas.setFont(FONT, 6.5 * k)
        canvas.drawRightString(qr_x - 4 * mm * k, qr_y + 0.5 * mm * k, f"Precinct {__version__}")
        canvas.restoreState()

    def draw_qr(self, canvas: Canvas, x: float, y: float) -> None:
        """The QR code (a white quiet zone around it): one form, placed on every page."""
        box = self.qr_size / self.qr_count
        quiet = 2 * box
        canvas.setFillColor(colors.white)
        canvas.rect(x - quiet, y - quiet, self.qr_size + 2 * quiet, self.qr_size + 2 * quiet,
                    stroke=0, fill=1)
        if not self.qr_form:
            self.qr_form = "PrecinctQR"
            canvas.beginForm(self.qr_form, 0, 0, self.qr_count, self.qr_count)
            canvas.addLiteral(self.qr_ops)
            canvas.endForm()
        canvas.saveState()
        canvas.transform(box, 0, 0, box, x, y)
        canvas.doForm(self.qr_form)
        canvas.restoreState()

    # -- the content ------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        out: list[Flowable] = [*self.header(), self.lines_table()]
        notes = []
        if self.data.overrides():
            notes.append(self.one_line("override_note", n=self.annexes["overrides"]))
        if self.data.empty_lines():
            notes.append(self.one_line("empty_note"))
        if notes:
            out += [Spacer(1, 1.5 * mm * self.k), self.para(notes, self.s.small)]
        if self.data.checks:
            out += [CondPageBreak(40 * mm * self.k), self.stacked("checks", self.s.h2),
                    self.checks_table()]
        out.append(self.signatures())
        out += self.annex_pages()
        return out

    def header(self) -> list[Flowable]:
        d, k = self.data, self.k
        top_left = self.para(self.local(d.election_title), self.s.body)
        top_right = (self.stacked("copy", self.s.copy, n=self.copy)
                     if self.copy is not None else "")
        head = Table([[top_left, top_right]], colWidths=[self.width * 0.66, self.width * 0.34])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out: list[Flowable] = [head, Spacer(1, 2 * mm * k)]
        if d.repeated:
            lines = [f"<b>{_esc(self.one_line('repeated'))}</b>"]
            sub = [_esc(self.one_line("repeated_note", old=d.version - 1))]
            if d.correction_reason:
                sub.append(f"{_esc(self.one_line('reason'))}: {_html(d.correction_reason)}")
            out.append(self.banner(lines, sub, _ALERT, _ALERT_BG))
        if not d.code:
            out.append(self.banner([f"<b>{_esc(DRAFT_MARK)}</b>"],
                                   [_esc(self.one_line("draft_note"))], _ALERT, _DRAFT_BG,
                                   size=10.5))
        out.append(self.para(self.local(d.form_title), self.s.title))
        out.append(self.para(self.w("commission", number=d.precinct_number), self.s.subtitle))
        contest = [" / ".join(f"<b>{_esc(t)}</b>" for t in self.local(d.contest_title))]
        contest += [_esc(t) for t in self.local(d.contest_question)]
        out.append(Paragraph("<br/>".join(contest), self.s.subtitle))
        out += [self.facts_table(), Spacer(1, 3 * mm * k)]
        return out

    def facts_table(self) -> Table:
        d, k, sz = self.data, self.k, self.size
        label, value = 40 * mm * k, 36 * mm * k
        widths = [label, self.width - 2 * label - value, label, value]
        wide = self.width - label

        def head(key: str) -> str:
            return self.wrap(self.w(key), label, FONT_BOLD, sz.head)

        code = (d.code if d.code
                else self.wrap([DRAFT_MARK], wide, FONT_BOLD, sz.cell))
        rows = [
            [head("voting_day"), d.election_date.strftime("%d.%m.%Y"), head("precinct"),
             f"№\u00a0{d.precinct_number}"],
            [head("address"), self.wrap(self.local(d.address) or ["—"], wide), "", ""],
            [head("territory"), self.wrap(self.local(d.territory) or ["—"], widths[1]),
             head("version"), str(d.version)],
            [head("code"), code, "", ""],
        ]
        table = Table(rows, colWidths=widths)
        table.setStyle(self.grid([
            ("FONT", (0, 0), (0, -1), FONT_BOLD, sz.head, sz.head_leading),
            ("FONT", (2, 0), (2, -1), FONT_BOLD, sz.head, sz.head_leading),
            ("FONT", (1, 3), (1, 3), FONT_BOLD, sz.digits if d.code else sz.cell,
             sz.digits_leading if d.code else sz.leading),
            ("TEXTCOLOR", (1, 3), (1, 3), colors.black if d.code else _ALERT),
            ("BACKGROUND", (0, 0), (0, -1), _SHADE),
            ("BACKGROUND", (2, 0), (2, 0), _SHADE),
            ("BACKGROUND", (2, 2), (2, 2), _SHADE),
            ("SPAN", (1, 1), (3, 1)),
            ("SPAN", (1, 3), (3, 3)),
        ], header=False))
        return table

    def banner(self, lines: list[str], sub: list[str], ink: colors.Color,
               fill: colors.Color, size: float = 13) -> Flowable:
        style = ParagraphStyle("banner", parent=self.s.alert, textColor=ink,
                               fontSize=size * self.k, leading=(size + 3) * self.k)
        cell = [Paragraph("<br/>".join(lines), style),
                Paragraph("<br/>".join(sub), ParagraphStyle(
                    "banner_sub", parent=self.s.body, alignment=TA_CENTER))]
        table = Table([[cell]], colWidths=[self.width])
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.6 * self.k, ink),
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("TOPPADDING", (0, 0), (-1, -1), 3 * self.k),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * self.k),
        ]))
        return KeepTogether([table, Spacer(1, 3 * mm * self.k)])

    # -- tables: plain text cells, wrapped here once (cheaper than a paragraph per cell) ------

    def wrap(self, texts: Sequence[str], width: float, font: str = FONT,
             size: float | None = None) -> str:
        """The texts one under the other, each broken into lines of a cell ``width`` wide."""
        size = self.size.cell if size is None else size
        room = width - 2 * self.size.pad
        out: list[str] = []
        for text in texts:
            out.extend(_split(text.translate(_FALLBACK), font, size, room))
        return "\n".join(out)

    def heads(self, keys: Sequence[str], widths: Sequence[float]) -> list[str]:
        return [self.wrap(list(dict.fromkeys(self.w(key))), width, FONT_BOLD, self.size.head)
                for key, width in zip(keys, widths, strict=True)]

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

    def columns(self) -> list[float]:
        k = self.k
        number, digits = 10 * mm * k, 22 * mm * k
        rest = self.width - number - digits
        return [number, rest * 0.64, digits, rest * 0.36]

    def lines_table(self) -> Table:
        sz, widths = self.size, self.columns()
        data: list[list[Any]] = [self.heads(("col_no", "col_line", "col_digits", "col_words"),
                                            widths)]
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
        for line in self.data.lines:
            if line.is_option and not options_shown:
                options_shown = True
                data.append(["", self.wrap(self.w("options"), sum(widths[1:]), FONT_BOLD,
                                           sz.head), "", ""])
                row = len(data) - 1
                commands += [("SPAN", (1, row), (3, row)),
                             ("FONT", (1, row), (1, row), FONT_BOLD, sz.head, sz.head_leading),
                             ("BACKGROUND", (0, row), (-1, row), _SHADE),
                             ("NOSPLIT", (0, row), (-1, row + 1))]  # never alone at a page end
            data.append(self.line_row(line, widths))
            if line.value is None:  # empty is not zero: a dash, and no words
                row = len(data) - 1
                commands += [("ALIGN", (2, row), (3, row), "CENTER"),
                             ("TEXTCOLOR", (2, row), (3, row), _MUTED)]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(self.grid(commands))
        return table

    def line_row(self, line: LineValue, widths: Sequence[float]) -> list[str]:
        label = self.wrap(self.local(line.label) or [line.key], widths[1])
        if line.value is None:
            return [line.number, label, "—", "—"]
        digits = grouped(line.value) + ("*" if line.overridden else "")
        said = self.wrap(list(dict.fromkeys(words(line.value, lang) for lang in self.langs)),
                         widths[3], FONT, self.size.words)
        return [line.number, label, digits, said]

    def checks_table(self) -> Table:
        k, sz = self.k, self.size
        widths = [50 * mm * k, 28 * mm * k, 44 * mm * k, self.width - 122 * mm * k]
        data: list[list[Any]] = [self.heads(("col_rule", "col_values", "col_kind",
                                             "col_result"), widths)]
        commands: list[tuple[Any, ...]] = []
        for check in self.data.checks:
            if check.left is not None and check.right is not None:
                values = f"{grouped(check.left)} {self.op(check)} {grouped(check.right)}"
            else:
                values = "—"
            if check.holds is None:
                result = [self.one_line("unknown")]
            elif check.holds:
                result = [self.one_line("holds")]
            else:
                result = [self.one_line("fails")]
                if check.difference is not None:
                    result.append(f"({self.one_line('difference')} "
                                  f"{grouped(check.difference)})")
                if check.severity == "warning" and check.explanation:
                    result.append(self.one_line("explained", n=self.annexes["warnings"]))
            kind = check.severity if check.severity in ("error", "warning") else "error"
            font = FONT_BOLD if check.holds is False else FONT
            data.append([self.wrap([self.rule_in_numbers(check)], widths[0]),
                         self.wrap([values], widths[1]), self.wrap([self.one_line(kind)],
                                                                   widths[2]),
                         self.wrap(result, widths[3], font)])
            if check.holds is False:  # a failing check stands out (bold, red, and says so)
                row = len(data) - 1
                commands += [("FONT", (3, row), (3, row), FONT_BOLD, sz.cell, sz.leading),
                             ("TEXTCOLOR", (3, row), (3, row), _ALERT)]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(self.grid(commands))
        return table

    def op(self, check: CheckResult) -> str:
        try:
            return _OPS.get(rules.parse_rule(check.rule).op, "?")
        except rules.RuleError:
            return "?"

    # -- signatures -------------------------------------------------------------------------

    def members(self) -> list[MemberEntry]:
        """Chair, deputy, secretary, then the members, each group in the commission's order."""
        rank = {role: i for i, role in enumerate(ROLE_ORDER)}
        return sorted(self.data.commission, key=lambda m: rank.get(m.role, len(rank)))

    def signatures(self) -> Flowable:
        s, k, d, sz = self.s, self.k, self.data, self.size
        widths = [42 * mm * k, 56 * mm * k, 30 * mm * k, self.width - 128 * mm * k]
        data: list[list[Any]] = [self.heads(("col_role", "col_name", "col_sign", "col_note"),
                                            widths)]
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
        for member in self.members():
            role = member.role if member.role in ROLE_ORDER else "member"
            note: list[str] = []
            absent = d.signed and not member.present
            if absent:  # only a signed protocol knows who was there
                note = [self.one_line("absent")]
            elif member.dissent:  # beside the name, with the annex that holds the text
                n = self.annexes.get("dissent", 0)
                note = [f"{LABELS['dissent'][lang]} ({LABELS['annex_ref'][lang].format(n=n)})"
                        for lang in self.langs]
            data.append([self.wrap(list(dict.fromkeys(self.w(role))), widths[0]),
                         self.wrap([member.name], widths[1], FONT_BOLD),
                         "—" if absent else "",
                         self.wrap(note, widths[3], FONT_BOLD if member.dissent else FONT)])
            row = len(data) - 1
            if member.dissent and not absent:
                commands.append(("FONT", (3, row), (3, row), FONT_BOLD, sz.cell, sz.leading))
            if absent:
                commands.append(("TEXTCOLOR", (2, row), (2, row), _MUTED))
            else:
                commands.append(("LINEBELOW", (2, row), (2, row), 0.7 * k, colors.black))
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(self.grid(commands, lines=False))
        when = self.local_time(d.signed_at) if d.signed_at else "____.____.________  ____:____"
        seal_style = ParagraphStyle("seal", parent=s.h1, alignment=TA_CENTER,
                                    textColor=_MUTED)
        closing = Table(
            [[Paragraph(f"{_esc(self.one_line('signed_at'))}:<br/><b>{_esc(when)}</b>"
                        + (f" ({_esc(d.timezone)})" if d.signed_at else ""), s.body),
              Paragraph(_esc(self.one_line("seal")), seal_style)]],
            colWidths=[self.width - 45 * mm * k, 45 * mm * k], rowHeights=[20 * mm * k])
        closing.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("BOX", (1, 0), (1, 0), 0.6 * k, _MUTED),
        ]))
        return KeepTogether([Spacer(1, 2 * mm * k), self.stacked("signatures", s.h2), table,
                             Spacer(1, 4 * mm * k), closing])

    def sign_lines(self, people: Sequence[MemberEntry] | None = None) -> Table:
        """A line to sign for every member present (everyone, on a draft), two a row."""
        k, d = self.k, self.data
        if people is None:
            people = [m for m in self.members() if m.present or not d.signed]
        name, line, gap = 58 * mm * k, 28 * mm * k, 6 * mm * k
        cells = [self.wrap([m.name], name) for m in people]
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
        table.setStyle(self.grid(commands, header=False, lines=False))
        table.hAlign = "LEFT"
        return table

    # -- annexes ----------------------------------------------------------------------------

    def annex_heading(self, name: str) -> list[Flowable]:
        n = self.annexes[name]
        return [self.stacked("annex", self.s.h1, n=n),
                self.stacked(f"annex_{name}", self.s.h2)]

    def annex_pages(self) -> list[Flowable]:
        if not self.annexes:
            return []
        out: list[Flowable] = [PageBreak()]
        if "warnings" in self.annexes:
            out += [*self.annex_warnings(), Spacer(1, 6 * mm * self.k)]
        if "overrides" in self.annexes:
            out += [CondPageBreak(50 * mm * self.k), *self.annex_overrides(),
                    Spacer(1, 6 * mm * self.k)]
        if "dissent" in self.annexes:
            out += [CondPageBreak(50 * mm * self.k), *self.annex_dissent()]
        return out

    def annex_warnings(self) -> list[Flowable]:
        s, k = self.s, self.k
        out: list[Flowable] = list(self.annex_heading("warnings"))
        for check in self._explained():
            op = self.op(check)
            numbers = (f"{self.rule_in_numbers(check)}: {grouped(check.left or 0)} {op} "
                       f"{grouped(check.right or 0)}; {self.one_line('difference')} "
                       f"{grouped(check.difference or 0)}")
            out += [
                Spacer(1, 2 * mm * k),
                Paragraph("<br/>".join(f"<b>{_esc(t)}</b>"
                                       for t in self.local(check.message)), s.body),
                Paragraph(_esc(numbers), s.body),
                Paragraph(f"<b>{_esc(self.one_line('explanation'))}:</b> "
                          f"{_html(check.explanation or '')}", s.body),
            ]
        out += [Spacer(1, 3 * mm * k), self.stacked("signers", s.h2), self.sign_lines()]
        return out

    def annex_overrides(self) -> list[Flowable]:
        s, k = self.s, self.k
        out: list[Flowable] = list(self.annex_heading("overrides"))
        for line in self.data.overrides():
            values = Table(
                [[self.stacked("computed", s.head),
                  Paragraph("—" if line.computed is None else grouped(line.computed), s.digits),
                  self.stacked("in_protocol", s.head),
                  Paragraph("—" if line.value is None else grouped(line.value), s.digits)]],
                colWidths=[45 * mm * k, 25 * mm * k, 45 * mm * k, 25 * mm * k])
            values.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4 * k, _GRID),
                                        ("BACKGROUND", (0, 0), (0, 0), _SHADE),
                                        ("BACKGROUND", (2, 0), (2, 0), _SHADE),
                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            values.hAlign = "LEFT"
            title = [f"<b>{_esc(self.one_line('line', n=line.number))}.</b> "
                     + " / ".join(_esc(t) for t in self.local(line.label))]
            out += [Spacer(1, 2 * mm * k), Paragraph("".join(title), s.body),
                    Spacer(1, 1 * mm * k), values, Spacer(1, 1 * mm * k),
                    Paragraph(f"<b>{_esc(self.one_line('override_reason'))}:</b> "
                              f"{_html(line.override_reason or '')}", s.body)]
        out += [Spacer(1, 3 * mm * k), self.stacked("signers", s.h2), self.sign_lines()]
        return out

    def annex_dissent(self) -> list[Flowable]:
        s, k = self.s, self.k
        out: list[Flowable] = list(self.annex_heading("dissent"))
        for member in self.data.dissents():
            role = member.role if member.role in ROLE_ORDER else "member"
            out += [Spacer(1, 3 * mm * k),
                    Paragraph(f"<b>{_esc(member.name)}</b> — "
                              f"{_esc(self.one_line(role))}", s.body),
                    Paragraph(_html(member.dissent or ""), s.body), self.sign_lines([member])]
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
    register_fonts()
    spec = _Protocol(data, lang, copy, enlarged, printed_at)
    out = io.BytesIO()
    k = spec.k
    title = (f"{spec.one_line('protocol')} — {data.election_id} · P{data.precinct_number} · "
             f"{data.contest_id} v{data.version}" + (f" · {data.code}" if data.code else ""))
    doc = SimpleDocTemplate(
        out, pagesize=spec.pagesize, invariant=1, leftMargin=spec.margin,
        rightMargin=spec.margin, topMargin=(19 if data.training else 10) * mm * k,
        bottomMargin=spec.bottom,
        title=("TRAINING — " if data.training else "") + title, author="Precinct",
        creator=f"Precinct {__version__}", producer="Precinct", subject=data.election_id,
        lang={"kk+ru": "kk", "kk": "kk", "ru": "ru", "en": "en"}[lang],
    )
    doc.build(spec.story(), onFirstPage=spec.draw_page, onLaterPages=spec.draw_page,
              canvasmaker=canvas_maker(spec.draw_footer))
    return out.getvalue()


def clear_caches() -> None:
    """Forget the cached QR codes, line breaks and number words (a first build, for benchmarks).

    Nothing else needs it: the caches hold only what the same inputs always give.
    """
    _qr_ops.cache_clear()
    _split.cache_clear()
    number_words.clear_cache()


def default_file_name(
    data: ProtocolData, copy: int | None = None, enlarged: bool = False, lang: str = "kk+ru"
) -> str:
    """An ASCII file name, safe on FAT32.

    ``[TRAINING_]protocol_P<precinct>_<contest>_v<n>[_copy<N>][_A3]_<lang>[_DRAFT].pdf``.
    """
    languages(lang)

    def safe(text: str) -> str:
        return re.sub(r"[^0-9A-Za-z-]", "_", text)

    name = f"protocol_P{safe(data.precinct_number)}_{safe(data.contest_id)}_v{data.version}"
    if copy is not None:
        name += f"_copy{copy}"
    if enlarged:
        name += "_A3"
    name += "_" + lang.replace("+", "-")
    if not data.code:
        name += "_DRAFT"
    name += ".pdf"
    return ("TRAINING_" + name) if data.training else name
