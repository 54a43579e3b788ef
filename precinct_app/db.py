"""Engine, sessions, SQLite pragmas and schema migrations.

SQLite-only SQL stays in this module so the models remain portable.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, insert, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from precinct_app.services.durable import fsync_dir, fsync_file
from precinct_app.services.errors import DomainError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (a test holds it to Alembic's own reading of
# the folder). A station already at it opens without importing Alembic, which alone
# takes about a second of a 2-core laptop's start-up.
HEAD_REVISION = "0010"
BUSY_TIMEOUT_MS = 10_000
# Execution option that marks a read-only session: it begins a deferred
# transaction so that it never waits for a writer (WAL readers do not block).
_READ_OPTION = "precinct_read"


class DatabaseError(DomainError):
    """The station database cannot be opened (code says why)."""


@dataclass
class Database:
    """An open station database: the engine plus its two session factories.

    ``write`` sessions start with ``BEGIN IMMEDIATE`` so a user action takes the
    write lock up front instead of failing half-way; ``read`` sessions start a
    deferred transaction and never block behind a long import.
    """

    engine: Engine
    path: Path | None
    write: sessionmaker[Session]
    read: sessionmaker[Session]
    # How a read-only open reached the file: "" (the ordinary connection), "ro" (a
    # read-only connection) or "immutable" (the file alone, no -shm): the last two
    # mean the station's disk refused a write (full) and the window says so.
    read_only: str = ""
    # The station server's address (PostgreSQL), or "" for the embedded SQLite file.
    url: str = ""
    # This laptop's desk name on a station server: every audit event carries it.
    desk: str = ""
    # libpq's parameters beyond the URL (the laptop's TLS and role): the live listener
    # (services/live.py) opens its own connection with them.
    connect_args: dict[str, Any] = field(default_factory=dict)

    @property
    def shared(self) -> bool:
        """True when the station lives on a station server (PostgreSQL)."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back on any exception."""
        with self.write.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read-only session."""
        with self.read() as session, session.begin():
            yield session

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself (pysqlite's own is wrong).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _on_connect_read_only(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # No journal_mode/synchronous here: a read-only connection must not try to write.
    dbapi_conn.isolation_level = None
    dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_conn.execute("PRAGMA foreign_keys = ON")


def _on_begin(conn: Any) -> None:
    if conn.get_execution_options().get(_READ_OPTION):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


# On PostgreSQL every write transaction takes this one lock first, as SQLite's BEGIN
# IMMEDIATE takes the file's write lock: desks' writes are serialised, so the audit
# chain stays one line, the stock and the count are read and changed by one writer at
# a time, and each service keeps the reasoning it has on one laptop. A station writes a
# few ballots a minute; one writer holds the lock for milliseconds. Reads never take it.
STATION_WRITE_LOCK = 0x50524543  # "PREC"
# Sent in every write transaction, delivered by PostgreSQL only when it commits: the
# other desks refresh (LISTEN precinct) instead of polling.
NOTIFY_CHANNEL = "precinct"
# Execution option holding the engine's own NOTIFY payload (hex: safe inside the quotes).
NOTIFY_TOKEN_OPTION = "precinct_notify_token"


def notify_token(engine: Engine) -> str:
    """The payload this engine's writes send with their NOTIFY ("" on SQLite)."""
    return str(engine.get_execution_options().get(NOTIFY_TOKEN_OPTION, ""))


def _on_begin_pg(conn: Any) -> None:
    if conn.get_execution_options().get(_READ_OPTION):
        # One snapshot for the whole read, as a SQLite read transaction sees.
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    else:
        # READ COMMITTED: every statement after the lock sees what the last writer committed.
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({STATION_WRITE_LOCK})")
        # The payload names this engine: its own listener (services/live.py) skips the
        # writes this desk has already shown.
        token = conn.get_execution_options().get(NOTIFY_TOKEN_OPTION, "")
        conn.exec_driver_sql(f"NOTIFY {NOTIFY_CHANNEL}, '{token}'")


