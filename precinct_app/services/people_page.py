"""What the printed register of copies and of those present says: the data step of
its PDF (:mod:`~precinct_app.services.people_pdf` only draws it).

An annex to the protocol: per contest, the certified copies given (number, version,
to whom, when, certified by whom) and when each signed version was posted; then
those present at the station with their visits. Words come from the catalog
(``messages/people.py``) in the report's languages, kk+ru side by side by default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from precinct_app import messages
from precinct_app.services import anchor, attendance, audit, copies
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput
from precinct_app.services.localize import DATE_TIME, clock_text, in_languages
from precinct_app.services.pdf_common import Signer, languages, one_line, report_signers, words
from precinct_app.services.station import StationInfo, load_station

_COLUMNS = ("copy", "version", "to", "organisation", "issued", "certified", "received")
_PRESENT_COLUMNS = ("name", "kind", "organisation", "mandate", "visits", "by")


@dataclass(frozen=True)
class ContestCopies:
    """One contest's copies and postings."""

    title: tuple[str, ...]
    codes: tuple[str, ...]  # one line per signed version copied or posted
    rows: tuple[tuple[str, ...], ...]  # per copy, the cells of _COLUMNS (received empty)
    posted: tuple[str, ...]  # one line per posting, or "not posted yet"


@dataclass(frozen=True)
class PeoplePage:
    """Everything the annex says, frozen."""

    langs: tuple[str, ...]
    training: bool
    training_note: str
    pdf_title: str
    election_id: str
    election_title: tuple[str, ...]
    annex: tuple[str, ...]
    title: tuple[str, ...]
    precinct: tuple[str, ...]
    copies_head: tuple[str, ...]
    posted_head: tuple[str, ...]
    columns: tuple[tuple[str, ...], ...]
    contests: tuple[ContestCopies, ...]
    present_head: tuple[str, ...]
    present_columns: tuple[tuple[str, ...], ...]
    present: tuple[tuple[str, ...], ...]
    none: str
    signers: tuple[Signer, ...]
    signature: str
    footer: str
    audit_head: str

    def page_of(self, page: int, pages: int) -> str:
        """``Page 1 of 3`` in the document's languages."""
        return one_line("doc_page", self.langs, page=page, pages=pages)


def _when(at: dt.datetime | None, tz: str) -> str:
    return clock_text(at, tz, DATE_TIME) if at is not None else ""


def people_page(
    station: StationInfo, register: list[copies.CopyView], posted: list[copies.PostingView],
    present: list[attendance.PresentView], members: dict[str, str], training: bool,
    lang: str = "kk+ru", audit_head: str = "", contest_id: str | None = None,
) -> PeoplePage:
    """What the annex says in ``lang`` (kk+ru, kk, ru or en); one contest if named."""
    langs = languages(lang)
    tz = station.timezone

    def line(message: str, **params: object) -> str:
        return one_line(message, langs, **params)

    parts: list[ContestCopies] = []
    for contest in station.contests:
        if contest_id is not None and contest.id != contest_id:
            continue
        mine = [c for c in register if c.contest_id == contest.id]
        posts = [p for p in posted if p.contest_id == contest.id]
        versions = dict.fromkeys([(c.version, c.code) for c in mine]
                                 + [(p.version, p.code) for p in posts])
        parts.append(ContestCopies(
            title=tuple(in_languages(contest.title, langs)) or (contest.id,),
            codes=tuple(line("doc_people_contest", contest=contest.id, version=v,
                             protocol_code=code) for v, code in sorted(versions)),
            rows=tuple((str(c.number), str(c.version), c.name, c.organisation,
                        _when(c.issued_at, tz), f"{c.chair_name}, {c.secretary_name}",
                        "") for c in mine),
            posted=tuple(f"v{p.version}: {_when(p.posted_at, tz)} · {p.member_name}"
                         for p in posts) or (line("posted_not_yet"),),
        ))
    rows = []
    for p in present:
        stays = "; ".join(
            f"{_when(v.arrived_at, tz)} – "
            + (clock_text(v.left_at, tz) if v.left_at is not None else "…")
            for v in p.visits)
        by = ", ".join(dict.fromkeys(members.get(v.arrived_by, v.arrived_by) for v in p.visits))
        rows.append((f"{p.id}. {p.name}", line(f"present_kind_{p.kind}"), p.organisation,
                     p.mandate, stays, by))
    footer = f"{station.election_id} · {line('doc_precinct', number=station.precinct_number)}"
    addresses = in_languages(station.address, langs)
    return PeoplePage(
        langs=langs, training=training, training_note=line("doc_not_official"),
        pdf_title=f"{line('doc_people_title')} — {footer}", election_id=station.election_id,
        election_title=tuple(in_languages(station.election_title, langs)),
        annex=words("doc_people_annex", langs), title=words("doc_people_title", langs),
        precinct=tuple(
            messages.text("doc_precinct", x, number=station.precinct_number)
            + (f" · {addresses[i]}" if i < len(addresses) and addresses[i] else "")
            for i, x in enumerate(langs)),
        copies_head=words("doc_people_copies", langs),
        posted_head=words("doc_people_posted", langs),
        columns=tuple(words(f"doc_people_col_{c}", langs) for c in _COLUMNS),
        contests=tuple(parts),
        present_head=words("doc_people_present", langs),
        present_columns=tuple(words(f"doc_people_col_{c}", langs) for c in _PRESENT_COLUMNS),
        present=tuple(rows), none=line("doc_people_none"),
        signers=report_signers(station, langs), signature=line("doc_signature"),
        footer=footer,
        audit_head=f"{line('word_audit_head')}: {audit_head}" if audit_head else "",
    )


def read_page(session: Session, clock: Clock, lang: str = "kk+ru",
              contest_id: str | None = None) -> PeoplePage:
    """The annex as the station's records say now (writes nothing)."""
    station = load_station(session)
    if contest_id is not None and all(c.id != contest_id for c in station.contests):
        raise InvalidInput("contest_unknown", contest=contest_id)
    return people_page(station, copies.copies_register(session), copies.postings(session),
                       attendance.register(session), attendance.member_names(session),
                       station.training(clock), lang, anchor.head_text(audit.head(session)),
                       contest_id)
