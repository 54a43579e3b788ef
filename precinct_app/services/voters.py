"""Reading the voter list: counts, pages and single voters for the screens and the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from precinct_app.models import Voter
from precinct_app.services import bounds
from precinct_app.services.errors import InvalidInput


@dataclass(frozen=True)
class VoterView:
    """A voter as shown on screen and in ``voters find --json``."""

    id: int
    list_no: int
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: dt.date
    address: str
    section: str
    status: str

    @property
    def full_name(self) -> str:
        """Surname, given name and patronymic."""
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)

    def to_json(self) -> dict[str, object]:
        """The object of docs/formats.md §5 (no internal id)."""
        data = asdict(self)
        del data["id"]
        data["birth_date"] = self.birth_date.isoformat()
        return data


_COLUMNS = (
    Voter.id,
    Voter.list_no,
    Voter.iin,
    Voter.surname,
    Voter.given_name,
    Voter.patronymic,
    Voter.birth_date,
    Voter.address,
    Voter.section,
    Voter.status,
)
_ONE = select(*_COLUMNS).where(Voter.id == bindparam("voter_id"))  # built once: every Enter


def count(session: Session) -> int:
    """Number of rows in the list (every status)."""
    return session.scalar(select(func.count()).select_from(Voter)) or 0


def all_ids(session: Session) -> list[int]:
    """Every voter id in list-number order (the whole-list view keeps only these)."""
    return list(session.scalars(select(Voter.id).order_by(Voter.list_no)))


def get_many(session: Session, ids: Sequence[int]) -> list[VoterView]:
    """The voters with ``ids``, in the order given."""
    found: dict[int, VoterView] = {}
    # SQLite limits bound parameters; fetch in chunks.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(select(*_COLUMNS).where(Voter.id.in_(chunk))):
            found[row.id] = VoterView(**row._mapping)
    return [found[i] for i in ids if i in found]


def get(session: Session, voter_id: int) -> VoterView | None:
    """One voter by internal id."""
    row = session.execute(_ONE, {"voter_id": voter_id}).first()
    return None if row is None else VoterView(**row._mapping)


def next_list_no(session: Session) -> int:
    """The list number after the highest one in use."""
    return (session.scalar(select(func.max(Voter.list_no))) or 0) + 1


def existing_iins(session: Session) -> set[str]:
    """Every IIN already on the list (for duplicate checks on import)."""
    return set(session.scalars(select(Voter.iin)))


def existing_list_numbers(session: Session) -> set[int]:
    """Every list number already in use."""
    return set(session.scalars(select(Voter.list_no)))


def resolve(session: Session, text: str) -> VoterView:
    """The voter named by an IIN (12 digits) or a list number (docs/formats.md §5).

    ``InvalidInput("voter_not_found")`` when nobody matches.
    """
    key = text.strip()
    voter_id: int | None = None
    digits = key.isascii() and key.isdigit()  # "²" passes isdigit() and then fails int()
    if digits and len(key) == 12:
        voter_id = session.scalar(select(Voter.id).where(Voter.iin == key))
    elif digits and len(key) < 10:
        voter_id = session.scalar(select(Voter.id).where(Voter.list_no == int(key)))
    found = get(session, voter_id) if voter_id is not None else None
    if found is None:

        raise InvalidInput("voter_not_found", voter=bounds.shown(key))
    return found


def voter_row(session: Session, voter_id: int) -> Voter:
    """The voter's row, for services that change it; ``voter_not_found`` when absent."""
    row = session.get(Voter, voter_id)
    if row is None:
        raise InvalidInput("voter_not_found", voter=str(voter_id))
    return row
