"""Writes that survive a power cut: fsync the file, and the folder after a rename.

One place for what the PDFs, the station key and the backups all do. (Writes to a stick
go through :class:`services.medium.Medium`, whose faults the tests inject.) Also the one
SHA-256 of a file that the backups' checksums, the server dumps' and the build id share.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def file_sha256(path: Path) -> str:
    """SHA-256 hex of a whole file, read in blocks (sha256sum's first column)."""
    with Path(path).open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


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
