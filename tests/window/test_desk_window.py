"""The desk in a real window: a scanner, list numbers, names, F6 and F8, as typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from realwin import (
    DialogAnswer,
    activate,
    focused,
    key,
    scan,
    sequence,
    show,
    switch_language,
    type_text,
)
from sqlalchemy import func, select, update

from precinct_app.models import Issuance, Spoilage, Voter
from precinct_app.services import phases, search, voters
from precinct_app.services.iin import make_iin
from precinct_app.services.text import fold
from precinct_app.services.voters import VoterView
from precinct_app.ui.context import AppContext
from precinct_app.ui.desk_screen import DeskScreen
from precinct_app.ui.main_window import MainWindow
from precinct_app.ui.shell import WindowHost


def _open(ctx: AppContext) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.open_voting(s, ctx.clock, "c1")


def _voter(ctx: AppContext, list_no: int) -> VoterView:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return voters.resolve(s, str(list_no))


def _holders(ctx: AppContext) -> list[int]:
    """List numbers of the voters holding a ballot, in list order."""
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return list(s.scalars(select(Voter.list_no).join(Issuance, Issuance.voter_id == Voter.id)
                              .where(Issuance.undone_at.is_(None)).order_by(Voter.list_no)))


def _desk(qtbot: QtBot, host: WindowHost) -> tuple[MainWindow, DeskScreen]:
    window = show(qtbot, host)
    assert window.desk is not None and window.desk.isVisible()  # voting is open: the desk
    qtbot.waitUntil(lambda: focused() is window.desk.search_box)  # type: ignore[union-attr]
    return window, window.desk


def test_a_scanned_iin_and_enter_issue_the_ballot(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    _window, desk = _desk(qtbot, host)
    voter = _voter(demo_ctx, 17)
    scan(voter.iin)  # the digits and Enter within milliseconds: before the search timer
    assert _holders(demo_ctx) == [17]
    assert "No. 17" in desk.banner.text() and voter.full_name in desk.banner.text()
    assert focused() is desk.search_box and desk.search_box.text() == ""
    scan(voter.iin)  # the same card again: refused, and the IIN stays selected
    assert _holders(demo_ctx) == [17] and "Already has a ballot" in desk.banner.text()
    scan(_voter(demo_ctx, 18).iin)  # the next card replaces it
    assert _holders(demo_ctx) == [17, 18]


def _iin_starting(prefix_date: dt.date, serial: int) -> str:
    while (number := make_iin(prefix_date, False, serial)) is None:
        serial += 1
    return number


def test_a_list_number_and_enter_issue_to_that_number_not_to_an_iin_starting_with_it(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    # As found on the laptop: No. 16 born on 2 February 1930, IIN 300202..., listed before
    # No. 30 when "30" was typed, and Enter gave No. 16 the ballot.
    assert demo_ctx.db is not None
    born = dt.date(1930, 2, 2)
    with demo_ctx.db.transaction() as s:
        s.execute(update(Voter).where(Voter.list_no == 16)
                  .values(iin=_iin_starting(born, 900), birth_date=born))
    _open(demo_ctx)
    _window, desk = _desk(qtbot, host)
    type_text("30")
    qtbot.waitUntil(lambda: desk.model.rowCount() >= 2)  # as the member sees it, listed
    assert desk.model.voter_at(0).list_no == 30  # type: ignore[union-attr]
    assert desk.model.voter_at(1).list_no == 16  # type: ignore[union-attr]
    key(Qt.Key.Key_Return)
    assert _holders(demo_ctx) == [30] and "No. 30" in desk.banner.text()
    # Typed and Enter at once (no look at the list): the same.
    scan("31")
    assert _holders(demo_ctx) == [30, 31]
    # No voter has list number 301 (there are 300), though IINs start with it: nothing.
    scan("301")
    assert _holders(demo_ctx) == [30, 31]
    assert "No voter has list number 301" in desk.banner.text()
    assert focused() is desk.search_box and desk.search_box.selectedText() == "301"


def test_an_ambiguous_name_and_enter_issue_nothing_until_a_row_is_chosen(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:  # the demo's three Пак (Nos. 24, 91, 282), all Анна
        s.execute(update(Voter).where(Voter.surname == "Пак").values(
            given_name="Анна", given_name_key=fold("Анна")))
        s.execute(update(Voter).where(Voter.list_no == 43).values(  # and one Хван
            surname="Хван", surname_key=fold("Хван")))
        assert [v.list_no for v in search.find_voters(s, "Пак")] == [24, 91, 282]
        assert [v.list_no for v in search.find_voters(s, "Хван")] == [43]
    _open(demo_ctx)
    _window, desk = _desk(qtbot, host)
    scan("Пак")
    assert _holders(demo_ctx) == []
    assert "3 voters match “Пак”" in desk.banner.text() and "choose" in desk.banner.text()
    assert focused() is desk.search_box and desk.search_box.selectedText() == "Пак"
    key(Qt.Key.Key_Down)  # the member chooses the second «Пак Анна»
    assert desk.card.voter is not None and desk.card.voter.view.list_no == 91
    key(Qt.Key.Key_Return)
    assert _holders(demo_ctx) == [91]
    scan("Хван")  # a name only one voter has needs no choice
    assert _holders(demo_ctx) == [43, 91]
    # A click chooses too.
    type_text("Пак")
    qtbot.waitUntil(lambda: desk.model.rowCount() == 3)
    rect = desk.table.visualRect(desk.model.index(2, 1))
    qtbot.mouseClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert focused() is desk.search_box
    key(Qt.Key.Key_Return)
    assert _holders(demo_ctx) == [43, 91, 282]


def _ok(dialog: QDialog) -> None:
    """Accept a message box with Enter on its focused default button."""
    assert isinstance(dialog, QMessageBox)
    key(Qt.Key.Key_Return)


def _undo_with_reason(dialog: QDialog) -> None:
    """Type the reason (the focus is there), Tab to the OK button, Enter."""
    assert focused() is getattr(dialog, "reason", None)
    type_text("wrong voter")
    key(Qt.Key.Key_Tab)
    button = focused()
    assert isinstance(button, QPushButton) and button is getattr(dialog, "ok_button", None)
    key(Qt.Key.Key_Return)


def _spoilages(ctx: AppContext) -> int:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return s.scalar(select(func.count()).select_from(Spoilage)) or 0


def _f6_f8_and_focus(qtbot: QtBot, desk: DeskScreen, ctx: AppContext, list_no: int) -> None:
    """F6 once, F6 refused in a dialog, F8 cancelled, F8 done: the focus always back."""
    voter = _voter(ctx, list_no)
    before = _spoilages(ctx)
    scan(voter.iin)
    assert list_no in _holders(ctx), (desk.banner.text(), desk.search_box.text())
    type_text(voter.iin)
    sequence("F6")  # at once, before the search timer: resolved first
    assert _spoilages(ctx) == before + 1
    assert desk.banner.kind == "ok" and str(list_no) in desk.banner.text()
    assert focused() is desk.search_box
    refusal = DialogAnswer(_ok)  # a second replacement: refused in a dialog
    sequence("F6")
    assert isinstance(refusal.check(), QMessageBox) and _spoilages(ctx) == before + 1
    qtbot.waitUntil(lambda: focused() is desk.search_box)
    assert desk.search_box.selectedText() == voter.iin  # the next scan replaces it
    cancel = DialogAnswer(lambda _dialog: key(Qt.Key.Key_Escape))
    sequence("F8")
    cancel.check()
    assert list_no in _holders(ctx), (desk.banner.text(), desk.search_box.text())
    qtbot.waitUntil(lambda: focused() is desk.search_box)
    undo = DialogAnswer(_undo_with_reason)
    sequence("F8")
    undo.check()
    assert list_no not in _holders(ctx)
    qtbot.waitUntil(lambda: focused() is desk.search_box)
    assert desk.banner.kind == "warn" and "wrong voter" in desk.banner.text()


def test_f6_and_f8_work_with_their_dialogs_and_the_focus_comes_back(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    _window, desk = _desk(qtbot, host)
    _f6_f8_and_focus(qtbot, desk, demo_ctx, 20)
    # F6 for a voter with no ballot says why nothing happens.
    type_text(_voter(demo_ctx, 21).iin)
    sequence("F6")
    assert "already has a ballot" in desk.banner.text() and _spoilages(demo_ctx) == 1


def test_f6_and_f8_after_a_language_switch(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    window, desk = _desk(qtbot, host)
    switch_language(qtbot, window, 1)  # English -> Русский
    assert demo_ctx.lang == "ru" and "(F6)" in desk.spoil_button.text()
    assert "Заменить" in desk.spoil_button.text()
    qtbot.waitUntil(lambda: focused() is desk.search_box)  # the next scan goes to the desk
    _f6_f8_and_focus(qtbot, desk, demo_ctx, 22)
    switch_language(qtbot, window, 1)  # Русский -> Қазақша
    assert demo_ctx.lang == "kk"
    qtbot.waitUntil(lambda: focused() is desk.search_box)
    _f6_f8_and_focus(qtbot, desk, demo_ctx, 23)


def test_the_desk_keys_in_large_text(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    window, _desk_before = _desk(qtbot, host)
    qtbot.mouseClick(window.header.large_text_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: host.window is not window)  # built again in large text
    assert demo_ctx.settings.large_text
    new = host.window
    assert new is not None
    activate(qtbot, new)
    assert new.desk is not None and new.desk.isVisible()
    assert QApplication.font().pointSize() == 14
    qtbot.waitUntil(lambda: focused() is new.desk.search_box)  # type: ignore[union-attr]
    _f6_f8_and_focus(qtbot, new.desk, demo_ctx, 24)
    scan("25")
    assert 25 in _holders(demo_ctx)
