"""The paper fallback list: every voter, every issuance mark and its time, TRAINING, pages."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from precinct_app.db import Database
from precinct_app.services import issuance, list_changes, outside, paper_list, phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.station import load_station


def _at(hhmm: str) -> Clock:
    return Clock(fixed=dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00"))


def _official(hhmm: str) -> Clock:
    when = dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00")
    return Clock(source=lambda: when)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def _rows(data: bytes) -> dict[int, str]:
    """The text of each list number's row (its wrapped lines joined), by page layout."""
    out: dict[int, str] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        last: int | None = None
        for raw in page.extract_text(extraction_mode="layout").splitlines():
            line = " ".join(raw.split())
            match = re.match(r"^(\d{1,5}) (\D.*)$", line)
            if match:
                last = int(match.group(1))
                assert last not in out, f"list number {last} printed twice"
                out[last] = match.group(2)
            elif line and last is not None:
                out[last] += " " + line  # a wrapped cell goes on under its row
    return out


def busy_day(db: Database) -> Database:
    """Demo station (20 voters): issued, outside, replaced, undone, excluded, added
    (the paper list's and the document pages' day)."""
    build_demo(db, _at("06:00"), db_path=None, voters=20)
    with db.transaction() as s:
        phases.open_voting(s, _at("07:00"), "c1")
    with db.transaction() as s:
        issuance.issue(s, _at("09:30"), 1, "npp", "c4")
    with db.transaction() as s:
        outside.apply(s, _at("09:40"), "c3", 2, "illness")
    with db.transaction() as s:
        issuance.issue(s, _at("11:15"), 2, "npp", "c4", place="outside")
    with db.transaction() as s:
        issuance.issue(s, _at("10:02"), 3, "npp", "c5")
    with db.transaction() as s:
        issuance.spoil(s, _at("10:07"), 3, "npp", "c5")
    with db.transaction() as s:
        issuance.issue(s, _at("10:20"), 4, "npp", "c5")
    with db.transaction() as s:
        issuance.undo(s, _at("10:25"), 4, "npp", "c2", "wrong voter")
    with db.transaction() as s:
        list_changes.exclude_voter(s, _at("10:30"), "c3", 5, "deceased")
    with db.transaction() as s:
        list_changes.add_voter(s, _at("10:40"), "c3", surname="Ли", given_name="Анна",
                               iin_text="900517401251", basis="absentee", reference="ОУ 0412")
    return db


@pytest.fixture
def day(db: Database) -> Database:
    return busy_day(db)


def test_every_voter_is_listed_with_the_marks_the_software_holds(day: Database) -> None:
    with day.reading() as s:
        data = paper_list.build(s, _at("13:05"))
        names = {v.list_no: v for v in s.execute(
            text("SELECT list_no, surname, given_name FROM voter")
        )}
    rows = _rows(data)
    assert sorted(rows) == list(range(1, 22))
    for list_no, voter in names.items():
        assert f"{voter.surname} {voter.given_name}" in rows[list_no], list_no
    assert "09:30 · үй-жайда / в помещении" in rows[1]
    assert "11:15 · үй-жайдан тыс / вне помещения" in rows[2]
    assert "10:02 · үй-жайда / в помещении; ауыстырылды 10:07 / заменён 10:07" in rows[3]
    # An undone issuance is not a ballot held: no issuance mark, a note of the undo.
    assert "10:20" not in rows[4] and "помещении" not in rows[4]
    assert "беру болдырылмады 10:25 / выдача отменена 10:25" in rows[4]
    excluded = rows[5].replace(" — ", " ")  # its contest cell: "—", no ballot may be issued
    assert "—" in rows[5]
    assert "тізімнен шығарылды / исключён(а): қайтыс болды / умер(ла)" in excluded
    assert "қосылды / включён(а): сырттай дауыс беру куәлігі / открепительное" in rows[21]
    assert "ОУ 0412" in rows[21]
    for list_no in range(6, 21):
        assert "помещени" not in rows[list_no]  # no ballot yet: an empty box to mark by hand


def test_the_header_sections_signatures_and_pages(day: Database) -> None:
    with day.reading() as s:
        data = paper_list.build(s, _at("13:05"))
    pages = _pages(data)
    flat = " ".join(" ".join(pages).split())
    for expected in (
        "Сайлаушылар тізімі: бюллетеньдер берілгені туралы белгілер",
        "Список избирателей: отметки о выдаче бюллетеней",
        "06.10.2024 ж. сағ. 13:05 жағдай бойынша / По состоянию на 13:05 06.10.2024",
        "№ 164 сайлау учаскесі / Избирательный участок № 164",
        "Тізімде / В списке: 20",  # active voters: 21 listed, one excluded
        "тізімнен шығарылған / исключено: 1",
        "берілген бюллетеньдер / выдано бюллетеней: 3",
        "үй-жайдан тыс / вне помещения: 1",
        "ауыстырылған / заменено: 1",
        "1-бөлім / Раздел 1 — 20", "Бөлімсіз / Без раздела — 1",  # the added voter
        "Жұмабекова Айгерім Серікқызы", "Оспанова Гүлнар Асқарқызы",  # chair, secretary
        "Учаскелік сайлау комиссиясының төрағасы", "(қолы) / (подпись)",
        "Атом электр станциясын салу туралы",
    ):
        assert expected in flat, expected
    assert len(pages) == 2  # the second section starts a new page
    for number, page in enumerate(pages, start=1):
        assert f"Стр. {number} из {len(pages)}" in page
        assert "TRAINING" in page  # a demo station: every page says so


def test_official_mode_has_no_training_mark_and_same_clock_same_bytes(db: Database) -> None:
    build_demo(db, _at("06:00"), db_path=None, voters=5)
    with db.transaction() as s:  # an official station, like a real one
        s.execute(text("UPDATE station SET is_demo = false"))
    with db.reading() as s:
        assert not load_station(s).training(_official("09:00"))
        one = paper_list.build(s, _official("09:00"), "ru")
        two = paper_list.build(s, _official("09:00"), "ru")
        later = paper_list.build(s, _official("09:01"), "ru")
    assert one == two and one != later
    flat = " ".join(_pages(one))
    assert "TRAINING" not in flat and "ОБУЧЕНИЕ" not in flat
    assert "По состоянию на 09:00 06.10.2024" in flat
    assert "Қағаз" not in flat  # Russian only


def test_three_thousand_voters_are_all_printed(db: Database) -> None:
    # Its speed is measured in the benchmarks, not asserted here.
    build_demo(db, _at("06:00"), db_path=None, voters=3000)
    with db.reading() as s:
        data = paper_list.build(s, _at("13:05"))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 60
    last = reader.pages[-1].extract_text() or ""
    assert "3000 " in last or re.search(r"\b3000\b", last)
