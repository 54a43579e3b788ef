"""The synchronous standby: a second laptop keeping a streaming copy of the station server,
and its promotion when the server laptop is lost (docs/formats.md §8).

How the pieces fit (each choice's reason beside it):

* The standby is PostgreSQL's own streaming replication: ``pg_basebackup`` of the server's
  cluster over TLS (verify-ca against the certificate pinned at ``join``, scram-sha-256
  bound to that channel, the password in a passfile, never on a command line), then a hot
  standby that connects back with ``application_name=precinct_standby``.
* The server waits for it (``synchronous_standby_names = 'precinct_standby'``, with
  ``synchronous_commit = on``: a commit returns once the standby has the WAL on its disk).
  ``on`` rather than ``remote_apply``: nobody reads from the standby (desks ask for the
  writable server), and promotion replays everything flushed, so waiting for the replay
  too would add latency to every ballot and no safety.
* The setting lives in its own file, ``precinct_standby.conf``, included last by the
  server's settings. It is written only once a standby streams: the standby, once its copy
  runs, calls ``precinct_server.standby_attached()`` on the server, a SECURITY DEFINER
  function that checks the caller is a registered standby whose replication connection is
  streaming right now, writes the file (server-side COPY into the data folder) and reloads
  the settings. ALTER SYSTEM cannot run inside a function, a file and a reload can. A
  station with no standby never has the setting, so its commits never wait for anybody.
* When the standby dies later, the server keeps waiting: a ballot is acknowledged only
  once it is on two laptops, so desks' commits wait rather than silently lose that
  guarantee. ``precinct_server.standby_state()`` says ``lost`` (``server status`` and the
  desks' header show it), and the chair either brings the standby back (``precinct server
  standby`` again on it: it reconnects and the waiting ballots complete) or runs
  ``precinct server forget-standby`` on the server: the waits end at once and the station
  runs on one laptop, as before the standby joined.
* Promotion: ``pg_ctl promote`` on the standby after making sure the server does not
  answer (two writable servers would split the station in two). The new server then sets
  a fresh owner password of its own in PostgreSQL's single-user mode (the cluster is
  stopped for a second): the old server's owner password never leaves the server laptop,
  no password is kept in the database, and the lost laptop's password, if that laptop is
  found, opens nothing on the new server.
* Desks learn the standby's address from ``precinct_server.laptop`` each time they open
  the station (:func:`learn_servers`) and keep both in ``laptop.json``; libpq's
  multi-host connection with ``target_session_attrs=read-write`` takes whichever accepts
  writes, so after a promotion they follow without being told.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from precinct_app.services import laptop as laptop_service
from precinct_app.services import pg_cluster, station_server
from precinct_app.services.errors import DomainError
from precinct_app.services.laptop import Laptop

APP_NAME = "precinct_standby"
SYNC_FILE = "precinct_standby.conf"
STANDBY_NAME = "standby"
REPLICA_GROUP = "precinct_replica"
# Long enough for the copy of a station (a few MB) to start streaming on a slow laptop.
ATTACH_TIMEOUT_S = 60.0
# How long the standby waits for the server's answer when it checks it is really gone.
SERVER_CHECK_S = 3.0
_NO_STANDBY_TEXT = "# no synchronous standby (docs/formats.md §8)"


class StandbyError(DomainError):
    """The standby could not be made, attached, promoted or released (code says why)."""


# Run by the owner on the station database with the other grants (station_server.grant_rights).
SERVER_SQL = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{REPLICA_GROUP}') THEN
    CREATE ROLE {REPLICA_GROUP} NOLOGIN;
  END IF;
END $$;
GRANT CONNECT ON DATABASE {pg_cluster.STATION_DB} TO {REPLICA_GROUP};
GRANT USAGE ON SCHEMA precinct_server TO {REPLICA_GROUP};
-- A standby's role (made by redeem) joins the group that may announce it streams.
CREATE OR REPLACE FUNCTION precinct_server.standby_role() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, precinct_server AS $f$
BEGIN
  IF NEW.kind = 'standby' THEN
    EXECUTE format('GRANT {REPLICA_GROUP} TO %I', NEW.role_name);
  END IF;
  RETURN NEW;
END $f$;
DROP TRIGGER IF EXISTS standby_role ON precinct_server.laptop;
CREATE TRIGGER standby_role AFTER INSERT ON precinct_server.laptop
  FOR EACH ROW EXECUTE FUNCTION precinct_server.standby_role();
CREATE OR REPLACE FUNCTION precinct_server.standby_attached() RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, precinct_server AS $f$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM laptop l WHERE l.role_name = session_user
                 AND l.kind = 'standby' AND l.left_at IS NULL) THEN
    RAISE EXCEPTION 'standby_only';
  END IF;
  -- Only a standby streaming now: the server must never wait for one that is not there.
  IF NOT EXISTS (SELECT 1 FROM pg_stat_replication r WHERE r.usename = session_user
                 AND r.application_name = '{APP_NAME}' AND r.state = 'streaming') THEN
    RETURN false;
  END IF;
  IF current_setting('synchronous_standby_names') <> '{APP_NAME}' THEN
    EXECUTE 'COPY (SELECT ''synchronous_standby_names = ''''{APP_NAME}'''''') TO '
            || quote_literal(current_setting('data_directory') || '/{SYNC_FILE}');
    PERFORM pg_reload_conf();
  END IF;
  UPDATE laptop SET last_seen = now() WHERE role_name = session_user;
  RETURN true;
END $f$;
REVOKE ALL ON FUNCTION precinct_server.standby_attached() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION precinct_server.standby_attached() TO {REPLICA_GROUP};
-- What the desks show: none (no standby), sync (every commit is on it), lost (commits wait).
CREATE OR REPLACE FUNCTION precinct_server.standby_state() RETURNS text
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, precinct_server AS $f$
  SELECT CASE
    WHEN current_setting('synchronous_standby_names') = '' THEN 'none'
    WHEN EXISTS (SELECT 1 FROM pg_stat_replication r WHERE r.application_name = '{APP_NAME}'
                 AND r.sync_state IN ('sync', 'quorum')) THEN 'sync'
    ELSE 'lost' END;
$f$;
REVOKE ALL ON FUNCTION precinct_server.standby_state() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION precinct_server.standby_state() TO {station_server.DESK_GROUP};
"""

