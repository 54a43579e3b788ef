"""The printed journal: kk+ru side by side, the vote, TRAINING on every page, long text."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from precinct_app.db import Database
from precinct_app.services import counting, disputes, journal, protocol, protocol_pdf
from precinct_app.services.clock import Clock
from precinct_app.services.journal_pdf import default_file_name, render_journal_pdf
from precinct_app.services.station import load_station
from tests.unit.test_counting import day, walk_to


def texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def busy_journal(db: Database, clock: Clock, *, long_entries: int = 0) -> None:
    """A day with an observer's act, a voter's complaint decided, and disputed ballots."""
    day(db, clock)
    with db.transaction() as s:
        act = journal.add(s, clock, "c5", kind="act", from_kind="observer",
                          from_name="Құрманғалиева Әсел", organisation="«Ақ жол» партиясы",
                          about="Тасымалы жәшік пломбасыз қалды.\nПортативный ящик без пломбы.",
                          annex=True)
        journal.decide(s, clock, "c1", act.id, "Жәшік байқаушының көзінше пломбаланды", 5, 1, 1)
        journal.add(s, clock, "c4", kind="complaint", from_kind="voter",
                    from_name="Ivanov I.", about="Queue at desk 2")
        for n in range(long_entries):
            journal.add(s, clock, "c4", kind="remark", from_kind="other",
                        from_name="W" * 300, about=f"{n} " + "ұзақ мәтін " * 300)
    walk_to(db, clock, counting.CANCEL)
    with db.transaction() as s:
        disputes.decide(s, clock, "c3", "npp", "valid", "yes", 6, 1, note="Белгі шеттен тыс")
        disputes.decide(s, clock, "c3", "npp", "invalid", None, 4, 3)


def test_the_journal_prints_in_kazakh_and_russian(db: Database, clock: Clock) -> None:
    busy_journal(db, clock)
    with db.reading() as s:
        data = render_journal_pdf(s, clock)
    text = " ".join(texts(data)).replace("\n", " ")
    for expected in ("Шағымдарды, ескертулерді және актілерді", "Журнал учёта жалоб",
                     "Құрманғалиева Әсел", "«жақтап» 5", "воздержались 1", "хаттамаға қоса беру",
                     "приложить к", "Жұмабекова Айгерім", "шешім әлі жоқ",
                     "Комиссия шешкен даулы бюллетендер", "жарамды: Иә", "6 / 1 / 0",
                     "Барлығы шешілді: 2", "ОҚУ · ОБУЧЕНИЕ · TRAINING"):
        assert expected in text, expected
    assert "TRAINING" in " ".join(texts(data)[-1:])


def test_english_on_request_and_long_text_wraps(db: Database, clock: Clock) -> None:
    busy_journal(db, clock, long_entries=3)
    with db.reading() as s:
        data = render_journal_pdf(s, clock, "en")
        name = default_file_name(load_station(s), clock)
    pages = texts(data)
    assert len(pages) > 2 and all("TRAINING" in p for p in pages)
    assert "Journal of complaints, remarks and acts" in pages[0]
    assert "for 5, against 1, abstained 1" in pages[0]
    assert name.startswith("TRAINING_journal_P164_") and name.endswith(".pdf")
    if os.environ.get("PRECINCT_KEEP_PDF"):  # to look at it: pdftoppm -r 60 -png
        Path(os.environ["PRECINCT_KEEP_PDF"]).write_bytes(data)


def test_an_empty_journal_says_so(db: Database, clock: Clock) -> None:
    day(db, clock, close=False)
    with db.reading() as s:
        text = " ".join(texts(render_journal_pdf(s, clock, "ru")))
    assert "Записей нет." in text


def test_the_same_journal_gives_the_same_bytes(db: Database, frozen_clock: Clock) -> None:
    busy_journal(db, frozen_clock)
    with db.reading() as s:
        assert render_journal_pdf(s, frozen_clock) == render_journal_pdf(s, frozen_clock)


@pytest.mark.parametrize("lang", ["kk", "ru", "en", "kk+ru"])
def test_every_language_renders(db: Database, clock: Clock, lang: str) -> None:
    busy_journal(db, clock)
    with db.reading() as s:
        assert texts(render_journal_pdf(s, clock, lang))


def test_acts_the_observer_asked_for_are_annexed_to_the_protocol(
        db: Database, clock: Clock) -> None:
    busy_journal(db, clock)
    with db.transaction() as s:
        journal.add(s, clock, "c4", kind="act", from_kind="observer", from_name="Not Annexed",
                    about="kept in the journal only")
    with db.reading() as s:
        data = protocol.build(s, clock, "npp")
    assert [a.from_name for a in data.observer_acts] == ["Құрманғалиева Әсел"]
    pages = texts(protocol_pdf.build(data))
    last = pages[-1].replace("\n", " ")
    assert "Байқаушылардың өтініші бойынша қоса берілген" in last
    assert "Акты наблюдателей о нарушениях" in last
    assert "Құрманғалиева Әсел, «Ақ жол» партиясы" in last
    assert "Жәшік байқаушының көзінше пломбаланды" in last
    assert "Not Annexed" not in " ".join(pages)
