"""``precinct journal ...`` and ``precinct count dispute|disputes``: as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from precinct_app.cli import main
from precinct_app.db import open_database
from precinct_app.services.clock import Clock
from tests.cli_fixtures import Cli
from tests.unit.test_counting import day, walk_to
from tests.unit.test_journal_pdf import texts


@pytest.fixture
def station_db(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "station.sqlite3"
    db = open_database(path, create=True)
    day(db, clock, close=True)
    db.dispose()
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T20:10:00+05:00")
    return str(path)


def test_add_decide_list_and_print(cli: Cli, station_db: str, tmp_path: Path) -> None:
    run = cli("--db", station_db, "journal", "add", "--from-kind", "observer", "--from",
              "Anna Kowalska", "--organisation", "ENEMO", "--about", "Seal broken",
              "--kind", "act", "--annex", "--member", "c5")
    assert (run.code, run.out.strip()) == (0, "journal entry No. 1 recorded (act on a violation)")
    run = cli("--db", station_db, "journal", "decide", "1", "--decision", "Box resealed",
              "--for", "6", "--against", "1", "--member", "c1")
    assert run.code == 0 and "for 6, against 1, abstained 0" in run.out
    listed = cli("--db", station_db, "journal", "list")
    assert "Anna Kowalska, ENEMO" in listed.out and "Box resealed" in listed.out
    assert "annex to the protocol" in listed.out
    doc = json.loads(cli("--db", station_db, "journal", "list", "--json").out)
    assert doc[0]["vote"] == {"for": 6, "against": 1, "abstained": 0}
    out = tmp_path / "journal.pdf"
    run = cli("--db", station_db, "journal", "pdf", "--out", str(out), "--lang", "ru")
    assert run.code == 0 and out.exists()
    assert "Журнал учёта жалоб" in texts(out.read_bytes())[0]


def test_refusals_are_one_line_in_the_users_language(
        cli: Cli, station_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "kk")
    run = cli("--db", station_db, "journal", "add", "--from-kind", "voter", "--from", "",
              "--about", "x", "--member", "c4")
    assert run.code == 1 and run.err.strip().splitlines()[-1] == "кімнен: толтыру керек"
    run = cli("--db", station_db, "journal", "decide", "1", "--decision", "x", "--for", "4",
              "--against", "0", "--member", "c1")
    assert run.code == 1 and "№ 1 жазба жоқ" in run.err
    run = cli("--db", station_db, "journal", "add", "--from-kind", "voter", "--from", "A",
              "--about", "x\u202e", "--member", "c4")
    assert run.code == 1 and "U+202E" in run.err
    with pytest.raises(SystemExit) as usage:  # a malformed command line: exit 2
        cli("--db", station_db, "journal", "decide", "1", "--decision", "x",
            "--for", "9" * 5000, "--against", "0", "--member", "c1")
    assert usage.value.code == 2


def test_count_dispute_and_the_tally(
        cli: Cli, station_db: str, clock: Clock) -> None:
    run = cli("--db", station_db, "count", "dispute", "npp", "--decision", "invalid",
              "--for", "7", "--against", "0", "--member", "c3")
    assert run.code == 1 and "during the count" in run.err
    db = open_database(Path(station_db))
    walk_to(db, clock, "cancel_unused")
    db.dispose()
    run = cli("--db", station_db, "count", "dispute", "npp", "--decision", "valid:yes",
              "--for", "4", "--against", "3", "--note", "tick on the line", "--member", "c3")
    assert (run.code, run.out.strip()) == (
        0, "disputed ballot No. 1 (npp) decided: valid: Yes, I agree")
    run = cli("--db", station_db, "count", "dispute", "npp", "--decision", "not_counted",
              "--for", "3", "--against", "4", "--member", "c3")
    assert run.code == 1 and "not decided" in run.err and "vote again" in run.err
    run = cli("--db", station_db, "count", "dispute", "npp", "--decision", "valid",
              "--for", "7", "--against", "0", "--member", "c3")
    assert run.code == 1 and "valid:OPTION" in run.err
    listed = cli("--db", station_db, "count", "disputes")
    assert "valid: Yes, I agree" in listed.out and "«tick on the line»" in listed.out
    assert ("On building a nuclear power plant: disputed ballots decided 1: invalid 0, "
            "valid not counted 0, valid Yes, I agree 1") in listed.out
    doc = json.loads(cli("--db", station_db, "count", "disputes", "--json").out)
    assert doc["tallies"][0] == {"contest": "npp", "invalid": 0, "not_counted": 0,
                                 "valid": {"yes": 1}, "total": 1}


def test_help_is_in_the_users_language(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    with pytest.raises(SystemExit):
        main(["journal", "add", "--help"])
    said = capsys.readouterr().out
    assert "наблюдатель просит приложить акт к протоколу" in said
    with pytest.raises(SystemExit):
        main(["count", "dispute", "--help"])
    assert "invalid, valid:ВАРИАНТ или not_counted" in capsys.readouterr().out
