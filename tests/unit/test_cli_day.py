"""The voting-day command line: day open/close, ballots receive, issue, spoil, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_fixtures import Cli

NOW = "2024-10-06T09:00:00+05:00"


@pytest.fixture
def station(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> str:
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = str(tmp_path / "day.sqlite3")
    assert cli("--db", db, "demo", "--voters", "10")[0] == 0
    return db


def _refused(cli: Cli, db: str, *argv: str) -> str:
    code, _, err = cli("--db", db, *argv)
    assert code == 1, err
    lines = err.strip().splitlines()
    assert lines and "Traceback" not in err
    return lines[-1]


def test_whole_day_from_the_cli(station: str, cli: Cli) -> None:
    db = station
    code, out, _ = cli("--db", db, "ballots", "receive", "npp", "12", "--member", "c3")
    assert code == 0 and "11 -> 12" in out  # the demo: 10 voters + 1% reserve
    code, out, err = cli("--db", db, "day", "open", "--member", "c1")
    assert code == 0 and "voting opened at 09:00" in out
    code, out, _ = cli("--db", db, "issue", "1", "--member", "c4")
    assert code == 0 and "voter no. 1" in out
    _, out, _ = cli("--db", db, "voters", "find", "2", "--json")
    import json

    iin = next(v["iin"] for v in json.loads(out) if v["list_no"] == 2)
    assert cli("--db", db, "issue", iin, "--member", "c5", "--contest", "npp",
                "--document", "passport")[0] == 0
    assert cli("--db", db, "spoil", "1", "--member", "c5")[0] == 0
    assert cli("--db", db, "undo", iin, "--member", "c2", "--reason", "wrong")[0] == 0
    code, _, err = cli("--db", db, "day", "close", "--member", "c2")
    assert code == 0 and "TRAINING" in err  # before 20:00: advisory in training mode
    assert cli("--db", db, "audit", "verify")[0] == 0


@pytest.mark.parametrize(
    ("setup", "argv", "reason"),
    [
        ([], ("issue", "1", "--member", "c4"), "voting is not open"),
        ([], ("spoil", "1", "--member", "c4"), "voting is not open"),
        ([], ("undo", "1", "--member", "c1", "--reason", "x"), "voting is not open"),
        ([], ("day", "close", "--member", "c1"), "only open voting can be closed"),
        ([], ("day", "open", "--member", "c3"), "may not open voting"),
        ([], ("day", "open", "--member", "zz"), "no commission member has the id zz"),
        ([], ("ballots", "receive", "npp", "5", "--member", "c4"), "may not correct"),
        ([], ("ballots", "receive", "xx", "5", "--member", "c1"), "no contest has the id xx"),
        ([], ("ballots", "receive", "npp", "-1", "--member", "c1"), "cannot be negative"),
        (["open"], ("ballots", "receive", "npp", "5", "--member", "c1"), "before voting opens"),
        (["open"], ("day", "open", "--member", "c1"), "only during set-up"),
        (["open"], ("issue", "1", "--member", "c1"), "(chair) may not issue"),
        (["open"], ("issue", "1", "--member", "c3"), "(secretary) may not issue"),
        (["open"], ("issue", "999", "--member", "c4"), "no voter with IIN or list number 999"),
        (["open"], ("issue", "1", "--member", "c4", "--contest", "x"), "no contest has the id x"),
        (["open"], ("issue", "1", "--member", "c4", "--outside"), "has no application"),
        (["open", "issue"], ("issue", "1", "--member", "c5"),
         "already has a ballot for npp: issued at 09:00 by Ахметов"),
        (["open"], ("spoil", "1", "--member", "c4"), "holds no ballot"),
        (["open", "issue", "spoil"], ("spoil", "1", "--member", "c4"), "one replacement"),
        (["open", "issue"], ("undo", "1", "--member", "c4", "--reason", "x"), "may not undo"),
        (["open", "issue"], ("undo", "1", "--member", "c1", "--reason", " "), "written reason"),
        (["open"], ("undo", "1", "--member", "c1", "--reason", "x"), "holds no ballot"),
        (["open", "close"], ("issue", "1", "--member", "c4"), "voting is not open"),
    ],
)
def test_refusals(
    station: str, cli: Cli, setup: list[str], argv: tuple[str, ...],
    reason: str,
) -> None:
    steps = {
        "open": ("day", "open", "--member", "c1"),
        "close": ("day", "close", "--member", "c1"),
        "issue": ("issue", "1", "--member", "c4"),
        "spoil": ("spoil", "1", "--member", "c4"),
    }
    for step in setup:
        assert cli("--db", station, *steps[step])[0] == 0
    assert reason in _refused(cli, station, *argv)
