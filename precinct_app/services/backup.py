"""Backups of the station database: written, kept, checked and restored (issue 5, item 6).

A backup is made with the SQLite backup API from the live database file (never a
file copy, so a half-written WAL can never leave a mixed copy) through a connection
of its own: it works while the desks keep issuing, because a WAL reader never
blocks a writer and the one-step copy is a consistent snapshot. Each backup is:

1. copied into ``dest/.<name>.tmp`` and switched to a rollback journal (a single
   self-contained file that opens read-only, even on a write-protected stick);
2. checked with ``PRAGMA integrity_check`` (it must say ``ok``);
3. fsynced, its SHA-256 written beside it (``<name>.sha256``, sha256sum format),
   renamed to ``dest/<db stem>_<YYYYMMDDTHHMMSS>_<reason>[_<n>].sqlite3`` and the
   folder fsynced. Nothing half-written is ever left under a final name.

The time in the name is station time (the election's time zone); ``_<n>`` numbers
the backups taken within the same second, so the newest is always the last in
(stamp, n) order. Only the newest ``keep`` backups of this station are kept, and the
newest one of each phase change (reason ``phase-<phase>``): the day's milestones.

The station's private key (``<db>.key``) is never copied into a backup and never
touched by :func:`restore`: it never leaves the station's data folder.

Qt-free; no function here takes a Session: each opens its own sqlite3 connection.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import shutil
import sqlite3
import stat
import time
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from precinct_app import db as dbmod
from precinct_app.services import audit, keys, safe_files
from precinct_app.services.clock import Clock
from precinct_app.services.durable import file_sha256, fsync_dir, fsync_file, write_synced
from precinct_app.services.errors import DomainError
from precinct_app.services.file_modes import create_private
from precinct_app.services.station import Member

DEFAULT_KEEP = 5
DEFAULT_FOLDER = "backups"
PHASE_PREFIX = "phase-"  # the reason of a backup taken at a phase change ("phase-signed")
SUFFIX = ".sqlite3"
CHECKSUM_SUFFIX = ".sha256"
_STAMP = "%Y%m%dT%H%M%S"
MAX_CHECKSUM_BYTES = 4096  # "<64 hex>  <name>\n"
MAX_BACKUP_BYTES = 4 << 30  # a station database is tens of MB; a backup is hashed in chunks
_CANCEL_EVERY = 1000  # SQLite virtual machine steps between two questions to ``cancel``
_STAMP_IN_NAME = re.compile(r"_(\d{8}T\d{6})_")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_MS = dbmod.BUSY_TIMEOUT_MS
_SPACE_MARGIN = 1 << 20  # the journal and the checksum file need a little more
_SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(DomainError):
    """A backup could not be written, checked or restored (``code`` says why)."""


@dataclass(frozen=True)
class BackupCheck:
    """What :func:`check_backup` found: ``ok`` or the first problem (``code``, ``params``).

    The facts (phase, audit head, station) are filled in as far as the check got.
    ``checksum`` is True when the ``.sha256`` beside the file matched, None when there
    is none (a backup copied by hand: the structural checks still apply).
    """

    path: Path
    ok: bool
    code: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    checksum: bool | None = None
    revision: str | None = None
    election_id: str = ""
    precinct_number: str = ""
    timezone: str = "UTC"
    phase: str | None = None
    key_fingerprint: str = ""
    audit_events: int = 0
    audit_seq: int = 0
    audit_hash: str = audit.GENESIS_HASH
    last_event_at: dt.datetime | None = None  # UTC
    last_action: str | None = None

    def last_event_local(self) -> str:
        """The time of the newest audit event as HH:MM station time ("" when none)."""
        if self.last_event_at is None:
            return ""
        return self.last_event_at.astimezone(_zone(self.timezone)).strftime("%H:%M")


@dataclass(frozen=True)
class BackupResult:
    """One backup written and verified."""

    path: Path
    reason: str
    size: int
    taken_at: dt.datetime  # UTC
    phase: str | None
    audit_seq: int
    audit_hash: str
    removed: tuple[Path, ...]  # older backups of this station removed to keep ``keep``
    seconds: float


@dataclass(frozen=True)
class BackupInfo:
    """A backup of this station found in a folder (from its name; ``check`` when asked)."""

    path: Path
    stamp: str  # YYYYMMDDTHHMMSS, station time
    seq: int  # 1, 2, ... for backups taken within the same second
    reason: str
    size: int
    has_checksum: bool
    check: BackupCheck | None = None


@dataclass(frozen=True)
class RestoreResult:
    """A backup made the station database."""

    db_path: Path
    backup: Path
    replaced: Path | None  # where the database it replaced was kept (None: there was none)
    check: BackupCheck  # the restored station: phase, audit head, last event


# -- names -------------------------------------------------------------------------------


def default_backup_dir(db_path: Path) -> Path:
    """``backups`` beside the database: a fallback only, a real station uses a second medium."""
    return Path(db_path).absolute().parent / DEFAULT_FOLDER


def backup_prefix(db_path: Path) -> str:
    """The start of every backup name of this station (safe on FAT32/exFAT)."""
    return dbmod.safe_file_stem(Path(db_path).stem)


def reason_slug(reason: str) -> str:
    """A reason as it goes into a name: lower-case ASCII letters, digits and dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug[:40] or "manual"


