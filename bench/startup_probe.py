"""Child process of the start-up bench: start a window, say when it is usable, quit.

``python -m bench.startup_probe bare`` shows a bare PySide6 window (QApplication +
QMainWindow); ``python -m bench.startup_probe app --db PATH`` starts ``precinct-app``
exactly as its entry point does (``precinct_app.ui.launch``: the app loaded first, in
its own order, then run). Either prints ``USABLE <seconds> <cpu> ok`` (seconds on
CLOCK_MONOTONIC, the same clock in every process; cpu: the process's CPU seconds so far)
once the main window is shown, has been painted and the event loop is idle, then closes
the window and quits.

Measured from outside the app: nothing in precinct_app knows about this. The probe
imports PySide6 only after the app has loaded, as the app itself does, so the app pays
its own way and no more.
"""

from __future__ import annotations

import sys
import time
from typing import Any


def _probe(app: Any) -> Any:
    """An event filter on ``app``: the first painted main window, then one idle turn."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self._window: QMainWindow | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            """Note the first paint of a shown main window."""
            if (self._window is None and event.type() == QEvent.Type.Paint
                    and isinstance(watched, QMainWindow) and watched.isVisible()):
                self._window = watched
                QTimer.singleShot(0, self._idle)  # once the events queued so far are done
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
            app.exit(0)

    probe = Probe()
    app.installEventFilter(probe)
    return probe


def main(argv: list[str]) -> int:
    """Run ``bare`` or ``app [app arguments]``; exit code of the event loop."""
    mode, rest = argv[0], argv[1:]
    run_app = None
    if mode != "bare":
        from precinct_app.ui import launch

        run_app = launch.load()
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    probe = _probe(app)  # noqa: F841 (kept alive while the loop runs)
    if run_app is None:
        window = QMainWindow()
        window.resize(1366, 768)
        window.show()
        return app.exec()
    return run_app(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
