"""The desk as a member uses it: a scanner types an IIN and Enter; states; the phase."""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from precinct_app.models import AuditEvent, Contest, Issuance, OutsideApplication, Station, Voter
from precinct_app.services import list_changes, phases, voters
from precinct_app.services.voters import VoterView
from precinct_app.ui.context import AppContext
from precinct_app.ui.desk_card import AMBER, BLUE, GREEN, RED
from precinct_app.ui.desk_screen import DeskScreen
from precinct_app.ui.main_window import MainWindow
from precinct_app.ui.signals import emit
from precinct_app.ui.undo_dialog import UndoDialog
from tests.gui.windows import sign_in

CHAIR = "c1"


def _open(ctx: AppContext) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.open_voting(s, ctx.clock, CHAIR)
    emit(ctx.bridge.data_changed)


def _close(ctx: AppContext) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.close_voting(s, ctx.clock, CHAIR)
    emit(ctx.bridge.data_changed)


def _voter(ctx: AppContext, list_no: int) -> VoterView:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return voters.resolve(s, str(list_no))


def _counts(ctx: AppContext) -> tuple[int, int]:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        issued = s.scalar(select(func.count()).select_from(Issuance)) or 0
        events = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return issued, events


def _desk(qtbot: QtBot, ctx: AppContext) -> DeskScreen:
    desk = DeskScreen(ctx)
    qtbot.addWidget(desk)
    desk.resize(1100, 640)
    desk.show()
    return desk


def _scan(qtbot: QtBot, desk: DeskScreen, iin: str) -> None:
    """A USB scanner: the digits, then Enter at once (no wait for the search timer)."""
    qtbot.keyClicks(desk.search_box, iin)
    qtbot.keyClick(desk.search_box, Qt.Key.Key_Return)


