"""The station: created once from a validated election package, then read everywhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from precinct_app.models import CommissionMember, Contest, ContestOption, Station, Voter
from precinct_app.services import audit, election, keys
from precinct_app.services.clock import Clock
from precinct_app.services.errors import NoStation, StationExists
from precinct_app.services.package import ElectionPackage

# A station shows what its package said: the package's own types, not copies of their shape
# (a contest's ballots_received as corrected before voting opened).
Member = election.Member
OptionInfo = election.Option
ContestInfo = election.Contest


@dataclass(frozen=True)
class StationInfo:
    """Everything the header and the screens show about the station."""

    election_id: str
    election_title: dict[str, str]
    election_date: dt.date
    timezone: str
    precinct_number: str
    territory: dict[str, str]
    address: dict[str, str]
    opens: str
    closes: str
    turnout_report_times: tuple[str, ...]
    special: bool
    phase: str
    is_demo: bool
    key_fingerprint: str
    commission: tuple[Member, ...]
    contests: tuple[ContestInfo, ...]
    voters_on_list: int

    def training(self, clock: Clock) -> bool:
        """Training mode: a demo, a replaced clock, or not the election day."""
        return (
            self.is_demo
            or clock.replaced
            or clock.local(self.timezone).date() != self.election_date
        )

    def chair(self) -> Member | None:
        """The chair, assumed as actor where ``--member`` is optional."""
        return next((m for m in self.commission if m.role == "chair"), None)


def has_station(session: Session) -> bool:
    """True once a station has been created in this database."""
    return session.get(Station, 1) is not None


def create_station(
    session: Session,
    clock: Clock,
    package: ElectionPackage,
    *,
    db_path: Path | None,
    is_demo: bool = False,
) -> StationInfo:
    """Create the station from a validated election package.

    The package's document and each contest's whole form are stored as sent. When
    ``db_path`` is given the station's Ed25519 key is made beside it.
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    if has_station(session):
        raise StationExists("station_exists")
    fingerprint = ""
    if db_path is not None:
        key_file = keys.key_path_for(db_path)
        key = keys.load_key(key_file) if key_file.exists() else keys.create_key(key_file)
        fingerprint = keys.fingerprint(key.public_key())
    el = package.election
    session.add(
        Station(
            id=1,
            election_id=el.id,
            election_date=el.date.isoformat(),
            timezone=el.timezone,
            precinct_number=el.precinct.number,
            package_json=audit.canonical_json(package.document),
            is_demo=is_demo,
            phase="setup",
            created_at=clock.utc_iso(),
            key_fingerprint=fingerprint,
        )
    )
    for pos, m in enumerate(el.commission):
        session.add(CommissionMember(id=m.id, name=m.name, role=m.role, position=pos))
    for pos, c in enumerate(el.contests):
        session.add(
            Contest(
                id=c.id,
                kind=c.kind,
                position=pos,
                protocol_form_id=c.protocol_form,
                form_json=audit.canonical_json(el.forms[c.protocol_form].document),
                ballots_received=c.ballots_received,
            )
        )
        session.flush()
        for opos, o in enumerate(c.options):
            session.add(ContestOption(contest_id=c.id, id=o.id, position=opos))
    session.flush()
    audit.record(
        session,
        clock,
        "system",
        "station.created",
        {
            "election": el.id,
            "precinct": el.precinct.number,
            "demo": is_demo,
            "source": package.source,
            "station_key": fingerprint,
            "contests": {c.id: c.ballots_received for c in el.contests},
        },
    )
    return load_station(session)


def load_station(session: Session) -> StationInfo:
    """The station's description; raises ``NoStation`` before ``create_station``."""
    row = session.get(Station, 1)
    if row is None:
        raise NoStation("no_station")
    stored = election.stored_election(row.package_json)
    precinct = stored.precinct
    members = session.scalars(select(CommissionMember).order_by(CommissionMember.position))
    received = dict(session.execute(select(Contest.id, Contest.ballots_received)).all())
    contests = tuple(
        replace(c, ballots_received=received.get(c.id, c.ballots_received))
        for c in stored.contests
    )
    voters = session.scalar(
        select(func.count()).select_from(Voter).where(Voter.status == "active")
    )
    return StationInfo(
        election_id=row.election_id,
        election_title=stored.title,
        election_date=dt.date.fromisoformat(row.election_date),
        timezone=row.timezone,
        precinct_number=row.precinct_number,
        territory=precinct.territory,
        address=precinct.address,
        opens=precinct.opens,
        closes=precinct.closes,
        turnout_report_times=precinct.turnout_report_times,
        special=precinct.special,
        phase=row.phase,
        is_demo=row.is_demo,
        key_fingerprint=row.key_fingerprint,
        commission=tuple(Member(m.id, m.name, m.role) for m in members),
        contests=contests,
        voters_on_list=voters or 0,
    )
