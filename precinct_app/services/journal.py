"""The journal of complaints, remarks and observers' acts (docs/domain.md §13).

Any member records what was received, from whom (the name and organisation the person
gave for the record: no voter personal data, no link to any register), about what and
of which kind. The chair, deputy or secretary records the commission's decision with
its vote, which must be plausible (no more votes than members) and carry a majority of
all the commission's members. Nothing is deleted and a decision is final: a correction
is a new entry referring to the one it corrects, as on the paper journal, so the
printed journal and the audit log show both.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from precinct_app.models import CommissionMember, JournalEntry
from precinct_app.services import audit, bounds, permissions
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused
from precinct_app.services.journal_doc import digest
from precinct_app.services.phases import parse_utc

KINDS = ("complaint", "remark", "act")
FROM_KINDS = ("observer", "voter", "member", "other")
MAX_NAME = 300
MAX_TEXT = 4000


@dataclass(frozen=True)
class Vote:
    """How the commission voted: for, against, abstained."""

    votes_for: int
    votes_against: int
    abstained: int


@dataclass(frozen=True)
class JournalItem:
    """One entry of the journal, with its decision once recorded."""

    id: int
    received_at: dt.datetime
    kind: str
    from_kind: str
    from_name: str
    organisation: str
    about: str
    annex: bool
    refers_to: int | None
    recorded_by: str
    decision: str | None
    vote: Vote | None
    decided_by: str | None
    decided_at: dt.datetime | None

    @property
    def decided(self) -> bool:
        """True once the commission's decision is recorded."""
        return self.decision is not None


def clean_text(value: str, field: str, limit: int, *, required: bool = True,
               lines: bool = False) -> str:
    """``value`` stripped; refused (naming ``field``) when empty, too long, or holding an
    invisible control or direction character (which can hide or reorder printed text)."""
    value = value.strip()
    if required and not value:
        raise InvalidInput("journal_field_required", field=field)
    if len(value) > limit:
        raise InvalidInput("field_too_long", field=field, limit=limit)
    allowed = "\n\t" if lines else ""
    for char in value:
        if char in allowed or char == " ":
            continue
        if not char.isprintable() and unicodedata.category(char) != "Zs":
            raise InvalidInput("control_character", field=field, char=f"U+{ord(char):04X}")
    return value


def commission_size(session: Session) -> int:
    """How many members the commission has (the package's list)."""
    return session.scalar(select(func.count()).select_from(CommissionMember)) or 0


def check_vote(session: Session, votes_for: int, votes_against: int, abstained: int) -> int:
    """The commission's size, when the vote is plausible: no negative count and no more
    votes than members (``vote_more_than_commission`` otherwise)."""
    for field, value in (("journal_votes_for", votes_for),
                         ("journal_votes_against", votes_against),
                         ("journal_votes_abstained", abstained)):
        bounds.check_range(value, 0, bounds.MAX_BALLOTS, field=field)
    size = commission_size(session)
    total = votes_for + votes_against + abstained
    if total > size:
        raise InvalidInput("vote_more_than_commission", total=total, size=size)
    return size


def majority_needed(size: int) -> int:
    """Votes that are more than half of the commission's ``size`` members."""
    return size // 2 + 1


