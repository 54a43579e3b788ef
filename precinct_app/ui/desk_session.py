"""The member signed in at this desk, and the idle watch that locks it (docs/formats.md §7).

One :class:`DeskSignIn` per window's context: every ``MemberCombo`` shows its member as
the actor (the combo cannot take the context: screens build it with the action alone,
so the window binds the current one here when it is built).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from precinct_app.services.station import Member
from precinct_app.ui.signals import emit

# Input that proves someone is at the desk (a key, a click, the wheel, a touch, a move).
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class DeskSignIn(QObject):
    """Who acts at this desk, and whether the desk is locked.

    Signals:
        changed(): the member changed, or the desk locked or opened again.
        switch_requested(): a member asked to switch (a member combo, the header, a key).
    """

    changed = Signal()
    switch_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.member: Member | None = None
        self.desk = ""
        self.locked = False

    @property
    def member_id(self) -> str:
        """The member's id ('' when nobody is signed in)."""
        return self.member.id if self.member is not None else ""

    @property
    def acting(self) -> Member | None:
        """The member who may act now: nobody while the desk is locked."""
        return None if self.locked else self.member

    def set_member(self, member: Member | None) -> None:
        """``member`` signed in (None: signed out); the desk is open again."""
        self.member, self.locked = member, False
        emit(self.changed)

    def lock(self) -> None:
        """Lock the desk: the member stays, but nobody acts until a PIN is typed."""
        if self.member is not None and not self.locked:
            self.locked = True
            emit(self.changed)


_current: DeskSignIn | None = None


def bind(signin: DeskSignIn) -> None:
    """Make ``signin`` the one member combos follow (the window being built)."""
    global _current  # noqa: PLW0603 - one desk per process; see the module's docstring
    _current = signin


def current() -> DeskSignIn | None:
    """The desk's sign-in the member combos follow (None before a window binds one)."""
    return _current


class IdleWatch(QObject):
    """An application-wide event filter: no input for the idle time, then ``idle``.

    Signals:
        idle(): the idle time passed without a key, click, wheel or touch.
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """The idle time, counted afresh from now."""
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The idle time in milliseconds (tests use a short one)."""
        self.timer.setInterval(ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """Watch the application's input (again)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (the window closes, or nobody is signed in)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count; the event goes on unchanged."""
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def _on_timer_timeout(self) -> None:
        emit(self.idle)
