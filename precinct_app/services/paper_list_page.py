"""What the paper list says: the data step of the paper fallback (issue 5, item 6).

:func:`paper_list_page` reads the voters and every issuance from the session and says
what each row of the printed list holds: list number, name, birth year, address, the
note (exclusion and its reason, an addition and its basis, an undone issuance) and, per
contest, the mark the software holds (time and place, a replacement; "—" for an excluded
voter; blank for no ballot yet), grouped by list section, with the day's counts. No
ReportLab here: :mod:`~precinct_app.services.paper_list` only draws it. The words are
the catalog's ``doc_list_*`` (``messages/documents.py``); reasons and bases of the list
changes are the catalog's own words for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.messages.list_changes import basis_text, reason_text
from precinct_app.models import Issuance, Spoilage, Voter
from precinct_app.services.clock import Clock
from precinct_app.services.localize import clock_text, grouped, in_languages, section_order
from precinct_app.services.pdf_common import Signer, languages, one_line, report_signers, words
from precinct_app.services.station import StationInfo, load_station

# (voter id, contest) -> (issued at, place, replaced at): the live issuance, the mark.
Marks = dict[tuple[int, str], tuple[str, str, str | None]]
# voter id -> [(contest, undone at)]: issuances undone, a note each.
Undone = dict[int, list[tuple[str, str]]]


@dataclass(frozen=True)
class ListRow:
    """One voter: the cells' texts (no., name, born, address, note, one mark per contest)
    and, per contest, whether a ballot is held (the cell is shaded)."""

    list_no: int
    cells: tuple[str, ...]
    issued: tuple[bool, ...]


@dataclass(frozen=True)
class ListGroup:
    """The voters of one list section; ``title`` is "" when the list has no sections."""

    title: str
    rows: tuple[ListRow, ...]


@dataclass(frozen=True)
class PaperListPage:
    """Everything the paper list says, in its languages, frozen."""

    langs: tuple[str, ...]
    training: bool
    training_note: str
    pdf_title: str
    election_id: str
    title: tuple[str, ...]
    subtitle: str
    election: str  # title · id · date
    precinct: str  # "Polling station No. 164"
    address: str
    state_at: str  # "State at 13:05, 06.10.2024"
    counts: str
    legend: str
    heads: tuple[str, ...]  # per column, the languages joined by " / "
    contests: int
    groups: tuple[ListGroup, ...]
    signers: tuple[Signer, ...]
    signature: str

    def page_of(self, page: int, pages: int) -> str:
        """``Page 1 of 3`` in the document's languages."""
        return one_line("doc_page", self.langs, page=page, pages=pages)


def paper_list_page(session: Session, clock: Clock, lang: str = "kk+ru") -> PaperListPage:
    """Read the list and its marks now (``clock``) and say what the paper list prints."""
    langs = languages(lang)
    clock = clock.snapshot()  # one reading: the state's time and the TRAINING mark agree
    station = load_station(session)
    now = clock.local(station.timezone)
    training = station.training(clock)
    marks, undone = _issuances(session)
    groups, excluded, added = _groups(session, station, langs, marks, undone)
    precinct = one_line("doc_precinct", langs, number=station.precinct_number)
    title = one_line("doc_list_title", langs)
    return PaperListPage(
        langs=langs, training=training, training_note=one_line("doc_not_official", langs),
        pdf_title=f"{title} — {precinct}", election_id=station.election_id,
        title=words("doc_list_title", langs), subtitle=one_line("doc_list_subtitle", langs),
        election=(f"{_local(station.election_title, langs)} · {station.election_id} · "
                  f"{station.election_date.strftime('%d.%m.%Y')}"),
        precinct=precinct, address=_local(station.address, langs),
        state_at=one_line("doc_list_state_at", langs, time=now.strftime("%H:%M"),
                          date=now.strftime("%d.%m.%Y")),
        counts=_counts_line(station, langs, excluded, added, marks),
        legend=one_line("doc_list_legend", langs),
        heads=_heads(station, langs), contests=len(station.contests), groups=groups,
        signers=report_signers(station, langs), signature=one_line("doc_signature", langs),
    )


def _local(texts: dict[str, str], langs: Sequence[str]) -> str:
    return " / ".join(in_languages(texts, tuple(langs)))


def _heads(station: StationInfo, langs: tuple[str, ...]) -> tuple[str, ...]:
    """The column heads: the list's columns, then each contest's title."""
    heads = [one_line("word_no" if key == "no" else f"doc_list_col_{key}", langs)
             for key in ("no", "name", "year", "address", "note")]
    return (*heads, *(_local(c.title, langs) for c in station.contests))


def _issuances(session: Session) -> tuple[Marks, Undone]:
    """Every issuance in id order: the live one is the mark, undone ones are notes."""
    marks: Marks = {}
    undone: Undone = {}
    rows = session.execute(
        select(Issuance.voter_id, Issuance.contest_id, Issuance.issued_at, Issuance.place,
               Issuance.undone_at, Spoilage.at)
        .outerjoin(Spoilage, Spoilage.issuance_id == Issuance.id)
        .order_by(Issuance.id)
    ).all()
    for voter_id, contest_id, issued_at, place, undone_at, spoiled_at in rows:
        if undone_at is None:
            marks[(voter_id, contest_id)] = (issued_at, place, spoiled_at)
        else:
            undone.setdefault(voter_id, []).append((contest_id, undone_at))
    return marks, undone


