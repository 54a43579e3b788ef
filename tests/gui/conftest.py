"""GUI fixtures: a context with private settings and a ticking clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from precinct_app.ui import ops
from precinct_app.ui.collector import GuiThreadCollector
from precinct_app.ui.main_window import MainWindow


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
