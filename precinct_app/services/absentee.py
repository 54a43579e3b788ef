"""Absentee certificates issued at this station before voting day (docs/domain.md §16).

A voter on the list may take an absentee certificate to vote where they will be on
voting day; from then on they cannot receive a ballot here (``issuance.issue``
refuses with ``voter_absentee``). Certificates are issued in set-up only, until the
package's ``absentee_deadline`` (18:00 by default) on the day before voting, station
time. A certificate returned unused before the deadline may be cancelled (with a
reason); the row stays, marked. Audit payloads carry the list number and the
certificate number only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from precinct_app.models import AbsenteeCertificate, CommissionMember, Station, Voter
from precinct_app.services import audit, bounds, permissions
from precinct_app.services.clock import Clock
from precinct_app.services.election import stored_election
from precinct_app.services.errors import InvalidInput, Refused, WrongPhase
from precinct_app.services.localize import DATE_TIME, clock_text, zone
from precinct_app.services.phases import SETUP, current_phase, parse_utc
from precinct_app.services.station import load_station
from precinct_app.services.voters import voter_row

DEFAULT_DEADLINE = "18:00"
MAX_NUMBER = 32
MAX_REASON = 1000
# Loosely: what a printed form number looks like (letters, digits, "№", "-", "/", ".",
# spaces), with at least one digit; blanks between groups are kept as typed.
_NUMBER = re.compile(r"^[\w№#./\- ]+$")


@dataclass(frozen=True)
class CertificateView:
    """One certificate as the list and the desk show it."""

    certificate_id: int
    voter_id: int
    list_no: int
    full_name: str
    number: str
    issued_at: dt.datetime  # UTC, aware
    member_id: str
    member_name: str
    cancelled_at: dt.datetime | None
    cancel_reason: str | None

    @property
    def live(self) -> bool:
        """True while the certificate stands (not cancelled)."""
        return self.cancelled_at is None


@dataclass(frozen=True)
class CertificateResult:
    """A certificate issued or cancelled: what the confirmation says."""

    certificate_id: int
    list_no: int
    number: str
    member_id: str
    at: dt.datetime


def clean_number(raw: str) -> str:
    """The certificate number as typed, trimmed; ``InvalidInput`` naming the field."""
    number = unicodedata.normalize("NFC", raw).strip()
    # "№ 004211" and "004211" are one number: the words around it say "No." already.
    number = number.removeprefix("№").removeprefix("#").strip()
    if not number:
        raise InvalidInput("absentee_number_empty")
    if (len(number) > MAX_NUMBER or not _NUMBER.match(number)
            or not any(ch.isdigit() for ch in number)
            or any(unicodedata.category(ch)[0] == "C" for ch in number)):
        raise InvalidInput("absentee_number_invalid", value=bounds.shown(number),
                           limit=MAX_NUMBER)
    return " ".join(number.split())


def deadline_hhmm(session: Session) -> str:
    """The package's ``absentee_deadline`` ("HH:MM", the day before voting day)."""
    station = session.get(Station, 1)
    if station is None:
        return DEFAULT_DEADLINE
    return stored_election(station.package_json).precinct.absentee_deadline


def deadline(session: Session) -> dt.datetime:
    """The instant issuing stops: the deadline time on the day before voting, station time."""
    info = load_station(session)
    hours, minutes = (int(p) for p in deadline_hhmm(session).split(":"))
    day = info.election_date - dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hours, minutes), tzinfo=zone(info.timezone))


def deadline_text(session: Session) -> str:
    """The deadline as the messages name it: ``05.10.2024 18:00``."""
    info = load_station(session)
    return clock_text(deadline(session), info.timezone, DATE_TIME)


def is_open(session: Session, clock: Clock) -> bool:
    """True while certificates may be issued: set-up, before the deadline."""
    return current_phase(session) == SETUP and clock.now_utc() < deadline(session)


def _require_open(session: Session, clock: Clock) -> None:
    phase = current_phase(session)
    if phase != SETUP:
        raise WrongPhase("absentee_wrong_phase", phase=phase)
    if clock.now_utc() >= deadline(session):
        raise Refused("absentee_too_late", deadline=deadline_text(session))


