"""Helpers for tests that drive the main window (the fixtures are in tests/gui/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from precinct_app.ui.header import LANGUAGES
from precinct_app.ui.main_window import MainWindow

# What the ``make_window`` fixture gives: ``make_window(size=..., shown=...)``.
WindowFactory = Callable[..., MainWindow]


def switch_language(window: MainWindow, lang: str) -> None:
    """As a member does it: the header's language switch."""
    window.header.language.setCurrentIndex(LANGUAGES.index(lang))
    QCoreApplication.processEvents()  # LanguageChange reaches the widgets already built
    assert window._ctx.lang == lang
