"""About (ui/about_dialog.py): the build id to compare, the check of the installation's files
(green or red, naming the files), the printer test page printed or saved, every word in
the language chosen."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from precinct_app.services import build_id
from precinct_app.services.build_id import CheckResult
from precinct_app.ui.about_dialog import AboutDialog
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import install_language
from precinct_app.ui.main_window import MainWindow


def _dialog(qtbot: QtBot, ctx: AppContext) -> AboutDialog:
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(out.split())


def _checked(qtbot: QtBot, dialog: AboutDialog, monkeypatch: pytest.MonkeyPatch,
             result: CheckResult) -> None:
    monkeypatch.setattr(build_id, "check", lambda _info=None: result)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking() and dialog.check_button.isEnabled())


def test_the_build_id_large_and_selectable_and_what_this_is(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = _dialog(qtbot, ctx)
    info = build_id.current()
    assert dialog.name_label.text() == f"Precinct {info.version}"
    assert dialog.build_label.text() == info.build_id
    assert dialog.build_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.build_label.font().pointSizeF() > 2 * dialog.font().pointSizeF()
    metrics = dialog.build_label.fontMetrics()  # monospace: every character as wide
    assert len({metrics.horizontalAdvance(c) for c in "1ABCDEF0-"}) == 1
    assert "not an official build" in dialog.kind_label.text()  # the tests run from source
    assert dialog.details["database"].text() == f"{ctx.db_path} (no station yet)"
    assert "Open Font License" in dialog.details["fonts"].text()
    assert dialog.details["python"].text().startswith("3.")
    assert dialog.details["qt"].text().startswith("Qt 6.")
    assert not dialog.check_banner.isVisible() and not dialog.pdf_banner.isVisible()


def test_an_intact_installation_is_said_in_green(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, ctx)
    _checked(qtbot, dialog, monkeypatch, CheckResult(1234, (), (), ()))
    assert dialog.check_banner.kind == "ok"
    assert dialog.check_banner.text() == "✔  Files checked: 1234. All match the build id."


def test_changed_missing_and_added_files_are_named_in_red_in_any_language(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, ctx)
    changed = tuple(f"_internal/lib{n}.so" for n in range(7))
    _checked(qtbot, dialog, monkeypatch,
             CheckResult(500, changed, ("_internal/fonts/NotoSans-Bold.ttf",),
                         ("_internal/evil.py",)))
    shown = dialog.check_banner.text()
    assert dialog.check_banner.kind == "error" and shown.startswith("✕  Files checked: 500.")
    assert "do not use it for the election" in shown
    assert "Changed (7): _internal/lib0.so, " in shown and "_internal/lib4.so … and 2 more" in shown
    assert "_internal/lib5.so" not in shown
    assert "Missing (1): _internal/fonts/NotoSans-Bold.ttf" in shown
    assert "Not part of the build (1): _internal/evil.py" in shown
    ctx.settings.language = "ru"
    install_language("ru")  # About stays open while the language is switched
    qtbot.waitUntil(lambda: dialog.windowTitle() == "О программе Precinct")
    assert dialog.check_button.text() == "Проверить файлы установки"
    assert "Изменены (7)" in dialog.check_banner.text()
    assert "Отсутствуют (1)" in dialog.check_banner.text()
    assert dialog.build_label.text() == build_id.current().build_id


def test_a_check_that_breaks_is_said_not_raised(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, ctx)

    def unreadable(_info: object = None) -> CheckResult:
        raise PermissionError(13, "Permission denied", "/opt/precinct/_internal/x.so")

    monkeypatch.setattr(build_id, "check", unreadable)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking() and dialog.check_button.isEnabled())
    assert dialog.check_banner.kind == "error"
    assert "The check could not finish" in dialog.check_banner.text()
    assert "/opt/precinct/_internal/x.so" in dialog.check_banner.text()


def test_the_test_page_through_the_print_dialog(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    target = tmp_path / "printed.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    asked: list[bool] = []
    monkeypatch.setattr(AboutDialog, "ask_printer",
                        classmethod(lambda _cls, _parent: asked.append(True) or printer))
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("ru"))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf_banner.kind == "ok", timeout=20_000)
    assert asked == [True] and "sent to the printer" in dialog.pdf_banner.text()
    page = _pdf_text(target)
    assert build_id.current().build_id in page and "Проверка принтера" in page
    assert "время участка, Asia/Almaty" in page  # a station is open: its clock


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, ctx)
    asked: list[bool] = []
    monkeypatch.setattr(AboutDialog, "ask_printer",
                        classmethod(lambda _cls, _parent: asked.append(True) and None))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and dialog.print_button.isEnabled(), timeout=20_000)
    assert not dialog.pdf_banner.isVisible()


def test_the_test_page_saved_and_a_bad_place_refused_in_words(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, ctx)
    answers = [str(tmp_path / "test-page"), str(tmp_path / "no such folder" / "x.pdf")]
    suggested: list[str] = []

    def ask(_cls: object, _parent: object, _title: str, name: str) -> str:
        suggested.append(name)
        return answers.pop(0)

    monkeypatch.setattr(AboutDialog, "ask_path", classmethod(ask))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf_banner.kind == "ok", timeout=20_000)
    saved = tmp_path / "test-page.pdf"  # .pdf added
    assert saved.exists() and str(saved) in dialog.pdf_banner.text()
    assert suggested == [f"printer-test-{build_id.current().build_id}.pdf"]
    assert "this computer's time" not in _pdf_text(saved)  # kk+ru by default
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf_banner.kind == "error", timeout=20_000)
    assert "no such folder" in dialog.pdf_banner.text()


def test_about_from_the_header_and_from_the_start_screen(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.header.about_button.click()
    assert window.about is not None and window.about.isVisible()
    first = window.about
    window.header.about_button.click()  # the same one, brought forward
    assert window.about is first
    first.close()
    empty = MainWindow(ctx.__class__(db_path=ctx.db_path.with_name("other.sqlite3"),
                                     clock=ctx.clock, settings=ctx.settings,
                                     db_path_explicit=True))
    qtbot.addWidget(empty)
    assert empty.pages.currentWidget() is empty.start_screen
    empty.start_screen.about_button.click()
    assert empty.about is not None and empty.about.isVisible()
    assert "(no station yet)" in empty.about.details["database"].text()
    empty.about.close()


def _painted(tmp_path: Path, margin_mm: float, border: float) -> tuple[int, int, bytes]:
    """The test page painted (as on a printer, not written as a file) on A4 with the
    printer's unprintable margins ``margin_mm``; the result rendered at 254 dpi."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    from precinct_app.services import print_test_pdf
    from precinct_app.ui.protocol_print import paint_pdf
    from tests.unit.test_print_test_pdf import AT, BUILD, _pixels, _render

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                           QPageLayout.Unit.Millimeter)
    pdf = print_test_pdf.build(print_test_pdf.PageFacts(BUILD, AT))
    assert paint_pdf(pdf, printer, border=border) == 1
    return _pixels(_render((tmp_path / "painted.pdf").read_bytes(), tmp_path))


