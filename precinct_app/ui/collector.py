"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold
is crossed, which with our worker threads can be a worker: it would then destroy
unreachable Qt objects (a closed dialog, a finished task) from the wrong thread and crash.
qutebrowser hit the same problem and solved it the same way (misc/utilities.py,
GarbageCollector): automatic collection off, the collector called from a GUI timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 1_000


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects from a timer on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Take over collection, leaving out what exists by now.

        Everything made so far (the modules, SQLAlchemy's and Qt's classes: some 100,000
        objects) lives as long as the app: frozen, a full collection no longer walks it,
        which took a fifth of a second that could fall in the middle of a ballot.
        """
        gc.disable()
        gc.freeze()
        self._timer.start()

    def stop(self) -> None:
        """Give collection back to Python (after a last collection here)."""
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        gc.enable()

    @Slot()
    def _on_timer_timeout(self) -> None:
        # The generations Python itself would have collected by now, and no more.
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] > thresholds[level]:
                generation = level
        if generation >= 0:
            gc.collect(generation)
