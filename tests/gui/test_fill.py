"""Translated strings are filled in one pass: data holding "%2" or "%10" stays as typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from precinct_app.models import Voter
from precinct_app.services import phases, voters
from precinct_app.ui.context import AppContext
from precinct_app.ui.desk_screen import DeskScreen
from precinct_app.ui.i18n import fill
from precinct_app.ui.status import Said


def test_an_argument_holding_a_placeholder_is_not_filled_again() -> None:
    # A voter named with "%2" (or a folder called "results %2") keeps the name as typed.
    assert fill("Ballot issued: %1, No. %2", "Ann %2", "7") == "Ballot issued: Ann %2, No. 7"
    assert fill("Backup written at %1: %2", "10:42", "/media/usb/%1") == (
        "Backup written at 10:42: /media/usb/%1")


def test_ten_placeholders_and_more_are_read_whole() -> None:
    template = " ".join(f"%{i}" for i in range(1, 12))
    args = [chr(ord("a") + i) for i in range(11)]
    assert fill(template, *args) == "a b c d e f g h i j k"
    assert fill("%1 and %10", "x") == "x and %10"  # no argument ten: left as it is


def test_numbers_are_written_and_the_plural_count_is_left_to_tr() -> None:
    assert fill("%n line(s) saved at %1", "10:42") == "%n line(s) saved at 10:42"
    assert fill("%1 of %2", 3, 5) == "3 of 5"
    assert fill("100% done: %1", "ok") == "100% done: ok"


def test_the_status_line_fills_the_same_way() -> None:
    said = Said.translate("DeskScreen", "Ballot issued to No. %1 at %2 by %3").arg(
        "12", "10:42", "Ann %1")
    assert said.text("en") == "Ballot issued to No. 12 at 10:42 by Ann %1"


def test_the_desk_shows_a_name_holding_a_placeholder_as_it_is(
        qtbot: QtBot, demo_ctx: AppContext) -> None:
    """The confirmation names the voter as listed (chained replacing put the list number,
    the time and the member into a name holding "%2 %3 %4")."""
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
        voter = voters.resolve(s, "17")
        s.execute(update(Voter).where(Voter.id == voter.id).values(given_name="%2 %3 %4"))
    desk = DeskScreen(demo_ctx)
    qtbot.addWidget(desk)
    desk.show()
    desk.search_box.setText(voter.iin)
    desk.issue_selected()
    assert desk.last_result is not None and desk.last_result.voter_id == voter.id
    assert f"{voter.surname} %2 %3 %4" in desk.banner.text()
    assert "No. 17" in desk.banner.text()
