"""Portable boxes at the count (docs/domain.md §15): a box over its requests voids its
ballots, the act names its carriers, and the protocol's lines follow the law."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from pathlib import Path

import pytest

from precinct_app import messages
from precinct_app.db import Database, open_database
from precinct_app.models import AuditEvent
from precinct_app.services import (
    audit,
    box_act_page,
    box_act_pdf,
    boxes_annex,
    counting,
    export,
    issuance,
    outside,
    phases,
    portable_boxes,
    protocol,
    protocol_pdf,
    reconcile,
    verify,
)
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, PermissionDenied, Refused, WrongPhase
from tests.cli_fixtures import Cli

# 10 voters, 12 ballots: voters 1-3 vote in the premises; 4, 5 and 6 applied to vote
# outside; trip 1 (c4, c5) takes 3 ballots and serves 4 and 5, bringing one back.
STATIONARY = {"in_stationary_boxes": 3, "valid_not_counted": 0, "lost": 0,
              "not_accounted": 0}


def day(db: Database, clock: Clock) -> None:
    """A voting day with one portable-box trip, closed."""
    build_demo(db, clock, db_path=None, voters=10)
    with db.transaction() as s:
        phases.receive_ballots(s, clock, "c1", "npp", 12)
        for voter_id in (4, 5, 6):
            outside.apply(s, clock, "c3", voter_id, "illness")
        phases.open_voting(s, clock, "c1")
        for voter_id in (1, 2, 3):
            issuance.issue(s, clock, voter_id, "npp", "c4")
        trip = outside.start_trip(s, clock, ("c4", "c5"), 3, "npp")
        for voter_id in (4, 5):
            issuance.issue(s, clock, voter_id, "npp", "c4", place="outside",
                           trip_id=trip.trip_id)
        outside.end_trip(s, clock, trip.trip_id, returned=1)
        phases.close_voting(s, clock, "c1")
    with db.transaction() as s:
        counting.record_step(s, clock, "c3", counting.CANCEL, {"npp": 7})
        counting.record_step(s, clock, "c3", counting.SUMMARISE)


def test_a_box_within_its_requests_is_counted_as_found(db: Database, clock: Clock) -> None:
    day(db, clock)
    with db.transaction() as s:
        b = portable_boxes.record(s, clock, "c3", 1, 2)
        counting.record_step(s, clock, "c3", counting.PORTABLE)
        data = protocol.build(s, clock, "npp")
    assert (b.requests, b.found, b.over, b.invalid_by_law) == (2, 2, False, 0)
    assert data.values()["in_portable_boxes"] == 2  # prefilled by the step
    assert portable_boxes.CHECK_VOID not in {c.id for c in data.checks}
    with db.reading() as s:
        actions = [e.action for e in s.query(AuditEvent).order_by(AuditEvent.seq)]
        assert reconcile.reconcile(s).ok
    assert "portable_box.counted" in actions and "portable_box.act" not in actions


def test_a_box_over_its_requests_voids_every_ballot_and_names_its_carriers(
    db: Database, clock: Clock
) -> None:
    day(db, clock)
    with db.transaction() as s:
        b = portable_boxes.record(s, clock, "c3", 1, 3)
    assert b.over and b.invalid_by_law == 3
    assert [c.id for c in b.carriers] == ["c4", "c5"]
    with db.reading() as s:
        payload = s.query(AuditEvent).filter(AuditEvent.action == "portable_box.act").one().payload
    assert '"members":["c4","c5"]' in payload and '"invalid":3' in payload
    assert "Ахметов" not in payload  # ids, not names, in the log


def test_the_step_waits_for_every_box_and_then_closes_them(db: Database, clock: Clock) -> None:
    day(db, clock)
    with pytest.raises(Refused) as info, db.transaction() as s:
        counting.record_step(s, clock, "c3", counting.PORTABLE)
    assert info.value.code == "box_not_counted" and info.value.params["trips"] == "1"
    with db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 5)
        portable_boxes.record(s, clock, "c3", 1, 2)  # recounted before the step: replaced
        counting.record_step(s, clock, "c3", counting.PORTABLE)
    with pytest.raises(Refused) as closed, db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 9)
    assert closed.value.code == "box_count_closed"
    with db.reading() as s:
        assert not portable_boxes.box(s, 1).over


def test_box_counts_refuse_wrong_phase_role_trip_and_numbers(db: Database, clock: Clock) -> None:
    build_demo(db, clock, db_path=None, voters=3)
    with pytest.raises(WrongPhase), db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 1)
    day_db = db
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
        phases.close_voting(s, clock, "c1")
    with pytest.raises(Refused) as early, day_db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 1)
    assert early.value.code == "count_steps_pending"
    with db.transaction() as s:
        counting.record_step(s, clock, "c3", counting.CANCEL, {"npp": 0})
        counting.record_step(s, clock, "c3", counting.SUMMARISE)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        portable_boxes.record(s, clock, "c4", 1, 1)  # an ordinary member does not count
    for trip, found, code in ((1, 1, "box_unknown"), (2**70, 1, "box_unknown"),
                              (-5, 1, "box_unknown")):
        with pytest.raises(InvalidInput) as bad, db.transaction() as s:
            portable_boxes.record(s, clock, "c3", trip, found)
        assert bad.value.code == code
    with db.transaction() as s:  # no trips: the step needs no box
        counting.record_step(s, clock, "c3", counting.PORTABLE)


def test_huge_and_negative_counts_are_refused_naming_the_field(
    db: Database, clock: Clock
) -> None:
    day(db, clock)
    for found in (-1, 10**30):
        with pytest.raises(InvalidInput) as bad, db.transaction() as s:
            portable_boxes.record(s, clock, "c3", 1, found)
        assert bad.value.code == "box_found_out_of_range"
        said = messages.text(bad.value.code, "kk", **bad.value.params)
        assert "Табылған бюллетеньдер" in said and len(said) < 200
    with pytest.raises(InvalidInput) as other, db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 1, contest_id="other")
    assert other.value.code == "box_contest_not_on_trip"


def _finish(db: Database, clock: Clock, invalid: int, valid: int, yes: int, no: int) -> None:
    with db.transaction() as s:
        counting.record_step(s, clock, "c3", counting.STATIONARY)
        counting.record_step(s, clock, "c3", counting.SORT)
        protocol.set_values(s, clock, "c3", "npp",
                            {**STATIONARY, "invalid": invalid, "valid": valid, "yes": yes,
                             "no": no})


def test_an_over_box_makes_the_printed_protocol_follow_the_law(
    db: Database, clock: Clock, tmp_path: Path
) -> None:
    day(db, clock)
    with db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 3)  # 3 ballots, 2 requests: all void
        counting.record_step(s, clock, "c3", counting.PORTABLE)
    # The commission forgets the law: the box's 3 ballots counted as valid votes.
    _finish(db, clock, invalid=0, valid=6, yes=4, no=2)
    with db.reading() as s:
        data = protocol.build(s, clock, "npp")
    void = next(c for c in data.checks if c.id == portable_boxes.CHECK_VOID)
    assert void.holds is False and void.severity == "error"
    assert "8 ≥ 3" in void.message["en"]
    with pytest.raises(Refused) as blocked, db.transaction() as s:
        counting.record_step(s, clock, "c3", counting.FILL)
        counting.record_step(s, clock, "c3", counting.CHECK)
    assert blocked.value.code == "count_checks_block"
    assert portable_boxes.CHECK_VOID in blocked.value.params["checks"]
    # As the law says: the 3 ballots stay on line 6 and all go to line 8.
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {"invalid": 3, "valid": 3, "yes": 2,
                                                    "no": 1})
        protocol.explain(s, clock, "c1", "npp", "portable_within_outside",
                         "Act on trip 1: one ballot more than requests")
        protocol.explain(s, clock, "c1", "npp", "boxes_within_issued",
                         "Act on trip 1: one ballot more than requests")
        counting.record_step(s, clock, "c3", counting.FILL)
        counting.record_step(s, clock, "c3", counting.CHECK)
        signed = protocol.sign(s, clock, "c1", "npp", ["c1", "c2", "c3", "c4"])
    assert signed.values()["in_portable_boxes"] == 3 and signed.values()["invalid"] == 3
    pdf = tmp_path / "protocol.pdf"
    pdf.write_bytes(protocol_pdf.build(signed, "en"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert re.search(r"^\s*6\s+Ballots in the portable boxes\s+3\s+three\s*$", text, re.M)
    assert re.search(r"^\s*8\s+Invalid ballots\s+3\s+three\s*$", text, re.M)
    with db.reading() as s:
        assert reconcile.reconcile(s).ok


def test_the_act_names_the_carriers_the_figures_and_the_rule(
    db: Database, clock: Clock, tmp_path: Path
) -> None:
    day(db, clock)
    with db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 3)
    with db.reading() as s:
        page = box_act_page.act_page(s, clock, 1, "kk+ru")
        en = box_act_page.act_page(s, clock, 1, "en")
    assert page.training  # a demo station
    pdf = tmp_path / "act.pdf"
    pdf.write_bytes(box_act_pdf.build(page))
    assert box_act_pdf.build(page) == pdf.read_bytes()  # same act, same bytes
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("Ахметов Нұрлан Ерланұлы", "Ким Елена Викторовна", "комиссия мүшесі",
                     "член комиссии", "43-бабына", "ст. 43", "ОҚУ", "ОБУЧЕНИЕ"):
        assert expected in text, expected
    assert any("3" in value for _, value in en.texts[0].figures[1:2])
    assert "all 3 ballots in it are invalid" in en.texts[0].rule
    with pytest.raises(Refused) as within, db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 2)
        box_act_page.act_page(s, clock, 1, "kk+ru")
    assert within.value.code == "box_act_not_over"


def test_the_export_carries_the_boxes_and_verify_checks_them_against_the_log(
    tmp_path: Path, clock: Clock
) -> None:
    db_path = tmp_path / "station.sqlite3"
    db = open_database(db_path, create=True)
    day(db, clock)
    with db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 3)
        counting.record_step(s, clock, "c3", counting.PORTABLE)
        bundle = export.prepare(s, clock, db_path, preliminary=True)
    (tmp_path / "stick").mkdir()
    result = export.write(bundle, tmp_path / "stick")
    doc = json.loads((result.path / "boxes.json").read_text("utf-8"))
    assert doc["portable_boxes"] == [{"trip": 1, "contest": "npp", "members": ["c4", "c5"],
                                      "requests": 2, "found": 3, "over": True,
                                      "invalid_by_law": 3}]
    assert doc["absentee_certificates"] == {"issued": 0, "cancelled": 0}
    manifest = json.loads((result.path / "manifest.json").read_text("utf-8"))
    assert "boxes.json" in {f["name"] for f in manifest["files"]}
    report = verify.verify_folder(result.path)
    line = next(c for c in report.checks if c.id == "boxes_annex")
    assert report.ok and line.ok and line.params == {"boxes": 1, "certificates": 0}
    # An annex that says the box was within its requests contradicts the log.
    with db.reading() as s:
        events = list(audit.iter_events(s))
    said: list[tuple[str, bool, str]] = []

    def add(check_id: str, ok: bool, code: str, _file: str | None = None, /,
            **_params: object) -> None:
        said.append((check_id, ok, code))

    doc["portable_boxes"][0].update(found=2, over=False, invalid_by_law=0)
    boxes_annex.check(add, json.dumps(doc).encode(), "training", events)
    boxes_annex.check(add, b"\xff{", "training", events)
    assert said == [("boxes_annex", False, "verify_boxes_differ"),
                    ("boxes_annex", False, "verify_boxes_unreadable")]
    db.dispose()


def test_the_cli_counts_lists_and_prints_the_act(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T20:30:00+05:00")
    db_path = tmp_path / "boxes.sqlite3"
    db = open_database(db_path, create=True)
    day(db, Clock.ticking(dt.datetime(2024, 10, 6, 4, 0, tzinfo=dt.UTC)))  # 09:00 local
    db.dispose()
    base = ("--db", str(db_path))
    code, _, err = cli(*base, "count", "step", "open_portable_boxes", "--member", "c3")
    assert code == 1 and err.strip().splitlines()[-1].endswith("(trips not counted: 1)")
    code, _, err = cli(*base, "count", "box", "1", "--found", "-2", "--member", "c3")
    assert code == 1 and err.strip().splitlines()[-1].startswith("Ballots found: -2")
    code, out, err = cli(*base, "count", "box", "1", "--found", "3", "--member", "c3")
    assert code == 0, err
    assert "3 ballots found, 2 requests served" in out and "art. 43" in out
    code, out, _ = cli(*base, "count", "boxes", "--json")
    [box] = json.loads(out)
    assert (box["found"], box["requests"], box["over"], box["invalid_by_law"]) == (3, 2, True, 3)
    assert [m["role"] for m in box["members"]] == ["member", "member"]
    code, out, _ = cli(*base, "count", "boxes")
    assert "act required" in out
    act = tmp_path / "act.pdf"
    code, out, err = cli(*base, "count", "box-act", "1", "--out", str(act), "--lang", "en")
    assert code == 0, err
    assert act.read_bytes().startswith(b"%PDF") and str(act) in out
    code, _, err = cli(*base, "count", "box-act", "9", "--out", str(act))
    assert code == 1 and "no trip No. 9" in err
    assert cli(*base, "count", "step", "open_portable_boxes", "--member", "c3")[0] == 0
    assert cli(*base, "audit", "verify")[0] == 0
