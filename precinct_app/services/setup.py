"""Creating the station from an election package, its voter list included, in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from precinct_app.db import Database
from precinct_app.services import station as station_service
from precinct_app.services.clock import Clock
from precinct_app.services.package import ElectionPackage
from precinct_app.services.station import StationInfo
from precinct_app.services.voter_import import (
    CancelFn,
    ImportPreview,
    ProgressFn,
    apply_import,
    read_voter_bytes,
)


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
            voting_day=dt.date.fromisoformat(package.election["election"]["date"]),
            progress=progress,
            should_cancel=should_cancel,
        )
    imported = 0
    with db.transaction() as session:
        station_service.create_station(
            session,
            clock,
            package.election,
            package.forms,
            db_path=db_path,
            is_demo=is_demo,
            source=package.source,
        )
        if preview is not None:
            imported = apply_import(session, clock, preview, actor=actor).imported
        info = station_service.load_station(session)
    return InitResult(station=info, preview=preview, imported=imported)
