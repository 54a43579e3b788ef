"""Owner-only files: the station database, its key and its backups hold voters' IINs.

New files are created 0600 and new folders 0700 (where the disk has modes: on a FAT
stick they do not apply). :func:`too_wide` finds the station's files and folders that
other local users could read, for the warning at start-up (window and command line).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

FILE_MODE = 0o600
_OTHERS = stat.S_IRWXG | stat.S_IRWXO
_SIDE = ("-wal", "-shm", ".key")


@dataclass(frozen=True)
class WideMode:
    """A file or folder readable beyond its owner (``mode`` as octal text, e.g. ``0644``)."""

    path: Path
    mode: str
    is_folder: bool

    @property
    def code(self) -> str:
        """The message code of the warning (``perm_file_too_wide``/``perm_folder_too_wide``)."""
        return "perm_folder_too_wide" if self.is_folder else "perm_file_too_wide"


def create_private(path: Path) -> None:
    """Create the empty file ``path`` owner-only (an existing one is left as it is).

    SQLite then keeps that mode for the database and gives it to its -wal and -shm.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        pass


def _wide(path: Path, is_folder: bool) -> WideMode | None:
    try:
        st = path.stat()
    except OSError:
        return None
    if st.st_mode & _OTHERS == 0:
        return None
    return WideMode(path, f"{stat.S_IMODE(st.st_mode):04o}", is_folder)


def too_wide(db_path: Path, *, folders: tuple[Path, ...] = ()) -> list[WideMode]:
    """The station's files other users may read: the database, its -wal, -shm and key,
    its backups in the folder beside it; and the ``folders`` named (the data folder,
    which the software made; not a folder the user chose, such as /tmp).

    Always empty where the system has no POSIX modes (Windows).
    """
    if os.name != "posix":
        return []
    db_path = Path(db_path).absolute()
    candidates: list[tuple[Path, bool]] = [(db_path, False)]
    candidates += [(db_path.with_name(db_path.name + s), False) for s in _SIDE]
    backups = db_path.parent / "backups"
    if backups.is_dir():
        candidates.append((backups, True))
        try:
            names = sorted(os.listdir(backups))
        except OSError:
            names = []
        candidates += [(backups / n, False) for n in names if n.endswith(".sqlite3")]
    candidates += [(Path(f), True) for f in folders]
    found = [_wide(path, is_folder) for path, is_folder in candidates]
    return [w for w in found if w is not None]
