"""The results export of a station on the station server is byte for byte the export of the
same station on one laptop's SQLite file (issue 15): the same day at the same instants gives
the same folder, every file equal, the signature too (Ed25519 is deterministic), and it
passes ``precinct verify`` and ``audit verify`` alike."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.db import Database, open_database, open_server_database
from precinct_app.models import Voter
from precinct_app.services import (
    audit,
    counting,
    export,
    iin,
    issuance,
    keys,
    list_changes,
    outside,
    phases,
    protocol,
    verify,
)
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from tests import pg

pytestmark = [
    pytest.mark.skipif(pg.pg_bin_dir() is None,
                       reason="PostgreSQL server binaries are not installed"),
    pytest.mark.sqlite_only,  # the comparison needs one station on a real SQLite file
]

EVENING = dt.datetime.fromisoformat("2024-10-06T20:05:00+05:00")
VALUES = {"in_portable_boxes": 0, "in_stationary_boxes": 30, "invalid": 1, "valid": 29,
          "valid_not_counted": 1, "lost": 0, "not_accounted": 0, "yes": 17, "no": 11}


def _day(db: Database, db_path: Path) -> None:
    """A whole day, every time the frozen 20:05: ballots, list changes, count, signature."""
    clock = Clock(fixed=EVENING)
    build_demo(db, clock, db_path=db_path, voters=50)
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
        for list_no in range(1, 31):
            issuance.issue(s, clock, list_no, "npp", "c4")
        _changes(s, clock)
        phases.close_voting(s, clock, "c1")
        cancel = {e.contest_id: e.to_cancel for e in counting.expected(s)}
        counting.record_step(s, clock, "c1", counting.CANCEL, cancel)
        for step in counting.STEPS[1:5]:
            counting.record_step(s, clock, "c1", step)
        protocol.set_values(s, clock, "c1", "npp", VALUES)
        for step in (counting.FILL, counting.CHECK):
            counting.record_step(s, clock, "c1", step)
        protocol.sign(s, clock, "c1", "npp", ["c1", "c2", "c3", "c4"],
                      {"c4": "Не согласен с подсчётом"})


def _changes(s: Session, clock: Clock) -> None:
    list_changes.add_voter(s, clock, "c2", surname="Жаңабаева", given_name="Әлия",
                           patronymic="Серікқызы",
                           iin_text=str(iin.make_iin(dt.date(1990, 5, 17), True, 4321)),
                           basis="absentee", reference="ОТКРЕПИТЕЛЬНОЕ Ж-77123")
    ids = {v.list_no: v.id for v in s.scalars(select(Voter))}
    outside.apply(s, clock, "c2", ids[45], "болеет", address="ул. Тестовая, 7, кв. 9",
                  late_reason="позвонили вечером")
    list_changes.exclude_voter(s, clock, "c2", ids[46], "died")


def _export(db: Database, db_path: Path, parent: Path) -> Path:
    clock = Clock(fixed=EVENING)
    with db.transaction() as s:
        bundle = export.prepare(s, clock, db_path)
    parent.mkdir()
    result = export.write(bundle, parent)
    with db.transaction() as s:
        export.record_export(s, clock, "c1", result)
        assert audit.verify_chain(s).ok  # ``audit verify``
    return result.path


def test_the_export_on_the_server_is_the_export_on_one_laptop(tmp_path: Path) -> None:
    one_path = tmp_path / "laptop" / "station.sqlite3"
    server_path = tmp_path / "server" / "station.sqlite3"  # where its key lives, no database
    for folder in (one_path.parent, server_path.parent):
        folder.mkdir()
    # One station key for both (the key file is the station's identity, never in a database).
    keys.create_key(keys.key_path_for(one_path))
    shutil.copyfile(keys.key_path_for(one_path), keys.key_path_for(server_path))

    one = open_database(one_path, create=True)
    assert not one.shared
    _day(one, one_path)
    made = pg.cluster()
    server = open_server_database(made.url(made.new_database()), desk="")
    assert server.shared
    _day(server, server_path)

    a = _export(one, one_path, tmp_path / "stick-a")
    b = _export(server, server_path, tmp_path / "stick-b")
    assert a.name == b.name
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    assert "manifest.sig" in names and "audit.jsonl" in names
    different = [n for n in names if (a / n).read_bytes() != (b / n).read_bytes()]
    assert different == []
    # The territorial commission's check passes on the server's folder as on the laptop's.
    report = verify.verify_folder(b, key=keys.fingerprint(
        keys.load_key(keys.key_path_for(server_path)).public_key()))
    assert report.ok
    one.dispose()
    server.dispose()
