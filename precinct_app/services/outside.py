"""Voting outside the premises: the register of applications and the portable-box trips.

Ballots issued outside never exceed the applications (``issuance.issue`` needs
an application per voter, and a trip takes no more ballots than there are
applicants still without one); a finished trip balances:
taken = issued + returned + spoiled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from precinct_app.models import (
    CommissionMember,
    Issuance,
    OutsideApplication,
    OutsideTrip,
    Station,
    Voter,
)
from precinct_app.services import audit, ballots, bounds, permissions
from precinct_app.services.ballots import require_left
from precinct_app.services.clock import Clock
from precinct_app.services.election import stored_election
from precinct_app.services.errors import InvalidInput, Refused, WrongPhase
from precinct_app.services.localize import zone
from precinct_app.services.phases import OPEN, SETUP, current_phase, parse_utc, require_open
from precinct_app.services.station import load_station
from precinct_app.services.voters import voter_row

# Applications are taken before the day and during it; not after closing.
APPLICATION_PHASES = (SETUP, OPEN)


@dataclass(frozen=True)
class ApplicationResult:
    """A registered application."""

    application_id: int
    list_no: int
    late: bool


@dataclass(frozen=True)
class TripResult:
    """A trip of the portable box; ``issued`` counts live ballots issued on it."""

    trip_id: int
    contest_id: str
    members: tuple[str, str]
    taken: int
    issued: int
    returned: int | None
    spoiled: int | None


def apply(
    session: Session, clock: Clock, member_id: str, voter_id: int, reason: str,
    address: str = "", late_reason: str | None = None,
) -> ApplicationResult:
    """Register an application; after the configured deadline it needs ``late_reason``."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "outside_apply")
    phase = current_phase(session)
    if phase not in APPLICATION_PHASES:
        raise WrongPhase("outside_applications_closed", phase=phase)
    reason = reason.strip()
    if not reason:
        raise InvalidInput("outside_needs_reason")
    voter = voter_row(session, voter_id)
    if voter.status != "active":
        raise Refused("voter_excluded", list_no=voter.list_no, reason=voter.exclusion_reason or "")
    if session.scalar(
        select(OutsideApplication.id).where(OutsideApplication.voter_id == voter_id)
    ) is not None:
        raise Refused("outside_already_applied", list_no=voter.list_no)
    late = is_late(session, clock)
    late_reason = (late_reason or "").strip() or None
    if late and late_reason is None:
        raise Refused("outside_late_needs_reason", deadline=deadline(session))
    row = OutsideApplication(
        voter_id=voter_id, received_at=clock.utc_iso(), address=address.strip(), reason=reason,
        member_id=who.id, late_reason=late_reason if late else None,
    )
    session.add(row)
    session.flush()
    audit.record(
        session, clock, who.id, "outside.applied",
        {"application": row.id, "list_no": voter.list_no, "late": late},
    )
    return ApplicationResult(row.id, voter.list_no, late)


def pending_applications(session: Session, contest_id: str) -> int:
    """Applicants still on the list who hold no live ballot for ``contest_id`` yet."""
    holders = select(Issuance.voter_id).where(
        Issuance.contest_id == contest_id, Issuance.undone_at.is_(None)
    )
    return session.scalar(
        select(func.count()).select_from(OutsideApplication)
        .join(Voter, Voter.id == OutsideApplication.voter_id)
        .where(OutsideApplication.voter_id.not_in(holders), Voter.status == "active")
    ) or 0


def unserved_applications(session: Session, contest_id: str) -> int:
    """Applicants waiting that no ballot already out on a trip is meant for.

    A trip under way carries ``taken - issued so far`` unused ballots; those are
    for applicants still waiting, so a new trip may take only what is left over.
    """
    taken = session.scalar(
        select(func.coalesce(func.sum(OutsideTrip.ballots_taken), 0)).where(
            OutsideTrip.contest_id == contest_id, OutsideTrip.ended_at.is_(None)
        )
    ) or 0
    issued = session.scalar(
        select(func.count()).select_from(Issuance)
        .join(OutsideTrip, OutsideTrip.id == Issuance.trip_id)
        .where(OutsideTrip.contest_id == contest_id, OutsideTrip.ended_at.is_(None),
               Issuance.undone_at.is_(None))
    ) or 0
    return pending_applications(session, contest_id) - (taken - issued)


def _issued_on(session: Session, trip_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(Issuance)
        .where(Issuance.trip_id == trip_id, Issuance.undone_at.is_(None))
    ) or 0


