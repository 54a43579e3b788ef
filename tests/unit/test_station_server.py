"""The station server and its desks (docs/formats.md §8): several laptops on one machine.

Each simulated laptop is a HOME with its own XDG folders; the desks and the server run as
separate processes of ``precinct``, on 127.0.0.1 only. Every cluster a test starts is
stopped by the fixture's finalizer. Without PostgreSQL's server binaries the tests that
need a cluster are skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from precinct_app.services import laptop, pg_cluster, station_server
from precinct_app.services.station_server import ServerError
from tests.cli_fixtures import Cli
from tests.pg import free_port, pg_bin_dir

pytestmark = pytest.mark.postgresql_itself

needs_pg = pytest.mark.skipif(pg_bin_dir() is None, reason="PostgreSQL 15+ is not installed")
NOW = "2024-10-06T09:00:00+05:00"
JOIN = re.compile(r"^join: (\S+) (\S+)$", re.M)


@dataclass
class Machine:
    """One simulated laptop: its HOME and what its commands print."""

    home: Path
    env: dict[str, str] = field(default_factory=dict)

    def run(self, *argv: str, pin: str = "1234") -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "precinct_app.cli", *argv], capture_output=True,
            text=True, timeout=240, check=False,
            env={**self.env, "PRECINCT_PIN": pin, "PRECINCT_NEW_PIN": pin})
        assert "Traceback" not in done.stderr, done.stderr
        return done

    def ok(self, *argv: str) -> str:
        done = self.run(*argv)
        assert done.returncode == 0, (argv, done.stdout, done.stderr)
        return done.stdout

    @property
    def config(self) -> Path:
        return Path(self.env["XDG_CONFIG_HOME"]) / "precinct"

    @property
    def data(self) -> Path:
        return Path(self.env["XDG_DATA_HOME"]) / "precinct"

    def laptop(self) -> laptop.Laptop:
        raw = json.loads((self.config / laptop.FILE_NAME).read_text(encoding="utf-8"))
        raw["servers"], raw["listen"] = tuple(raw["servers"]), tuple(raw["listen"])
        return laptop.Laptop(**raw)

    def use_here(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """This test process acts as this laptop (its config and data folders)."""
        for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            monkeypatch.setenv(key, self.env[key])
        monkeypatch.delenv("PRECINCT_DB", raising=False)


def _new_machine() -> Machine:
    home = Path(tempfile.mkdtemp(prefix="precinct-laptop-"))
    home.chmod(0o711)  # as root, the cluster's own user must pass through it
    env = {k: v for k, v in os.environ.items()
           if k not in ("PRECINCT_DB", "PRECINCT_PIN", "PRECINCT_PINS", "PRECINCT_NEW_PIN")}
    env |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"), "PRECINCT_NOW": NOW, "LANGUAGE": "en",
            "LANG": "C.UTF-8", "PRECINCT_LANG": "en"}
    return Machine(home, env)


@pytest.fixture
def machines() -> Iterator[list[Machine]]:
    """Make laptops with ``machines.append(...)``-style calls via :func:`_new_machine`;
    every cluster one of them started is stopped at the end, and its HOME removed."""
    made: list[Machine] = []
    yield made
    for machine in made:
        for data in machine.home.rglob("PG_VERSION"):
            paths = pg_cluster.ClusterPaths(data.parent.parent)
            with contextlib.suppress(Exception):  # a finalizer must reach every laptop
                pg_cluster.stop(paths, "immediate")
        shutil.rmtree(machine.home, ignore_errors=True)


def machine(made: list[Machine]) -> Machine:
    found = _new_machine()
    made.append(found)
    return found


def start_server(made: list[Machine], port: int) -> tuple[Machine, str, str]:
    """A demo station moved into a server: the laptop, its address, a join code."""
    server = machine(made)
    server.ok("demo", "--voters", "20")
    server.ok("ballots", "receive", "npp", "5", "--member", "c3")
    out = server.ok("server", "start", "--port", str(port), "--member", "c1")
    found = JOIN.search(out)
    assert found, out
    return server, found.group(1), found.group(2)


# --- The join text (no server needed) ----------------------------------------------


def test_the_join_text_reads_back_and_bad_ones_are_named() -> None:
    fingerprint = ":".join(["AB"] * 32)
    text = station_server.make_join_text("192.168.1.10:5433", "ABCD2345", fingerprint)
    assert text == f"precinct-join 192.168.1.10:5433 ABCD2345 {fingerprint}"
    assert station_server.parse_join_text(text) == ("192.168.1.10:5433", "ABCD2345",
                                                    fingerprint)
    assert station_server.parse_join_text("10.0.0.2:5433 abcd-2345") == (
        "10.0.0.2:5433", "ABCD2345", None)
    for bad, code in [("10.0.0.2:5433", "join_text_bad"),
                      ("10.0.0.2:5433 ABCD", "join_code_bad"),
                      ("10.0.0.2:5433 ABCD0O11", "join_code_bad"),  # 0, O, 1 never in a code
                      ("10.0.0.2:5433 ABCD2345 AB:CD", "join_fingerprint_bad"),
                      ("10.0.0.2 ABCD2345", "server_address_bad"),
                      ("10.0.0.2:99999 ABCD2345", "server_address_bad")]:
        with pytest.raises((ServerError, laptop.LaptopError)) as caught:
            station_server.parse_join_text(bad)
        assert caught.value.code == code, bad


def test_a_desk_whose_server_is_gone_says_where_and_what_to_do(
        monkeypatch: pytest.MonkeyPatch, machines: list[Machine]) -> None:
    desk = machine(machines)
    desk.use_here(monkeypatch)
    port = free_port()  # nothing listens there
    laptop.save(laptop.Laptop(role=laptop.DESK, desk="desk-2", servers=(f"127.0.0.1:{port}",),
                              user="laptop_x", password="x"))
    done = desk.run("voters", "find", "Ivan")
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert f"does not answer at 127.0.0.1:{port}" in last
    assert "paper list" in last


def test_a_single_laptop_is_untouched_by_the_server_code(machines: list[Machine]) -> None:
    single = machine(machines)
    single.ok("demo", "--voters", "5")
    assert not (single.config / laptop.FILE_NAME).exists()
    assert "1" in single.ok("voters", "find", "1")
    done = single.run("server", "stop")
    assert done.returncode == 1 and "not the station server" in done.stderr
    done = single.run("desk", "leave")
    assert done.returncode == 1 and "nothing to leave" in done.stderr


# --- A real server and desks (processes) ----------------------------------------------


@needs_pg
def test_two_laptops_share_one_station(monkeypatch: pytest.MonkeyPatch,
                                       machines: list[Machine]) -> None:
    port = free_port()
    server, address, code = start_server(machines, port)
    assert address == f"127.0.0.1:{port}"
    here = server.laptop()
    assert here.role == "server" and here.moved_from.endswith(".sqlite3")
    # The SQLite station stays beside, read-only, its WAL folded in.
    moved = Path(here.moved_from)
    assert stat.S_IMODE(moved.stat().st_mode) == 0o400
    assert not Path(f"{moved}-wal").exists() and not Path(f"{moved}-shm").exists()

    desk = machine(machines)
    joined = desk.ok("desk", "join", address, code, "--desk", "desk-2")
    assert "desk-2" in joined
    assert desk.laptop().fingerprint == server.laptop().fingerprint
    assert stat.S_IMODE((desk.config / laptop.FILE_NAME).stat().st_mode) == 0o600

    # The desk acts on the server: it opens voting and issues a ballot there.
    desk.ok("day", "open", "--member", "c1")
    desk.ok("issue", "1", "--member", "c4")
    done = server.run("issue", "1", "--member", "c5")
    assert done.returncode == 1 and "already" in done.stderr  # the server saw the desk's
    found = json.loads(server.ok("voters", "find", "1", "--json"))
    assert found

    status = json.loads(server.ok("server", "status", "--json"))
    assert status["running"] is True and status["address"] == address
    assert [d["name"] for d in status["desks"]] == ["desk-2"]
    assert status["desks"][0]["last_seen"]
    assert status["standby"] is None
    assert "desk desk-2" in server.ok("server", "status")

    # Every event names its desk; the moved chain verifies on the server.
    server.ok("audit", "verify")
    server.use_here(monkeypatch)
    db = station_server.open_station()
    try:
        from sqlalchemy import text
        with db.reading() as session:
            rows = session.execute(text(
                "SELECT action, payload FROM audit_event ORDER BY seq")).all()
    finally:
        db.dispose()
    actions = [r.action for r in rows]
    assert "server.started" in actions
    started = json.loads(rows[actions.index("server.started")].payload)
    assert started["sqlite"] == moved.name and started["desk"] == "server"
    issued = json.loads(rows[actions.index("ballot.issued")].payload)
    assert issued["desk"] == "desk-2"

    seen_from_desk = json.loads(desk.ok("server", "status", "--json"))
    assert seen_from_desk["running"] and [d["name"] for d in seen_from_desk["desks"]] == [
        "desk-2"]

    # The desk leaves: it is back on its own (no) station and the server forgets it.
    assert "no longer a desk" in desk.ok("desk", "leave")
    assert not (desk.config / laptop.FILE_NAME).exists()
    assert json.loads(server.ok("server", "status", "--json"))["desks"] == []

    # Stopped, the desks cannot reach it; started again (same laptop), a new code.
    server.ok("server", "stop")
    assert json.loads(server.ok("server", "status", "--json"))["running"] is False
    out = server.ok("server", "start", "--member", "c1")
    again = JOIN.search(out)
    assert again and again.group(1) == address and again.group(2) != code
    server.ok("audit", "verify")


@needs_pg
def test_join_codes_are_one_time_and_a_new_one_replaces_the_old(
        monkeypatch: pytest.MonkeyPatch, machines: list[Machine]) -> None:
    server, address, code = start_server(machines, free_port())
    first, second, third = machine(machines), machine(machines), machine(machines)

    wrong = first.run("desk", "join", address, "ABCD2345" if code != "ABCD2345" else "ABCD2346")
    assert wrong.returncode == 1 and "refused the join code" in wrong.stderr
    assert not (first.config / laptop.FILE_NAME).exists()

    first.ok("desk", "join", address, code, "--desk", "one")
    used = second.run("desk", "join", address, code, "--desk", "two")
    assert used.returncode == 1 and "refused the join code" in used.stderr

    old = JOIN.search(server.ok("server", "join-code"))
    new = JOIN.search(server.ok("server", "join-code"))
    assert old and new and old.group(2) != new.group(2)
    stale = second.run("desk", "join", address, old.group(2), "--desk", "two")
    assert stale.returncode == 1 and "refused the join code" in stale.stderr
    taken = second.run("desk", "join", address, new.group(2), "--desk", "one")
    assert taken.returncode == 1  # a desk of that name is there: the code is spent anyway
    newest = JOIN.search(server.ok("server", "join-code"))
    assert newest
    second.ok("desk", "join", address, newest.group(2), "--desk", "two")
    again = second.run("desk", "join", address, newest.group(2))
    assert again.returncode == 1 and "already works with the station server" in again.stderr

    # A scanned fingerprint that is not the server's: refused before the code is spent.
    code4 = JOIN.search(server.ok("server", "join-code"))
    assert code4
    third.use_here(monkeypatch)
    with pytest.raises(ServerError) as caught:
        station_server.join_desk(address, code4.group(2), "three", ":".join(["AB"] * 32))
    assert caught.value.code == "fingerprint_mismatch"
    joined = station_server.join_desk(address, code4.group(2), "three",
                                      server.laptop().fingerprint)
    assert joined.role == "desk"


@needs_pg
def test_a_desk_has_the_least_rights(monkeypatch: pytest.MonkeyPatch,
                                     machines: list[Machine]) -> None:
    import psycopg

    _server, address, code = start_server(machines, free_port())
    desk = machine(machines)
    desk.ok("desk", "join", address, code, "--desk", "desk-2")
    desk.use_here(monkeypatch)
    args = laptop.connect_args(desk.laptop())
    for statement in ("DELETE FROM audit_event", "UPDATE audit_event SET actor = 'x'",
                      "TRUNCATE audit_event", "CREATE TABLE mine (x int)",
                      "DROP TABLE voter", "ALTER TABLE voter ADD COLUMN x int",
                      "UPDATE precinct_server.laptop SET name = 'x'",
                      "CREATE ROLE sneaky LOGIN SUPERUSER"):
        with psycopg.connect(**args) as conn, pytest.raises(psycopg.Error):
            conn.execute(statement)
    with psycopg.connect(**args) as conn:  # what a desk does do
        assert conn.execute("SELECT count(*) FROM voter").fetchone() == (20,)
    # Without the pinned certificate nobody gets in as the desk either.
    unpinned = {**args, "sslrootcert": str(desk.home / "none.pem")}
    with pytest.raises(psycopg.Error):
        psycopg.connect(**unpinned).close()


@needs_pg
def test_the_move_is_refused_once_voting_opened_and_for_a_member(
        machines: list[Machine]) -> None:
    server = machine(machines)
    server.ok("demo", "--voters", "5")
    refused = server.run("server", "start", "--port", str(free_port()), "--member", "c2")
    assert refused.returncode == 1 and "may not" in refused.stderr
    server.ok("day", "open", "--member", "c1")
    refused = server.run("server", "start", "--port", str(free_port()), "--member", "c1")
    assert refused.returncode == 1
    assert "only before voting opens" in refused.stderr.strip().splitlines()[-1]
    # Nothing half-made: no cluster, no settings, the file still the (writable) station.
    assert not (server.data / "server").exists()
    assert not (server.config / laptop.FILE_NAME).exists()
    station = next(server.data.glob("*.sqlite3"))
    assert stat.S_IMODE(station.stat().st_mode) & 0o200
    server.ok("voters", "find", "1")


@needs_pg
def test_a_second_server_is_refused(machines: list[Machine]) -> None:
    server, _address, _code = start_server(machines, free_port())
    server.ok("server", "stop")
    env_single = {**server.env}
    # The same laptop, its settings lost: the cluster in its data folder is still there.
    (server.config / laptop.FILE_NAME).unlink()
    station = Path(server.data / "current").read_text(encoding="utf-8").strip()
    (server.data / station).chmod(0o600)
    done = subprocess.run(
        [sys.executable, "-m", "precinct_app.cli", "server", "start", "--port",
         str(free_port()), "--member", "c1"], capture_output=True, text=True, timeout=240,
        env={**env_single, "PRECINCT_PIN": "1234"}, check=False)
    assert done.returncode == 1 and "already exists" in done.stderr, done.stderr


# --- Bad input at the command line, in-process (no server needed) -------------------


@pytest.mark.parametrize(("argv", "said"), [
    (("desk", "join", "127.0.0.1:5433", "ABC"), "join code is 8 letters and digits"),
    (("desk", "join", "nowhere", "ABCD2345"), "Not a server address: nowhere"),
    (("desk", "join", "127.0.0.1:5433", "ABCD2345", "--desk", ""), "desk's name is one line"),
    (("desk", "join", "127.0.0.1:5433", "ABCD2345", "--desk", "a\x1bb"),
     "desk's name is one line"),
    (("desk", "join", "127.0.0.1:5433", "ABCD2345", "--desk", "x" * 41),
     "desk's name is one line"),
    (("server", "status"), "not a desk of a station server"),
    (("server", "join-code"), "not the station server"),
])
def test_bad_input_is_named_and_nothing_is_saved(cli: Cli, argv: tuple[str, ...],
                                                 said: str) -> None:
    done = cli(*argv)
    assert done.code == 1
    assert said in done.err.strip().splitlines()[-1]
    assert not (laptop.config_dir() / laptop.FILE_NAME).exists()


def test_a_listen_address_must_be_this_laptops_card(
        cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("demo", "--voters", "3").code == 0
    for bad in ("0.0.0.0", "server.local", "224.0.0.1"):
        done = cli("server", "start", "--listen", bad, "--member", "c1")
        assert done.code == 1 and f"Not an address of this laptop's network card: {bad}" in (
            done.err), done.err
    with pytest.raises(SystemExit) as usage:  # the port's bounds, named by argparse
        cli("server", "start", "--port", "80", "--member", "c1")
    assert usage.value.code == 2
    assert "--port: 80 is out of range" in capsys.readouterr().err
    assert not (laptop.config_dir() / laptop.FILE_NAME).exists()
