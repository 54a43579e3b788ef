"""The journal screen and the disputed-ballot panel, as the commission uses them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from precinct_app.services import counting, disputes, journal, phases
from precinct_app.ui.context import AppContext
from precinct_app.ui.counting_screen import CountingScreen
from precinct_app.ui.journal_model import JournalColumn
from precinct_app.ui.journal_screen import JournalScreen
from precinct_app.ui.main_window import NAV
from precinct_app.ui.nav_keys import key_text
from precinct_app.ui.signals import emit
from tests.gui.windows import WindowFactory


def _screen(qtbot: QtBot, ctx: AppContext) -> JournalScreen:
    screen = JournalScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 620)
    screen.show()
    return screen


def test_record_an_act_then_the_decision(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("act"))
    assert screen.annex_check.isEnabled()
    screen.annex_check.setChecked(True)
    screen.name_edit.setText("Anna Kowalska")
    screen.organisation_edit.setText("ENEMO")
    screen.about_edit.setPlainText("Seal of the portable box broken")
    item = screen.record_entry()
    assert item is not None and item.annex
    assert screen.banner.kind == "ok" and "No. 1" in screen.banner.text()
    assert screen.model.rowCount() == 1 and screen.chosen is not None
    assert "annex to the protocol" in screen.model.index(0, JournalColumn.KIND).data()
    ModelTester(None).check(screen.model)  # type: ignore[arg-type]
    # Too many votes for the commission: refused, in place, nothing recorded.
    screen.decision_edit.setPlainText("Box resealed")
    screen.vote_spins[0].setValue(7)
    screen.vote_spins[1].setValue(1)
    assert screen.record_decision() is None and screen.banner.kind == "error"
    assert "7 members" in screen.banner.text()
    screen.vote_spins[1].setValue(0)
    decided = screen.record_decision()
    assert decided is not None and decided.decided
    assert screen.model.index(0, JournalColumn.VOTE).data() == (
        "for 7, against 0, abstained 0")
    assert not screen.decision_page.isEnabled()  # final: a new entry refers to it instead
    assert "final" in screen.decision_page.toolTip()
    screen.refers_check.setChecked(True)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("remark"))
    screen.name_edit.setText("Оспанова Г.")
    screen.about_edit.setPlainText("Time of the decision corrected")
    again = screen.record_entry()
    assert again is not None and again.refers_to == 1


def test_hostile_text_is_refused_naming_the_field(
        qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    screen.name_edit.setText("")
    screen.about_edit.setPlainText("x")
    assert screen.record_entry() is None
    assert screen.banner.text().endswith("from whom: must be filled in")
    screen.name_edit.setText("A\u202eB")
    assert screen.record_entry() is None and "U+202E" in screen.banner.text()
    screen.name_edit.setText("A")
    screen.about_edit.setPlainText("y" * 10_000)
    assert screen.record_entry() is None and "about what" in screen.banner.text()


def test_the_pdf_is_saved(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _screen(qtbot, demo_ctx)
    target = tmp_path / "journal"
    monkeypatch.setattr(JournalScreen, "ask_path", classmethod(lambda _c, _p, _s: str(target)))
    saved = screen.save_pdf()
    assert saved == target.with_name("journal.pdf") and saved.read_bytes()[:5] == b"%PDF-"


def test_the_journal_is_in_the_navigation(make_window: WindowFactory) -> None:
    window = make_window()
    row = NAV.index("journal")
    assert window.nav.item(row).text() == "Complaints and acts"
    assert key_text(row) == "Ctrl+J"
    window.nav.setCurrentRow(row)
    assert isinstance(window.pages.currentWidget(), JournalScreen)


def test_disputed_ballots_on_the_counting_screen(qtbot: QtBot, demo_ctx: AppContext) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
        phases.close_voting(s, demo_ctx.clock, "c1", reason="test")
    screen = CountingScreen(demo_ctx)
    qtbot.addWidget(screen)
    panel = screen.disputes
    assert not panel.form_box.isEnabled() and "during the count" in panel.form_box.toolTip()
    with demo_ctx.db.transaction() as s:
        to_cancel = {e.contest_id: e.to_cancel for e in counting.expected(s)}
        counting.record_step(s, demo_ctx.clock, "c1", counting.CANCEL, to_cancel)
    emit(demo_ctx.bridge.data_changed)
    screen.refresh()
    assert panel.form_box.isEnabled()
    assert "4 of 7" in panel.rule_label.text()
    panel.decision_combo.setCurrentIndex(panel.decision_combo.findData("valid:yes"))
    panel.vote_spins[0].setValue(3)
    assert panel.record() is None and "vote again" in panel.banner.text()
    panel.vote_spins[0].setValue(5)
    panel.note_edit.setText("tick on the line")
    item = panel.record()
    assert item is not None and item.option_id == "yes"
    screen.refresh()
    assert "valid Yes, I agree 1" in panel.tally_label.text()
    assert "Add them in the protocol yourself" in screen.dispute_summary.text()
    with demo_ctx.db.reading() as s:
        assert [d.decision for d in disputes.decisions(s)] == ["valid"]
        assert journal.entries(s) == []
