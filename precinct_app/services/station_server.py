"""The station server: one PostgreSQL cluster on the chair's laptop, the desks' roles, the
one-time join codes, and the move of the SQLite station into it (docs/formats.md §8).

Who may do what is PostgreSQL's own business, set here once:

* ``precinct_owner`` (the cluster's superuser) owns the schema; only the server laptop
  knows its password, and only the server's own commands use it.
* ``precinct_desk`` (a group, no login) may read and write the station's tables, but only
  read and append the audit log (no UPDATE or DELETE of an event), and no DDL. Each desk
  logs in as its own role, member of that group, made when it joins.
* ``precinct_join`` logs in with the join code as its password (scram-sha-256 bound to the
  TLS channel, so only the real server can accept it) and may only call
  ``precinct_server.redeem``, which locks the code out at once and makes the desk's role.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
import secrets
import shutil
import socket
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from precinct_app.services import audit, permissions, pg_cluster, phases
from precinct_app.services import laptop as laptop_service
from precinct_app.services.audit import AuditHead
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError
from precinct_app.services.laptop import Laptop

if TYPE_CHECKING:
    from precinct_app.db import Database

JOIN_ROLE = "precinct_join"
DESK_GROUP = "precinct_desk"
# Letters and digits people read off a screen without confusing them (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
CODE_VALID_MINUTES = 60
DESK, STANDBY, SERVER = "desk", "standby", "server"


class ServerError(DomainError):
    """The station server refused or failed (code says why)."""


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    """What people type: case and spaces or dashes do not matter."""
    return "".join(c for c in code.upper() if c.isalnum())


def owner_args(laptop: Laptop, dbname: str = pg_cluster.STATION_DB) -> dict[str, Any]:
    """libpq parameters for the cluster's owner, on this laptop's loopback only."""
    return {"host": "127.0.0.1", "port": str(laptop.port), "dbname": dbname,
            "user": pg_cluster.OWNER, "password": laptop.owner_password,
            "sslmode": "require", "connect_timeout": "5",
            "application_name": "precinct-server"}


@contextmanager
def owner_connection(laptop: Laptop, dbname: str = pg_cluster.STATION_DB) -> Iterator[Any]:
    """An autocommit psycopg connection as the owner (server laptop only)."""
    import psycopg

    try:
        conn = psycopg.connect(**owner_args(laptop, dbname), autocommit=True)
    except psycopg.OperationalError as exc:
        raise ServerError("server_not_running", detail=str(exc).strip()) from exc
    try:
        yield conn
    finally:
        conn.close()


# Run by the owner after every migration: the desks' rights on the station's tables.
_GRANTS = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{DESK_GROUP}') THEN
    CREATE ROLE {DESK_GROUP} NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{JOIN_ROLE}') THEN
    CREATE ROLE {JOIN_ROLE} NOLOGIN;
  END IF;
END $$;
REVOKE ALL ON DATABASE {pg_cluster.STATION_DB} FROM PUBLIC;
GRANT CONNECT ON DATABASE {pg_cluster.STATION_DB} TO {DESK_GROUP}, {JOIN_ROLE};
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {DESK_GROUP};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {DESK_GROUP};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM {DESK_GROUP};
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {DESK_GROUP};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {DESK_GROUP};
CREATE SCHEMA IF NOT EXISTS precinct_server;
REVOKE ALL ON SCHEMA precinct_server FROM PUBLIC;
GRANT USAGE ON SCHEMA precinct_server TO {DESK_GROUP}, {JOIN_ROLE};
CREATE TABLE IF NOT EXISTS precinct_server.laptop (
  name text PRIMARY KEY,
  role_name text UNIQUE NOT NULL,
  kind text NOT NULL CHECK (kind IN ('server', 'desk', 'standby')),
  address text NOT NULL DEFAULT '',
  joined_at timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz,
  left_at timestamptz
);
GRANT SELECT ON precinct_server.laptop TO {DESK_GROUP};
CREATE OR REPLACE FUNCTION precinct_server.seen() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, precinct_server AS $f$
  UPDATE precinct_server.laptop SET last_seen = now() WHERE role_name = session_user;
$f$;
REVOKE ALL ON FUNCTION precinct_server.seen() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION precinct_server.seen() TO {DESK_GROUP};
-- A desk that leaves: marked so, and its role logs in no more (docs/formats.md §8).
CREATE OR REPLACE FUNCTION precinct_server.leave() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, precinct_server AS $f$
BEGIN
  UPDATE laptop SET left_at = now() WHERE role_name = session_user AND kind = 'desk';
  IF FOUND THEN
    EXECUTE format('ALTER ROLE %I NOLOGIN', session_user);
  END IF;
END $f$;
REVOKE ALL ON FUNCTION precinct_server.leave() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION precinct_server.leave() TO {DESK_GROUP};
CREATE OR REPLACE FUNCTION precinct_server.redeem(kind text, laptop_name text, address text)
RETURNS json
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, precinct_server AS $f$
DECLARE
  role_name text := 'laptop_' || replace(gen_random_uuid()::text, '-', '');
  secret text := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
BEGIN
  IF session_user <> '{JOIN_ROLE}' THEN
    RAISE EXCEPTION 'join_only';
  END IF;
  -- One-time: nobody logs in with this code again, whatever happens next.
  EXECUTE 'ALTER ROLE {JOIN_ROLE} NOLOGIN PASSWORD NULL';
  IF kind = 'desk' THEN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE {DESK_GROUP}', role_name, secret);
  ELSIF kind = 'standby' THEN
    EXECUTE format('CREATE ROLE %I LOGIN REPLICATION PASSWORD %L', role_name, secret);
  ELSE
    RAISE EXCEPTION 'bad_kind';
  END IF;
  IF EXISTS (SELECT 1 FROM laptop l WHERE l.name = laptop_name AND l.left_at IS NULL) THEN
    RAISE EXCEPTION 'desk_name_taken';
  END IF;
  DELETE FROM laptop l WHERE l.name = laptop_name;
  INSERT INTO laptop (name, role_name, kind, address, last_seen)
    VALUES (laptop_name, role_name, kind, address, now());
  RETURN json_build_object(
    'user', role_name, 'password', secret,
    'servers', (SELECT json_agg(l.address ORDER BY l.kind = 'standby', l.joined_at)
                FROM laptop l WHERE l.kind IN ('server', 'standby') AND l.left_at IS NULL));
END $f$;
REVOKE ALL ON FUNCTION precinct_server.redeem(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION precinct_server.redeem(text, text, text) TO {JOIN_ROLE};
"""


