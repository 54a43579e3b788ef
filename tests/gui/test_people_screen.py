"""The People present screen: arrivals, leaving and coming back, certified copies, posting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from precinct_app.models import AuditEvent
from precinct_app.services import attendance, copies
from precinct_app.ui.context import AppContext
from precinct_app.ui.copies_panel import CopiesPanel
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.people_model import PeopleColumn
from precinct_app.ui.people_screen import PeopleScreen
from tests.gui.signable import make_signable


def _screen(qtbot: QtBot, ctx: AppContext) -> PeopleScreen:
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 640)
    screen.show()
    return screen


def _last_event(ctx: AppContext) -> tuple[str, str, object]:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        row = s.execute(select(AuditEvent.action, AuditEvent.actor, AuditEvent.payload)
                        .order_by(AuditEvent.seq.desc()).limit(1)).one()
    return row.action, row.actor, json.loads(row.payload)


def _add(screen: PeopleScreen, name: str, kind: str, organisation: str = "") -> None:
    screen.name.setText(name)
    screen.kind.setCurrentIndex(screen.kind.findData(kind))
    screen.organisation.setText(organisation)
    screen.add_button.click()


def test_arrive_leave_and_come_back(qtbot: QtBot, demo_ctx: AppContext,
                                    qtmodeltester: ModelTester) -> None:
    screen = _screen(qtbot, demo_ctx)
    qtmodeltester.check(screen.model)
    with qtbot.waitSignal(screen.action_done):
        _add(screen, "Ingrid Sørensen", "international_observer", "OSCE/ODIHR")
    assert screen.result.kind == "ok" and "Ingrid Sørensen" in screen.result.text()
    assert screen.name.text() == ""  # ready for the next person
    action, _actor, payload = _last_event(demo_ctx)
    assert action == "present.arrived" and isinstance(payload, dict)
    assert payload["organisation"] == "OSCE/ODIHR"
    model = screen.model
    assert model.rowCount() == 1
    assert model.index(0, PeopleColumn.KIND).data() == "international observer"
    assert model.index(0, PeopleColumn.STATE).data().endswith("present")
    screen.table.selectRow(0)
    assert screen.leave_button.isEnabled() and not screen.back_button.isEnabled()
    screen.leave_button.click()
    assert _last_event(demo_ctx)[0] == "present.left"
    assert model.index(0, PeopleColumn.STATE).data().endswith("left")
    assert screen.back_button.isEnabled()  # the selection survives the refresh
    screen.back_button.click()
    assert "came back" in screen.result.text()
    qtmodeltester.check(model)


def test_a_refusal_is_shown_in_place_naming_the_field(qtbot: QtBot,
                                                      demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    _add(screen, "Bob\u202eEvil", "proxy")
    assert screen.result.kind == "error" and "name" in screen.result.text()
    _add(screen, "Bob Stone", "media", "")
    assert screen.result.kind == "error" and "organisation" in screen.result.text()
    assert screen.model.rowCount() == 0


def test_give_a_certified_copy_and_mark_posted(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    pins_typed: dict[str, str],
) -> None:
    make_signable(demo_ctx)
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        from precinct_app.services import protocol
        protocol.sign(s, demo_ctx.clock, "c1", "npp", ["c1", "c2", "c3", "c4"])
        attendance.arrive(s, demo_ctx.clock, "c4", name="Ingrid Sørensen",
                          kind="international_observer", organisation="OSCE/ODIHR")
    screen = _screen(qtbot, demo_ctx)
    panel = screen.copies
    assert panel.give_button.isEnabled() and panel.posted_button.isEnabled()
    assert panel.to.itemText(0).startswith("1. Ingrid Sørensen")
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(CopiesPanel, "ask_path", classmethod(lambda _c, _p, _s: str(target)))
    pins_typed["pin"] = "9999"  # the secretary mistypes: no copy, no number
    panel.give_button.click()
    assert "refused" in pins_typed and not target.exists()
    with demo_ctx.db.reading() as s:
        assert copies.copies_register(s) == []
    pins_typed["pin"] = "1234"
    panel.give_button.click()
    assert panel.result.kind == "ok", panel.result.text()
    assert "No. 3" in panel.result.text() and target.stat().st_size > 0
    panel.to.setCurrentIndex(panel.to.count() - 1)  # someone else, typed
    assert panel.other_name.isEnabled()
    panel.other_name.setText("Серік Әбілов")
    panel.give_button.click()
    assert "No. 4" in panel.result.text()
    panel.posted_button.click()
    assert _last_event(demo_ctx)[0] == "protocol.posted"
    assert not panel.posted_button.isEnabled()  # once per signed version
    with demo_ctx.db.reading() as s:
        assert [c.name for c in copies.copies_register(s)] == ["Ingrid Sørensen",
                                                               "Серік Әбілов"]
    register = tmp_path / "register.pdf"
    monkeypatch.setattr(CopiesPanel, "ask_path", classmethod(lambda _c, _p, _s: str(register)))
    panel.register_button.click()
    assert register.read_bytes().startswith(b"%PDF")


def test_before_signing_no_copy_can_be_given(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    assert not screen.copies.give_button.isEnabled()
    assert not screen.copies.posted_button.isEnabled()
    assert "not signed" in screen.copies.state.text()


def test_the_screen_is_in_the_navigation(window: MainWindow) -> None:
    row = NAV.index("people")
    assert window.nav.item(row).text() == "People present"
    window.nav.setCurrentRow(row)
    assert isinstance(window.pages.currentWidget(), PeopleScreen)


def test_a_cancelled_save_registers_no_copy(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_signable(demo_ctx)
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        from precinct_app.services import protocol
        protocol.sign(s, demo_ctx.clock, "c1", "npp", ["c1", "c2", "c3", "c4"])
    screen = _screen(qtbot, demo_ctx)
    panel = screen.copies
    asked: list[str] = []
    monkeypatch.setattr(CopiesPanel, "ask_path",
                        classmethod(lambda _c, _p, suggested: asked.append(suggested) or ""))
    panel.to.setCurrentIndex(panel.to.count() - 1)
    panel.other_name.setText("Ann Lee")
    panel.give_button.click()
    assert asked == ["protocol_npp_copy3.pdf"]
    with demo_ctx.db.reading() as s:
        assert copies.copies_register(s) == []
    assert panel.other_name.text() == "Ann Lee"  # nothing lost
