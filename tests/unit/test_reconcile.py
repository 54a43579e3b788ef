"""Issue 12 section 1: the station's records cannot be changed without a trace.

Each attack is done as the report did it, with sqlite3 on a real station file, then
the command line (or the service) is run on it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from precinct_app.db import Database, open_database
from precinct_app.models import ProtocolExplanation, ProtocolValue
from precinct_app.services import (
    anchor,
    audit,
    counting,
    issuance,
    outside,
    phases,
    protocol,
    protocol_pdf,
    reconcile,
)
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, Refused
from precinct_app.services.protocol_data import protocol_code
from tests.cli_fixtures import Cli
from tests.unit.test_counting import COUNTED, day, walk_to
from tests.unit.test_export import EVENING, station, write_export

# Before 12:00, when outside-voting applications close (the clocks tick).
MORNING = dt.datetime.fromisoformat("2024-10-06T11:30:00+05:00")


@pytest.fixture(autouse=True)
def _now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T20:30:00+05:00")
    monkeypatch.setenv("PRECINCT_LANG", "en")


def _sql(db_path: Path, *statements: str) -> None:
    """The attacker: plain sqlite3 on the station file, the program closed."""
    with sqlite3.connect(db_path) as conn:
        for statement in statements:
            conn.execute(statement)


def _voting(tmp_path: Path) -> tuple[Database, Path]:
    """A demo station of 50 voters, voting open, voters 1-10 holding a ballot."""
    db_path = tmp_path / "station.sqlite3"
    db = open_database(db_path, create=True)
    clock = Clock.ticking(MORNING)
    build_demo(db, clock, db_path=db_path, voters=50)
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
        for list_no in range(1, 11):
            issuance.issue(s, clock, list_no, "npp", "c4")
    return db, db_path


def test_a_whole_day_with_every_kind_of_record_reconciles(tmp_path: Path) -> None:
    """No false alarm: list changes, a trip, a spoilage, an undo, a correction, an export."""
    db, db_path = station(tmp_path, changes=True)
    clock = Clock.ticking(EVENING)
    with db.transaction() as s:
        protocol.correct(s, clock, "c1", "npp", "a typing slip on line 8")
        protocol.set_values(s, clock, "c1", "npp", {"invalid": 1})
    write_export(db, db_path, tmp_path / "stick", preliminary=True)
    with db.reading() as s:
        report = reconcile.reconcile(s)
    assert report.ok, report.discrepancies
    assert report.events > 40

    db2, _ = _voting(tmp_path / "day")
    morning = Clock.ticking(MORNING)
    with db2.transaction() as s:
        outside.apply(s, morning, "c2", 20, "illness")
        trip = outside.start_trip(s, morning, ("c4", "c5"), 1, "npp")
        issuance.issue(s, morning, 20, "npp", "c4", place="outside",
                       trip_id=trip.trip_id)
        outside.end_trip(s, morning, trip.trip_id, returned=0)
        issuance.spoil(s, morning, 3, "npp", "c4")
        issuance.undo(s, morning, 4, "npp", "c1", "wrong voter")
        issuance.issue(s, morning, 4, "npp", "c4")
    with db2.reading() as s:
        assert reconcile.reconcile(s).ok


@pytest.mark.sqlite_only
def test_a_deleted_issuance_row_is_found_and_named(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, db_path = _voting(tmp_path)
    with db.reading() as s:
        seq = next(e.seq for e in audit.iter_events(s)
                   if e.action == "ballot.issued" and json.loads(e.payload)["list_no"] == 5)
    db.dispose()
    _sql(db_path, "DELETE FROM issuance WHERE voter_id = (SELECT id FROM voter WHERE list_no = 5)")
    assert cli("--db", str(db_path), "audit", "verify")[0] == 1
    # The desk can now hand voter 5 a second ballot: the log then holds two for them.
    with open_database(db_path).transaction() as s:
        issuance.issue(s, Clock.ticking(MORNING), 5, "npp", "c4")
    code, out, err = cli("--db", str(db_path), "audit", "verify")
    assert code == 1
    assert f"No. 5: ballot.issued at event {seq} (npp), no issuance row" in out
    assert "changed outside the program" in err.strip().splitlines()[-1]
    monkeypatch.setenv("PRECINCT_LANG", "kk")
    code, out, _ = cli("--db", str(db_path), "audit", "verify")
    assert code == 1 and f"№ 5: {seq} оқиғадағы ballot.issued (npp), беру жазбасы жоқ" in out


@pytest.mark.sqlite_only
def test_an_undo_or_spoilage_made_in_the_database_is_found(tmp_path: Path) -> None:
    db, db_path = _voting(tmp_path)
    db.dispose()
    _sql(db_path,
         "UPDATE issuance SET undone_at = '2024-10-06T07:30:00+00:00', undone_by = 'c1', "
         "undo_reason = 'x' WHERE voter_id = 2",
         "INSERT INTO spoilage (issuance_id, member_id, at) SELECT id, 'c4', issued_at "
         "FROM issuance WHERE voter_id = 3")
    with open_database(db_path).reading() as s:
        codes = [d.code for d in reconcile.reconcile(s).discrepancies]
    assert codes == ["integrity_undo_no_event", "integrity_spoil_no_event"]


@pytest.mark.sqlite_only
def test_a_signed_protocol_changed_in_the_database_is_not_exported_or_printed(
    tmp_path: Path, cli: Cli
) -> None:
    db, db_path = station(tmp_path)
    db.dispose()
    with sqlite3.connect(db_path) as conn:
        frozen = json.loads(conn.execute("SELECT lines_json FROM protocol").fetchone()[0])
    for line in frozen["lines"]:
        if line["key"] in ("yes", "no"):
            line["value"] = {"yes": 11, "no": 17}[line["key"]]
    changed = audit.canonical_json(frozen).replace("'", "''")
    _sql(db_path, f"UPDATE protocol SET lines_json = '{changed}'",
         "UPDATE protocol_value SET value = 11 WHERE key = 'yes'",
         "UPDATE protocol_value SET value = 17 WHERE key = 'no'")
    code, out, _ = cli("--db", str(db_path), "audit", "verify")
    assert code == 1
    assert "no longer give its code" in out and "lines no, yes differ" in out
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = cli("--db", str(db_path), "export", str(stick), "--member", "c1")
    assert code == 1 and not any(stick.iterdir())
    assert "changed outside the program" in err.strip().splitlines()[-1]
    code, _, err = cli("--db", str(db_path), "protocol", "pdf", "npp",
                        "--out", str(tmp_path / "p.pdf"))
    assert code == 1 and not (tmp_path / "p.pdf").exists()
    assert "changed outside the program" in err.strip().splitlines()[-1]
    # The renderer itself never prints the changed values beside the old code.
    with open_database(db_path).reading() as s:
        data = protocol.build(s, Clock.ticking(EVENING), "npp")
    with pytest.raises(Refused) as refused:
        protocol_pdf.build(data)
    assert refused.value.code == "protocol_altered_after_signing"


@pytest.mark.sqlite_only
def test_a_changed_code_too_is_found_against_the_signing_event(tmp_path: Path) -> None:
    """The attacker recomputes the code for the new values: the log's code still differs."""
    db, db_path = station(tmp_path)
    clock = Clock.ticking(EVENING)
    with db.reading() as s:
        data = protocol.build(s, clock, "npp")
    values = {**data.values(), "yes": 11, "no": 17}
    new_code = protocol_code(data.election_id, data.precinct_number, "npp", 1, values)
    db.dispose()
    with sqlite3.connect(db_path) as conn:
        frozen = json.loads(conn.execute("SELECT lines_json FROM protocol").fetchone()[0])
        for line in frozen["lines"]:
            line["value"] = values[line["key"]]
        conn.execute("UPDATE protocol SET lines_json = ?, code = ?",
                     (audit.canonical_json(frozen), new_code))
    with open_database(db_path).reading() as s:
        codes = {d.code for d in reconcile.reconcile(s).discrepancies}
    assert {"integrity_code_differs", "integrity_signed_lines_differ"} <= codes


