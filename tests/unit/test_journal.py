"""The journal of complaints and acts, and disputed ballots: the services."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from precinct_app import messages
from precinct_app.db import Database
from precinct_app.models import AuditEvent, Station
from precinct_app.services import audit, counting, disputes, journal, phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, PermissionDenied, Refused, WrongPhase
from tests.unit.test_counting import day, walk_to


@pytest.fixture
def demo(db: Database, clock: Clock) -> Database:
    build_demo(db, clock, db_path=None, voters=10)
    return db


def _said(exc: pytest.ExceptionInfo[Exception], lang: str = "en") -> str:
    err = exc.value
    return messages.text(err.code, lang, **err.params)  # type: ignore[attr-defined]


def test_an_entry_is_recorded_then_decided_once(demo: Database, clock: Clock) -> None:
    with demo.transaction() as s:
        entry = journal.add(s, clock, "c5", kind="act", from_kind="observer",
                            from_name="John Smith", organisation="OSCE/ODIHR",
                            about="The portable box left unsealed", annex=True)
    assert (entry.kind, entry.from_name, entry.annex, entry.decided) == (
        "act", "John Smith", True, False)
    with demo.transaction() as s:
        done = journal.decide(s, clock, "c1", entry.id, "Box sealed in the observer's presence",
                              5, 1, 1)
    assert done.vote == journal.Vote(5, 1, 1)
    assert done.decided_by == "c1" and done.decided_at is not None
    with demo.transaction() as s, pytest.raises(Refused) as info:
        journal.decide(s, clock, "c1", entry.id, "Another", 7, 0, 0)
    assert "final" in _said(info)
    # A correction is a new entry that refers to the decided one.
    with demo.transaction() as s:
        fix = journal.add(s, clock, "c3", kind="remark", from_kind="member",
                          from_name="Оспанова Г.", about="Decision time corrected",
                          refers_to=entry.id)
        items = journal.entries(s)
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    assert [i.id for i in items] == [entry.id, fix.id] and items[1].refers_to == entry.id
    assert actions[-3:] == ["journal.received", "journal.decided", "journal.received"]
    with demo.reading() as s:
        assert audit.verify_chain(s).ok


def test_votes_must_be_plausible_and_reach_a_majority(demo: Database, clock: Clock) -> None:
    with demo.transaction() as s:
        entry = journal.add(s, clock, "c4", kind="complaint", from_kind="voter",
                            from_name="Voter at desk 2", about="Queue too long")
    with demo.transaction() as s, pytest.raises(InvalidInput) as info:
        journal.decide(s, clock, "c1", entry.id, "Rejected", 5, 2, 1)  # 8 votes, 7 members
    assert info.value.code == "vote_more_than_commission"
    assert "8 votes" in _said(info) and "7 members" in _said(info)
    with demo.transaction() as s, pytest.raises(Refused) as short:
        journal.decide(s, clock, "c1", entry.id, "Rejected", 3, 3, 0)
    assert "4 of the 7" in _said(short) and "4 из 7" in _said(short, "ru")
    with demo.transaction() as s, pytest.raises(InvalidInput) as huge:
        journal.decide(s, clock, "c1", entry.id, "Rejected", 10**30, 0, 0)
    assert "votes for" in _said(huge)
    with demo.transaction() as s, pytest.raises(InvalidInput):
        journal.decide(s, clock, "c1", entry.id, "Rejected", -1, 0, 0)
    with demo.transaction() as s:
        assert journal.decide(s, clock, "c2", entry.id, "Rejected", 4, 3).decided


def test_who_may_record_and_decide(demo: Database, clock: Clock) -> None:
    with demo.transaction() as s:
        entry = journal.add(s, clock, "c7", kind="remark", from_kind="other",
                            from_name="Journalist", about="Lighting is poor")
    with demo.transaction() as s, pytest.raises(PermissionDenied):
        journal.decide(s, clock, "c7", entry.id, "Noted", 7, 0)
    with demo.transaction() as s, pytest.raises(InvalidInput) as info:
        journal.add(s, clock, "nobody", kind="remark", from_kind="other", from_name="X",
                    about="Y")
    assert info.value.code == "member_unknown"


@pytest.mark.parametrize(("field", "value", "code"), [
    ("from_name", "", "journal_field_required"),
    ("from_name", "A\u202eB", "control_character"),
    ("from_name", "A\x00B", "control_character"),
    ("about", "x" * 10_000, "field_too_long"),
    ("organisation", "O" * 301, "field_too_long"),
    ("about", "   ", "journal_field_required"),
])
def test_hostile_text_is_refused_naming_the_field(
    demo: Database, clock: Clock, field: str, value: str, code: str
) -> None:
    fields = {"from_name": "Name", "about": "About", "organisation": ""}
    fields[field] = value
    with demo.transaction() as s, pytest.raises(InvalidInput) as info:
        journal.add(s, clock, "c4", kind="complaint", from_kind="observer", **fields)
    assert info.value.code == code
    words = {"from_name": "кімнен", "about": "не туралы", "organisation": "ұйым"}[field]
    assert words in _said(info, "kk")


def test_kinds_and_annex_are_checked(demo: Database, clock: Clock) -> None:
    base = {"from_name": "N", "about": "A"}
    with demo.transaction() as s, pytest.raises(InvalidInput) as kind:
        journal.add(s, clock, "c4", kind="other", from_kind="observer", **base)
    assert "unknown kind of entry other" in _said(kind)
    with demo.transaction() as s, pytest.raises(InvalidInput) as sender:
        journal.add(s, clock, "c4", kind="remark", from_kind="alien", **base)
    assert sender.value.code == "journal_from_kind_unknown"
    with demo.transaction() as s, pytest.raises(InvalidInput) as annex:
        journal.add(s, clock, "c4", kind="complaint", from_kind="observer", annex=True, **base)
    assert annex.value.code == "journal_annex_only_act"
    with demo.transaction() as s, pytest.raises(InvalidInput) as ref:
        journal.add(s, clock, "c4", kind="remark", from_kind="observer", refers_to=2**70,
                    **base)
    assert ref.value.code == "journal_entry_unknown"
    with demo.transaction() as s, pytest.raises(InvalidInput):
        journal.decide(s, clock, "c1", 99, "x", 7, 0)


def test_a_voters_name_stays_out_of_the_audit_log(demo: Database, clock: Clock) -> None:
    with demo.transaction() as s:
        journal.add(s, clock, "c4", kind="complaint", from_kind="voter",
                    from_name="Сейітов Арман", about="Name misspelt on the list")
        journal.add(s, clock, "c4", kind="remark", from_kind="observer",
                    from_name="Anna Kowalska", organisation="ENEMO", about="Fine")
        payloads = [json.loads(e.payload) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "journal.received"))]
    assert payloads[0]["from"] is None and payloads[1]["from"] == "Anna Kowalska"
    assert "Сейітов" not in json.dumps(payloads, ensure_ascii=False)


def _counting(db: Database, clock: Clock) -> None:
    day(db, clock)
    walk_to(db, clock, counting.CANCEL)


def test_disputed_ballots_only_while_counting(db: Database, clock: Clock) -> None:
    day(db, clock)
    with db.transaction() as s, pytest.raises(WrongPhase) as info:
        disputes.decide(s, clock, "c1", "npp", "invalid", None, 7, 0)
    assert "during the count" in _said(info)
    walk_to(db, clock, counting.CANCEL)
    with db.transaction() as s:
        assert phases.current_phase(s) == phases.COUNTING
        first = disputes.decide(s, clock, "c1", "npp", "valid", "yes", 4, 3, note="tick outside")
        disputes.decide(s, clock, "c3", "npp", "invalid", None, 6, 1)
        disputes.decide(s, clock, "c2", "npp", "not_counted", None, 5, 0, 2)
        [tally] = disputes.tallies(s)
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "ballot.disputed_decided")).first()
    assert (first.decision, first.option_id, first.note) == ("valid", "yes", "tick outside")
    assert (tally.invalid, tally.not_counted, tally.valid, tally.total) == (1, 1, {"yes": 1}, 3)
    assert event is not None and json.loads(event.payload)["rule"] == "majority"


def test_disputed_ballot_refusals(db: Database, clock: Clock) -> None:
    _counting(db, clock)
    with db.transaction() as s, pytest.raises(Refused) as short:
        disputes.decide(s, clock, "c1", "npp", "invalid", None, 3, 4)
    assert "not decided" in _said(short) and "4 of the 7" in _said(short)
    with db.transaction() as s, pytest.raises(InvalidInput) as option:
        disputes.decide(s, clock, "c1", "npp", "valid", "maybe", 7, 0)
    assert "yes, no" in _said(option)
    with db.transaction() as s, pytest.raises(InvalidInput):
        disputes.decide(s, clock, "c1", "nope", "invalid", None, 7, 0)
    with db.transaction() as s, pytest.raises(InvalidInput):
        disputes.decide(s, clock, "c1", "npp", "invalid", None, 7, 1)
    with db.transaction() as s, pytest.raises(PermissionDenied):
        disputes.decide(s, clock, "c4", "npp", "invalid", None, 7, 0)
    with db.transaction() as s, pytest.raises(InvalidInput) as note:
        disputes.decide(s, clock, "c1", "npp", "invalid", None, 7, 0, note="\u2066x")
    assert note.value.code == "control_character"


def test_the_threshold_is_the_packages(db: Database, clock: Clock) -> None:
    _counting(db, clock)
    with db.transaction() as s:
        row = s.get(Station, 1)
        assert row is not None
        doc = json.loads(row.package_json)
        doc["precinct"]["disputed_ballot_vote"] = "two_thirds"
        row.package_json = audit.canonical_json(doc)
    with db.transaction() as s, pytest.raises(Refused) as info:
        disputes.decide(s, clock, "c1", "npp", "invalid", None, 4, 3)
    assert info.value.params["needed"] == 5
    with db.transaction() as s:
        assert disputes.decide(s, clock, "c1", "npp", "invalid", None, 5, 2).vote.votes_for == 5


def test_votes_needed() -> None:
    assert [disputes.votes_needed(n, "majority") for n in (5, 6, 7, 11)] == [3, 4, 4, 6]
    assert [disputes.votes_needed(n, "two_thirds") for n in (5, 6, 7, 9, 11)] == [4, 4, 5, 6, 8]


@pytest.mark.parametrize(("text", "parsed"), [
    ("invalid", ("invalid", None)), ("valid:yes", ("valid", "yes")),
    ("not_counted", ("not_counted", None))])
def test_parse_decision(text: str, parsed: tuple[str, str | None]) -> None:
    assert disputes.parse_decision(text) == parsed


@pytest.mark.parametrize("text", ["valid", "valid:", "invalid:yes", "spoilt", "x" * 10_000])
def test_parse_decision_refuses(text: str) -> None:
    with pytest.raises(InvalidInput):
        disputes.parse_decision(text)


def test_the_package_names_a_bad_threshold(sample_election: dict[str, object]) -> None:
    from precinct_app.services.election import parse_election

    precinct = sample_election["precinct"]
    assert isinstance(precinct, dict)
    assert parse_election(sample_election)[0].precinct.disputed_ballot_vote == "majority"  # type: ignore[union-attr]
    precinct["disputed_ballot_vote"] = "three_quarters"
    election, problems = parse_election(sample_election)
    assert election is None
    assert [(p.path, p.code) for p in problems] == [
        ("precinct.disputed_ballot_vote", "bad_dispute_vote")]


def test_the_tables_are_checked_against_the_audit_log(db: Database, clock: Clock) -> None:
    from sqlalchemy import text as sql

    from precinct_app.services import reconcile

    _counting(db, clock)
    with db.transaction() as s:
        entry = journal.add(s, clock, "c4", kind="complaint", from_kind="voter",
                            from_name="Сейітов А.", about="Queue")
        journal.decide(s, clock, "c1", entry.id, "Second desk opened", 5, 2)
        disputes.decide(s, clock, "c1", "npp", "invalid", None, 7, 0, note="torn")
        assert reconcile.reconcile(s).ok
    # Edited with sqlite3 behind the program's back: each change is found and named.
    with db.transaction() as s:
        s.execute(sql("UPDATE journal_entry SET decision = 'Complaint rejected'"))
        s.execute(sql("UPDATE disputed_ballot SET decision = 'valid', option_id = 'yes'"))
        s.execute(sql("INSERT INTO journal_entry (received_at, kind, from_kind, from_name,"
                      " from_organisation, about, annex, recorded_by) VALUES"
                      " ('2024-10-06T05:00:00Z', 'remark', 'other', 'X', '', 'slipped in',"
                      " 0, 'c1')"))
    with db.reading() as s:
        report = reconcile.reconcile(s)
    said = [messages.text(d.code, "en", **d.params) for d in report.discrepancies]
    assert [d.code for d in report.discrepancies] == [
        "integrity_journal_differs", "integrity_journal_differs", "integrity_journal_no_event"]
    assert said[0].startswith("journal.decided 1 (event")
    assert said[2] == "journal.received 2: a record the audit log does not hold"