STATES = ("none", "sync", "lost")


def install(conn: Any) -> None:
    """Install the standby's functions (owner connection to the station database)."""
    conn.execute(SERVER_SQL)


# ---------------------------------------------------------------- making the standby

def make_standby(address: str, code: str, data_folder: Path, port: int | None = None,
                 *, name: str = STANDBY_NAME) -> Laptop:
    """Make this laptop the synchronous standby of the server at ``address``.

    Redeems the one-time ``code`` (kind ``standby``: a replication role), copies the
    server's cluster into ``data_folder`` with ``pg_basebackup``, starts it as a hot
    standby on ``port`` (the server's port when not given), saves ``laptop.json`` (role
    ``standby``) and waits until the server counts it as synchronous.
    """
    current = laptop_service.load()
    if current.role != laptop_service.SINGLE:
        raise StandbyError("standby_laptop_taken", was=current.role)
    host, server_port = laptop_service.split_address(address)
    own_port = port or server_port
    if not 0 < own_port < 65536:
        raise StandbyError("standby_port_bad", port=own_port)
    paths = station_server.station_paths(data_folder)
    if (paths.data / "PG_VERSION").exists():
        raise StandbyError("standby_folder_taken", path=str(paths.data))
    own_host = own_address_towards(host)
    own_address = f"{own_host}:{own_port}"
    redeemed = station_server.redeem(address, code, station_server.STANDBY, name, own_address)
    _prepare_root(paths)
    _write_owned(paths.root / "primary.pem", redeemed.cert.encode("ascii"))
    _write_owned(paths.root / "pgpass", f"*:*:*:{redeemed.user}:{redeemed.password}\n".encode())
    conninfo = _conninfo(paths, host, server_port, redeemed.user)
    done = pg_cluster.run_pg(
        "pg_basebackup", "-D", str(paths.data), "-d", conninfo, "-X", "stream",
        "-c", "fast", "-w", check=False, env={"PGPASSFILE": str(paths.root / "pgpass")},
        timeout=600)
    if done.returncode != 0:
        shutil.rmtree(paths.data, ignore_errors=True)
        raise StandbyError("standby_copy_failed", address=address,
                           detail=(done.stderr or done.stdout).strip()[-400:])
    write_sync_file(paths, None)
    _write_owned(paths.data / "standby.signal", b"")
    servers = (*(s for s in redeemed.servers if s != own_address), own_address)
    listen = () if own_host == "127.0.0.1" else (own_host,)
    made = Laptop(role=laptop_service.STANDBY, desk=name, servers=servers,
                  user=redeemed.user, password=redeemed.password, cert=redeemed.cert,
                  fingerprint=redeemed.fingerprint, cluster=str(paths.root), port=own_port,
                  listen=listen)
    laptop_service.save(made)
    start_standby(made)
    return made


