"""The printable turnout report: figures, Kazakh letters, TRAINING marks, same bytes; the CLI."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from precinct_app.cli import main
from precinct_app.db import Database
from precinct_app.models import Voter
from precinct_app.services import issuance, pdf_common, phases, turnout, turnout_pdf
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.package import load_package
from precinct_app.services.setup import init_station
from precinct_app.services.station import load_station
from precinct_app.services.turnout import TurnoutLine, TurnoutReport

ROOT = Path(__file__).parents[2]
TZ = dt.timezone(dt.timedelta(hours=5))
OPTION_WORDS = ("Иә, келісемін", "Жоқ, келіспеймін", "Да, согласен", "Нет, не согласен",
                "Yes, I agree", "No, I disagree", "келісесіз бе", "Согласны ли")


def _at(hhmm: str) -> Clock:
    return Clock(fixed=dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00"))


def _official(hhmm: str) -> Clock:
    # Not "replaced": a system-like clock on the election day is official mode.
    when = dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00")
    return Clock(source=lambda: when)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def _flat(data: bytes) -> str:
    return " ".join(" ".join(_pages(data)).split())


@pytest.fixture
def training_db(db: Database) -> Database:
    """The demo (training) station, 10 voters; 3 ballots issued, one undone; 2 snapshots."""
    build_demo(db, _at("06:00"), db_path=None, voters=10)
    with db.transaction() as s:
        phases.open_voting(s, _at("07:00"), "c1")
        issuance.issue(s, _at("09:30"), 1, "npp", "c4")
        issuance.issue(s, _at("11:00"), 2, "npp", "c4")
        issuance.issue(s, _at("11:10"), 3, "npp", "c5")
        issuance.issue(s, _at("12:40"), 4, "npp", "c5")
        issuance.undo(s, _at("12:50"), 4, "npp", "c1", "wrong voter")
        turnout.take_due_snapshots(s, _at("13:05"))
    return db


def test_the_bilingual_report_carries_the_figures_and_kazakh_letters(
    training_db: Database,
) -> None:
    with training_db.reading() as s:
        data = turnout_pdf.render_turnout_pdf(s, _at("13:05"))
    assert data.startswith(b"%PDF")
    text = _flat(data)
    for expected in (
        "Республикалық референдум", "Республиканский референдум",
        "Сайлаушылардың дауыс беруге қатысуы туралы мәлімет", "Сведения о явке избирателей",
        "Атом электр станциясын салу туралы", "О строительстве атомной электростанции",
        "Астана қ., Тұран даңғылы, 20", "г. Астана, пр. Туран, 20",
        "06.10.2024 ж. сағ. 13:05 жағдай бойынша", "По состоянию на 13:05 06.10.2024",
        "KZ-2024-10-06-REF", "164",
        "Жұмабекова Айгерім Серікқызы", "Оспанова Гүлнар Асқарқызы",  # chair, secretary
        "(қолы) / (подпись)",
    ):
        assert expected in text, expected
    for letter in "әқұүіғ":
        assert letter in text
    # Live: 3 of 10 (the ballot undone at 12:50 does not count); 10:00 froze 1, 12:00 froze 3.
    assert "3 10 30,0" in text
    assert "10:00 1 10 10,0" in text and "12:00 3 10 30,0" in text
    assert "14:00 — күтілуде / ожидается —" in text
    # Per hour: 09 -> 1, 11 -> 2; the undone 12:40 ballot is not there.
    assert "Сағат сайын берілген бюллетеньдер" in text


def test_no_option_or_vote_total_anywhere(training_db: Database) -> None:
    with training_db.reading() as s:
        for lang in pdf_common.LANGS:
            text = _flat(turnout_pdf.render_turnout_pdf(s, _at("13:05"), lang))
            assert not [w for w in OPTION_WORDS if w in text], lang


def test_one_language_reports(training_db: Database) -> None:
    with training_db.reading() as s:
        en = _flat(turnout_pdf.render_turnout_pdf(s, _at("13:05"), "en"))
        kk = _flat(turnout_pdf.render_turnout_pdf(s, _at("13:05"), "kk"))
        ru = _flat(turnout_pdf.render_turnout_pdf(s, _at("13:05"), "ru"))
    assert "Voter turnout report" in en and "As of 13:05, 06.10.2024" in en
    assert "3 10 30.0" in en and "Page 1 of 1" in en
    # Per hour (value above hour): 1 at 09, 2 at 11; the ballot undone at 12:50 is gone.
    assert "0 07 0 08 1 09 0 10 2 11 0 12 0* 13 14" in en
    assert "Сведения" not in en and "мәлімет" not in en
    assert "мәлімет" in kk and "Сведения" not in kk and "Бет 1 / 1" in kk
    assert "Сведения" in ru and "мәлімет" not in ru and "Стр. 1 из 1" in ru
    with pytest.raises(ValueError, match="report language"):
        pdf_common.languages("de")


def _many_sections() -> TurnoutReport:
    sections = tuple(TurnoutLine("npp", str(n), n, 250) for n in range(1, 61))
    station_line = TurnoutLine("npp", "", sum(x.issued for x in sections), 250 * 60)
    return TurnoutReport((station_line,), sections, (("npp", "08", 40), ("npp", "09", 75)), ())


def test_training_is_marked_on_every_page_and_the_election_id_too(
    training_db: Database,
) -> None:
    with training_db.reading() as s:
        station = load_station(s)
    as_of = dt.datetime(2024, 10, 6, 9, 30, tzinfo=TZ)
    data = turnout_pdf.build(_many_sections(), station, as_of, True, "kk+ru")
    pages = _pages(data)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "TRAINING" in page and "ОҚУ" in page and "ОБУЧЕНИЕ" in page
        assert "KZ-2024-10-06-REF" in page
        assert f"Бет {number} / {len(pages)}" in page
    assert "TRAINING" in (PdfReader(io.BytesIO(data)).metadata.title or "")


def test_the_same_input_gives_the_same_bytes(training_db: Database) -> None:
    with training_db.reading() as s:
        first = turnout_pdf.render_turnout_pdf(s, _at("13:05"))
        again = turnout_pdf.render_turnout_pdf(s, _at("13:05"))
        later = turnout_pdf.render_turnout_pdf(s, _at("13:06"))
    assert first == again
    assert later != first  # the "as of" time is part of the report


def _official_db(db: Database) -> Database:
    package = load_package(ROOT / "resources" / "demo")
    init_station(db, _official("06:00"), package, db_path=None)
    with db.transaction() as s:
        for no, iin in ((1, "871008401427"), (2, "900101300811")):
            s.add(Voter(list_no=no, iin=iin, surname="Ахметов", given_name="Ерлан",
                        birth_date=dt.date(1987, 10, 8), surname_key="ахметов",
                        given_name_key="ерлан", section="1"))
    with db.transaction() as s:
        phases.open_voting(s, _official("07:00"), "c1")
        issuance.issue(s, _official("09:10"), 1, "npp", "c4")
    return db


def test_official_mode_has_no_training_mark(db: Database) -> None:
    _official_db(db)
    clock = _official("10:20")
    with db.transaction() as s:
        assert not load_station(s).training(clock)
        turnout.take_due_snapshots(s, clock)
        data = turnout_pdf.render_turnout_pdf(s, clock, "kk+ru")
    text = _flat(data)
    assert "1 2 50,0" in text and "10:00 1 2 50,0" in text
    assert "TRAINING" not in text and "ОҚУ" not in text and "ОБУЧЕНИЕ" not in text
    assert "TRAINING" not in (PdfReader(io.BytesIO(data)).metadata.title or "")


def test_a_passed_time_not_yet_frozen_says_so(training_db: Database) -> None:
    with training_db.reading() as s:
        station, rep = load_station(s), turnout.report(s)
    late = replace(rep, snapshots=rep.snapshots[:1])  # 12:00 passed but not stored yet
    text = _flat(turnout_pdf.build(late, station, dt.datetime(2024, 10, 6, 13, 5, tzinfo=TZ),
                                   True, "en"))
    assert "10:00 1 10 10.0" in text
    assert "12:00 — not recorded yet —" in text and "14:00 — pending —" in text


def test_save_pdf_is_atomic_and_names_the_target(tmp_path: Path) -> None:
    target = tmp_path / "turnout.pdf"
    assert pdf_common.save_pdf(target, b"%PDF-1 first") == target
    assert pdf_common.save_pdf(target, b"%PDF-1 second").read_bytes() == b"%PDF-1 second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["turnout.pdf"]  # no temp file left
    with pytest.raises(OSError) as missing:
        pdf_common.save_pdf(tmp_path / "no" / "such" / "x.pdf", b"x")
    assert missing.value.filename == str(tmp_path / "no" / "such" / "x.pdf")
    with pytest.raises(IsADirectoryError):
        pdf_common.save_pdf(tmp_path, b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["turnout.pdf"]


@pytest.mark.usefixtures("station_pins")
def test_cli_turnout_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T10:30:00+05:00")
    db = str(tmp_path / "t.sqlite3")
    assert main(["--db", db, "demo", "--voters", "4"]) == 0
    assert main(["--db", db, "day", "open", "--member", "c1"]) == 0
    assert main(["--db", db, "issue", "1", "--member", "c4"]) == 0
    capsys.readouterr()
    out_file = tmp_path / "reports" / "turnout.pdf"
    out_file.parent.mkdir()
    assert main(["--db", db, "turnout", "--pdf", str(out_file), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == str(out_file)
    text = _flat(out_file.read_bytes())
    assert "1 4 25.0" in text and "10:00 0 4 0.0" in text and "TRAINING" in text
    # A file where the folder should be: one line naming the path, exit 1, nothing written.
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    bad = blocker / "turnout.pdf"
    assert main(["--db", db, "turnout", "--pdf", str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().splitlines() == [
        f"cannot read or write {bad}: Not a directory"]
    assert sorted(p.name for p in tmp_path.iterdir() if "tmp" in p.name) == []
