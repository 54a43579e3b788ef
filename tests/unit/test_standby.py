"""The synchronous standby and its promotion (docs/formats.md §8, services/standby.py).

Several laptops on 127.0.0.1, each with its own HOME: a station server, its standby and
desks. The heavy one: desk processes issue ballots while the server's PostgreSQL is
killed (-9); the standby is promoted; every ballot a desk saw acknowledged is there, the
audit chain and the reconciliation verify, and a desk follows the promotion by itself.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bench import standby as lab
from precinct_app.db import open_server_database
from precinct_app.models import Issuance
from precinct_app.services import (
    audit,
    issuance,
    laptop,
    pg_cluster,
    reconcile,
    standby,
    station_server,
)
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError
from tests.pg import pg_bin_dir

pytestmark = [
    pytest.mark.skipif(pg_bin_dir() is None,
                                    reason="PostgreSQL's server binaries (initdb) are missing"),
    pytest.mark.postgresql_itself,
]

REPO = Path(__file__).resolve().parents[2]
WRITERS = 3
PER_WRITER = 80
KILL_AFTER = 30  # acknowledged ballots before the server laptop dies


@dataclass
class Station:  # the tests below run in order on one station (each server costs ~9 s)
    """A server, its standby and a desk, each a HOME of its own."""

    root: Path
    server_home: Path
    standby_home: Path
    desk_home: Path
    server: laptop.Laptop | None = None
    spare: laptop.Laptop | None = None
    desk: laptop.Laptop | None = None
    extra: list[laptop.Laptop] = field(default_factory=list)

    def stop(self) -> None:
        for lap in (self.server, self.spare, *self.extra):
            lab.stop_quietly(lap)


@contextlib.contextmanager
def _station(voters: int) -> Iterator[Station]:
    root = Path(tempfile.mkdtemp(prefix="precinct-standby-"))
    root.chmod(0o711)
    st = Station(root, *(lab.new_home(root, n) for n in ("server", "standby", "desk")))
    try:
        st.server = lab.start_server(st.server_home, lab.free_port(), voters)
        # The desk joins before the standby: it must learn the standby's address.
        st.desk = lab.join_desk(st.desk_home, st.server, "desk-1")
        st.spare = lab.make_standby(st.standby_home, st.server, lab.free_port())
        yield st
    finally:
        st.stop()
        import shutil

        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def station() -> Iterator[Station]:
    with _station(voters=WRITERS * PER_WRITER + 20) as st:
        yield st


def _owner_rows(lap: laptop.Laptop, sql: str, *params: Any) -> list[Any]:
    with station_server.owner_connection(lap) as conn:
        return list(conn.execute(sql, params).fetchall())


def test_the_standby_is_synchronous_and_a_desk_learns_its_address(station: Station) -> None:
    assert station.server and station.spare and station.desk
    rows = _owner_rows(station.server, "SELECT application_name, sync_state, state "
                       "FROM pg_stat_replication")
    assert rows == [(standby.APP_NAME, "sync", "streaming")]
    assert station.desk.servers == station.server.servers  # joined before the standby
    with lab.as_laptop(station.desk_home):
        db = laptop.open_station(laptop.load())
        try:
            assert laptop.load().servers == (station.server.servers[0],
                                              station.spare.servers[-1])
            with db.reading() as s:
                assert standby.standby_state(s) == "sync"
            voter_id = lab.voter_ids(db)[0]
            with db.transaction() as s:
                issuance.issue(s, Clock(), voter_id, lab.CONTEST, lab.MEMBER)
        finally:
            db.dispose()
    with lab.as_laptop(station.standby_home):
        saved = laptop.load()
    assert saved.role == laptop.STANDBY and saved.servers[0] == station.server.servers[0]
    assert saved.owner_password == ""  # the server's owner password never left it
    with lab.as_laptop(station.server_home):
        assert standby.replaced_by() is None  # its standby is a standby


def test_refusals(station: Station) -> None:
    assert station.server and station.spare
    with lab.as_laptop(station.standby_home), pytest.raises(DomainError) as taken:
        standby.make_standby(station.server.servers[0], "ABCDEFGH",
                             lab.data_folder(station.standby_home), lab.free_port())
    assert taken.value.code == "standby_laptop_taken"
    with lab.as_laptop(station.standby_home), pytest.raises(DomainError) as alive:
        standby.promote()  # the server still answers: two servers would split the station
    assert alive.value.code == "standby_server_alive"
    with lab.as_laptop(station.desk_home), pytest.raises(DomainError) as not_standby:
        standby.promote()
    assert not_standby.value.code == "standby_not_standby"
    other = lab.new_home(station.root, "other")
    with lab.as_laptop(other), pytest.raises(DomainError) as wrong:
        standby.make_standby(station.server.servers[0], "WRONGCOD",
                             lab.data_folder(other), lab.free_port())
    assert wrong.value.code == "join_refused"
    assert not (lab.data_folder(other) / "server" / "pgdata").exists()


def _waiting_ballot(db: Any, voter_id: int, server: laptop.Laptop
                    ) -> tuple[threading.Thread, threading.Event]:
    """A desk's ballot in a thread, once PostgreSQL shows it waiting for the standby."""
    done = threading.Event()

    def issue() -> None:
        with db.transaction() as s:
            issuance.issue(s, Clock(), voter_id, lab.CONTEST, lab.MEMBER)
        done.set()

    waiting = threading.Thread(target=issue)
    waiting.start()
    # The commit waits for the standby: PostgreSQL's own wait event says so.
    while not _owner_rows(server, "SELECT 1 FROM pg_stat_activity WHERE wait_event = 'SyncRep'"):
        assert waiting.is_alive()
        time.sleep(0.01)
    assert not done.is_set()
    return waiting, done


