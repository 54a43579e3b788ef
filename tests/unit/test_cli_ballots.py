"""The ballot account from the command line: refusals exit 1 with the reason last on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_fixtures import Cli

NOW = "2024-10-06T09:00:00+05:00"


@pytest.fixture
def station(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> str:
    """A 10-voter demo whose act of receipt records 2 ballots; voters 3 and 4 applied."""
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = str(tmp_path / "ballots.sqlite3")
    for argv in (
        ("demo", "--voters", "10"),
        ("ballots", "receive", "npp", "2", "--member", "c3"),
        ("day", "open", "--member", "c1"),
        ("outside", "apply", "3", "--reason", "illness", "--member", "c3"),
        ("outside", "apply", "4", "--reason", "illness", "--member", "c3"),
    ):
        assert cli("--db", db, *argv)[0] == 0, argv
    return db


STEPS = {
    "issue 1": ("issue", "1", "--member", "c4"),
    "issue 2": ("issue", "2", "--member", "c4"),
    "spoil 1": ("spoil", "1", "--member", "c5"),
    "trip of 1": ("outside", "trip", "start", "--members", "c4,c5", "--ballots", "1"),
    "issue 3 on trip": ("issue", "3", "--member", "c4", "--outside", "--trip", "1"),
    "end trip": ("outside", "trip", "end", "1", "--returned", "0"),
}


@pytest.mark.parametrize(
    ("setup", "argv", "reason"),
    [
        (["issue 1", "issue 2"], ("issue", "5", "--member", "c4"),
         "no ballot left for npp: 2 received, 2 already in use"),
        (["issue 1", "spoil 1"], ("issue", "2", "--member", "c4"), "no ballot left for npp"),
        (["issue 1", "issue 2"], ("spoil", "1", "--member", "c5"),
         "no ballot left for npp: 2 received, 2 already in use"),
        (["issue 1", "issue 2"], ("issue", "3", "--member", "c4", "--outside"),
         "no ballot left for npp"),
        (["issue 1"], ("outside", "trip", "start", "--members", "c4,c5", "--ballots", "2"),
         "a trip cannot take 2 ballots for npp: only 1 left (2 received, 1 already in use)"),
        (["trip of 1", "issue 3 on trip"],
         ("issue", "4", "--member", "c5", "--outside", "--trip", "1"),
         "trip 1 has no ballot left (taken: 1, all issued)"),
        (["trip of 1", "issue 3 on trip"], ("spoil", "3", "--member", "c4"),
         "was issued on trip 1: a ballot spoiled on a trip is counted as spoiled"),
        (["trip of 1", "issue 3 on trip", "end trip"],
         ("undo", "3", "--member", "c1", "--reason", "wrong voter"),
         "can no longer be undone"),
    ],
)
def test_refusals(
    station: str, cli: Cli, setup: list[str], argv: tuple[str, ...],
    reason: str,
) -> None:
    for step in setup:
        assert cli("--db", station, *STEPS[step])[0] == 0, step
    code, _, err = cli("--db", station, *argv)
    lines = err.strip().splitlines()
    assert code == 1 and lines and "Traceback" not in err
    assert reason in lines[-1]


def test_refusal_in_russian(
    station: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    for step in ("issue 1", "issue 2"):
        assert cli("--db", station, *STEPS[step])[0] == 0
    code, _, err = cli("--db", station, "issue", "5", "--member", "c4")
    assert code == 1
    assert err.strip().splitlines()[-1].endswith(
        "не осталось бюллетеней (npp): получено 2, уже использовано 2"
    )