def grant_rights(laptop: Laptop) -> None:
    """Set (again) the roles, the rights and the join function; run after migrating."""
    from precinct_app.services import standby

    with owner_connection(laptop) as conn:
        conn.execute(_GRANTS)
        standby.install(conn)


def make_join_code(laptop: Laptop) -> str:
    """A new one-time join code; the previous one stops working at once."""
    from psycopg import sql

    code = new_code()
    with owner_connection(laptop) as conn:
        # Utility statements take no bound parameters: literals, quoted by psycopg.
        conn.execute(sql.SQL(
            "ALTER ROLE {} LOGIN CONNECTION LIMIT 2 PASSWORD {} VALID UNTIL {}").format(
            sql.Identifier(JOIN_ROLE), sql.Literal(code),
            sql.Literal(_in_minutes(conn, CODE_VALID_MINUTES))))
    return code


def _in_minutes(conn: Any, minutes: int) -> str:
    row = conn.execute("SELECT (now() + make_interval(mins => %s))::text", (minutes,)).fetchone()
    return str(row[0])


def make_laptop_role(laptop: Laptop, name: str, kind: str, address: str) -> tuple[str, str]:
    """The server's own role (``kind='server'``), made without a code: (user, password)."""
    user = "laptop_" + secrets.token_hex(16)
    password = pg_cluster.new_password()
    from psycopg import sql

    with owner_connection(laptop) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(user), sql.Literal(password), sql.Identifier(DESK_GROUP)))
        conn.execute(
            "INSERT INTO precinct_server.laptop (name, role_name, kind, address, last_seen) "
            "VALUES (%s, %s, %s, %s, now()) ON CONFLICT (name) DO UPDATE SET "
            "role_name = EXCLUDED.role_name, address = EXCLUDED.address, left_at = NULL",
            (name, user, kind, address))
    return user, password


@dataclass(frozen=True)
class Redeemed:
    """What a laptop gets for a join code: its role and every server address."""

    user: str
    password: str
    servers: tuple[str, ...]
    cert: str
    fingerprint: str


