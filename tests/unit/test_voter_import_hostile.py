"""Hostile voter files (issue 12 s. 3 and 6): no row lost, caps, control characters, and a
rejected-rows report that a spreadsheet cannot run."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from precinct_app.messages import LANGUAGES, text
from precinct_app.messages.catalog import placeholders, templates
from precinct_app.messages.hostile import MESSAGES
from precinct_app.services import voter_import
from precinct_app.services.voter_import import ImportRejected
from tests.cli_fixtures import Cli
from tests.unit.test_voter_import import DAY, A, B, C, _iin, _read

ROOT = Path(__file__).parents[2]
HEADER = ["iin", "surname", "given_name", "patronymic"]


def _xlsx(rows: list[list[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_dimension(data: bytes, ref: str) -> bytes:
    """The workbook with its first sheet's declared <dimension> replaced (stale)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body, count = re.subn(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'
                                      .encode(), body)
                assert count == 1
            dst.writestr(info, body)
    return out.getvalue()


def test_an_xlsx_with_a_stale_dimension_loses_no_row() -> None:
    iins = [_iin(DAY.replace(year=1950 + i), serial=i + 1) for i in range(7)]
    data = _with_dimension(_xlsx([HEADER, *([n, "Әлиев", "Ерлан", ""] for n in iins)]),
                           "A1:D3")
    preview = read_voter_bytes(data)  # 2 of 7 before, silently
    assert preview.file_format == "xlsx"
    assert [r.iin for r in preview.accepted] == iins
    assert [r.line for r in preview.accepted] == list(range(2, 9))


def read_voter_bytes(data: bytes, name: str = "list.xlsx") -> voter_import.ImportPreview:
    return voter_import.read_voter_bytes(data, name, voting_day=DAY)


def test_too_many_rows_are_refused_with_the_cap_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voter_import, "MAX_ROWS", 50)
    blank_csv = ("iin;surname;given_name\n" + "\n" * 60).encode()
    rows_xlsx = _xlsx([HEADER, *([A, "Ли", "Ан", ""] for _ in range(60))])
    for data, name in ((blank_csv, "blank.csv"), (rows_xlsx, "many.xlsx")):
        with pytest.raises(ImportRejected) as caught:
            voter_import.read_voter_bytes(data, name, voting_day=DAY)
        assert caught.value.code == "import_too_many_rows"
        assert text(caught.value.code, "en", **caught.value.params) == (
            f"{name} has more than 50 rows; a voter list may have at most 50 (a station "
            "has a few thousand voters): nothing imported")


def test_a_file_over_the_size_cap_is_refused_by_name_size_and_cap(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voter_import, "MAX_FILE_BYTES", 1000)
    data = ("iin,surname,given_name\n" + f"{A},Ли,Ан\n" * 100).encode()
    with pytest.raises(ImportRejected) as caught:
        _read(data)
    assert caught.value.code == "import_file_too_big"
    assert caught.value.params == {"file": "list.csv", "size": len(data), "limit": 1000}
    assert "1000" in text("import_file_too_big", "kk", **caught.value.params)


def test_an_xlsx_unpacking_to_too_much_besides_its_sheets_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = _xlsx([HEADER, [A, "Ли", "Ан", ""]])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        besides = sum(i.file_size for i in archive.infolist()
                      if not i.filename.startswith("xl/worksheets/"))
    monkeypatch.setattr(voter_import, "MAX_XLSX_UNPACKED", besides - 1)
    with pytest.raises(ImportRejected) as caught:
        read_voter_bytes(data)  # shared strings and styles are loaded whole by openpyxl
    assert caught.value.code == "import_xlsx_unpacks_too_big"
    assert caught.value.params == {"file": "list.xlsx", "size": besides, "limit": besides - 1}
    monkeypatch.setattr(voter_import, "MAX_XLSX_UNPACKED", besides)
    assert len(read_voter_bytes(data).accepted) == 1