def _on_connect_pg(dbapi_conn: Any, _record: Any) -> None:
    # A writer waits for the station's lock as long as SQLite's busy_timeout, then fails
    # with a message rather than hanging a desk behind a stuck one.
    with dbapi_conn.cursor() as cur:
        cur.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_conn.commit()


def make_pg_engine(url: str, connect_args: dict[str, Any] | None = None) -> Engine:
    """An engine for a station on PostgreSQL (psycopg 3), e.g. the station server."""
    engine = create_engine(
        url, connect_args=connect_args or {}, pool_pre_ping=True,
        isolation_level="READ COMMITTED",
        execution_options={NOTIFY_TOKEN_OPTION: uuid.uuid4().hex[:16]},
    )
    event.listen(engine, "connect", _on_connect_pg)
    event.listen(engine, "begin", _on_begin_pg)
    event.listen(engine, "handle_error", _on_error_pg)
    return engine


# Set on a driver's exception when the connection dropped at COMMIT: the server may have
# recorded the action or not, and the desk must say so (services/live.py).
AT_COMMIT = "precinct_at_commit"


def _on_error_pg(context: Any) -> None:
    # A statement's failure has its SQL; a COMMIT's (or ROLLBACK's) has none and a connection.
    if context.is_disconnect and context.connection is not None and context.statement is None:
        with contextlib.suppress(AttributeError, TypeError):
            setattr(context.original_exception, AT_COMMIT, True)


def open_server_database(
    url: str, *, desk: str = "", connect_args: dict[str, Any] | None = None,
    migrate_schema: bool = True,
) -> Database:
    """Open (and, with ``migrate_schema``, migrate) the station held on PostgreSQL."""
    engine = make_pg_engine(url, connect_args)
    try:
        if migrate_schema:
            migrate(engine)
        elif current_revision(engine) != HEAD_REVISION:
            raise DatabaseError("db_needs_upgrade", path=_safe_url(url))
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError("server_unreachable", path=_safe_url(url),
                            detail=str(exc.orig or exc).strip()) from exc
    except Exception:
        engine.dispose()
        raise
    database = _database(engine, None, url=url, desk=desk)
    database.connect_args = dict(connect_args or {})
    return database


