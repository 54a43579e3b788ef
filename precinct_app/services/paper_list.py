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

Drawn straight on the canvas (fixed columns, rows measured once): a 3,000-voter
list takes well under a second, where a platypus table of paragraphs takes many.
Deterministic for a given clock (``invariant=1``). Qt-free.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app import __version__
from precinct_app.models import Issuance, Spoilage, Voter
from precinct_app.services.clock import Clock
from precinct_app.services.pdf_common import (
    FONT,
    FONT_BOLD,
    LANGS,
    SIGNATURE_LABELS,
    canvas_maker,
    draw_training_marks,
    grouped,
    languages,
    register_fonts,
)
from precinct_app.services.station import StationInfo, load_station

__all__ = ["LABELS", "LANGS", "build", "default_file_name"]

# The printed wording: key -> {lang: text}; {name} placeholders filled per language.
LABELS: dict[str, dict[str, str]] = {
    "title": {"kk": "Сайлаушылар тізімі: бюллетеньдер берілгені туралы белгілер",
              "ru": "Список избирателей: отметки о выдаче бюллетеней",
              "en": "Voter list: ballot issuance marks"},
    "subtitle": {"kk": "Қағаз нұсқасы — компьютер істен шыққанда жұмысты жалғастыру үшін",
                 "ru": "Бумажная копия — для продолжения работы при отказе компьютера",
                 "en": "Paper copy — to carry on if the computer fails"},
    "precinct": {"kk": "№ {number} сайлау учаскесі", "ru": "Избирательный участок № {number}",
                 "en": "Polling station No. {number}"},
    "state_at": {"kk": "{date} ж. сағ. {time} жағдай бойынша",
                 "ru": "По состоянию на {time} {date}",
                 "en": "State at {time}, {date}"},
    "on_list": {"kk": "Тізімде", "ru": "В списке", "en": "On the list"},
    "excluded_count": {"kk": "тізімнен шығарылған", "ru": "исключено", "en": "excluded"},
    "added_count": {"kk": "күні қосылған", "ru": "включено в день голосования",
                    "en": "added on the day"},
    "issued_count": {"kk": "берілген бюллетеньдер", "ru": "выдано бюллетеней",
                     "en": "ballots issued"},
    "premises_count": {"kk": "үй-жайда", "ru": "в помещении", "en": "in the premises"},
    "outside_count": {"kk": "үй-жайдан тыс", "ru": "вне помещения", "en": "outside"},
    "replaced_count": {"kk": "ауыстырылған", "ru": "заменено", "en": "replaced"},
    "legend": {"kk": "Бос шаршы: басып шығарған сәтте бюллетень берілмеген; бұдан әрі "
                     "белгілер қолмен қойылады.",
               "ru": "Пустая клетка: на момент печати бюллетень не выдан; далее отметки "
                     "ставятся от руки.",
               "en": "An empty box: no ballot issued when this was printed; from then on "
                     "marks are made by hand."},
    "col_no": {"kk": "Р/н", "ru": "№", "en": "No."},
    "col_name": {"kk": "Тегі, аты, әкесінің аты", "ru": "Фамилия, имя, отчество",
                 "en": "Surname, name, patronymic"},
    "col_year": {"kk": "Туған жылы", "ru": "Год рожд.", "en": "Born"},
    "col_address": {"kk": "Мекенжайы", "ru": "Адрес", "en": "Address"},
    "col_note": {"kk": "Ескертпе", "ru": "Примечание", "en": "Note"},
    "premises": {"kk": "үй-жайда", "ru": "в помещении", "en": "in the premises"},
    "outside": {"kk": "үй-жайдан тыс", "ru": "вне помещения", "en": "outside"},
    "replaced": {"kk": "ауыстырылды {time}", "ru": "заменён {time}", "en": "replaced {time}"},
    "undone": {"kk": "беру болдырылмады {time}", "ru": "выдача отменена {time}",
               "en": "issuance undone {time}"},
    "excluded": {"kk": "тізімнен шығарылды", "ru": "исключён(а)", "en": "excluded"},
    "added": {"kk": "қосылды", "ru": "включён(а)", "en": "added"},
    "section": {"kk": "{section}-бөлім", "ru": "Раздел {section}", "en": "Section {section}"},
    "no_section": {"kk": "Бөлімсіз", "ru": "Без раздела", "en": "No section"},
    **SIGNATURE_LABELS,
    # The standard exclusion reasons and bases of an addition (services.list_changes).
    "reason_absentee_issued": {"kk": "сырттай дауыс беру куәлігі берілді",
                               "ru": "выдано открепительное удостоверение",
                               "en": "absentee certificate issued here"},
    "reason_deceased": {"kk": "қайтыс болды", "ru": "умер(ла)", "en": "deceased"},
    "reason_other_list": {"kk": "басқа учаскенің тізіміне енгізілген",
                          "ru": "включён(а) в список другого участка",
                          "en": "on the list of another station"},
    "basis_absentee": {"kk": "сырттай дауыс беру куәлігі", "ru": "открепительное удостоверение",
                       "en": "absentee certificate"},
    "basis_court": {"kk": "сот шешімі", "ru": "решение суда", "en": "court decision"},
    "basis_registration": {"kk": "дауыс беру күні тіркеу", "ru": "регистрация в день голосования",
                           "en": "one-day registration"},
}

