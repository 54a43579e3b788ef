"""The register of those present at the station (docs/domain.md §12).

Observers (international, domestic, of a party or public association), proxies and
the media are recorded by the name, organisation and accreditation or mandate number
they give, with every stay: time in, time out, and the members who recorded both. A
person who leaves and comes back is the same person with a second visit, found again
by name, kind and organisation (case, spaces and Kazakh letters folded).

"One journalist per outlet" (docs/domain.md, further rules) is a refusal, not a
warning: the law admits one at a time, the register is what observers and the
territorial commission read afterwards, and a refusal names the journalist present so
the members can record that one leaving first (a change of shift) in two clicks.

Names in Latin script are normal (observers came from 30 countries in 2024); what no
name holds is refused by field: controls, bidi overrides, zero-width characters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import CommissionMember, PresenceVisit, PresentPerson
from precinct_app.services import audit, bounds, permissions
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused
from precinct_app.services.phases import parse_utc
from precinct_app.services.text import fold
from precinct_app.services.voter_import import control_character

KINDS = ("international_observer", "domestic_observer", "party_observer", "proxy", "media")
# The columns' lengths (models.PresentPerson).
MAX_LENGTH = {"present_name": 200, "present_organisation": 200, "present_mandate": 64}
# Whom the organisation names: the outlet, the party or association, the accrediting body.
ORGANISATION_REQUIRED = frozenset({"party_observer", "media", "international_observer"})


@dataclass(frozen=True)
class PersonEntry:
    """What a person gave for the record, cleaned."""

    name: str
    kind: str
    organisation: str
    mandate: str


@dataclass(frozen=True)
class Visit:
    """One stay: arrived (and left), with the members who recorded it."""

    arrived_at: dt.datetime
    arrived_by: str
    left_at: dt.datetime | None
    left_by: str | None


@dataclass(frozen=True)
class PresentView:
    """A person of the register with their visits, oldest first."""

    id: int
    name: str
    kind: str
    organisation: str
    mandate: str
    visits: tuple[Visit, ...]

    @property
    def present(self) -> bool:
        """In the station now (their last visit has no time out)."""
        return bool(self.visits) and self.visits[-1].left_at is None


@dataclass(frozen=True)
class Arrival:
    """A recorded arrival; ``returned``: a person already in the register came back."""

    person_id: int
    name: str
    returned: bool
    at: str  # UTC ISO 8601


def clean_entry(name: str, kind: str, organisation: str = "", mandate: str = "") -> PersonEntry:
    """The entry as stored, or ``InvalidInput`` naming the field."""
    if kind not in KINDS:
        raise InvalidInput("present_kind_unknown", value=bounds.shown(kind),
                           known=", ".join(KINDS))
    texts = {"present_name": " ".join(name.split()),
             "present_organisation": " ".join(organisation.split()),
             "present_mandate": " ".join(mandate.split())}
    # Before the spaces were collapsed: a tab or a line break typed is only a space.
    raw = {"present_name": name, "present_organisation": organisation,
           "present_mandate": mandate}
    bad = control_character({k: v.replace("\t", " ").replace("\n", " ").replace("\r", " ")
                             for k, v in raw.items()})
    if bad is not None:
        raise InvalidInput("control_character", **bad)
    for field, limit in MAX_LENGTH.items():
        if len(texts[field]) > limit:
            raise InvalidInput("field_too_long", field=field, limit=limit)
    if not texts["present_name"]:
        raise InvalidInput("missing_field", field="present_name")
    if not any(c.isalpha() for c in texts["present_name"]):
        raise InvalidInput("present_name_no_letters")
    if kind in ORGANISATION_REQUIRED and not texts["present_organisation"]:
        raise InvalidInput("present_organisation_required", present_kind=kind)
    return PersonEntry(texts["present_name"], kind, texts["present_organisation"],
                       texts["present_mandate"])


def _match_key(entry: PersonEntry) -> str:
    return "|".join((fold(entry.name), entry.kind, fold(entry.organisation)))


def _open_visit(session: Session, person_id: int) -> PresenceVisit | None:
    return session.scalars(select(PresenceVisit).where(
        PresenceVisit.person_id == person_id, PresenceVisit.left_at.is_(None))).first()


def _payload(person: PresentPerson) -> dict[str, object]:
    # What the person gave for the record, and nothing else (docs/formats.md §4).
    return {"person": person.id, "name": person.name, "kind": person.kind,
            "organisation": person.organisation, "mandate": person.mandate}


def _journalist_present(session: Session, entry: PersonEntry, person_id: int | None) -> None:
    if entry.kind != "media":
        return
    outlet = fold(entry.organisation)
    rows = session.execute(
        select(PresentPerson.id, PresentPerson.name, PresentPerson.organisation)
        .join(PresenceVisit, PresenceVisit.person_id == PresentPerson.id)
        .where(PresentPerson.kind == "media", PresenceVisit.left_at.is_(None))
    )
    for other_id, other_name, organisation in rows:
        if other_id != person_id and fold(organisation) == outlet:
            raise Refused("present_one_journalist", outlet=organisation, name=other_name,
                          person=other_id)


def arrive(
    session: Session, clock: Clock, member_id: str, *, name: str, kind: str,
    organisation: str = "", mandate: str = "",
) -> Arrival:
    """Record a person coming in: a new entry, or a second visit of one who left.

    Refused for a person already in, and for a second journalist of an outlet whose
    journalist is in. A mandate given now replaces an empty one on record.
    """
    who = permissions.require(session, member_id, "present_register")
    entry = clean_entry(name, kind, organisation, mandate)
    key = _match_key(entry)
    person = session.scalars(
        select(PresentPerson).where(PresentPerson.match_key == key).order_by(PresentPerson.id)
    ).first()
    if person is not None and entry.mandate and person.mandate and (
            fold(person.mandate) != fold(entry.mandate)):
        person = None  # the same name with another mandate: another person
    if person is not None and _open_visit(session, person.id) is not None:
        raise Refused("present_already_in", name=person.name, person=person.id)
    _journalist_present(session, entry, person.id if person is not None else None)
    clock = clock.snapshot()  # one instant for every time this action stores
    at = clock.utc_iso()
    returned = person is not None
    if person is None:
        person = PresentPerson(name=entry.name, kind=entry.kind,
                               organisation=entry.organisation, mandate=entry.mandate,
                               match_key=key, recorded_by=who.id, recorded_at=at)
        session.add(person)
        session.flush()
    elif entry.mandate and not person.mandate:
        person.mandate = entry.mandate
    session.add(PresenceVisit(person_id=person.id, arrived_at=at, arrived_by=who.id))
    session.flush()
    audit.record(session, clock, who.id, "present.arrived",
                 {**_payload(person), "returned": returned})
    return Arrival(person.id, person.name, returned, at)


def arrive_again(session: Session, clock: Clock, member_id: str, person_id: int) -> Arrival:
    """Record a person of the register coming back."""
    person = person_row(session, person_id)
    return arrive(session, clock, member_id, name=person.name, kind=person.kind,
                  organisation=person.organisation, mandate=person.mandate)


def leave(session: Session, clock: Clock, member_id: str, person_id: int) -> Arrival:
    """Record a person leaving; refused for one who is not in."""
    who = permissions.require(session, member_id, "present_register")
    person = person_row(session, person_id)
    visit = _open_visit(session, person.id)
    if visit is None:
        raise Refused("present_not_in", name=person.name, person=person.id)
    clock = clock.snapshot()
    at = clock.utc_iso()
    visit.left_at, visit.left_by = at, who.id
    session.flush()
    audit.record(session, clock, who.id, "present.left", _payload(person))
    return Arrival(person.id, person.name, False, at)


def person_row(session: Session, person_id: int) -> PresentPerson:
    """The person ``person_id`` of the register; ``InvalidInput`` when there is none."""
    person = session.get(PresentPerson, person_id) if bounds.fits_db(person_id) else None
    if person is None:
        raise InvalidInput("present_unknown", person=person_id)
    return person


def resolve(session: Session, text: str) -> int:
    """A person named on the command line: their number in the register, or their name
    when exactly one person in the register has it."""
    text = text.strip()
    if not text:
        raise InvalidInput("missing_field", field="present_name")
    if text.isascii() and text.isdigit() and not bounds.too_long(text):
        return person_row(session, int(text)).id
    wanted = fold(text)
    found = [p.id for p in session.scalars(select(PresentPerson)) if fold(p.name) == wanted]
    if len(found) == 1:
        return found[0]
    if not found:
        raise InvalidInput("present_unknown", person=bounds.shown(text))
    raise InvalidInput("present_ambiguous", person=bounds.shown(text),
                       ids=", ".join(str(i) for i in found))


def register(session: Session) -> list[PresentView]:
    """Everyone recorded, in the order they first came, with their visits."""
    visits: dict[int, list[Visit]] = {}
    for v in session.scalars(select(PresenceVisit).order_by(PresenceVisit.id)):
        visits.setdefault(v.person_id, []).append(Visit(
            parse_utc(v.arrived_at), v.arrived_by,
            parse_utc(v.left_at) if v.left_at else None, v.left_by))
    return [
        PresentView(p.id, p.name, p.kind, p.organisation, p.mandate,
                    tuple(visits.get(p.id, ())))
        for p in session.scalars(select(PresentPerson).order_by(PresentPerson.id))
    ]


def present_now(session: Session) -> list[PresentView]:
    """Those in the station now."""
    return [p for p in register(session) if p.present]


def member_names(session: Session) -> dict[str, str]:
    """Member id -> name, for showing who recorded what."""
    return {i: n for i, n in session.execute(select(CommissionMember.id, CommissionMember.name))}