def start_standby(laptop: Laptop | None = None, timeout: float = ATTACH_TIMEOUT_S) -> Laptop:
    """Start this standby's copy (again, e.g. after a restart) and wait until the server
    counts it as synchronous; ``standby_not_streaming`` when it does not in ``timeout``."""
    laptop = laptop or laptop_service.load()
    if laptop.role != laptop_service.STANDBY:
        raise StandbyError("standby_not_standby", was=laptop.role)
    paths = pg_cluster.ClusterPaths(Path(laptop.cluster))
    host, port = laptop_service.split_address(laptop.servers[0])
    pg_cluster.start(paths, laptop.port, list(laptop.listen),
                     extra={"primary_conninfo": "'" + _conninfo(paths, host, port, laptop.user)
                            + f" passfile={paths.root / 'pgpass'}'"})
    _attach(laptop, timeout)
    return laptop


def _attach(laptop: Laptop, timeout: float) -> None:
    """Ask the server to wait for this standby, once it streams."""
    import psycopg

    deadline = time.monotonic() + timeout
    last = ""
    while True:
        try:
            conn = psycopg.connect(**_server_args(laptop), autocommit=True)
            try:
                row = conn.execute("SELECT precinct_server.standby_attached()").fetchone()
            finally:
                conn.close()
            if row and row[0]:
                return
            last = "not streaming yet"
        except psycopg.Error as exc:
            last = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if time.monotonic() > deadline:
            raise StandbyError("standby_not_streaming", address=laptop.servers[0],
                               seconds=round(timeout), detail=last)
        time.sleep(0.2)


def _server_args(laptop: Laptop) -> dict[str, Any]:
    """This standby's role on the server alone (not a multi-host list: never itself)."""
    host, port = laptop_service.split_address(laptop.servers[0])
    return {"host": host, "port": str(port), "dbname": pg_cluster.STATION_DB,
            "user": laptop.user, "password": laptop.password, "sslmode": "verify-ca",
            "sslrootcert": str(laptop_service.config_dir() / laptop_service.CERT_NAME),
            "channel_binding": "require", "connect_timeout": str(int(SERVER_CHECK_S)),
            "application_name": "precinct-standby-attach"}


def _conninfo(paths: pg_cluster.ClusterPaths, host: str, port: int, user: str) -> str:
    # No password here: it is in the passfile (PGPASSFILE for pg_basebackup, passfile=
    # in primary_conninfo), so it shows in no process list and no settings file.
    return (f"host={host} port={port} user={user} application_name={APP_NAME} "
            f"sslmode=verify-ca sslrootcert={paths.root / 'primary.pem'} "
            f"channel_binding=require connect_timeout=5")


def own_address_towards(host: str) -> str:
    """This laptop's address on the network that reaches ``host`` (loopback for loopback)."""
    if host in ("127.0.0.1", "localhost", "::1"):
        return "127.0.0.1"
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect((host, 9))  # UDP: picks the route, sends nothing
            return str(sock.getsockname()[0])
    except OSError as exc:
        raise StandbyError("standby_no_route", address=host, detail=str(exc)) from exc


def _prepare_root(paths: pg_cluster.ClusterPaths) -> None:
    """The cluster's folder, owned by the user PostgreSQL runs as (as init_cluster does)."""
    paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(paths.root, pg_cluster.ROOT_RUNS_AS, pg_cluster.ROOT_RUNS_AS)
        for parent in paths.root.parents:
            if parent.name == "precinct":  # the software's own data folder
                parent.chmod(parent.stat().st_mode | 0o011)
                break
        for folder in paths.root.parents:
            if folder.exists() and not folder.stat().st_mode & 0o001:
                raise pg_cluster.ClusterError("pg_folder_closed", path=str(folder),
                                              user=pg_cluster.ROOT_RUNS_AS)


