"""Creating the station from an election package, its voter list included, in one transaction."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from precinct_app.db import Database, open_database
from precinct_app.services import pins
from precinct_app.services import station as station_service
from precinct_app.services.clock import Clock
from precinct_app.services.durable import fsync_dir
from precinct_app.services.file_modes import create_private
from precinct_app.services.keys import key_path_for
from precinct_app.services.package import ElectionPackage
from precinct_app.services.station import StationInfo
from precinct_app.services.voter_import import (
    CancelFn,
    ImportPreview,
    ProgressFn,
    apply_import,
    read_voter_bytes,
)

T = TypeVar("T")
_SIDE = ("-wal", "-shm", "-journal")


def building_name(path: Path) -> Path:
    """Where a new station is built before it takes its name: hidden, ``.tmp``, same folder
    (so the final rename is atomic), and never taken for a station by a later start."""
    return path.with_name(f".{path.name}.building.tmp")


def create_aside(path: Path, build: Callable[[Database, Path], T]) -> T:
    """Build a new station at a temp name beside ``path``, then rename it into place.

    ``build(db, path)`` fills the database (the key goes beside the final ``path``). A
    refusal, a crash or a kill part-way leaves no file named ``path``: a later start
    finds no station and offers the start screen. The files are owner-only (0600) in an
    owner-only folder when it is new (0700): they hold voters' IINs. When ``path``
    already exists (an earlier set-up's empty database) the build goes on in place, as
    the package's own checks refuse a second station.
    """
    path = Path(path)
    if path.exists():
        return _build_in_place(path, build)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = building_name(path)
    key = key_path_for(path)
    key_existed = key.exists()
    _remove(tmp)  # a killed earlier attempt
    create_private(tmp)  # before SQLite opens it: its -wal and -shm take the same mode
    try:
        db = open_database(tmp)
        try:
            result = build(db, path)
        finally:
            db.dispose()  # the last connection folds the WAL in: one file to rename
        if path.exists():  # another set-up won the race: never replace a station
            raise FileExistsError(17, os.strerror(17), str(path))
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        if not key_existed:
            key.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return result


def _build_in_place(path: Path, build: Callable[[Database, Path], T]) -> T:
    key = key_path_for(path)
    key_existed = key.exists()
    db = open_database(path)
    try:
        return build(db, path)
    except BaseException:
        if not key_existed:  # no orphan key beside a refused set-up
            key.unlink(missing_ok=True)
        raise
    finally:
        db.dispose()


def _remove(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in _SIDE)):
        with contextlib.suppress(OSError):
            candidate.unlink()


@dataclass(frozen=True)
class InitResult:
    """The new station and, when the package carried a list, what its import did."""

    station: StationInfo
    preview: ImportPreview | None
    imported: int


def init_station(
    db: Database,
    clock: Clock,
    package: ElectionPackage,
    *,
    db_path: Path | None,
    is_demo: bool = False,
    actor: str = "system",
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> InitResult:
    """Create the station (and import the package's voter list) as one user action.

    A whole-file problem with the list (``ImportRejected``) rolls the station back
    too: nothing is created from a package that cannot be used as handed over.
    """
    preview: ImportPreview | None = None
    if package.voter_file_bytes is not None:
        preview = read_voter_bytes(
            package.voter_file_bytes,
            package.voter_file_name or "voters",
            voting_day=package.election.date,
            progress=progress,
            should_cancel=should_cancel,
        )
    imported = 0
    with db.transaction() as session:
        station_service.create_station(
            session,
            clock,
            package,
            db_path=db_path,
            is_demo=is_demo,
        )
        if is_demo:  # every demo member's PIN is 1234 (training only, docs/formats.md §7)
            pins.set_demo_pins(session, clock, (m.id for m in package.election.commission))
        if preview is not None:
            imported = apply_import(session, clock, preview, actor=actor).imported
        info = station_service.load_station(session)
    return InitResult(station=info, preview=preview, imported=imported)
