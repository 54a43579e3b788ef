"""Refresh a screen at once while it is shown, and only when it is shown again otherwise.

Every write emits ``data_changed`` and every screen listens. Re-reading the hidden
ones (turnout, the register, the list) after each ballot cost the desk about 50 ms
per Enter at 2,000 ballots; a hidden screen now only notes that it is stale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class LazyRefresh(QObject):
    """Calls ``refresh`` now if ``widget`` is visible, else on its next show event."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget, self._refresh = widget, refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        """The data changed: refresh now, or when the screen is next shown."""
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On show, catch up with what changed while hidden."""
        # Qt may call the filter while Python tears the object down: attributes can be gone.
        if getattr(self, "_widget", None) is None:
            return False
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
