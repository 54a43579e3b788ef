"""A real small disk for tests of full disks: a tmpfs, mounted where allowed (root)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reliability.tmpfs import fill, mounted

__all__ = ["fill", "tmpfs"]


@contextmanager
def tmpfs(where: Path, options: str) -> Iterator[Path]:
    """Mount a tmpfs with ``options`` (``size=4m``, ``nr_inodes=8``) at ``where``; skip the
    test when mounting is not allowed here."""
    with mounted(where, options) as refused:
        if refused:
            pytest.skip(refused)
        yield where
