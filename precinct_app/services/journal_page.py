"""What the printed journal says: the data step of the journal PDF.

:func:`journal_page` turns the journal's entries and the disputed-ballot decisions into
a :class:`JournalPage`: the words in the document's languages (the catalog's
``doc_journal_*``), every time in station time, every vote written out. What people
wrote (complaints, decisions, notes) is printed as written. No ReportLab here:
:mod:`~precinct_app.services.journal_pdf` only draws it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from precinct_app.services.disputes import DisputeItem, Tally, votes_needed
from precinct_app.services.journal import JournalItem
from precinct_app.services.journal_words import dispute_decision_text, vote_text
from precinct_app.services.localize import DATE_TIME, in_languages, station_time
from precinct_app.services.pdf_common import Signer, languages, one_line, report_signers, words
from precinct_app.services.station import StationInfo


@dataclass(frozen=True)
class EntryRow:
    """One entry as printed: each cell a few lines."""

    number: str
    received: str
    sender: tuple[str, ...]  # name, organisation, kind of sender
    kind: str  # the kind of entry, with "annex to the protocol" / "to entry No. n"
    about: str
    decision: str  # the decision as written, or "no decision yet"
    vote: str
    answered: tuple[str, ...]  # who recorded the decision, when


@dataclass(frozen=True)
class DisputeRow:
    """One disputed ballot as printed."""

    time: str
    contest: str
    decision: str
    vote: str
    by: str
    note: str


@dataclass(frozen=True)
class JournalPage:
    """Everything the printed journal says, in its languages, frozen."""

    langs: tuple[str, ...]
    training: bool
    training_note: str
    pdf_title: str
    election_id: str
    election_title: tuple[str, ...]
    title: tuple[str, ...]
    precinct: tuple[str, ...]
    printed: str
    heads: tuple[tuple[str, ...], ...]
    entries: tuple[EntryRow, ...]
    empty: str
    disputes_title: tuple[str, ...]
    rule: str
    dispute_heads: tuple[tuple[str, ...], ...]
    disputes: tuple[DisputeRow, ...]
    tallies: tuple[str, ...]
    signers: tuple[Signer, ...]
    signature: str
    footer: str
    audit_head: str

    def page_of(self, page: int, pages: int) -> str:
        """``Page 1 of 3`` in the document's languages."""
        return one_line("doc_page", self.langs, page=page, pages=pages)


def journal_page(
    items: Sequence[JournalItem], decided: Sequence[DisputeItem], tallies: Sequence[Tally],
    station: StationInfo, now: dt.datetime, training: bool, lang: str = "kk+ru",
    audit_head: str = "", rule: str = "majority",
) -> JournalPage:
    """What the journal says at ``now`` (aware) in ``lang`` (``kk+ru``, ``kk``, ``ru``, ``en``)."""
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    langs = languages(lang)
    names = {m.id: m.name for m in station.commission}

    def when(at: dt.datetime) -> str:
        return station_time(at, station.timezone).strftime(DATE_TIME)

    def w(key: str, **params: object) -> tuple[str, ...]:
        return words(f"doc_journal_{key}", langs, **params)

    def line(code: str, **params: object) -> str:
        return one_line(code, langs, **params)

    rows = []
    for item in items:
        kind = [line(f"journal_kind_{item.kind}")]
        if item.annex:
            kind.append(line("doc_journal_annex_asked"))
        if item.refers_to is not None:
            kind.append(line("doc_journal_refers", entry=item.refers_to))
        sender = tuple(x for x in (item.from_name, item.organisation,
                                   line(f"journal_from_{item.from_kind}")) if x)
        answered: tuple[str, ...] = ()
        if item.decided_by and item.decided_at:
            answered = (names.get(item.decided_by, item.decided_by), when(item.decided_at))
        rows.append(EntryRow(
            str(item.id), when(item.received_at), sender, "\n".join(kind), item.about,
            item.decision if item.decision is not None else line("journal_pending"),
            vote_text(item.vote, langs), answered))
    size = len(station.commission)
    footer = f"{station.election_id} · {line('doc_precinct', number=station.precinct_number)}"
    return JournalPage(
        langs=langs, training=training, training_note=line("doc_not_official"),
        pdf_title=f"{line('doc_journal_title')} — {footer}", election_id=station.election_id,
        election_title=tuple(in_languages(station.election_title, langs)),
        title=w("title"), precinct=w("precinct", number=station.precinct_number),
        printed=line("doc_journal_printed",
                     at=f"{when(now)} ({station.timezone})"),
        heads=tuple(w(f"col_{k}") for k in ("no", "received", "from", "about", "decision",
                                             "answered")),
        entries=tuple(rows), empty=line("doc_journal_empty"),
        disputes_title=w("disputes"),
        rule=line("doc_journal_rule", rule=line(f"dispute_rule_{rule}"),
                  needed=votes_needed(size, rule), size=size),
        dispute_heads=tuple(w(f"col_{k}") for k in ("time", "contest", "ruling", "vote", "by",
                                                     "note")),
        disputes=tuple(DisputeRow(
            when(d.at), d.contest_id,
            " / ".join(dict.fromkeys(dispute_decision_text(d, station, x) for x in langs)),
            f"{d.vote.votes_for} / {d.vote.votes_against} / {d.vote.abstained}",
            names.get(d.member_id, d.member_id), d.note) for d in decided),
        tallies=tuple(line("doc_journal_tally", total=t.total) + f" ({t.contest_id})"
                      for t in tallies if t.total),
        signers=report_signers(station, langs), signature=line("doc_signature"),
        footer=footer,
        audit_head=f"{line('word_audit_head')}: {audit_head}" if audit_head else "",
    )
