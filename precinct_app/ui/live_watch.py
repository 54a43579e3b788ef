"""The window's ear on the station server: services.live's listener on a thread of its own.

Only a station on a server (``Database.shared``) has one. Its signals arrive on the GUI
thread; the main window turns ``changed`` into the one "data changed" refresh every screen
already hears, and ``lost``/``back`` into the header's red state and the desk's refusal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from precinct_app.db import Database, notify_token
from precinct_app.services import live
from precinct_app.ui.signals import emit


class _ListenThread(QThread):
    def __init__(self, listener: live.Listener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = listener

    def run(self) -> None:
        """The listener's loop, until it is stopped."""
        self.listener.run()


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
        listener = live.Listener(
            live.listen_params(db),
            changed=lambda: emit(self.changed),
            lost=lambda reason: emit(self.lost, reason),
            back=lambda: emit(self.back),
            heartbeat_s=heartbeat_s, own=notify_token(db.engine),
        )
        self._thread = _ListenThread(listener, self)

    def start(self) -> None:
        """Start listening."""
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and wait for the thread (a fraction of a second)."""
        self._thread.listener.stop()
        self._thread.wait(5_000)