def test_a_printer_with_narrow_margins_prints_the_rulers_at_100_mm(
    qapp: object, tmp_path: Path  # noqa: ARG001
) -> None:
    from precinct_app.services import print_test_pdf
    from precinct_app.ui.about_dialog import PAGE_BORDER
    from tests.unit.test_print_test_pdf import DPI, _run

    width, height, pixels = _painted(tmp_path, 6.35, PAGE_BORDER)  # an inkjet's margins
    px = DPI / 25.4
    x0, y0 = (v / (72 / 25.4) for v in print_test_pdf.H_RULER)
    runs = []
    for shift in range(-4, 5):
        r = round(height - y0 * px) + shift
        first, last = _run(pixels[r * width:(r + 1) * width], round((x0 + 50) * px))
        runs.append((last - first + 1) / px)
    assert max(runs) == pytest.approx(100, abs=0.5)  # not scaled into the printable area


def test_a_printer_with_wide_margins_gets_the_page_fitted_not_cut(
    qapp: object, tmp_path: Path  # noqa: ARG001
) -> None:
    from precinct_app.ui.about_dialog import PAGE_BORDER
    from tests.unit.test_print_test_pdf import DPI

    width, height, pixels = _painted(tmp_path, 12, PAGE_BORDER)
    band = round(11.5 * DPI / 25.4)  # the unprintable margin stays blank: nothing was lost
    for y in list(range(band)) + list(range(height - band, height)):
        assert min(pixels[y * width:(y + 1) * width]) > 200, y
    dark_rows = [y for y in range(height) if min(pixels[y * width:(y + 1) * width]) < 128]
    assert dark_rows[0] < 27 * DPI / 25.4  # the top corner marks, moved in, are there


def test_closing_the_window_waits_for_a_check_running(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    started, finished = threading.Event(), threading.Event()

    def slow_check(_info: object = None) -> CheckResult:
        started.set()
        threading.Event().wait(0.3)  # a bundle's few hundred megabytes being hashed
        finished.set()
        return CheckResult(1, (), (), ())

    monkeypatch.setattr(build_id, "check", slow_check)
    window.open_about()
    about = window.about
    assert about is not None
    about.check_button.click()
    qtbot.waitUntil(started.is_set)
    window.close()  # the app quits: the check's thread is not destroyed while it runs
    assert finished.is_set() and not about.checking()


def test_a_station_that_cannot_be_read_still_gets_a_test_page(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    dialog = _dialog(qtbot, demo_ctx)
    assert demo_ctx.db is not None

    def broken() -> object:
        raise OperationalError("SELECT", {}, Exception("database disk image is malformed"))

    monkeypatch.setattr(demo_ctx.db, "reading", broken)
    monkeypatch.setattr(AboutDialog, "ask_path",
                        classmethod(lambda *_a: str(tmp_path / "page.pdf")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf_banner.kind == "ok", timeout=20_000)
    assert "осы компьютердің уақыты" in _pdf_text(tmp_path / "page.pdf")