def add(
    session: Session, clock: Clock, member_id: str, *, kind: str, from_kind: str,
    from_name: str, about: str, organisation: str = "", annex: bool = False,
    refers_to: int | None = None,
) -> JournalItem:
    """Record an entry received now; ``annex`` (an act only): the observer asks that it be
    annexed to the protocol; ``refers_to``: the entry it corrects or adds to."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "journal_record")
    if kind not in KINDS:
        raise InvalidInput("journal_kind_unknown", value=bounds.shown(kind), known=", ".join(KINDS))
    if from_kind not in FROM_KINDS:
        raise InvalidInput("journal_from_kind_unknown", value=bounds.shown(from_kind),
                           known=", ".join(FROM_KINDS))
    from_name = clean_text(from_name, "journal_from", MAX_NAME)
    organisation = clean_text(organisation, "journal_organisation", MAX_NAME, required=False)
    about = clean_text(about, "journal_about", MAX_TEXT, lines=True)
    if annex and kind != "act":
        raise InvalidInput("journal_annex_only_act")
    if refers_to is not None and (
            not bounds.fits_db(refers_to) or session.get(JournalEntry, refers_to) is None):
        raise InvalidInput("journal_entry_unknown", entry=bounds.shown(refers_to))
    row = JournalEntry(
        received_at=clock.utc_iso(), kind=kind, from_kind=from_kind, from_name=from_name,
        from_organisation=organisation, about=about, annex=int(annex), refers_to=refers_to,
        recorded_by=who.id,
    )
    session.add(row)
    session.flush()
    audit.record(session, clock, who.id, "journal.received", {
        "entry": row.id, "kind": kind, "from_kind": from_kind, "from": public_name(_item(row)),
        "organisation": organisation, "annex": annex, "refers_to": refers_to,
        "about": digest(about),
    })
    return _item(row)


def decide(
    session: Session, clock: Clock, member_id: str, entry_id: int, decision: str,
    votes_for: int, votes_against: int, abstained: int = 0,
) -> JournalItem:
    """Record the commission's decision on ``entry_id`` with its vote; final once recorded."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "journal_decide")
    row = session.get(JournalEntry, entry_id) if bounds.fits_db(entry_id) else None
    if row is None:
        raise InvalidInput("journal_entry_unknown", entry=bounds.shown(entry_id))
    if row.decision is not None:
        raise Refused("journal_already_decided", entry=row.id)
    decision = clean_text(decision, "journal_decision", MAX_TEXT, lines=True)
    size = check_vote(session, votes_for, votes_against, abstained)
    needed = majority_needed(size)
    if votes_for < needed:
        raise Refused("journal_vote_short", votes_for=votes_for, needed=needed, size=size)
    row.decision, row.decided_by, row.decided_at = decision, who.id, clock.utc_iso()
    row.votes_for, row.votes_against, row.votes_abstained = votes_for, votes_against, abstained
    session.flush()
    audit.record(session, clock, who.id, "journal.decided", {
        "entry": row.id, "for": votes_for, "against": votes_against, "abstained": abstained,
        "decision": digest(decision),
    })
    return _item(row)


def public_name(item: JournalItem) -> str | None:
    """The name that may leave the station (audit log, export): those present and members
    are recorded by the name they gave; a voter's name stays in the station's journal only
    (docs/formats.md §3: voters leave it by list number alone)."""
    return None if item.from_kind == "voter" else item.from_name


def entries(session: Session) -> list[JournalItem]:
    """Every entry, in the order received."""
    return [_item(r) for r in session.scalars(select(JournalEntry).order_by(JournalEntry.id))]


def annexed_acts(session: Session) -> list[JournalItem]:
    """Observers' acts on violations the observer asked to annex to the protocol."""
    rows = session.scalars(
        select(JournalEntry).where(JournalEntry.kind == "act", JournalEntry.annex == 1)
        .order_by(JournalEntry.id)
    )
    return [_item(r) for r in rows]


def exported(session: Session) -> list[dict[str, Any]]:
    """The entries as journal.json carries them (docs/formats.md §3): a voter's name stays
    in the station (``from`` is null), as in the audit log."""
    out = []
    for row in session.scalars(select(JournalEntry).order_by(JournalEntry.id)):
        item = _item(row)
        out.append({
            "id": row.id, "received_at": row.received_at, "kind": row.kind,
            "from_kind": row.from_kind, "from": public_name(item),
            "organisation": row.from_organisation, "about": row.about,
            "annex": bool(row.annex), "refers_to": row.refers_to,
            "recorded_by": row.recorded_by, "decision": row.decision,
            "vote": None if item.vote is None else {
                "for": item.vote.votes_for, "against": item.vote.votes_against,
                "abstained": item.vote.abstained},
            "decided_by": row.decided_by, "decided_at": row.decided_at,
        })
    return out


def _item(row: JournalEntry) -> JournalItem:
    vote = None
    if row.votes_for is not None and row.votes_against is not None:
        vote = Vote(row.votes_for, row.votes_against, row.votes_abstained or 0)
    return JournalItem(
        id=row.id, received_at=parse_utc(row.received_at), kind=row.kind,
        from_kind=row.from_kind, from_name=row.from_name, organisation=row.from_organisation,
        about=row.about, annex=bool(row.annex), refers_to=row.refers_to,
        recorded_by=row.recorded_by, decision=row.decision, vote=vote,
        decided_by=row.decided_by,
        decided_at=parse_utc(row.decided_at) if row.decided_at else None,
    )
