"""``python -m bench --only server`` (and ``--only server_search``): the station on the station
server (PostgreSQL).

The cluster is made as the product makes it (``pg_cluster.init_cluster`` and ``start``:
scram-sha-256, TLS, fsync on, synchronous_commit on, full_page_writes on) in a temporary
HOME on a disk (``/var/tmp``, not a tmpfs where fsync costs nothing), listening on
127.0.0.1 only; every connection is TLS. Each figure is printed beside a baseline run in the
same process against the same cluster:

(a) one issuance through the services (p50/p99) against raw psycopg writing the same rows
    (issuance, audit event, head) and against the bare floor, one INSERT + COMMIT;
(b) four desks (four processes) issuing at ten times the peak rate (a station of 2,214
    voters: about 860 voters in five hours, 3 a minute; ten times that, 30 a minute across
    the desks) for a fixed number of ballots, two desks offered each voter so they race;
    then the same four desks as fast as they can: throughput, p99, and the doubles found
    at the end (must be 0) with the audit chain verified;
(c) a desk's search at 100,000 voters on PostgreSQL against the same search on SQLite.

The standby's cost on each acknowledged ballot is measured by ``bench/standby.py``
(``--only standby``), on its own pair of clusters.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import multiprocessing
import random
import shutil
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.standby import as_laptop
from precinct_app.db import Database, open_database, open_server_database
from precinct_app.models import Voter
from precinct_app.services import audit, issuance, pg_cluster, phases, search, voter_import, voters
from precinct_app.services.clock import Clock
from precinct_app.services.demo import (
    DEFAULT_VOTERS,
    build_demo,
    demo_election,
    generate_voter_rows,
    voters_csv_bytes,
)
from precinct_app.services.errors import DomainError
from precinct_app.services.package import from_document
from precinct_app.services.station import create_station

ISSUES = 400  # per side in (a)
WARMUP = 20
DESKS = 4
PEAK_PER_MINUTE = 860 / (5 * 60)  # about 3 a minute at one station at the day's peak
PACED_BALLOTS = 24  # (b) at ten times the peak: 30 a minute, so about 48 s
FAST_VOTERS = 200  # (b) as fast as the desks go
SEARCH_VOTERS = 100_000
QUERIES = 200
PAGE = 200


@dataclass(frozen=True)
class BenchServer:
    """The running cluster: its folder, and libpq parameters of its owner (TLS)."""

    paths: pg_cluster.ClusterPaths
    conninfo: dict[str, str]

    def on(self, dbname: str) -> dict[str, str]:
        return {**self.conninfo, "dbname": dbname}

    def open(self, dbname: str, *, migrate: bool = False) -> Database:
        return open_server_database("postgresql+psycopg://", connect_args=self.on(dbname),
                                    migrate_schema=migrate)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _temp_home() -> Iterator[Path]:
    """A HOME of its own on a disk, as a laptop's; the environment put back afterwards."""
    base = "/var/tmp" if Path("/var/tmp").is_dir() else None
    home = Path(tempfile.mkdtemp(prefix="precinct-bench-home-", dir=base))
    home.chmod(0o711)  # as root the cluster runs as postgres, who must pass this folder
    try:
        with as_laptop(home):
            yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


@contextlib.contextmanager
def production_cluster() -> Iterator[BenchServer]:
    """The product's own cluster in a temp HOME, started on a free loopback port."""
    import psycopg

    with _temp_home() as home:
        data = home / "data" / "precinct"  # the laptop's XDG_DATA_HOME (bench.standby)
        data.mkdir(parents=True)
        for folder in (home / "data", data):
            folder.chmod(0o711)
        paths = pg_cluster.ClusterPaths(data / "server")
        password = pg_cluster.new_password()
        pg_cluster.init_cluster(paths, password, [])
        port = _free_port()
        pg_cluster.start(paths, port, [])
        try:
            conninfo = {"host": "127.0.0.1", "port": str(port), "user": pg_cluster.OWNER,
                        "password": password, "dbname": pg_cluster.STATION_DB,
                        "sslmode": "require", "connect_timeout": "5"}
            with psycopg.connect(**{**conninfo, "dbname": "postgres"},  # type: ignore[arg-type]
                                 autocommit=True) as conn:
                for name in (pg_cluster.STATION_DB, "search"):
                    conn.execute(f"CREATE DATABASE {name}")
            yield BenchServer(paths, conninfo)
        finally:
            pg_cluster.stop(paths, "fast")


