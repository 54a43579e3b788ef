"""precinct-app's entry point: the app loads with the cyclic collector off."""

from __future__ import annotations

import gc
from collections.abc import Sequence

import pytest

from precinct_app.ui import app, launch


def test_the_entry_point_loads_and_runs_the_app_with_collection_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[bool, Sequence[str] | None]] = []

    def fake_main(argv: Sequence[str] | None = None) -> int:
        seen.append((gc.isenabled(), argv))
        return 7

    monkeypatch.setattr(app, "main", fake_main)
    was = gc.isenabled()
    try:
        assert launch.main(["--db", "x.sqlite3"]) == 7
    finally:
        if was:
            gc.enable()
    assert seen == [(False, ["--db", "x.sqlite3"])]


def test_the_installed_command_is_the_launcher() -> None:
    from importlib.metadata import entry_points

    (script,) = [e for e in entry_points(group="gui_scripts") if e.name == "precinct-app"]
    assert script.value == "precinct_app.ui.launch:main"


def test_the_collector_leaves_what_was_loaded_out_of_every_collection() -> None:
    # A full collection walked some 100,000 long-lived objects (a fifth of a second,
    # possibly in the middle of a ballot): the collector freezes what exists when it starts.
    from precinct_app.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector()
    collector.stop()  # the one the test session runs under (tests/gui/conftest.py)
    assert gc.get_freeze_count() == 0
    collector.start()
    try:
        assert not gc.isenabled() and gc.get_freeze_count() > 10_000
        assert len(gc.get_objects(2)) < 1_000  # a full collection now walks only new objects
    finally:
        collector.stop()
        collector.start()
    assert gc.get_freeze_count() > 0
