"""GUI fixtures: a context with private settings and a ticking clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from precinct_app.db import open_database
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.ui import ops
from precinct_app.ui.collector import GuiThreadCollector
from precinct_app.ui.context import AppContext, Settings
from precinct_app.ui.i18n import install_language
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


@pytest.fixture
def ctx(
    tmp_path: Path, clock: Clock, qapp: object, request: pytest.FixtureRequest  # noqa: ARG001
) -> Iterator[AppContext]:
    """A context with no station yet; its database path is explicit (tmp).

    Its clock ticks; a test that asserts a time asks for ``frozen_clock`` too
    (``@pytest.mark.usefixtures("frozen_clock")``) and gets that one.
    """
    if "frozen_clock" in request.fixturenames:
        clock = request.getfixturevalue("frozen_clock")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    install_language("en")
    context = AppContext(db_path=tmp_path / "station.sqlite3", clock=clock, settings=settings,
                         db_path_explicit=True)
    yield context
    if context.db is not None:
        context.db.dispose()


@pytest.fixture
def demo_ctx(ctx: AppContext) -> AppContext:
    """The context with the demo station (300 voters) open."""
    db = open_database(ctx.db_path, create=True)
    build_demo(db, ctx.clock, db_path=ctx.db_path, voters=300)
    ctx.db = db
    return ctx
