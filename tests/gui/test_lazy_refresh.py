"""Hidden screens do not re-read after every ballot, yet are current when shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from precinct_app.services import phases, voters
from precinct_app.ui.context import AppContext
from precinct_app.ui.main_window import NAV, MainWindow
from tests.gui.windows import sign_in


def test_turnout_and_the_list_catch_up_when_shown(qtbot: QtBot, demo_ctx: AppContext) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    window.show()
    assert window.desk is not None and window.turnout is not None
    assert window.voter_list is not None
    window.nav.setCurrentRow(NAV.index("turnout"))
    assert window.turnout.figures[0].values[0].text() == "0"
    window.nav.setCurrentRow(NAV.index("desk"))
    for list_no in (3, 4):
        with demo_ctx.db.reading() as s:
            window.desk.search_box.setText(voters.resolve(s, str(list_no)).iin)
        window.desk.issue_selected()
    assert window.desk.last_result is not None and window.desk.last_result.list_no == 4
    assert window.turnout.figures[0].values[0].text() == "0"  # hidden: not re-read yet
    window.nav.setCurrentRow(NAV.index("turnout"))
    assert window.turnout.figures[0].values[0].text() == "2"  # shown: current
