"""``python -m bench --only standby``: what the synchronous standby costs each ballot.

Two laptops on 127.0.0.1, each a process environment of its own (HOME, XDG folders): a
station server with a demo station, voting open, and its synchronous standby
(``services/standby.py``). A desk issues ballots through the service, one transaction
each, alternating a ballot that waits for the standby (the station's setting) with one
whose transaction says ``synchronous_commit = local`` (what a station without a standby
does), so both see the same disk and the same noise. The figure: p50/p99 of the commit
with the standby, without, and the difference. Durability is the same on the server in
both (fsync on); the difference is the round trip to the standby and its flush.

The helpers that set the laptops up are shared with tests/unit/test_standby.py.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select, text

from precinct_app.db import Database, open_server_database
from precinct_app.models import Voter
from precinct_app.services import (
    issuance,
    laptop,
    pg_cluster,
    phases,
    standby,
    station_server,
)
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo

ISSUES = int(os.environ.get("PRECINCT_BENCH_STANDBY_ISSUES", "400"))
WARMUP = 20
CONTEST = "npp"
MEMBER = "c4"
_HOME_VARS = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")


def new_home(parent: Path, name: str) -> Path:
    """A laptop's HOME the cluster's user can pass through (as root it runs as postgres)."""
    home = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=parent))
    home.chmod(0o711)
    return home


def use_home(home: Path) -> None:
    """This process acts as the laptop whose HOME is ``home`` from now on."""
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")


@contextlib.contextmanager
def as_laptop(home: Path) -> Iterator[None]:
    """Act as the laptop at ``home`` for a while, then as before."""
    saved = {k: os.environ.get(k) for k in _HOME_VARS}
    use_home(home)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def data_folder(home: Path) -> Path:
    folder = home / "data" / "precinct"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def start_server(home: Path, port: int, voters: int) -> laptop.Laptop:
    """A station server at ``home`` on 127.0.0.1:``port``: a demo station, voting open.

    What ``precinct server start`` does (branch i15-server), reduced to the steps the
    standby needs: initdb, start, the station database migrated and filled, the grants,
    the server's own role, laptop.json.
    """
    with as_laptop(home):
        paths = station_server.station_paths(data_folder(home))
        owner_password = pg_cluster.new_password()
        fingerprint = pg_cluster.init_cluster(paths, owner_password, [])
        pg_cluster.start(paths, port, [])
        address = f"127.0.0.1:{port}"
        server = laptop.Laptop(role=laptop.SERVER, desk="server", servers=(address,),
                               owner_password=owner_password, cluster=str(paths.root),
                               port=port, fingerprint=fingerprint)
        with station_server.owner_connection(server, "postgres") as conn:
            conn.execute(f"CREATE DATABASE {pg_cluster.STATION_DB}")
        db = open_server_database("postgresql+psycopg://",
                                  connect_args=station_server.owner_args(server))
        try:
            clock = Clock()
            build_demo(db, clock, db_path=None, voters=voters)
            with db.transaction() as s:
                phases.open_voting(s, clock, "c1")
        finally:
            db.dispose()
        station_server.grant_rights(server)
        user, password = station_server.make_laptop_role(server, "server", "server", address)
        server = server.with_(user=user, password=password)
        laptop.save(server)
        return server


def join_desk(home: Path, server: laptop.Laptop, name: str) -> laptop.Laptop:
    """A desk at ``home`` joined to ``server`` (redeem with a fresh code, laptop.json)."""
    code = station_server.make_join_code(server)
    with as_laptop(home):
        got = station_server.redeem(server.servers[0], code, station_server.DESK, name)
        desk = laptop.Laptop(role=laptop.DESK, desk=name, servers=got.servers, user=got.user,
                             password=got.password, cert=got.cert, fingerprint=got.fingerprint)
        laptop.save(desk)
        return desk


def make_standby(home: Path, server: laptop.Laptop, port: int) -> laptop.Laptop:
    """The laptop at ``home`` becomes ``server``'s synchronous standby on ``port``."""
    code = station_server.make_join_code(server)
    with as_laptop(home):
        return standby.make_standby(server.servers[0], code, data_folder(home), port)


def postmaster_pid(lap: laptop.Laptop) -> int:
    pid_file = pg_cluster.ClusterPaths(Path(lap.cluster)).data / "postmaster.pid"
    return int(pid_file.read_text().split("\n", 1)[0])


