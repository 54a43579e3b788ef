"""A medium with faults injected, for the tests of the safe write (never shipped)."""

from __future__ import annotations

import errno
import os
from collections import Counter
from pathlib import Path

from precinct_app.services.medium import LocalMedium, MediaError, Medium, media_error


class FaultyMedium:
    """A :class:`LocalMedium` (or another medium) with faults injected, for tests.

    ``fail``/``at``/``errno_code``: the ``at``-th (1-based) operation of kind ``fail``
    raises ``errno_code``. Kinds: ``"write_file"`` (half of the file is written first),
    ``"fsync"`` (the fsync inside every write_file, after its data, and every
    fsync_dir), ``"rename"``, ``"read"`` (read_file). With ``applied`` the failing
    operation still takes effect and the error comes after it (a rename done on the
    device whose answer was lost).

    ``capacity``: bytes the medium accepts through this object; a write beyond it
    writes what fits and raises ENOSPC. ``free_reported`` overrides what
    :meth:`free_bytes` answers (a medium that lies, or space another program took);
    ``files_reported`` what :meth:`free_files` answers (no free inodes: every new file
    or folder raises ENOSPC while bytes remain).
    ``vanish_after``: after that many operations of any kind, every operation raises
    ``vanish_errno`` (``exists`` answers False, ``remove_tree`` does nothing).
    ``read_only``: every change raises EROFS. ``corrupt_read``: the k-th read_file
    returns the data with one byte changed.

    ``counts`` counts the operations by kind (as ``fail`` names them), so a test can
    run once cleanly and then fail each k in turn; ``log`` lists them in order.
    """

    def __init__(
        self,
        inner: Medium | None = None,
        *,
        fail: str | None = None,
        at: int = 1,
        errno_code: int = errno.EIO,
        applied: bool = False,
        capacity: int | None = None,
        free_reported: int | None = None,
        files_reported: int | None = None,
        vanish_after: int | None = None,
        vanish_errno: int = errno.ENODEV,
        read_only: bool = False,
        corrupt_read: int | None = None,
    ) -> None:
        if fail not in (None, "write_file", "fsync", "rename", "read"):
            raise ValueError(f"unknown operation kind: {fail!r}")
        self.inner: Medium = inner if inner is not None else LocalMedium()
        self.fail, self.at, self.errno_code, self.applied = fail, at, errno_code, applied
        self.capacity, self.free_reported = capacity, free_reported
        self.files_reported = files_reported
        self.vanish_after, self.vanish_errno = vanish_after, vanish_errno
        self.read_only, self.corrupt_read = read_only, corrupt_read
        self.counts: Counter[str] = Counter()
        self.log: list[tuple[str, str]] = []
        self.ops = 0
        self._sizes: dict[Path, int] = {}

    # bookkeeping
    @property
    def vanished(self) -> bool:
        """Whether the medium has gone (``vanish_after`` operations have passed)."""
        return self.vanish_after is not None and self.ops > self.vanish_after

    def _op(self, kind: str, path: Path) -> bool:
        """Count one operation; raise if the medium has gone; True if it must fail."""
        self.ops += 1
        self.log.append((kind, str(path)))
        if self.vanished:
            raise media_error(OSError(self.vanish_errno, os.strerror(self.vanish_errno)), path)
        self.counts[kind] += 1
        return self.fail == kind and self.counts[kind] == self.at

    def _raise(self, path: Path, number: int | None = None) -> MediaError:
        number = self.errno_code if number is None else number
        return media_error(OSError(number, os.strerror(number)), path)

    def _change(self, path: Path) -> None:
        if self.read_only:
            raise self._raise(path, errno.EROFS)

    @property
    def used(self) -> int:
        """Bytes written through this medium and not removed since."""
        return sum(self._sizes.values())

    # the Medium protocol
    def free_bytes(self, folder: Path) -> int:
        """What the inner medium says, or ``free_reported``, or what is left of capacity."""
        self._op("free_bytes", folder)
        if self.free_reported is not None:
            return self.free_reported
        if self.capacity is not None:
            return max(0, self.capacity - self.used)
        return self.inner.free_bytes(folder)

    def free_files(self, folder: Path) -> int | None:
        """``files_reported`` (a stick out of inodes), else what the inner medium says."""
        self._op("free_files", folder)
        if self.files_reported is not None:
            return self.files_reported
        return self.inner.free_files(folder)

    def exists(self, path: Path) -> bool:
        """False once the medium has gone."""
        try:
            self._op("exists", path)
        except MediaError:
            return False
        return self.inner.exists(path)

    def mkdir(self, path: Path) -> None:
        """Make a folder unless read-only or gone."""
        self._op("mkdir", path)
        self._change(path)
        self.inner.mkdir(path)

    def write_file(self, path: Path, data: bytes) -> None:
        """Write (maybe half, maybe up to the capacity), then the counted fsync."""
        fails = self._op("write_file", path)
        self._change(path)
        if fails:
            self.inner.write_file(path, data[: len(data) // 2])
            self._sizes[path] = len(data) // 2
            raise self._raise(path)
        if self.capacity is not None and self.used + len(data) > self.capacity:
            room = max(0, self.capacity - self.used)
            self.inner.write_file(path, data[:room])
            self._sizes[path] = room
            raise self._raise(path, errno.ENOSPC)
        self.inner.write_file(path, data)
        self._sizes[path] = len(data)
        if self._op("fsync", path):
            raise self._raise(path)

    def fsync_dir(self, folder: Path) -> None:
        """The counted fsync of a folder."""
        if self._op("fsync", folder):
            if self.applied:
                self.inner.fsync_dir(folder)
            raise self._raise(folder)
        self.inner.fsync_dir(folder)

    def rename(self, src: Path, dst: Path) -> None:
        """Rename, or fail before (or, ``applied``, after) it."""
        fails = self._op("rename", dst)
        self._change(dst)
        if fails and not self.applied:
            raise self._raise(dst)
        self.inner.rename(src, dst)
        for old in [p for p in self._sizes if p == src or src in p.parents]:
            self._sizes[dst / old.relative_to(src)] = self._sizes.pop(old)
        if fails:
            raise self._raise(dst)

    def read_file(self, path: Path) -> bytes:
        """Read, maybe failing, maybe with one byte changed."""
        if self._op("read", path):
            raise self._raise(path)
        data = self.inner.read_file(path)
        if self.corrupt_read is not None and self.counts["read"] == self.corrupt_read:
            if not data:
                return b"\0"
            middle = len(data) // 2
            data = data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1:]
        return data

    def listdir(self, folder: Path) -> list[str]:
        """The inner listing (raises once gone)."""
        self._op("listdir", folder)
        return self.inner.listdir(folder)

    def remove_tree(self, path: Path) -> None:
        """Remove unless gone or read-only (best effort: never raises)."""
        try:
            self._op("remove_tree", path)
            self._change(path)
        except MediaError:
            return
        self.inner.remove_tree(path)
        for old in [p for p in self._sizes if p == path or path in p.parents]:
            del self._sizes[old]
