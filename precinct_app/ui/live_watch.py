"""The window's ear on the station server: services.live's listener on a thread of its own.

A Python daemon thread, not a QThread: a QThread destroyed while it runs aborts the whole
process (a window deleted without being closed would take the desk down with it); this
one stops at the next half second, or with the process.

Only a station on a server (``Database.shared``) has one. Its signals arrive on the GUI
thread; the main window turns ``changed`` into the one "data changed" refresh every screen
already hears, and ``lost``/``back`` into the header's red state and the desk's refusal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from precinct_app.db import Database, notify_token
from precinct_app.services import live
from precinct_app.ui.signals import emit


class LiveWatch(QObject):
    """Listens for the other desks' writes and watches the link to the server.

    Signals:
        changed(): another desk (or the CLI) committed a write.
        lost(str): the server stopped answering (the driver's reason).
        back(): the server answers again.
    """

    changed = Signal()
    lost = Signal(str)
    back = Signal()

    def __init__(self, db: Database, parent: QObject | None = None,
                 heartbeat_s: float = live.HEARTBEAT_S) -> None:
        super().__init__(parent)
        # The callbacks run on the listener's thread: emitting there queues the signal to
        # the receivers on the GUI thread.
        stopping = threading.Event()

        def guarded(call: Callable[..., None]) -> Callable[..., None]:
            def run(*args: Any) -> None:
                if stopping.is_set():
                    return
                try:
                    call(*args)
                except RuntimeError:  # this object was deleted under the thread: stop
                    stopping.set()
                    listener.stop()
            return run

        listener = live.Listener(
            live.listen_params(db),
            changed=guarded(lambda: emit(self.changed)),
            lost=guarded(lambda reason: emit(self.lost, reason)),
            back=guarded(lambda: emit(self.back)),
            heartbeat_s=heartbeat_s, own=notify_token(db.engine),
        )
        self._listener = listener
        self._thread = threading.Thread(target=listener.run, name="precinct-listen",
                                        daemon=True)

    def start(self) -> None:
        """Start listening."""
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and wait for the thread (a fraction of a second)."""
        self._listener.stop()
        if self._thread.is_alive():
            self._thread.join(5)
