"""The protocol screen: PDF preview, options, saving, printing, signing and correcting."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from precinct_app.models import Protocol
from precinct_app.services import phases, protocol, protocol_pdf
from precinct_app.ui import protocol_screen
from precinct_app.ui.context import AppContext
from precinct_app.ui.protocol_print import CorrectDialog, paint_pdf
from precinct_app.ui.protocol_screen import ProtocolScreen
from precinct_app.ui.sign_dialog import SignDialog
from precinct_app.ui.signals import emit
from tests.gui.signable import make_signable


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _screen(qtbot: QtBot, ctx: AppContext) -> ProtocolScreen:
    screen = ProtocolScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 620)
    screen.show()
    return screen


def _sign_in_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """SignDialog.exec ticks five members present and clicks Sign instead of blocking."""
    def fake_exec(dialog: SignDialog) -> int:
        for row in dialog.rows[:5]:
            row.present.setChecked(True)
            QTest.keyClicks(row.pin, "1234")  # each member present types their own PIN
        dialog.sign_button.click()
        return int(SignDialog.DialogCode.Accepted)

    monkeypatch.setattr(SignDialog, "exec", fake_exec)


def _sign(screen: ProtocolScreen, monkeypatch: pytest.MonkeyPatch) -> str:
    _sign_in_dialog(monkeypatch)
    assert screen.sign_button.isEnabled()
    screen.sign_button.click()
    assert screen.data is not None and screen.data.code
    return screen.data.code


def test_the_preview_shows_the_draft(qtbot: QtBot, demo_ctx: AppContext) -> None:
    make_signable(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    assert screen.document.pageCount() >= 1
    assert screen.status.text() == "■  Draft — not signed"
    assert "NOT SIGNED" in _text(screen.pdf)  # the PDF carries the draft marker
    assert screen.sign_button.isEnabled()
    assert not screen.correct_button.isEnabled()
    assert "Only a signed protocol is corrected" in screen.correct_button.toolTip()
    assert not screen.contest_combo.isVisible()  # one contest: nothing to choose


def test_options_render_a_certified_copy_and_the_enlarged_form(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    make_signable(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    assert screen.options.copy_spin.text() == "original"
    assert "Экземпляр" not in _text(screen.pdf)
    screen.options.copy_spin.setValue(3)
    assert screen.options.copy_spin.text() == "No. 3"
    assert "Экземпляр № 3" in _text(screen.pdf).replace("\u00a0", " ")
    screen.options.lang_combo.setCurrentIndex(screen.options.lang_combo.findData("en"))
    emit(screen.options.lang_combo.activated, screen.options.lang_combo.currentIndex())
    assert "Copy No. 3" in _text(screen.pdf)
    a4 = screen.document.pagePointSize(0)
    screen.options.enlarged_check.setChecked(True)
    a3 = screen.document.pagePointSize(0)
    assert round(a4.width()) == 595 and round(a3.width()) == 842  # A4, then A3 (points)


def test_a_hidden_screen_renders_only_when_shown(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_signable(demo_ctx)
    calls: list[int] = []
    real = protocol_pdf.build
    monkeypatch.setattr(protocol_pdf, "build", lambda *a, **k: calls.append(1) or real(*a, **k))
    screen = ProtocolScreen(demo_ctx)
    qtbot.addWidget(screen)
    for _ in range(3):
        emit(demo_ctx.bridge.data_changed)
    assert calls == [] and screen.pdf == b""
    screen.show()
    assert calls == [1] and screen.document.pageCount() >= 1


def test_signing_from_the_screen(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_signable(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    done: list[str] = []
    screen.action_done.connect(done.append)
    code = _sign(screen, monkeypatch)
    assert screen.status.text() == f"✔  Signed at 09:00 · code {code}"
    assert code in _text(screen.pdf) and "NOT SIGNED" not in _text(screen.pdf)
    assert done == [f"Protocol signed: code {code}"]
    assert not screen.sign_button.isEnabled()
    assert "signed and locked" in screen.sign_button.toolTip()
    assert screen.correct_button.isEnabled()


def test_print_to_a_pdf_file_has_the_code(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    make_signable(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    code = _sign(screen, monkeypatch)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(protocol_screen, "ask_printer", lambda _parent, _enlarged: printer)
    pages = screen.print_protocol()
    assert pages == screen.document.pageCount() >= 1
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert code in _text(printed)
    assert "sent to the printer" in screen.banner.text()


def test_printing_renders_every_page_for_every_copy(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    make_signable(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    pages = screen.document.pageCount()
    assert paint_pdf(screen.pdf, printer, copies=2) == 2 * pages
    reader = PdfReader(tmp_path / "painted.pdf")
    assert len(reader.pages) == 2 * pages
    assert all(page.images for page in reader.pages)  # each page is the rendered picture


def test_save_writes_the_pdf_shown(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    make_signable(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    suggested: list[str] = []

    def ask(_parent: object, name: str) -> str:
        suggested.append(name)
        return str(tmp_path / "protocol")

    monkeypatch.setattr(ProtocolScreen, "ask_path", classmethod(lambda _c, p, n: ask(p, n)))
    saved = screen.save()
    assert saved == tmp_path / "protocol.pdf"
    assert saved.read_bytes() == screen.pdf
    assert Path(suggested[0]).name == "TRAINING_protocol_P164_npp_v1_kk-ru_DRAFT.pdf"


def test_correcting_opens_a_repeated_protocol(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_signable(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    code = _sign(screen, monkeypatch)
    asked: list[int] = []

    def ask(_parent: object, _commission: object, _lang: str, version: int) -> tuple[str, str]:
        asked.append(version)
        return "c2", "line 13 was miscounted"

    monkeypatch.setattr(CorrectDialog, "ask", staticmethod(ask))
    screen.correct_button.click()
    assert asked == [1]
    assert screen.versions == [1, 2] and screen.version == 2
    assert screen.version_combo.isEnabled()
    assert screen.repeated.isVisible()
    assert screen.repeated.text() == \
        "Repeated protocol (version 2). Reason: line 13 was miscounted"
    assert screen.status.text() == "■  Draft — not signed"
    assert screen.sign_button.isEnabled() and not screen.correct_button.isEnabled()
    assert "Version 2 opened" in screen.banner.text()
    # Version 1 is kept as signed, marked superseded.
    screen.version_combo.setCurrentIndex(0)
    emit(screen.version_combo.activated, 0)
    assert screen.status.text().startswith("✕  Superseded by version 2")
    assert code in screen.status.text()
    assert not screen.sign_button.isEnabled() and not screen.correct_button.isEnabled()
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        assert protocol.versions(s, "npp") == [1, 2]
        assert protocol.build(s, demo_ctx.clock, "npp", 1).status == "superseded"
        current = protocol.build(s, demo_ctx.clock, "npp")
    assert current.repeated and current.correction_reason == "line 13 was miscounted"


def test_signing_waits_for_the_count(qtbot: QtBot, demo_ctx: AppContext) -> None:
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:
        phases.open_voting(s, demo_ctx.clock, "c1")
    screen = _screen(qtbot, demo_ctx)
    assert screen.document.pageCount() >= 1  # the empty draft can still be previewed
    assert not screen.sign_button.isEnabled()
    assert "end of the count (the station is in: voting open)" in screen.sign_button.toolTip()


def test_a_signed_protocol_changed_in_the_database_is_not_printed(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12: values changed behind the program are never shown beside the old code."""
    make_signable(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    _sign(screen, monkeypatch)
    assert screen.pdf
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:  # the attacker, with the program's own models
        row = s.scalars(select(Protocol)).one()
        assert row.lines_json is not None
        frozen = json.loads(row.lines_json)
        for line in frozen["lines"]:
            if line["key"] == "yes":
                line["value"] += 5
        row.lines_json = json.dumps(frozen)
    screen.refresh()
    assert screen.pdf == b""  # nothing to print or save
    assert "changed outside the program" in screen.banner.text()
    assert not screen.print_button.isEnabled()
