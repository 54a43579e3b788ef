"""``precinct paper enter|conflicts|resolve``: as a desk enters its paper list after an outage."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from precinct_app.db import open_database
from precinct_app.models import AuditEvent
from precinct_app.services import phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from tests.cli_fixtures import Cli

ALMATY = dt.timezone(dt.timedelta(hours=5))


@pytest.fixture
def station_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "station.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, Clock.ticking(dt.datetime(2024, 10, 6, 7, 0, tzinfo=ALMATY)), db_path=path,
               voters=10)
    with db.transaction() as s:
        phases.open_voting(s, Clock.ticking(dt.datetime(2024, 10, 6, 8, 0, tzinfo=ALMATY)), "c1")
    db.dispose()
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T12:00:00+05:00")
    return str(path)


def test_enter_twice_list_and_resolve(cli: Cli, station_db: str) -> None:
    run = cli("--db", station_db, "paper", "enter", "--voter", "3", "--at", "10:15",
              "--member", "c4", "--issued-by", "c5")
    assert run.code == 0
    assert run.out.strip() == "No. 3, npp: entered, issued at 10:15 by Ким Елена Викторовна"
    run = cli("--db", station_db, "paper", "enter", "--voter", "3", "--at", "10:15",
              "--member", "c5")
    assert run.code == 0 and "CONFLICT No. 2, already holds a ballot" in run.out
    listed = cli("--db", station_db, "paper", "conflicts")
    assert "2. № 3  npp" in listed.out and "[OPEN]" in listed.out
    assert "paper: 10:15 by Ким Елена Викторовна" in listed.out
    assert "recorded: 10:15 by Ким Елена Викторовна" in listed.out
    doc = json.loads(cli("--db", station_db, "paper", "conflicts", "--json").out)
    assert doc[0]["looks_duplicate"] is True and doc[0]["resolution"] is None
    assert doc[0]["paper"]["at"].startswith("2024-10-06T05:15")
    run = cli("--db", station_db, "paper", "resolve", "2", "--as", "duplicate",
              "--reason", "typed twice", "--member", "c1")
    assert (run.code, run.out.strip()) == (0, "Conflict No. 2 resolved: the same ballot"
                                              " recorded twice")
    listed = cli("--db", station_db, "paper", "conflicts")
    assert "typed twice" in listed.out and "[OPEN]" not in listed.out
    assert cli("--db", station_db, "audit", "verify").code == 0


def test_refusals_name_the_field_in_the_users_language(
        cli: Cli, station_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    run = cli("--db", station_db, "paper", "enter", "--voter", "3", "--at", "25:99",
              "--member", "c4")
    assert run.code == 1 and run.err.strip().splitlines()[-1].startswith("Время на бумаге:")
    run = cli("--db", station_db, "paper", "enter", "--voter", "3", "--at", "13:00",
              "--member", "c4")
    assert run.code == 1 and "позже текущего (12:00)" in run.err
    run = cli("--db", station_db, "paper", "enter", "--voter", "9999", "--at", "10:00",
              "--member", "c4")
    assert run.code == 1 and "9999" in run.err
    run = cli("--db", station_db, "paper", "enter", "--voter", "1", "--at", "10:00",
              "--member", "c1")
    assert run.code == 1  # the chair does not enter: refused and recorded
    db = open_database(Path(station_db))
    with db.reading() as s:
        refused = [json.loads(e.payload)["action"] for e in s.query(AuditEvent).filter(
            AuditEvent.action == "action.refused")]
    db.dispose()
    assert "paper_enter" in refused
    run = cli("--db", station_db, "paper", "resolve", "7", "--as", "duplicate",
              "--reason", "x", "--member", "c1")
    assert run.code == 1 and "№ 7" in run.err
    with pytest.raises(SystemExit) as usage:
        cli("--db", station_db, "paper", "resolve", "1", "--as", "forget", "--reason", "x",
            "--member", "c1")
    assert usage.value.code == 2
    assert cli("--db", station_db, "paper", "conflicts").out.strip() == (
        "Расхождений бумажного списка нет")


@pytest.mark.sqlite_only
def test_audit_verify_catches_an_entry_deleted_with_sqlite3(cli: Cli, station_db: str) -> None:
    import sqlite3

    assert cli("--db", station_db, "paper", "enter", "--voter", "3", "--at", "10:15",
               "--member", "c4").code == 0
    assert cli("--db", station_db, "paper", "enter", "--voter", "3", "--at", "10:15",
               "--member", "c4").code == 0
    with sqlite3.connect(station_db) as raw:  # behind the software's back
        raw.execute("DELETE FROM paper_entry WHERE conflict IS NOT NULL")
    run = cli("--db", station_db, "audit", "verify")
    assert run.code != 0 and "No. 3" in run.out + run.err
