"""Those present, certified copies and the posted copy (docs/domain.md §12)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from precinct_app.db import Database
from precinct_app.services import attendance, audit, copies, counting, protocol
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError
from tests.unit.test_counting import day, walk_to

PRESENT = ["c1", "c2", "c3", "c4"]


def _error(db: Database, action: Callable[[Session], object]) -> DomainError:
    with pytest.raises(DomainError) as info, db.transaction() as s:
        action(s)
    return info.value


def _signed(db: Database, clock: Clock) -> None:
    day(db, clock)
    walk_to(db, clock, counting.CHECK)
    with db.transaction() as s:
        protocol.sign(s, clock, "c1", "npp", PRESENT)


def _arrive(db: Database, clock: Clock, name: str, kind: str = "international_observer",
            organisation: str = "OSCE/ODIHR", mandate: str = "") -> attendance.Arrival:
    with db.transaction() as s:
        return attendance.arrive(s, clock, "c4", name=name, kind=kind,
                                 organisation=organisation, mandate=mandate)


def _last_event(db: Database) -> tuple[str, str, dict[str, object]]:
    with db.reading() as s:
        last = list(audit.iter_events(s))[-1]
    return last.actor, last.action, json.loads(last.payload)


def test_a_person_comes_leaves_and_comes_back_as_one_entry(db: Database, clock: Clock) -> None:
    day(db, clock, close=False)
    first = _arrive(db, clock, "  John   O'Neill ", mandate="A-0042")
    assert (first.name, first.returned) == ("John O'Neill", False)
    assert _last_event(db) == ("c4", "present.arrived", {
        "person": first.person_id, "name": "John O'Neill", "kind": "international_observer",
        "organisation": "OSCE/ODIHR", "mandate": "A-0042", "returned": False})
    error = _error(db, lambda s: attendance.arrive(
        s, clock, "c5", name="john o'neill", kind="international_observer",
        organisation="osce/odihr"))
    assert (error.code, error.params["person"]) == ("present_already_in", first.person_id)
    with db.transaction() as s:
        attendance.leave(s, clock, "c5", first.person_id)
    assert _last_event(db)[:2] == ("c5", "present.left")
    error = _error(db, lambda s: attendance.leave(s, clock, "c5", first.person_id))
    assert error.code == "present_not_in"
    again = _arrive(db, clock, "JOHN O'NEILL")  # folded: the same person
    assert (again.person_id, again.returned) == (first.person_id, True)
    with db.reading() as s:
        register = attendance.register(s)
    assert len(register) == 1 and len(register[0].visits) == 2
    assert register[0].present and register[0].visits[0].left_by == "c5"


def test_names_in_latin_kazakh_and_russian_are_kept_as_given(db: Database, clock: Clock) -> None:
    day(db, clock, close=False)
    for name, kind, org in (("Ingrid Sørensen", "international_observer", "OSCE/ODIHR"),
                            ("Әлия Жаңабаева", "party_observer", "«Amanat»"),
                            ("Иванов Пётр", "media", "Хабар 24"),
                            ("Li Wei", "domestic_observer", "")):
        _arrive(db, clock, name, kind, org)
    with db.reading() as s:
        assert [p.name for p in attendance.present_now(s)] == [
            "Ingrid Sørensen", "Әлия Жаңабаева", "Иванов Пётр", "Li Wei"]


@pytest.mark.parametrize(("name", "kind", "organisation", "code", "field"), [
    ("", "proxy", "", "missing_field", "present_name"),
    ("   ", "proxy", "", "missing_field", "present_name"),
    ("12345", "proxy", "", "present_name_no_letters", None),
    ("Ann\x00Lee", "proxy", "", "control_character", "present_name"),
    ("Ann \u202eeeL", "proxy", "", "control_character", "present_name"),
    ("Ann Lee", "proxy", "Org\u200b", "control_character", "present_organisation"),
    ("A" * 10_000, "proxy", "", "field_too_long", "present_name"),
    ("Ann Lee", "proxy", "O" * 201, "field_too_long", "present_organisation"),
    ("Ann Lee", "media", "", "present_organisation_required", None),
    ("Ann Lee", "tourist", "", "present_kind_unknown", None),
])
def test_hostile_or_incomplete_entries_are_refused_by_field(
    db: Database, clock: Clock, name: str, kind: str, organisation: str, code: str,
    field: str | None,
) -> None:
    day(db, clock, close=False)
    error = _error(db, lambda s: attendance.arrive(s, clock, "c4", name=name, kind=kind,
                                                   organisation=organisation))
    assert error.code == code
    if field is not None:
        assert error.params["field"] == field
    with db.reading() as s:
        assert attendance.register(s) == []


def test_one_journalist_per_outlet_at_a_time(db: Database, clock: Clock) -> None:
    day(db, clock, close=False)
    first = _arrive(db, clock, "Asel Nurlanovna", "media", "Khabar 24")
    error = _error(db, lambda s: attendance.arrive(s, clock, "c4", name="Bob Stone",
                                                   kind="media", organisation="KHABAR  24"))
    assert error.code == "present_one_journalist"
    assert error.params == {"outlet": "Khabar 24", "name": "Asel Nurlanovna",
                            "person": first.person_id}
    _arrive(db, clock, "Bob Stone", "media", "Astana TV")  # another outlet
    with db.transaction() as s:
        attendance.leave(s, clock, "c4", first.person_id)
    _arrive(db, clock, "Bob Stone", "media", "Khabar 24")  # the change of shift


def test_copies_are_numbered_per_contest_after_the_station_s_own(
    db: Database, clock: Clock
) -> None:
    _signed(db, clock)
    observer = _arrive(db, clock, "Ingrid Sørensen")
    with db.transaction() as s:
        first = copies.issue_copy(s, clock, "c1", "npp", "c3", person_id=observer.person_id)
        second = copies.issue_copy(s, clock, "c1", "npp", "c3", name="Серік Әбілов",
                                   organisation="Ауыл")
    assert (first.number, second.number) == (copies.STATION_COPIES + 1, copies.STATION_COPIES + 2)
    assert (first.name, first.organisation, first.version) == ("Ingrid Sørensen", "OSCE/ODIHR", 1)
    actor, action, payload = _last_event(db)
    assert (actor, action) == ("c1", "protocol.copy_issued")
    assert payload["number"] == 4 and payload["name"] == "Серік Әбілов"
    assert payload["secretary"] == "c3" and payload["version"] == 1
    # A correction: copies of version 2 continue the numbering, and the register says so.
    with db.transaction() as s:
        protocol.correct(s, clock, "c1", "npp", "typo on line 9")
    error = _error(db, lambda s: copies.issue_copy(s, clock, "c1", "npp", "c3", name="X Y"))
    assert (error.code, error.params["version"]) == ("copy_not_signed", 2)
    with db.transaction() as s:
        walk_again = protocol.build(s, clock, "npp")
        assert walk_again.version == 2
        protocol.sign(s, clock, "c1", "npp", PRESENT)
        third = copies.issue_copy(s, clock, "c2", "npp", "c3", name="Ann Lee")
    assert (third.number, third.version) == (5, 2)
    with db.reading() as s:
        assert [(c.number, c.version) for c in copies.copies_register(s, "npp")] == [
            (3, 1), (4, 1), (5, 2)]


def test_a_copy_needs_the_chair_the_secretary_a_signed_protocol_and_someone_present(
    db: Database, clock: Clock
) -> None:
    day(db, clock)
    walk_to(db, clock, counting.CHECK)
    error = _error(db, lambda s: copies.issue_copy(s, clock, "c1", "npp", "c3", name="Ann"))
    assert error.code == "copy_not_signed"
    with db.transaction() as s:
        protocol.sign(s, clock, "c1", "npp", PRESENT)
    for member, secretary, code in (("c4", "c3", "permission_denied"),
                                    ("c3", "c3", "permission_denied"),
                                    ("c1", "c4", "copy_secretary_needed"),
                                    ("c1", "zz", "member_unknown")):
        error = _error(db, lambda s, m=member, sec=secretary: copies.issue_copy(
            s, clock, m, "npp", sec, name="Ann Lee"))
        assert error.code == code
    gone = _arrive(db, clock, "Ann Lee")
    with db.transaction() as s:
        attendance.leave(s, clock, "c4", gone.person_id)
    error = _error(db, lambda s: copies.issue_copy(s, clock, "c1", "npp", "c3",
                                                   person_id=gone.person_id))
    assert error.code == "copy_person_not_present"
    error = _error(db, lambda s: copies.issue_copy(s, clock, "c1", "npp", "c3", person_id=10**30))
    assert error.code == "present_unknown"
    error = _error(db, lambda s: copies.issue_copy(s, clock, "c1", "npp", "c3", name="\x1b[2J"))
    assert error.code == "control_character"
    error = _error(db, lambda s: copies.issue_copy(s, clock, "c1", "nope", "c3", name="Ann"))
    assert error.code == "contest_unknown"


def test_the_posted_copy_is_recorded_once_per_signed_version(
    db: Database, clock: Clock
) -> None:
    day(db, clock)
    walk_to(db, clock, counting.CHECK)
    error = _error(db, lambda s: copies.post(s, clock, "c3", "npp"))
    assert error.code == "post_not_signed"
    with db.transaction() as s:
        protocol.sign(s, clock, "c1", "npp", PRESENT)
        posted = copies.post(s, clock, "c3", "npp")
    assert (posted.version, posted.member_id) == (1, "c3")
    assert _last_event(db)[1:] == ("protocol.posted", {
        "contest": "npp", "version": 1, "code": posted.code})
    error = _error(db, lambda s: copies.post(s, clock, "c1", "npp"))
    assert error.code == "post_already" and error.params["version"] == 1
    error = _error(db, lambda s: copies.post(s, clock, "c4", "npp"))
    assert error.code == "permission_denied"
    with db.transaction() as s:
        protocol.correct(s, clock, "c1", "npp", "typo")
        protocol.sign(s, clock, "c1", "npp", PRESENT)
        copies.post(s, clock, "c2", "npp")
        assert [p.version for p in copies.postings(s)] == [1, 2]


def test_the_audit_log_still_reconciles_with_the_people_events(
    db: Database, clock: Clock
) -> None:
    from precinct_app.services import reconcile

    _signed(db, clock)
    person = _arrive(db, clock, "Ingrid Sørensen")
    with db.transaction() as s:
        copies.issue_copy(s, clock, "c1", "npp", "c3", person_id=person.person_id)
        copies.post(s, clock, "c1", "npp")
        attendance.leave(s, clock, "c4", person.person_id)
    with db.reading() as s:
        assert reconcile.reconcile(s).ok


def test_a_people_row_changed_behind_the_log_is_named(db: Database, clock: Clock) -> None:
    from sqlalchemy import delete, update

    from precinct_app.models import PresenceVisit, PresentPerson, ProtocolCopy, ProtocolPosting
    from precinct_app.services import reconcile

    _signed(db, clock)
    person = _arrive(db, clock, "Ingrid Sørensen")
    with db.transaction() as s:
        copies.issue_copy(s, clock, "c1", "npp", "c3", person_id=person.person_id)
        copies.post(s, clock, "c1", "npp")
    for change, code in (
        (update(PresentPerson).values(name="Someone Else"), "integrity_person_differs"),
        (delete(PresenceVisit), "integrity_person_differs"),
        (update(ProtocolCopy).values(recipient_name="Other"), "integrity_copy_differs"),
        (update(ProtocolCopy).values(number=9), "integrity_copy_differs"),
        (delete(ProtocolPosting), "integrity_posting_differs"),
    ):
        with pytest.raises(_Undo), db.transaction() as s:
            s.execute(change)
            report = reconcile.reconcile(s)
            assert code in [d.code for d in report.discrepancies], change
            raise _Undo  # the change is rolled back: the next one starts from the truth
    with db.reading() as s:
        assert reconcile.reconcile(s).ok


class _Undo(Exception):
    """Roll the test's change back."""