def redeem(address: str, code: str, kind: str, name: str, own_address: str = "") -> Redeemed:
    """Exchange the one-time ``code`` at the server ``address`` for this laptop's role.

    The server's certificate is fetched first and then required: the code is the
    password of scram-sha-256 with channel binding, which only succeeds when the server
    that knows the code is the one at the other end of that TLS channel, so a machine in
    between is refused and the certificate pinned here is the server's own.
    """
    import psycopg

    host, port = laptop_service.split_address(address)
    cert_pem = pg_cluster.fetch_certificate(host, port)
    folder = laptop_service.config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    pending = folder / "server-pending.pem"
    pending.write_bytes(cert_pem)
    pending.chmod(0o600)
    try:
        conn = psycopg.connect(
            host=host, port=str(port), dbname=pg_cluster.STATION_DB, user=JOIN_ROLE,
            password=normalise_code(code), sslmode="verify-ca", sslrootcert=str(pending),
            channel_binding="require", connect_timeout="5", autocommit=True)
    except psycopg.OperationalError as exc:
        pending.unlink(missing_ok=True)
        raise ServerError("join_refused", address=address,
                          detail=str(exc).strip().splitlines()[-1:]) from exc
    try:
        row = conn.execute("SELECT precinct_server.redeem(%s, %s, %s)",
                           (kind, name, own_address)).fetchone()
    except psycopg.Error as exc:
        reason = (exc.diag.message_primary or "") if hasattr(exc, "diag") else ""
        raise ServerError(reason if reason == "desk_name_taken" else "join_refused",
                          address=address, desk=name, detail=str(exc).strip()) from exc
    finally:
        conn.close()
        pending.unlink(missing_ok=True)
    answer = row[0] if row else None
    if not isinstance(answer, dict):
        raise ServerError("join_refused", address=address, detail="no answer")
    servers = tuple(answer.get("servers") or ()) or (address,)
    return Redeemed(user=str(answer["user"]), password=str(answer["password"]),
                    servers=servers, cert=cert_pem.decode("ascii"),
                    fingerprint=pg_cluster.fingerprint(cert_pem))


def station_paths(data_folder: Path) -> pg_cluster.ClusterPaths:
    """Where the server keeps its cluster: ``server`` in the station's data folder."""
    return pg_cluster.ClusterPaths(data_folder / "server")


# --- Starting, stopping and joining (docs/formats.md §8) -----------------------------

DEFAULT_PORT = 5433
JOIN_WORD = "precinct-join"
# How many rows travel from the SQLite file to the server at a time.
MOVE_CHUNK = 2000
# The audit actions this module records.
STARTED = "server.started"


@dataclass(frozen=True)
class ServerInfo:
    """What a desk needs to join: the address, the one-time code, the certificate's
    fingerprint, and all three as one line (what the QR code carries)."""

    address: str
    port: int
    code: str
    fingerprint: str
    join_text: str


@dataclass(frozen=True)
class LaptopSeen:
    """One laptop of the station as the server knows it."""

    name: str
    kind: str
    address: str
    joined_at: str
    last_seen: str | None
    connected: bool
    sync_state: str


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    address: str
    fingerprint: str
    desks: tuple[LaptopSeen, ...]
    standby: LaptopSeen | None


def make_join_text(address: str, code: str, fingerprint: str) -> str:
    return f"{JOIN_WORD} {address} {code} {fingerprint}"


def _info(address: str, code: str, fingerprint: str) -> ServerInfo:
    _, port = laptop_service.split_address(address)
    return ServerInfo(address=address, port=port, code=code, fingerprint=fingerprint,
                      join_text=make_join_text(address, code, fingerprint))


_FINGERPRINT = re.compile(r"[0-9A-F]{2}(:[0-9A-F]{2}){31}")


def check_code(code: str) -> str:
    """The code as the server knows it; ``join_code_bad`` when it cannot be one."""
    cleaned = normalise_code(code)
    if len(cleaned) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in cleaned):
        raise ServerError("join_code_bad", length=CODE_LENGTH)
    return cleaned


def parse_join_text(text: str) -> tuple[str, str, str | None]:
    """``precinct-join ADDR:PORT CODE FINGERPRINT`` (the QR code) or ``ADDR:PORT CODE``."""
    parts = text.split()
    if parts and parts[0].lower() == JOIN_WORD:
        parts = parts[1:]
    if len(parts) not in (2, 3):
        raise ServerError("join_text_bad", example=f"192.168.1.10:{DEFAULT_PORT} ABCD2345")
    address = parts[0]
    laptop_service.split_address(address)
    code = check_code(parts[1])
    found = parts[2].upper() if len(parts) == 3 else None
    if found is not None and not _FINGERPRINT.fullmatch(found):
        raise ServerError("join_fingerprint_bad")
    return address, code, found


