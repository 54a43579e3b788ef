"""Live desks: hear the other desks' writes, and know at once when the server is lost.

Every write transaction on the station server sends ``NOTIFY precinct`` (db.py), which
PostgreSQL delivers at commit. A :class:`Listener` keeps its own connection to the server
(never one of the pool's: it sits in ``LISTEN`` all day), says ``changed`` after another
desk's commit, and sends a heartbeat every couple of seconds, so a pulled cable or a dead
server laptop is ``lost`` within seconds, not at the next ballot. It reconnects on its own
and says ``back``. The window runs it on a thread of its own (ui/live_watch.py).

While the server is lost a desk must not issue: it cannot see whether another desk (or
the same voter at another table) already has, so the commission issues from the paper list
(services/paper_list.py) and enters those ballots when the link is back. A write that fails
on a dropped connection becomes :class:`ServerLost` (``server_lost_write``) in one place,
:func:`as_domain_error`, used by the window's action helper and by the CLI.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from precinct_app.services.errors import DomainError

if TYPE_CHECKING:
    from precinct_app.db import Database

# Seconds between heartbeats: a lost server is seen within about this (and the TCP
# timeouts below when a cable is pulled and nothing answers at all).
HEARTBEAT_S = 2.0
# Seconds between attempts to reach a lost server again.
RETRY_S = 1.0
# libpq's TCP settings for the listener: a half-open connection (cable pulled, laptop
# off) is given up after a few seconds instead of the kernel's two hours.
_TCP_ARGS = {"keepalives": "1", "keepalives_idle": "2", "keepalives_interval": "1",
             "keepalives_count": "2", "tcp_user_timeout": "4000", "connect_timeout": "3"}
# SQLSTATEs that mean the connection itself is gone: class 08 (connection exception) and
# the server's shutdown or crash (57P01-57P03).
_LOST_STATES = ("57P01", "57P02", "57P03")


class ServerLost(DomainError):
    """The station server cannot be reached: nothing was recorded (code says what to do)."""


def is_connection_lost(exc: BaseException) -> bool:
    """True when ``exc`` (SQLAlchemy's or psycopg's) means the server connection dropped.

    A full disk, a lock timeout or a constraint on the server are not a lost server; SQLite
    never loses one.
    """
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        orig: BaseException | None = exc.orig
    else:
        orig = exc
    if not isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError):
        return False
    state = getattr(orig, "sqlstate", None)
    return state is None or state.startswith("08") or state in _LOST_STATES


def as_domain_error(exc: BaseException) -> DomainError | None:
    """``ServerLost`` for a dropped connection to the station server, else None."""
    if isinstance(exc, ServerLost):
        return exc
    if is_connection_lost(exc):
        from precinct_app.db import AT_COMMIT

        # Lost while committing: the server may have the action or not (a ballot must be
        # looked up on the server, never issued again, once the link is back).
        unsure = getattr(getattr(exc, "orig", None) or exc, AT_COMMIT, False)
        return ServerLost("server_lost_unsure" if unsure else "server_lost_write",
                          detail=first_line(exc))
    return None


def first_line(exc: BaseException) -> str:
    """The driver's own first line of ``exc`` (no SQL, no traceback)."""
    orig = getattr(exc, "orig", None)
    lines = str(orig if orig is not None else exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def listen_params(db: Database) -> dict[str, Any]:
    """libpq's parameters for a connection of its own to the station ``db`` is on."""
    url = db.engine.url
    params: dict[str, Any] = dict(url.translate_connect_args(username="user", database="dbname"))
    params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    params.update(db.connect_args)
    for key, value in _TCP_ARGS.items():
        params.setdefault(key, value)
    # Seen as such in the server's pg_stat_activity (one per desk, all day).
    params["application_name"] = str(params.get("application_name") or "precinct")[:55] + " listen"
    return params


class Listener:
    """Listens on the station server for the other desks' commits, with a heartbeat.

    ``changed()`` after a commit anywhere (once per burst), ``lost(reason)`` when the server
    stops answering, ``back()`` when it answers again (what was missed meanwhile is then
    read by the caller). The callbacks run on the listener's thread. ``own`` is this
    desk's engine's NOTIFY payload (``db.notify_token``): its own writes are not news.
    """

    def __init__(
        self,
        params: dict[str, Any],
        *,
        changed: Callable[[], None],
        lost: Callable[[str], None],
        back: Callable[[], None],
        heartbeat_s: float = HEARTBEAT_S,
        retry_s: float = RETRY_S,
        own: str = "",
    ) -> None:
        self._params = params
        self._own = own  # this desk's own NOTIFY payload: what it has already shown
        self._changed, self._lost, self._back = changed, lost, back
        self._heartbeat_s, self._retry_s = heartbeat_s, retry_s
        self._stop = threading.Event()
        self.is_lost = False

    def stop(self) -> None:
        """Ask :meth:`run` to return (within a fraction of a second)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        """Listen until :meth:`stop`; reconnect whenever the connection drops."""
        import psycopg

        retried = False
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(**self._params, autocommit=True)
            except psycopg.Error as exc:
                if retried or self.is_lost:
                    self._say_lost(first_line(exc))
                    self._stop.wait(self._retry_s)
                retried = True
                continue
            try:
                beat = self._heartbeat_sql(conn)
                conn.execute(f"LISTEN {_channel()}")
                if self.is_lost:
                    self.is_lost = False
                    self._back()
                elif retried:  # dropped and reconnected at once: notices may be missed
                    self._changed()
                retried = False
                self._listen(conn, beat)
            except psycopg.Error as exc:
                # Try once more at once (a single dropped connection is not a lost server);
                # a second failure says so.
                if retried:
                    self._say_lost(first_line(exc))
                retried = True
            finally:
                conn.close()

    def _say_lost(self, reason: str) -> None:
        if not self.is_lost:
            self.is_lost = True
            self._lost(reason)

    @staticmethod
    def _heartbeat_sql(conn: Any) -> str:
        # On a station server a desk's heartbeat is also its "last seen" (station_server);
        # a bare cluster (the tests') has no such function.
        found = conn.execute("SELECT to_regprocedure('precinct_server.seen()')").fetchone()
        return "SELECT precinct_server.seen()" if found and found[0] else "SELECT 1"

    def _listen(self, conn: Any, beat: str) -> None:
        next_beat = time.monotonic() + self._heartbeat_s
        while not self._stop.is_set():
            wait = min(0.5, max(0.0, next_beat - time.monotonic()))
            heard = [n.payload for n in conn.notifies(timeout=wait, stop_after=1)]
            if heard:
                # A burst (several desks, a run of writes) is one refresh.
                heard += [n.payload for n in conn.notifies(timeout=0.05)]
                if any(payload != self._own or not payload for payload in heard):
                    self._changed()
            if time.monotonic() >= next_beat:
                conn.execute(beat)
                next_beat = time.monotonic() + self._heartbeat_s


def _channel() -> str:
    from precinct_app.db import NOTIFY_CHANNEL

    return NOTIFY_CHANNEL
