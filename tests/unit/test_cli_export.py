"""``precinct export`` and ``precinct verify``: the round trip through the command line."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli_fixtures import Cli
from tests.unit.test_export import station


@pytest.fixture(autouse=True)
def _now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T20:30:00+05:00")


def test_export_then_verify_round_trip(
    tmp_path: Path, cli: Cli
) -> None:
    db, db_path = station(tmp_path)
    db.dispose()
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, _ = cli("--db", str(db_path), "export", str(stick), "--member", "c1")
    assert code == 0
    folder = Path(out.strip())
    assert folder.parent == stick and folder.name == "TRAINING_P164_KZ-2024-10-06-REF_20241006T2030"
    assert cli("--db", str(db_path), "audit", "verify")[0] == 0
    # The verifier needs no station: no --db, and a database that is not there.
    code, out, err = cli("--db", str(tmp_path / "none.sqlite3"), "verify", str(folder))
    lines = out.strip().splitlines()
    assert code == 0, err
    assert all(line.startswith("[OK] ") for line in lines[:-2])
    assert any("results.csv" in line for line in lines)
    assert "TRAINING export" in lines[-2]
    assert lines[-1].startswith(f"all {len(lines) - 2} checks pass: an intact TRAINING export")
    assert not (tmp_path / "none.sqlite3").exists()
    manifest = json.loads((folder / "manifest.json").read_bytes())
    code, out, _ = cli("verify", str(folder), "--key", manifest["station_key"],
                        "--code", "0000-0000-0000-0000")
    assert code == 1 and "[FAIL] paper protocol code 0000-0000-0000-0000" in out


def test_a_changed_byte_fails_with_the_file_named_in_russian(
    tmp_path: Path, cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, db_path = station(tmp_path)
    db.dispose()
    code, out, _ = cli("--db", str(db_path), "export", str(tmp_path), "--member", "c1")
    folder = Path(out.strip())
    data = bytearray((folder / "results.csv").read_bytes())
    data[100] ^= 1
    (folder / "results.csv").write_bytes(bytes(data))
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    code, out, err = cli("verify", str(folder))
    assert code == 1
    assert "[ОШИБКА] results.csv: SHA-256 не совпадает с манифестом" in out
    assert err.strip().splitlines()[-1].startswith("НЕ проверено")
    assert "results.csv" in err.strip().splitlines()[-1]


def tamper_one_event(db_path: Path, seq: int = 5) -> None:
    """Change one audit event's payload in the station database, its hash left as it was."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE audit_event SET payload = ? WHERE seq = ?", ('{"x":1}', seq))


@pytest.mark.sqlite_only  # the station changed with sqlite3
def test_an_export_that_fails_verification_is_not_called_verified(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database whose audit log was edited is not exported (issue 12: it was found only
    once the folder was written and verified; now before anything is written)."""
    db, db_path = station(tmp_path)
    db.dispose()
    tamper_one_event(db_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    code, out, err = cli("--db", str(db_path), "export", str(stick), "--member", "c1")
    assert code == 1 and out == ""
    assert "проверено" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("база участка изменена в обход программы")
    assert "журнал аудита нарушен на событии 5" in last
    assert list(stick.iterdir()) == []  # nothing under the final name, no partial folder
    monkeypatch.setenv("PRECINCT_LANG", "en")
    assert cli("--db", str(db_path), "audit", "verify")[0] == 1
    with sqlite3.connect(db_path) as conn:
        exported = conn.execute(
            "SELECT count(*) FROM audit_event WHERE action = 'results.exported'").fetchone()
    assert exported == (0,)


def test_unsigned_is_refused_and_preliminary_written(
    tmp_path: Path, cli: Cli
) -> None:
    db, db_path = station(tmp_path, sign=False)
    db.dispose()
    code, out, err = cli("--db", str(db_path), "export", str(tmp_path), "--member", "c1")
    assert code == 1 and out == ""
    assert "not signed yet (npp)" in err.strip().splitlines()[-1]
    code, out, err = cli("--db", str(db_path), "export", str(tmp_path), "--preliminary",
                          "--member", "c3")
    assert code == 0 and out.strip().endswith("_PRELIMINARY")
    code, out, _ = cli("verify", out.strip())
    assert code == 0 and "PRELIMINARY export" in out
    code, out, err = cli("--db", str(db_path), "export", str(tmp_path), "--preliminary",
                          "--member", "c4")
    assert code == 1 and out == ""


def test_verify_of_a_path_that_is_no_folder(
    tmp_path: Path, cli: Cli
) -> None:
    code, _, err = cli("verify", str(tmp_path / "nothing"))
    assert code == 1 and "is not a folder" in err.strip().splitlines()[-1]


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="pdftoppm or zbarimg not installed")
def test_the_qr_code_on_the_paper_protocol_verifies_the_stick(
    tmp_path: Path, cli: Cli
) -> None:
    """The territorial commission scans the printed protocol's QR code into --code."""
    db, db_path = station(tmp_path)
    db.dispose()
    paper = tmp_path / "protocol.pdf"
    assert cli("--db", str(db_path), "protocol", "pdf", "npp",
                "--out", str(paper))[0] == 0
    code, out, _ = cli("--db", str(db_path), "export", str(tmp_path), "--member", "c1")
    folder = Path(out.strip())
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(paper), str(tmp_path / "page")], check=True, timeout=60)
    scanned = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "page.png")],
                             capture_output=True, text=True, timeout=60, check=True).stdout
    assert scanned.startswith("P164|")
    code, out, err = cli("verify", str(folder), "--code", scanned)
    assert code == 0, err
    assert "[OK] paper protocol code" in out
    other = scanned.strip().rsplit("|", 1)[0] + "|0000-0000-0000-0000"
    assert cli("verify", str(folder), "--code", other)[0] == 1
