"""The outside-voting screen as the commission uses it: applications, the deadline, trips."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from precinct_app.models import AuditEvent, Issuance, OutsideApplication, OutsideTrip
from precinct_app.services import outside, phases, voters
from precinct_app.services.clock import Clock
from precinct_app.services.voters import VoterView
from precinct_app.ui.context import AppContext
from precinct_app.ui.outside_models import RegisterColumn
from precinct_app.ui.outside_screen import OutsideScreen
from precinct_app.ui.outside_trips import TripsPanel
from precinct_app.ui.signals import emit

CHAIR, SECRETARY = "c1", "c3"
AFTER_DEADLINE = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T13:00:00+05:00"))


def _open(ctx: AppContext) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.open_voting(s, ctx.clock, CHAIR)
    emit(ctx.bridge.data_changed)


def _voter(ctx: AppContext, list_no: int) -> VoterView:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return voters.resolve(s, str(list_no))


def _apply(ctx: AppContext, *list_numbers: int) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        for list_no in list_numbers:
            outside.apply(s, ctx.clock, SECRETARY, _voter(ctx, list_no).id, "illness")
    emit(ctx.bridge.data_changed)


def _events(ctx: AppContext, kind: str | None = None) -> int:
    assert ctx.db is not None
    query = select(func.count()).select_from(AuditEvent)
    if kind is not None:
        query = query.where(AuditEvent.action == kind)
    with ctx.db.reading() as s:
        return s.scalar(query) or 0


def _screen(qtbot: QtBot, ctx: AppContext) -> OutsideScreen:
    screen = OutsideScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 620)
    screen.show()
    return screen


def _cell(screen: OutsideScreen, row: int, column: RegisterColumn) -> str:
    return str(screen.register.index(row, column).data())


def _choose_members(trips: TripsPanel, first: str = "c4", second: str = "c5") -> None:
    """The commission chooses who goes (nobody is chosen for it)."""
    trips.member1.setCurrentIndex(trips.member1.findData(first))
    trips.member2.setCurrentIndex(trips.member2.findData(second))
    assert trips.member1.member_id == first and trips.member2.member_id == second


def _find(qtbot: QtBot, screen: OutsideScreen, voter: VoterView) -> None:
    qtbot.keyClicks(screen.picker.search_box, voter.iin)
    assert screen.picker.voter == voter


def test_registering_an_application_from_the_screen(
    qtbot: QtBot, demo_ctx: AppContext, _no_modal_boxes: list[str]
) -> None:
    screen = _screen(qtbot, demo_ctx)  # set-up: applications are taken before voting day too
    assert screen.register.rowCount() == 0 and screen.register_button.isEnabled()
    voter = _voter(demo_ctx, 5)
    _find(qtbot, screen, voter)
    assert screen.address_edit.text() == voter.address  # prefilled from the list, editable
    screen.address_edit.setText("дача, Қосшы ауылы, 12")
    screen.reason_combo.setCurrentIndex(screen.reason_combo.findData("remoteness"))
    qtbot.keyClicks(screen.reason_detail, "18 km")
    screen.register_button.click()
    assert screen.banner.kind == "ok" and voter.full_name in screen.banner.text()
    assert screen.register.rowCount() == 1
    assert _cell(screen, 0, RegisterColumn.LIST_NO) == "5"
    assert _cell(screen, 0, RegisterColumn.NAME) == voter.full_name
    assert _cell(screen, 0, RegisterColumn.ADDRESS) == "дача, Қосшы ауылы, 12"
    assert _cell(screen, 0, RegisterColumn.REASON) == "remoteness: 18 km"
    assert _cell(screen, 0, RegisterColumn.TIME) == "09:00"
    assert _cell(screen, 0, RegisterColumn.BALLOT) == "none"
    assert _cell(screen, 0, RegisterColumn.LATE) == ""
    assert _events(demo_ctx, "outside.applied") == 1
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        stored = s.scalars(select(OutsideApplication.reason)).one()
    assert stored == "remoteness: 18 km"  # a code, whatever the screen's language
    assert screen.picker.search_box.text() == "" and not _no_modal_boxes
    # The same voter again: refused in place with the domain's words; nothing written.
    _find(qtbot, screen, voter)
    assert "already applied" in screen.chosen_label.text()
    screen.register_button.click()
    assert screen.banner.kind == "error" and "already applied" in screen.banner.text()
    assert screen.register.rowCount() == 1 and _events(demo_ctx, "outside.applied") == 1


def test_a_late_application_needs_its_reason(qtbot: QtBot, demo_ctx: AppContext) -> None:
    demo_ctx.clock = AFTER_DEADLINE
    screen = _screen(qtbot, demo_ctx)
    assert screen.late and screen.late_edit.isVisible()
    assert "12:00" in screen.deadline_label.text()
    _find(qtbot, screen, _voter(demo_ctx, 7))
    events = _events(demo_ctx)
    screen.register_button.click()
    assert screen.banner.kind == "warn" and "12:00" in screen.banner.text()
    assert screen.register.rowCount() == 0 and _events(demo_ctx) == events
    qtbot.keyClicks(screen.late_edit, "phoned at 11:50, line was busy")
    screen.register_button.click()
    assert screen.banner.kind == "ok"
    assert _cell(screen, 0, RegisterColumn.LATE) == "yes"
    tip = screen.register.index(0, RegisterColumn.LATE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "phoned at 11:50, line was busy"


def test_before_the_deadline_no_late_reason_is_asked(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    assert not screen.late and not screen.late_edit.isVisible()
    assert "until 12:00" in screen.deadline_label.text()


def test_start_a_trip_serve_a_voter_end_it_balanced(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _open(demo_ctx)
    _apply(demo_ctx, 3, 5, 7)
    screen = _screen(qtbot, demo_ctx)
    trips = screen.trips
    screen.tabs.setCurrentWidget(trips)
    assert trips.start_button.isEnabled() and trips.ballots_spin.maximum() == 3
    _choose_members(trips)
    trips.ballots_spin.setValue(2)
    trips.start_button.click()
    assert trips.banner.kind == "ok"
    trip = trips.current_trip()
    assert trip is not None and trip.is_open and trip.taken == 2
    assert trips.ballots_spin.maximum() == 1  # 3 waiting, 2 already out
    assert trips.applicant_combo.count() == 3
    served = _voter(demo_ctx, 5)
    trips.applicant_combo.setCurrentIndex(trips.applicant_combo.findData(served.id))
    trips.record_button.click()
    assert trips.banner.kind == "ok" and served.full_name in trips.banner.text()
    row = next(i for i in range(screen.register.rowCount())
               if screen.register.application(i).voter_id == served.id)
    assert _cell(screen, row, RegisterColumn.BALLOT) == f"on trip {trip.trip_id}"
    assert trips.applicant_combo.findData(served.id) == -1
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        issued = s.execute(select(Issuance.place, Issuance.trip_id, Issuance.member_id)).one()
    assert (issued.place, issued.trip_id) == ("outside", trip.trip_id)
    assert issued.member_id in trip.members
    trips.returned_spin.setValue(1)
    assert trips.balance_label.text().startswith("✔")
    trips.end_button.click()
    assert trips.banner.kind == "ok"
    with demo_ctx.db.reading() as s:
        row_ = s.get(OutsideTrip, trip.trip_id)
        assert row_ is not None
        assert row_.ended_at is not None and (row_.ballots_returned, row_.ballots_spoiled) == (1, 0)
    done = trips.model.trip(trips.model.row_of(trip.trip_id))
    assert done is not None and not done.is_open
    assert not trips.end_button.isEnabled()  # no trip under way any more


def test_an_unbalanced_end_is_refused_in_place(
    qtbot: QtBot, demo_ctx: AppContext, _no_modal_boxes: list[str]
) -> None:
    _open(demo_ctx)
    _apply(demo_ctx, 3, 5)
    screen = _screen(qtbot, demo_ctx)
    trips = screen.trips
    _choose_members(trips)
    trips.ballots_spin.setValue(2)
    trips.start_button.click()
    trips.record_button.click()  # one voter served; one ballot should come back
    trip = trips.current_trip()
    assert trip is not None and trip.issued == 1
    assert trips.balance_label.text().startswith("✕")  # nothing typed yet: 2 != 1 + 0 + 0
    events = _events(demo_ctx)
    trips.end_button.click()
    assert trips.banner.kind == "error" and "does not balance" in trips.banner.text()
    assert not _no_modal_boxes  # in place, not a modal box
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        row = s.get(OutsideTrip, trip.trip_id)
        assert row is not None and row.ended_at is None and row.ballots_returned is None
    assert _events(demo_ctx) == events
    still = trips.current_trip()
    assert still is not None and still.is_open and trips.end_button.isEnabled()


def test_trips_are_disabled_while_voting_is_not_open(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _apply(demo_ctx, 3)
    screen = _screen(qtbot, demo_ctx)
    trips = screen.trips
    for widget in (trips.start_button, trips.ballots_spin, trips.member1, trips.record_button,
                   trips.end_button):
        assert not widget.isEnabled()
    assert trips.start_button.toolTip() == "Voting is not open"
    assert trips.phase_note.text()
    assert screen.register_button.isEnabled()  # applications are taken in set-up
    _open(demo_ctx)  # the screen follows data_changed
    assert trips.start_button.isEnabled() and trips.start_button.toolTip() == ""
    assert not trips.phase_note.isVisible()
    _choose_members(trips)
    trips.start_button.click()
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        trip = s.scalars(select(OutsideTrip)).one()
        outside.end_trip(s, demo_ctx.clock, trip.id, returned=1)
        phases.close_voting(s, demo_ctx.clock, CHAIR)
    emit(demo_ctx.bridge.data_changed)
    assert not trips.start_button.isEnabled()
    assert trips.start_button.toolTip() == "Voting is not open"


def test_stored_reasons_read_in_the_interface_language(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _apply(demo_ctx, 3)  # stored as the code "illness"
    screen = _screen(qtbot, demo_ctx)
    assert _cell(screen, 0, RegisterColumn.REASON) == "illness"
    demo_ctx.settings.language = "ru"
    screen.retranslate_ui()
    assert _cell(screen, 0, RegisterColumn.REASON) == "болезнь"
    assert screen.reason_combo.itemText(0) == "болезнь"


def test_enter_in_the_search_moves_on_to_the_address(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    screen.picker.search_box.setFocus()
    qtbot.keyClicks(screen.picker.search_box, _voter(demo_ctx, 7).iin)
    qtbot.keyClick(screen.picker.search_box, Qt.Key.Key_Return)
    assert screen.focusWidget() is screen.address_edit  # (offscreen: no active window)
    assert screen.register.rowCount() == 0  # Enter alone registers nothing


def test_a_trip_issues_no_more_ballots_than_it_took(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _open(demo_ctx)
    _apply(demo_ctx, 3, 5)
    screen = _screen(qtbot, demo_ctx)
    trips = screen.trips
    _choose_members(trips)
    trips.ballots_spin.setValue(1)
    trips.start_button.click()
    trips.record_button.click()
    assert trips.applicant_combo.count() == 1  # voter 5 still waits, but the box is empty
    assert not trips.record_button.isEnabled()
    assert trips.record_button.toolTip() == "Every ballot taken on this trip is issued"
    assert trips.balance_label.text().startswith("✔")  # 1 = 1 + 0 + 0


def test_no_applications_once_voting_is_closed(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _open(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    assert screen.form_page.isEnabled()
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.close_voting(s, demo_ctx.clock, CHAIR)
    emit(demo_ctx.bridge.data_changed)
    assert not screen.form_page.isEnabled() and screen.form_page.toolTip() == "Voting is closed"


def test_a_trip_starts_with_nobody_chosen(
    qtbot: QtBot, demo_ctx: AppContext, _no_modal_boxes: list[str]
) -> None:
    """Issue 11 item 9: not the member working at this desk by default; a conscious choice."""
    demo_ctx.settings.desk_member = "c4"  # working at the desk on this laptop
    _open(demo_ctx)
    _apply(demo_ctx, 3, 5)
    screen = _screen(qtbot, demo_ctx)
    trips = screen.trips
    assert trips.member1.member_id == "" and trips.member2.member_id == ""
    assert trips.member1.currentText() == "" and trips.member1.placeholderText()
    events = _events(demo_ctx)
    trips.start_button.click()  # refused in place, saying what to do
    assert trips.banner.kind == "error"
    assert trips.banner.text().endswith("Choose the two members who go with the box.")
    assert _events(demo_ctx) == events and not _no_modal_boxes
    _apply(demo_ctx, 7)  # the screen re-reads: still nobody chosen
    assert trips.member1.member_id == ""
    _choose_members(trips)
    _apply(demo_ctx, 9)  # a choice made survives a refresh
    assert (trips.member1.member_id, trips.member2.member_id) == ("c4", "c5")
    trips.start_button.click()
    assert trips.banner.kind == "ok"
    assert trips.member1.member_id == "" and trips.member2.member_id == ""  # next trip afresh
