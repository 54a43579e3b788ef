"""Changes to the voter list on the voting day: adding and excluding voters.

Added voters get the next list number after the highest in use (the
supplementary range follows the imported list). Both changes are audited with
the list number only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import Voter
from precinct_app.services import audit, iin, permissions
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused
from precinct_app.services.text import fold
from precinct_app.services.voters import next_list_no, voter_row

BASES = ("absentee", "court", "registration")


@dataclass(frozen=True)
class ListChange:
    """A voter added or excluded: who did it and when."""

    voter_id: int
    list_no: int
    member_id: str
    at: str  # UTC ISO 8601


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
    """Add a voter on the day with a legal basis and its document reference."""
    who = permissions.require(session, member_id, "list_change")
    if basis not in BASES:
        raise InvalidInput("basis_unknown", basis=basis, known=", ".join(BASES))
    surname, given_name, reference = surname.strip(), given_name.strip(), reference.strip()
    if not surname or not given_name:
        raise InvalidInput("name_required")
    if not reference:
        raise InvalidInput("reference_required")
    born = iin.birth_date(iin_text) if iin.is_valid(iin_text) else None
    if born is None:
        raise InvalidInput("iin_invalid_day", iin=iin_text)
    if session.scalar(select(Voter.id).where(Voter.iin == iin_text)) is not None:
        raise Refused("iin_already_listed")
    at = clock.utc_iso()
    row = Voter(
        list_no=next_list_no(session), iin=iin_text, surname=surname, given_name=given_name,
        patronymic=patronymic.strip(), birth_date=born, status="active", origin="added",
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
    """Mark a voter excluded with a reason; they can no longer be issued a ballot."""
    who = permissions.require(session, member_id, "list_change")
    reason = reason.strip()
    if not reason:
        raise InvalidInput("exclude_needs_reason")
    row = voter_row(session, voter_id)
    if row.status == "excluded":
        raise Refused("voter_excluded", list_no=row.list_no, reason=row.exclusion_reason or "")
    at = clock.utc_iso()
    row.status, row.exclusion_reason, row.excluded_by, row.excluded_at = (
        "excluded", reason, who.id, at,
    )
    session.flush()
    audit.record(
        session, clock, who.id, "voter.excluded", {"list_no": row.list_no, "reason": reason}
    )
    return ListChange(row.id, row.list_no, who.id, at)
