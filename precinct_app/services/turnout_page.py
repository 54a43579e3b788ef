"""What the printed turnout report says: the data step of the turnout PDF.

:func:`turnout_page` turns a :class:`~precinct_app.services.turnout.TurnoutReport` into a
:class:`TurnoutPage`: the report's words in its languages (the catalog's
``doc_turnout_*`` and the reports' shared ``doc_*``), every figure written out, the
rows of its tables and the bars of its chart. No ReportLab here:
:mod:`~precinct_app.services.turnout_pdf` only draws it. Only ballots issued and voters
on the list: never an option or a vote total.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from precinct_app import messages
from precinct_app.services import turnout
from precinct_app.services.localize import grouped, in_languages, section_order, station_time
from precinct_app.services.pdf_common import (
    Signer,
    headings,
    languages,
    one_line,
    report_signers,
    words,
)
from precinct_app.services.station import StationInfo
from precinct_app.services.turnout import ReportTime, TurnoutLine, TurnoutReport

_SHARED = {"audit_head": "word_audit_head", "precinct": "doc_precinct",
           "voting_day": "word_voting_day", "time": "word_time", "total": "word_total",
           "pending": "word_pending", "not_frozen": "word_not_recorded",
           "sections": "word_by_section", "per_hour": "word_per_hour",
           "election_id": "doc_election_id",
           "signature": "doc_signature", "page": "doc_page", "not_official": "doc_not_official"}


# Shared words a column head capitalizes (the catalog keeps them in lower case).
_CAPITALIZED = {"on_list_short": "word_voters_on_list"}


def _code(key: str) -> str:
    """The catalog's code of a word of the report."""
    return _SHARED.get(key, f"doc_turnout_{key}")


def percent_text(value: float, langs: Sequence[str]) -> str:
    """One decimal; a decimal comma unless the report is English only."""
    out = f"{value:.1f}"
    return out if tuple(langs) == ("en",) else out.replace(".", ",")


@dataclass(frozen=True)
class Figures:
    """A row of figures: what it is about, ballots issued, voters on the list, percent."""

    label: str
    issued: str
    on_list: str
    percent: str


@dataclass(frozen=True)
class SnapshotRow:
    """A report time: its frozen figures, or (``figures`` None) its state in words."""

    time: str
    figures: Figures | None
    state: str


@dataclass(frozen=True)
class Bar:
    """One hour of the chart; ``label`` is "" for an hour still to come, ``12*`` for the
    hour in progress."""

    hour: str
    count: int
    label: str
    in_progress: bool


@dataclass(frozen=True)
class ContestPart:
    """One contest's part of the report: live figures, report times, sections, chart."""

    title: tuple[str, ...]
    live: Figures
    snapshots: tuple[SnapshotRow, ...]
    sections: tuple[Figures, ...]
    total: Figures  # labelled with the heads' total
    bars: tuple[Bar, ...]
    caption: str


@dataclass(frozen=True)
class Heads:
    """The headings and the column heads of the report, in its languages."""

    live: tuple[str, ...]
    issued: tuple[str, ...]
    on_list: tuple[str, ...]
    percent: tuple[str, ...]
    snapshots: tuple[str, ...]
    sections: tuple[str, ...]
    per_hour: tuple[str, ...]
    time: tuple[str, ...]
    section: tuple[str, ...]
    issued_short: tuple[str, ...]
    on_list_short: tuple[str, ...]
    total: tuple[str, ...]


@dataclass(frozen=True)
class TurnoutPage:
    """Everything the turnout report says, in its languages, frozen."""

    langs: tuple[str, ...]
    training: bool
    training_note: str
    pdf_title: str
    election_id: str
    election_title: tuple[str, ...]
    title: tuple[str, ...]
    as_of: tuple[str, ...]
    precinct: tuple[tuple[str, str], ...]  # per language: the precinct, its address or ""
    voting_day: tuple[str, str]  # label, date
    election: tuple[str, str]  # label, id
    heads: Heads
    contests: tuple[ContestPart, ...]
    definition: tuple[str, ...]
    signers: tuple[Signer, ...]
    signature: str
    footer: str  # election id · precinct
    audit_head: str  # "Audit head: 1234 · 7F3A-91C2", or ""

    def page_of(self, page: int, pages: int) -> str:
        """``Page 1 of 3`` in the document's languages."""
        return one_line("doc_page", self.langs, page=page, pages=pages)


class _Words:
    def __init__(self, langs: tuple[str, ...]) -> None:
        self.langs = langs

    def __call__(self, key: str, **params: object) -> tuple[str, ...]:
        if key in _CAPITALIZED:
            return headings(_CAPITALIZED[key], self.langs)
        return words(_code(key), self.langs, **params)

    def line(self, key: str, **params: object) -> str:
        return " / ".join(self(key, **params))


