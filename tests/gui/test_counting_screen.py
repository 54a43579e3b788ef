"""The counting screen as the commission uses it: the steps, the protocol entry, the checks."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from precinct_app.models import AuditEvent
from precinct_app.services import counting, issuance, phases, protocol, voters
from precinct_app.services.clock import Clock
from precinct_app.ui.context import AppContext
from precinct_app.ui.counting_screen import CountingScreen
from precinct_app.ui.counting_steps import CURRENT, DONE, PENDING
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.protocol_entry import ProtocolEntry
from precinct_app.ui.signals import emit
from tests.gui.windows import sign_in
from tests.qt_fixtures import sign_in_desk

CHAIR, SECRETARY, MEMBER = "c1", "c3", "c4"
CONTEST = "npp"
ISSUED = 3
# A consistent count of the three ballots issued (the Kazakh referendum form, docs/domain.md §10).
ENTERED = {"in_portable_boxes": 0, "in_stationary_boxes": 3, "invalid": 1, "valid": 2,
           "valid_not_counted": 0, "lost": 0, "not_accounted": 0, "yes": 1, "no": 1}
ENTERED_ORDER = list(ENTERED)


def _close(ctx: AppContext) -> None:
    """Open voting, issue three ballots, close voting."""
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.open_voting(s, ctx.clock, CHAIR)
        for list_no in range(1, ISSUED + 1):
            voter = voters.resolve(s, str(list_no))
            issuance.issue(s, ctx.clock, voter.id, CONTEST, MEMBER)
        phases.close_voting(s, ctx.clock, CHAIR)
    emit(ctx.bridge.data_changed)


def _start_count(ctx: AppContext, through: str = counting.CANCEL) -> None:
    """Close, then record the steps up to ``through`` by the services."""
    _close(ctx)
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        expected = counting.expected(s)[0]
        for step in counting.STEPS[: counting.STEPS.index(through) + 1]:
            cancelled = {CONTEST: expected.to_cancel} if step == counting.CANCEL else None
            counting.record_step(s, ctx.clock, CHAIR, step, cancelled)
    emit(ctx.bridge.data_changed)


def _events(ctx: AppContext, action: str) -> list[dict[str, object]]:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        rows = s.scalars(select(AuditEvent.payload).where(AuditEvent.action == action))
        return [json.loads(p) for p in rows]


def _audit_count(ctx: AppContext) -> int:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0


def _screen(qtbot: QtBot, ctx: AppContext) -> CountingScreen:
    screen = CountingScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 620)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _entry(qtbot: QtBot, ctx: AppContext) -> tuple[CountingScreen, ProtocolEntry]:
    screen = _screen(qtbot, ctx)
    screen.tabs.setCurrentIndex(1)
    return screen, screen.entry


def _type(qtbot: QtBot, entry: ProtocolEntry, values: dict[str, int]) -> None:
    for key, value in values.items():
        edit = entry.rows[key].edit
        edit.clear()
        qtbot.keyClicks(edit, str(value))


def _choose(combo: object, member_id: str, ctx: AppContext | None = None) -> None:
    """The acting member: a switch at the desk (their PIN), or a choice of a second member."""
    from precinct_app.ui.member_combo import MemberCombo

    assert isinstance(combo, MemberCombo)
    if combo.follows_desk:
        assert ctx is not None
        sign_in_desk(ctx, member_id)
    else:
        combo.setCurrentIndex(combo.findData(member_id))
    assert combo.member_id == member_id


def test_before_closing_the_screen_says_so_and_the_navigation_waits(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    screen = _screen(qtbot, demo_ctx)
    assert screen.phase_banner.isVisible()
    assert "Voting is not closed yet" in screen.phase_banner.text()
    assert all(row.state == PENDING for row in screen.step_rows.values())
    assert not screen.action_panel.isVisible()  # no Confirm before closing
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    item = window.nav.item(NAV.index("counting"))
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert item.toolTip() == "Voting is not closed yet"
    _close(demo_ctx)
    assert window.nav.item(NAV.index("counting")).flags() & Qt.ItemFlag.ItemIsEnabled


@pytest.mark.usefixtures("frozen_clock")
def test_walking_the_steps_from_the_screen(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _close(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    assert not screen.phase_banner.isVisible()
    edit = screen.cancel.edits[CONTEST]
    qtbot.keyClicks(edit, "298")  # the commission found two fewer than the records
    assert screen.cancel.expected_labels[CONTEST].text() == (
        "the records expect 300 (of which 0 spoiled)")
    assert screen.cancel.difference_labels[CONTEST].text() == "■ differs by −2"
    assert screen.step_rows[counting.CANCEL].state == CURRENT
    assert "started" not in screen.limit_label.text()
    _choose(screen.member_combo, SECRETARY, demo_ctx)
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    first = screen.step_rows[counting.CANCEL]
    assert first.state == DONE and first.state_label.text() == "✔ done"
    assert first.detail.text() == "09:00 · Оспанова Г. А."  # the secretary
    assert edit.text() == ""  # recorded: the field is not left holding the figure
    assert screen.step_rows[counting.SUMMARISE].state == CURRENT
    assert screen.banner.kind == "ok"
    assert "Count started at 09:00 · limit 21:00 · 12 h 00 min left" in screen.limit_label.text()
    step = _events(demo_ctx, "count.step")[0]
    assert step["detail"] == {CONTEST: {"cancelled": 298, "expected": 300, "spoiled": 0}}
    for name in (counting.SUMMARISE, counting.PORTABLE, counting.STATIONARY, counting.SORT):
        assert screen.step_rows[name].state == CURRENT
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
        assert screen.step_rows[name].state == DONE
    assert len(_events(demo_ctx, "count.step")) == 5
    # Filling the protocol: the step's button takes the user to the entry.
    assert screen.step_rows[counting.FILL].state == CURRENT
    assert screen.tabs.currentIndex() == 1  # taken there when the step came up
    screen.tabs.setCurrentIndex(0)
    assert screen.open_entry_button.isVisible() and not screen.confirm_button.isVisible()
    qtbot.mouseClick(screen.open_entry_button, Qt.MouseButton.LeftButton)
    assert screen.tabs.currentIndex() == 1
    # Confirming it with lines empty is refused there, in place.
    qtbot.mouseClick(screen.step_confirm_button, Qt.MouseButton.LeftButton)
    assert screen.entry.banner.kind == "error"
    assert "lines 6, 7, 8, 9, 10, 11, 12, 13, 14 are empty" in screen.entry.banner.text()
    assert len(_events(demo_ctx, "count.step")) == 5


def test_a_step_out_of_order_is_refused_in_place(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _close(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    # Only the current step has a Confirm: the panel sits right under it.
    assert screen.steps_layout.indexOf(screen.action_panel) == 1
    assert not screen.confirm_step(counting.STATIONARY)
    assert screen.banner.kind == "error"
    assert "the steps go in order" in screen.banner.text()
    assert _events(demo_ctx, "count.step") == []
    assert screen.step_rows[counting.STATIONARY].state == PENDING


@pytest.mark.usefixtures("frozen_clock")
def test_the_limit_shows_past_twelve_hours(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _start_count(demo_ctx)
    demo_ctx.clock = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T21:20:00+05:00"))
    screen = _screen(qtbot, demo_ctx)
    label = screen.limit_label.text()
    assert label.startswith("✕ Over the 12-hour limit")
    assert "limit 21:00, passed by 0 h 20 min" in label
    assert "#8c1d18" in screen.limit_label.styleSheet()


def test_entry_by_keyboard_with_words_as_you_type(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _start_count(demo_ctx, counting.SORT)
    screen, entry = _entry(qtbot, demo_ctx)
    rows = entry.rows
    assert rows["voters_on_list"].value() == 300  # computed lines prefilled from the records
    assert rows["issued_in_premises"].value() == ISSUED
    assert rows["cancelled"].value() == 300  # from the first step
    assert rows["in_portable_boxes"].edit.text() == ""  # empty, not zero
    assert rows["in_portable_boxes"].edit.placeholderText() == "empty"
    assert rows["cancelled"].source.text() == "entered"
    assert rows["voters_on_list"].source.text() == "records"
    entry.focus_first_empty()
    for key in ENTERED_ORDER:
        focused = screen.focusWidget()  # (offscreen: no active window)
        assert focused is rows[key].edit, key
        qtbot.keyClicks(focused, str(ENTERED[key]))
        assert rows[key].words.text() == {0: "zero", 1: "one", 2: "two", 3: "three"}[
            ENTERED[key]]
        qtbot.keyClick(focused, Qt.Key.Key_Return)  # Enter: the next line
    assert screen.focusWidget() is entry.save_button  # Enter on the last line
    # Tab moves line to line too.
    rows["valid"].edit.setFocus()
    qtbot.keyClick(rows["valid"].edit, Qt.Key.Key_Tab)
    assert screen.focusWidget() is rows["valid_not_counted"].edit
    qtbot.keyClicks(rows["lost"].edit, "2214")
    assert rows["lost"].words.text() == "two thousand, two hundred and fourteen"
    qtbot.keyClick(rows["lost"].edit, Qt.Key.Key_Return)
    assert rows["lost"].edit.text() == "2\u202f214"  # narrow no-break space thousands once typed
    assert entry.typed_values()["lost"] == 2214


def test_a_broken_ratio_fails_live_with_its_numbers(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _start_count(demo_ctx, counting.SORT)
    _screen, entry = _entry(qtbot, demo_ctx)
    card = entry.checks_panel.cards["boxes_balance"]
    assert card.state_text == "… incomplete"
    assert "wait for lines: 6, 7, 8, 9" in card.numbers_text
    _type(qtbot, entry, {**ENTERED, "in_stationary_boxes": 5})  # 0 + 5 against 1 + 2
    assert card.state_text == "✕ fails · error"
    assert card.numbers_text == "6 + 7 = 8 + 9: 5 against 3, difference +2"
    assert card.message_label.isVisible()
    assert "Ballots in the boxes must equal invalid + valid" in card.message_label.text()
    for key in ("in_portable_boxes", "in_stationary_boxes", "invalid", "valid"):
        assert entry.rows[key].tint == "error" and entry.rows[key].mark.text() == "✕"
    assert entry.rows["lost"].tint == ""
    # The warning "more ballots in the boxes than issued" fails too, in its own colour.
    warning = entry.checks_panel.cards["boxes_within_issued"]
    assert warning.state_text == "■ fails · warning"
    assert entry.rows["issued_in_premises"].tint == "warning"
    # Put right, every check holds again, before anything is saved.
    _type(qtbot, entry, {"in_stationary_boxes": 3})
    assert card.state_text == "✔ holds"
    assert all(c.state_text == "✔ holds" for c in entry.checks_panel.cards.values())
    assert entry.rows["valid"].tint == ""
    assert _events(demo_ctx, "protocol.values_set") == []


def test_save_writes_every_changed_line_in_one_event(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _start_count(demo_ctx, counting.SORT)
    screen, entry = _entry(qtbot, demo_ctx)
    done: list[str] = []
    screen.action_done.connect(done.append)
    assert not entry.save_button.isEnabled()  # nothing changed yet
    _type(qtbot, entry, ENTERED)
    assert entry.save_button.text() == "Save 9 changed lines"
    before = _audit_count(demo_ctx)
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert _audit_count(demo_ctx) == before + 1
    (event,) = _events(demo_ctx, "protocol.values_set")
    assert event["values"] == ENTERED
    assert entry.banner.kind == "ok" and done and "9 lines saved at 09:00" in done[0]
    assert entry.changed_values() == {} and not entry.save_button.isEnabled()
    # The step now goes through, from the entry.
    qtbot.mouseClick(screen.step_confirm_button, Qt.MouseButton.LeftButton)
    assert screen.step_rows[counting.FILL].state == DONE


def test_an_override_needs_a_reason_and_the_chair(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _start_count(demo_ctx, counting.SORT)
    _screen, entry = _entry(qtbot, demo_ctx)
    assert not entry.reason_row.isVisible()
    _type(qtbot, entry, {"issued_in_premises": 4})
    assert entry.reason_row.isVisible()
    assert entry.reason_caption.text().startswith("Line 3 differs from the records")
    assert entry.rows["issued_in_premises"].source.text() == "records: 3"
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert entry.banner.kind == "error"
    assert "line 3 is computed from the records (3): to write 4 give a reason" in (
        entry.banner.text())
    assert _events(demo_ctx, "protocol.values_set") == []
    qtbot.keyClicks(entry.reason_edit, "one voter signed but the issue was not recorded")
    _choose(entry.member_combo, SECRETARY, demo_ctx)
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert entry.banner.kind == "error" and "may not" in entry.banner.text()
    assert _events(demo_ctx, "protocol.values_set") == []
    _choose(entry.member_combo, CHAIR, demo_ctx)
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert entry.banner.kind == "ok"
    (event,) = _events(demo_ctx, "protocol.values_set")
    assert event["overrides"] == {"issued_in_premises": {
        "computed": 3, "reason": "one voter signed but the issue was not recorded"}}
    assert entry.rows["issued_in_premises"].source.text() == "changed (records: 3)"
    assert not entry.reason_row.isVisible()


def test_double_entry_shows_mismatches_and_saves_nothing_until_they_agree(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _start_count(demo_ctx, counting.SORT)
    _screen, entry = _entry(qtbot, demo_ctx)
    entry.double_check.setChecked(True)
    assert entry.second_combo.isVisible()
    _choose(entry.member_combo, CHAIR, demo_ctx)
    _choose(entry.second_combo, SECRETARY)
    _type(qtbot, entry, ENTERED)
    assert entry.save_button.text() == "Hand over to the second member"
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    # The first entry is hidden: the entered lines are blank for the second member.
    assert all(entry.rows[k].edit.text() == "" for k in ENTERED)
    assert entry.rows["cancelled"].edit.text() == ""
    assert entry.rows["voters_on_list"].edit.isReadOnly()  # computed lines stay as they are
    _type(qtbot, entry, {**ENTERED, "cancelled": 300, "yes": 2})
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert entry.banner.kind == "error"
    assert "differ on 1 line: 13. Nothing is saved" in entry.banner.text()
    row = entry.rows["yes"]
    assert row.tint == "mismatch" and row.mark.text() == "≠"
    assert row.words.text() == "first: 1 · second: 2"
    assert _events(demo_ctx, "protocol.values_set") == []
    _type(qtbot, entry, {"yes": 1})  # the pile counted again: the second member corrects
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    (event,) = _events(demo_ctx, "protocol.values_set")
    assert event["confirmed_by"] == SECRETARY
    assert event["values"] == {**ENTERED, "cancelled": 300}
    assert entry.banner.kind == "ok"
    assert entry.rows["yes"].edit.text() == "1" and entry.rows["yes"].tint == ""


def test_double_entry_needs_another_member(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _start_count(demo_ctx, counting.SORT)
    _screen, entry = _entry(qtbot, demo_ctx)
    entry.double_check.setChecked(True)
    _choose(entry.member_combo, CHAIR, demo_ctx)
    _choose(entry.second_combo, CHAIR)
    _type(qtbot, entry, ENTERED)
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert entry.banner.kind == "error" and "another member" in entry.banner.text()
    assert entry.rows["yes"].edit.text() == "1"  # still the first entry: nothing handed over


def test_the_chair_explains_a_failing_warning_in_place(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _start_count(demo_ctx, counting.SORT)
    _screen, entry = _entry(qtbot, demo_ctx)
    # One more ballot in the stationary box than issued: errors hold, a warning fails.
    _type(qtbot, entry, {**ENTERED, "in_stationary_boxes": 4, "valid": 3, "yes": 2})
    card = entry.checks_panel.cards["boxes_within_issued"]
    assert not card.explain_button.isVisible()  # not saved yet: nothing to explain
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert card.state_text == "■ fails · warning" and card.explain_button.isVisible()
    qtbot.mouseClick(card.explain_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(card.explain_edit, "a ballot from the portable box was put in the wrong box")
    _choose(entry.member_combo, SECRETARY, demo_ctx)
    qtbot.mouseClick(card.explain_save, Qt.MouseButton.LeftButton)
    assert card.explain_banner.kind == "error"  # the chair explains
    assert _events(demo_ctx, "protocol.warning_explained") == []
    _choose(entry.member_combo, CHAIR, demo_ctx)
    qtbot.mouseClick(card.explain_save, Qt.MouseButton.LeftButton)
    (event,) = _events(demo_ctx, "protocol.warning_explained")
    assert event["check"] == "boxes_within_issued"
    card = entry.checks_panel.cards["boxes_within_issued"]
    assert card.explanation_label.text().startswith("Explained: a ballot from the portable")


def _sign(ctx: AppContext) -> str:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        protocol.set_values(s, ctx.clock, CHAIR, CONTEST, dict(ENTERED))
        counting.record_step(s, ctx.clock, CHAIR, counting.FILL)
        counting.record_step(s, ctx.clock, CHAIR, counting.CHECK)
        data = protocol.sign(s, ctx.clock, CHAIR, CONTEST, [CHAIR, "c2", SECRETARY, MEMBER])
    emit(ctx.bridge.data_changed)
    assert data.code is not None
    return data.code


def test_the_sign_button_opens_the_signing_dialog(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from precinct_app.ui.sign_dialog import SignDialog

    _start_count(demo_ctx, counting.SORT)
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        protocol.set_values(s, demo_ctx.clock, CHAIR, CONTEST, dict(ENTERED))
        counting.record_step(s, demo_ctx.clock, CHAIR, counting.FILL)
        counting.record_step(s, demo_ctx.clock, CHAIR, counting.CHECK)
    asked: list[str] = []

    def ask(_cls: type, _parent: object, _ctx: AppContext, contest_id: str) -> bool:
        asked.append(contest_id)
        return True

    monkeypatch.setattr(SignDialog, "ask", classmethod(ask))
    screen, _ = _entry(qtbot, demo_ctx)
    assert screen.step_rows[counting.SIGN].state == CURRENT
    assert screen.sign_button.isVisible() and not screen.step_confirm_button.isVisible()
    qtbot.mouseClick(screen.sign_button, Qt.MouseButton.LeftButton)
    assert asked == [CONTEST]


def test_a_signed_protocol_is_read_only(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _start_count(demo_ctx, counting.SORT)
    code = _sign(demo_ctx)
    screen, entry = _entry(qtbot, demo_ctx)
    assert screen.step_rows[counting.SIGN].state == DONE
    assert all(row.edit.isReadOnly() for row in entry.rows.values())
    assert not entry.save_button.isVisible() and not entry.double_check.isVisible()
    assert code in entry.banner.text() and "only a correction can change it" in (
        entry.banner.text())
    assert entry.status_label.text() == "Version 1 · signed"
    assert "Every protocol is signed" in screen.phase_banner.text()


def test_the_count_is_blind_until_a_figure_is_typed(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Issue 11 item 8: step 1 is not prefilled with what the records expect."""
    _close(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    edit = screen.cancel.edits[CONTEST]
    assert edit.text() == "" and edit.placeholderText() == "count them"
    assert screen.cancel.expected_labels[CONTEST].text() == ""
    assert screen.cancel.difference_labels[CONTEST].text() == ""
    left = [label.text() for label in screen.records.findChildren(QLabel)]
    assert "—" in left  # the figure left to cancel is held back too
    # Confirming with the figure not typed is refused in place, without naming the figure.
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.banner.kind == "error" and "300" not in screen.banner.text()
    assert "Type the number of ballots cancelled" in screen.banner.text()
    assert _events(demo_ctx, "count.step") == []
    qtbot.keyClicks(edit, "300")
    assert screen.cancel.expected_labels[CONTEST].text() == (
        "the records expect 300 (of which 0 spoiled)")
    assert screen.cancel.difference_labels[CONTEST].text() == "✔ as expected"
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # emptied again: blind again
    assert screen.cancel.expected_labels[CONTEST].text() == ""
    qtbot.keyClicks(edit, "300")
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.step_rows[counting.CANCEL].state == DONE
    values = [label.text() for label in screen.records.findChildren(QLabel)]
    assert "—" not in values  # counted and recorded: the records' figure shows now


@pytest.mark.usefixtures("frozen_clock")
def test_the_signed_step_shows_when_and_who(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Issue 11 item 9: step 8 done says when the protocol was signed and by whom."""
    _start_count(demo_ctx, counting.SORT)
    _sign(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    last = screen.step_rows[counting.SIGN]
    assert last.state == DONE
    assert last.detail.text() == "09:00 · Жұмабекова А. С."  # the chair signed


def test_the_entry_tab_is_not_named_like_the_protocol_screen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Issue 11 item 9: "Protocol" is the screen; the counting tab is the lines' entry."""
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    screen = window.counting
    assert screen is not None
    for lang, tab, screen_name in (("en", "&Protocol lines", "Protocol"),
                                   ("ru", "&Строки протокола", "Протокол"),
                                   ("kk", "&Хаттама жолдары", "Хаттама")):
        window.set_language(lang)
        assert screen.tabs.tabText(1) == tab
        assert window.nav.item(NAV.index("protocol")).text().startswith(screen_name)
    window.set_language("en")