@pytest.mark.sqlite_only
def test_a_cut_log_with_the_head_row_moved_back_is_found(
    tmp_path: Path, cli: Cli
) -> None:
    db, db_path = _voting(tmp_path)
    with db.reading() as s:
        events = list(audit.iter_events(s))
    db.dispose()
    keep = events[-4]  # the last three ballots' events go
    _sql(db_path, f"DELETE FROM audit_event WHERE seq > {keep.seq}",
         f"UPDATE audit_head SET seq = {keep.seq}, hash = '{keep.hash}'")
    code, out, _ = cli("--db", str(db_path), "audit", "verify")
    assert code == 1
    for list_no in (8, 9, 10):
        assert f"No. {list_no}: issuance row" in out and "no ballot.issued event" in out


def test_the_head_written_down_anchors_the_exported_chain(
    tmp_path: Path, cli: Cli
) -> None:
    """``verify --head``: the head an observer wrote down must be in the exported chain."""
    db, db_path = station(tmp_path)
    with db.reading() as s:
        head = audit.head(s)
        written = anchor.head_text(head)  # e.g. "57 · 7F3A-91C2", as the screen shows it
    result = write_export(db, db_path, tmp_path / "stick")
    seq, short = written.split(" · ")
    for typed in (f"{seq}:{short}", f"{seq}:{short.replace('-', '').lower()}", written):
        code, out, _ = cli("verify", str(result.path), "--head", typed)
        assert code == 0, out
        assert f"passes through the head written down: {written}" in out
    code, out, _ = cli("verify", str(result.path), "--head", f"{seq}:0000-0000")
    assert code == 1 and f"does not pass through the head written down {seq} · 0000-0000" in out
    code, out, _ = cli("verify", str(result.path), "--head", "99999:7F3A-91C2")
    assert code == 1 and "it has no event 99999" in out
    code, out, _ = cli("verify", str(result.path), "--head", "banana")
    assert code == 1 and "not SEQ:HASH" in out