def _settings(server: BenchServer) -> str:
    import psycopg

    with psycopg.connect(**server.conninfo) as conn:  # type: ignore[arg-type]
        names = ("server_version", "fsync", "synchronous_commit", "full_page_writes", "ssl")
        got = [str(conn.execute(f"SHOW {n}").fetchone()[0]) for n in names]  # type: ignore[index]
        tls = conn.pgconn.ssl_in_use
    return ", ".join(f"{n} {v}" for n, v in zip(names, got, strict=True)) + (
        f", this connection TLS: {'yes' if tls else 'NO'}")


# -- (a) one desk ------------------------------------------------------------------------


def _canonical(obj: object) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _raw_issue(conn: Any, clock: Clock, voter_id: int, list_no: int) -> None:
    """The rows the service writes, by hand: the issuance, its chained event, the head."""
    with conn.transaction():
        seq, prev = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        at = clock.utc_iso()
        row_id = conn.execute(
            "INSERT INTO issuance (voter_id, contest_id, member_id, place, document, issued_at)"
            " VALUES (%s, 'npp', 'c4', 'premises', 'id_card', %s) RETURNING id",
            (voter_id, at)).fetchone()[0]
        payload = {"issuance": row_id, "list_no": list_no, "contest": "npp",
                   "place": "premises", "document": "id_card"}
        seq += 1
        body = _canonical({"seq": seq, "at": at, "actor": "c4", "action": "ballot.issued",
                           "payload": payload})
        digest = hashlib.sha256((prev + body).encode("utf-8")).hexdigest()
        conn.execute("INSERT INTO audit_event (seq, at, actor, action, payload, prev_hash, hash)"
                     " VALUES (%s, %s, 'c4', 'ballot.issued', %s, %s, %s)",
                     (seq, at, _canonical(payload), prev, digest))
        conn.execute("UPDATE audit_head SET seq = %s, hash = %s WHERE id = 1", (seq, digest))


def _floor(conn: Any, n: int) -> None:
    with conn.transaction():
        conn.execute("INSERT INTO bench_floor (n) VALUES (%s)", (n,))


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def bench_one_desk(server: BenchServer) -> list[tuple[int, int]]:
    """(a); returns the voters (id, list number) nobody has a ballot for yet."""
    import psycopg

    clock = Clock()
    db = server.open(pg_cluster.STATION_DB, migrate=True)
    build_demo(db, clock, db_path=None, voters=DEFAULT_VOTERS)
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
    with db.reading() as s:
        people = [(int(a), int(b)) for a, b in s.execute(
            select(Voter.id, Voter.list_no).order_by(Voter.list_no))]
    conn = psycopg.connect(**server.conninfo, autocommit=True)  # type: ignore[arg-type]
    conn.execute("CREATE TABLE bench_floor (id serial PRIMARY KEY, n integer)")
    needed = 2 * (WARMUP + ISSUES)
    mine, rest = people[:needed], people[needed:]
    ours: list[float] = []
    raw: list[float] = []
    floor: list[float] = []
    for i in range(0, needed, 2):
        (ov, _on), (rv, rn) = mine[i], mine[i + 1]

        def service(v: int = ov) -> None:
            with db.transaction() as s:
                issuance.issue(s, clock, v, "npp", "c4")

        times = (_ms(service), _ms(lambda v=rv, n=rn: _raw_issue(conn, clock, v, n)),
                 _ms(lambda n=i: _floor(conn, n)))
        if i >= 2 * WARMUP:
            ours.append(times[0])
            raw.append(times[1])
            floor.append(times[2])
    conn.execute("DROP TABLE bench_floor")
    conn.close()
    with db.reading() as s:
        issued = issuance.issued_counts(s, "npp").total
        chain = audit.verify_chain(s).ok
    db.dispose()
    assert issued == needed and chain, (issued, chain)  # the raw rows kept the chain sound
    p50, p99 = _percentile(ours, .5), _percentile(ours, .99)
    r50, r99 = _percentile(raw, .5), _percentile(raw, .99)
    print(f"(a) issuance on the station server ({ISSUES} issues each, alternating, ms, "
          f"{DEFAULT_VOTERS:,} voters):")
    print(f"  {'':<50} {'p50':>7} {'p99':>7}")
    print(f"  {'precinct: transaction + issuance.issue (TLS)':<50} {p50:7.2f} {p99:7.2f}")
    print(f"  {'raw psycopg: issuance + audit event + head':<50} {r50:7.2f} {r99:7.2f}")
    print(f"  {'raw psycopg: one INSERT + COMMIT (the floor)':<50} "
          f"{_percentile(floor, .5):7.2f} {_percentile(floor, .99):7.2f}")
    print(f"  ratio to raw: p50 {p50 / max(r50, 1e-6):.2f}x, p99 {p99 / max(r99, 1e-6):.2f}x;"
          f" precinct's own cost over raw: p50 {p50 - r50:.2f} ms")
    print("  (precinct also takes the station's write lock, checks the phase, the member,"
          " the voter, a live ballot held and the stock, and sends NOTIFY to the desks)")
    return rest


