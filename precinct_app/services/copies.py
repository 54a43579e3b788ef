"""Certified copies of the protocol and the posted copy (docs/domain.md §12).

Anyone present may receive a copy of a signed protocol certified by the chair's and
the secretary's signatures. Each copy is numbered once per contest, so that a number
names one paper whatever its version: copies No. 1 and No. 2 are the station's own
(the one kept with its documents and the one posted for public review, printed with
``protocol pdf --copy N`` as before), certified copies given out follow from No. 3.
A correction (a new version) is copied under the next numbers; the register says the
version of each copy. The posted copy is recorded once per signed version, with its time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from precinct_app.models import (
    CommissionMember,
    Protocol,
    ProtocolCopy,
    ProtocolPosting,
)
from precinct_app.services import attendance, audit, permissions
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused
from precinct_app.services.localize import DATE_TIME, clock_text
from precinct_app.services.phases import parse_utc
from precinct_app.services.protocol_data import SIGNED
from precinct_app.services.station import load_station

# The copies the station keeps (No. 1 with its documents, No. 2 posted): copies given
# out are numbered after them.
STATION_COPIES = 2


@dataclass(frozen=True)
class CopyView:
    """One line of the copies register."""

    contest_id: str
    version: int
    number: int
    code: str
    person_id: int | None
    name: str
    organisation: str
    issued_at: dt.datetime
    chair_id: str
    chair_name: str
    secretary_id: str
    secretary_name: str


@dataclass(frozen=True)
class PostingView:
    """A signed version posted for public review."""

    contest_id: str
    version: int
    code: str
    posted_at: dt.datetime
    member_id: str
    member_name: str


def _signed_row(session: Session, contest_id: str, refusal: str) -> Protocol:
    if not any(c.id == contest_id for c in load_station(session).contests):
        raise InvalidInput("contest_unknown", contest=contest_id)
    row = session.scalars(select(Protocol).where(
        Protocol.contest_id == contest_id, Protocol.status != "superseded")).first()
    if row is None or row.status != SIGNED or row.code is None:
        raise Refused(refusal, contest=contest_id,
                      version=row.version if row is not None else 1)
    return row


def next_number(session: Session, contest_id: str) -> int:
    """The number the next certified copy of the contest's protocol gets."""
    last = session.scalar(select(func.max(ProtocolCopy.number))
                          .where(ProtocolCopy.contest_id == contest_id))
    return max(last or 0, STATION_COPIES) + 1


def issue_copy(
    session: Session, clock: Clock, member_id: str, contest_id: str, secretary_id: str,
    *, person_id: int | None = None, name: str = "", organisation: str = "",
) -> CopyView:
    """Register a certified copy of the signed current version; returns it with its number.

    ``member_id`` certifies as the chair (the deputy when the chair is absent),
    ``secretary_id`` is the secretary who signs with them. The copy goes to a person
    present (``person_id``) or to a name and organisation typed.
    """
    chair = permissions.require(session, member_id, "copy_certify")
    secretary = permissions.member(session, secretary_id)
    if secretary.role != permissions.SECRETARY or secretary.id == chair.id:
        raise InvalidInput("copy_secretary_needed", member=secretary.id, name=secretary.name)
    row = _signed_row(session, contest_id, "copy_not_signed")
    if person_id is not None:
        person = attendance.person_row(session, person_id)
        if not any(p.id == person.id for p in attendance.present_now(session)):
            raise Refused("copy_person_not_present", name=person.name, person=person.id)
        to_name, to_org, to_person = person.name, person.organisation, person.id
    else:
        # Checked as the register's fields are; the kind does not matter here.
        entry = attendance.clean_entry(name, "proxy", organisation)
        to_name, to_org, to_person = entry.name, entry.organisation, None
    clock = clock.snapshot()  # one instant for every time this action stores
    number = next_number(session, contest_id)
    copy = ProtocolCopy(contest_id=contest_id, protocol_id=row.id, version=row.version,
                        number=number, person_id=to_person, recipient_name=to_name,
                        recipient_organisation=to_org, issued_at=clock.utc_iso(),
                        chair_id=chair.id, secretary_id=secretary.id)
    session.add(copy)
    session.flush()
    audit.record(session, clock, chair.id, "protocol.copy_issued", {
        "contest": contest_id, "version": row.version, "code": row.code, "number": number,
        "person": to_person, "name": to_name, "organisation": to_org,
        "secretary": secretary.id,
    })
    return _view(copy, row.code, _names(session))


def post(session: Session, clock: Clock, member_id: str, contest_id: str) -> PostingView:
    """Record that the signed current version was posted for public review (once)."""
    who = permissions.require(session, member_id, "protocol_post")
    row = _signed_row(session, contest_id, "post_not_signed")
    done = session.get(ProtocolPosting, row.id)
    if done is not None:
        raise Refused("post_already", contest=contest_id, version=row.version,
                      at=clock_text(parse_utc(done.posted_at), load_station(session).timezone,
                                    DATE_TIME))
    clock = clock.snapshot()
    posting = ProtocolPosting(protocol_id=row.id, contest_id=contest_id, version=row.version,
                              posted_at=clock.utc_iso(), member_id=who.id)
    session.add(posting)
    session.flush()
    audit.record(session, clock, who.id, "protocol.posted",
                 {"contest": contest_id, "version": row.version, "code": row.code})
    return PostingView(contest_id, row.version, row.code or "", parse_utc(posting.posted_at),
                       who.id, who.name)


def _names(session: Session) -> dict[str, str]:
    return {i: n for i, n in session.execute(select(CommissionMember.id, CommissionMember.name))}


def _view(copy: ProtocolCopy, code: str | None, names: dict[str, str]) -> CopyView:
    return CopyView(copy.contest_id, copy.version, copy.number, code or "", copy.person_id,
                    copy.recipient_name, copy.recipient_organisation,
                    parse_utc(copy.issued_at), copy.chair_id,
                    names.get(copy.chair_id, copy.chair_id), copy.secretary_id,
                    names.get(copy.secretary_id, copy.secretary_id))


def copies_register(session: Session, contest_id: str | None = None) -> list[CopyView]:
    """The certified copies given out, by contest and number (one contest if named)."""
    names = _names(session)
    query = (select(ProtocolCopy, Protocol.code)
             .join(Protocol, Protocol.id == ProtocolCopy.protocol_id)
             .order_by(ProtocolCopy.contest_id, ProtocolCopy.number))
    if contest_id is not None:
        query = query.where(ProtocolCopy.contest_id == contest_id)
    return [_view(copy, code, names) for copy, code in session.execute(query)]


def postings(session: Session, contest_id: str | None = None) -> list[PostingView]:
    """The posted versions, by contest and version."""
    names = _names(session)
    query = (select(ProtocolPosting, Protocol.code)
             .join(Protocol, Protocol.id == ProtocolPosting.protocol_id)
             .order_by(ProtocolPosting.contest_id, ProtocolPosting.version))
    if contest_id is not None:
        query = query.where(ProtocolPosting.contest_id == contest_id)
    return [PostingView(p.contest_id, p.version, code or "", parse_utc(p.posted_at), p.member_id,
                        names.get(p.member_id, p.member_id))
            for p, code in session.execute(query)]
