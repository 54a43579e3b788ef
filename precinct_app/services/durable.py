"""Writes that survive a power cut: fsync the file, and the folder after a rename.

One place for what the PDFs, the station key and the backups all do. (Writes to a stick
go through :class:`services.medium.Medium`, whose faults the tests inject.)
"""

from __future__ import annotations

import os
from pathlib import Path


def write_synced(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Create or truncate ``path`` with permissions ``mode``, write all of ``data``, fsync."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        view = memoryview(data)
        while view:  # os.write may write less than asked
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file written by someone else (SQLite's backup API) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not possible on every system)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