def _write_owned(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    if os.geteuid() == 0:
        shutil.chown(path, pg_cluster.ROOT_RUNS_AS, pg_cluster.ROOT_RUNS_AS)


def write_sync_file(paths: pg_cluster.ClusterPaths, standby: str | None) -> None:
    """The server's wait for its standby (``None``: wait for nobody)."""
    text = (f"synchronous_standby_names = '{standby}'\n" if standby
            else _NO_STANDBY_TEXT + "\n")
    _write_owned(paths.data / SYNC_FILE, text.encode())


# ---------------------------------------------------------------- promotion

def promote() -> Laptop:
    """On the standby, when the server laptop is lost: this laptop becomes the server.

    Refused while the server still answers (``standby_server_alive``): two writable
    servers would split the station's ballots in two.
    """
    laptop = laptop_service.load()
    if laptop.role != laptop_service.STANDBY:
        raise StandbyError("standby_not_standby", was=laptop.role)
    server = laptop.servers[0]
    host, server_port = laptop_service.split_address(server)
    with contextlib.suppress(pg_cluster.ClusterError):
        pg_cluster.fetch_certificate(host, server_port, timeout=SERVER_CHECK_S)
        raise StandbyError("standby_server_alive", address=server)
    paths = pg_cluster.ClusterPaths(Path(laptop.cluster))
    if not pg_cluster.is_running(paths):
        pg_cluster.start(paths, laptop.port, list(laptop.listen))
    done = pg_cluster.run_pg("pg_ctl", "-D", str(paths.data), "-w", "-t", "120", "promote",
                             check=False)
    if done.returncode != 0:
        raise StandbyError("standby_promote_failed",
                           detail=(done.stderr or done.stdout).strip()[-400:])
    write_sync_file(paths, None)
    # A fresh owner password, set while nothing listens (see the module's text).
    pg_cluster.stop(paths)
    owner_password = pg_cluster.new_password()
    _set_owner_password(paths, owner_password)
    pg_cluster.start(paths, laptop.port, list(laptop.listen))
    own_address = laptop.servers[-1]
    promoted = laptop.with_(role=laptop_service.SERVER, owner_password=owner_password,
                            servers=(own_address,))
    _wait_writable(promoted)
    user, password = station_server.make_laptop_role(promoted, laptop.desk,
                                                     station_server.SERVER, own_address)
    with station_server.owner_connection(promoted) as conn:
        conn.execute("UPDATE precinct_server.laptop SET left_at = now() "
                     "WHERE kind = 'server' AND left_at IS NULL AND name <> %s", (laptop.desk,))
        conn.execute("UPDATE precinct_server.laptop SET kind = 'server' WHERE name = %s",
                     (laptop.desk,))
        # The old replication role and any join code made by the lost server stop working.
        from psycopg import sql

        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(laptop.user)))
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN PASSWORD NULL").format(
            sql.Identifier(station_server.JOIN_ROLE)))
    promoted = promoted.with_(user=user, password=password)
    laptop_service.save(promoted)
    for name in ("pgpass", "primary.pem"):
        (paths.root / name).unlink(missing_ok=True)
    return promoted


def _set_owner_password(paths: pg_cluster.ClusterPaths, password: str) -> None:
    """ALTER ROLE in single-user mode: the statement goes through a pipe, not argv."""
    cmd = [pg_cluster._bin("postgres"), "--single", "-D", str(paths.data), "postgres"]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", pg_cluster.ROOT_RUNS_AS, "--", *cmd]
    statement = f"ALTER ROLE {pg_cluster.OWNER} PASSWORD '{password}';\n"
    done = subprocess.run(cmd, input=statement, capture_output=True, text=True, check=False,
                          env={**os.environ, "LC_ALL": "C"}, cwd="/", timeout=120)
    if done.returncode != 0 or "ERROR" in done.stdout + done.stderr:
        raise StandbyError("standby_promote_failed",
                           detail=(done.stderr or done.stdout).strip()[-400:])


def _wait_writable(laptop: Laptop, timeout: float = 60.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            with station_server.owner_connection(laptop) as conn:
                row = conn.execute("SELECT pg_is_in_recovery()").fetchone()
            if row and not row[0]:
                return
        except (station_server.ServerError, psycopg.Error):
            pass
        if time.monotonic() > deadline:
            raise StandbyError("standby_promote_failed", detail="still read-only")
        time.sleep(0.1)


# ---------------------------------------------------------------- the server's side

def standby_state(session_or_conn: Any) -> str:
    """``none``, ``sync`` or ``lost`` (commits wait for a standby that is not there)."""
    from sqlalchemy import text

    if hasattr(session_or_conn, "scalar"):
        return str(session_or_conn.scalar(text("SELECT precinct_server.standby_state()")))
    row = session_or_conn.execute("SELECT precinct_server.standby_state()").fetchone()
    return str(row[0])


def forget_standby(laptop: Laptop | None = None) -> None:
    """On the server: stop waiting for the standby (it is lost); the station runs on one
    laptop until another standby joins. Ballots waiting for it complete at once."""
    from psycopg import sql

    laptop = laptop or laptop_service.load()
    if laptop.role != laptop_service.SERVER:
        raise StandbyError("standby_server_only", was=laptop.role)
    with station_server.owner_connection(laptop) as conn:
        rows = conn.execute("SELECT role_name FROM precinct_server.laptop "
                            "WHERE kind = 'standby' AND left_at IS NULL").fetchall()
        row = conn.execute("SELECT current_setting('data_directory')").fetchone()
        conn.execute(sql.SQL("COPY (SELECT {}) TO {}").format(
            sql.Literal(_NO_STANDBY_TEXT), sql.Literal(f"{row[0]}/{SYNC_FILE}")))
        conn.execute("SELECT pg_reload_conf()")
        conn.execute("UPDATE precinct_server.laptop SET left_at = now() "
                     "WHERE kind = 'standby' AND left_at IS NULL")
        for (role_name,) in rows:
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role_name)))
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_replication "
                         "WHERE usename = %s", (role_name,))
    if not rows:
        raise StandbyError("standby_none")