# -- (b) four desks ----------------------------------------------------------------------


Attempt = tuple[bool, float, str, float, float]  # issued, ms, refusal code, start, end


def _desk(conninfo: dict[str, str], name: str, offered: list[int], pause: float,
          seed: int) -> list[Attempt]:
    """One desk in its own process: issue to each offered voter, ``pause`` s apart on
    average (0: as fast as it goes); (issued, ms, refusal code, start, end) per attempt
    (wall-clock times, so the span is measured from the first ballot, not the spawn)."""
    db = open_server_database("postgresql+psycopg://", desk=name, connect_args=conninfo,
                              migrate_schema=False)
    rng = random.Random(seed)
    clock = Clock()
    done: list[Attempt] = []
    with db.reading() as s:  # connected and warm before the first voter comes
        s.execute(select(Voter.id).limit(1)).all()
    try:
        for voter_id in offered:
            if pause:
                time.sleep(rng.expovariate(1 / pause))  # arrivals at random, as voters come
            began, start = time.time(), time.perf_counter()
            try:
                with db.transaction() as s:
                    issuance.issue(s, clock, voter_id, "npp", "c4")
                ok, code = True, ""
            except DomainError as exc:
                ok, code = False, exc.code
            done.append((ok, (time.perf_counter() - start) * 1000, code, began, time.time()))
    finally:
        db.dispose()
    return done


def _race(server: BenchServer, pool: list[int], voters_n: int, pause: float,
          seed: int) -> tuple[list[Attempt], float]:
    """Four desk processes; every voter is offered to two desks, so they race. The span is
    from the first attempt's start to the last one's end."""
    offers: list[list[int]] = [[] for _ in range(DESKS)]
    for i, voter_id in enumerate(pool[:voters_n]):
        offers[i % DESKS].append(voter_id)
        offers[(i + 1) % DESKS].append(voter_id)
    for k, offered in enumerate(offers):
        random.Random(seed + k).shuffle(offered)
    context = multiprocessing.get_context("spawn")
    with context.Pool(DESKS) as workers:
        results = workers.starmap(_desk, [
            (server.conninfo, f"desk {k + 1}", offers[k], pause, seed + k)
            for k in range(DESKS)])
    done = [r for desk in results for r in desk]
    return done, max(r[4] for r in done) - min(r[3] for r in done)


def _count_doubles(server: BenchServer) -> int:
    import psycopg

    with psycopg.connect(**server.conninfo) as conn:  # type: ignore[arg-type]
        row = conn.execute(
            "SELECT count(*) FROM (SELECT voter_id, contest_id FROM issuance "
            "WHERE undone_at IS NULL GROUP BY voter_id, contest_id HAVING count(*) > 1) d"
        ).fetchone()
    return int(row[0]) if row else -1


def _chain_ok(server: BenchServer) -> bool:
    db = server.open(pg_cluster.STATION_DB)
    try:
        with db.reading() as s:
            return audit.verify_chain(s).ok
    finally:
        db.dispose()


def _report(label: str, done: list[Attempt], seconds: float) -> None:
    issued = [r[1] for r in done if r[0]]
    refused = [r[2] for r in done if not r[0]]
    every = [r[1] for r in done]
    codes = ", ".join(f"{c} {refused.count(c)}" for c in sorted(set(refused))) or "none"
    print(f"  {label}: {len(done)} attempts in {seconds:.1f} s, {len(issued)} issued "
          f"({len(issued) / seconds * 60:.0f} a minute), refused: {codes}")
    print(f"    latency ms: issued p50 {_percentile(issued, .5):.2f} p99 "
          f"{_percentile(issued, .99):.2f}; every attempt p99 {_percentile(every, .99):.2f}")