def turnout_page(report: TurnoutReport, station: StationInfo, as_of: dt.datetime,
                 training: bool, lang: str = "kk+ru", audit_head: str = "") -> TurnoutPage:
    """What the turnout report of ``report`` says at ``as_of`` (aware) in ``lang``."""
    if as_of.tzinfo is None:
        raise ValueError("as_of must carry its time zone")
    w = _Words(languages(lang))
    now = station_time(as_of, station.timezone)
    footer = f"{station.election_id} · {w.line('precinct', number=station.precinct_number)}"
    sched = turnout.report_times(report, station, now)
    return TurnoutPage(
        langs=w.langs, training=training, training_note=w.line("not_official"),
        pdf_title=f"{w.line('title')} — {footer}", election_id=station.election_id,
        election_title=tuple(in_languages(station.election_title, w.langs)),
        title=w("title"), as_of=_as_of(now, station, w), precinct=_precinct(station, w),
        voting_day=(w.line("voting_day"), station.election_date.strftime("%d.%m.%Y")),
        election=(w.line("election_id"), station.election_id),
        heads=Heads(*(w(key) for key in ("live", "issued", "on_list", "percent", "snapshots",
                                         "sections", "per_hour", "time", "section",
                                         "issued_short", "on_list_short", "total"))),
        contests=tuple(_contest(report, station, line, sched, now, w)
                       for line in report.station),
        definition=w("definition"), signers=report_signers(station, w.langs),
        signature=w.line("signature"), footer=footer,
        audit_head=f"{w.line('audit_head')}: {audit_head}" if audit_head else "",
    )


def _as_of(now: dt.datetime, station: StationInfo, w: _Words) -> tuple[str, ...]:
    """``As of 13:05, 06.10.2024 (Asia/Almaty, UTC+05:00)``."""
    offset = now.strftime("UTC%z")
    zone = f"{station.timezone}, {offset[:-2]}:{offset[-2:]}"
    return w("as_of", time=now.strftime("%H:%M"), date=now.strftime("%d.%m.%Y"), zone=zone)


def _precinct(station: StationInfo, w: _Words) -> tuple[tuple[str, str], ...]:
    """The precinct in each language with the address in that language (each different
    address once)."""
    addresses = dict(zip(w.langs, in_languages(station.address, w.langs), strict=False))
    return tuple((messages.text("doc_precinct", lang, number=station.precinct_number),
                  addresses.get(lang, "")) for lang in w.langs)


def _figures(label: str, line: TurnoutLine, langs: Sequence[str]) -> Figures:
    return Figures(label, grouped(line.issued), grouped(line.on_list),
                   percent_text(line.percent, langs))


def _contest(report: TurnoutReport, station: StationInfo, line: TurnoutLine,
             sched: Sequence[ReportTime], now: dt.datetime, w: _Words) -> ContestPart:
    info = next((c for c in station.contests if c.id == line.contest_id), None)
    sections = sorted((x for x in report.sections if x.contest_id == line.contest_id),
                      key=lambda x: section_order(x.section))
    bars = _bars(report, station, line.contest_id, now)
    caption = w.line("hour_axis")
    if any(bar.in_progress and bar.label for bar in bars):
        caption += "   " + w.line("hour_open")
    return ContestPart(
        title=tuple(in_languages(info.title, w.langs)) if info else (line.contest_id,),
        live=_figures("", line, w.langs),
        snapshots=tuple(_snapshot_row(r, w) for r in sched if r.contest_id == line.contest_id),
        # Voters added on the day may have no section: a dash, never an empty cell.
        sections=tuple(_figures(x.section or "—", x, w.langs) for x in sections),
        total=_figures("", line, w.langs), bars=bars, caption=caption)


def _snapshot_row(row: ReportTime, w: _Words) -> SnapshotRow:
    snap = row.snapshot
    if snap is None:  # the state, in words, across the figures it stands for
        return SnapshotRow(row.report_time, None, w.line("not_frozen" if row.due else "pending"))
    return SnapshotRow(snap.report_time, Figures(
        snap.report_time, grouped(snap.issued), grouped(snap.on_list),
        percent_text(snap.percent, w.langs)), "")


def _bars(report: TurnoutReport, station: StationInfo, contest_id: str,
          now: dt.datetime) -> tuple[Bar, ...]:
    """Ballots issued per hour of the day; the hour in progress marked, later ones blank."""
    today = now.date() == (report.day or station.election_date)
    now_hour = now.strftime("%H") if today else ""
    bars = []
    for hour, count in turnout.day_hours(report, station, contest_id):
        in_progress = hour == now_hour
        future = bool(now_hour) and hour > now_hour
        label = "" if future else grouped(count) + ("*" if in_progress else "")
        bars.append(Bar(hour, count, label, in_progress))
    return tuple(bars)
