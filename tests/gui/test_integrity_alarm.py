"""Issue 12: the window's start-up replays the audit log against the tables."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from precinct_app.models import Issuance
from precinct_app.services import anchor, audit, issuance, phases
from precinct_app.ui.context import AppContext
from precinct_app.ui.main_window import MainWindow
from tests.gui.windows import sign_in


def test_a_deleted_issuance_raises_the_alarm_and_the_head_is_shown(
    qtbot: QtBot, qapp: QApplication, demo_ctx: AppContext
) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
        issuance.issue(s, demo_ctx.clock, 5, "npp", "c4")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    assert window.header.integrity_alarm.isHidden()
    with demo_ctx.db.reading() as s:
        head = anchor.head_text(audit.head(s))
    assert head in window.header.toolTip()
    assert window.station_screen is not None
    assert window.station is not None
    window.station_screen.set_station(window.station)
    assert any(label.text() == head for label in window.station_screen.findChildren(QLabel))
    with demo_ctx.db.transaction() as s:  # the attacker, behind the program's back
        s.execute(delete(Issuance))
    window2 = MainWindow(demo_ctx)
    qtbot.addWidget(window2)
    assert not window2.header.integrity_alarm.isHidden()
    assert "No. 5: ballot.issued at event" in window2.header.integrity_alarm.toolTip()
    assert "changed outside the program" in window2.status.currentMessage()
    # An alarm, not a word among the others: white on red, as BACKUP FAILED.
    from precinct_app.ui.shell import apply_look

    apply_look(qapp, demo_ctx.settings)
    window2.show()
    qtbot.waitExposed(window2)
    colour = window2.header.integrity_alarm.grab().toImage().pixelColor(3, 3)
    assert colour.red() > 150 and colour.green() < 90 and colour.blue() < 90, colour.name()