def taken_in_name(path: Path) -> dt.datetime | None:
    """When a backup was taken (station time, naive), read from its name; None for a file
    named otherwise (a copy renamed by hand)."""
    match = _STAMP_IN_NAME.search(Path(path).name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), _STAMP)
    except ValueError:
        return None


def _pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(prefix)}_(\d{{8}}T\d{{6}})_([a-z0-9-]+)(?:_(\d+))?{re.escape(SUFFIX)}$"
    )


def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError):
        return dt.UTC


def _stamp(clock: Clock, timezone: str) -> str:
    return clock.now_utc().astimezone(_zone(timezone)).strftime(_STAMP)


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


# -- listing -----------------------------------------------------------------------------


def list_backups(dest: Path, db_path: Path, *, check: bool = False) -> list[BackupInfo]:
    """This station's backups in ``dest``, newest first; ``check`` runs :func:`check_backup`."""
    dest = Path(dest)
    pattern = _pattern(backup_prefix(db_path))
    try:
        names = os.listdir(dest)
    except (FileNotFoundError, NotADirectoryError):
        return []
    found: list[BackupInfo] = []
    for name in names:
        match = pattern.match(name)
        path = dest / name
        if match is None or not path.is_file():
            continue
        found.append(
            BackupInfo(
                path=path,
                stamp=match.group(1),
                seq=int(match.group(3) or 1),
                reason=match.group(2),
                size=path.stat().st_size,
                has_checksum=_side(path, CHECKSUM_SUFFIX).exists(),
                check=check_backup(path) if check else None,
            )
        )
    found.sort(key=lambda b: (b.stamp, b.seq), reverse=True)
    return found


def _next_name(dest: Path, prefix: str, stamp: str, slug: str) -> str:
    pattern = _pattern(prefix)
    used = [
        int(m.group(3) or 1)
        for m in (pattern.match(n) for n in os.listdir(dest))
        if m is not None and m.group(1) == stamp
    ]
    seq = max(used, default=0) + 1
    # A fixed clock (training) takes many backups within "one second": numbered on.
    while True:
        name = f"{prefix}_{stamp}_{slug}" + (f"_{seq}" if seq > 1 else "") + SUFFIX
        if not (dest / name).exists() and not (dest / f".{name}.tmp").exists():
            return name
        seq += 1


# -- low-level helpers -------------------------------------------------------------------


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == _SQLITE_MAGIC


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """A connection of our own; ``mode`` ``ro`` or ``rw`` (never creates a missing file)."""
    conn = sqlite3.connect(
        f"{Path(path).absolute().as_uri()}?mode={mode}", uri=True,
        timeout=_BUSY_MS / 1000, check_same_thread=False,
    )
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
    return conn


