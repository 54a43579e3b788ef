"""Ballots issued from the paper list during an outage, entered afterwards (docs/domain.md §5):
each mark checked; a clash is a conflict for the chair, never refused nor doubled."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, text

from precinct_app import messages
from precinct_app.db import Database
from precinct_app.models import AuditEvent, Issuance, JournalEntry, PaperEntry
from precinct_app.services import issuance, list_changes, paper_entries, phases, reconcile
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, PermissionDenied, Refused, WrongPhase

ALMATY = dt.timezone(dt.timedelta(hours=5))


def at(hour: int, minute: int = 0) -> Clock:
    return Clock.ticking(dt.datetime(2024, 10, 6, hour, minute, tzinfo=ALMATY))


def open_station(db: Database, voters: int = 10) -> Clock:
    """A demo station opened at 08:00; the returned clock reads 12:00 (after the outage)."""
    build_demo(db, at(7), db_path=None, voters=voters)
    with db.transaction() as s:
        phases.open_voting(s, at(8), "c1")
    return at(12)


def enter(db: Database, clock: Clock, voter: str = "3", hhmm: str = "10:15",
          member: str = "c4", issued_by: str | None = "c5") -> paper_entries.EnterResult:
    with db.transaction() as s:
        return paper_entries.enter(s, clock, member, voter, hhmm, issued_by)


def said(error: Exception, lang: str = "en") -> str:
    code, params = error.code, error.params  # type: ignore[attr-defined]
    return messages.text(code, lang, **params)


def test_a_mark_becomes_an_issuance_at_the_papers_time(db: Database) -> None:
    clock = open_station(db)
    done = enter(db, clock, voter="3", hhmm="10:15")
    assert [(x.contest_id, x.outcome) for x in done.lines] == [("npp", "entered")]
    assert (done.list_no, done.paper_hhmm, done.issued_by) == (3, "10:15", "c5")
    with db.reading() as s:
        row = s.scalars(select(Issuance)).one()
        assert (row.member_id, row.document, row.place) == ("c5", "paper_list", "premises")
        assert phases.parse_utc(row.issued_at) == dt.datetime(2024, 10, 6, 10, 15, tzinfo=ALMATY)
        assert issuance.voter_state(s, 3).has_ballot("npp")
        assert issuance.holders(s) == {"npp": 1}
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "ballot.paper_entered")).one()
        payload = json.loads(event.payload)
        assert event.actor == "c4"  # who typed it in; the paper's issuer is in the payload
        assert payload["issued_by"] == "c5" and payload["paper_at"].startswith(
            "2024-10-06T05:15:00")
        assert payload["entered_at"].startswith("2024-10-06T07:00")  # 12:00 station time
        assert reconcile.reconcile(s).ok


def test_the_same_mark_twice_is_a_conflict_not_a_second_ballot(db: Database) -> None:
    clock = open_station(db)
    enter(db, clock)
    again = enter(db, clock)
    assert [(x.outcome, x.conflict) for x in again.conflicts] == [("conflict", "already_issued")]
    with db.reading() as s:
        assert issuance.holders(s) == {"npp": 1}  # never doubled
        [conflict] = paper_entries.conflicts(s)
        assert conflict.looks_duplicate and not conflict.resolved
        assert conflict.other_member == conflict.issued_by
        with pytest.raises(Refused) as info:
            paper_entries.require_resolved(s)
        assert "1" in said(info.value, "kk")
        assert reconcile.reconcile(s).ok
    with db.transaction() as s:
        done = paper_entries.resolve(s, clock, "c1", conflict.entry_id, "duplicate",
                                     "the same line typed twice")
    assert done.resolved and done.resolved_by and done.journal_entry is None
    with db.reading() as s:
        paper_entries.require_resolved(s)
        assert paper_entries.open_count(s) == 0
        assert reconcile.reconcile(s).ok
    with pytest.raises(Refused) as info, db.transaction() as s:
        paper_entries.resolve(s, clock, "c1", conflict.entry_id, "duplicate", "again")
    assert info.value.code == "paper_conflict_resolved"


def test_a_ballot_from_another_desk_and_two_ballots_make_an_act(db: Database) -> None:
    clock = open_station(db)
    with db.transaction() as s:  # desk 2 kept its link and issued at 09:40
        issuance.issue(s, at(9, 40), 5, "npp", "c6")
    done = enter(db, clock, voter="5", hhmm="10:02")
    assert done.conflicts and done.conflicts[0].conflict == "already_issued"
    with db.reading() as s:
        [conflict] = paper_entries.conflicts(s, open_only=True)
    assert not conflict.looks_duplicate and not conflict.other_from_paper
    assert conflict.other_at is not None
    assert conflict.other_at.replace(second=0, microsecond=0) == dt.datetime(
        2024, 10, 6, 9, 40, tzinfo=ALMATY)
    with pytest.raises(InvalidInput) as info, db.transaction() as s:
        paper_entries.resolve(s, clock, "c1", conflict.entry_id, "two_ballots", "   ")
    assert info.value.code == "journal_field_required"
    assert "основание" in said(info.value, "ru")
    with db.transaction() as s:
        done2 = paper_entries.resolve(s, clock, "c1", conflict.entry_id, "two_ballots",
                                      "the voter took a ballot at both tables")
    assert done2.journal_entry is not None
    with db.reading() as s:
        act = s.get(JournalEntry, done2.journal_entry)
        assert act is not None and act.kind == "act"
        assert "№ 5" in act.about and "both tables" in act.about
        assert issuance.holders(s) == {"npp": 1}
        assert reconcile.reconcile(s).ok


def test_an_excluded_voter_on_paper_is_a_conflict(db: Database) -> None:
    clock = open_station(db)
    with db.transaction() as s:
        list_changes.exclude_voter(s, at(9), "c3", 7, "deceased")
    done = enter(db, clock, voter="7")
    assert [x.conflict for x in done.lines] == ["voter_excluded"]
    with db.reading() as s:
        assert issuance.holders(s) == {}


@pytest.mark.parametrize("voter", ["999", "0", "-1", "abc", "", "1" * 400, "3; DROP TABLE x",
                                   "٣", "\u202e3"])
def test_not_on_the_list_is_refused_naming_the_voter(db: Database, voter: str) -> None:
    clock = open_station(db)
    with pytest.raises(InvalidInput) as info:
        enter(db, clock, voter=voter)
    assert info.value.code == "voter_not_found"
    for lang in ("kk", "ru", "en"):
        assert said(info.value, lang)
    with db.reading() as s:
        assert s.scalar(select(PaperEntry.id)) is None


@pytest.mark.parametrize(("hhmm", "code"), [
    ("25:00", "paper_time_format"), ("10:60", "paper_time_format"), ("ten", "paper_time_format"),
    ("", "paper_time_format"), ("10:15:00", "paper_time_format"), ("1" * 500, "paper_time_format"),
    ("12:30", "paper_time_future"), ("07:59", "paper_time_before_opening"),
])
def test_the_paper_time_is_checked(db: Database, hhmm: str, code: str) -> None:
    clock = open_station(db)
    with pytest.raises(InvalidInput) as info:
        enter(db, clock, hhmm=hhmm)
    assert info.value.code == code
    assert info.value.params["field"] == "paper_time"
    assert "10:35" in said(info.value) or hhmm[:5] in said(info.value)


def test_after_the_close_a_time_past_closing_is_refused(db: Database) -> None:
    open_station(db)
    with db.transaction() as s:
        phases.close_voting(s, at(13), "c1", reason="special station, all voted")
    later = at(14)
    with pytest.raises(InvalidInput) as info:
        enter(db, later, hhmm="13:30")
    assert info.value.code == "paper_time_after_close"
    assert enter(db, later, hhmm="13:00").lines[0].outcome == "entered"  # its minute counts


def test_official_mode_keeps_the_voting_hours(db: Database) -> None:
    from tests.unit.test_day_services import _official_clock, _official_station

    _official_station(db)
    with db.transaction() as s:
        phases.open_voting(s, _official_clock(7), "c1")
    clock = _official_clock(21)  # still open past 20:00
    with pytest.raises(InvalidInput) as info, db.transaction() as s:
        paper_entries.enter(s, clock, "c4", "1", "20:30", "c5")
    assert info.value.code == "paper_time_outside_hours"
    assert "07:00–20:00" in said(info.value, "ru")
    with db.transaction() as s:
        assert paper_entries.enter(s, clock, "c4", "1", "19:59", "c5").lines[0].issuance_id


def test_roles_and_phases(db: Database) -> None:
    clock = open_station(db)
    with pytest.raises(PermissionDenied):
        enter(db, clock, member="c1")  # the chair resolves; she does not enter
    with pytest.raises(InvalidInput) as info:
        enter(db, clock, member="c4", issued_by="c3")  # the secretary does not issue
    assert info.value.code == "paper_issuer_cannot_issue"
    with pytest.raises(InvalidInput) as info:
        enter(db, clock, member="c4", issued_by="nobody")
    assert info.value.code == "member_unknown"
    assert enter(db, clock, member="c3", issued_by="c4").lines[0].outcome == "entered"
    assert enter(db, clock, voter="4", member="c5", issued_by=None).issued_by == "c5"
    enter(db, clock, voter="4", member="c5")
    with db.reading() as s:
        [conflict] = paper_entries.conflicts(s)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        paper_entries.resolve(s, clock, "c2", conflict.entry_id, "duplicate", "x")
    with pytest.raises(InvalidInput) as info, db.transaction() as s:
        paper_entries.resolve(s, clock, "c1", conflict.entry_id, "forget", "x")
    assert info.value.code == "paper_resolution_unknown"
    for entry in (0, 10**30, 999):
        with pytest.raises(InvalidInput) as info, db.transaction() as s:
            paper_entries.resolve(s, clock, "c1", entry, "duplicate", "x")
        assert info.value.code == "paper_conflict_unknown"


def test_not_before_voting_opens_nor_once_counting_starts(db: Database) -> None:
    build_demo(db, at(7), db_path=None, voters=5)
    with pytest.raises(WrongPhase) as info, db.transaction() as s:
        paper_entries.enter(s, at(7), "c4", "1", "07:00")
    assert info.value.code == "paper_entry_wrong_phase"
    assert "до начала подсчёта" in said(info.value, "ru")


def test_a_contest_named_must_exist(db: Database) -> None:
    clock = open_station(db)
    with pytest.raises(InvalidInput) as info, db.transaction() as s:
        paper_entries.enter(s, clock, "c4", "2", "10:00", contests=["nope"])
    assert info.value.code == "contest_unknown"
    with db.transaction() as s:
        done = paper_entries.enter(s, clock, "c4", "2", "10:00", contests=["npp", "npp"])
    assert len(done.lines) == 1


def test_no_ballot_left_refuses_the_entry(db: Database) -> None:
    build_demo(db, at(7), db_path=None, voters=3)  # 3 voters + 1 reserve ballot
    with db.transaction() as s:
        phases.open_voting(s, at(8), "c1")
        for voter in (1, 2):
            issuance.issue(s, at(9), voter, "npp", "c4")
            issuance.spoil(s, at(9), voter, "npp", "c4")
    with pytest.raises(Refused) as info:
        enter(db, at(12), voter="3")
    assert info.value.code == "no_ballots_left"


@pytest.mark.sqlite_only
def test_verify_catches_rows_changed_behind_its_back(db: Database) -> None:
    clock = open_station(db)
    enter(db, clock, voter="1")
    enter(db, clock, voter="1")
    enter(db, clock, voter="2")
    with db.transaction() as s:
        s.execute(text("DELETE FROM paper_entry WHERE id = 1"))
        s.execute(text("UPDATE paper_entry SET resolution = 'duplicate', resolved_at = 'x',"
                       " resolved_by = 'c1', resolve_reason = 'forged' WHERE id = 2"))
        s.execute(text("INSERT INTO paper_entry (voter_id, contest_id, issued_by, paper_at,"
                       " entered_at, entered_by, desk, conflict) VALUES (4, 'npp', 'c4', 'x',"
                       " 'x', 'c4', '', 'already_issued')"))
    with db.reading() as s:
        codes = {d.code for d in reconcile.reconcile(s).discrepancies}
    assert {"integrity_paper_no_row", "integrity_paper_differs",
            "integrity_paper_no_event"} <= codes
    with db.transaction() as s:  # the issuance made from paper is replayed as any other
        s.execute(text("DELETE FROM paper_entry"))
        s.execute(text("DELETE FROM issuance WHERE document = 'paper_list'"))
    with db.reading() as s:
        codes = {d.code for d in reconcile.reconcile(s).discrepancies}
    assert "integrity_issued_no_row" in codes
