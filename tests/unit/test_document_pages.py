"""What the paper list and the turnout report say, read from their data steps; and the
documents' words living in the catalog, not in the PDF modules."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest
from sqlalchemy import text

from precinct_app import messages
from precinct_app.db import Database
from precinct_app.messages import documents
from precinct_app.services import turnout, turnout_pdf
from precinct_app.services.clock import Clock
from precinct_app.services.paper_list_page import paper_list_page
from precinct_app.services.station import load_station
from precinct_app.services.turnout_page import turnout_page
from tests.unit.test_paper_list import busy_day

SERVICES = Path(__file__).parents[2] / "precinct_app" / "services"
DOCUMENT_MODULES = ("protocol_pdf", "protocol_page", "turnout_pdf", "turnout_page",
                    "paper_list", "paper_list_page", "pdf_common")
NNBSP = "\u202f"


def _at(hhmm: str) -> Clock:
    return Clock(fixed=dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00"))


@pytest.fixture
def day(db: Database) -> Database:
    """The paper list's busy day, with the turnout frozen at 13:00."""
    busy_day(db)
    with db.transaction() as s:
        turnout.take_due_snapshots(s, _at("13:05"))
    return db


# -- the paper list ---------------------------------------------------------------------

def test_each_row_of_the_paper_list_holds_the_mark_and_the_note_of_its_voter(
    day: Database,
) -> None:
    with day.reading() as s:
        page = paper_list_page(s, _at("13:05"), "en")
    rows = {row.list_no: row for group in page.groups for row in group.rows}
    assert rows[1].cells[-1] == "09:30 · in the premises" and rows[1].issued == (True,)
    assert rows[2].cells[-1] == "11:15 · outside"
    assert rows[3].cells[-1] == "10:02 · in the premises; replaced 10:07"
    assert rows[4].cells[-2:] == ("issuance undone 10:25", "") and rows[4].issued == (False,)
    assert rows[5].cells[-2:] == ("excluded: deceased", "—")
    added = next(row for row in rows.values() if row.cells[1] == "Ли Анна")
    assert added.cells[4] == "added: absentee certificate ОУ 0412"


def test_the_paper_list_heads_with_the_state_and_the_days_counts(day: Database) -> None:
    with day.reading() as s:
        page = paper_list_page(s, _at("13:05"), "kk+ru")
    assert page.state_at == ("06.10.2024 ж. сағ. 13:05 жағдай бойынша / "
                             "По состоянию на 13:05 06.10.2024")
    assert page.counts.startswith("Тізімде / В списке: 20 · тізімнен шығарылған / исключено: 1"
                                  " · күні қосылған / включено в день голосования: 1")
    assert page.counts.endswith("берілген бюллетеньдер / выдано бюллетеней: 3 (үй-жайда / в "
                                "помещении: 2, үй-жайдан тыс / вне помещения: 1, ауыстырылған /"
                                " заменено: 1)")
    assert page.heads[0] == "№"  # the one catalog word the window's tables head with
    assert page.training and page.page_of(1, 4) == "Бет 1 / 4 / Стр. 1 из 4"
    assert page.signers[0].role == ("Учаскелік сайлау комиссиясының төрағасы",
                                    "Председатель участковой избирательной комиссии")


def test_list_sections_come_in_natural_order_each_with_its_count(day: Database) -> None:
    with day.transaction() as s:
        s.execute(text("UPDATE voter SET section = '10' WHERE list_no BETWEEN 16 AND 20"))
        s.execute(text("UPDATE voter SET section = '2' WHERE list_no BETWEEN 11 AND 15"))
        s.execute(text("UPDATE voter SET section = '' WHERE list_no > 20"))
    with day.reading() as s:
        page = paper_list_page(s, _at("13:05"), "en")
    assert [g.title for g in page.groups] == [
        "Section 1 — 10", "Section 2 — 5", "Section 10 — 5", "No section — 1"]


def _midnight() -> Clock:
    """The system clock read twice across the end of the voting day: 23:59:59.999 (the
    election day, official), then 00:00 the next day (training)."""
    readings = iter(dt.datetime.fromisoformat(t) for t in (
        "2024-10-06T23:59:59.999999+05:00", "2024-10-07T00:00:00+05:00",
        "2024-10-07T00:00:00.000001+05:00"))
    return Clock(source=lambda: next(readings))


