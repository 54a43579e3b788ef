"""The demo station closed, counted, checked, signed and printed from the main window only.

Issue 4's done-when: every step goes through the widgets the commission uses, the
keyboard enters the count, a broken ratio stops signing, the signing dialog takes
the members present and a dissent, and the printer gets pages carrying the code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from precinct_app.services import audit, counting, issuance, phases, protocol, voters
from precinct_app.ui import protocol_screen as protocol_screen_module
from precinct_app.ui.context import AppContext
from precinct_app.ui.day_panel import DayPanel
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.sign_dialog import SignDialog
from tests.gui.windows import sign_in

# Three ballots issued; the commission counts 2 yes, 1 no (line numbers of kz-referendum).
COUNT = {"6": 0, "7": 3, "8": 0, "9": 3, "10": 0, "11": 0, "12": 0, "13": 2, "14": 1}


def _go(window: MainWindow, key: str) -> None:
    window.nav.setCurrentRow(NAV.index(key))


def _type_count(qtbot: QtBot, window: MainWindow, values: dict[str, int]) -> None:
    """Type the lines by number, moving with Enter as a member would."""
    assert window.counting is not None
    entry = window.counting.entry
    by_number = {row.number.text(): row for row in entry.rows.values()}
    for number, value in values.items():
        edit = by_number[number].edit
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, str(value))
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_closing_the_station_from_the_window(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(DayPanel, "confirm", staticmethod(lambda *_a: True))
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
        for list_no in (1, 2, 3):
            issuance.issue(s, demo_ctx.clock, voters.resolve(s, str(list_no)).id, "npp", "c4")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    window.resize(1366, 768)
    window.show()
    counting_item = window.nav.item(NAV.index("counting"))
    assert not counting_item.flags() & Qt.ItemFlag.ItemIsEnabled

    # The chair closes voting on the Station screen; the Counting screen opens up.
    _go(window, "station")
    assert window.station_screen is not None
    window.station_screen.day_panel.close_button.click()
    assert counting_item.flags() & Qt.ItemFlag.ItemIsEnabled
    _go(window, "counting")
    screen = window.counting
    assert screen is not None and screen.isVisible()

    # Step 1: the cancelled ballots, counted blind (nothing prefilled), then typed.
    with demo_ctx.db.reading() as s:
        [expected] = counting.expected(s)
    assert screen.cancel.values() == {"npp": None}
    qtbot.keyClicks(screen.cancel.edits["npp"], str(expected.to_cancel))
    assert screen.cancel.values() == {"npp": expected.to_cancel}
    sign_in(qtbot, window, "c3")  # the secretary switches in at this desk (PIN typed)
    screen.confirm_button.click()
    assert screen.step_rows[counting.CANCEL].state == "done"
    assert window.header.phase.text() == "Counting"
    for step in (counting.SUMMARISE, counting.PORTABLE, counting.STATIONARY, counting.SORT):
        assert screen.step_rows[step].state == "current"
        screen.confirm_button.click()
        assert screen.step_rows[step].state == "done"

    # The count, by keyboard; 3 "yes" at first: the valid-ballots ratio fails live.
    screen.tabs.setCurrentIndex(1)
    _type_count(qtbot, window, {**COUNT, "13": 3})
    entry = screen.entry
    failing = [c.id for c in entry.live_checks() if c.outcome.holds is False]
    assert failing == ["valid_balance"]
    entry.save_button.click()
    screen.step_confirm_button.click()  # all lines filled
    screen.step_confirm_button.click()  # the check: refused in place, nothing signed
    assert "valid_balance" in entry.banner.text()
    with demo_ctx.db.reading() as s:
        assert counting.status(s, demo_ctx.clock).next_step == counting.CHECK
    _type_count(qtbot, window, {"13": 2})
    entry.save_button.click()
    screen.step_confirm_button.click()
    assert screen.sign_button.isVisible()

    # Signing: the dialog with five present (quorum of 7) and one dissent.
    signed: list[str] = []

    def ask(_cls: type, _parent: object, ctx: AppContext, contest_id: str) -> bool:
        dialog = SignDialog(ctx, contest_id, None)
        qtbot.addWidget(dialog)
        for row in dialog.rows:
            row.present.setChecked(row.member.id in ("c1", "c2", "c3", "c4", "c6"))
            if row.present.isChecked():
                qtbot.keyClicks(row.pin, "1234")  # each member present types their own PIN
        row6 = next(r for r in dialog.rows if r.member.id == "c6")
        row6.dissent_button.click()
        qtbot.keyClicks(row6.dissent_text, "line 8: one ballot was doubtful")
        assert dialog.sign_button.isEnabled()
        dialog.sign_button.click()
        assert dialog.signed is not None and dialog.signed.code
        signed.append(dialog.signed.code)
        return True

    monkeypatch.setattr(SignDialog, "ask", classmethod(ask))
    screen.sign_button.click()
    [code] = signed
    assert window.header.phase.text() == "Protocol signed"
    with demo_ctx.db.reading() as s:
        data = protocol.build(s, demo_ctx.clock, "npp")
        assert audit.verify_chain(s).ok
    assert data.signed and data.code == code
    assert [m.id for m in data.dissents()] == ["c6"]

    # The Protocol screen previews and prints the signed protocol.
    _go(window, "protocol")
    shown = window.protocol
    assert shown is not None
    qtbot.waitUntil(lambda: shown.document.pageCount() >= 1)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(protocol_screen_module, "ask_printer", lambda *_a: printer)
    assert shown.print_protocol() >= 1
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "printed.pdf").pages)
    assert code in text and "Ким Елена Викторовна" in text