def _check_listen(listen: Sequence[str]) -> tuple[str, ...]:
    # The desks are given one of these addresses and the certificate names them: an IP
    # address of this laptop's network card, not a name or "every card".
    checked: list[str] = []
    for value in listen:
        try:
            address = ipaddress.ip_address(value.strip())
        except ValueError:
            raise ServerError("server_listen_bad", address=value) from None
        if address.is_unspecified or address.is_multicast:
            raise ServerError("server_listen_bad", address=value)
        checked.append(str(address))
    return tuple(dict.fromkeys(checked))


def _check_port(port: int | None) -> int:
    chosen = DEFAULT_PORT if port is None else port
    if not 1024 <= chosen <= 65535:
        raise ServerError("server_port_bad", port=chosen, low=1024, high=65535)
    return chosen


def _advertised(listen: Sequence[str], port: int) -> str:
    host = listen[0] if listen else "127.0.0.1"
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _server_laptop(laptop: Laptop | None) -> Laptop:
    found = laptop_service.load() if laptop is None else laptop
    if found.role != laptop_service.SERVER:
        raise ServerError("not_a_server")
    return found


def _paths(laptop: Laptop) -> pg_cluster.ClusterPaths:
    return pg_cluster.ClusterPaths(Path(laptop.cluster))


def _own_fingerprint(paths: pg_cluster.ClusterPaths) -> str:
    return pg_cluster.fingerprint(paths.cert.read_bytes())


def start_server(*, data_folder: Path, sqlite_path: Path | None, clock: Clock, member_id: str,
                 port: int | None = None, listen: Sequence[str] = (),
                 desk_name: str = "server") -> ServerInfo:
    """Make this laptop the station server, or start it again; a new join code.

    The first time the SQLite station at ``sqlite_path`` moves into a new cluster in
    ``data_folder`` (set-up phase only; checked by the audit chain), and the file stays
    beside, read-only. Only the chair (``run_server``); the PIN is the shell's to prove.
    """
    current = laptop_service.load()
    if current.role == laptop_service.SERVER:
        return _restart(current, clock, member_id, port, listen)
    if current.role != laptop_service.SINGLE:
        raise ServerError("laptop_already_joined",
                          server=", ".join(current.servers) or current.role)
    chosen_port = _check_port(port)
    addresses = _check_listen(listen)
    if sqlite_path is None or not Path(sqlite_path).is_file():
        raise ServerError("server_no_station", path=str(sqlite_path or ""))
    sqlite_path = Path(sqlite_path)
    paths = station_paths(Path(data_folder))
    if paths.root.exists() and any(paths.root.iterdir()):
        raise ServerError("server_exists", path=str(paths.root))
    if not os.access(sqlite_path, os.W_OK):
        raise ServerError("server_station_read_only", path=str(sqlite_path))
    head = _check_movable(sqlite_path, member_id)
    file_mode = stat.S_IMODE(sqlite_path.stat().st_mode)
    address = _advertised(addresses, chosen_port)
    owner_password = pg_cluster.new_password()
    laptop = Laptop(role=laptop_service.SERVER, desk=desk_name,
                    servers=(f"127.0.0.1:{chosen_port}",), owner_password=owner_password,
                    cluster=str(paths.root), port=chosen_port, listen=addresses,
                    moved_from=str(sqlite_path))
    made = False
    try:
        fingerprint = pg_cluster.init_cluster(paths, owner_password, list(addresses))
        made = True
        pg_cluster.start(paths, chosen_port, list(addresses))
        with owner_connection(laptop, "postgres") as conn:
            conn.execute(f"CREATE DATABASE {pg_cluster.STATION_DB}")
        moved = move_station(laptop, sqlite_path, head, clock, member_id, desk_name,
                             address, fingerprint)
        grant_rights(laptop)
        user, password = make_laptop_role(laptop, desk_name, SERVER, address)
        laptop = laptop.with_(user=user, password=password, fingerprint=fingerprint)
        code = make_join_code(laptop)
        _seal_sqlite(sqlite_path, moved)
        laptop_service.save(laptop)
    except BaseException:
        # Nothing half-made stays: the SQLite station is still the station.
        if made:
            with suppress(Exception):
                pg_cluster.stop(paths, "immediate")
        shutil.rmtree(paths.root, ignore_errors=True)
        with suppress(OSError):
            sqlite_path.chmod(file_mode)
        raise
    return _info(address, code, fingerprint)


