"""The signing dialog: members present, the quorum live, the signer, dissents, refusals."""

from __future__ import annotations

import re

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from precinct_app.models import ProtocolSignature
from precinct_app.services import phases, protocol
from precinct_app.ui.context import AppContext
from precinct_app.ui.sign_dialog import SignDialog
from tests.gui.signable import make_signable


def _dialog(qtbot: QtBot, ctx: AppContext) -> SignDialog:
    dialog = SignDialog(ctx, "npp")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _tick(dialog: SignDialog, *member_ids: str) -> None:
    for row in dialog.rows:
        if row.member.id in member_ids:
            row.present.setChecked(True)
            QTest.keyClicks(row.pin, "1234")  # each member present types their own PIN


def test_quorum_figure_follows_the_ticks_and_sign_waits_for_it(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    make_signable(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx)
    assert len(dialog.rows) == 7  # the demo commission
    assert "No quorum" in dialog.quorum.text() and "present 0 of 7" in dialog.quorum.text()
    assert "✕" in dialog.quorum.text()  # not by colour alone
    _tick(dialog, "c2", "c4", "c5")
    assert "No quorum: present 3 of 7; at least 4 needed" in dialog.quorum.text()
    assert not dialog.sign_button.isEnabled()
    assert "No quorum" in dialog.sign_button.toolTip()
    # The deputy signs while the chair is absent: shown, not chosen.
    assert "Петров Сергей Иванович" in dialog.signer.text()
    _tick(dialog, "c6")
    assert dialog.quorum.text().startswith("✔  Quorum: present 4 of 7")
    assert dialog.sign_button.isEnabled()
    _tick(dialog, "c1")
    assert "Жұмабекова" in dialog.signer.text()  # the chair, once present


def test_nobody_who_may_sign_present_blocks(qtbot: QtBot, demo_ctx: AppContext) -> None:
    make_signable(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx)
    _tick(dialog, "c4", "c5", "c6", "c7")  # a quorum of ordinary members
    assert "✔" in dialog.quorum.text()
    assert "Nobody present may sign" in dialog.signer.text()
    assert not dialog.sign_button.isEnabled()


def test_a_failing_check_blocks_and_a_late_failure_is_refused_in_place(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    make_signable(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx)
    _tick(dialog, "c1", "c2", "c3", "c4")
    assert dialog.sign_button.isEnabled()
    assert not dialog.blockers.isVisible()
    # Another desk breaks a ratio while the dialog is open (yes + no no longer add up).
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        protocol.set_values(s, demo_ctx.clock, "c1", "npp", {"yes": 19})
    dialog.sign_button.click()
    assert dialog.isVisible()  # the dialog stays open with the refusal
    assert dialog.signed is None
    assert dialog.outcome.kind == "error"
    assert "cannot be signed: control ratios fail: valid_balance" in dialog.outcome.text()
    # ... and now names what blocks, Sign disabled.
    assert dialog.blockers.isVisible()
    assert "Control ratio fails" in dialog.blockers.text()
    assert not dialog.sign_button.isEnabled()
    with demo_ctx.db.reading() as s:
        assert protocol.build(s, demo_ctx.clock, "npp").status == "draft"


def test_refusal_in_the_users_language(qtbot: QtBot, demo_ctx: AppContext) -> None:
    make_signable(demo_ctx)
    demo_ctx.settings.language = "ru"
    dialog = _dialog(qtbot, demo_ctx)
    _tick(dialog, "c1", "c2", "c3", "c4")
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        protocol.set_values(s, demo_ctx.clock, "c1", "npp", {"yes": None})
    dialog.sign_button.click()
    assert "протокол нельзя подписать: не заполнены строки 13" in dialog.outcome.text()


def test_empty_open_dissent_blocks(qtbot: QtBot, demo_ctx: AppContext) -> None:
    make_signable(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx)
    _tick(dialog, "c1", "c2", "c3", "c4")
    row = dialog.rows[4]  # c5, not ticked: cannot dissent
    assert not row.dissent_button.isEnabled()
    row = dialog.rows[3]  # c4
    row.dissent_button.click()
    assert row.dissent_text.isVisible()
    assert not dialog.sign_button.isEnabled()
    assert "Write the dissenting opinion of Ахметов" in dialog.blockers.text()
    row.dissent_button.click()  # closed again: nothing to write
    assert dialog.sign_button.isEnabled()


def test_signing_with_a_dissent(qtbot: QtBot, demo_ctx: AppContext) -> None:
    make_signable(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx)
    _tick(dialog, "c1", "c2", "c4", "c5", "c6")
    row = next(r for r in dialog.rows if r.member.id == "c5")
    row.dissent_button.click()
    qtbot.keyClicks(row.dissent_text, "Two ballots were decided wrongly")
    assert "dissenting opinion" in row.mark.text()  # marked beside the name
    assert dialog.sign_button.isEnabled()
    changed: list[bool] = []
    demo_ctx.bridge.data_changed.connect(lambda: changed.append(True))
    dialog.sign_button.click()
    assert dialog.signed is not None
    assert changed == [True]  # one transaction, one refresh
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", dialog.code.text())
    assert dialog.code.isVisible() and not dialog.sign_button.isVisible()
    assert dialog.cancel_button.text() == "Close"
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        data = protocol.build(s, demo_ctx.clock, "npp")
        rows = dict(s.execute(select(ProtocolSignature.member_id, ProtocolSignature.dissent))
                    .all())
        phase = phases.current_phase(s)
    assert data.status == "signed" and data.code == dialog.code.text()
    assert data.signed_by == "c1"
    assert rows == {"c1": None, "c2": None, "c4": None,
                    "c5": "Two ballots were decided wrongly", "c6": None}
    assert phase == phases.SIGNED
    dialog.cancel_button.click()
    assert dialog.result() == SignDialog.DialogCode.Accepted


def test_before_the_count_is_checked_signing_is_blocked(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    dialog = _dialog(qtbot, demo_ctx)
    _tick(dialog, "c1", "c2", "c3", "c4")
    assert not dialog.sign_button.isEnabled()
    assert "signed at the end of the count (the station is in: voting open)" in \
        dialog.blockers.text()
