"""The Verify screen on a hostile stick: the window stays responsive, and Cancel stops
the check (issue 12 s. 2)."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from precinct_app.services import verify
from precinct_app.services.verify import VerifyError
from precinct_app.ui.context import AppContext
from precinct_app.ui.verify_screen import VerifyScreen
from tests.gui.test_verify_words import pristine as pristine  # the fixture


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> Iterator[VerifyScreen]:
    checker = VerifyScreen(ctx)
    qtbot.addWidget(checker)
    yield checker
    checker.wait()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFO")
def test_a_fifo_on_the_stick_gets_a_verdict_naming_it(
        screen: VerifyScreen, qtbot: QtBot, pristine: tuple[Path, Path], tmp_path: Path) -> None:
    folder = Path(shutil.copytree(pristine[0], tmp_path / pristine[0].name))
    (folder / "turnout.csv").unlink()
    os.mkfifo(folder / "turnout.csv")
    screen.folder_edit.setText(str(folder))
    screen.verify_button.click()  # the click returns at once: the check runs in a thread
    qtbot.waitUntil(lambda: screen.report is not None, timeout=30_000)
    assert "turnout.csv" in screen.verdict.text() and "NOT VERIFIED" in screen.verdict.text()
    assert screen.verify_button.isEnabled() and not screen.cancel_button.isVisible()


def test_cancel_stops_a_verification_that_does_not_end(
        screen: VerifyScreen, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()

    def endless(_path: Path, **kw: Any) -> verify.VerifyReport:
        """A stick that reads for ever (a slow or hostile device), until cancelled."""
        started.set()
        while not kw["cancel"]():
            threading.Event().wait(0.01)
        raise VerifyError("verify_cancelled")

    monkeypatch.setattr(verify, "verify_folder", endless)
    screen.folder_edit.setText(str(tmp_path))
    screen.verify_button.click()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert screen.cancel_button.isVisibleTo(screen) and screen.cancel_button.isEnabled()
    assert not screen.verify_button.isEnabled()  # the window itself answers meanwhile
    screen.cancel_button.click()
    qtbot.waitUntil(lambda: not screen.cancel_button.isVisibleTo(screen), timeout=10_000)
    assert screen.verdict.text().endswith("the verification was cancelled: no verdict")
    assert screen.report is None and screen.verify_button.isEnabled()