def _check_movable(sqlite_path: Path, member_id: str) -> AuditHead:
    """The chair, in set-up, on an intact chain: the SQLite station's audit head."""
    from precinct_app.db import open_database

    db = open_database(sqlite_path)
    try:
        with db.reading() as session:
            permissions.require(session, member_id, "run_server", phase_too=False)
            phase = phases.current_phase(session)
            if phase != phases.SETUP:
                raise ServerError("server_after_voting_opened", phase=phase)
            report = audit.verify_chain(session)
            if not report.ok:
                raise ServerError("server_chain_broken", seq=report.broken_seq or 0)
            return report.head
    finally:
        db.dispose()


def _owner_database(laptop: Laptop, desk: str = "") -> Database:
    from precinct_app.db import open_server_database

    return open_server_database("postgresql+psycopg://", desk=desk,
                                connect_args=owner_args(laptop), migrate_schema=True)


def move_station(laptop: Laptop, sqlite_path: Path, head: AuditHead, clock: Clock,
                 member_id: str, desk_name: str, address: str, fingerprint: str) -> AuditHead:
    """Copy every table of the SQLite station into the server's (just migrated) database,
    prove it by the audit chain, and record ``server.started`` there; the moved head."""
    from sqlalchemy import delete, insert, select, text

    from precinct_app.db import open_database
    from precinct_app.models import Base

    source = open_database(sqlite_path)
    target = _owner_database(laptop, desk_name)
    try:
        tables = list(Base.metadata.sorted_tables)
        # The SQLite write lock is held from the first row read to the proof: nothing
        # another window writes on this laptop meanwhile is left behind.
        with source.transaction() as src, target.transaction() as dst:
            if audit.head(src) != head:
                raise ServerError("server_station_changed")
            for table in reversed(tables):  # whatever a migration seeded
                dst.execute(delete(table))
            for table in tables:
                order = list(table.primary_key.columns) or list(table.columns)
                result = src.execute(select(table).order_by(*order)).mappings()
                for chunk in result.partitions(MOVE_CHUNK):
                    dst.execute(insert(table), [dict(row) for row in chunk])
            for table in tables:
                keys = list(table.primary_key.columns)
                if len(keys) != 1 or keys[0].type.python_type is not int:
                    continue
                sequence = dst.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                       {"t": table.name, "c": keys[0].name}).scalar()
                if sequence:
                    # The next id a desk makes follows the moved ones.
                    dst.execute(text(
                        f'SELECT setval(:s, COALESCE((SELECT max("{keys[0].name}") '
                        f'FROM "{table.name}"), 0) + 1, false)'), {"s": sequence})
        with target.reading() as session:
            moved = audit.head(session)
            report = audit.verify_chain(session)
        if moved != head or not report.ok:
            raise ServerError("server_move_unproven", seq=head.seq, moved=moved.seq)
        with target.transaction() as session:
            event = audit.record(session, clock.snapshot(), member_id, STARTED, {
                "moved_seq": head.seq, "moved_hash": head.hash,
                "sqlite": sqlite_path.name, "address": address,
                "fingerprint": fingerprint})
        return AuditHead(event.seq, event.hash)
    finally:
        source.dispose()
        target.dispose()