PAGE = landscape(A4)
_MARGIN = 12 * mm
_SIZE, _LEADING = 7.5, 8.6
_HEAD_SIZE, _HEAD_LEADING = 6.8, 7.8
_PAD: float = 1.3 * mm  # left and right in a cell (float: reportlab has no stubs)
_ROW_EXTRA = 3.8  # a row's height beyond its lines
_GRID = colors.HexColor("#8a949e")
_SHADE = colors.HexColor("#e8edf2")
_ISSUED = colors.HexColor("#eef3ee")
_MUTED = colors.HexColor("#4a545e")


@dataclass(frozen=True)
class _Row:
    list_no: int
    cells: tuple[tuple[str, ...], ...]  # lines of each cell
    height: float
    issued: tuple[bool, ...]  # per contest column: shaded when a ballot is held


@dataclass(frozen=True)
class _Group:
    title: str  # "" when the list has no sections
    rows: tuple[_Row, ...]


class _Doc:
    """The paper list's layout and drawing."""

    def __init__(self, station: StationInfo, now: dt.datetime, training: bool,
                 lang: str) -> None:
        self.station, self.now, self.training = station, now, training
        self.langs = languages(lang)
        self.zone = ZoneInfo(station.timezone)
        width = PAGE[0] - 2 * _MARGIN
        fixed = [12 * mm, 64 * mm, 15 * mm, 60 * mm, 46 * mm]
        n = max(1, len(station.contests))
        rest = (width - sum(fixed)) / n
        self.widths = [*fixed, *([rest] * n)]
        self.xs = [_MARGIN]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.top = PAGE[1] - (20 * mm if training else _MARGIN)
        self.bottom = 16 * mm

    # -- words ----------------------------------------------------------------------------

    def words(self, key: str, **params: str) -> str:
        """``key`` in the document's languages, different texts joined by " / "."""
        out: list[str] = []
        for lang in self.langs:
            value = LABELS[key][lang].format(**params)
            if value not in out:
                out.append(value)
        return " / ".join(out)

    def local(self, texts: dict[str, str]) -> str:
        out: list[str] = []
        for lang in self.langs:
            value = texts.get(lang) or texts.get("ru") or texts.get("kk") or ""
            if value and value not in out:
                out.append(value)
        return " / ".join(out)

    def hhmm(self, stored: str) -> str:
        moment = dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
        return moment.astimezone(self.zone).strftime("%H:%M")

    def coded(self, prefix: str, value: str) -> str:
        return self.words(f"{prefix}_{value}") if f"{prefix}_{value}" in LABELS else value

    # -- measuring ------------------------------------------------------------------------

    def fit(self, value: str, column: int, size: float = _SIZE) -> tuple[str, ...]:
        room = self.widths[column] - 2 * _PAD
        if not value:
            return ()
        if stringWidth(value, FONT, size) <= room:
            return (value,)
        return tuple(simpleSplit(value, FONT, size, room)) or (value,)

    def row(self, list_no: int, texts: Sequence[str], issued: tuple[bool, ...]) -> _Row:
        cells = tuple(self.fit(t, i) for i, t in enumerate(texts))
        lines = max(1, *(len(c) for c in cells))
        return _Row(list_no, cells, lines * _LEADING + _ROW_EXTRA, issued)

    def heading_cells(self) -> tuple[tuple[str, ...], ...]:
        texts = [self.words(k) for k in ("col_no", "col_name", "col_year", "col_address",
                                          "col_note")]
        texts += [self.local(c.title) for c in self.station.contests]
        out = []
        for i, value in enumerate(texts):
            lines: list[str] = []
            for part in value.split(" / "):
                lines.extend(simpleSplit(part, FONT_BOLD, _HEAD_SIZE,
                                         self.widths[i] - 2 * _PAD) or [part])
            out.append(tuple(lines))
        return tuple(out)

    # -- drawing --------------------------------------------------------------------------

    def start_page(self, c: Canvas) -> None:
        if self.training:
            draw_training_marks(c, PAGE, self.words("not_official"), margin=_MARGIN)

    def running_head(self, c: Canvas, group: str, y: float) -> float:
        c.setFont(FONT, 7.5)
        c.setFillColor(_MUTED)
        left = (f"{self.words('precinct', number=self.station.precinct_number)} · "
                + self.words("state_at", time=self.now.strftime("%H:%M"),
                             date=self.now.strftime("%d.%m.%Y")))
        c.drawString(_MARGIN, y - 7.5, left)
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
        contest0 = 5
        for k, held in enumerate(row.issued):
            if held:
                c.setFillColor(_ISSUED)
                i = contest0 + k
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

    def title_block(self, c: Canvas, counts: Sequence[str], y: float) -> float:
        st = self.station
        c.setFont(FONT_BOLD, 11)
        for lang in self.langs:
            c.drawString(_MARGIN, y - 11, LABELS["title"][lang])
            y -= 13.5
        c.setFont(FONT, 8)
        c.setFillColor(_MUTED)
        c.drawString(_MARGIN, y - 8, self.words("subtitle"))
        c.setFillColor(colors.black)
        y -= 12
        c.setFont(FONT, 8.5)
        c.drawString(_MARGIN, y - 8.5, f"{self.local(st.election_title)} · {st.election_id} · "
                     f"{st.election_date.strftime('%d.%m.%Y')}")
        y -= 11
        c.drawString(_MARGIN, y - 8.5, f"{self.words('precinct', number=st.precinct_number)}"
                     f" · {self.local(st.address)}")
        y -= 12.5
        c.setFont(FONT_BOLD, 10)
        c.drawString(_MARGIN, y - 10, self.words("state_at", time=self.now.strftime("%H:%M"),
                                                 date=self.now.strftime("%d.%m.%Y")))
        y -= 13.5
        c.setFont(FONT, 8.5)
        for line in counts:
            for part in simpleSplit(line, FONT, 8.5, PAGE[0] - 2 * _MARGIN):
                c.drawString(_MARGIN, y - 8.5, part)
                y -= 10.5
        c.setFont(FONT, 7.5)
        c.setFillColor(_MUTED)
        c.drawString(_MARGIN, y - 7.5, self.words("legend"))
        c.setFillColor(colors.black)
        return y - 13

    def signatures(self, c: Canvas, y: float) -> None:
        members = {m.role: m.name for m in reversed(self.station.commission)}
        line_x = _MARGIN + 135 * mm
        for role in ("chair", "secretary"):
            labels = [LABELS[role][lang] for lang in self.langs]
            y -= 14 + 10.5 * (len(labels) - 1)
            c.setFont(FONT, 8.5)
            for k, label in enumerate(labels):  # one line per language, the last on the line
                c.drawString(_MARGIN, y + 10.5 * (len(labels) - 1 - k), label)
            c.setLineWidth(0.6)
            c.setStrokeColor(colors.black)
            c.line(line_x, y - 1, line_x + 50 * mm, y - 1)
            c.drawString(line_x + 55 * mm, y, members.get(role, ""))
            c.setFont(FONT, 7)
            c.setFillColor(_MUTED)
            c.drawCentredString(line_x + 25 * mm, y - 9, self.words("signature"))
            c.setFillColor(colors.black)
            y -= 8

    def footer(self, c: Canvas, page: int, pages: int) -> None:
        c.saveState()
        c.setFont(FONT, 7.5)
        c.setFillColor(colors.black)
        st = self.station
        c.drawString(_MARGIN, 9 * mm, f"{st.election_id} · "
                     f"{self.words('precinct', number=st.precinct_number)}")
        c.drawRightString(PAGE[0] - _MARGIN, 9 * mm,
                          self.words("page", page=str(page), pages=str(pages)))
        c.setFillColor(_MUTED)
        c.drawCentredString(PAGE[0] / 2, 5 * mm, f"Precinct {__version__}")
        c.restoreState()

    def render(self, c: Canvas, groups: Sequence[_Group], counts: Sequence[str]) -> None:
        heads = self.heading_cells()
        first = True
        for group in groups:
            if not first:
                c.showPage()
            self.start_page(c)
            y = self.title_block(c, counts, self.top) if first else self.top
            first = False
            y = self.running_head(c, group.title, y)
            top = y
            y = self.column_heads(c, heads, y)
            for row in group.rows:
                if y - row.height < self.bottom:
                    self.grid(c, top, y)
                    c.showPage()
                    self.start_page(c)
                    y = self.running_head(c, group.title, self.top)
                    top = y
                    y = self.column_heads(c, heads, y)
                self.draw_row(c, row, y)
                y -= row.height
            self.grid(c, top, y)
        if y - 62 < self.bottom:
            c.showPage()
            self.start_page(c)
            y = self.top
        self.signatures(c, y - 6)
        c.showPage()


