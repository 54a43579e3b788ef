"""``precinct voters find``: aligned text rows with a count, or the JSON array."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from precinct_app.cli import main
from precinct_app.db import open_database
from precinct_app.models import Voter
from precinct_app.services.clock import Clock
from precinct_app.services.iin import make_iin
from precinct_app.services.package import from_document
from precinct_app.services.station import create_station
from precinct_app.services.text import fold

PEOPLE = [
    (7, "Ахметов", "Ерлан", "Серікұлы", dt.date(1980, 5, 1), "1", "active"),
    (12, "Ахметова", "Іңкәр", "", dt.date(1989, 11, 15), "12", "excluded"),
    (30, "Иванов", "Сергей", "Петрович", dt.date(1951, 12, 3), "2", "active"),
]


@pytest.fixture
def station(
    db_file: Path, clock: Clock, sample_election: dict[str, Any]
) -> dict[int, str]:
    """A station file with three voters; returns their IINs by list number."""
    db = open_database(db_file, create=True)
    iins: dict[int, str] = {}
    with db.transaction() as s:
        create_station(s, clock, from_document(sample_election), db_path=None)
        for list_no, surname, given, patronymic, born, section, status in PEOPLE:
            serial = list_no
            while (number := make_iin(born, False, serial)) is None:
                serial += 1
            iins[list_no] = number
            s.add(Voter(list_no=list_no, iin=number, surname=surname, given_name=given,
                        patronymic=patronymic, birth_date=born, address="ул. Туран 1",
                        section=section, status=status, surname_key=fold(surname),
                        given_name_key=fold(given)))
    db.dispose()
    return iins


def _find(capsys: pytest.CaptureFixture[str], db_file: Path, *argv: str) -> tuple[int, str]:
    code = main(["--db", str(db_file), "voters", "find", *argv])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


def test_text_rows_are_aligned_and_counted(
    station: dict[int, str], db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _find(capsys, db_file, "ахмет")
    lines = out.splitlines()
    assert code == 0
    assert lines[-1] == "2 found"
    assert lines[0].split() == ["7", station[7], "Ахметов", "Ерлан", "Серікұлы", "01.05.1980",
                                "1", "on", "the", "list"]
    assert lines[1].split() == ["12", station[12], "Ахметова", "Іңкәр", "15.11.1989", "12",
                                "excluded"]
    # Every column starts at the same place on both rows.
    assert lines[0].index(station[7]) == lines[1].index(station[12])
    assert lines[0].index("01.05.1980") == lines[1].index("15.11.1989")


@pytest.mark.usefixtures("station")
def test_text_in_the_user_language(
    db_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    out = _find(capsys, db_file, "Ахметова")[1].splitlines()
    assert out[0].endswith("исключён") and out[-1] == "найдено: 1"
    monkeypatch.setenv("PRECINCT_LANG", "kk")
    out = _find(capsys, db_file, "ахметов е")[1].splitlines()
    assert out[0].endswith("тізімде") and out[-1] == "табылды: 1"


def test_json_is_the_formats_array(
    station: dict[int, str], db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _find(capsys, db_file, station[30], "--json")
    assert code == 0
    assert json.loads(out) == [{
        "list_no": 30, "iin": station[30], "surname": "Иванов", "given_name": "Сергей",
        "patronymic": "Петрович", "birth_date": "1951-12-03", "address": "ул. Туран 1",
        "section": "2", "status": "active",
    }]
    assert "Иванов" in out  # UTF-8, not \u escapes


@pytest.mark.usefixtures("station")
def test_limit_and_no_match(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _find(capsys, db_file, "F[vtn", "--json", "--limit", "1")
    assert code == 0 and [v["list_no"] for v in json.loads(out)] == [7]
    assert _find(capsys, db_file, "Петров", "--json") == (0, "[]\n")
    assert _find(capsys, db_file, "Петров")[1].splitlines() == ["0 found"]


@pytest.mark.usefixtures("station")
def test_limit_must_be_positive(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_file), "voters", "find", "а", "--limit", "0"])
    assert info.value.code == 2
    assert "--limit" in capsys.readouterr().err
