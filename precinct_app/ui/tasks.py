"""Long work off the GUI thread: one callable run by a worker object living in a QThread.

The GUI side only sees the ``Task``: it polls the worker from a GUI-thread timer and
emits its own signals there, so no Python object is ever passed between threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from precinct_app.ui.signals import emit

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
Job = Callable[[ProgressFn, CancelFn], Any]


POLL_MS = 100


class _Worker(QObject):
    """Runs the job in its thread and leaves the outcome for the GUI thread to collect.

    No Python object crosses threads through a Qt signal (queued ``object`` arguments
    proved crash-prone): the result, the exception and the progress are plain
    attributes, published by the ``done`` event and polled by :class:`Task`.
    """

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel
        self.latest: tuple[int, int] | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()

    @Slot()
    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            self.latest = (done, total)

        try:
            self.result = self._job(progress, self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.error = exc
        finally:
            self.done.set()


class Task(QObject):
    """Runs ``job(progress, should_cancel)`` in its own thread.

    Signals:
        progressed(done, total): from the job, delivered on the GUI thread.
        succeeded(result): the job returned.
        failed(exception): the job raised (ImportCancelled included).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(job, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._shown: tuple[int, int] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)

    def start(self) -> None:
        """Start the job."""
        self._poll.start()
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    def is_running(self) -> bool:
        """True until the job has finished and its outcome was delivered."""
        return self._poll.isActive()

    def wait(self) -> None:
        """Block until the job has stopped (used when a window closes); no signal follows."""
        self._worker.done.wait()
        self._finish()

    def _finish(self) -> None:
        self._poll.stop()
        self._thread.quit()
        self._thread.wait()

    @Slot()
    def _on_poll_timeout(self) -> None:
        latest = self._worker.latest
        if latest is not None and latest != self._shown:
            self._shown = latest
            emit(self.progressed, *latest)
        if not self._worker.done.is_set():
            return
        self._finish()
        if self._worker.error is not None:
            emit(self.failed, self._worker.error)
        else:
            emit(self.succeeded, self._worker.result)