def _natural(section: str) -> tuple[int, int, str]:
    if not section:
        return (2, 0, "")
    # ASCII digits only: a section "²" passes isdigit() and then fails int().
    return (0, int(section), "") if section.isascii() and section.isdigit() else (1, 0, section)


def build(session: Session, clock: Clock, lang: str = "kk+ru") -> bytes:
    """The paper list as PDF bytes (A4 landscape); reads the session, writes nothing."""
    register_fonts()
    station = load_station(session)
    now = clock.local(station.timezone)
    doc = _Doc(station, now, station.training(clock), lang)
    contests = [c.id for c in station.contests]

    # Every issuance in id order: the live one is the mark, undone ones are notes.
    live: dict[tuple[int, str], tuple[str, str, str | None]] = {}
    undone: dict[int, list[tuple[str, str]]] = {}
    rows = session.execute(
        select(Issuance.voter_id, Issuance.contest_id, Issuance.issued_at, Issuance.place,
               Issuance.undone_at, Spoilage.at)
        .outerjoin(Spoilage, Spoilage.issuance_id == Issuance.id)
        .order_by(Issuance.id)
    ).all()
    for voter_id, contest_id, issued_at, place, undone_at, spoiled_at in rows:
        if undone_at is None:
            live[(voter_id, contest_id)] = (issued_at, place, spoiled_at)
        else:
            undone.setdefault(voter_id, []).append((contest_id, undone_at))

    voters = session.execute(
        select(Voter.id, Voter.list_no, Voter.surname, Voter.given_name, Voter.patronymic,
               Voter.birth_date, Voter.address, Voter.section, Voter.status, Voter.origin,
               Voter.exclusion_reason, Voter.add_basis, Voter.add_reference)
        .order_by(Voter.list_no)
    ).all()
    premises_word, outside_word = doc.words("premises"), doc.words("outside")
    several = len(contests) > 1
    by_section: dict[str, list[_Row]] = {}
    excluded = added = 0
    for v in voters:
        notes: list[str] = []
        marks: list[str] = []
        held: list[bool] = []
        if v.status == "excluded":
            excluded += 1
            reason = doc.coded("reason", v.exclusion_reason or "")
            notes.append(f"{doc.words('excluded')}: {reason}" if reason
                         else doc.words("excluded"))
        if v.origin == "added":
            added += 1
            basis = doc.coded("basis", v.add_basis or "")
            ref = f" {v.add_reference}" if v.add_reference else ""
            notes.append(f"{doc.words('added')}: {basis}{ref}".rstrip(": "))
        for contest_id, at in undone.get(v.id, ()):
            prefix = f"{contest_id}: " if several else ""
            notes.append(prefix + doc.words("undone", time=doc.hhmm(at)))
        for contest_id in contests:
            mark = live.get((v.id, contest_id))
            if mark is not None:
                at_text, where, replaced_at = mark
                text = (f"{doc.hhmm(at_text)} · "
                        f"{outside_word if where == 'outside' else premises_word}")
                if replaced_at is not None:
                    text += "; " + doc.words("replaced", time=doc.hhmm(replaced_at))
                marks.append(text)
                held.append(True)
            else:
                marks.append("—" if v.status == "excluded" else "")
                held.append(False)
        name = " ".join(p for p in (v.surname, v.given_name, v.patronymic) if p)
        born = v.birth_date.year if isinstance(v.birth_date, dt.date) else ""
        row = doc.row(v.list_no, [str(v.list_no), name, str(born), v.address or "",
                                  "; ".join(notes), *marks], tuple(held))
        by_section.setdefault(v.section or "", []).append(row)

    if set(by_section) == {""} or not by_section:
        groups = [_Group("", tuple(by_section.get("", [])))]
    else:
        groups = []
        for section in sorted(by_section, key=_natural):
            title = (doc.words("section", section=section) if section
                     else doc.words("no_section"))
            count = grouped(len(by_section[section]))
            groups.append(_Group(f"{title} — {count}", tuple(by_section[section])))

    counts = [_counts_line(doc, station, excluded, added, live)]
    out = io.BytesIO()
    canvas = canvas_maker(doc.footer)(out, pagesize=PAGE, invariant=1)
    title = f"{doc.words('title')} — {doc.words('precinct', number=station.precinct_number)}"
    canvas.setTitle(("TRAINING — " if doc.training else "") + title)
    canvas.setAuthor("Precinct")
    canvas.setCreator(f"Precinct {__version__}")
    canvas.setProducer("Precinct")
    canvas.setSubject(station.election_id)
    doc.render(canvas, groups, counts)
    canvas.save()
    return out.getvalue()


