"""Screenshots for the docs (``make screenshots``), rendered offscreen at 1366x768.

Writes docs/screenshots/:
- voter-list-{kk,ru,en}.png: the demo station's voter list, a search typed, a voter selected;
- station-kk.png: the set-up screen in Kazakh (the longest labels);
- start-screen-en.png: the first screen on a computer without a station;
- import-preview-ru.png: the import dialog's preview of the Windows-1251 sample file.
Everything is built in a temporary folder; the user's data and settings are not touched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from precinct_app.db import open_database
from precinct_app.services.clock import Clock, parse_fixed_now
from precinct_app.services.demo import build_demo
from precinct_app.services.package import load_package
from precinct_app.services.setup import init_station
from precinct_app.ui.app import BASE_POINT_SIZE, STYLE, load_fonts
from precinct_app.ui.context import AppContext, Settings
from precinct_app.ui.i18n import install_language
from precinct_app.ui.import_dialog import ImportDialog
from precinct_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
# The morning of the demo election day, so the header shows a plausible clock.
NOW = "2024-10-06T09:42:00+05:00"
SEARCHES = {"kk": "Ахметов", "ru": "Ахметов", "en": "Ахметов"}


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Process events until ``done()`` (or fail after ``timeout`` seconds)."""
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)


def _settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, name: str) -> None:
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path.relative_to(ROOT))


def _context(tmp: Path, name: str, lang: str) -> AppContext:
    store = QSettings(str(tmp / f"{name}.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.language = lang
    install_language(lang)
    return AppContext(db_path=tmp / f"{name}.sqlite3", clock=Clock(fixed=parse_fixed_now(NOW)),
                      settings=settings, db_path_explicit=True)


def voter_lists(app: QApplication, tmp: Path) -> None:
    """The voter list in each language, with a search typed and the first match selected."""
    ctx = _context(tmp, "demo", "en")
    db = open_database(ctx.db_path, create=True)
    build_demo(db, ctx.clock, db_path=ctx.db_path)
    ctx.db = db
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    for lang in ("kk", "ru", "en"):
        window.set_language(lang)
        screen = window.voter_list
        assert screen is not None
        window.nav.setCurrentRow(1)
        screen.search_box.clear()
        screen.search_box.setText(SEARCHES[lang])
        _wait(app, lambda s=screen: 0 < s.model.rowCount() < 2214)
        screen.search_box.setFocus()
        _settle(app)
        _save(window, f"voter-list-{lang}.png")
    # The set-up screen in Kazakh, the language with the longest labels.
    window.set_language("kk")
    window.nav.setCurrentRow(0)
    _settle(app)
    _save(window, "station-kk.png")
    window.close()
    db.dispose()


def start_screen(app: QApplication, tmp: Path) -> None:
    """The first screen on a computer with no station."""
    ctx = _context(tmp, "empty", "en")
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    _settle(app)
    _save(window, "start-screen-en.png")
    window.close()


def import_preview(app: QApplication, tmp: Path) -> None:
    """The preview of the Windows-1251 sample file on a station with an empty list."""
    ctx = _context(tmp, "import", "ru")
    folder = tmp / "package"
    folder.mkdir()
    shutil.copy(ROOT / "resources" / "demo" / "election.json", folder / "election.json")
    db = open_database(ctx.db_path, create=True)
    init_station(db, ctx.clock, load_package(folder), db_path=ctx.db_path)
    ctx.db = db
    dialog = ImportDialog(ctx, ROOT / "docs" / "samples" / "voters_cp1251_ru.csv")
    dialog.resize(1100, 620)
    dialog.show()
    _wait(app, dialog.import_button.isEnabled)
    _settle(app)
    _save(dialog, "import-preview-ru.png")
    dialog.reject()
    db.dispose()


def main() -> int:
    """Render every screenshot into docs/screenshots/."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setFont(QFont(load_fonts(), BASE_POINT_SIZE))
    app.setStyleSheet(STYLE)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="precinct-shots-") as name:
        tmp = Path(name)
        voter_lists(app, tmp)
        start_screen(app, tmp)
        import_preview(app, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
