"""GUI fixtures: the main window on the demo station, no modal boxes, collection on the
GUI thread. The context (``ctx``, ``demo_ctx``: private settings, a ticking clock) comes
from tests/qt_fixtures.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from precinct_app.services import pins
from precinct_app.ui import ops
from precinct_app.ui.collector import GuiThreadCollector
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import install_language
from precinct_app.ui.main_window import MainWindow
from precinct_app.ui.pin_dialog import PinDialog
from tests.gui.windows import WindowFactory, sign_in


@pytest.fixture(autouse=True)
def _gui_thread_collection(qapp: object) -> Iterator[None]:  # noqa: ARG001
    """As in the app: no cyclic collection from a worker thread (see ui/collector.py)."""
    collector = GuiThreadCollector()
    collector.start()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal error box would block the test: record its message instead."""
    shown: list[str] = []
    monkeypatch.setattr(ops, "show_error", lambda _parent, message: shown.append(message))
    # Closing a window with protocol lines typed and not saved asks: never in a test
    # unless the test answers itself (tests/gui/test_shell.py).
    monkeypatch.setattr(MainWindow, "ask_unsaved", staticmethod(lambda *_a: "discard"))
    return shown


@pytest.fixture(autouse=True)
def pins_typed(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> dict[str, str]:
    """A member asked to confirm with their PIN types it (the demo's 1234 unless the test
    sets ``pins_typed["pin"]``) and presses Enter, instead of a modal wait."""
    typed = {"pin": pins.DEMO_PIN}

    def exec_(dialog: PinDialog) -> int:
        dialog.show()
        QTest.keyClicks(dialog.pin, typed["pin"])
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.buttons.isEnabled(),
                        timeout=10_000)
        if dialog.isVisible():  # refused: the message stays for the test to read
            typed["refused"] = dialog.message.text()
            dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(PinDialog, "exec", exec_)
    return typed


@pytest.fixture
def make_window(qtbot: QtBot, demo_ctx: AppContext) -> Iterator[WindowFactory]:
    """Build the main window on the demo station when the test is ready for it.

    ``make_window(size=(1366, 768), shown=True)``: resized, then shown and exposed. English
    comes back afterwards: a test that switched the language leaves it behind.
    ``member``: who signs in (PIN typed, the demo's 1234); None leaves the sign-in open.
    """

    def make(*, size: tuple[int, int] | None = None, shown: bool = False,
             member: str | None = "c2") -> MainWindow:
        demo_ctx.signin.set_member(None)  # the window opens on its sign-in
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        if shown:
            window.show()
            qtbot.waitExposed(window)
        if member is not None:
            sign_in(qtbot, window, member)
        return window

    yield make
    install_language("en")


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    """The main window on the demo station, not shown."""
    return make_window()
