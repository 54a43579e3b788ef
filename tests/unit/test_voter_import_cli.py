"""``precinct voters import``: the summary, --report and --strict as the user sees them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from precinct_app.db import open_database
from precinct_app.models import Voter
from precinct_app.services import audit
from tests.cli_fixtures import Cli

ROOT = Path(__file__).parents[2]
SAMPLE_RU = ROOT / "docs" / "samples" / "voters_cp1251_ru.csv"


@pytest.fixture
def station(tmp_path: Path, cli: Cli) -> str:
    db = str(tmp_path / "s.sqlite3")
    assert cli("--db", db, "init", str(ROOT / "resources" / "demo"))[0] == 0
    return db


def _state(db: str) -> tuple[int, int]:
    """Voters on the list and audit events; the chain must verify."""
    database = open_database(Path(db))
    try:
        with database.reading() as s:
            assert audit.verify_chain(s).ok
            voters = s.scalar(select(func.count()).select_from(Voter)) or 0
            return voters, audit.head(s).seq
    finally:
        database.dispose()


def test_summary_and_report_in_russian(
    station: str, tmp_path: Path, cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    report = tmp_path / "отклонённые.csv"
    code, out, _ = cli("--db", station, "voters", "import", str(SAMPLE_RU),
                        "--report", str(report))
    assert code == 0
    lines = out.splitlines()
    assert "кодировка cp1251, разделитель ';'" in lines[0]
    assert "прочитано строк 8, принято 3, отклонено 5" in lines
    assert "строка 5: неверная контрольная цифра ИИН (871008401428)" in lines
    assert "строка 6: повторяющийся ИИН (впервые в строке 2)" in lines
    assert "строка 9: не заполнено обязательное поле «фамилия»" in lines
    assert "загружено избирателей: 3" in lines

    raw = report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read Cyrillic
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["line"] for r in rows] == ["5", "6", "7", "8", "9"]
    assert rows[2]["reason"].startswith("дата рождения 1969-01-06 не совпадает с ИИН")
    assert (rows[4]["given_name"], rows[4]["surname"], rows[4]["birth_date"]) == (
        "Анна", "", "09.09.1959",
    )
    assert list(tmp_path.glob("*.tmp")) == []
    assert _state(station)[0] == 3


def test_strict_writes_nothing_and_says_why_last(
    station: str, cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "kk")
    before = _state(station)
    code, out, err = cli("--db", station, "voters", "import", str(SAMPLE_RU),
                          "--strict")
    assert code != 0
    assert err.strip().splitlines()[-1].endswith("--strict режимінде ештеңе жүктелмеді")
    assert "5-жол: ЖСН бақылау саны қате (871008401428)" in out.splitlines()
    assert _state(station) == before


def test_reimport_rejects_every_row_as_already_listed(
    station: str, cli: Cli
) -> None:
    assert cli("--db", station, "voters", "import", str(SAMPLE_RU))[0] == 0
    voters, events = _state(station)
    code, out, _ = cli("--db", station, "voters", "import", str(SAMPLE_RU))
    assert code == 0
    assert "rows read 8, accepted 0, rejected 8" in out
    assert "line 2: this IIN is already on the station's list" in out.splitlines()
    # Nothing new on the list; the (empty) import is still on the record.
    assert _state(station) == (voters, events + 1)


def test_whole_file_rejection_names_the_file(
    station: str, tmp_path: Path, cli: Cli
) -> None:
    bad = tmp_path / "names.csv"
    bad.write_text("Фамилия;Имя\nАхметов;Ерлан\n", encoding="utf-8")
    code, _, err = cli("--db", station, "voters", "import", str(bad))
    assert code != 0
    assert err.strip().splitlines()[-1].startswith("names.csv: the header has no column for iin")
    assert _state(station)[0] == 0