def _result(session: Session, trip: OutsideTrip) -> TripResult:
    return TripResult(
        trip.id, trip.contest_id, (trip.member1_id, trip.member2_id), trip.ballots_taken,
        _issued_on(session, trip.id), trip.ballots_returned, trip.ballots_spoiled,
    )


def start_trip(
    session: Session, clock: Clock, member_ids: tuple[str, str], ballots: int, contest_id: str
) -> TripResult:
    """Two members leave with ``ballots``: no more than the applicants still waiting,
    nor than the station's ballots left (``services.ballots``)."""
    clock = clock.snapshot()  # one instant for every time this action stores
    require_open(session)
    first, second = member_ids
    if first == second:
        raise InvalidInput("trip_needs_two_members")
    for member_id in member_ids:
        permissions.require(session, member_id, "outside_trip")
    if ballots < 0:
        raise InvalidInput("count_negative", value=ballots)
    if ballots > bounds.MAX_BALLOTS:
        raise InvalidInput("ballots_too_many", value=ballots, limit=bounds.MAX_BALLOTS)
    waiting = unserved_applications(session, contest_id)
    if ballots > waiting:
        raise Refused("trip_too_many_ballots", ballots=ballots, applications=max(0, waiting))
    require_left(session, contest_id, ballots)
    trip = OutsideTrip(
        contest_id=contest_id, member1_id=first, member2_id=second, ballots_taken=ballots,
        started_at=clock.utc_iso(),
    )
    session.add(trip)
    session.flush()
    audit.record(
        session, clock, first, "outside.trip_started",
        {"trip": trip.id, "contest": contest_id, "members": [first, second], "ballots": ballots},
    )
    return _result(session, trip)


def end_trip(
    session: Session, clock: Clock, trip_id: int, returned: int, spoiled: int = 0
) -> TripResult:
    """The box comes back: the trip must balance (taken = issued + returned + spoiled)."""
    clock = clock.snapshot()  # one instant for every time this action stores
    trip = session.get(OutsideTrip, trip_id) if bounds.fits_db(trip_id) else None
    if trip is None or trip.ended_at is not None:
        raise Refused("trip_not_open", trip=bounds.shown(trip_id))
    if returned < 0 or spoiled < 0:
        raise InvalidInput("count_negative", value=min(returned, spoiled))
    if max(returned, spoiled) > bounds.MAX_BALLOTS:
        raise InvalidInput("ballots_too_many", value=max(returned, spoiled),
                           limit=bounds.MAX_BALLOTS)
    issued = _issued_on(session, trip_id)
    if trip.ballots_taken != issued + returned + spoiled:
        raise Refused(
            "trip_unbalanced", taken=trip.ballots_taken, issued=issued, returned=returned,
            spoiled=spoiled,
        )
    trip.ballots_returned, trip.ballots_spoiled, trip.ended_at = returned, spoiled, clock.utc_iso()
    session.flush()
    audit.record(
        session, clock, trip.member1_id, "outside.trip_ended",
        {"trip": trip_id, "issued": issued, "returned": returned, "spoiled": spoiled},
    )
    return _result(session, trip)


# -- reading the register and the trips (for the outside-voting screen) ------------------------

# The reasons the law names; an application stores the code, or "code: detail", or, for any
# other reason, the free text itself. The code reads the same whatever language the member
# who typed it was using, and every screen words it in its own language.
REASONS = ("illness", "caring_for_relative", "remoteness")
OTHER = "other"


def reason_text(code: str, detail: str = "") -> str:
    """The stored reason for ``code`` (one of REASONS or OTHER) and an optional detail."""
    detail = detail.strip()
    if code == OTHER:
        return detail
    if code not in REASONS:
        raise InvalidInput("outside_reason_unknown", reason=code, known=", ".join(REASONS))
    return f"{code}: {detail}" if detail else code


def split_reason(reason: str) -> tuple[str, str]:
    """``(code, detail)`` of a stored reason; free text reads as ``(OTHER, text)``."""
    reason = reason.strip()
    for code in REASONS:
        if reason == code:
            return code, ""
        if reason.startswith(code + ":"):
            return code, reason[len(code) + 1:].strip()
    return OTHER, reason


@dataclass(frozen=True)
class HeldBallot:
    """An applicant's live ballot in one contest: where it was issued, and on which trip."""

    contest_id: str
    place: str
    trip_id: int | None


