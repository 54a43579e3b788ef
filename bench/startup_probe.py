"""Child process of the start-up bench: start a window, say when it is usable, quit.

``python -m bench.startup_probe bare`` shows a bare PySide6 window (QApplication +
QMainWindow); ``python -m bench.startup_probe app --db PATH`` starts ``precinct-app``
exactly as its entry point does. Either prints ``USABLE <seconds> <cpu> ok`` (seconds on
CLOCK_MONOTONIC, the same clock in every process; cpu: the process's CPU seconds so far)
once the main window is shown, has been painted and the event loop is idle, then closes
the window and quits.

Measured from outside the app: nothing in precinct_app knows about this. It imports
nothing but PySide6 before the app's own imports, so the app pays its own way.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _Probe(QObject):
    """Watches every widget's paint: the first painted main window, then one idle turn."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._window: QMainWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the first paint of a shown main window."""
        if (self._window is None and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow) and watched.isVisible()):
            self._window = watched
            QTimer.singleShot(0, self._idle)  # runs once the events queued so far are done
        return False

    def _idle(self) -> None:
        stamp, cpu = time.clock_gettime(time.CLOCK_MONOTONIC), time.process_time()
        window = self._window
        assert window is not None
        # The app's window must be the station's (not the start screen nor a restore).
        station = getattr(window, "station", "bare")
        print(f"USABLE {stamp:.6f} {cpu:.6f} {'ok' if station is not None else 'no-station'}",
              flush=True)
        window.close()  # as the user would: the window finishes what it must
        self._app.exit(0)


def main(argv: list[str]) -> int:
    """Run ``bare`` or ``app [app arguments]``; exit code of the event loop."""
    mode, rest = argv[0], argv[1:]
    app = QApplication(sys.argv[:1])
    probe = _Probe(app)
    app.installEventFilter(probe)
    if mode == "bare":
        window = QMainWindow()
        window.resize(1366, 768)
        window.show()
        return app.exec()
    from precinct_app.ui import app as precinct

    return precinct.main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