def _groups(session: Session, station: StationInfo, langs: tuple[str, ...], marks: Marks,
            undone: Undone) -> tuple[tuple[ListGroup, ...], int, int]:
    """The voters in list-number order, by section; and how many are excluded, added."""
    voters = session.execute(
        select(Voter.id, Voter.list_no, Voter.surname, Voter.given_name, Voter.patronymic,
               Voter.birth_date, Voter.address, Voter.section, Voter.status, Voter.origin,
               Voter.exclusion_reason, Voter.add_basis, Voter.add_reference)
        .order_by(Voter.list_no)
    ).all()
    rows = _Rows(station, langs, marks, undone)
    by_section: dict[str, list[ListRow]] = {}
    for voter in voters:
        by_section.setdefault(voter.section or "", []).append(rows.row(voter))
    excluded = sum(1 for v in voters if v.status == "excluded")
    added = sum(1 for v in voters if v.origin == "added")
    return _sections(by_section, langs), excluded, added


def _sections(by_section: dict[str, list[ListRow]],
              langs: tuple[str, ...]) -> tuple[ListGroup, ...]:
    """One group per section in natural order, titled with its count; one untitled group
    when the list has no sections."""
    if set(by_section) == {""} or not by_section:
        return (ListGroup("", tuple(by_section.get("", []))),)
    groups = []
    for section in sorted(by_section, key=section_order):
        title = (one_line("doc_list_section", langs, section=section) if section
                 else one_line("doc_list_no_section", langs))
        # plural: a count after a dash, no noun; if one is added, it needs the plural form
        count = grouped(len(by_section[section]))
        groups.append(ListGroup(f"{title} — {count}", tuple(by_section[section])))
    return tuple(groups)


class _Rows:
    """Says what one voter's row holds."""

    def __init__(self, station: StationInfo, langs: tuple[str, ...], marks: Marks,
                 undone: Undone) -> None:
        self.langs, self.marks, self.undone = langs, marks, undone
        self.timezone = station.timezone
        self.contests = [c.id for c in station.contests]
        self.premises = one_line("doc_list_premises", langs)
        self.outside = one_line("word_outside", langs)

    def hhmm(self, stored: str) -> str:
        """A stored UTC time on the station's clock: 10:07."""
        return clock_text(dt.datetime.fromisoformat(stored.replace("Z", "+00:00")),
                          self.timezone)

    def coded(self, word: Any, value: str) -> str:
        """A reason or basis code in the languages; free text as it was typed."""
        return " / ".join(dict.fromkeys(word(value, lang) for lang in self.langs))

    def row(self, v: Any) -> ListRow:
        marks = [self.mark(v, contest) for contest in self.contests]
        name = " ".join(p for p in (v.surname, v.given_name, v.patronymic) if p)
        born = v.birth_date.year if isinstance(v.birth_date, dt.date) else ""
        cells = (str(v.list_no), name, str(born), v.address or "", "; ".join(self.notes(v)),
                 *(text for text, _ in marks))
        return ListRow(v.list_no, cells, tuple(held for _, held in marks))

    def notes(self, v: Any) -> list[str]:
        """The exclusion and its reason, the addition and its basis, undone issuances."""
        notes: list[str] = []
        if v.status == "excluded":
            reason = self.coded(reason_text, v.exclusion_reason or "")
            excluded = one_line("doc_list_excluded", self.langs)
            notes.append(f"{excluded}: {reason}" if reason else excluded)
        if v.origin == "added":
            basis = self.coded(basis_text, v.add_basis or "")
            ref = f" {v.add_reference}" if v.add_reference else ""
            notes.append(f"{one_line('word_added', self.langs)}: {basis}{ref}".rstrip(": "))
        several = len(self.contests) > 1
        for contest_id, at in self.undone.get(v.id, ()):
            prefix = f"{contest_id}: " if several else ""
            notes.append(prefix + one_line("doc_list_undone", self.langs, time=self.hhmm(at)))
        return notes

    def mark(self, v: Any, contest_id: str) -> tuple[str, bool]:
        """The contest's cell: the time and place of the live issuance (and a replacement),
        "—" for an excluded voter, blank for no ballot; and whether a ballot is held."""
        mark = self.marks.get((v.id, contest_id))
        if mark is None:
            return ("—" if v.status == "excluded" else ""), False
        at, where, replaced_at = mark
        text = f"{self.hhmm(at)} · {self.outside if where == 'outside' else self.premises}"
        if replaced_at is not None:
            text += "; " + one_line("doc_list_replaced", self.langs, time=self.hhmm(replaced_at))
        return text, True


def _counts_line(station: StationInfo, langs: tuple[str, ...], excluded: int, added: int,
                 marks: Marks) -> str:
    """On the list, excluded, added; per contest the ballots issued, where, replaced."""
    def said(key: str, number: int) -> str:
        return f"{one_line(key, langs)}: {grouped(number)}"

    parts = [said("doc_list_on_list", station.voters_on_list),
             said("doc_list_excluded_count", excluded), said("doc_list_added_count", added)]
    for contest in station.contests:
        held = [m for (_, cid), m in marks.items() if cid == contest.id]
        outside = sum(1 for m in held if m[1] == "outside")
        replaced = sum(1 for m in held if m[2] is not None)
        prefix = f"{contest.id}: " if len(station.contests) > 1 else ""
        parts.append(
            f"{prefix}{said('doc_list_issued_count', len(held))} "
            f"({said('doc_list_premises', len(held) - outside)}, "
            f"{said('word_outside', outside)}, "
            f"{said('doc_list_replaced_count', replaced)})"
        )
    return " · ".join(parts)
