"""Voter list import (formats.md section 2). INTERFACE STUB: being implemented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError

ProgressFn = Callable[[int, int], None]  # (done, total)
CancelFn = Callable[[], bool]  # True: stop now


class ImportRejected(DomainError):
    """The whole file cannot be imported (unreadable, no header, a required column missing...)."""


class ImportCancelled(DomainError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class VoterRecord:
    """An accepted row, normalised."""

    line: int
    list_no: int
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: dt.date
    address: str
    section: str


@dataclass(frozen=True)
class RejectedRow:
    """A rejected row: where, why (a code with data), and what it held."""

    line: int
    reason: str
    params: dict[str, Any] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do; nothing is written until :func:`apply_import`."""

    source: str
    file_format: str  # "csv" | "xlsx"
    encoding: str | None
    delimiter: str | None
    columns: tuple[str, ...]
    accepted: tuple[VoterRecord, ...]
    rejected: tuple[RejectedRow, ...]


@dataclass(frozen=True)
class ImportResult:
    """What :func:`apply_import` wrote."""

    imported: int
    rejected: int


def read_voter_bytes(
    data: bytes,
    name: str,
    *,
    voting_day: dt.date,
    existing_iins: frozenset[str] | set[str] = frozenset(),
    existing_list_numbers: frozenset[int] | set[int] = frozenset(),
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ImportPreview:
    """Parse and validate a voter file's bytes; pure, no database."""
    raise NotImplementedError


def preview_import(
    session: Session,
    path: Path,
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ImportPreview:
    """Read ``path`` against the station in ``session`` (voting day, IINs already on the list)."""
    raise NotImplementedError


def apply_import(
    session: Session,
    clock: Clock,
    preview: ImportPreview,
    *,
    actor: str = "system",
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ImportResult:
    """Write the accepted rows and one audit event, in the caller's transaction."""
    raise NotImplementedError