def test_a_lost_standby_makes_ballots_wait_visibly_until_it_is_back_or_forgotten(
        station: Station) -> None:
    assert station.server and station.spare
    with lab.as_laptop(station.desk_home):
        db = laptop.open_station(laptop.load())
    try:
        ids = lab.voter_ids(db)
        lab.kill_cluster(station.spare)  # the standby laptop dies
        waiting, done = _waiting_ballot(db, ids[5], station.server)
        with station_server.owner_connection(station.server) as conn:
            assert standby.standby_state(conn) == "lost"
        with lab.as_laptop(station.standby_home):  # it comes back: the ballot completes
            standby.start_standby()
        waiting.join()
        assert done.is_set()
        with db.reading() as s:
            assert standby.standby_state(s) == "sync"

        lab.kill_cluster(station.spare)  # dies again, for good this time
        waiting, done = _waiting_ballot(db, ids[6], station.server)
        with lab.as_laptop(station.server_home):
            standby.forget_standby()
        waiting.join()
        assert done.is_set()
        with db.reading() as s:
            assert standby.standby_state(s) == "none"
            assert s.scalar(select(func.count()).select_from(Issuance)
                            .where(Issuance.voter_id.in_(ids[5:7]))) == 2
        with lab.as_laptop(station.server_home), pytest.raises(DomainError) as none:
            standby.forget_standby()
        assert none.value.code == "standby_none"
    finally:
        db.dispose()