def _new_file(path: Path) -> sqlite3.Connection:
    create_private(path)  # owner-only before SQLite writes a byte: a backup holds IINs
    conn = sqlite3.connect(str(path), timeout=_BUSY_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
    return conn


def _integrity(conn: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA integrity_check`` says ok, else its first complaint."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return None if rows == ["ok"] else (rows[0] if rows else "no answer")


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        for candidate in (path, *(_side(path, s) for s in _SIDE_FILES)):
            with suppress(OSError):
                candidate.unlink()


def _station_timezone(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT timezone FROM station WHERE id = 1").fetchone()
    except sqlite3.Error:
        return "UTC"
    return str(row[0]) if row and row[0] else "UTC"


def _detail(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


# -- backup ------------------------------------------------------------------------------


def backup_now(
    db_path: Path, dest: Path, clock: Clock, *, reason: str, keep: int = DEFAULT_KEEP
) -> BackupResult:
    """Write one verified backup of the live database ``db_path`` into ``dest``.

    ``reason`` goes into the name (``timer``, ``manual``, ``phase-voting-open``...).
    Afterwards only the newest ``keep`` backups of this station stay in ``dest``, with
    the newest of each phase change.
    Raises :class:`BackupError` (nothing under a final name, earlier backups kept).
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    started = time.perf_counter()
    if keep < 1:
        raise BackupError("backup_keep_invalid", keep=keep)
    db_path, dest = Path(db_path).absolute(), Path(dest).absolute()
    if not db_path.is_file() or not _looks_like_sqlite(db_path):
        raise BackupError("backup_source_missing", path=str(db_path))
    try:
        dest.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not dest.is_dir():
            raise NotADirectoryError(20, os.strerror(20), str(dest))
    except OSError as exc:
        raise BackupError("backup_dest_unusable", path=str(dest), detail=_detail(exc)) from exc
    slug = reason_slug(reason)
    tmp: Path | None = None
    sidecar_tmp: Path | None = None
    try:
        # Read without writing: a backup to a stick must work on a full station disk.
        with closing(dbmod.connect_read_only(db_path)) as src:
            timezone = _station_timezone(src)
            page_size = src.execute("PRAGMA page_size").fetchone()[0]
            pages = src.execute("PRAGMA page_count").fetchone()[0]
            need = int(page_size) * int(pages) + _SPACE_MARGIN
            free = shutil.disk_usage(dest).free
            if free < need:
                raise BackupError("backup_no_space", path=str(dest), need=need, free=free)
            taken = clock.now_utc()
            name = _next_name(dest, backup_prefix(db_path), _stamp(clock, timezone), slug)
            tmp = dest / f".{name}.tmp"
            _remove_quietly(tmp)
            with closing(_new_file(tmp)) as copy:
                src.backup(copy)  # one step: a consistent snapshot, writers carry on (WAL)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        fsync_file(tmp)
        final = dest / name
        facts = check_backup(tmp)  # integrity_check, station, audit chain of the copy
        if not facts.ok:
            detail = str(facts.params.get("detail", facts.code))
            raise BackupError("backup_copy_damaged", path=str(dest), detail=detail)
        sidecar = _side(final, CHECKSUM_SUFFIX)
        sidecar_tmp = dest / f".{sidecar.name}.tmp"
        write_synced(sidecar_tmp, f"{file_sha256(tmp)}  {name}\n".encode("ascii"))
        # The checksum first: a crash between the two renames leaves an orphan .sha256
        # (removed by the next backup), never a backup under its name without its sum.
        os.replace(sidecar_tmp, sidecar)
        os.replace(tmp, final)
        fsync_dir(dest)
    except BackupError:
        _remove_quietly(*(p for p in (tmp, sidecar_tmp) if p is not None))
        raise
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(*(p for p in (tmp, sidecar_tmp) if p is not None))
        raise BackupError("backup_failed", path=str(dest), detail=_detail(exc)) from exc
    removed = _prune(dest, db_path, keep)
    return BackupResult(
        path=final, reason=slug, size=final.stat().st_size, taken_at=taken, phase=facts.phase,
        audit_seq=facts.audit_seq, audit_hash=facts.audit_hash, removed=removed,
        seconds=time.perf_counter() - started,
    )


def _milestones(backups: list[BackupInfo]) -> set[Path]:
    """The newest backup taken at each phase change: the day's milestones (at most one
    per phase), kept beyond ``keep`` so that, say, the state at closing survives the
    evening's timed backups."""
    newest: dict[str, Path] = {}
    for info in backups:  # newest first
        if info.reason.startswith(PHASE_PREFIX):
            newest.setdefault(info.reason, info.path)
    return set(newest.values())


def _prune(dest: Path, db_path: Path, keep: int) -> tuple[Path, ...]:
    return prune(dest, list_backups(dest, db_path), _pattern(backup_prefix(db_path)), keep)


def prune(dest: Path, backups: list[BackupInfo], pattern: re.Pattern[str],
          keep: int) -> tuple[Path, ...]:
    """Remove all but the newest ``keep`` of ``backups`` (newest first) and the newest of
    each phase change, with their checksums, and checksums whose backup (a name
    ``pattern`` matches) is gone after an interrupted write (best effort). The SQLite
    backups and the server's dumps (services/server_backup.py) alike."""
    removed: list[Path] = []
    milestones = _milestones(backups)
    for old in backups[keep:]:
        if old.path in milestones:
            continue
        try:
            old.path.unlink()
        except OSError:
            continue
        with suppress(OSError):
            _side(old.path, CHECKSUM_SUFFIX).unlink()
        removed.append(old.path)
    with suppress(OSError):
        for name in os.listdir(dest):
            if name.endswith(CHECKSUM_SUFFIX):
                base = name[: -len(CHECKSUM_SUFFIX)]
                if pattern.match(base) and not (dest / base).exists():
                    with suppress(OSError):
                        (dest / name).unlink()
    if removed:
        fsync_dir(dest)
    return tuple(removed)


# -- check -------------------------------------------------------------------------------


@functools.cache  # the migrations shipped with this version: read once per process
def _known_revisions() -> frozenset[str]:
    from alembic.config import Config  # on first use: Alembic is slow to import
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(dbmod.MIGRATIONS_DIR))
    return frozenset(rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions())


def _read_checksum(path: Path) -> str | None:
    """The ``.sha256`` beside the backup; None when there is none. A sidecar that is not
    a small regular file (a FIFO would hang a plain read) raises UnsafeFile."""
    sidecar = _side(path, CHECKSUM_SUFFIX)
    if not os.path.lexists(sidecar):
        return None
    raw = safe_files.read_bytes(sidecar, MAX_CHECKSUM_BYTES)
    line = raw.decode("ascii", errors="replace").strip()
    return line.split()[0].lower() if line else ""


def _magic_ok(path: Path) -> bool:
    """The SQLite header, read from a regular file (never a FIFO, device or link)."""
    with safe_files.open_regular(path) as (fd, _size):
        return os.read(fd, len(_SQLITE_MAGIC)) == _SQLITE_MAGIC


def _cancellable(conn: sqlite3.Connection, cancel: safe_files.CancelFn | None) -> None:
    """Let ``cancel`` interrupt a long statement (the integrity check of a big file)."""
    if cancel is not None:
        conn.set_progress_handler(lambda: 1 if cancel() else 0, _CANCEL_EVERY)


def _stop_if_cancelled(cancel: safe_files.CancelFn | None) -> None:
    if cancel is not None and cancel():
        raise BackupError("restore_cancelled")


@contextmanager
def _read_session(conn: sqlite3.Connection) -> Iterator[Session]:
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def check_backup(path: Path, *, cancel: safe_files.CancelFn | None = None) -> BackupCheck:
    """Is ``path`` a sound backup of a station this software can open?

    In order: the file is there and is SQLite; its ``.sha256`` (when present) matches;
    ``PRAGMA integrity_check`` says ok; it carries an Alembic revision this software
    knows and a station; its audit chain is intact up to its recorded head. The file is
    opened read-only and never changed. Never raises for a bad backup: ``ok`` is False
    and ``code``/``params`` word the first problem (the messages in ``messages.backup``).
    Only a regular file is read (a FIFO, device or link on a stick is refused by its
    kind, ``backup_not_regular``); ``cancel`` stops the check (``restore_cancelled``).
    """
    path = Path(path).absolute()
    where = {"path": str(path)}
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return BackupCheck(path, False, "backup_not_found", where)
    if not stat.S_ISREG(mode):
        return BackupCheck(path, False, "backup_not_regular",
                           {**where, "kind": safe_files.kind_of(mode)})
    try:
        if not _magic_ok(path):
            return BackupCheck(path, False, "backup_not_sqlite", where)
        expected = _read_checksum(path)
        checksum: bool | None = None
        if expected is not None:
            actual = safe_files.digest(path, limit=MAX_BACKUP_BYTES, keep=False,
                                       cancel=cancel)[1]
            checksum = expected == actual
            if not checksum:
                return BackupCheck(path, False, "backup_checksum_mismatch", where,
                                   checksum=False)
    except safe_files.UnsafeFile as exc:
        if exc.code == "file_cancelled":
            raise BackupError("restore_cancelled") from exc
        if exc.code == "file_not_regular":  # the .sha256 beside it
            return BackupCheck(path, False, "backup_not_regular",
                               {"path": str(_side(path, CHECKSUM_SUFFIX)), **exc.params})
        return BackupCheck(path, False, "backup_unreadable",
                           {**where, "detail": str(exc.params.get("detail", exc.code))})
    except OSError as exc:
        return BackupCheck(path, False, "backup_unreadable", {**where, "detail": _detail(exc)})
    try:
        conn = _connect(path, "ro")
    except sqlite3.Error as exc:
        return BackupCheck(path, False, "backup_unreadable", {**where, "detail": _detail(exc)},
                           checksum=checksum)
    with closing(conn):
        _cancellable(conn, cancel)
        try:
            problem = _integrity(conn)
        except sqlite3.Error as exc:
            _stop_if_cancelled(cancel)
            problem = _detail(exc)
        if problem is not None:
            return BackupCheck(path, False, "backup_damaged", {**where, "detail": problem},
                               checksum=checksum)
        result = _check_station(path, conn, checksum)
        if not result.ok:  # an interrupted query reads as a damaged station: it was not
            _stop_if_cancelled(cancel)
        return result


def _check_station(path: Path, conn: sqlite3.Connection, checksum: bool | None) -> BackupCheck:
    where = {"path": str(path)}
    try:
        with _read_session(conn) as session:
            engine = session.get_bind()
            revision = dbmod.current_revision(engine)  # type: ignore[arg-type]
            if revision is None:
                return BackupCheck(path, False, "backup_not_station", where, checksum=checksum)
            if revision not in _known_revisions():
                return BackupCheck(path, False, "backup_too_new",
                                   {**where, "revision": revision, "known": dbmod.head_revision()},
                                   checksum=checksum, revision=revision)
            row = session.execute(text(
                "SELECT election_id, precinct_number, timezone, phase FROM station WHERE id = 1"
            )).first()
            if row is None:
                return BackupCheck(path, False, "backup_not_station", where, checksum=checksum,
                                   revision=revision)
            try:
                fingerprint = session.execute(
                    text("SELECT key_fingerprint FROM station WHERE id = 1")
                ).scalar() or ""
            except SQLAlchemyError:
                fingerprint = ""
            facts: dict[str, Any] = {
                "checksum": checksum, "revision": revision, "election_id": row[0],
                "precinct_number": row[1], "timezone": row[2], "phase": row[3],
                "key_fingerprint": str(fingerprint),
            }
            report = audit.verify_chain(session)
            facts.update(audit_events=report.events, audit_seq=report.head.seq,
                         audit_hash=report.head.hash)
            if not report.ok:
                return BackupCheck(path, False, "backup_audit_broken",
                                   {**where, "seq": report.broken_seq, "problem": report.problem},
                                   **facts)
            last = session.execute(
                text("SELECT at, action FROM audit_event WHERE seq = :seq"),
                {"seq": report.head.seq},
            ).first()
    except SQLAlchemyError as exc:
        return BackupCheck(path, False, "backup_not_station",
                           {**where, "detail": _detail(exc)}, checksum=checksum)
    if last is not None:
        facts.update(last_event_at=dt.datetime.fromisoformat(str(last[0]).replace("Z", "+00:00")),
                     last_action=str(last[1]))
    return BackupCheck(path, True, **facts)


# -- restore -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreLoss:
    """What the station has recorded that the backup lacks: the audit events after the
    backup's head, counted per action (``counts``, in the order first met).

    ``current`` is the health of the database now at the station's path (``ok``,
    ``missing``, ``damaged``); only an ``ok`` one can be compared. ``diverged`` when the
    station's event at the backup's head is not the backup's (another history).
    """

    current: str
    counts: tuple[tuple[str, int], ...] = ()
    first: int = 0
    last: int = 0
    diverged: bool = False
    common: int = 0  # the last audit event the two share

    @property
    def events(self) -> int:
        """How many recorded events the restore would take back."""
        return sum(n for _action, n in self.counts)

    def payload(self) -> dict[str, Any]:
        """As the ``backup.restored`` event records it."""
        return {"database_was": self.current, "events_lost": self.events,
                "lost": dict(self.counts), "diverged": self.diverged}


def backup_commission(path: Path) -> tuple[Member, ...]:
    """The commission as the backup at ``path`` lists it (who may restore it)."""
    try:
        with closing(_connect(Path(path).absolute(), "ro")) as conn:
            rows = conn.execute(
                "SELECT id, name, role FROM commission_member ORDER BY position, id"
            ).fetchall()
    except sqlite3.Error:
        return ()
    return tuple(Member(str(r[0]), str(r[1]), str(r[2])) for r in rows)


def backup_pin_hash(path: Path, member_id: str) -> str | None:
    """The member's stored PIN hash in the backup at ``path`` (None: none, or unreadable).

    Read only: a restore onto a missing station proves the chair against the backup.
    """
    try:
        with closing(_connect(Path(path).absolute(), "ro")) as conn:
            row = conn.execute("SELECT pin_hash FROM member_pin WHERE member_id = ?",
                               (member_id,)).fetchone()
    except sqlite3.Error:  # an older backup has no member_pin table
        return None
    return str(row[0]) if row is not None and row[0] is not None else None


def _require_chair(backup: Path, member: str | None) -> Member:
    """The chair named ``member``, from the backup's commission; refused otherwise."""
    if not member:
        raise BackupError("restore_needs_chair")
    found = next((m for m in backup_commission(backup) if m.id == member), None)
    if found is None:
        raise BackupError("member_unknown", member=member)
    if found.role != "chair":
        raise BackupError("restore_not_chair", member=found.id, name=found.name,
                          role=found.role)
    return found


def restore_loss(check: BackupCheck, db_path: Path) -> RestoreLoss:
    """Compare the backup (its checked head) with the station now at ``db_path``.

    Read only, without writing to the station's disk (it may be full).
    """
    health = database_health(db_path)
    if health != "ok":
        return RestoreLoss(current=health)
    try:
        with closing(dbmod.connect_read_only(Path(db_path))) as conn:
            at_head = conn.execute("SELECT hash FROM audit_event WHERE seq = ?",
                                   (check.audit_seq,)).fetchone()
            diverged = check.audit_seq > 0 and (at_head is None
                                                or str(at_head[0]) != check.audit_hash)
            common = check.audit_seq
            if diverged:
                common = _last_common(conn, check.path)
            rows = conn.execute(
                "SELECT action, count(*), min(seq), max(seq) FROM audit_event WHERE seq > ? "
                "GROUP BY action ORDER BY min(seq)", (common,)
            ).fetchall()
    except (sqlite3.Error, DomainError):
        return RestoreLoss(current="damaged")
    counts = tuple((str(r[0]), int(r[1])) for r in rows)
    return RestoreLoss(
        current="ok", counts=counts, first=min((int(r[2]) for r in rows), default=0),
        last=max((int(r[3]) for r in rows), default=0), diverged=bool(diverged),
        common=common,
    )


def _last_common(conn: sqlite3.Connection, backup: Path) -> int:
    """The last seq at which the station's chain and the backup's carry the same hash."""
    try:
        with closing(_connect(backup, "ro")) as other:
            theirs = dict(other.execute("SELECT seq, hash FROM audit_event").fetchall())
    except sqlite3.Error:
        return 0
    common = 0
    for seq, digest in conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq"):
        if theirs.get(seq) != digest:
            break
        common = int(seq)
    return common


def plan_restore(backup: Path, db_path: Path, member: str | None) -> tuple[BackupCheck,
                                                                           RestoreLoss]:
    """Everything :func:`restore` checks before it writes, and what it would take back:
    shown to the chair, who confirms before the station is replaced."""
    backup, db_path = Path(backup).absolute(), Path(db_path).absolute()
    check = _checked(backup, db_path)
    _require_chair(backup, member)
    return check, restore_loss(check, db_path)


def _current_station(db_path: Path) -> tuple[str, str] | None:
    """(election id, precinct) of the database now at ``db_path``, None if unreadable."""
    if not db_path.is_file() or database_health(db_path) != "ok":
        return None
    try:  # read-write: a read-only connection would leave -wal and -shm files behind
        with closing(_connect(db_path, "rw")) as conn:
            row = conn.execute(
                "SELECT election_id, precinct_number FROM station WHERE id = 1"
            ).fetchone()
    except sqlite3.Error:
        return None
    return (str(row[0]), str(row[1])) if row else None


def _unique_aside(db_path: Path, stamp: str) -> Path:
    base = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
    candidate, n = base, 1
    while any(_side(candidate, s).exists() for s in ("", *_SIDE_FILES)):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def _checked(backup: Path, db_path: Path,
             cancel: safe_files.CancelFn | None = None) -> BackupCheck:
    """The backup's check, refused (nothing written) unless it may replace ``db_path``."""
    if db_path.exists() and backup.exists() and backup.resolve() == db_path.resolve():
        raise BackupError("restore_onto_itself", path=str(db_path))
    check = check_backup(backup, cancel=cancel)
    if not check.ok:
        raise BackupError(check.code or "backup_damaged", **check.params)
    key_file = keys.key_path_for(db_path)
    if key_file.exists() and check.key_fingerprint:
        try:
            station_key = keys.fingerprint(keys.load_key(key_file).public_key())
        except (ValueError, TypeError) as exc:  # not a PEM key at all
            raise BackupError("restore_key_unreadable", path=str(key_file)) from exc
        if station_key != check.key_fingerprint:
            raise BackupError("restore_key_mismatch", path=str(key_file),
                              backup_key=check.key_fingerprint, station_key=station_key)
    current = _current_station(db_path)
    if current is not None and current != (check.election_id, check.precinct_number):
        raise BackupError("restore_other_station", path=str(db_path),
                          election=check.election_id, precinct=check.precinct_number,
                          current_election=current[0], current_precinct=current[1])
    return check


def restore(backup: Path, db_path: Path, *, member: str | None,
            clock: Clock | None = None,
            cancel: safe_files.CancelFn | None = None) -> RestoreResult:
    """Verify ``backup`` and make it the station database at ``db_path``.

    Refused (:class:`BackupError`, the current database untouched) when the backup
    fails :func:`check_backup`, is ``db_path`` itself, belongs to another station than
    a readable database at ``db_path``, or when the key beside ``db_path`` is not the
    backup's station key. Otherwise the backup is written through the backup API into
    a temp file beside ``db_path``, checked again, and only then is the current
    database (with its ``-wal``/``-shm``, checkpointed first where possible) moved
    aside as ``<db>.replaced-<YYYYMMDDTHHMMSS>`` and the temp renamed into place.
    Only the chair (``member``, as the backup's commission lists them) may restore:
    it takes back what the station recorded after the backup (:func:`plan_restore`
    shows that first). The restored station's audit log gains ``backup.restored`` by
    that member (which backup, the head it held, whether the database was missing,
    damaged or sound, and the events it lacked, counted per action). The key file
    ``<db>.key`` is never touched. Call it while the station is not open. ``cancel``
    stops it (``restore_cancelled``) until the moment the files are swapped.
    """
    clock = clock or Clock()
    backup, db_path = Path(backup).absolute(), Path(db_path).absolute()
    check = _checked(backup, db_path, cancel)
    chair = _require_chair(backup, member)
    loss = restore_loss(check, db_path)
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        _remove_quietly(tmp)
        def copied(_status: int, _remaining: int, _total: int) -> None:
            _stop_if_cancelled(cancel)  # raised here, the copy stops

        with closing(_connect(backup, "ro")) as src, closing(_new_file(tmp)) as copy:
            src.backup(copy, pages=1024, progress=copied)
            copy.execute("PRAGMA journal_mode = DELETE")
        fsync_file(tmp)
        again = check_backup(tmp)
        if not again.ok or (again.audit_seq, again.audit_hash) != (check.audit_seq,
                                                                   check.audit_hash):
            raise BackupError("restore_copy_damaged", path=str(tmp),
                              detail=again.code or "audit head differs")
        _record_restore(tmp, clock, backup, chair.id, loss, check)
        recorded = check_backup(tmp)
        if not recorded.ok or recorded.audit_seq != check.audit_seq + 1:
            raise BackupError("restore_copy_damaged", path=str(tmp),
                              detail=recorded.code or "restore event missing")
        with closing(_new_file(tmp)) as copy:
            copy.execute("PRAGMA journal_mode = WAL")  # as every station connection sets it
        fsync_file(tmp)
        _stop_if_cancelled(cancel)  # the last moment: after it, the files are swapped
    except BackupError:
        _remove_quietly(tmp, _side(tmp, "-wal"), _side(tmp, "-shm"))
        raise
    except (sqlite3.Error, SQLAlchemyError, DomainError, OSError) as exc:
        _remove_quietly(tmp, _side(tmp, "-wal"), _side(tmp, "-shm"))
        raise BackupError("restore_failed", path=str(db_path), detail=_detail(exc)) from exc
    replaced = _set_aside(db_path, _stamp(clock, check.timezone), tmp)
    try:
        os.replace(tmp, db_path)
    except OSError as exc:
        _put_back(replaced, db_path)
        _remove_quietly(tmp)
        raise BackupError("restore_failed", path=str(db_path), detail=_detail(exc)) from exc
    fsync_dir(db_path.parent)
    return RestoreResult(db_path, backup, replaced, again)


def _record_restore(tmp: Path, clock: Clock, backup: Path, member: str, loss: RestoreLoss,
                    check: BackupCheck) -> None:
    """Append ``backup.restored`` to the copy's audit chain before it goes into place.

    Observers and the higher commission see in the exported log that the station went
    back to a backup, and which events the replaced database may have held after it.
    """
    db = dbmod.open_database(tmp)  # also migrates a backup taken by an older version
    try:
        with db.transaction() as session:
            audit.record(session, clock, member, "backup.restored", {
                "backup": safe_files.printable(backup.name), "backup_seq": check.audit_seq,
                "backup_hash": check.audit_hash, **loss.payload(),
            })
    finally:
        db.dispose()
    with closing(_connect(tmp, "rw")) as conn:  # fold the WAL back: one self-contained file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")


def _set_aside(db_path: Path, stamp: str, tmp: Path) -> Path | None:
    """Move the current database and its side files aside; None when there was none."""
    present = [s for s in ("", *_SIDE_FILES) if _side(db_path, s).exists()]
    if not present:
        return None
    if "" in present and "-wal" in present and database_health(db_path) == "ok":
        # Fold the WAL into a sound file, so the kept database stands on its own; a
        # damaged one is moved as it is, its WAL beside it under the matching name.
        with suppress(sqlite3.Error), closing(_connect(db_path, "rw")) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    aside = _unique_aside(db_path, stamp)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *_SIDE_FILES):  # main file first: never an old WAL on a new file
            source = _side(db_path, suffix)
            if source.exists():
                os.replace(source, _side(aside, suffix))
                moved.append((source, _side(aside, suffix)))
    except OSError as exc:
        for source, target in reversed(moved):
            with suppress(OSError):
                os.replace(target, source)
        _remove_quietly(tmp)
        raise BackupError("restore_failed", path=str(db_path), detail=_detail(exc)) from exc
    fsync_dir(db_path.parent)
    return aside if _side(aside, "").exists() else None


def _put_back(aside: Path | None, db_path: Path) -> None:
    if aside is None:
        return
    for suffix in ("", *_SIDE_FILES):
        with suppress(OSError):
            if _side(aside, suffix).exists():
                os.replace(_side(aside, suffix), _side(db_path, suffix))


# -- health ------------------------------------------------------------------------------


def database_health(db_path: Path) -> str:
    """``ok``, ``missing`` (no file, or an empty one) or ``damaged`` (integrity check).

    The GUI asks this before opening the station, and offers a restore when not ok.
    """
    path = Path(db_path)
    try:
        if not path.exists():
            return "missing"
        if not path.is_file():
            return "damaged"
        if path.stat().st_size == 0:
            return "missing"
        if not _looks_like_sqlite(path):
            return "damaged"
        # After a crash the newest ballots are in the WAL: a read-write connection would
        # fold it into the file when it closes, so the check reads without writing. A
        # cleanly closed file has no WAL, and rw leaves no empty -wal/-shm behind.
        mode = "ro" if _side(path, "-wal").exists() else "rw"
        with closing(_connect(path, mode)) as conn:
            return "ok" if _integrity(conn) is None else "damaged"
    except (sqlite3.Error, OSError):
        return "damaged"