def test_a_document_reads_the_clock_once_so_its_time_and_its_training_mark_agree(
    day: Database,
) -> None:
    with day.transaction() as s:
        s.execute(text("UPDATE station SET is_demo = false"))
    with day.reading() as s:
        page = paper_list_page(s, _midnight(), "en")
        report = turnout_pdf.render_turnout_pdf(s, _midnight(), "en")
    assert page.state_at == "State at 23:59, 06.10.2024" and not page.training
    assert b"TRAINING" not in report


# -- the turnout report -----------------------------------------------------------------

def test_the_turnout_report_says_its_time_zone_figures_and_report_times(day: Database) -> None:
    with day.reading() as s:
        station = load_station(s)
        page = turnout_page(turnout.report(s), station, _at("13:05").local(station.timezone),
                            True, "ru")
    assert page.as_of == ("По состоянию на 13:05 06.10.2024 (Asia/Almaty, UTC+05:00)",)
    part = page.contests[0]
    assert (part.live.issued, part.live.on_list, part.live.percent) == ("3", "20", "15,0")
    states = {row.time: (row.figures.percent if row.figures else row.state)
              for row in part.snapshots}
    assert states["12:00"] == "15,0" and states["14:00"] == "ожидается"
    assert page.heads.total == ("Итого",)


def test_the_turnout_report_and_the_window_say_a_shared_word_alike(day: Database) -> None:
    # One word, one place (issue 13): the report's heads are the catalog's words the
    # turnout screen shows, capitalized where they head a column.
    with day.reading() as s:
        station = load_station(s)
        page = turnout_page(turnout.report(s), station, _at("13:05").local(station.timezone),
                            True, "kk+ru")
    assert page.heads.time == (messages.text("word_time", "kk"), "Время")
    assert page.heads.on_list_short == ("Тізімдегі сайлаушылар", "Избирателей в списке")
    assert page.heads.per_hour == ("Сағат сайын берілген бюллетеньдер",
                                   "Выдано бюллетеней по часам")


def test_the_hour_in_progress_is_starred_and_later_hours_are_left_blank(day: Database) -> None:
    with day.reading() as s:
        station = load_station(s)
        page = turnout_page(turnout.report(s), station, _at("11:20").local(station.timezone),
                            True, "en")
    bars = {bar.hour: bar for bar in page.contests[0].bars}
    # 10:20's ballot was undone: the hour counts the ballots held.
    assert [bars[h].label for h in ("09", "10", "11", "12")] == ["1", "1", "1*", ""]
    assert bars["11"].in_progress
    assert page.contests[0].caption.endswith("* current hour, so far")


def test_a_turnout_time_without_its_zone_is_refused(day: Database) -> None:
    with day.reading() as s, pytest.raises(ValueError, match="time zone"):
        turnout_page(turnout.report(s), load_station(s), dt.datetime(2024, 10, 6, 13, 5),
                     True, "en")


# -- the words --------------------------------------------------------------------------

def test_every_document_word_has_kazakh_russian_and_english_with_the_same_placeholders(
) -> None:
    fields = string.Formatter()
    for code, entry in documents.MESSAGES.items():
        assert all(entry), code
        names = [{f for _, f, _, _ in fields.parse(text) if f} for text in entry]
        assert names[0] == names[1] == names[2], code
        assert messages.CATALOG[code] is entry


@pytest.mark.parametrize("module", DOCUMENT_MODULES)
def test_no_document_module_holds_words_of_its_own(module: str) -> None:
    """Kazakh and Russian words live in the catalog: a Cyrillic letter in a PDF module
    is a word that escaped it."""
    source = (SERVICES / f"{module}.py").read_text(encoding="utf-8")
    assert not re.findall(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+", source), module


@pytest.mark.parametrize(("chosen", "saved"), [
    ("/media/stick/journal", "/media/stick/journal.pdf"),
    ("/media/stick/journal.PDF", "/media/stick/journal.PDF"),
    ("/media/stick/v1.2", "/media/stick/v1.2.pdf"),  # a dot in the name is not a suffix .pdf
])
def test_a_pdf_chosen_without_its_suffix_gets_it(chosen: str, saved: str) -> None:
    from precinct_app.services.pdf_common import pdf_target

    assert str(pdf_target(chosen)) == saved
