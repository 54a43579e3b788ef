"""What every command gets: the database path, the clock, the language, output helpers."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from precinct_app.db import (
    Database,
    open_database,
    open_read_only,
    resolve_db_path,
    software_folders,
)
from precinct_app.messages import text, user_language
from precinct_app.services.clock import Clock
from precinct_app.services.file_modes import too_wide

if TYPE_CHECKING:
    from precinct_app.services.laptop import Laptop


def hint(code: str, **params: Any) -> str:
    """The help of a command or option in the user's language (``--help``)."""
    return text(code, user_language(), **params)


class Failure(Exception):
    """A refusal already worded for the user: printed as the last stderr line."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


@dataclass
class CliContext:
    """The command's surroundings, built once from the parsed arguments."""

    db_arg: str | None
    lang: str
    _db: Database | None = field(default=None, repr=False)
    _clock: Clock | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace, lang: str) -> CliContext:
        """Context for the parsed command line."""
        return cls(db_arg=args.db, lang=lang)

    @property
    def db_path(self) -> Path:
        """``--db``, ``PRECINCT_DB`` or the default in the user data directory."""
        return resolve_db_path(self.db_arg)

    @property
    def clock(self) -> Clock:
        """The station clock (``PRECINCT_NOW`` honoured), held at its first reading.

        One command is one user action: every time it stores is the same instant.
        """
        if self._clock is None:
            self._clock = Clock.from_env().snapshot()
        return self._clock

    @property
    def opened(self) -> Database | None:
        """The database if this command has opened it (read-write), else None."""
        return self._db if self._db is not None and not self._db.read_only else None

    def on_server(self) -> Laptop | None:
        """This laptop's settings when it works on a station server (docs/formats.md §8)
        and no ``--db``/``PRECINCT_DB`` names a file instead; else None."""
        if self.db_arg or os.environ.get("PRECINCT_DB"):
            return None
        from precinct_app.services import laptop

        found = laptop.load()
        return found if found.on_server else None

    def _open_on_server(self) -> bool:
        here = self.on_server()
        if here is None:
            return False
        from precinct_app.services import station_server

        self._db = station_server.open_station(here)
        return True

    def open(self, *, create: bool = False) -> Database:
        """Open the station database (migrating it): the station server's on a desk."""
        if self._db is None and self._open_on_server():
            return cast(Database, self._db)
        if self._db is None:
            self.warn_wide_modes()  # before SQLite adds -wal/-shm of the same mode
            self._db = open_database(self.db_path, create=create)
        return self._db

    def open_read_only(self) -> Database:
        """Open the station for reading only: works on a full disk (and says so)."""
        if self._db is None and self._open_on_server():
            return cast(Database, self._db)
        if self._db is None:
            self.warn_wide_modes()
            self._db = open_read_only(self.db_path)
            if self._db.read_only:
                self.err(self.say("disk_full_read_only", path=self.db_path))
        return self._db

    def warn_wide_modes(self) -> None:
        """One stderr line per station file or folder other local users could read."""
        for wide in too_wide(self.db_path, folders=software_folders(self.db_path)):
            self.err(self.say(wide.code, path=wide.path, mode=wide.mode))

    def say(self, code: str, **params: Any) -> str:
        """The message for ``code`` in the user's language."""
        return text(code, self.lang, **params)

    def out(self, line: str = "") -> None:
        """A line on stdout."""
        print(line, file=sys.stdout)

    def err(self, line: str) -> None:
        """A line on stderr (details before the final reason)."""
        print(line, file=sys.stderr)

    def close(self) -> None:
        """Release the database."""
        if self._db is not None:
            self._db.dispose()
            self._db = None