def replaced_by(laptop: Laptop | None = None) -> str | None:
    """On a server laptop whose cluster just started: the address of its standby when that
    standby was promoted meanwhile (this laptop was lost and is back), else ``None``.

    ``precinct server start`` must then stop at once: this laptop holds an older copy, and
    a desk that still knows its address would write to it (two stations in one).
    The check logs in to each known standby with this laptop's own desk role, which the
    copy still holds, and asks whether it accepts writes.
    """
    import psycopg

    laptop = laptop or laptop_service.load()
    if laptop.role != laptop_service.SERVER or not laptop.user:
        return None
    with station_server.owner_connection(laptop) as conn:
        rows = conn.execute("SELECT address FROM precinct_server.laptop WHERE kind = 'standby' "
                            "AND left_at IS NULL AND address <> ''").fetchall()
    cert = pg_cluster.ClusterPaths(Path(laptop.cluster)).cert
    for (address,) in rows:
        host, port = laptop_service.split_address(str(address))
        try:
            with psycopg.connect(host=host, port=str(port), dbname=pg_cluster.STATION_DB,
                                 user=laptop.user, password=laptop.password,
                                 sslmode="verify-ca", sslrootcert=str(cert),
                                 channel_binding="require",
                                 connect_timeout=str(int(SERVER_CHECK_S))) as other:
                row = other.execute("SELECT pg_is_in_recovery()").fetchone()
        except psycopg.Error:
            continue  # not there, or a standby that no longer knows us: not a server
        if row is not None and not row[0]:
            return str(address)
    return None


# ---------------------------------------------------------------- the desks' side

def follow(db: Any, laptop: Laptop) -> None:
    """Make a desk's open station follow the addresses in ``laptop.json``: every new
    connection (the first, and each one after a failure) takes the servers saved there,
    so a desk that learned of a standby while it ran follows its promotion too. Then
    learn them once now (:func:`learn_servers`; a desk's heartbeat calls it again)."""
    from sqlalchemy import event

    if laptop.role != laptop_service.DESK:
        return

    def current_servers(_dialect: Any, _record: Any, _cargs: Any,
                        cparams: dict[str, Any]) -> None:
        try:
            servers = laptop_service.load().servers
            pairs = [laptop_service.split_address(a) for a in servers]
        except laptop_service.LaptopError:
            return  # keep the addresses the station was opened with
        if pairs:
            cparams["host"] = ",".join(h for h, _ in pairs)
            cparams["port"] = ",".join(str(p) for _, p in pairs)

    event.listen(db.engine, "do_connect", current_servers)
    learn_servers(db, laptop)


def learn_servers(db: Any, laptop: Laptop) -> Laptop:
    """The server's and the standby's addresses as the server knows them, kept in this
    desk's ``laptop.json`` so it can follow a promotion; the laptop as saved."""
    from sqlalchemy import text

    if laptop.role != laptop_service.DESK:
        return laptop
    with db.reading() as session:
        rows = session.execute(text(
            "SELECT address FROM precinct_server.laptop WHERE kind IN ('server', 'standby') "
            "AND left_at IS NULL AND address <> '' ORDER BY kind = 'standby', joined_at"
        )).all()
    servers = tuple(str(r[0]) for r in rows)
    if not servers or servers == laptop.servers:
        return laptop
    for address in servers:
        laptop_service.split_address(address)  # a malformed row must not break the desk
    learned = laptop.with_(servers=servers)
    laptop_service.save(learned)
    return learned
