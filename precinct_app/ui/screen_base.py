"""What every screen of the station shares: its context, its station, and when it reads.

A screen is built in a fixed shape (``_setup_ui``, ``_connect_signals``, then its words
and its first reading); it hears every write on the bridge's ``data_changed`` and
re-reads at once while shown, or when next shown (:class:`LazyRefresh`). The main
window words it again at a language switch through ``retranslate_ui``.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from precinct_app.services.station import StationInfo
from precinct_app.ui.context import AppContext
from precinct_app.ui.lazy_refresh import LazyRefresh

# The first reading: "now", then the words (they may name what was read); "now_quiet",
# for a screen whose reading words it itself; "words_first" for one whose words come
# first; "when_shown" for one whose reading is costly (a PDF, the volumes).
FirstRead = Literal["now", "now_quiet", "words_first", "when_shown"]


class Screen(QWidget):
    """A page of the main window over the station's database.

    Subclasses set their own state, then call :meth:`_build`; they implement
    ``_setup_ui``, ``_connect_signals``, ``retranslate_ui`` and ``refresh``.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.db is not None
        self._ctx = ctx
        self.station: StationInfo | None = None
        self._lazy = LazyRefresh(self, self.refresh)

    def _build(self, first: FirstRead = "now") -> None:
        """Widgets, connections (the bridge's included), words and the first reading."""
        self._setup_ui()
        self._connect_signals()
        self._ctx.bridge.data_changed.connect(self._on_bridge_data_changed)
        if first == "now":
            self.refresh()
            self.retranslate_ui()
        elif first == "now_quiet":
            self.refresh()
        elif first == "words_first":
            self.retranslate_ui()
            self.refresh()
        else:
            self.retranslate_ui()
            self._lazy.request()  # hidden while built: read when first shown

    def _setup_ui(self) -> None:
        raise NotImplementedError

    def _connect_signals(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read what the screen shows from the database again."""
        raise NotImplementedError

    def _data_changed(self) -> None:
        """A write happened: read again now if shown, else when next shown."""
        self._lazy.request()

    # Never overridden: with PySide6 6.12 a subclass overriding a slot keeps receiving the
    # signal after the screen is destroyed (a rebuilt window's old desk raised at each
    # write). Subclasses override _data_changed instead.
    @Slot()
    def _on_bridge_data_changed(self) -> None:
        self._data_changed()