def test_the_head_is_printed_on_every_protocol_page(tmp_path: Path) -> None:
    db, _ = station(tmp_path)
    with db.reading() as s:
        data = protocol.build(s, Clock.ticking(EVENING), "npp")
        written = anchor.head_text(audit.head(s))
    pages = PdfReader(io.BytesIO(protocol_pdf.build(data))).pages
    assert len(pages) >= 1
    for page in pages:
        assert written.split(" · ")[1] in (page.extract_text() or "")


def test_the_short_head_reads_back() -> None:
    head = audit.AuditHead(1234, "7f3a91c2" + "0" * 56)
    assert anchor.head_text(head) == "1234 · 7F3A-91C2"
    for typed in ("1234:7f3a 91c2", "1234 7F3A 91C2", "1234 · 7F3A-91C2", f"1234:{head.hash}"):
        assert anchor.parse_head(typed).matches(1234, head.hash)
    for bad in ("1234", "1234:7F3A", "x:7F3A-91C2", "1234:7F3A-91CZ"):
        with pytest.raises(InvalidInput):
            anchor.parse_head(bad)
    assert not anchor.parse_head("1234:7F3A-91C3").matches(1234, head.hash)


@pytest.mark.sqlite_only
def test_the_count_steps_and_phase_are_reconciled(tmp_path: Path) -> None:
    db, db_path = station(tmp_path, sign=False)
    db.dispose()
    _sql(db_path, f"DELETE FROM count_step WHERE step = '{counting.CHECK}'",
         "UPDATE station SET phase = 'voting_open'")
    with open_database(db_path).reading() as s:
        codes = {d.code for d in reconcile.reconcile(s).discrepancies}
    assert {"integrity_step_no_row", "integrity_phase_differs"} <= codes


def test_overrides_explanations_and_a_correction_reconcile_and_an_edit_is_found(
    db: Database, clock: Clock
) -> None:
    day(db, clock)
    walk_to(db, clock, counting.CANCEL)
    with db.transaction() as s:
        protocol.set_values(s, clock, "c1", "npp", {"1": 11}, reason="added on paper")
        protocol.set_values(s, clock, "c3", "npp", {"1": 10})  # the override removed again
        protocol.set_values(s, clock, "c1", "npp", {"1": 11}, reason="added on paper")
        protocol.set_values(s, clock, "c3", "npp", {**COUNTED, "in_portable_boxes": 1,
                                                     "in_stationary_boxes": 2, "lost": None})
        protocol.set_values(s, clock, "c3", "npp", {"lost": COUNTED.get("lost", 0)})
        protocol.explain(s, clock, "c1", "npp", "portable_within_outside", "by mistake")
    with db.reading() as s:
        assert reconcile.reconcile(s).ok, reconcile.reconcile(s).discrepancies
    with db.transaction() as s:  # behind the program's back
        s.execute(update(ProtocolExplanation).values(text="nothing happened"))
        s.execute(update(ProtocolValue).where(ProtocolValue.key == "voters_on_list")
                  .values(value=12))
    with db.reading() as s:
        found = {(d.code, d.params.get("line"), d.params.get("check"))
                 for d in reconcile.reconcile(s).discrepancies}
    assert found == {("integrity_explanation_differs", None, "portable_within_outside"),
                     ("integrity_value_differs", "voters_on_list", None)}
