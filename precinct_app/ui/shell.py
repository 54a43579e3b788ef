"""The application's look (the shipped font, its size, the style sheet) and the host of
its one main window, which is built again when "large text" is switched.

Every screen derives its headings and big labels from the application font when it is
built, so a new size takes effect by building the window again (the host keeps the
screen that was open, the size and the position; the window asks first if protocol
lines typed and not saved would be lost).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from precinct_app.resources import resource_root
from precinct_app.ui import palette
from precinct_app.ui.context import AppContext, Settings
from precinct_app.ui.main_window import MainWindow
from precinct_app.ui.sizes import BASE_POINT_SIZE

LARGE_POINT_SIZE = 14
_STYLE = """
#header {{ background: {p.PANEL_SUNKEN}; border-bottom: 1px solid {p.BORDER}; }}
#trainingBanner {{ background: {p.TRAINING}; color: {p.ON_TRAINING}; font-weight: bold;
                  padding: 4px 10px; border-radius: 4px; }}
#backupAlarm, #integrityAlarm, #serverAlarm {{ background: {p.ALARM}; color: {p.ON_ACCENT};
                                             font-weight: bold; padding: 4px 10px;
                                             border-radius: 4px; }}
#phaseBadge {{ background: {p.ACCENT}; color: {p.ON_ACCENT}; padding: 4px 10px;
              border-radius: 4px; }}
#nav {{ font-size: {nav}pt; }}
#nav::item {{ padding: 8px 6px; }}
#nav::item:selected {{ background: {p.ACCENT}; color: {p.ON_ACCENT}; }}
QPushButton#primary {{ background: {p.ACCENT}; color: {p.ON_ACCENT}; padding: 6px 14px;
                      border-radius: 4px; }}
QPushButton#primary:disabled {{ background: {p.ACCENT_DISABLED}; }}
#searchBox {{ padding: 6px; }}
#voterDetails {{ background: {p.CARD}; }}
"""


def load_fonts() -> str:
    """Register the shipped Noto Sans; returns its family name."""
    family = "Noto Sans"
    for path in sorted((resource_root() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def point_size(settings: Settings) -> int:
    """The base text size: 11 pt, or 14 pt with "large text"."""
    return LARGE_POINT_SIZE if settings.large_text else BASE_POINT_SIZE


def style_sheet(size: int) -> str:
    """The style sheet for base text size ``size``."""
    return _STYLE.format(nav=size + 1, p=palette)


def apply_look(app: QApplication, settings: Settings, family: str | None = None) -> None:
    """Font and style for the current settings (before a window is built)."""
    size = point_size(settings)
    app.setFont(QFont(family or app.font().family(), size))
    app.setStyleSheet(style_sheet(size))


class WindowHost(QObject):
    """Owns the main window; builds a new one when it asks (the text size changed)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        """Build and show the window (again, in place of the old one)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_look(app, self._ctx.settings)
        old, window = self.window, MainWindow(self._ctx)
        window.rebuild_requested.connect(self._on_window_rebuild_requested)
        if old is not None:
            window.setGeometry(old.geometry())
            if window.nav.count() == old.nav.count():
                window.nav.setCurrentRow(old.nav.currentRow())
            window.carry_over(old)
        window.show()
        # Active from the start: Qt runs a window's keyboard shortcuts (F6, F8, Ctrl+S,
        # Ctrl+1...) only in its active window, and without a window manager (a kiosk
        # session, Xvfb) nothing else activates it until the first click.
        window.raise_()
        window.activateWindow()
        self.window = window
        if old is not None:  # shown first: closing the old one is not the last window
            old.close_checked()
            old.deleteLater()
        return window

    @Slot()
    def _on_window_rebuild_requested(self) -> None:
        self.show()