def kill_cluster(lap: laptop.Laptop) -> None:
    """The laptop dies: SIGKILL to its postmaster, then to what it had started."""
    pid = postmaster_pid(lap)
    children = _children(pid)
    os.kill(pid, signal.SIGKILL)
    for child in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)
    # Here the dead postmaster can linger as a zombie (its parent, pg_ctl, is gone and
    # this machine's init reaps late), which pg_ctl takes for a running server: its pid
    # file goes, as the laptop's restart would find it.
    pid_file = pg_cluster.ClusterPaths(Path(lap.cluster)).data / "postmaster.pid"
    pid_file.unlink(missing_ok=True)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def stop_quietly(lap: laptop.Laptop | None) -> None:
    """Stop a laptop's cluster whatever state it is in (test and bench finalizers)."""
    if lap is None or not lap.cluster:
        return
    paths = pg_cluster.ClusterPaths(Path(lap.cluster))
    with contextlib.suppress(Exception):
        pg_cluster.stop(paths, "immediate")


def voter_ids(db: Database) -> list[int]:
    with db.reading() as s:
        return list(s.scalars(select(Voter.id).order_by(Voter.list_no)))


def free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def writer(home: Path, voter_ids: list[int], member: str, ack: Path) -> None:
    """A desk process: one ballot per transaction; a line in ``ack`` once it committed
    (acknowledged). Stops at the first failure: nothing after it was acknowledged."""
    use_home(home)
    db = laptop.open_station(laptop.load())
    clock = Clock()
    with ack.open("a", encoding="utf-8") as fh:
        for voter_id in voter_ids:
            try:
                with db.transaction() as s:
                    issuance.issue(s, clock, voter_id, CONTEST, member)
            except Exception:
                break  # the server is gone
            fh.write(f"{voter_id}\n")
            fh.flush()
            os.fsync(fh.fileno())


def acknowledged(files: list[Path]) -> set[int]:
    """Every voter id the writers saw acknowledged."""
    out: set[int] = set()
    for path in files:
        if path.exists():
            out |= {int(line) for line in path.read_text().split()}
    return out


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _issue(db: Database, clock: Clock, voter_id: int, wait_for_standby: bool) -> float:
    start = time.perf_counter()
    with db.transaction() as s:
        if not wait_for_standby:
            s.execute(text("SET LOCAL synchronous_commit = local"))
        issuance.issue(s, clock, voter_id, CONTEST, MEMBER)
    return (time.perf_counter() - start) * 1000


def measure(workdir: Path, issues: int = ISSUES) -> tuple[list[float], list[float]]:
    """(with the standby, without) commit times in ms, alternating ballot by ballot."""
    server_home, standby_home, desk_home = (new_home(workdir, n)
                                            for n in ("server", "standby", "desk"))
    server = spare = None
    try:
        server = start_server(server_home, free_port(), voters=issues + WARMUP + 10)
        spare = make_standby(standby_home, server, free_port())
        join_desk(desk_home, server, "desk-1")
        with as_laptop(desk_home):
            db = laptop.open_station(laptop.load())
            try:
                with db.reading() as s:
                    if standby.standby_state(s) != "sync":
                        raise RuntimeError("the standby is not synchronous")
                ids = voter_ids(db)
                clock = Clock()
                with_standby: list[float] = []
                without: list[float] = []
                for n, voter_id in enumerate(ids[:issues + WARMUP]):
                    waits = n % 2 == 0
                    took = _issue(db, clock, voter_id, waits)
                    if n >= WARMUP:
                        (with_standby if waits else without).append(took)
            finally:
                db.dispose()
        return with_standby, without
    finally:
        stop_quietly(spare)
        stop_quietly(server)


def bench_standby() -> None:
    """Print p50/p99 of an issuance's commit with and without the synchronous standby."""
    if pg_cluster.find_bin_dir() is None:
        print("standby: PostgreSQL's server binaries are missing (tools/system-deps.sh)")
        return
    workdir = Path(tempfile.mkdtemp(prefix="bench-standby-"))
    workdir.chmod(0o711)
    try:
        with_standby, without = measure(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    w50, w99 = _percentile(with_standby, .5), _percentile(with_standby, .99)
    o50, o99 = _percentile(without, .5), _percentile(without, .99)
    print(f"The synchronous standby's cost on each acknowledged ballot ({len(with_standby)} +"
          f" {len(without)} issuances alternating, server and standby on 127.0.0.1, ms):")
    print(f"  {'':<48} {'p50':>7} {'p99':>7}")
    print(f"  {'waiting for the standby (synchronous_commit on)':<48} {w50:7.2f} {w99:7.2f}")
    print(f"  {'the server alone (synchronous_commit local)':<48} {o50:7.2f} {o99:7.2f}")
    print(f"  the standby's cost: p50 +{w50 - o50:.2f} ms, p99 +{w99 - o99:.2f} ms"
          f" (ratio p50 {w50 / max(o50, 1e-6):.2f}x)")


if __name__ == "__main__":
    bench_standby()
