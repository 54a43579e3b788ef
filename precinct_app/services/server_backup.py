"""Backups of a station held on the station server (PostgreSQL), with the guarantees of
:mod:`precinct_app.services.backup` on one laptop (issue 15; docs/architecture.md §4).

A backup is a custom-format ``pg_dump`` of the station database: one consistent snapshot
(pg_dump reads in one REPEATABLE READ transaction, so the desks keep issuing while it runs).
Each backup is:

1. dumped into a private scratch folder (``pg_dump -Fc``; the password goes to the program
   in its environment, never on its command line, over TLS on the loopback);
2. CHECKED by restoring it into a scratch database on the same cluster (``pg_restore
   --single-transaction --exit-on-error``), migrating that copy as this software opens a
   station, and verifying its audit chain up to its recorded head there
   (:func:`audit.verify_chain`); the scratch database is then dropped. A dump that does not
   restore or whose chain does not verify is reported (``backup_copy_damaged``) and never
   kept under a backup's name;
3. copied to the backup medium as ``dest/.<name>.tmp``, fsynced, its SHA-256 written beside
   it (``<name>.sha256``), renamed to ``<prefix>_<YYYYMMDDTHHMMSS>_<reason>[_<n>].dump`` and
   the folder fsynced: the names, the station-time stamp, the rotation (``keep`` newest plus
   the newest of each phase change) are those of the SQLite backups.

:func:`to_sqlite` turns such a backup back into a single-laptop SQLite station (restore,
copy every table, verify the chain in the new file): a commission whose server laptop died
with no standby carries on from its last backup on one laptop.

Only the server laptop takes them (it alone holds the cluster owner's password); on a desk
the server's backups are the answer, and the commands say so (``server_backup_on_desk``).
Qt-free.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from precinct_app import db as dbmod
from precinct_app.services import audit, backup, pg_cluster
from precinct_app.services.backup import (
    CHECKSUM_SUFFIX,
    DEFAULT_KEEP,
    BackupCheck,
    BackupError,
    BackupInfo,
    BackupResult,
    _zone,
    reason_slug,
)
from precinct_app.services.clock import Clock
from precinct_app.services.durable import file_sha256, fsync_dir, fsync_file, write_synced
from precinct_app.services.errors import DomainError
from precinct_app.services.file_modes import create_private

SUFFIX = ".dump"
DUMP_MAGIC = b"PGDMP"  # the first bytes of pg_dump's custom format
SCRATCH_PREFIX = "precinct_check_"
_STAMP = "%Y%m%dT%H%M%S"
_SPACE_MARGIN = 1 << 20
_DUMP_TIMEOUT_S = 600  # a station is tens of MB: minutes would mean a stuck server
_STALE_S = 3600  # a scratch database older than this was left by a killed backup
# libpq parameter -> the environment variable that carries it to pg_dump/pg_restore.
_ENV_OF = {
    "host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD",
    "dbname": "PGDATABASE", "sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT",
    "channel_binding": "PGCHANNELBINDING", "connect_timeout": "PGCONNECT_TIMEOUT",
    "application_name": "PGAPPNAME", "target_session_attrs": "PGTARGETSESSIONATTRS",
}


@dataclass(frozen=True)
class ServerTarget:
    """The station database on a cluster, reached as a role that may dump it and create a
    scratch database (the cluster's owner on the server laptop): libpq parameters.

    ``prefix`` starts every backup name (the moved SQLite station's stem, so a station's
    backups read alike before and after it moved to the server).
    """

    conninfo: dict[str, str]
    prefix: str = "precinct"

    @property
    def dbname(self) -> str:
        return self.conninfo.get("dbname", pg_cluster.STATION_DB)

    def on(self, dbname: str) -> dict[str, str]:
        """The same parameters for another database of the cluster."""
        return {**self.conninfo, "dbname": dbname}


def target_for(laptop: Any) -> ServerTarget:
    """The station server on this laptop (role ``server``), as its owner over loopback."""
    from precinct_app.services import station_server

    if getattr(laptop, "role", "") != "server":
        raise BackupError("server_backup_on_desk", role=getattr(laptop, "role", "single"))
    args = {k: str(v) for k, v in station_server.owner_args(laptop).items()}
    moved = getattr(laptop, "moved_from", "")
    prefix = dbmod.safe_file_stem(Path(moved).stem) if moved else "precinct"
    return ServerTarget(args, prefix)


def default_dir(laptop: Any, db_path: Path) -> Path:
    """``backups`` in the station's data folder on the server laptop (beside its cluster): a
    fallback only, as on one laptop; a real station points ``--to`` at a second medium."""
    cluster = getattr(laptop, "cluster", "")
    if cluster:
        return Path(cluster).absolute().parent / backup.DEFAULT_FOLDER
    return backup.default_backup_dir(db_path)


def pg_env(conninfo: dict[str, str]) -> dict[str, str]:
    """libpq's environment for PostgreSQL's programs: nothing secret on a command line
    (another local user reads a command line in ``ps``; the environment is private)."""
    return {_ENV_OF[k]: str(v) for k, v in conninfo.items() if k in _ENV_OF and v != ""}


# -- names -------------------------------------------------------------------------------


def _pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(prefix)}_(\d{{8}}T\d{{6}})_([a-z0-9-]+)(?:_(\d+))?{re.escape(SUFFIX)}$"
    )


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def list_backups(dest: Path, prefix: str) -> list[BackupInfo]:
    """The server backups named ``prefix_...`` in ``dest``, newest first."""
    dest = Path(dest)
    pattern = _pattern(prefix)
    try:
        names = os.listdir(dest)
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for name in names:
        match = pattern.match(name)
        path = dest / name
        if match is None or not path.is_file():
            continue
        found.append(BackupInfo(path=path, stamp=match.group(1), seq=int(match.group(3) or 1),
                                reason=match.group(2), size=path.stat().st_size,
                                has_checksum=_side(path, CHECKSUM_SUFFIX).exists()))
    found.sort(key=lambda b: (b.stamp, b.seq), reverse=True)
    return found


def _next_name(dest: Path, prefix: str, stamp: str, slug: str) -> str:
    used = [int(m.group(3) or 1) for m in (_pattern(prefix).match(n) for n in os.listdir(dest))
            if m is not None and m.group(1) == stamp]
    seq = max(used, default=0) + 1
    while True:  # a fixed clock (training) takes many backups within "one second"
        name = f"{prefix}_{stamp}_{slug}" + (f"_{seq}" if seq > 1 else "") + SUFFIX
        if not (dest / name).exists() and not (dest / f".{name}.tmp").exists():
            return name
        seq += 1


def _prune(dest: Path, prefix: str, keep: int) -> tuple[Path, ...]:
    return backup.prune(dest, list_backups(dest, prefix), _pattern(prefix), keep)


# -- the cluster -------------------------------------------------------------------------


def _detail(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return str(exc.params.get("detail", exc.code))
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__


def _connect(conninfo: dict[str, str]) -> Any:
    import psycopg

    return psycopg.connect(autocommit=True, **conninfo)  # type: ignore[arg-type]


@contextmanager
def _scratch_folder() -> Iterator[Path]:
    """A private folder PostgreSQL's programs may write in (as root they run as postgres)."""
    folder = Path(tempfile.mkdtemp(prefix="precinct-dump-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, pg_cluster.ROOT_RUNS_AS, pg_cluster.ROOT_RUNS_AS)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _drop_stale(conn: Any) -> None:
    """Scratch databases a killed backup left behind (its name carries when it began):
    dropped after an hour, so they never fill the server's disk."""
    rows = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                        (SCRATCH_PREFIX + "%",)).fetchall()
    for (name,) in rows:
        match = re.fullmatch(rf"{SCRATCH_PREFIX}(\d+)_[0-9a-f]+", str(name))
        if match and time.time() - int(match.group(1)) > _STALE_S:
            with suppress(Exception):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def scratch_database(target: ServerTarget, dump: Path) -> Iterator[ServerTarget]:
    """``dump`` restored into a new database of the same cluster, dropped afterwards."""
    name = f"{SCRATCH_PREFIX}{int(time.time())}_{secrets.token_hex(4)}"
    try:
        with _connect(target.on("postgres")) as conn:
            _drop_stale(conn)
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:
        raise BackupError("backup_failed", path=str(dump), detail=_detail(exc)) from exc
    try:
        pg_cluster.run_pg(
            "pg_restore", "--no-owner", "--no-privileges", "--single-transaction",
            "--exit-on-error", "-d", name, str(dump),
            env=pg_env(target.on(name)), timeout=_DUMP_TIMEOUT_S)
        yield ServerTarget(target.on(name), target.prefix)
    finally:
        with suppress(Exception), _connect(target.on("postgres")) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _facts(path: Path, scratch: ServerTarget) -> BackupCheck:
    """The restored copy opened as a station (migrated) and its audit chain verified."""
    where = {"path": str(path)}
    try:
        database = dbmod.open_server_database("postgresql+psycopg://",
                                              connect_args=dict(scratch.conninfo))
    except DomainError as exc:
        return BackupCheck(path, False, exc.code, {**where, **exc.params})
    try:
        with database.reading() as session:
            revision = dbmod.current_revision(database.engine)
            row = session.execute(text(
                "SELECT election_id, precinct_number, timezone, phase, key_fingerprint "
                "FROM station WHERE id = 1")).first()
            if row is None:
                return BackupCheck(path, False, "backup_not_station", where, revision=revision)
            facts: dict[str, Any] = {
                "revision": revision, "election_id": row[0], "precinct_number": row[1],
                "timezone": row[2], "phase": row[3], "key_fingerprint": str(row[4] or "")}
            report = audit.verify_chain(session)
            facts.update(audit_events=report.events, audit_seq=report.head.seq,
                         audit_hash=report.head.hash)
            if not report.ok:
                return BackupCheck(path, False, "backup_audit_broken",
                                   {**where, "seq": report.broken_seq,
                                    "problem": report.problem}, **facts)
            last = session.execute(text("SELECT at, action FROM audit_event WHERE seq = :s"),
                                   {"s": report.head.seq}).first()
    except SQLAlchemyError as exc:
        return BackupCheck(path, False, "backup_not_station", {**where, "detail": _detail(exc)})
    finally:
        database.dispose()
    if last is not None:
        facts.update(last_event_at=dt.datetime.fromisoformat(str(last[0]).replace("Z", "+00:00")),
                     last_action=str(last[1]))
    return BackupCheck(path, True, **facts)


def check_dump(target: ServerTarget, path: Path) -> BackupCheck:
    """Is ``path`` a sound server backup? Its ``.sha256`` (when present) matches, it is a
    custom-format dump, it restores into a scratch database of ``target``'s cluster, opens
    there as a station this software knows, and its audit chain verifies to its head.
    Never raises for a bad backup (``ok`` False, ``code`` says why)."""
    path = Path(path).absolute()
    where = {"path": str(path)}
    try:
        with path.open("rb") as fh:
            magic = fh.read(len(DUMP_MAGIC))
    except OSError as exc:
        return BackupCheck(path, False, "backup_not_found", {**where, "detail": _detail(exc)})
    if magic != DUMP_MAGIC:
        return BackupCheck(path, False, "server_backup_not_dump", where)
    checksum: bool | None = None
    sidecar = _side(path, CHECKSUM_SUFFIX)
    if sidecar.exists():
        expected = sidecar.read_text("ascii", errors="replace").split()[:1]
        checksum = expected == [file_sha256(path)]
        if not checksum:
            return BackupCheck(path, False, "backup_checksum_mismatch", where, checksum=False)
    with _scratch_folder() as folder:
        readable = folder / "check.dump"
        shutil.copyfile(path, readable)
        if os.geteuid() == 0:
            shutil.chown(readable, pg_cluster.ROOT_RUNS_AS, pg_cluster.ROOT_RUNS_AS)
        try:
            with scratch_database(target, readable) as scratch:
                facts = _facts(path, scratch)
        except DomainError as exc:
            return BackupCheck(path, False, "backup_damaged", {**where, "detail": _detail(exc)},
                               checksum=checksum)
    return facts if checksum is None else _with_checksum(facts, checksum)


def _with_checksum(check: BackupCheck, checksum: bool) -> BackupCheck:
    return replace(check, checksum=checksum)


# -- backup ------------------------------------------------------------------------------


def _station_facts(target: ServerTarget) -> tuple[str, int]:
    """(the station's time zone, the database's size in bytes), read as the owner."""
    with _connect(target.conninfo) as conn:
        size = int(conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])
        row = conn.execute("SELECT timezone FROM station WHERE id = 1").fetchone()
    return (str(row[0]) if row and row[0] else "UTC"), size


def backup_now(target: ServerTarget, dest: Path, clock: Clock, *, reason: str,
               keep: int = DEFAULT_KEEP) -> BackupResult:
    """Write one checked backup of the station on the server into ``dest``.

    As :func:`backup.backup_now`: ``reason`` goes into the name, ``keep`` newest plus the
    newest of each phase change stay. Raises :class:`BackupError` (nothing under a final
    name, earlier backups kept): ``server_not_running`` when the cluster does not answer,
    ``backup_copy_damaged`` when the dump does not restore or its chain does not verify.
    """
    clock = clock.snapshot()
    started = time.perf_counter()
    if keep < 1:
        raise BackupError("backup_keep_invalid", keep=keep)
    dest = Path(dest).absolute()
    try:
        dest.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not dest.is_dir():
            raise NotADirectoryError(20, os.strerror(20), str(dest))
    except OSError as exc:
        raise BackupError("backup_dest_unusable", path=str(dest), detail=_detail(exc)) from exc
    try:
        timezone, size = _station_facts(target)
    except Exception as exc:
        raise BackupError("server_backup_unreachable", detail=_detail(exc)) from exc
    free = shutil.disk_usage(dest).free
    if free < size + _SPACE_MARGIN:  # a dump is smaller than the database: a safe bound
        raise BackupError("backup_no_space", path=str(dest), need=size + _SPACE_MARGIN,
                          free=free)
    taken = clock.now_utc()
    stamp = taken.astimezone(_zone(timezone)).strftime(_STAMP)
    tmp: Path | None = None
    sidecar_tmp: Path | None = None
    try:
        with _scratch_folder() as folder:
            dumped = folder / "station.dump"
            try:
                pg_cluster.run_pg("pg_dump", "--format=custom", "--file", str(dumped),
                                  env=pg_env(target.conninfo), timeout=_DUMP_TIMEOUT_S)
                with scratch_database(target, dumped) as scratch:
                    facts = _facts(dumped, scratch)
            except DomainError as exc:
                raise BackupError("backup_copy_damaged", path=str(dest),
                                  detail=_detail(exc)) from exc
            if not facts.ok:  # the code and where: "backup_audit_broken seq=3 hash_mismatch"
                detail = " ".join([str(facts.code), *(
                    f"{k}={v}" if k == "seq" else str(v)
                    for k, v in facts.params.items() if k != "path")])
                raise BackupError("backup_copy_damaged", path=str(dest), detail=detail)
            name = _next_name(dest, target.prefix, stamp, reason_slug(reason))
            tmp = dest / f".{name}.tmp"
            create_private(tmp)  # owner-only before a byte: a backup holds IINs
            with dumped.open("rb") as src, tmp.open("wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
        fsync_file(tmp)
        final = dest / name
        sidecar = _side(final, CHECKSUM_SUFFIX)
        sidecar_tmp = dest / f".{sidecar.name}.tmp"
        write_synced(sidecar_tmp, f"{file_sha256(tmp)}  {name}\n".encode("ascii"))
        os.replace(sidecar_tmp, sidecar)  # the sum first: never a backup without its sum
        os.replace(tmp, final)
        fsync_dir(dest)
    except BackupError:
        _remove(tmp, sidecar_tmp)
        raise
    except OSError as exc:
        _remove(tmp, sidecar_tmp)
        raise BackupError("backup_failed", path=str(dest), detail=_detail(exc)) from exc
    removed = _prune(dest, target.prefix, keep)
    return BackupResult(
        path=final, reason=reason_slug(reason), size=final.stat().st_size, taken_at=taken,
        phase=facts.phase, audit_seq=facts.audit_seq, audit_hash=facts.audit_hash,
        removed=removed, seconds=time.perf_counter() - started)


def _remove(*paths: Path | None) -> None:
    for path in paths:
        if path is not None:
            with suppress(OSError):
                path.unlink()


@contextmanager
def throwaway_cluster(extra: dict[str, str] | None = None) -> Iterator[ServerTarget]:
    """A cluster of its own on a free loopback port, as the product makes one (initdb with
    scram-sha-256, TLS, fsync and synchronous commit on), with an empty ``precinct``
    database; stopped and removed afterwards. For a laptop with no station server (a
    server backup turned into a SQLite station) and for the benches."""
    import socket

    root = Path(tempfile.mkdtemp(prefix="precinct-cluster-"))
    root.chmod(0o711)  # as root the cluster runs as postgres, who must pass this folder
    paths = pg_cluster.ClusterPaths(root / "server")
    password = pg_cluster.new_password()
    try:
        pg_cluster.init_cluster(paths, password, [])
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        pg_cluster.start(paths, port, [], extra)
        conninfo = {"host": "127.0.0.1", "port": str(port), "user": pg_cluster.OWNER,
                    "password": password, "dbname": pg_cluster.STATION_DB,
                    "sslmode": "require", "connect_timeout": "5"}
        with _connect({**conninfo, "dbname": "postgres"}) as conn:
            conn.execute(f"CREATE DATABASE {pg_cluster.STATION_DB}")
        yield ServerTarget(conninfo)
    finally:
        with suppress(Exception):
            pg_cluster.stop(paths, "fast")
        shutil.rmtree(root, ignore_errors=True)


# -- back to one laptop ------------------------------------------------------------------


def to_sqlite(target: ServerTarget, dump: Path, out: Path, *, member: str | None = None,
              clock: Clock | None = None,
              prove: Callable[[Path], None] | None = None) -> BackupCheck:
    """Make the server backup ``dump`` a single-laptop SQLite station at ``out``.

    The dump is checked as :func:`check_dump` does, restored into a scratch database of
    ``target``'s cluster, and every station table copied into a new SQLite file (written
    beside ``out`` and renamed into place only once its own audit chain verifies to the
    same head). ``out`` must not exist. The station key never travels in a backup: the
    laptop that carries on keeps the station's key file beside ``out`` if it has it
    (otherwise the first export makes a new key, recorded in the audit log).

    With ``member`` (the chair, as the backup's commission lists them, proven by
    ``prove(new file)`` before anything is renamed) the new station's log gains
    ``backup.restored`` as a restore of a SQLite backup records it.
    """
    out = Path(out).absolute()
    if out.exists():
        raise BackupError("server_backup_out_exists", path=str(out))
    check = check_dump(target, dump)
    if not check.ok:
        raise BackupError(check.code or "backup_damaged", **check.params)
    tmp = out.with_name(f".{out.name}.tmp")
    _remove(tmp)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with _scratch_folder() as folder:
            readable = folder / "copy.dump"
            shutil.copyfile(dump, readable)
            if os.geteuid() == 0:
                shutil.chown(readable, pg_cluster.ROOT_RUNS_AS, pg_cluster.ROOT_RUNS_AS)
            with scratch_database(target, readable) as scratch:
                _copy_tables(scratch, tmp)
        again = _sqlite_head(tmp)
        if again != (check.audit_seq, check.audit_hash):
            raise BackupError("backup_copy_damaged", path=str(tmp),
                              detail=f"audit head {again[0]} differs from {check.audit_seq}")
        if member is not None:
            backup._require_chair(tmp, member)
            if prove is not None:
                prove(tmp)
            backup._record_restore(tmp, clock or Clock(), Path(dump), member,
                                   backup.RestoreLoss(current="missing"), check)
            again = _sqlite_head(tmp)
            check = replace(check, audit_events=check.audit_events + 1,
                            audit_seq=again[0], audit_hash=again[1])
        if again != (check.audit_seq, check.audit_hash):
            raise BackupError("backup_copy_damaged", path=str(tmp),
                              detail=f"audit head {again[0]} differs from {check.audit_seq}")
        fsync_file(tmp)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except (OSError, SQLAlchemyError) as exc:
        _remove(tmp, _side(tmp, "-wal"), _side(tmp, "-shm"))
        raise BackupError("backup_failed", path=str(out), detail=_detail(exc)) from exc
    except BaseException:
        # The chair not proven, or interrupted: no half-made station left behind.
        _remove(tmp, _side(tmp, "-wal"), _side(tmp, "-shm"))
        raise
    return replace(check, path=out)


def _copy_tables(scratch: ServerTarget, sqlite_path: Path) -> None:
    """Every table of the schema, row for row, through the models' own types."""
    from precinct_app.models import Base

    source = dbmod.open_server_database("postgresql+psycopg://",
                                        connect_args=dict(scratch.conninfo))
    target = dbmod.open_database(sqlite_path, create=True)  # migrated to the same head
    try:
        with source.reading() as src, target.transaction() as dst:
            for table in reversed(Base.metadata.sorted_tables):
                dst.execute(delete(table))  # rows a migration seeds come from the dump
            for table in Base.metadata.sorted_tables:
                rows = [dict(r._mapping) for r in src.execute(select(table))]
                if rows:
                    dst.execute(insert(table), rows)
    finally:
        source.dispose()
        target.dispose()
    import sqlite3

    conn = sqlite3.connect(sqlite_path)  # one self-contained file, as a backup is
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _sqlite_head(path: Path) -> tuple[int, str]:
    database = dbmod.open_database(path)
    try:
        with database.reading() as session:
            report = audit.verify_chain(session)
    finally:
        database.dispose()
    if not report.ok:
        raise BackupError("backup_audit_broken", path=str(path), seq=report.broken_seq,
                          problem=report.problem)
    return report.head.seq, report.head.hash