def _seal_sqlite(path: Path, moved: AuditHead) -> None:
    """Fold the WAL into the file, drop -wal/-shm, and make the file read-only (0400)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # Leaving WAL needs the file alone: with another connection still open (a window
        # that has not let go) the WAL stays, empty, and the file is sealed all the same.
        conn.execute("PRAGMA busy_timeout = 2000")
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        except sqlite3.OperationalError:
            mode = None
    finally:
        conn.close()
    if mode and str(mode[0]).lower() == "delete":
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.chmod(0o400)
    del moved  # the server's head is past the file's now: the file is the moment of the move


def start_cluster(laptop: Laptop | None = None, port: int | None = None,
                  listen: Sequence[str] = ()) -> Laptop:
    """Start this server laptop's cluster again (same port and addresses unless given);
    the laptop's settings as now saved."""
    laptop = _server_laptop(laptop)
    chosen_port = _check_port(port if port is not None else laptop.port)
    addresses = _check_listen(listen) if listen else tuple(laptop.listen)
    paths = _paths(laptop)
    if not (paths.data / "PG_VERSION").exists():
        raise ServerError("server_cluster_missing", path=str(paths.root))
    if pg_cluster.is_running(paths) and (chosen_port, addresses) != (laptop.port, laptop.listen):
        pg_cluster.stop(paths)
    pg_cluster.start(paths, chosen_port, list(addresses))
    if (chosen_port, addresses) != (laptop.port, tuple(laptop.listen)):
        laptop = laptop.with_(port=chosen_port, listen=addresses,
                              servers=(f"127.0.0.1:{chosen_port}", *laptop.servers[1:]))
        laptop_service.save(laptop)
    return laptop


def _restart(laptop: Laptop, clock: Clock, member_id: str, port: int | None,
             listen: Sequence[str]) -> ServerInfo:
    laptop = start_cluster(laptop, port, listen)
    # A server laptop back after its standby was promoted holds an older copy: it must not
    # serve, or a desk still knowing its address would write to it (two stations in one).
    from precinct_app.services import standby

    promoted = standby.replaced_by(laptop)
    if promoted:
        pg_cluster.stop(_paths(laptop))
        raise standby.StandbyError("standby_replaced", address=promoted)
    address = _advertised(laptop.listen, laptop.port)
    # A newer version of the software migrates the station, then the rights follow.
    _owner_database(laptop).dispose()
    grant_rights(laptop)
    with owner_connection(laptop) as conn:
        conn.execute("UPDATE precinct_server.laptop SET address = %s WHERE kind = 'server' "
                     "AND role_name = %s", (address, laptop.user))
    db = open_station(laptop)
    try:
        with db.reading() as session:
            permissions.require(session, member_id, "run_server", phase_too=False)
    finally:
        db.dispose()
    del clock  # a restart changes nothing in the station: no event
    return _info(address, make_join_code(laptop), _own_fingerprint(_paths(laptop)))


def new_join_code(laptop: Laptop | None = None) -> ServerInfo:
    """A new one-time code on this (running) server; the previous one stops working."""
    laptop = _server_laptop(laptop)
    code = make_join_code(laptop)
    return _info(_advertised(laptop.listen, laptop.port), code,
                 _own_fingerprint(_paths(laptop)))


def stop_server(laptop: Laptop | None = None) -> None:
    """Stop this laptop's cluster (it stays the server: ``server start`` starts it again)."""
    laptop = _server_laptop(laptop)
    pg_cluster.stop(_paths(laptop))


_SEEN = """
SELECT l.name, l.kind,
       COALESCE(NULLIF(l.address, ''), (SELECT host(a.client_addr) FROM pg_stat_activity a
                                         WHERE a.usename = l.role_name
                                           AND a.client_addr IS NOT NULL LIMIT 1), ''),
       l.joined_at, l.last_seen,
       EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.usename = l.role_name) AS connected,
       COALESCE((SELECT r.sync_state FROM pg_stat_replication r
                 WHERE r.usename = l.role_name LIMIT 1), '') AS sync_state
FROM precinct_server.laptop l
WHERE l.left_at IS NULL
ORDER BY l.kind, l.name
"""


def _iso(value: Any) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat(timespec="seconds")


def server_status(laptop: Laptop | None = None) -> ServerStatus:
    """The server, its desks and its standby; on a desk, as the desk's role sees it."""
    import psycopg

    laptop = laptop_service.load() if laptop is None else laptop
    if laptop.role == laptop_service.SERVER:
        paths = _paths(laptop)
        address = _advertised(laptop.listen, laptop.port)
        fingerprint = _own_fingerprint(paths) if paths.cert.exists() else ""
        if not pg_cluster.is_running(paths):
            return ServerStatus(False, address, fingerprint, (), None)
        args = owner_args(laptop)
    elif laptop.role in (laptop_service.DESK, laptop_service.STANDBY) and laptop.servers:
        address, fingerprint = laptop.servers[0], laptop.fingerprint
        args = laptop_service.connect_args(laptop)
    else:
        raise ServerError("laptop_not_joined")
    try:
        with psycopg.connect(**args, autocommit=True) as conn:
            rows = conn.execute(_SEEN).fetchall()
    except psycopg.OperationalError as exc:
        if laptop.role == laptop_service.SERVER:
            raise ServerError("server_not_running", detail=_last_line(exc)) from exc
        return ServerStatus(False, address, fingerprint, (), None)
    except psycopg.Error as exc:  # e.g. a role that may not read the list of laptops
        raise ServerError("server_status_refused", address=address,
                          detail=_last_line(exc)) from exc
    seen = [LaptopSeen(name=r[0], kind=r[1], address=r[2], joined_at=_iso(r[3]) or "",
                       last_seen=_iso(r[4]), connected=bool(r[5]), sync_state=str(r[6]))
            for r in rows]
    standby = next((s for s in seen if s.kind == STANDBY), None)
    return ServerStatus(True, address, fingerprint,
                        tuple(s for s in seen if s.kind == DESK), standby)