@dataclass(frozen=True)
class ApplicationView:
    """One row of the register of applications."""

    application_id: int
    voter_id: int
    list_no: int
    full_name: str
    voter_status: str
    address: str
    reason: str
    received_at: dt.datetime  # UTC, aware
    member_id: str
    member_name: str
    late_reason: str | None
    ballots: tuple[HeldBallot, ...]

    @property
    def late(self) -> bool:
        """True when the application came after the deadline (it then carries a reason)."""
        return self.late_reason is not None

    def ballot(self, contest_id: str) -> HeldBallot | None:
        """The applicant's live ballot for ``contest_id``, if any."""
        return next((b for b in self.ballots if b.contest_id == contest_id), None)

    def waiting(self, contest_ids: Iterable[str]) -> bool:
        """Still to be visited: a voter on the list without a ballot in one of the contests."""
        return self.voter_status == "active" and any(
            self.ballot(c) is None for c in contest_ids)


@dataclass(frozen=True)
class TripView:
    """A trip with its times and the members' names (``TripResult`` plus what a list shows)."""

    trip_id: int
    contest_id: str
    members: tuple[str, str]
    member_names: tuple[str, str]
    taken: int
    issued: int
    returned: int | None
    spoiled: int | None
    started_at: dt.datetime  # UTC, aware
    ended_at: dt.datetime | None

    @property
    def is_open(self) -> bool:
        """True while the box is out."""
        return self.ended_at is None


def applications(session: Session) -> list[ApplicationView]:
    """The register in the order the applications were received."""
    names = dict(session.execute(select(CommissionMember.id, CommissionMember.name)).all())
    held: dict[int, list[HeldBallot]] = {}
    for voter_id, contest_id, place, trip_id in session.execute(
        select(Issuance.voter_id, Issuance.contest_id, Issuance.place, Issuance.trip_id)
        .join(OutsideApplication, OutsideApplication.voter_id == Issuance.voter_id)
        .where(Issuance.undone_at.is_(None))
        .order_by(Issuance.id)
    ):
        held.setdefault(voter_id, []).append(HeldBallot(contest_id, place, trip_id))
    rows = session.execute(
        select(OutsideApplication, Voter)
        .join(Voter, Voter.id == OutsideApplication.voter_id)
        .order_by(OutsideApplication.received_at, OutsideApplication.id)
    ).all()
    return [
        ApplicationView(
            app.id, voter.id, voter.list_no,
            " ".join(p for p in (voter.surname, voter.given_name, voter.patronymic) if p),
            voter.status, app.address, app.reason, parse_utc(app.received_at), app.member_id,
            names.get(app.member_id, app.member_id), app.late_reason,
            tuple(held.get(voter.id, ())),
        )
        for app, voter in rows
    ]


def trips(session: Session) -> list[TripView]:
    """Every trip: those under way first, then the finished ones, each in order of starting."""
    names = dict(session.execute(select(CommissionMember.id, CommissionMember.name)).all())
    found = session.scalars(
        select(OutsideTrip).order_by(OutsideTrip.ended_at.is_not(None), OutsideTrip.id)
    ).all()
    return [
        TripView(
            trip.id, trip.contest_id, (trip.member1_id, trip.member2_id),
            (names.get(trip.member1_id, trip.member1_id),
             names.get(trip.member2_id, trip.member2_id)),
            trip.ballots_taken, _issued_on(session, trip.id), trip.ballots_returned,
            trip.ballots_spoiled, parse_utc(trip.started_at),
            parse_utc(trip.ended_at) if trip.ended_at else None,
        )
        for trip in found
    ]


def deadline(session: Session) -> str:
    """The package's deadline for applications, "HH:MM" on voting day ('' when none)."""
    # StationInfo does not carry the deadline; read it from the stored package.
    station = session.get(Station, 1)
    if station is None:
        return ""
    return stored_election(station.package_json).precinct.outside_voting_requests_until or ""


def is_late(session: Session, clock: Clock) -> bool:
    """True when an application made now needs a late reason (as :func:`apply` decides)."""
    hhmm = deadline(session)
    if not hhmm:
        return False
    info = load_station(session)
    hours, minutes = (int(p) for p in hhmm.split(":"))
    limit = dt.datetime.combine(
        info.election_date, dt.time(hours, minutes), tzinfo=zone(info.timezone)
    )
    return clock.now_utc() > limit


def trip_capacity(session: Session, contest_id: str) -> int:
    """The most ballots a new trip may take (as :func:`start_trip` checks): applicants
    still without a ballot minus the ballots already out on open trips, and no more than
    the station's unused ballots."""
    waiting = unserved_applications(session, contest_id)
    return max(0, min(waiting, ballots.ballots_left(session, contest_id)))
