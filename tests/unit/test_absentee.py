"""Absentee certificates (docs/domain.md §16): issued before voting day until 18:00 the day
before, station time; the holder cannot receive a ballot here, at the desk or the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from precinct_app import messages
from precinct_app.db import Database
from precinct_app.models import AuditEvent
from precinct_app.services import absentee, issuance, phases, reconcile
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo, demo_election
from precinct_app.services.election import parse_election
from precinct_app.services.errors import InvalidInput, PermissionDenied, Refused, WrongPhase
from tests.cli_fixtures import Cli

ALMATY = dt.timezone(dt.timedelta(hours=5))  # the demo's zone (Asia/Almaty, UTC+5)
EVE = dt.datetime(2024, 10, 5, 10, 0, tzinfo=ALMATY)  # the day before voting


def station(db: Database, at: dt.datetime = EVE) -> Clock:
    clock = Clock.ticking(at)
    build_demo(db, clock, db_path=None, voters=10)
    return clock


def test_a_certificate_marks_the_voter_and_the_desk_refuses_a_ballot(db: Database) -> None:
    clock = station(db)
    with db.transaction() as s:
        done = absentee.issue(s, clock, "c3", 4, "  № 000123 ")
    assert (done.list_no, done.number) == (4, "000123")  # "№" is the words' own
    with db.reading() as s:
        state = issuance.voter_state(s, 4)
        assert state.absentee_certificate == "000123"
        assert issuance.voter_state(s, 5).absentee_certificate is None
        payload = s.query(AuditEvent).filter(
            AuditEvent.action == "voter.absentee_certificate").one().payload
    assert json.loads(payload) == {"certificate": 1, "list_no": 4, "number": "000123"}
    day = Clock.ticking(dt.datetime(2024, 10, 6, 9, 0, tzinfo=ALMATY))
    with db.transaction() as s:
        phases.open_voting(s, day, "c1")
    with pytest.raises(Refused) as info, db.transaction() as s:
        issuance.issue(s, day, 4, "npp", "c4")
    assert info.value.code == "voter_absentee"
    for lang, word in (("kk", "сырттай дауыс беру куәлігін"), ("ru", "открепительное"),
                       ("en", "absentee certificate No. 000123")):
        assert word in messages.text(info.value.code, lang, **info.value.params)
    with db.transaction() as s:  # the neighbour on the list is not affected
        issuance.issue(s, day, 5, "npp", "c4")
    with db.reading() as s:
        assert reconcile.reconcile(s).ok


@pytest.mark.parametrize(("hhmm", "allowed"), [("17:59", True), ("18:00", False),
                                                ("18:01", False)])
def test_issuing_stops_at_18_00_the_day_before_on_a_frozen_clock(
    db: Database, hhmm: str, allowed: bool
) -> None:
    station(db)
    hours, minutes = (int(p) for p in hhmm.split(":"))
    at = Clock(fixed=dt.datetime(2024, 10, 5, hours, minutes, tzinfo=ALMATY))
    if allowed:
        with db.transaction() as s:
            absentee.issue(s, at, "c2", 1, "A-17")
        return
    with pytest.raises(Refused) as info, db.transaction() as s:
        absentee.issue(s, at, "c2", 1, "A-17")
    assert info.value.code == "absentee_too_late"
    assert "05.10.2024 18:00" in messages.text(info.value.code, "ru", **info.value.params)


def test_the_deadline_holds_on_a_ticking_clock_in_the_station_zone(db: Database) -> None:
    # 17:59 in Almaty is 12:59 UTC: a clock read in UTC must not let 18:00 local through.
    clock = station(db, dt.datetime(2024, 10, 5, 12, 59, 59, tzinfo=dt.UTC))
    with db.transaction() as s:
        assert absentee.is_open(s, clock)
        absentee.issue(s, clock, "c1", 2, "77")
    late = Clock.ticking(dt.datetime(2024, 10, 5, 13, 0, tzinfo=dt.UTC))
    with db.reading() as s:
        assert not absentee.is_open(s, late)
    with pytest.raises(Refused), db.transaction() as s:
        absentee.issue(s, late, "c1", 3, "78")


def test_a_package_may_set_another_deadline() -> None:
    doc = demo_election()
    doc["precinct"]["absentee_deadline"] = "20:00"
    election, problems = parse_election(doc)
    assert not problems and election is not None
    assert election.precinct.absentee_deadline == "20:00"
    doc["precinct"]["absentee_deadline"] = "6pm"
    _, problems = parse_election(doc)
    assert [p.path for p in problems] == ["precinct.absentee_deadline"]


def test_refusals_name_the_field_role_phase_and_voter(db: Database) -> None:
    clock = station(db)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        absentee.issue(s, clock, "c4", 1, "1")
    for raw, code in (("", "absentee_number_empty"), ("   ", "absentee_number_empty"),
                      ("abc", "absentee_number_invalid"), ("1\x00", "absentee_number_invalid"),
                      ("12\u202e34", "absentee_number_invalid"), ("9" * 10_000,
                                                                    "absentee_number_invalid")):
        with pytest.raises(InvalidInput) as bad, db.transaction() as s:
            absentee.issue(s, clock, "c1", 1, raw)
        assert bad.value.code == code
        said = messages.text(bad.value.code, "kk", **bad.value.params)
        assert "Куәлік нөмірі" in said and len(said) < 300
    with db.transaction() as s:
        absentee.issue(s, clock, "c1", 1, "100")
    with pytest.raises(Refused) as twice, db.transaction() as s:
        absentee.issue(s, clock, "c1", 1, "101")
    assert twice.value.code == "absentee_already"
    with pytest.raises(Refused) as taken, db.transaction() as s:
        absentee.issue(s, clock, "c1", 2, "100")
    assert taken.value.code == "absentee_number_taken" and taken.value.params["list_no"] == 1
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
    with pytest.raises(WrongPhase), db.transaction() as s:
        absentee.issue(s, clock, "c1", 3, "102")


def test_a_certificate_returned_unused_is_cancelled_and_the_voter_may_vote(
    db: Database
) -> None:
    clock = station(db)
    with db.transaction() as s:
        absentee.issue(s, clock, "c1", 6, "500")
    with pytest.raises(InvalidInput), db.transaction() as s:
        absentee.cancel(s, clock, "c1", 6, " ")
    with db.transaction() as s:
        absentee.cancel(s, clock, "c1", 6, "returned unused")
        assert absentee.live_number(s, 6) is None
        assert absentee.counts(s) == (0, 1)
        absentee.issue(s, clock, "c1", 7, "500")  # the number is free again
    with pytest.raises(Refused) as none, db.transaction() as s:
        absentee.cancel(s, clock, "c1", 6, "again")
    assert none.value.code == "absentee_none"
    with db.reading() as s:
        rows = absentee.certificates(s)
    assert [(r.list_no, r.number, r.live) for r in rows] == [(6, "500", False), (7, "500", True)]


def test_the_cli_records_lists_and_refuses_at_issue(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "cert.sqlite3")
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-05T17:59:00+05:00")
    assert cli("--db", db, "demo", "--voters", "10")[0] == 0
    code, out, err = cli("--db", db, "voters", "certificate", "3", "--number", "KZ 0042",
                         "--member", "c3")
    assert code == 0, err
    assert "KZ 0042" in out and "3" in out
    code, out, _ = cli("--db", db, "voters", "certificates", "--json")
    assert code == 0 and json.loads(out)[0]["number"] == "KZ 0042"
    code, out, _ = cli("--db", db, "voters", "certificates")
    assert "05.10.2024 18:00" in out and "KZ 0042" in out
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-05T18:00:00+05:00")
    code, _, err = cli("--db", db, "voters", "certificate", "4", "--number", "43",
                       "--member", "c3")
    assert code == 1 and "18:00" in err.strip().splitlines()[-1] and "Traceback" not in err
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T09:00:00+05:00")
    assert cli("--db", db, "day", "open", "--member", "c1")[0] == 0
    code, _, err = cli("--db", db, "issue", "3", "--member", "c4")
    assert code == 1
    assert err.strip().splitlines()[-1] == (
        "No. 3 holds absentee certificate No. KZ 0042: no ballot at this station")
    assert cli("--db", db, "issue", "4", "--member", "c4")[0] == 0
    assert cli("--db", db, "audit", "verify")[0] == 0


def test_a_certificate_deleted_behind_the_log_is_caught(db: Database) -> None:
    clock = station(db)
    with db.transaction() as s:
        absentee.issue(s, clock, "c1", 8, "900")
    with db.reading() as s:
        assert reconcile.reconcile(s).ok
    with db.engine.begin() as conn:  # behind the services: the holder could vote here
        conn.exec_driver_sql("DELETE FROM absentee_certificate")
    with db.reading() as s:
        report = reconcile.reconcile(s)
    assert [d.code for d in report.discrepancies] == ["integrity_certificate_differs"]
    assert "No. 8" in messages.text("integrity_certificate_differs", "en",
                                    **report.discrepancies[0].params)