def test_a_scanned_iin_and_enter_issue_one_ballot(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    assert desk.work.isEnabled() and desk.phase_note.text() == ""
    # The member signed in at this desk acts, read-only: never a list of others to act as.
    assert desk.member_combo.count() == 1 and desk.member_combo.member_id == "c2"
    voter = _voter(demo_ctx, 17)
    before = _counts(demo_ctx)
    _scan(qtbot, desk, voter.iin)
    assert _counts(demo_ctx) == (before[0] + 1, before[1] + 1)  # the ballot and its event
    assert desk.last_result is not None and desk.last_result.voter_id == voter.id
    banner = desk.banner.text()
    assert voter.full_name in banner and "No. 17" in banner
    assert desk.last_result.member.name in banner
    assert demo_ctx.clock.local("Asia/Almaty").strftime("%H:%M") in banner
    assert desk.search_box.text() == ""  # ready for the next voter; the confirmation stays
    assert desk.contest_combo.isHidden()  # one contest: no selector

    # The same ID scanned again: the already-issued state with when and by whom; nothing issued.
    _scan(qtbot, desk, voter.iin)
    assert _counts(demo_ctx) == (before[0] + 1, before[1] + 1)
    assert desk.card.voter is not None and desk.card.voter.kind == AMBER
    at, member = desk.card.voter.issued_at_member()
    assert at and member == desk.last_result.member.name
    assert "Already has a ballot" in desk.card.status.text()
    assert at in desk.banner.text() and member in desk.banner.text()


def test_enter_never_acts_on_a_stale_result(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    first, second = _voter(demo_ctx, 3), _voter(demo_ctx, 4)
    qtbot.keyClicks(desk.search_box, first.iin)
    desk.reload()  # the results show the first voter
    desk.search_box.clear()
    qtbot.keyClicks(desk.search_box, second.iin)  # the timer has not fired yet
    qtbot.keyClick(desk.search_box, Qt.Key.Key_Return)
    assert desk.last_result is not None and desk.last_result.voter_id == second.id


def test_keys_move_clear_and_the_member_is_remembered(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    desk.search_box.setText("ахм")  # QTest types ASCII only
    desk.reload()
    assert desk.table.selectionModel().currentIndex().row() == 0
    qtbot.keyClick(desk.search_box, Qt.Key.Key_Down)
    assert desk.table.selectionModel().currentIndex().row() == 1
    qtbot.keyClick(desk.search_box, Qt.Key.Key_Escape)
    assert desk.search_box.text() == "" and desk.card.voter is None
    assert desk.member_id == demo_ctx.signin.member_id == "c2"  # who signed in acts
    again = _desk(qtbot, demo_ctx)
    assert again.member_id == desk.member_id


def test_an_excluded_voter_cannot_be_issued(qtbot: QtBot, demo_ctx: AppContext) -> None:
    assert demo_ctx.db is not None
    voter = _voter(demo_ctx, 9)
    _open(demo_ctx)
    with demo_ctx.db.transaction() as s:
        list_changes.exclude_voter(s, demo_ctx.clock, CHAIR, voter.id, "deceased")
    desk = _desk(qtbot, demo_ctx)
    before = _counts(demo_ctx)
    _scan(qtbot, desk, voter.iin)
    assert _counts(demo_ctx) == before
    assert desk.card.voter is not None and desk.card.voter.kind == RED


def test_excluded_state_is_red(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """The card and Enter for an excluded voter (status set directly until E's service lands)."""
    assert demo_ctx.db is not None
    voter = _voter(demo_ctx, 9)
    _open(demo_ctx)
    with demo_ctx.db.transaction() as s:
        s.execute(update(Voter).where(Voter.id == voter.id)
                  .values(status="excluded", exclusion_reason="deceased"))
    desk = _desk(qtbot, demo_ctx)
    before = _counts(demo_ctx)
    _scan(qtbot, desk, voter.iin)
    assert _counts(demo_ctx) == before
    assert desk.card.voter is not None and desk.card.voter.kind == RED
    assert "deceased" in desk.card.status.text() and "deceased" in desk.banner.text()


def test_the_desk_is_disabled_before_opening_and_after_closing(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    assert window.desk is not None and window.nav.item(2).text() == "Desk"
    desk = window.desk
    assert not desk.work.isEnabled() and desk.phase_note.text() == "Voting is not open yet"
    before = _counts(demo_ctx)
    desk.search_box.setText(_voter(demo_ctx, 5).iin)
    desk.issue_selected()
    assert _counts(demo_ctx) == before
    _open(demo_ctx)
    assert desk.work.isEnabled() and desk.phase_note.text() == ""
    assert desk.card.voter is None or desk.card.voter.kind == GREEN
    _close(demo_ctx)
    assert not desk.work.isEnabled() and desk.phase_note.text() == "Voting is closed"
    window.set_language("ru")
    assert desk.phase_note.text() == "Голосование закрыто"


def test_a_refusal_from_the_service_is_shown_in_place(
    qtbot: QtBot, demo_ctx: AppContext, _no_modal_boxes: list[str]
) -> None:
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    voter = _voter(demo_ctx, 6)
    qtbot.keyClicks(desk.search_box, voter.iin)
    desk.reload()
    assert desk.card.voter is not None and desk.card.voter.kind == GREEN
    _close(demo_ctx)  # another desk closed voting: the desk is disabled at once
    assert not desk.work.isEnabled()
    # Even if Enter got through, the service refuses and the reason is shown in place.
    desk.work.setEnabled(True)
    desk.issue_selected()
    assert desk.last_result is None
    assert "voting is not open" in desk.banner.text() and not _no_modal_boxes


def test_a_scanned_voter_refused_by_the_service_is_shown_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, _no_modal_boxes: list[str]
) -> None:
    # A scan and Enter arrive before the search has run: the desk reads the voter and
    # writes at once. When the write is refused, the card must still show who it was about.
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    voter = _voter(demo_ctx, 8)
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:  # closed at another desk: this one not told yet
        phases.close_voting(s, demo_ctx.clock, CHAIR)
    before = _counts(demo_ctx)
    _scan(qtbot, desk, voter.iin)
    # No ballot; the refusal itself is recorded (issue 14: every refusal in the audit log).
    issued, events = _counts(demo_ctx)
    assert (issued, events) == (before[0], before[1] + 1) and desk.last_result is None
    with demo_ctx.db.reading() as s:
        last = s.execute(select(AuditEvent.action, AuditEvent.payload)
                         .order_by(AuditEvent.seq.desc())).first()
    assert last is not None and last.action == "action.refused"
    assert json.loads(last.payload)["code"] == "voting_not_open"
    assert "voting is not open" in desk.banner.text() and not _no_modal_boxes
    assert desk.card.voter is not None and desk.card.voter.view.id == voter.id
    assert desk.search_box.text() == voter.iin and desk.search_box.selectedText() == voter.iin


def test_an_outside_applicant_is_blue_and_not_issued_at_the_desk(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    assert demo_ctx.db is not None
    voter = _voter(demo_ctx, 12)
    _open(demo_ctx)
    with demo_ctx.db.transaction() as s:  # written directly until the register's screen exists
        s.add(OutsideApplication(voter_id=voter.id, received_at=demo_ctx.clock.utc_iso(),
                                 reason="illness", member_id="c3"))
    desk = _desk(qtbot, demo_ctx)
    before = _counts(demo_ctx)
    _scan(qtbot, desk, voter.iin)
    assert _counts(demo_ctx) == before
    assert desk.card.voter is not None and desk.card.voter.kind == BLUE
    assert "outside-voting application" in desk.banner.text()


def test_several_contests_show_a_selector_and_issue_per_contest(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        station = s.get(Station, 1)
        assert station is not None
        package = json.loads(station.package_json)
        second = copy.deepcopy(package["contests"][0])
        second["id"], second["title"] = "second", {"en": "Second question", "ru": "Второй",
                                                   "kk": "Екінші"}
        package["contests"].append(second)
        station.package_json = json.dumps(package, ensure_ascii=False)
        first = s.get(Contest, package["contests"][0]["id"])
        assert first is not None
        s.add(Contest(id="second", kind=first.kind, position=first.position + 1,
                      protocol_form_id=first.protocol_form_id, form_json=first.form_json,
                      ballots_received=first.ballots_received))
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    assert desk.contest_combo.isVisible() and desk.contest_combo.count() == 2
    voter = _voter(demo_ctx, 21)
    _scan(qtbot, desk, voter.iin)
    assert desk.last_result is not None and desk.last_result.contest_id != "second"
    desk.contest_combo.setCurrentIndex(1)
    emit(desk.contest_combo.activated, 1)
    _scan(qtbot, desk, voter.iin)  # the same voter, the second ballot paper
    assert desk.last_result.contest_id == "second"
    assert _counts(demo_ctx)[0] == 2


def test_f6_replaces_a_spoiled_ballot_once_and_a_second_is_refused(
    qtbot: QtBot, demo_ctx: AppContext, _no_modal_boxes: list[str]
) -> None:
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    voter = _voter(demo_ctx, 8)
    _scan(qtbot, desk, voter.iin)
    assert not desk.spoil_button.isEnabled()  # the search box is empty after issuing
    qtbot.keyClicks(desk.search_box, voter.iin)
    desk.reload()
    assert desk.card.voter is not None and desk.card.voter.kind == AMBER
    assert desk.spoil_button.isEnabled() and desk.undo_button.isEnabled()
    before = _counts(demo_ctx)
    desk.spoil_selected()
    assert _counts(demo_ctx) == (before[0], before[1] + 1)  # no second issuance, one event
    assert "Replacement ballot issued" in desk.banner.text() and "No. 8" in desk.banner.text()
    assert "replaced once" in desk.card.status.text()
    assert not desk.spoil_button.isEnabled()
    assert "already replaced" in desk.spoil_button.toolTip()
    desk.spoil_button.setEnabled(True)  # even if F6 got through: the service refuses
    desk.spoil_selected()
    assert _counts(demo_ctx) == (before[0], before[1] + 1)
    assert _no_modal_boxes and "already" in _no_modal_boxes[-1]


def test_f8_undo_needs_the_chair_or_deputy_and_a_reason(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    voter = _voter(demo_ctx, 10)
    _scan(qtbot, desk, voter.iin)
    qtbot.keyClicks(desk.search_box, voter.iin)
    asked: list[str] = []

    def cancel(_parent: object, voter_text: str, *_args: object) -> None:
        asked.append(voter_text)

    monkeypatch.setattr(UndoDialog, "ask", staticmethod(cancel))
    before = _counts(demo_ctx)
    desk.undo_selected()  # cancelled: nothing changes
    assert asked and voter.full_name in asked[0] and _counts(demo_ctx) == before
    monkeypatch.setattr(UndoDialog, "ask",
                        staticmethod(lambda *_a: ("c2", "issued to the wrong voter")))
    desk.undo_selected()
    assert _counts(demo_ctx) == (before[0], before[1] + 1)  # marked undone, never deleted
    assert "undone" in desk.banner.text() and "wrong voter" in desk.banner.text()
    assert desk.card.voter is not None and desk.card.voter.kind == GREEN
    assert desk.focusWidget() is desk.search_box
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        row = s.scalars(select(Issuance).where(Issuance.voter_id == voter.id)).one()
        assert row.undone_by == "c2" and row.undo_reason == "issued to the wrong voter"


def test_the_undo_dialog_offers_only_the_chair_and_deputy_and_needs_a_reason(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    assert demo_ctx.db is not None
    from precinct_app.services.station import load_station

    with demo_ctx.db.reading() as s:
        commission = load_station(s).commission
    dialog = UndoDialog("Voter, No. 1", commission, "en")
    qtbot.addWidget(dialog)
    # The deputy chair signed in at this desk decides; nobody else is offered.
    assert dialog.member.count() == 1 and dialog.member.member_id == "c2"
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.reason.setPlainText("wrong voter")
    assert ok.isEnabled()


def test_a_standard_exclusion_reason_reads_in_the_desks_language(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    assert demo_ctx.db is not None
    voter = _voter(demo_ctx, 14)
    with demo_ctx.db.transaction() as s:
        list_changes.exclude_voter(s, demo_ctx.clock, CHAIR, voter.id, "deceased")
    _open(demo_ctx)
    demo_ctx.settings.language = "ru"
    desk = _desk(qtbot, demo_ctx)
    _scan(qtbot, desk, voter.iin)
    assert desk.card.voter is not None and desk.card.voter.kind == RED
    assert "умер(ла)" in desk.card.status.text() and "deceased" not in desk.card.status.text()


def test_the_next_scan_replaces_what_a_refusal_left_in_the_box(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    first, second = _voter(demo_ctx, 15), _voter(demo_ctx, 16)
    _scan(qtbot, desk, first.iin)
    _scan(qtbot, desk, first.iin)  # already has a ballot: the IIN stays in the box
    assert "Already has a ballot" in desk.banner.text() and desk.search_box.text() == first.iin
    _scan(qtbot, desk, second.iin)  # the scanner types the next card straight away
    assert desk.last_result is not None and desk.last_result.voter_id == second.id


def test_the_kind_of_document_is_recorded_and_resets_to_the_id_card(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    assert desk.document_combo.currentData() == "id_card"
    desk.document_combo.setCurrentIndex(desk.document_combo.findData("passport"))
    _scan(qtbot, desk, _voter(demo_ctx, 18).iin)
    assert desk.document_combo.currentData() == "id_card"  # the next voter: ID card again
    _scan(qtbot, desk, _voter(demo_ctx, 19).iin)
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        kinds = s.execute(select(Voter.list_no, Issuance.document)
                          .join(Issuance, Issuance.voter_id == Voter.id)
                          .order_by(Voter.list_no)).all()
    assert [tuple(k) for k in kinds] == [(18, "passport"), (19, "id_card")]


def test_after_another_screen_the_next_scan_still_replaces_the_box(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _open(demo_ctx)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # focus moves for real, as on the laptop
    assert window.desk is not None
    desk = window.desk
    first, second = _voter(demo_ctx, 15), _voter(demo_ctx, 16)
    window.nav.setCurrentRow(2)  # the desk
    _scan(qtbot, desk, first.iin)
    _scan(qtbot, desk, first.iin)  # refused: the IIN stays in the box
    window.nav.setCurrentRow(0)  # a look at the Station screen, and back
    window.nav.setCurrentRow(2)
    qtbot.waitUntil(desk.search_box.hasFocus)
    _scan(qtbot, desk, second.iin)
    assert desk.last_result is not None and desk.last_result.voter_id == second.id


def test_the_voter_list_says_who_holds_a_ballot_and_since_when(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    from zoneinfo import ZoneInfo

    from precinct_app.services import issuance
    from precinct_app.ui.voter_list import VoterListScreen
    from precinct_app.ui.voter_model import Column

    assert demo_ctx.db is not None
    _open(demo_ctx)
    holder, other = _voter(demo_ctx, 26), _voter(demo_ctx, 27)
    with demo_ctx.db.transaction() as s:
        result = issuance.issue(s, demo_ctx.clock, holder.id, "npp", "c4")
    at = result.issued_at.astimezone(ZoneInfo("Asia/Almaty")).strftime("%H:%M")
    screen = VoterListScreen(demo_ctx)
    qtbot.addWidget(screen)
    screen.show()
    for voter, words in ((holder, f"ballot issued · {at}"), (other, "on the list")):
        screen.search_box.setText(voter.iin)
        screen.refresh()
        status = screen.model.index(0, Column.STATUS).data()
        assert status == words
        assert words in screen.details._values["status"].text()
    demo_ctx.settings.language = "ru"
    screen.search_box.setText(holder.iin)
    screen.retranslate_ui()
    screen.refresh()
    assert screen.model.index(0, Column.STATUS).data() == f"бюллетень выдан · {at}"


def test_enter_on_a_list_number_acts_on_that_number_and_a_name_needs_a_choice(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Offscreen, the same rule as the real-window tests: exact first, never a guess."""
    _open(demo_ctx)
    desk = _desk(qtbot, demo_ctx)
    assert _voter(demo_ctx, 21).iin.startswith("31")  # the demo's No. 21 was born in 1931
    _scan(qtbot, desk, "31")  # No. 31, never No. 21 listed before him by number
    assert desk.last_result is not None and desk.last_result.list_no == 31
    desk.last_result = None
    _scan(qtbot, desk, "301")  # nobody has list number 301
    assert desk.last_result is None and "No voter has list number 301" in desk.banner.text()
    desk.search_box.setText("Пак")  # QTest types ASCII only
    qtbot.keyClick(desk.search_box, Qt.Key.Key_Return)
    assert desk.last_result is None and "3 voters match “Пак”" in desk.banner.text()
    qtbot.keyClick(desk.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(desk.search_box, Qt.Key.Key_Return)
    assert desk.last_result is not None and desk.last_result.list_no == 91