def test_kill_the_server_under_load_promote_and_nothing_acknowledged_is_lost(
        station: Station) -> None:
    # After the previous test the server has no standby: a new laptop becomes it.
    assert station.server and station.desk
    st = station
    second = lab.new_home(st.root, "standby2")
    with lab.as_laptop(st.desk_home):  # a desk window open since before the standby joined
        running = laptop.open_station(laptop.load())
    st.spare = lab.make_standby(second, st.server, lab.free_port())
    with lab.as_laptop(st.desk_home):
        standby.learn_servers(running, laptop.load())  # what its heartbeat does
    with lab.as_laptop(st.desk_home):
        db = laptop.open_station(laptop.load())
        try:
            with db.reading() as s:
                taken = set(s.scalars(select(Issuance.voter_id)))
            ids = [v for v in lab.voter_ids(db) if v not in taken]
        finally:
            db.dispose()
    assert len(ids) >= WRITERS * PER_WRITER + 1
    acks = [st.root / f"ack-{n}" for n in range(WRITERS)]
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=lab.writer, args=(
        st.desk_home, ids[n * PER_WRITER:(n + 1) * PER_WRITER], lab.MEMBER, acks[n]))
        for n in range(WRITERS)]
    for w in writers:
        w.start()
    while len(lab.acknowledged(acks)) < KILL_AFTER:
        assert any(w.is_alive() for w in writers), "the writers stopped early"
        time.sleep(0.01)
    lab.kill_cluster(st.server)  # the server laptop dies mid-load
    for w in writers:
        w.join()
    acknowledged = lab.acknowledged(acks)
    assert KILL_AFTER <= len(acknowledged) < WRITERS * PER_WRITER

    # The CLI on the standby laptop (its own process and HOME).
    env = {**os.environ, "HOME": str(second), "XDG_CONFIG_HOME": str(second / "config"),
           "XDG_DATA_HOME": str(second / "data"), "PRECINCT_LANG": "en"}
    done = subprocess.run([sys.executable, str(REPO / "tests" / "standby_cli.py"),
                           "server", "promote"], check=False, env=env,
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "is now the station server" in done.stdout
    with lab.as_laptop(second):
        promoted = laptop.load()
    st.extra.append(promoted)
    assert promoted.role == laptop.SERVER and promoted.owner_password
    assert promoted.owner_password != st.server.owner_password

    db = open_server_database("postgresql+psycopg://", migrate_schema=False,
                              connect_args=station_server.owner_args(promoted))
    try:
        with db.reading() as s:
            present = set(s.scalars(select(Issuance.voter_id)
                                    .where(Issuance.undone_at.is_(None))))
            assert acknowledged <= present, sorted(acknowledged - present)
            assert audit.verify_chain(s).ok
            report = reconcile.reconcile(s)
            assert report.ok, report.discrepancies[:3]
    finally:
        db.dispose()

    # A desk that knew both addresses follows the promotion without being told.
    with lab.as_laptop(st.desk_home):
        assert laptop.load().servers == (st.server.servers[0], promoted.servers[0])
        db = laptop.open_station(laptop.load())
        try:
            spare_voter = next(v for v in ids if v not in present)
            with db.transaction() as s:
                issuance.issue(s, Clock(), spare_voter, lab.CONTEST, lab.MEMBER)
            with db.reading() as s:
                assert standby.standby_state(s) == "none"  # it waits for nobody now
        finally:
            db.dispose()
        assert laptop.load().servers == (promoted.servers[0],)  # the lost one forgotten

    # The desk open all along follows too: its next connection takes the saved addresses.
    with lab.as_laptop(st.desk_home):
        try:
            spare_voter = next(v for v in ids[1:] if v not in present and v != spare_voter)
            with running.transaction() as s:
                issuance.issue(s, Clock(), spare_voter, lab.CONTEST, lab.MEMBER)
        finally:
            running.dispose()

    # The lost server laptop comes back: its own start must see it was replaced.
    pg_cluster.start(pg_cluster.ClusterPaths(Path(st.server.cluster)), st.server.port, [])
    with lab.as_laptop(st.server_home):
        assert standby.replaced_by() == promoted.servers[0]


def test_the_command_wants_both_address_and_code_or_neither(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "PRECINCT_LANG": "ru"}
    done = subprocess.run([sys.executable, str(REPO / "tests" / "standby_cli.py"),
                           "server", "standby", "127.0.0.1:5432"], check=False, env=env,
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith("Укажите и адрес сервера, и код")
    assert "Traceback" not in done.stderr