def bench_four_desks(server: BenchServer, pool: list[tuple[int, int]]) -> None:
    """(b)"""
    ids = [v for v, _n in pool]
    rate = 10 * PEAK_PER_MINUTE  # voters a minute, across the desks
    # Each voter comes to two desks: a desk sees 2/DESKS of them, so its pause is
    # DESKS / (2 * rate) minutes on average.
    pause = 60 * DESKS / (2 * rate)
    print(f"(b) {DESKS} desks (processes, each its own TLS connection and desk name), "
          "every voter offered to two desks at once (they race; one must be refused):")
    paced, seconds = _race(server, ids, PACED_BALLOTS, pause, 1)
    _report(f"ten times the peak ({rate:.0f} voters a minute, {PACED_BALLOTS} voters)",
            paced, seconds)
    fast, seconds = _race(server, ids[PACED_BALLOTS:], FAST_VOTERS, 0, 100)
    _report(f"as fast as they go ({FAST_VOTERS} voters)", fast, seconds)
    doubles, chain = _count_doubles(server), _chain_ok(server)
    print(f"  double issuances found at the end: {doubles} (must be 0: "
          f"{'met' if doubles == 0 else 'NOT MET'}); audit chain "
          f"{'verifies' if chain else 'BROKEN'}")


# -- (c) search --------------------------------------------------------------------------


def _import(db: Database, source: Path) -> float:
    clock = Clock()
    with db.transaction() as s:
        create_station(s, clock, from_document(demo_election()), db_path=None)
    start = time.perf_counter()
    with db.reading() as s:
        preview = voter_import.preview_import(s, source)
    with db.transaction() as s:
        result = voter_import.apply_import(s, clock, preview)
    assert result.imported == SEARCH_VOTERS, result
    return time.perf_counter() - start


def _search_times(db: Database, texts: list[str]) -> list[float]:
    with db.reading() as session:
        def one(t: str) -> None:
            voters.get_many(session, search.find_voter_ids(session, t)[:PAGE])

        for t in texts[:20]:
            one(t)
        return [_ms(lambda t=t: one(t)) for t in texts]


def bench_search_server(server: BenchServer, workdir: Path) -> None:
    """(c)"""
    rows = generate_voter_rows(SEARCH_VOTERS, 7, dt.date(2024, 10, 6))
    source = workdir / "voters.csv"
    source.write_bytes(voters_csv_bytes(rows))
    sqlite_db = open_database(workdir / "search.sqlite3", create=True)
    sqlite_import = _import(sqlite_db, source)
    pg_db = server.open("search", migrate=True)
    pg_import = _import(pg_db, source)
    rng = random.Random(5)
    picks = [rng.choice(rows) for _ in range(QUERIES)]
    kinds = {"full IIN": [p["iin"] for p in picks],
             "partial IIN": [p["iin"][:6] for p in picks],
             "list number": [str(p["list_no"]) for p in picks],
             "surname prefix": [p["surname"][:4] for p in picks],
             "surname + given": [f"{p['surname']} {p['given_name'][:2]}" for p in picks]}
    print(f"(c) a desk's search at {SEARCH_VOTERS:,} voters ({QUERIES} queries a kind, ms; the"
          f" screen's path: every matching id + the first {PAGE} rows):")
    print(f"  import of the list: PostgreSQL {pg_import:.1f} s, SQLite {sqlite_import:.1f} s")
    print(f"  {'kind':<16} {'pg p50':>7} {'pg p99':>7} {'sqlite p50':>10} {'sqlite p99':>10}"
          f" {'p99 ratio':>9}")
    for kind, texts in kinds.items():
        on_pg, on_sqlite = _search_times(pg_db, texts), _search_times(sqlite_db, texts)
        p99, s99 = _percentile(on_pg, .99), _percentile(on_sqlite, .99)
        print(f"  {kind:<16} {_percentile(on_pg, .5):7.2f} {p99:7.2f} "
              f"{_percentile(on_sqlite, .5):10.2f} {s99:10.2f} {p99 / max(s99, 1e-6):8.1f}x"
              f"  (p99 < 10 ms: {'met' if p99 < 10 else 'NOT MET'})")
    pg_db.dispose()
    sqlite_db.dispose()


def _skipped() -> bool:
    if pg_cluster.find_bin_dir() is None:
        print("server: skipped, PostgreSQL's server programs (initdb) are not installed")
        return True
    return False


def bench_server() -> None:
    """(a) and (b) on one production-durability cluster (``--only server``)."""
    if _skipped():
        return
    started = time.perf_counter()
    with production_cluster() as server:
        print(f"station server: {_settings(server)}; cluster in {server.paths.root}")
        rest = bench_one_desk(server)
        bench_four_desks(server, rest)
    print(f"  (the server bench took {time.perf_counter() - started:.0f} s)")


def bench_server_search() -> None:
    """(c) on its own cluster (``--only server_search``): the 100,000-voter imports alone
    take most of its two minutes."""
    if _skipped():
        return
    started = time.perf_counter()
    with production_cluster() as server, tempfile.TemporaryDirectory(
            prefix="bench-server-") as tmp:
        bench_search_server(server, Path(tmp))
    print(f"  (the server search bench took {time.perf_counter() - started:.0f} s)")
