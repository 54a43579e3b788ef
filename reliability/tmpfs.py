"""A real small disk to fill: a tmpfs, mounted where allowed (root); shared by the
full-disk section and the tests (tests/tmpfs.py)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def mounted(where: Path, options: str) -> Iterator[str]:
    """Mount a tmpfs with ``options`` (``size=4m``, ``nr_inodes=8``) at ``where``, unmounted
    after; yields "" once mounted, or why it could not be (not root, mount refused)."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        yield "mounting a tmpfs needs root"
        return
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        yield f"cannot mount a tmpfs: {done.stderr.decode(errors='replace').strip()}"
        return
    try:
        yield ""
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Write zeros into ``folder/filler`` until the disk takes no more, then give back
    ``leave`` bytes (the disk full to that amount)."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 512, 1):  # down to the last byte the disk takes
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                pass
        if leave:
            os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    finally:
        os.close(fd)