def issue(
    session: Session, clock: Clock, member_id: str, voter_id: int, number: str
) -> CertificateResult:
    """Record the certificate ``number`` issued to ``voter_id`` by ``member_id``."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "absentee")
    _require_open(session, clock)
    number = clean_number(number)
    voter = voter_row(session, voter_id)
    if voter.status != "active":
        raise Refused("voter_excluded", list_no=voter.list_no, reason=voter.exclusion_reason or "")
    held = _live_for(session, voter_id)
    if held is not None:
        raise Refused("absentee_already", list_no=voter.list_no, number=held.number)
    taken = session.execute(
        select(Voter.list_no).join(AbsenteeCertificate, AbsenteeCertificate.voter_id == Voter.id)
        .where(AbsenteeCertificate.number == number, AbsenteeCertificate.cancelled_at.is_(None))
    ).scalar()
    if taken is not None:
        raise Refused("absentee_number_taken", number=number, list_no=taken)
    at = clock.utc_iso()
    row = AbsenteeCertificate(voter_id=voter_id, number=number, issued_at=at, member_id=who.id)
    session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:  # another desk, the same instant
        raise Refused("absentee_already", list_no=voter.list_no, number=number) from exc
    audit.record(session, clock, who.id, "voter.absentee_certificate",
                 {"certificate": row.id, "list_no": voter.list_no, "number": number})
    return CertificateResult(row.id, voter.list_no, number, who.id, parse_utc(at))


def cancel(
    session: Session, clock: Clock, member_id: str, voter_id: int, reason: str
) -> CertificateResult:
    """Cancel the voter's certificate, returned unused before the deadline (written reason)."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "absentee")
    _require_open(session, clock)
    reason = reason.strip()
    if not reason:
        raise InvalidInput("absentee_cancel_needs_reason")
    if len(reason) > MAX_REASON:
        raise InvalidInput("text_too_long", limit=MAX_REASON)
    voter = voter_row(session, voter_id)
    row = _live_for(session, voter_id)
    if row is None:
        raise Refused("absentee_none", list_no=voter.list_no)
    at = clock.utc_iso()
    row.cancelled_at, row.cancelled_by, row.cancel_reason = at, who.id, reason
    session.flush()
    audit.record(session, clock, who.id, "voter.absentee_certificate_cancelled",
                 {"certificate": row.id, "list_no": voter.list_no, "number": row.number})
    return CertificateResult(row.id, voter.list_no, row.number, who.id, parse_utc(at))


def _live_for(session: Session, voter_id: int) -> AbsenteeCertificate | None:
    return session.scalar(select(AbsenteeCertificate).where(
        AbsenteeCertificate.voter_id == voter_id, AbsenteeCertificate.cancelled_at.is_(None)))


def live_number(session: Session, voter_id: int) -> str | None:
    """The number of the voter's live certificate, or ``None``."""
    row = _live_for(session, voter_id)
    return row.number if row is not None else None


def certificates(session: Session) -> list[CertificateView]:
    """Every certificate, in the order issued (cancelled ones included, marked)."""
    names = dict(session.execute(select(CommissionMember.id, CommissionMember.name)).all())
    rows = session.execute(
        select(AbsenteeCertificate, Voter)
        .join(Voter, Voter.id == AbsenteeCertificate.voter_id)
        .order_by(AbsenteeCertificate.id)
    ).all()
    return [
        CertificateView(
            cert.id, voter.id, voter.list_no,
            " ".join(p for p in (voter.surname, voter.given_name, voter.patronymic) if p),
            cert.number, parse_utc(cert.issued_at), cert.member_id,
            names.get(cert.member_id, cert.member_id),
            parse_utc(cert.cancelled_at) if cert.cancelled_at else None, cert.cancel_reason,
        )
        for cert, voter in rows
    ]


def live_numbers(session: Session) -> dict[int, str]:
    """Voter id -> live certificate number (the voter list marks these voters)."""
    return dict(session.execute(
        select(AbsenteeCertificate.voter_id, AbsenteeCertificate.number)
        .where(AbsenteeCertificate.cancelled_at.is_(None))
    ).all())


def live_numbers_for(session: Session, voter_ids: Sequence[int]) -> dict[int, str]:
    """Of ``voter_ids``: voter id -> live certificate number (one page of the voter list)."""
    if not voter_ids:
        return {}
    return dict(session.execute(
        select(AbsenteeCertificate.voter_id, AbsenteeCertificate.number)
        .where(AbsenteeCertificate.cancelled_at.is_(None),
               AbsenteeCertificate.voter_id.in_(list(voter_ids)))
    ).all())


def counts(session: Session) -> tuple[int, int]:
    """``(live, cancelled)`` certificates: what the export's annex carries."""
    live = session.scalar(select(func.count()).select_from(AbsenteeCertificate)
                          .where(AbsenteeCertificate.cancelled_at.is_(None))) or 0
    total = session.scalar(select(func.count()).select_from(AbsenteeCertificate)) or 0
    return live, total - live
