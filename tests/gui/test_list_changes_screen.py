"""The list-changes screen as the secretary uses it: add a voter, exclude one, the day's table."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from precinct_app.models import AuditEvent, Voter
from precinct_app.services import issuance, list_changes, phases, search, voters
from precinct_app.services.errors import Refused
from precinct_app.services.voters import VoterView
from precinct_app.ui.context import AppContext
from precinct_app.ui.desk_card import RED, DeskVoter
from precinct_app.ui.list_changes_model import ChangeColumn
from precinct_app.ui.list_changes_screen import ListChangesScreen
from precinct_app.ui.signals import emit
from tests.qt_fixtures import sign_in_desk

CHAIR = "c1"
NEW_IIN = "900517400015"  # born 17.05.1990, not in the demo list


def _screen(qtbot: QtBot, ctx: AppContext) -> ListChangesScreen:
    screen = ListChangesScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 620)
    screen.show()
    return screen


def _counts(ctx: AppContext) -> tuple[int, int]:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        on_list = s.scalar(select(func.count()).select_from(Voter)) or 0
        events = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return on_list, events


def _voter(ctx: AppContext, key: str) -> VoterView:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return voters.resolve(s, key)


def _last_event(ctx: AppContext) -> tuple[str, str, object]:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        row = s.execute(
            select(AuditEvent.action, AuditEvent.actor, AuditEvent.payload)
            .order_by(AuditEvent.seq.desc()).limit(1)
        ).one()
    return row.action, row.actor, json.loads(row.payload)


def _phase(ctx: AppContext, change: str) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        getattr(phases, f"{change}_voting")(s, ctx.clock, CHAIR)
    emit(ctx.bridge.data_changed)


def _fill(qtbot: QtBot, screen: ListChangesScreen, iin: str) -> None:
    form = screen.add_form
    form.surname.setText("Ли")  # QTest types ASCII only
    form.given_name.setText("Анна")
    qtbot.keyClicks(form.iin_box, iin)
    form.basis.setCurrentIndex(form.basis.findData("court"))
    qtbot.keyClicks(form.reference, "2-1234/2024")


def _pick(screen: ListChangesScreen, key: str, reason: str) -> None:
    form = screen.exclude_form
    form.picker.search_box.setText(key)
    form.picker.reload()
    form.reason.setCurrentIndex(form.reason.findData(reason))


def test_a_voter_added_from_the_screen_gets_the_next_number(
    qtbot: QtBot, demo_ctx: AppContext, _no_modal_boxes: list[str]
) -> None:
    assert demo_ctx.db is not None
    screen = _screen(qtbot, demo_ctx)
    form = screen.add_form
    assert form.isEnabled() and screen.phase_note.isHidden()  # set-up: the list may change
    assert form.captions["reference"].text() == "Certificate No.:"
    with demo_ctx.db.reading() as s:
        expected = voters.next_list_no(s)
    _fill(qtbot, screen, NEW_IIN)
    assert form.iin_feedback.text() == "✔  Valid IIN · born 17.05.1990"
    assert form.captions["reference"].text() == "Court decision No.:"  # follows the basis
    before = _counts(demo_ctx)
    qtbot.keyClick(form.reference, Qt.Key.Key_Return)  # Enter in the last field adds
    assert _counts(demo_ctx) == (before[0] + 1, before[1] + 1)
    assert form.result.text() == f"✔  Added as No. {expected}: Ли Анна"
    assert form.surname.text() == form.iin_box.text() == form.reference.text() == ""
    added = _voter(demo_ctx, NEW_IIN)
    assert added.list_no == expected and added.status == "active"
    with demo_ctx.db.reading() as s:
        assert added.id in search.find_voter_ids(s, "ли анна")
    assert _last_event(demo_ctx) == (
        "voter.added", "c2", {"list_no": expected, "basis": "court"}  # the desk's member
    )
    # The day's table shows it at the top, and the same IIN typed again is flagged at once.
    row = [screen.model.index(0, c).data() for c in ChangeColumn]
    assert row[ChangeColumn.KIND] == "Added" and row[ChangeColumn.LIST_NO] == str(expected)
    assert row[ChangeColumn.NAME] == "Ли Анна" and row[ChangeColumn.DETAIL] == "court decision"
    assert row[ChangeColumn.REFERENCE] == "2-1234/2024" and row[ChangeColumn.TIME] == "09:00"
    qtbot.keyClicks(form.iin_box, NEW_IIN)
    assert form.iin_feedback.text() == f"✕  Already on the list as No. {expected}: Ли Анна"
    assert _no_modal_boxes == []


@pytest.mark.parametrize(
    ("iin", "feedback", "refusal"),
    [
        ("821214240092", "✕  Wrong check digit: check the number", "not a valid IIN: 821214240092"),
        ("061211600012", "✕  Born 11.12.2006: under 18 on voting day",
         "under 18 on voting day (born 2006-12-11)"),
        ("8212142400", "10 of 12 digits", "not a valid IIN: 8212142400"),
    ],
)
def test_a_bad_iin_is_refused_in_place_and_nothing_is_written(
    qtbot: QtBot, demo_ctx: AppContext, _no_modal_boxes: list[str], iin: str, feedback: str,
    refusal: str,
) -> None:
    screen = _screen(qtbot, demo_ctx)
    form = screen.add_form
    _fill(qtbot, screen, iin)
    assert form.iin_feedback.text() == feedback
    before = _counts(demo_ctx)
    form.add_button.click()
    assert _counts(demo_ctx) == before
    assert form.result.text() == f"✕  {refusal}" and form.result.isVisible()
    assert form.surname.text() == "Ли"  # kept, to be corrected
    assert _no_modal_boxes == [] and screen.model.rowCount() == 0


def test_an_excluded_voter_is_red_at_the_desk(
    qtbot: QtBot, demo_ctx: AppContext, _no_modal_boxes: list[str]
) -> None:
    assert demo_ctx.db is not None
    _phase(demo_ctx, "open")
    screen = _screen(qtbot, demo_ctx)
    form = screen.exclude_form
    voter = _voter(demo_ctx, "17")
    _pick(screen, "17", "deceased")
    assert "No. 17" in form.picked_label.text() and "may be excluded" in form.picked_label.text()
    before = _counts(demo_ctx)
    qtbot.keyClick(form.exclude_button, Qt.Key.Key_Return)  # first press: asks in place
    assert form.exclude_button.text() == "Confirm exclusion of No. 17"
    assert voter.full_name in form.result.text() and "Press again" in form.result.text()
    assert _counts(demo_ctx) == before and _voter(demo_ctx, "17").status == "active"
    qtbot.keyClick(form.exclude_button, Qt.Key.Key_Return)  # second press: excludes
    assert _counts(demo_ctx) == (before[0], before[1] + 1)
    assert form.result.text() == f"✔  No. 17 {voter.full_name} is excluded from the list: deceased"
    with demo_ctx.db.reading() as s:
        state = issuance.voter_state(s, voter.id)
    assert state.status == "excluded" and state.exclusion_reason == "deceased"
    assert DeskVoter(_voter(demo_ctx, "17"), state, "npp", "Asia/Almaty").kind == RED
    assert _last_event(demo_ctx) == (
        "voter.excluded", "c2", {"list_no": 17, "reason": "deceased"}  # the desk's member
    )
    with demo_ctx.db.transaction() as s, pytest.raises(Refused):
        issuance.issue(s, demo_ctx.clock, voter.id, "npp", "c4")
    row = [screen.model.index(0, c).data() for c in ChangeColumn]
    assert row[ChangeColumn.KIND] == "Excluded" and row[ChangeColumn.DETAIL] == "deceased"
    assert form.exclude_button.text() == "Exclude from the list…"  # ready for the next
    # Picked again: already excluded, the button says why it is disabled.
    _pick(screen, "17", "deceased")
    assert not form.exclude_button.isEnabled()
    assert "Already excluded: deceased" in form.exclude_button.toolTip()
    assert _no_modal_boxes == []


def test_esc_or_another_voter_cancels_the_question(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    form = screen.exclude_form
    _pick(screen, "5", "other_list")
    form.exclude_button.click()
    assert form.pending
    qtbot.keyClick(form.exclude_button, Qt.Key.Key_Escape)
    assert not form.pending and form.exclude_button.text() == "Exclude from the list…"
    form.exclude_button.click()
    _pick(screen, "6", "other_list")  # another voter: the question for No. 5 is gone
    assert not form.pending
    form.exclude_button.click()
    assert form.exclude_button.text() == "Confirm exclusion of No. 6"
    assert _voter(demo_ctx, "5").status == _voter(demo_ctx, "6").status == "active"


def test_another_reason_must_be_written(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    form = screen.exclude_form
    _pick(screen, "8", "other")
    assert form.other_reason.isEnabled()
    before = _counts(demo_ctx)
    form.exclude_button.click()
    assert form.result.text() == "■  Write the reason" and not form.pending
    qtbot.keyClicks(form.other_reason, "moved abroad")
    form.exclude_button.click()
    form.exclude_button.click()
    assert _counts(demo_ctx) == (before[0], before[1] + 1)
    assert screen.model.index(0, ChangeColumn.DETAIL).data() == "moved abroad"


def test_a_voter_with_a_ballot_cannot_be_excluded(qtbot: QtBot, demo_ctx: AppContext) -> None:
    assert demo_ctx.db is not None
    _phase(demo_ctx, "open")
    screen = _screen(qtbot, demo_ctx)
    form = screen.exclude_form
    voter = _voter(demo_ctx, "20")
    _pick(screen, "20", "absentee_issued")
    form.exclude_button.click()  # asked: confirm?
    with demo_ctx.db.transaction() as s:  # meanwhile the ballot is issued (no refresh yet)
        issuance.issue(s, demo_ctx.clock, voter.id, "npp", "c4")
    before = _counts(demo_ctx)
    form.exclude_button.click()
    assert _counts(demo_ctx) == before and _voter(demo_ctx, "20").status == "active"
    assert form.result.text().startswith(
        "✕  voter no. 20 already has a ballot for On building a nuclear power plant")
    # Once the screen knows, the button is disabled and says why.
    emit(demo_ctx.bridge.data_changed)
    _pick(screen, "20", "absentee_issued")
    assert not form.exclude_button.isEnabled()
    assert "Has a ballot" in form.exclude_button.toolTip()
    assert "Has a ballot" in form.picked_label.text()


def test_only_the_officers_act_and_a_plain_member_is_told(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    screen = _screen(qtbot, demo_ctx)
    for combo in (screen.add_form.member, screen.exclude_form.member):
        offered = [combo.itemData(i) for i in range(combo.count())]
        assert offered == ["c2"]  # the deputy signed in at this desk; nobody else offered
        assert "deputy chair" in combo.itemText(0)
    sign_in_desk(demo_ctx, "c4")  # a plain member switches in
    for combo in (screen.add_form.member, screen.exclude_form.member):
        assert combo.count() == 0 and combo.member_id == ""
        assert combo.placeholderText() == (
            "Ахметов Нұрлан Ерланұлы (member) may not do this: switch member")


def test_the_list_is_frozen_once_voting_is_closed(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    screen = _screen(qtbot, demo_ctx)
    _phase(demo_ctx, "open")
    assert screen.add_form.isEnabled() and screen.exclude_form.isEnabled()
    _phase(demo_ctx, "close")  # refreshed on data_changed
    note = "The voter list is frozen: voting is closed"
    assert screen.phase_note.text() == note and screen.phase_note.isVisible()
    for form in (screen.add_form, screen.exclude_form):
        assert not form.isEnabled() and form.toolTip() == note
    assert screen.exclude_form.exclude_button.toolTip() == note
    before = _counts(demo_ctx)
    _fill(qtbot, screen, NEW_IIN)
    screen.add_form.add_voter()
    assert _counts(demo_ctx) == before
    # The table of the day stays readable.
    assert screen.table.isEnabled()
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        assert list_changes.day_changes(s) == []


def test_bases_and_reasons_follow_the_language(qtbot: QtBot, demo_ctx: AppContext) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        list_changes.exclude_voter(s, demo_ctx.clock, CHAIR, _voter(demo_ctx, "3").id, "deceased")
    screen = _screen(qtbot, demo_ctx)
    assert screen.model.index(0, ChangeColumn.DETAIL).data() == "deceased"
    demo_ctx.settings.language = "kk"
    screen.retranslate_ui()
    form = screen.add_form
    assert form.basis.itemText(form.basis.findData("court")) == "сот шешімі"
    reasons = screen.exclude_form.reason
    assert reasons.itemText(reasons.findData("deceased")) == "қайтыс болды"
    assert screen.model.index(0, ChangeColumn.DETAIL).data() == "қайтыс болды"
    assert form.member.itemText(0).endswith("— төраға орынбасары")
