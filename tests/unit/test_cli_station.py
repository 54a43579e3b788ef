"""The command line end to end: demo, init, voters import/find, audit verify."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from precinct_app.cli import main
from precinct_app.db import default_db_path
from precinct_app.services import demo
from precinct_app.services.demo import generate_voter_rows, voters_csv_bytes
from tests.cli_fixtures import Cli

ROOT = Path(__file__).parents[2]


def test_demo_then_find_then_audit(tmp_path: Path, cli: Cli) -> None:
    db = str(tmp_path / "demo.sqlite3")
    code, out, _ = cli("--db", db, "demo", "--voters", "300")
    assert code == 0
    assert "300 voters" in out and "station key fingerprint:" in out
    assert (tmp_path / "demo.sqlite3.key").stat().st_mode & 0o077 == 0  # owner-only
    code, out, _ = cli("--db", db, "voters", "find", "а", "--json")
    found = json.loads(out)
    assert code == 0 and found and all(v["surname"].lower().startswith(("а", "ә")) for v in found)
    code, out, _ = cli("--db", db, "voters", "find", "zzzzzz", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = cli("--db", db, "audit", "verify")
    assert code == 0 and "intact" in out


def test_demo_without_db_goes_to_the_data_folder(cli: Cli) -> None:
    code, _, _ = cli("demo", "--voters", "10")
    assert code == 0
    path = default_db_path()  # "current" now points at the demo
    assert path.name.startswith("DEMO-") and path.exists()
    code, out, _ = cli("voters", "find", "1", "--json")
    assert code == 0 and any(v["list_no"] == 1 for v in json.loads(out))


def test_second_station_in_one_database_is_refused(
    tmp_path: Path, cli: Cli
) -> None:
    db = str(tmp_path / "s.sqlite3")
    assert cli("--db", db, "demo", "--voters", "5")[0] == 0
    code, _, err = cli("--db", db, "init", str(ROOT / "resources" / "demo"))
    assert code == 1
    assert err.strip().splitlines()[-1].startswith("this database already holds a station")


def test_init_with_voter_list_reports_bad_rows(
    tmp_path: Path, cli: Cli
) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    shutil.copy(ROOT / "resources" / "demo" / "election.json", package)
    shutil.copy(ROOT / "docs" / "samples" / "voters_cp1251_ru.csv", package / "voters.csv")
    db = str(tmp_path / "s.sqlite3")
    code, out, _ = cli("--db", db, "init", str(package))
    assert code == 0
    assert "unsigned package" in out
    assert "accepted 3, rejected 5" in out
    assert "line 5: bad IIN check digit (871008401428)" in out


def test_invalid_package_lists_all_problems_and_creates_nothing(
    tmp_path: Path, cli: Cli
) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    election = json.loads((ROOT / "resources" / "demo" / "election.json").read_text("utf-8"))
    election["precinct"]["voting_hours"]["opens"] = "7am"
    election["contests"][0]["ballots_received"] = -1
    (package / "election.json").write_text(json.dumps(election), "utf-8")
    db = tmp_path / "s.sqlite3"
    code, _, err = cli("--db", str(db), "init", str(package))
    lines = err.strip().splitlines()
    assert code == 1
    assert "precinct.voting_hours.opens: not a time HH:MM (7am)" in lines
    assert "contests[0].ballots_received: must be a whole number 0 or more (-1)" in lines
    assert lines[-1] == "the election package is invalid (2 problems); nothing was created"
    assert not db.exists() and not Path(f"{db}.key").exists()


def test_import_strict_and_report(tmp_path: Path, cli: Cli) -> None:
    db = str(tmp_path / "s.sqlite3")
    code, out, _ = cli("--db", db, "init", str(ROOT / "resources" / "demo"))
    assert code == 0
    assert "station created: precinct 164" in out and "(KZ-2024-10-06-REF, 2024-10-06)" in out
    assert "no voter list" in out
    sample = str(ROOT / "docs" / "samples" / "voters_kk.xlsx")
    report = tmp_path / "rejected.csv"
    code, _, err = cli("--db", db, "voters", "import", sample, "--strict",
                        "--report", str(report))
    assert code == 1 and "--strict" in err.strip().splitlines()[-1]
    assert cli("--db", db, "voters", "find", "Ахметова", "--json")[1].strip() == "[]"
    text = report.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("line,reason,list_no,iin")
    assert "900101300812" in text
    code, out, _ = cli("--db", db, "voters", "import", sample)
    assert code == 0 and "imported 4 voters" in out
    code, out, _ = cli("--db", db, "voters", "find", "ахметова", "--json")
    assert [v["given_name"] for v in json.loads(out)] == ["Іңкәр"]


def test_messages_follow_the_user_language(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "kk")
    code, _, err = cli("--db", str(tmp_path / "none.sqlite3"), "voters", "find", "x")
    assert code == 1
    assert "учаске дерекқоры жоқ" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["voters", "find"])
    assert info.value.code == 2
    assert "usage: precinct voters find" in capsys.readouterr().err


def test_init_from_a_zip_then_audit(tmp_path: Path, cli: Cli) -> None:
    archive = tmp_path / "package.zip"
    rows = demo.generate_voter_rows(40, 3, dt.date(2024, 10, 6))
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(ROOT / "resources" / "demo" / "election.json", "KZ-REF/election.json")
        zf.writestr("KZ-REF/voters.csv", demo.voters_csv_bytes(rows))
    db = tmp_path / "z.sqlite3"
    code, out, _ = cli("--db", str(db), "init", str(archive))
    assert code == 0
    assert "unsigned package" in out and "164" in out and str(db) in out
    assert "accepted 40, rejected 0" in out
    code, out, _ = cli("--db", str(db), "voters", "find", rows[0]["iin"], "--json")
    assert [v["list_no"] for v in json.loads(out)] == [1]
    assert cli("--db", str(db), "audit", "verify")[0] == 0


def test_init_of_a_corrupt_zip_is_refused_in_one_line(
    tmp_path: Path, cli: Cli
) -> None:
    archive = tmp_path / "package.zip"
    archive.write_bytes(b"PK\x03\x04 this is not really a zip")
    db = tmp_path / "z.sqlite3"
    code, _, err = cli("--db", str(db), "init", str(archive))
    assert code == 1
    assert len(err.strip().splitlines()) >= 1 and "Traceback" not in err
    assert "package.zip" in err.strip().splitlines()[-1]
    assert not db.exists()


@pytest.mark.sqlite_only  # a full disk under the SQLite file
def test_full_disk_during_import_gives_a_reason_and_changes_nothing(
    tmp_path: Path, cli: Cli
) -> None:
    db = str(tmp_path / "s.sqlite3")
    assert cli("--db", db, "demo", "--voters", "20")[0] == 0
    big = tmp_path / "big.csv"
    rows = generate_voter_rows(3000, 99, dt.date(2024, 10, 6))
    for number, row in enumerate(rows, start=1000):
        row["list_no"] = str(number)
    big.write_bytes(voters_csv_bytes(rows))

    def small_disk(dbapi_conn: object, _record: object) -> None:
        cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up
        cursor.close()

    event.listen(Engine, "connect", small_disk)
    try:
        code, _, err = cli("--db", db, "voters", "import", str(big))
    finally:
        event.remove(Engine, "connect", small_disk)
    assert code == 1
    last = err.strip().splitlines()[-1]
    assert last.startswith("the station database could not be written (database or disk is full")
    assert last.endswith("nothing was changed")
    code, out, _ = cli("--db", db, "voters", "find", "1000", "--json")
    assert json.loads(out) == []  # no row of the failed import is there
    assert cli("--db", db, "audit", "verify")[0] == 0
