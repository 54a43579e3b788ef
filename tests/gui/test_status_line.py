"""The status line and the undo dialog after a language switch (issue 11, item 6).

The language is switched in the header, as a member does; the desk is used by typing
into its search box and pressing Enter.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from precinct_app.services import phases, voters
from precinct_app.services.station import load_station
from precinct_app.ui.context import AppContext
from precinct_app.ui.main_window import MainWindow
from precinct_app.ui.signals import emit
from precinct_app.ui.status import Said
from precinct_app.ui.undo_dialog import UndoDialog
from tests.gui.windows import WindowFactory, switch_language


@pytest.fixture
def window(make_window: WindowFactory, demo_ctx: AppContext) -> MainWindow:
    """The main window, shown, voting open."""
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    emit(demo_ctx.bridge.data_changed)
    return make_window(shown=True)


def _iin(ctx: AppContext, list_no: int) -> str:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return voters.resolve(s, str(list_no)).iin


def _enter(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    assert window.desk is not None
    box = window.desk.search_box
    box.selectAll()
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_the_last_action_is_worded_again_after_a_language_switch(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext,
) -> None:
    _enter(qtbot, window, _iin(demo_ctx, 6))
    said = window.status.currentMessage()
    assert said.startswith("Ballot issued to No. 6 at ")

    switch_language(window, "ru")
    assert window.status.currentMessage().startswith("Бюллетень выдан № 6 в ")
    switch_language(window, "kk")
    said_kk = window.status.currentMessage()
    assert "6" in said_kk and "Ballot" not in said_kk and "Бюллетень выдан" not in said_kk
    switch_language(window, "en")
    assert window.status.currentMessage() == said


def test_a_refusal_does_not_leave_the_previous_success_on_the_status_line(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext,
) -> None:
    _enter(qtbot, window, _iin(demo_ctx, 6))
    assert "No. 6" in window.status.currentMessage()
    _enter(qtbot, window, _iin(demo_ctx, 6))  # No. 6 again: refused, he has his ballot
    assert window.desk is not None and window.desk.banner.kind != "ok"
    assert "No. 6" not in window.status.currentMessage()
    _enter(qtbot, window, _iin(demo_ctx, 5))
    assert window.status.currentMessage().startswith("Ballot issued to No. 5 at ")


def test_a_finished_string_is_dropped_rather_than_left_in_the_old_language(
    window: MainWindow,
) -> None:
    window.say("Backup written")  # a screen that still emits finished text
    assert window.status.currentMessage() == "Backup written"
    switch_language(window, "ru")
    assert window.status.currentMessage() == ""
    window.say(Said.translate("MainWindow", "The station is set up."))
    assert window.status.currentMessage() == "Участок создан."


@pytest.mark.parametrize(("lang", "number"), [("ru", "№ 10"), ("kk", "№ 10"),
                                               ("en", "No. 10")])
def test_the_undo_dialog_names_the_voter_in_the_users_language(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch,
    lang: str, number: str,
) -> None:
    _enter(qtbot, window, _iin(demo_ctx, 10))
    switch_language(window, lang)
    asked: list[str] = []
    monkeypatch.setattr(UndoDialog, "ask",
                        staticmethod(lambda _parent, voter, *_a: asked.append(voter)))
    _enter(qtbot, window, _iin(demo_ctx, 10))
    qtbot.keyClick(window.desk.search_box, Qt.Key.Key_F8)
    assert asked and asked[0].endswith(number)
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        commission = load_station(s).commission
    dialog = UndoDialog(asked[0], commission, lang)
    qtbot.addWidget(dialog)
    assert number in dialog.intro.text()
    if lang != "en":
        assert "No." not in dialog.intro.text()
