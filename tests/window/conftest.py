"""Real-window tests: the app as a commission member meets it.

They run on a (virtual) screen with the xcb platform, never offscreen: the main window
is shown and active, and every key is a key event sent to the focused widget, through
Qt's shortcut map (``QTest``), as a keyboard or a USB scanner would type it. No slot is
called. ``make test`` runs them under Xvfb in a second pytest run (a process has one Qt
platform); elsewhere they are skipped, so a plain ``pytest`` still works.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from precinct_app.ui.collector import GuiThreadCollector
from precinct_app.ui.context import AppContext
from precinct_app.ui.main_window import MainWindow
from precinct_app.ui.shell import WindowHost

WHY_SKIPPED = (
    "real-window tests need the xcb platform on a screen, not offscreen: `make test` runs "
    "them, or: xvfb-run -a -s '-screen 0 1366x768x24' env QT_QPA_PLATFORM=xcb "
    ".venv/bin/python -m pytest -p no:cacheprovider tests/window"
)


def _real_platform() -> bool:
    return os.environ.get("QT_QPA_PLATFORM") == "xcb"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip this folder's tests on any platform but xcb (offscreen hides what they test)."""
    if _real_platform():
        return
    skip = pytest.mark.skip(reason=WHY_SKIPPED)
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _on_a_real_screen(qapp: QApplication) -> Iterator[None]:
    """Refuse offscreen even if the environment said xcb; restore the look after a test
    that switched on large text (the application font is global)."""
    if qapp.platformName() != "xcb":
        pytest.skip(WHY_SKIPPED)
    font, sheet = qapp.font(), qapp.styleSheet()
    collector = GuiThreadCollector()  # as in the app (see ui/collector.py)
    collector.start()
    yield
    collector.stop()
    for widget in qapp.topLevelWidgets():
        widget.close()
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


@pytest.fixture(autouse=True)
def _no_unsaved_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window at the end of a test with lines typed: no question left open."""
    monkeypatch.setattr(MainWindow, "ask_unsaved", staticmethod(lambda *_a: "discard"))


@pytest.fixture
def host(demo_ctx: AppContext) -> Iterator[WindowHost]:
    """The app's own window host (it builds the window again for large text)."""
    demo_ctx.signin.set_member(None)  # the window opens on its sign-in; show() types the PIN
    window_host = WindowHost(demo_ctx)
    yield window_host
    if window_host.window is not None:
        window_host.window.close_checked()
        window_host.window.deleteLater()
