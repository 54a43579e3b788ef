"""Start-up as a user meets it: screens built when first shown, a long wait said in words."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import install_language
from precinct_app.ui.main_window import LAZY, NAV, MainWindow
from precinct_app.ui.start_screen import StartScreen
from tests.gui.windows import sign_in

LATIN = re.compile(r"[A-Za-z]")


def test_a_screen_is_built_when_first_shown_in_the_language_of_the_moment(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    window.show()
    row = NAV.index("outside")
    stand_in = window.pages.widget(row + 1)
    assert "outside" in LAZY and type(stand_in) is QWidget  # not built at start-up
    window.set_language("ru")
    window.nav.setCurrentRow(row)
    shown = window.pages.currentWidget()
    assert shown is window.outside and type(shown) is not QWidget
    assert window.pages.count() == len(NAV) + 1  # took the stand-in's place
    assert window.outside is not None
    assert window.outside.tabs.tabText(0).replace("&", "") == "Регистрация заявления"
    window.nav.setCurrentRow(NAV.index("station"))
    window.nav.setCurrentRow(row)
    assert window.pages.currentWidget() is shown  # built once


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_words_of_a_station_being_created_are_in_the_language(
    qtbot: QtBot, ctx: AppContext, lang: str
) -> None:
    install_language(lang)
    screen = StartScreen(ctx)
    qtbot.addWidget(screen)
    said = []
    for now in (("database", 0, 0), ("reading", 1200, 2214), ("saving", 2214, 2214),
                ("demo", 2214, 0), ("opening", 0, 0)):
        screen._stage.now = now
        said.append(screen.stage_text())
    assert len(set(said)) == 5
    assert not [s for s in said if LATIN.search(s)], said
    assert "2\u202f214" in said[3] and "1\u202f200" in said[1]


def test_opening_the_demo_says_what_it_is_doing(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    screen = window.start_screen
    screen.demo_button.click()
    assert screen.progress_text.isVisible()
    said = {screen.progress_text.text()}

    def created() -> bool:
        said.add(screen.progress_text.text())
        return window.station is not None

    qtbot.waitUntil(created, timeout=60_000)
    assert "Creating the station database…" in said or any("2\u202f214" in s for s in said)
    assert "" not in said  # never a bar with no words
    assert screen.progress_text.text() == "Opening the station…"  # the last words said


def test_a_long_day_of_qt_calls_does_not_wear_out_none() -> None:
    # PySide6 6.12.0 takes a reference from None at every void call; a few hundred ballots
    # at the desk made CPython abort ("none_dealloc"). 200,000 calls: a long day's worth.
    code = (
        "import precinct_app.ui.signals\n"
        "from PySide6.QtWidgets import QApplication, QLineEdit\n"
        "app = QApplication([])\n"
        "box = QLineEdit()\n"
        "for _ in range(200_000):\n"
        "    box.setText('871008401427')\n"
        "print('alive')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "alive", done.stderr[-500:]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_start_screen_says_the_demo_pin(qtbot: QtBot, ctx: AppContext, lang: str) -> None:
    # docs/formats.md §7: the demo's members start with 1234, and the start screen says so.
    install_language(lang)
    try:
        screen = StartScreen(ctx)
        qtbot.addWidget(screen)
        assert "1234" in screen.demo_button.text() and "PIN" in screen.demo_button.text()
    finally:
        install_language("en")
