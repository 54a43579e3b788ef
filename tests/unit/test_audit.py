"""The audit chain: recorded in the caller's transaction, and every tampering is caught."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from precinct_app.cli import main as cli_main
from precinct_app.db import Database, open_database
from precinct_app.services import audit
from precinct_app.services.clock import Clock


def _fill(db: Database, clock: Clock, n: int = 5) -> None:
    for i in range(1, n + 1):
        with db.transaction() as s:
            audit.record(s, clock, "c4", "test.event", {"list_no": i, "note": "Әбішева ғ"})


def _verify(db: Database) -> audit.ChainReport:
    with db.reading() as s:
        return audit.verify_chain(s)


def test_hash_follows_formats_md(db: Database, clock: Clock) -> None:
    with db.transaction() as s:
        ev = audit.record(s, clock, "system", "station.created", {"b": 1, "a": "қ"})
    body = json.dumps(
        {"seq": 1, "at": ev.at, "actor": "system", "action": "station.created",
         "payload": {"a": "қ", "b": 1}},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )
    assert ev.prev_hash == "0" * 64
    assert ev.hash == hashlib.sha256(("0" * 64 + body).encode("utf-8")).hexdigest()
    assert ev.payload == '{"a":"қ","b":1}'


def test_intact_chain_verifies(db: Database, clock: Clock) -> None:
    _fill(db, clock)
    report = _verify(db)
    assert report.ok and report.events == 5 and report.head.seq == 5


def test_rolled_back_action_leaves_no_event(db: Database, clock: Clock) -> None:
    _fill(db, clock, 2)
    with pytest.raises(RuntimeError), db.transaction() as s:
        audit.record(s, clock, "c4", "test.event", {"list_no": 99})
        raise RuntimeError("the action failed after its event was written")
    report = _verify(db)
    assert report.ok and report.events == 2


@pytest.mark.parametrize(
    ("sql", "broken", "problem"),
    [
        ("UPDATE audit_event SET payload = '{\"list_no\":7,\"note\":\"x\"}' WHERE seq = 3",
         3, "hash_mismatch"),
        ("UPDATE audit_event SET actor = 'c1' WHERE seq = 2", 2, "hash_mismatch"),
        ("UPDATE audit_event SET at = '2024-10-06T00:00:00Z' WHERE seq = 4", 4, "hash_mismatch"),
        ("DELETE FROM audit_event WHERE seq = 3", 3, "seq_gap"),
        ("DELETE FROM audit_event WHERE seq = 5", 5, "truncated"),
        ("UPDATE audit_event SET payload = 'not json' WHERE seq = 1", 1, "bad_payload"),
    ],
)
def test_tampering_is_named_by_seq(
    db: Database, clock: Clock, sql: str, broken: int, problem: str
) -> None:
    _fill(db, clock)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(sql)
    report = _verify(db)
    assert not report.ok
    assert (report.broken_seq, report.problem) == (broken, problem)


def test_reordering_rows_is_detected(db: Database, clock: Clock) -> None:
    _fill(db, clock)
    # Swap the contents of events 2 and 3 but keep their seq numbers.
    with db.engine.begin() as conn:
        rows = {
            r.seq: r for r in conn.execute(text("SELECT * FROM audit_event WHERE seq IN (2, 3)"))
        }
        for seq, other in ((2, 3), (3, 2)):
            r = rows[other]
            conn.execute(
                text("UPDATE audit_event SET at=:at, actor=:actor, action=:action, "
                     "payload=:payload, prev_hash=:prev, hash=:hash WHERE seq=:seq"),
                {"at": r.at, "actor": r.actor, "action": r.action, "payload": r.payload,
                 "prev": r.prev_hash, "hash": r.hash, "seq": seq},
            )
    report = _verify(db)
    assert not report.ok and report.broken_seq == 2


def test_inserted_event_is_detected(db: Database, clock: Clock) -> None:
    _fill(db, clock, 3)
    with db.engine.begin() as conn:
        for seq in (3, 2):  # top down, so the primary key never collides
            conn.execute(text("UPDATE audit_event SET seq = seq + 1 WHERE seq = :s"), {"s": seq})
        conn.execute(
            text("INSERT INTO audit_event VALUES (2, 'x', 'c1', 'forged', '{}', :p, :h)"),
            {"p": "0" * 64, "h": "f" * 64},
        )
    report = _verify(db)
    assert not report.ok and report.broken_seq == 2


def test_cli_audit_verify(tmp_path: Path, clock: Clock, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.sqlite3"
    db = open_database(path, create=True)
    _fill(db, clock, 4)
    assert cli_main(["--db", str(path), "audit", "verify"]) == 0
    assert "4 events" in capsys.readouterr().out
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET action = 'x' WHERE seq = 2"))
    db.dispose()
    assert cli_main(["--db", str(path), "audit", "verify"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "audit log broken at event 2: its contents do not match its hash"
