"""Qt Linguist translations (resources/i18n/precinct_<lang>.qm), switchable at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from precinct_app.resources import resource_root

_installed: list[QTranslator] = []


def install_language(lang: str) -> bool:
    """Make ``lang`` the interface language (English is the source; its file has plurals).

    Returns False when the compiled translation is missing (then the source text shows).
    """
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    path = resource_root() / "i18n" / f"precinct_{lang}.qm"
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
