"""Live desks (services.live): another desk's commit is heard within a second; a stopped
server is lost, and back when it starts again; a write on a dropped connection is a
``server_lost_write`` refusal in words, never a traceback."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import text as sql

from precinct_app import db, messages
from precinct_app.db import Database, open_server_database
from precinct_app.services import live
from tests import pg

pytestmark = [
    pytest.mark.skipif(pg.pg_bin_dir() is None, reason="no PostgreSQL server binaries"),
    pytest.mark.postgresql_itself,
]


@dataclass
class Heard:
    """What a listener said, in order, with a condition to wait on."""

    said: list[str] = field(default_factory=list)
    cond: threading.Condition = field(default_factory=threading.Condition)

    def add(self, what: str) -> None:
        with self.cond:
            self.said.append(what)
            self.cond.notify_all()

    def wait_for(self, what: str, after: int = 0, timeout: float = 10.0) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: what in self.said[after:], timeout)


def start_listener(db: Database, heard: Heard, own: str = "") -> Iterator[live.Listener]:
    listener = live.Listener(
        live.listen_params(db), changed=lambda: heard.add("changed"),
        lost=lambda _reason: heard.add("lost"), back=lambda: heard.add("back"),
        heartbeat_s=0.5, retry_s=0.2, own=own)
    thread = threading.Thread(target=listener.run, daemon=True)
    thread.start()
    try:
        yield listener
    finally:
        listener.stop()
        thread.join(10)
        assert not thread.is_alive()


def wait_until(check: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return check()


def listening(db: Database) -> bool:
    with db.reading() as s:
        return bool(s.execute(sql(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE '% listen' "
            "AND datname = current_database() AND query NOT LIKE '%to_regprocedure%'"
        )).scalar())


def test_a_commit_at_another_desk_is_heard_within_a_second() -> None:
    made = pg.cluster()
    db = open_server_database(made.url(made.new_database()), desk="desk-2")
    heard = Heard()
    try:
        for _listener in start_listener(db, heard):
            assert wait_until(lambda: listening(db), 10)
            before = len(heard.said)
            with db.reading() as s:  # a read sends nothing
                s.execute(sql("SELECT count(*) FROM voter")).scalar()
            time.sleep(0.3)
            assert "changed" not in heard.said[before:]
            with db.transaction() as s:  # any write at another desk: NOTIFY at commit
                s.execute(sql("SELECT count(*) FROM voter")).scalar()
            committed = time.monotonic()
            assert heard.wait_for("changed", before, timeout=1.0)
            assert time.monotonic() - committed <= 1.0
            # A rolled-back write is not news.
            after = len(heard.said)
            with pytest.raises(RuntimeError), db.transaction() as s:
                s.execute(sql("SELECT 1"))
                raise RuntimeError("refused")
            time.sleep(0.3)
            assert "changed" not in heard.said[after:]
            assert "lost" not in heard.said
    finally:
        db.dispose()


def test_this_desks_own_writes_are_not_news_to_it() -> None:
    made = pg.cluster()
    url = made.url(made.new_database())
    mine, other = open_server_database(url, desk="desk-1"), open_server_database(url, desk="desk-2")
    heard = Heard()
    try:
        for _listener in start_listener(mine, heard, own=db.notify_token(mine.engine)):
            assert wait_until(lambda: listening(mine), 10)
            with mine.transaction() as s:  # shown already by this desk's own refresh
                s.execute(sql("SELECT 1"))
            time.sleep(0.4)
            assert "changed" not in heard.said
            with other.transaction() as s:
                s.execute(sql("SELECT 1"))
            assert heard.wait_for("changed", timeout=1.0)
    finally:
        mine.dispose()
        other.dispose()


def _restart(made: pg.TestCluster) -> None:
    opts = (f"-p {made.port} -c listen_addresses=127.0.0.1 -k {made.root} -c fsync=off "
            "-c synchronous_commit=off")
    pg.run_as_cluster_user([str(made.bin_dir / "pg_ctl"), "-D", str(made.root / "data"),
                            "-o", opts, "-l", str(made.root / "log"), "-w", "start"])


def _stop(made: pg.TestCluster) -> None:
    pg.run_as_cluster_user([str(made.bin_dir / "pg_ctl"), "-D", str(made.root / "data"),
                            "-m", "fast", "-w", "stop"])


def test_a_stopped_server_is_lost_a_write_says_so_and_it_is_back_when_started() -> None:
    made = pg._start()  # a cluster of its own: this test stops it
    db = open_server_database(made.url("precinct_template"), desk="desk-1")
    heard = Heard()
    try:
        for listener in start_listener(db, heard):
            assert wait_until(lambda: listening(db), 10)
            _stop(made)
            assert heard.wait_for("lost", timeout=5.0)
            assert listener.is_lost
            with pytest.raises(Exception) as info, db.transaction() as s:
                s.execute(sql("SELECT count(*) FROM voter"))
            refusal = live.as_domain_error(info.value)
            assert refusal is not None and refusal.code == "server_lost_write"
            for lang, words in (("en", "paper list"), ("ru", "бумажному списку"),
                                ("kk", "қағаз тізім")):
                assert words in messages.text(refusal.code, lang, **refusal.params)
            lost_at = len(heard.said)
            _restart(made)
            assert heard.wait_for("back", lost_at, timeout=10.0)
            assert not listener.is_lost
            # Listening again: the next commit is heard.
            after = len(heard.said)
            with db.transaction() as s:
                s.execute(sql("SELECT count(*) FROM voter"))
            assert heard.wait_for("changed", after, timeout=1.0)
            assert heard.said.count("lost") == 1  # said once, not at every retry
    finally:
        db.dispose()
        made.stop()


def test_a_dropped_listener_connection_reconnects_without_crying_wolf() -> None:
    made = pg.cluster()
    db = open_server_database(made.url(made.new_database()), desk="desk-3")
    heard = Heard()
    try:
        for _listener in start_listener(db, heard):
            assert wait_until(lambda: listening(db), 10)
            with made.admin() as admin:  # e.g. the server's admin ended the session
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE application_name LIKE '% listen'")
            assert heard.wait_for("changed", timeout=5.0)  # what it may have missed
            assert "lost" not in heard.said
    finally:
        db.dispose()


def test_a_connection_dropped_at_commit_is_not_said_to_have_recorded_nothing() -> None:
    made = pg.cluster()
    station = open_server_database(made.url(made.new_database()), desk="desk-1")
    try:
        with pytest.raises(Exception) as info, station.transaction() as s:
            pid = s.execute(sql("SELECT pg_backend_pid()")).scalar()
            with made.admin() as admin:  # the link goes between the last statement and COMMIT
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        refusal = live.as_domain_error(info.value)
        assert refusal is not None and refusal.code == "server_lost_unsure"
        assert "may or may not" in messages.text(refusal.code, "en", **refusal.params)
        # A statement that fails on a dropped connection recorded nothing: said so.
        with pytest.raises(Exception) as info, station.transaction() as s:
            pid = s.execute(sql("SELECT pg_backend_pid()")).scalar()
            with made.admin() as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            s.execute(sql("SELECT count(*) FROM voter"))
        refusal = live.as_domain_error(info.value)
        assert refusal is not None and refusal.code == "server_lost_write"
    finally:
        station.dispose()


def test_only_a_dropped_connection_is_a_lost_server() -> None:
    import psycopg
    from sqlalchemy.exc import IntegrityError, OperationalError

    dropped = OperationalError("SELECT 1", {}, psycopg.OperationalError("server closed"))
    assert live.is_connection_lost(dropped)
    full = OperationalError("SELECT 1", {}, psycopg.errors.DiskFull("disk full"))
    assert not live.is_connection_lost(full)
    assert live.as_domain_error(full) is None
    clash = IntegrityError("INSERT", {}, psycopg.errors.UniqueViolation("duplicate"))
    assert not live.is_connection_lost(clash)
    import sqlite3
    locked = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    assert not live.is_connection_lost(locked)


def test_the_command_line_words_a_dropped_server_connection(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    import psycopg
    from sqlalchemy.exc import OperationalError

    from precinct_app import cli

    def dropped(*_args: object) -> None:
        raise OperationalError("INSERT", {}, psycopg.OperationalError(
            'connection to server at "10.0.0.1", port 5433 failed: No route to host'))

    monkeypatch.setattr(cli.signin, "prove", dropped)
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    assert cli.main(["turnout"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert "бумажному списку" in err[-1] and "No route to host" in err[-1]
    assert "Traceback" not in "\n".join(err)