def _counts_line(doc: _Doc, station: StationInfo, excluded: int, added: int,
                 live: dict[tuple[int, str], tuple[str, str, str | None]]) -> str:
    parts = [f"{doc.words('on_list')}: {grouped(station.voters_on_list)}",
             f"{doc.words('excluded_count')}: {grouped(excluded)}",
             f"{doc.words('added_count')}: {grouped(added)}"]
    for contest in station.contests:
        marks = [m for (_, cid), m in live.items() if cid == contest.id]
        outside = sum(1 for m in marks if m[1] == "outside")
        replaced = sum(1 for m in marks if m[2] is not None)
        label = contest.id if len(station.contests) > 1 else ""
        prefix = f"{label}: " if label else ""
        parts.append(
            f"{prefix}{doc.words('issued_count')}: {grouped(len(marks))} "
            f"({doc.words('premises_count')}: {grouped(len(marks) - outside)}, "
            f"{doc.words('outside_count')}: {grouped(outside)}, "
            f"{doc.words('replaced_count')}: {grouped(replaced)})"
        )
    return " · ".join(parts)


def default_file_name(station: StationInfo, clock: Clock) -> str:
    """``[TRAINING_]paper_list_P<precinct>_<YYYYMMDD>T<HHMM>.pdf`` (ASCII)."""
    now = clock.local(station.timezone).strftime("%Y%m%dT%H%M")
    precinct = "".join(ch if ch.isascii() and ch.isalnum() else "_"
                       for ch in station.precinct_number)
    name = f"paper_list_P{precinct}_{now}.pdf"
    return ("TRAINING_" + name) if station.training(clock) else name
