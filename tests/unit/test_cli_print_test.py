"""``precinct print-test``: the printer test page from the command line, with or without a
station, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from precinct_app.services import build_id
from tests.cli_fixtures import Cli


def _text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(out.split())


def test_no_station_needed_and_none_created(cli: Cli, tmp_path: Path) -> None:
    db, out = tmp_path / "station.sqlite3", tmp_path / "test.pdf"
    run = cli("--db", str(db), "print-test", "--out", str(out))
    assert run.code == 0, run.err
    assert run.out.strip() == str(out) and run.err == ""
    assert out.read_bytes().startswith(b"%PDF")
    assert not db.exists()  # a test page sets nothing up
    page = _text(out)
    assert build_id.current().build_id in page and "Printer test" not in page  # kk+ru
    assert "this computer" not in page and "осы компьютердің уақыты" in page


def test_default_name_in_the_current_folder_written_again(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = cli("--db", str(tmp_path / "none.sqlite3"), "print-test", "--lang", "en")
    assert first.code == 0, first.err
    path = tmp_path / f"printer-test-{build_id.current().build_id}.pdf"
    assert first.out.strip() == str(path) and path.exists()
    again = cli("--db", str(tmp_path / "none.sqlite3"), "print-test", "--lang", "en")
    assert again.code == 0 and again.out == first.out  # like every PDF command: replaced
    assert "Printer test" in _text(path)


def test_the_station_is_named_with_its_own_time(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "station.sqlite3"
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T09:15:00+05:00")
    assert cli("--db", str(db), "demo", "--voters", "5").code == 0
    out = tmp_path / "test.pdf"
    run = cli("--db", str(db), "print-test", "--out", str(out), "--lang", "ru")
    assert run.code == 0, run.err
    page = _text(out)
    assert "06.10.2024 09:15 (время участка, Asia/Almaty)" in page
    assert "164" in page and "ОБУЧЕНИЕ" in page  # the demo is training: every page says so


def test_a_damaged_station_is_said_and_the_page_printed_anyway(
    cli: Cli, tmp_path: Path
) -> None:
    db = tmp_path / "station.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    db.chmod(0o600)  # owner-only, as the station's files are: no warning about that
    out = tmp_path / "test.pdf"
    run = cli("--db", str(db), "print-test", "--out", str(out), "--lang", "en")
    assert run.code == 0
    assert run.err.startswith("The station was not read (") and run.err.count("\n") == 1
    assert "printed without it" in run.err
    assert out.exists()


def test_a_folder_as_the_file_is_refused_in_words(cli: Cli, tmp_path: Path) -> None:
    run = cli("--db", str(tmp_path / "none.sqlite3"), "print-test", "--out", str(tmp_path))
    assert run.code == 1 and run.out == ""
    assert str(tmp_path) in run.err.splitlines()[-1]


def test_an_unknown_layout_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        cli("--db", str(tmp_path / "none.sqlite3"), "print-test", "--lang", "de")
    assert stop.value.code == 2