@pytest.mark.parametrize(("value", "char"), [
    ("Ива\x00нов", "U+0000"),                 # NUL
    ("\x1b[31mИванов\x1b[0m", "U+001B"),      # an ANSI escape
    ("Иванов\u202e", "U+202E"),               # right-to-left override
    ("\u2066Иванов\u2069", "U+2066"),         # left-to-right isolate
    ("Ива\u200fнов", "U+200F"),               # right-to-left mark
    ("Ива\u200bнов", "U+200B"),               # zero-width space
    ("Ива\x7fнов", "U+007F"),                 # DEL
])
@pytest.mark.parametrize("field", ["surname", "given_name", "patronymic"])
def test_a_name_with_a_control_character_is_refused_with_line_and_field(
        value: str, char: str, field: str) -> None:
    names = {"surname": "Сейтқали", "given_name": "Әйгерім", "patronymic": "Ұланқызы",
             field: value}
    rows = [HEADER, [A, "Нұрланов", "Ғалым", ""],
            [B, names["surname"], names["given_name"], names["patronymic"]]]
    # XML (so XLSX) cannot hold a control character below U+0020: CSV only for those.
    xml_can_hold = int(char[2:], 16) >= 0x80
    files = [_csv_bytes(rows), *([_xlsx(rows)] if xml_can_hold else [])]
    for data in files:
        preview = read_voter_bytes(data, "list.csv" if data[:2] != b"PK" else "list.xlsx")
        assert len(preview.accepted) == 1
        (row,) = preview.rejected
        assert (row.line, row.reason, row.params) == (3, "control_character",
                                                      {"field": field, "char": char})
        assert text(row.reason, "en", **row.params).startswith(
            f"field '{text('column_' + field, 'en')}' holds an invisible control character "
            f"{char}")


def test_kazakh_and_russian_names_with_spreadsheet_spaces_are_accepted() -> None:
    rows = [HEADER, [A, "Сейітқали\u00a0Ұлы", "Әйгерім", "Ғабдулқызы"],
            [B, "Ёлкина-Щукина", "Анна\u2009Мария", "Ильинична"], [C, "О'Нил", "Жан", ""]]
    for data in (_csv_bytes(rows), _xlsx(rows)):
        preview = read_voter_bytes(data, "list.xlsx" if data[:2] == b"PK" else "list.csv")
        assert (len(preview.accepted), preview.rejected) == (3, ())


def _csv_bytes(rows: list[list[Any]]) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.fixture
def station(tmp_path: Path, cli: Cli) -> str:
    db = str(tmp_path / "s.sqlite3")
    assert cli("--db", db, "init", str(ROOT / "resources" / "demo"))[0] == 0
    return db


def test_the_report_quotes_cells_a_spreadsheet_would_run(
        station: str, tmp_path: Path, cli: Cli) -> None:
    hostile = ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "=HYPERLINK(\"http://x\")"]
    rows = [HEADER, *(["000000000000", value, "Ан", ""] for value in hostile),
            ["000000000000", "Ли", "-", ""]]
    source = tmp_path / "list.csv"
    source.write_bytes(_csv_bytes(rows))
    report = tmp_path / "rejected.csv"
    code, _out, _err = cli("--db", station, "voters", "import", str(source),
                            "--report", str(report))
    assert code == 0
    written = list(csv.DictReader(io.StringIO(report.read_text("utf-8-sig"))))
    surnames = [r["surname"] for r in written]
    assert surnames == ["'=1+2", "'+SUM(A1)", "'-2+3", "'@cmd", "x", "'=HYPERLINK(\"http://x\")",
                        "Ли"]  # a tab read in a cell is trimmed already
    assert written[-1]["given_name"] == "'-"
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in written for cell in r.values())


def test_the_cli_shows_progress_while_reading_and_writing(
        station: str, tmp_path: Path, cli: Cli) -> None:
    rows = [HEADER, *([_iin(DAY.replace(year=1940 + i % 40), serial=i + 1), "Ли", "Ан", ""]
                      for i in range(2500))]
    source = tmp_path / "list.csv"
    source.write_bytes(_csv_bytes(rows))
    code, _out, err = cli("--db", station, "voters", "import", str(source))
    assert code == 0
    assert "list.csv: row 1000 of about 2502 read" in err
    assert "list.csv: 1000 of 2500 voters written" in err


@pytest.mark.sqlite_only  # a CLI in its own process opens the station file
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFO")
def test_a_fifo_as_the_voter_file_is_refused_not_waited_on(station: str, tmp_path: Path) -> None:
    fifo = tmp_path / "voters.csv"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "precinct_app.cli", "--db", station, "voters", "import",
         str(fifo)], capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PRECINCT_LANG": "en"})  # hung forever before
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].endswith(
        "voters.csv is not a regular file but a pipe (FIFO): not read")


def test_every_message_of_hostile_files_has_three_languages_and_the_same_fields() -> None:
    for code, entry in MESSAGES.items():  # a plural's forms included
        names = [set().union(*map(placeholders, templates(getattr(entry, lang))))
                 for lang in LANGUAGES]
        assert all(getattr(entry, lang) for lang in LANGUAGES), code
        assert names[0] == names[1] == names[2], code
