"""Desk sessions and the idle lock's time (docs/formats.md §7): who is signed in where."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from precinct_app.db import Database, open_database
from precinct_app.models import AuditEvent
from precinct_app.services import build_id, desks
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, PermissionDenied


@pytest.fixture
def demo(db: Database, clock: Clock) -> Database:
    build_demo(db, clock, db_path=None, voters=20)
    return db


def _events(db: Database, action: str) -> list[dict[str, object]]:
    with db.reading() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                         .order_by(AuditEvent.seq)).all()
        return [{"actor": r.actor, **json.loads(r.payload)} for r in rows]


def test_a_member_signed_in_at_one_desk_is_shown_as_such_at_another(
    demo: Database, clock: Clock
) -> None:
    with demo.transaction() as s:
        desks.sign_in(s, clock, "desk-1", "c4")
    with demo.reading() as s:
        assert desks.elsewhere(s, "desk-2") == {"c4": "desk-1"}
        assert desks.elsewhere(s, "desk-1") == {}  # not "elsewhere" at its own desk
    assert _events(demo, "member.signed_in") == [
        {"actor": "c4", "member": "c4", "desk": "desk-1", "again": False,
         "build": build_id.current().build_id}]


def test_a_switch_signs_the_member_before_out_in_one_action(demo: Database, clock: Clock) -> None:
    with demo.transaction() as s:
        desks.sign_in(s, clock, "desk-1", "c4")
    with demo.transaction() as s:
        desks.sign_in(s, clock, "desk-1", "c5")
    assert _events(demo, "member.signed_out") == [
        {"actor": "c4", "member": "c4", "desk": "desk-1", "reason": "switch"}]
    with demo.reading() as s:
        assert [(d.desk, d.member_id) for d in desks.desks(s)] == [("desk-1", "c5")]


def test_sign_out_leaves_the_desk_empty_and_says_who_left(demo: Database, clock: Clock) -> None:
    with demo.transaction() as s:
        desks.sign_in(s, clock, "desk-1", "c4")
    with demo.transaction() as s:
        assert desks.sign_out(s, clock, "desk-1") == "c4"
    with demo.transaction() as s:
        assert desks.sign_out(s, clock, "desk-1") == ""  # nobody there: nothing recorded
    with demo.reading() as s:
        assert desks.desks(s) == []
    assert len(_events(demo, "member.signed_out")) == 1


def test_an_unknown_member_cannot_sign_in(demo: Database, clock: Clock) -> None:
    with pytest.raises(InvalidInput) as refused, demo.transaction() as s:
        desks.sign_in(s, clock, "desk-1", "nobody")
    assert refused.value.code == "member_unknown"


def test_desk_names_are_printable_and_bounded() -> None:
    assert desks.clean_desk_name("desk\x00\u202e-1\n") == "desk-1"
    assert len(desks.desk_name("x" * 10_000)) == desks.DESK_NAME_MAX
    assert desks.desk_name("\x00\x01") == desks.desk_name("")  # falls back to the host name
    assert desks.desk_name("")


def test_only_the_chair_sets_the_idle_lock_within_bounds(demo: Database, clock: Clock) -> None:
    with demo.reading() as s:
        assert desks.idle_minutes(s) == 10  # the default
    with pytest.raises(PermissionDenied), demo.transaction() as s:
        desks.set_idle_minutes(s, clock, "c2", 5)
    for bad in ("0", "61", "-3", "1" * 5000, "abc", "5\x00", ""):
        with pytest.raises(InvalidInput) as refused, demo.transaction() as s:
            desks.set_idle_minutes(s, clock, "c1", bad)
        assert refused.value.code == "desk_idle_bounds"
    with demo.transaction() as s:
        assert desks.set_idle_minutes(s, clock, "c1", "3") == 3
    with demo.reading() as s:
        assert desks.idle_minutes(s) == 3
    assert _events(demo, "desk.idle_lock_set") == [
        {"actor": "c1", "minutes": 3, "before": 10}]


@pytest.mark.sqlite_only
def test_the_restore_checks_the_chairs_pin_in_the_backup(
    tmp_path: Path, clock: Clock
) -> None:
    path = tmp_path / "station.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, clock, db_path=path, voters=5)
    db.dispose()
    copy = tmp_path / "backup.sqlite3"
    shutil.copy(path, copy)
    assert desks.backup_pin_matches(copy, "c1", "1234")
    assert not desks.backup_pin_matches(copy, "c1", "9999")
    assert not desks.backup_pin_matches(copy, "c1", "12\x0034")
    assert not desks.backup_pin_matches(copy, "nobody", "1234")
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database" * 100)
    assert not desks.backup_pin_matches(tmp_path / "junk.sqlite3", "c1", "1234")
