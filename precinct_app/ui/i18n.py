"""Qt Linguist translations, switchable at run time: the app's own words
(resources/i18n/precinct_<lang>.qm) and Qt's, for the dialogs Qt draws itself
(Yes/No, OK/Cancel, file and print dialogs).

Qt's words come from the catalog PySide6 ships (``qtbase_<lang>.qm``); what that
catalog lacks or words in Latin letters is in our own ``qt_extra_<lang>.qm``,
installed after it so that it is looked up first.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator

from precinct_app.resources import resource_root

_installed: list[QTranslator] = []
_language = ["en"]  # the interface language installed last
_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *args: object) -> str:
    """``template`` with ``%1``, ``%2``... replaced by ``args`` in one pass.

    Chained ``.replace("%1", a).replace("%2", b)`` substituted again inside ``a`` (a
    voter's name or a file name holding "%2") and turned "%10" into ``a`` + "0". Here
    each placeholder is read whole, once; one without an argument stays as it is.
    ``%n`` (the plural count) is left to ``tr()``.
    """
    def argument(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if 1 <= number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(argument, template)


def _catalogs(lang: str) -> list[Path]:
    """The files for ``lang``, in install order (the last one installed wins a tie).

    English is the source of both Qt's and the app's texts: only the app's file
    (it carries the plural forms) is installed for it.
    """
    ours = resource_root() / "i18n"
    if lang == "en":
        return [ours / "precinct_en.qm"]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [qt_dir / f"qtbase_{lang}.qm", ours / f"qt_extra_{lang}.qm",
            ours / f"precinct_{lang}.qm"]


def interface_language() -> str:
    """The language installed last: the catalog's words of a widget that is not told it."""
    return _language[0]


def install_language(lang: str) -> bool:
    """Make ``lang`` the interface language, Qt's own dialogs included.

    Returns False when the app's compiled translation is missing (then the source
    text shows); a missing Qt catalog leaves only Qt's dialogs in English.
    """
    app = QCoreApplication.instance()
    assert app is not None
    # Qt's translations reach only the dialogs Qt draws; a native (GTK, portal) file
    # dialog would speak the desktop's language whatever the app's is.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    _language[0] = lang
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded_ours = False
    for path in _catalogs(lang):
        translator = QTranslator(app)
        if not translator.load(str(path)):
            continue
        app.installTranslator(translator)
        _installed.append(translator)
        loaded_ours = loaded_ours or path.name.startswith("precinct_")
    return loaded_ours