def _safe_url(url: str) -> str:
    """The address without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def _database(engine: Engine, path: Path | None, *, read_only: str = "", url: str = "",
              desk: str = "") -> Database:
    info = {"desk": desk} if desk else {}
    write = sessionmaker(bind=engine, expire_on_commit=False, info=info)
    read = sessionmaker(bind=engine.execution_options(**{_READ_OPTION: True}), info=info)
    return Database(engine=engine, path=path, write=write, read=read, read_only=read_only,
                    url=url, desk=desk)


def make_engine(path: Path | None) -> Engine:
    """An engine for the file ``path`` (``None``: a private in-memory database)."""
    if path is None:
        engine = create_engine(
            "sqlite://",
            connect_args={"check_same_thread": False},
            poolclass=StaticPool,
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False}
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The newest schema revision this software knows, as Alembic reads the migrations."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def _stored_revision(conn: Connection) -> str | None:
    """What Alembic's ``MigrationContext.get_current_revision`` reads, in plain SQL."""
    if conn.dialect.name == "sqlite":
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
    else:
        has_table = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
    if has_table is None:
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    if len(rows) > 1:  # several heads: only Alembic can tell what that means
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()
    return str(rows[0][0]) if rows else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or ``None`` if it has none."""
    # A read: a deferred transaction, never waiting for another process's write lock.
    with engine.execution_options(**{_READ_OPTION: True}).connect() as conn:
        return _stored_revision(conn)


def migrate(engine: Engine, before_upgrade: Callable[[str], object] | None = None) -> None:
    """Bring the schema up to date; refuse a database made by a newer version.

    Alembic is consulted only when the stored revision is not :data:`HEAD_REVISION`.
    ``before_upgrade(revision)`` runs once a stored older revision is known and before
    any migration touches it (a raise leaves the database as it was).
    """
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(engine)
    script = ScriptDirectory.from_config(cfg)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several types for an unknown id
            raise DatabaseError(
                "db_too_new", revision=current, known=script.get_current_head() or ""
            ) from exc
        if before_upgrade is not None:
            before_upgrade(current)
    command.upgrade(cfg, "head")


def _sqlite_connect(uri: str) -> sqlite3.Connection:
    """Every connection of a read-only open goes through here (tests inject faults)."""
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _probe(uri: str) -> None:
    """Open ``uri`` and read the schema (which maps the WAL's -shm): raises if it cannot."""
    conn = _sqlite_connect(uri)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def read_uri(path: Path) -> tuple[str, str]:
    """How to read the station at ``path`` without writing to its disk: (mode, URI).

    The ordinary connection first (it leaves no -wal/-shm behind). When the disk
    refuses (full, read-only: a WAL reader needs its -shm file), a read-only
    connection, which works while the -shm already exists (the window is open, or it
    was killed); then, when the WAL holds nothing, the file alone (``immutable``: no
    -shm at all; safe because every committed ballot is in the file). Raises
    :class:`DatabaseError` ``db_disk_full_wal`` when the newest records are in a WAL
    that cannot be read without writing.
    """
    base = Path(path).absolute().as_uri()
    before = {s: _side(path, s).exists() for s in ("-wal", "-shm")}
    try:
        _probe(f"{base}?mode=rw")
        return "", f"{base}?mode=rw"
    except sqlite3.Error as exc:
        first = exc
        if "locked" in str(exc) or "busy" in str(exc):
            raise
    _remove_new_sidecars(path, before)
    try:
        _probe(f"{base}?mode=ro")
        return "ro", f"{base}?mode=ro"
    except sqlite3.Error:
        _remove_new_sidecars(path, before)
    wal = _side(path, "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        uri = f"{base}?mode=ro&immutable=1"
        _probe(uri)
        return "immutable", uri
    raise DatabaseError("db_disk_full_wal", path=str(path), detail=str(first))


def _remove_new_sidecars(path: Path, before: dict[str, bool]) -> None:
    # A refused open may leave a truncated -shm (and an empty -wal) it has just made:
    # not ours to keep, and not a sign of anything for the next start.
    for suffix, existed in before.items():
        side = _side(path, suffix)
        if not existed and side.exists():
            with contextlib.suppress(OSError):
                side.unlink()


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection reading ``path`` as :func:`read_uri` found possible."""
    conn = _sqlite_connect(read_uri(Path(path))[1])
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _read_only_engine(path: Path, uri: str) -> Engine:
    del path  # the URI says how to reach it
    engine = create_engine("sqlite://", creator=lambda: _sqlite_connect(uri))
    event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_read_only(path: Path) -> Database:
    """Open the station at ``path`` for reading only, even on a full disk.

    The rescue commands (search, paper list, backup to a stick, audit verify) use it.
    Nothing is written to the station's disk: no migration runs (an older schema is
    refused with ``db_needs_upgrade``, which an ordinary start fixes).
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseError("db_missing", path=str(path))
    if not _looks_like_sqlite(path):
        raise DatabaseError("db_not_sqlite", path=str(path))
    try:
        mode, uri = read_uri(path)
    except sqlite3.Error as exc:  # locked, damaged: words, never a traceback
        raise DatabaseError("db_read_failed", path=str(path), detail=str(exc)) from exc
    engine = _read_only_engine(path, uri)
    try:
        revision = current_revision(engine)
    except Exception:
        engine.dispose()
        raise
    if revision != HEAD_REVISION:
        engine.dispose()
        if mode == "":  # room to write: the ordinary open migrates it
            return open_database(path)
        raise DatabaseError("db_needs_upgrade", path=str(path))
    return _database(engine, path, read_only=mode)


def open_database(path: Path | None, *, create: bool = False) -> Database:
    """Open (and migrate) the station database at ``path``.

    ``path=None`` opens a fresh in-memory database, used by tests.
    Without ``create`` a missing file is an error rather than a new empty station.
    """
    if path is not None:
        path = Path(path)
        if not path.exists():
            if not create:
                raise DatabaseError("db_missing", path=str(path))
            # Owner-only: it holds voters' IINs (SQLite gives -wal/-shm the file's mode).
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        elif not _looks_like_sqlite(path):
            raise DatabaseError("db_not_sqlite", path=str(path))
    before = {s: _side(path, s).exists() for s in ("-wal", "-shm")} if path else {}
    engine = make_engine(path)
    try:
        migrate(engine, None if path is None else lambda rev: copy_before_upgrade(path, rev))
    except Exception:
        engine.dispose()
        if path is not None:  # e.g. a full disk: no truncated -shm left for the next start
            _remove_new_sidecars(path, before)
        raise
    return _database(engine, path)


BEFORE_UPGRADE_FOLDER = Path("backups") / "before-upgrade"


def copy_before_upgrade(path: Path, revision: str) -> Path:
    """A copy of the station as an older version left it, before a newer one migrates it:
    ``backups/before-upgrade/<stem>_schema-<revision>_<UTC time>.sqlite3`` beside the
    database (owner-only, fsynced; never pruned). Made with SQLite's backup API, so a
    WAL the older version left is in it. Raises :class:`DatabaseError`
    ``db_upgrade_copy_failed`` (the database untouched) when it cannot be written:
    no migration runs without it."""
    folder = Path(path).absolute().parent / BEFORE_UPGRADE_FOLDER
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{safe_file_stem(Path(path).stem)}_schema-{revision}_{stamp}.sqlite3"
    tmp = target.with_name("." + target.name + ".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        with contextlib.closing(connect_read_only(path)) as src, \
                contextlib.closing(sqlite3.connect(tmp)) as copy:
            src.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DatabaseError("db_upgrade_copy_failed", path=str(folder),
                            detail=str(exc)) from exc
    return target


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def user_data_folder() -> Path:
    """The user data folder the stations live in (platformdirs: ``~/.local/share/precinct``
    on Linux, ``%LOCALAPPDATA%\\precinct`` on Windows)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("precinct", appauthor=False))


def default_db_path(election_id: str | None = None) -> Path:
    """Where the station database lives unless ``--db``/``PRECINCT_DB`` says otherwise.

    One file per election in the user data directory; ``current`` points at the
    most recently created one so the app and the CLI find it without arguments.
    """
    base = user_data_folder()
    if election_id is None:
        pointer = base / "current"
        if pointer.exists():
            name = pointer.read_text(encoding="utf-8").strip()
            if name:
                return base / name
        return base / "station.sqlite3"
    return base / f"{safe_file_stem(election_id)}.sqlite3"


def software_folders(db_path: Path) -> tuple[Path, ...]:
    """The folders this software made for the station at ``db_path``, whose modes it
    watches: the user data folder when the database is in it (a folder the user chose,
    such as /tmp, is theirs)."""
    base = user_data_folder()
    try:
        inside = Path(db_path).absolute().parent.resolve() == base.resolve()
    except OSError:
        return ()
    return (base,) if inside else ()


def remember_current(path: Path) -> None:
    """Make ``path`` the station opened by default next time (same folder only)."""
    base = user_data_folder()
    if path.parent.resolve() == base.resolve():
        tmp = base / "current.tmp"
        tmp.write_text(path.name, encoding="utf-8")
        os.replace(tmp, base / "current")


def safe_file_stem(text: str) -> str:
    """ASCII letters, digits, dash and underscore only (safe on FAT32/exFAT)."""
    cleaned = "".join(c if (c.isascii() and (c.isalnum() or c in "-_")) else "_" for c in text)
    return cleaned.strip("_") or "station"


def resolve_db_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--db`` first, then ``PRECINCT_DB``, then the user data directory."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("PRECINCT_DB")
    if env:
        return Path(env)
    return default_db_path()


def bulk_insert(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many plain rows in the session's transaction, as fast as the backend allows.

    On SQLite this is the driver's own ``executemany`` (values must already be in
    storage form: dates as ISO text); elsewhere a Core ``insert``.
    """
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(sql, rows)
        except sqlite3.Error as exc:
            # Callers handle SQLAlchemy's errors (a full disk among them), not the driver's.
            raise DBAPIError.instance(sql, None, exc, sqlite3.Error) from exc
        finally:
            cursor.close()
        return
    connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