def _last_line(exc: BaseException) -> str:
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


def join_desk(address: str, code: str, desk_name: str,
              expected_fingerprint: str | None = None) -> Laptop:
    """This laptop becomes a desk of the server at ``address`` (``laptop.json``)."""
    current = laptop_service.load()
    if current.role != laptop_service.SINGLE:
        raise ServerError("laptop_already_joined",
                          server=", ".join(current.servers) or current.role)
    name = check_desk_name(desk_name)
    host, port = laptop_service.split_address(address)
    cleaned = check_code(code)
    expected = expected_fingerprint.upper() if expected_fingerprint else None
    if expected is not None:
        # Before the code is spent: a laptop answering in the server's place is refused.
        seen = pg_cluster.fingerprint(pg_cluster.fetch_certificate(host, port))
        if seen != expected:
            raise ServerError("fingerprint_mismatch", address=address, expected=expected,
                              found=seen)
    got = redeem(address, cleaned, DESK, name)
    if expected is not None and got.fingerprint != expected:
        raise ServerError("fingerprint_mismatch", address=address, expected=expected,
                          found=got.fingerprint)
    laptop = Laptop(role=laptop_service.DESK, desk=name, servers=got.servers, user=got.user,
                    password=got.password, cert=got.cert, fingerprint=got.fingerprint)
    laptop_service.save(laptop)
    return laptop


DESK_NAME_MAX = 40


def check_desk_name(name: str) -> str:
    """A desk's name as people read it in the audit log: printable, one line, short."""
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > DESK_NAME_MAX or not cleaned.isprintable():
        raise ServerError("desk_name_bad", field="desk", high=DESK_NAME_MAX)
    return cleaned


def default_desk_name() -> str:
    """This computer's host name (what ``desk join`` calls the desk unless told)."""
    name = " ".join(socket.gethostname().split())[:DESK_NAME_MAX]
    return name if name and name.isprintable() else "desk"


def leave_desk() -> bool:
    """This laptop stops being a desk; True when the server was told (it lets the desk's
    role log in no more), False when it could not be reached (the settings go anyway)."""
    import psycopg

    laptop = laptop_service.load()
    if laptop.role != laptop_service.DESK:
        raise ServerError("not_a_desk")
    told = True
    try:
        with psycopg.connect(**laptop_service.connect_args(laptop), autocommit=True) as conn:
            conn.execute("SELECT precinct_server.leave()")
    except psycopg.Error:
        told = False
    laptop_service.forget()
    return told


def heartbeat(db: Database) -> None:
    """Tell the server this desk is here (its ``last seen``); never fails the caller."""
    import psycopg

    with suppress(psycopg.Error, SQLAlchemyError):
        raw = db.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("SELECT precinct_server.seen()")
            raw.commit()
        finally:
            raw.close()


def open_station(laptop: Laptop | None = None) -> Database:
    """The station on the server for this laptop; ``server_unreachable`` naming every
    address when none answers (what to do: the paper list)."""
    from precinct_app.db import DatabaseError

    laptop = laptop_service.load() if laptop is None else laptop
    try:
        db: Database = laptop_service.open_station(laptop)
    except DatabaseError as exc:
        if exc.code != "server_unreachable":
            raise
        lines = [x.strip() for x in str(exc.params.get("detail", "")).splitlines() if x.strip()]
        raise ServerError("server_unreachable", path=", ".join(laptop.servers),
                          detail=(lines[0] if lines else "")[:200]) from exc
    heartbeat(db)
    return db
