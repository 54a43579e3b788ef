"""Signing in at a real window (docs/formats.md §7): keys to the focused widget only."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from realwin import focused, key, sequence, show, type_text
from sqlalchemy import select

from precinct_app.models import AuditEvent
from precinct_app.services import build_id
from precinct_app.ui.context import AppContext
from precinct_app.ui.shell import WindowHost


def _signed_in(ctx: AppContext) -> list[dict[str, object]]:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return [json.loads(p) for p in s.scalars(
            select(AuditEvent.payload).where(AuditEvent.action == "member.signed_in")
            .order_by(AuditEvent.seq))]


def test_member_option_opens_on_the_pin_and_enter_signs_in(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    demo_ctx.start_member = "c4"  # precinct-app --member c4
    window = show(qtbot, host, member=None)
    assert focused() is window.sign_in.pin  # the PIN field has the keyboard at once
    assert window.sign_in.chosen() is not None and window.sign_in.chosen().id == "c4"
    assert not window.nav.isVisible()
    type_text("1239")
    key(Qt.Key.Key_Return)  # wrong: said, the field emptied for another try
    qtbot.waitUntil(lambda: "4 tries left" in window.sign_in.message.text(), timeout=10_000)
    assert focused() is window.sign_in.pin and window.sign_in.pin.text() == ""
    type_text("1234")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    assert window.nav.isVisible() and _signed_in(demo_ctx)[-1]["member"] == "c4"


def test_ctrl_l_locks_and_the_members_pin_opens_the_desk_again(
    qtbot: QtBot, host: WindowHost, demo_ctx: AppContext
) -> None:
    window = show(qtbot, host, member="c2")  # arrows, Tab, the PIN, Enter
    sequence("Ctrl+L")
    assert window.gate.currentWidget() is window.sign_in and not window.pages.isVisible()
    qtbot.waitUntil(lambda: focused() is window.sign_in.pin)
    type_text("1234")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.signed_in, timeout=10_000)
    assert window.pages.isVisible() and _signed_in(demo_ctx)[-1] == {
        "member": "c2", "desk": demo_ctx.signin.desk, "again": True,
        "build": build_id.current().build_id}
