"""Long work off the GUI thread: a QThread running one callable with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
Job = Callable[[ProgressFn, CancelFn], Any]


class Task(QThread):
    """Runs ``job(progress, should_cancel)`` in its own thread.

    Signals:
        progressed(done, total): from the job, delivered on the GUI thread.
        succeeded(result): the job returned.
        failed(exception): the job raised (ImportCancelled included).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    def run(self) -> None:
        """Qt's thread entry point."""
        try:
            result = self._job(self.progressed.emit, self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
