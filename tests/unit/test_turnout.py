"""Turnout: live figures, snapshots from issuance times, frozen once stored; the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from precinct_app.cli import main
from precinct_app.db import Database
from precinct_app.services import issuance, phases, turnout
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo


def _at(hhmm: str) -> Clock:
    return Clock(fixed=dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00"))


def test_snapshots_come_from_issuance_times(db: Database) -> None:
    build_demo(db, _at("06:00"), db_path=None, voters=10)
    with db.transaction() as s:
        phases.open_voting(s, _at("07:00"), "c1")
        issuance.issue(s, _at("09:30"), 1, "npp", "c4")
        issuance.issue(s, _at("11:00"), 2, "npp", "c4")
        issuance.issue(s, _at("11:10"), 3, "npp", "c5")
        issuance.undo(s, _at("11:20"), 3, "npp", "c1", "wrong voter")
    # The app was closed over 10:00 and 12:00; both snapshots are taken at 13:00.
    with db.transaction() as s:
        made = turnout.take_due_snapshots(s, _at("13:00"))
        assert [(m.report_time, m.issued, m.on_list) for m in made] == [
            ("10:00", 1, 10), ("12:00", 2, 10)]
    with db.transaction() as s:
        issuance.issue(s, _at("13:30"), 4, "npp", "c4")
        assert turnout.take_due_snapshots(s, _at("13:40")) == []  # frozen, nothing new
        rep = turnout.report(s)
    assert (rep.station[0].issued, rep.station[0].on_list, rep.station[0].percent) == (3, 10, 30.0)
    assert sum(x.issued for x in rep.sections) == 3
    assert dict((h, n) for _, h, n in rep.per_hour) == {"09": 1, "11": 1, "13": 1}
    assert [x.issued for x in rep.snapshots] == [1, 2]


@pytest.mark.usefixtures("station_pins")
def test_cli_turnout_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T10:30:00+05:00")
    db = str(tmp_path / "t.sqlite3")
    assert main(["--db", db, "demo", "--voters", "4"]) == 0
    assert main(["--db", db, "day", "open", "--member", "c1"]) == 0
    assert main(["--db", db, "issue", "1", "--member", "c4"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "turnout", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["contests"] == [{"contest": "npp", "issued": 1, "on_list": 4, "percent": 25.0}]
    assert data["snapshots"] == [{"time": "10:00", "contest": "npp", "issued": 0, "on_list": 4}]
    assert main(["--db", db, "turnout"]) == 0
    assert "1 of 4 voters (25.0%)" in capsys.readouterr().out


def test_report_times_fall_on_the_day_voting_was_opened(db: Database) -> None:
    """Training on another day: snapshots follow that day, not an election day long past."""
    build_demo(db, _at("06:00"), db_path=None, voters=10)
    later = Clock(fixed=dt.datetime.fromisoformat("2026-12-01T09:00:00+05:00"))
    with db.transaction() as s:
        assert turnout.take_due_snapshots(s, later) == []  # not opened: nothing is due
        phases.open_voting(s, later, "c1")
        issuance.issue(s, later, 1, "npp", "c4")
        assert turnout.take_due_snapshots(s, later) == []  # 10:00 on 1 December is to come
        rep = turnout.report(s)
        assert rep.day == dt.date(2026, 12, 1)
        info = turnout.load_station(s)
        assert not any(r.due for r in turnout.report_times(rep, info, later.now_utc()))
    at_noon = Clock(fixed=dt.datetime.fromisoformat("2026-12-01T12:05:00+05:00"))
    with db.transaction() as s:
        made = turnout.take_due_snapshots(s, at_noon)
    assert [(m.report_time, m.issued) for m in made] == [("10:00", 1), ("12:00", 1)]
