"""Changes to the voter list on the voting day: adding and excluding voters.

Added voters get the next list number after the highest in use (the
supplementary range follows the imported list). Both changes are audited with
the list number only.

The list can change during set-up and while voting is open; once voting is
closed it is frozen (the protocol's first line counts the voters on the list at
the end of voting). A voter who holds a ballot cannot be excluded: the ballot
would be counted as issued to someone no longer on the list (if it was issued
by mistake, the issuance is undone first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from precinct_app.models import AbsenteeCertificate, CommissionMember, Issuance, Voter
from precinct_app.services import audit, iin, permissions, voters
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused, WrongPhase
from precinct_app.services.phases import OPEN, SETUP, current_phase, local_hhmm, parse_utc
from precinct_app.services.station import load_station
from precinct_app.services.text import fold
from precinct_app.services.voter_import import MAX_LENGTH
from precinct_app.services.voters import VoterView, next_list_no, voter_row

BASES = ("absentee", "court", "registration")
# Standard reasons for an exclusion, stored as these codes (worded in messages/list_changes.py);
# any other reason is stored as the text typed.
EXCLUSION_REASONS = ("absentee_issued", "deceased", "other_list")
REFERENCE_MAX_LENGTH = 200  # the column's length (models.Voter.add_reference)
ADULT_AGE = 18
# The list changes before the day and during it; frozen from the close of voting.
PHASES_OPEN_TO_CHANGES = (SETUP, OPEN)


@dataclass(frozen=True)
class ListChange:
    """A voter added or excluded: who did it and when."""

    voter_id: int
    list_no: int
    member_id: str
    at: str  # UTC ISO 8601


@dataclass(frozen=True)
class DayChange:
    """One line of the day's list changes, as the list-changes screen shows it.

    ``detail`` is the basis code (``BASES``) of an addition or the reason of an
    exclusion (an ``EXCLUSION_REASONS`` code or the text typed) or of a cancelled absentee
    certificate (docs/domain.md §16); ``reference`` is the document reference of an
    addition or the certificate's number ('' for an exclusion).
    """

    kind: str  # "added" | "excluded" | "certificate" | "certificate_cancelled"
    at: dt.datetime  # aware, UTC
    list_no: int
    voter_id: int
    full_name: str
    detail: str
    reference: str
    member_id: str
    member_name: str


def _require_list_open(session: Session) -> None:
    phase = current_phase(session)
    if phase not in PHASES_OPEN_TO_CHANGES:
        raise WrongPhase("list_frozen", phase=phase)


def add_voter(
    session: Session,
    clock: Clock,
    member_id: str,
    *,
    surname: str,
    given_name: str,
    iin_text: str,
    basis: str,
    reference: str,
    patronymic: str = "",
) -> ListChange:
    """Add a voter on the day with a legal basis and its document reference.

    Refused once voting is closed; the IIN must be valid, not on the list yet, and
    the voter 18 or older on voting day (the importer's rules, with its field limits).
    """
    who = permissions.require(session, member_id, "list_change")
    _require_list_open(session)
    if basis not in BASES:
        raise InvalidInput("basis_unknown", basis=basis, known=", ".join(BASES))
    surname, given_name, reference = surname.strip(), given_name.strip(), reference.strip()
    patronymic, iin_text = patronymic.strip(), iin_text.strip()
    if not surname or not given_name:
        raise InvalidInput("name_required")
    if not reference:
        raise InvalidInput("reference_required")
    names = {"surname": surname, "given_name": given_name, "patronymic": patronymic}
    for field, value in names.items():
        if len(value) > MAX_LENGTH[field]:
            raise InvalidInput("field_too_long", field=field, limit=MAX_LENGTH[field])
    if len(reference) > REFERENCE_MAX_LENGTH:
        raise InvalidInput("field_too_long", field="reference", limit=REFERENCE_MAX_LENGTH)
    born = iin.birth_date(iin_text) if iin.is_valid(iin_text) else None
    if born is None:
        raise InvalidInput("iin_invalid_day", iin=iin_text)
    if iin.age_on(born, load_station(session).election_date) < ADULT_AGE:
        raise InvalidInput("under_18", birth_date=born.isoformat())
    if session.scalar(select(Voter.id).where(Voter.iin == iin_text)) is not None:
        raise Refused("iin_already_listed")
    clock = clock.snapshot()  # one instant for every time this action stores
    at = clock.utc_iso()
    row = Voter(
        list_no=next_list_no(session), iin=iin_text, surname=surname, given_name=given_name,
        patronymic=patronymic, birth_date=born, status="active", origin="added",
        surname_key=fold(surname), given_name_key=fold(given_name), add_basis=basis,
        add_reference=reference, added_by=who.id, added_at=at,
    )
    session.add(row)
    session.flush()
    # The reference (e.g. a certificate number) is not personal data of the voter's identity,
    # but it is kept out of the log all the same: the basis and list number suffice.
    audit.record(session, clock, who.id, "voter.added", {"list_no": row.list_no, "basis": basis})
    return ListChange(row.id, row.list_no, who.id, at)


def exclude_voter(
    session: Session, clock: Clock, member_id: str, voter_id: int, reason: str
) -> ListChange:
    """Mark a voter excluded with a reason; they can no longer be issued a ballot.

    Refused once voting is closed, for a voter already excluded, and for a voter
    who holds a ballot in any contest.
    """
    who = permissions.require(session, member_id, "list_change")
    _require_list_open(session)
    reason = reason.strip()
    if not reason:
        raise InvalidInput("exclude_needs_reason")
    row = voter_row(session, voter_id)
    if row.status == "excluded":
        raise Refused("voter_excluded", list_no=row.list_no, reason=row.exclusion_reason or "")
    live = session.scalar(
        select(Issuance)
        .where(Issuance.voter_id == voter_id, Issuance.undone_at.is_(None))
        .order_by(Issuance.id)
    )
    if live is not None:
        issuer = session.get(CommissionMember, live.member_id)
        raise Refused(
            "exclude_has_ballot", list_no=row.list_no, contest=live.contest_id,
            at=local_hhmm(live.issued_at, load_station(session).timezone),
            member=issuer.name if issuer is not None else live.member_id,
        )
    clock = clock.snapshot()  # one instant for every time this action stores
    at = clock.utc_iso()
    row.status, row.exclusion_reason, row.excluded_by, row.excluded_at = (
        "excluded", reason, who.id, at,
    )
    session.flush()
    audit.record(
        session, clock, who.id, "voter.excluded", {"list_no": row.list_no, "reason": reason}
    )
    return ListChange(row.id, row.list_no, who.id, at)


def listed_with_iin(session: Session, iin_text: str) -> VoterView | None:
    """The voter already on the list with this IIN, any status (the add form's live check)."""
    voter_id = session.scalar(select(Voter.id).where(Voter.iin == iin_text.strip()))
    return voters.get(session, voter_id) if voter_id is not None else None


def day_changes(session: Session) -> list[DayChange]:
    """Every voter added and every voter excluded through this service, newest first.

    A voter added and later excluded appears twice. Changes at the same instant
    list exclusions first, then by list number, highest first.
    """
    adder, excluder = aliased(CommissionMember), aliased(CommissionMember)
    changes: list[DayChange] = []
    added = session.execute(
        select(Voter, adder.name)
        .outerjoin(adder, adder.id == Voter.added_by)
        .where(Voter.added_at.is_not(None))
    )
    for voter, name in added:
        changes.append(DayChange(
            "added", parse_utc(voter.added_at or ""), voter.list_no, voter.id, _full_name(voter),
            voter.add_basis or "", voter.add_reference or "", voter.added_by or "",
            name or voter.added_by or "",
        ))
    excluded = session.execute(
        select(Voter, excluder.name)
        .outerjoin(excluder, excluder.id == Voter.excluded_by)
        .where(Voter.status == "excluded", Voter.excluded_at.is_not(None))
    )
    for voter, name in excluded:
        changes.append(DayChange(
            "excluded", parse_utc(voter.excluded_at or ""), voter.list_no, voter.id,
            _full_name(voter), voter.exclusion_reason or "", "", voter.excluded_by or "",
            name or voter.excluded_by or "",
        ))
    changes += _certificate_changes(session)
    changes.sort(key=lambda c: (c.at, c.kind == "excluded", c.list_no), reverse=True)
    return changes


def _certificate_changes(session: Session) -> list[DayChange]:
    """Absentee certificates issued here before voting day, and those cancelled (§16)."""
    names = dict(session.execute(select(CommissionMember.id, CommissionMember.name)).all())
    found: list[DayChange] = []
    rows = session.execute(select(AbsenteeCertificate, Voter)
                           .join(Voter, Voter.id == AbsenteeCertificate.voter_id))
    for cert, voter in rows:
        found.append(DayChange(
            "certificate", parse_utc(cert.issued_at), voter.list_no, voter.id,
            _full_name(voter), "", cert.number, cert.member_id,
            names.get(cert.member_id, cert.member_id)))
        if cert.cancelled_at is not None and cert.cancelled_by is not None:
            found.append(DayChange(
                "certificate_cancelled", parse_utc(cert.cancelled_at), voter.list_no, voter.id,
                _full_name(voter), cert.cancel_reason or "", cert.number, cert.cancelled_by,
                names.get(cert.cancelled_by, cert.cancelled_by)))
    return found


def _full_name(voter: Voter) -> str:
    return " ".join(p for p in (voter.surname, voter.given_name, voter.patronymic) if p)
