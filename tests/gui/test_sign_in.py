"""Members sign in at the window (docs/formats.md §7): the sign-in before any action,
wrong PINs and the wait, switching, the idle lock, the member combos follow the desk."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from precinct_app.models import AuditEvent, MemberPin
from precinct_app.services import build_id, phases, pins, voters
from precinct_app.ui.app import build_context
from precinct_app.ui.context import AppContext
from precinct_app.ui.main_window import MainWindow
from precinct_app.ui.signals import emit
from tests.gui.windows import WindowFactory, sign_in


def _open(ctx: AppContext) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.open_voting(s, ctx.clock, "c1")
    emit(ctx.bridge.data_changed)


def _events(ctx: AppContext, action: str) -> list[dict[str, object]]:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                         .order_by(AuditEvent.seq)).all()
        return [{"actor": r.actor, **json.loads(r.payload)} for r in rows]


def _iin(ctx: AppContext, list_no: int) -> str:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return voters.resolve(s, str(list_no)).iin


def _type_pin(window: MainWindow, pin: str) -> None:
    QTest.keyClicks(window.sign_in.pin, pin)
    QTest.keyClick(window.sign_in.pin, Qt.Key.Key_Return)


def test_nothing_of_the_station_shows_before_a_member_signs_in(
    qtbot: QtBot, make_window: WindowFactory, demo_ctx: AppContext
) -> None:
    window = make_window(member=None, shown=True)
    assert window.gate.currentWidget() is window.sign_in
    assert not window.nav.isVisible() and not window.pages.isVisible()
    assert window.sign_in.demo.isVisible() and "1234" in window.sign_in.demo.text()
    assert window.sign_in.pin.echoMode() == window.sign_in.pin.EchoMode.Password
    assert window.desk is not None and window.desk.member_combo.member_id == ""
    sign_in(qtbot, window, "c4")
    assert window.nav.isVisible() and window.pages.isVisible()
    assert "Ахметов Н. Е. — member" in window.header.member.text()
    assert window.header.switch_button.isVisible() and window.header.lock_button.isVisible()
    assert window.desk.member_combo.member_id == "c4"  # the actor is who signed in
    assert _events(demo_ctx, "member.signed_in")[-1] == {
        "actor": "c4", "member": "c4", "desk": demo_ctx.signin.desk, "again": False,
        "build": build_id.current().build_id}


def test_a_wrong_pin_says_the_tries_left_then_the_wait(
    qtbot: QtBot, make_window: WindowFactory, demo_ctx: AppContext
) -> None:
    window = make_window(member=None)
    panel = window.sign_in
    panel.choose("c4")
    _type_pin(window, "9999")
    qtbot.waitUntil(lambda: "4 tries left" in panel.message.text(), timeout=10_000)
    assert "Ахметов Нұрлан Ерланұлы" in panel.message.text() and not window.signed_in
    assert (panel.pin.text() == "" and panel.pin.hasFocus()) or not window.isVisible()
    assert demo_ctx.db is not None
    for _ in range(3):  # three more wrong PINs elsewhere (another desk, the CLI)
        try:
            pins.authenticate(demo_ctx.db.transaction, demo_ctx.clock, "c4", "0000")
        except pins.PinRefused:
            pass
    _type_pin(window, "8888")  # the fifth: the wait begins
    qtbot.waitUntil(lambda: "wait 15 seconds" in panel.message.text(), timeout=10_000)
    assert not panel.button.isEnabled()  # counting down, nothing to press
    assert len(_events(demo_ctx, "member.pin_failed")) == 5
    panel.choose("c5")  # another member is not made to wait
    assert panel.button.isEnabled() and panel.message.text() == ""


def test_a_member_without_a_pin_chooses_one_typed_twice(
    qtbot: QtBot, make_window: WindowFactory, demo_ctx: AppContext
) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        s.execute(update(MemberPin).where(MemberPin.member_id == "c5").values(pin_hash=None))
    window = make_window(member=None)
    panel = window.sign_in
    panel.choose("c5")
    assert not panel.again.isHidden() and "New PIN" in panel.pin_caption.text()
    QTest.keyClicks(panel.pin, "5678")
    QTest.keyClicks(panel.again, "5679")
    QTest.keyClick(panel.again, Qt.Key.Key_Return)
    assert "The two PINs differ" in panel.message.text() and not window.signed_in
    QTest.keyClicks(panel.pin, "5678")
    QTest.keyClicks(panel.again, "5678")
    QTest.keyClick(panel.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    assert _events(demo_ctx, "member.pin_set")[-1]["member"] == "c5"


def test_once_voting_opened_a_member_without_a_pin_is_sent_to_the_chair(
    make_window: WindowFactory, demo_ctx: AppContext
) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
        s.execute(update(MemberPin).where(MemberPin.member_id == "c6").values(pin_hash=None))
    window = make_window(member=None)
    window.sign_in.choose("c6")
    assert "the chair must reset it" in window.sign_in.message.text()
    assert window.sign_in.again.isHidden()


def test_switching_member_changes_the_actor_of_the_next_ballot(
    qtbot: QtBot, make_window: WindowFactory, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    window = make_window(member="c4")
    desk = window.desk
    assert desk is not None
    desk.search_box.setText(_iin(demo_ctx, 1))
    desk.issue_selected()
    window.header.switch_button.click()  # the header's "Switch member"
    assert window.gate.currentWidget() is window.sign_in and not window.signed_in
    assert desk.member_combo.member_id == ""  # nobody acts while the desk is switching
    sign_in(qtbot, window, "c5")
    assert desk.member_combo.member_id == "c5"
    desk.search_box.setText(_iin(demo_ctx, 2))
    desk.issue_selected()
    assert [e["actor"] for e in _events(demo_ctx, "ballot.issued")] == ["c4", "c5"]
    assert _events(demo_ctx, "member.signed_out")[-1] == {
        "actor": "c4", "member": "c4", "desk": demo_ctx.signin.desk, "reason": "switch"}


def test_a_role_that_may_not_act_is_said_never_replaced_by_another_member(
    make_window: WindowFactory
) -> None:
    window = make_window(member="c3")  # the secretary: no ballots
    combo = window.desk.member_combo  # type: ignore[union-attr]
    assert combo.member_id == "" and combo.count() == 0
    assert "may not do this: switch member" in combo.placeholderText()


def test_the_idle_lock_hides_the_voters_and_keeps_what_was_typed(
    qtbot: QtBot, make_window: WindowFactory, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    window = make_window(member="c4", shown=True)
    desk = window.desk
    assert desk is not None and desk.isVisible()
    desk.search_box.setText("Ахмет")  # half-typed when the member walks away
    window.idle.set_interval_ms(50)  # instead of 10 minutes
    qtbot.waitUntil(lambda: window.gate.currentWidget() is window.sign_in, timeout=5000)
    assert not desk.isVisible() and not window.nav.isVisible()
    assert window.status.currentMessage() == ""  # the last action may name a voter
    assert window.sign_in.chosen() is not None and window.sign_in.chosen().id == "c4"
    assert "the PIN of Ахметов" in window.sign_in.note.text()
    assert desk.member_combo.member_id == ""  # locked: nobody acts
    window.idle.set_minutes(10)
    _type_pin(window, "1234")
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    assert desk.isVisible() and desk.search_box.text() == "Ахмет"
    assert _events(demo_ctx, "member.signed_in")[-1]["again"] is True


def test_ctrl_l_locks_and_sign_out_leaves_the_desk_empty(
    make_window: WindowFactory, demo_ctx: AppContext
) -> None:
    window = make_window(member="c2")
    window.lock()
    assert window.gate.currentWidget() is window.sign_in
    assert window.sign_in.sign_out_button.isVisibleTo(window.sign_in)
    window.sign_in.sign_out_button.click()
    assert demo_ctx.signin.member is None and window.header.member.isHidden()
    assert _events(demo_ctx, "member.signed_out")[-1]["reason"] == "sign_out"


def test_only_the_chair_sees_the_idle_lock_setting(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(member="c2")
    setting = window.idle_setting
    assert setting is not None and setting.isHidden()
    window.switch_member()
    sign_in(qtbot, window, "c1")
    assert not setting.isHidden()
    setting.minutes.setValue(3)
    setting.set_button.click()
    assert window.idle.timer.interval() == 3 * 60_000
    assert "3 minutes" in setting.message.text()


def test_member_option_opens_the_sign_in_with_that_member_chosen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    assert build_context(["--member", "c5"]).start_member == "c5"
    demo_ctx.start_member = "c5"
    demo_ctx.signin.set_member(None)  # a new start: nobody at this desk yet
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.sign_in.chosen() is not None and window.sign_in.chosen().id == "c5"
    assert window.focusWidget() is window.sign_in.pin
    _type_pin(window, "1234")
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    assert demo_ctx.signin.member_id == "c5"


def test_a_member_signed_in_at_another_desk_is_shown_as_such(
    make_window: WindowFactory, demo_ctx: AppContext
) -> None:
    from precinct_app.services import desks

    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        desks.sign_in(s, demo_ctx.clock, "DESK-2", "c6")
    window = make_window(member=None)
    rows = {m.id: note for m, note in window.sign_in.model.rows}
    assert rows["c6"] == "signed in at DESK-2" and rows["c5"] == ""


def test_a_trip_starts_only_once_each_member_going_typed_their_pin(
    make_window: WindowFactory, demo_ctx: AppContext, pins_typed: dict[str, str],
) -> None:
    from precinct_app.services import outside

    _open(demo_ctx)
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        outside.apply(s, demo_ctx.clock, "c2", voters.resolve(s, "3").id, "illness")
    window = make_window(member="c2")
    trips = window.outside.trips  # type: ignore[union-attr]
    emit(demo_ctx.bridge.data_changed)
    trips.member1.setCurrentIndex(trips.member1.findData("c4"))
    trips.member2.setCurrentIndex(trips.member2.findData("c5"))
    pins_typed["pin"] = "4321"  # not theirs
    trips.start_button.click()
    assert "Wrong PIN for Ахметов Нұрлан Ерланұлы" in pins_typed["refused"]
    assert _events(demo_ctx, "outside.trip_started") == []
    pins_typed["pin"] = "1234"
    trips.start_button.click()
    assert [e["members"] for e in _events(demo_ctx, "outside.trip_started")] == [["c4", "c5"]]


@pytest.mark.sqlite_only  # a full disk under the SQLite file
def test_a_full_disk_station_still_asks_the_pin_and_writes_nothing(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    from precinct_app.db import open_read_only

    assert demo_ctx.db is not None
    before = _events(demo_ctx, "member.signed_in")
    demo_ctx.db.dispose()
    demo_ctx.db = open_read_only(demo_ctx.db_path)
    demo_ctx.db.read_only = "ro"  # as the disk-full open says (tests/gui/test_disk_full_window)
    demo_ctx.signin.set_member(None)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.sign_in.choose("c4")
    _type_pin(window, "9999")
    qtbot.waitUntil(lambda: "the disk is full" in window.sign_in.message.text(),
                    timeout=10_000)
    _type_pin(window, "1234")
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)  # the rescue paths open
    assert _events(demo_ctx, "member.signed_in") == before  # nothing written
