"""The demo station through a whole voting day, from the main window only (issue 3's done-when).

Every step goes through the widgets a commission member uses; the test checks what
they would see (the header, the banners, the tables) and what the records hold.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from precinct_app.models import Issuance, OutsideTrip, Spoilage, TurnoutSnapshot
from precinct_app.services import audit, backup, phases, voters
from precinct_app.ui.context import AppContext
from precinct_app.ui.day_panel import DayPanel
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.undo_dialog import UndoDialog
from tests.gui.windows import sign_in

ADDED_IIN = "900517401251"


@pytest.fixture(autouse=True)
def _answers(monkeypatch: pytest.MonkeyPatch, _no_modal_boxes: list[str]) -> list[str]:
    shown = _no_modal_boxes
    monkeypatch.setattr(DayPanel, "confirm", staticmethod(lambda *_a: True))
    monkeypatch.setattr(UndoDialog, "ask", staticmethod(lambda *_a: ("c1", "wrong voter")))
    return shown


def _go(window: MainWindow, key: str) -> None:
    window.nav.setCurrentRow(NAV.index(key))


def _iin(ctx: AppContext, list_no: int) -> str:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return voters.resolve(s, str(list_no)).iin


@pytest.mark.sqlite_only  # a single laptop's SQLite backups at each phase change
def test_a_whole_day_from_the_window(
    qtbot: QtBot, demo_ctx: AppContext, _answers: list[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    demo_ctx.settings.backup_dir = str(tmp_path / "backup-stick")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    window.resize(1366, 768)
    window.show()
    assert window.station_screen and window.desk and window.outside and window.list_changes
    assert window.turnout is not None
    desk, panel = window.desk, window.station_screen.day_panel

    # Morning, set-up: an outside-voting application taken before opening.
    _go(window, "outside")
    qtbot.keyClicks(window.outside.picker.search_box, _iin(demo_ctx, 30))
    window.outside.register_button.click()
    assert window.outside.register.rowCount() == 1

    # 07:00 (the fixture's clock says 09:00): the chair opens voting.
    _go(window, "station")
    panel.open_button.click()
    assert window.header.phase.text() == "Voting open"
    # A backup at the phase change, onto the chosen stick; the backups stay on this screen
    # all day (location, "Back up now", the paper list for when the laptop fails).
    assert window.backup_panel.isVisibleTo(window.station_screen)
    qtbot.waitUntil(lambda: window.backups.last is not None, timeout=20_000)
    [taken] = backup.list_backups(tmp_path / "backup-stick", demo_ctx.db_path, check=True)
    assert taken.reason == "phase-voting-open" and taken.check is not None
    assert taken.check.ok and taken.check.phase == "voting_open"
    assert "Last backup: " + taken.path.name in window.backup_panel.banner.text()

    # The desk: a scanner types IINs; one voter spoils a ballot; one issuance is undone.
    _go(window, "desk")
    assert window.pages.currentWidget() is desk
    for list_no in (1, 2, 3, 4):
        qtbot.keyClicks(desk.search_box, _iin(demo_ctx, list_no))
        qtbot.keyClick(desk.search_box, Qt.Key.Key_Return)
        assert "Ballot issued" in desk.banner.text()
    qtbot.keyClicks(desk.search_box, _iin(demo_ctx, 2))
    qtbot.keyClick(desk.search_box, Qt.Key.Key_Return)  # the same card again: nothing issued
    assert "Already has a ballot" in desk.banner.text()
    desk.spoil_selected()
    assert "Replacement ballot issued" in desk.banner.text()
    desk.search_box.setText(_iin(demo_ctx, 4))
    desk.undo_selected()
    assert "undone" in desk.banner.text()
    # The header's count follows the confirmation, drawn first, within the next turn.
    qtbot.waitUntil(lambda: window.header.voters.text() == "Ballots issued: 3 of 300",
                    timeout=2_000)

    # List changes: a voter with an absentee certificate is added, then issued at the desk.
    _go(window, "changes")
    form = window.list_changes.add_form
    form.surname.setText("Ли")
    form.given_name.setText("Анна")
    qtbot.keyClicks(form.iin_box, ADDED_IIN)
    qtbot.keyClicks(form.reference, "0412")  # QTest types ASCII only
    qtbot.keyClick(form.reference, Qt.Key.Key_Return)
    assert "Added as No. 301" in form.result.text()
    _go(window, "desk")
    qtbot.keyClicks(desk.search_box, ADDED_IIN)
    qtbot.keyClick(desk.search_box, Qt.Key.Key_Return)
    assert "No. 301" in desk.banner.text()

    # Outside voting: a trip with two members takes one ballot, serves the applicant, returns.
    _go(window, "outside")
    trips = window.outside.trips
    window.outside.tabs.setCurrentWidget(trips)
    trips.member1.setCurrentIndex(trips.member1.findData("c4"))  # nobody is chosen at first
    trips.member2.setCurrentIndex(trips.member2.findData("c5"))
    trips.ballots_spin.setValue(1)
    trips.start_button.click()
    trips.record_button.click()
    assert trips.banner.kind == "ok"
    trips.returned_spin.setValue(0)
    trips.end_button.click()
    assert trips.banner.kind == "ok"

    # Turnout: the live figures, and the 12:00 snapshot taken when the clock passes it.
    _go(window, "turnout")
    assert window.turnout.figures[0].isVisible()
    noon = dt.datetime.fromisoformat("2024-10-06T12:05:00+05:00")  # the clock moves on
    monkeypatch.setattr(demo_ctx.clock, "fixed", noon)
    window._on_snapshot_timer_timeout()  # the window's 30 s timer

    # Evening: the chair closes voting; the desk is disabled and says so.
    _go(window, "station")
    panel.close_button.click()
    assert window.header.phase.text() == "Voting closed"
    assert not desk.work.isEnabled() and desk.phase_note.text() == "Voting is closed"
    assert not _answers

    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        live = s.execute(select(Issuance.place, func.count()).where(Issuance.undone_at.is_(None))
                         .group_by(Issuance.place)).all()
        assert dict(live) == {"premises": 4, "outside": 1}
        assert s.scalar(select(func.count()).select_from(Spoilage)) == 1
        trip = s.scalars(select(OutsideTrip)).one()
        assert (trip.ballots_taken, trip.ballots_returned, trip.ended_at is not None) == (
            1, 0, True)
        assert s.scalars(select(TurnoutSnapshot.report_time)).all() == ["10:00", "12:00"]
        assert phases.current_phase(s) == phases.CLOSED
        assert audit.verify_chain(s).ok
