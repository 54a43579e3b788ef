"""A removable medium as a safe write sees it: the :class:`Medium` interface, the real
:class:`LocalMedium`, and :class:`MediaError` with its codes.

Every ``OSError`` met on a medium becomes a :class:`MediaError` whose code says what to do
(:func:`media_error`); the fault-injecting fake lives in ``tests/fakes/faulty_medium.py``.
The write itself is ``services/media_write.py``; finding the volumes, ``services/volumes.py``.
Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path
from typing import Protocol

from precinct_app.services.errors import DomainError

CODES = (
    "media_full",
    "media_read_only",
    "media_gone",
    "media_io_error",
    "media_verify_failed",
    "media_not_a_folder",
    "media_folder_exists",
    "media_gone_late",
)

_MB = 1024 * 1024

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_GONE = {
    # ENOTCONN: a FUSE filesystem (exfat-fuse) whose process died; ECONNABORTED: a request
    # that was in flight at that moment.
    errno.ENODEV, errno.ENXIO, errno.ENOENT, errno.ENOTCONN, errno.ECONNABORTED,
    errno.ESHUTDOWN, errno.ESTALE,
    getattr(errno, "ENOMEDIUM", 123),
}
_NOT_A_FOLDER = {errno.ENOTDIR}
# Windows error numbers (OSError.winerror) that errno does not carry.
_WIN_READ_ONLY = {19}  # ERROR_WRITE_PROTECT
_WIN_GONE = {21, 1167, 55, 15}  # not ready, device not connected, network gone, no drive
# fsync of a folder is not possible on every filesystem; that is not a write failure.
_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EISDIR}


class MediaError(DomainError):
    """Writing to or reading back from a medium failed; ``code`` is one of :data:`CODES`.

    ``params``: ``path`` (the folder the user knows: the final folder or the parent),
    ``detail`` (the system's error, or the file that failed), and for ``media_full``
    ``free_mb``/``needed_mb`` (text, one decimal) with ``free_bytes``/``needed_bytes``.
    """


class Medium(Protocol):
    """The operations a safe write needs; :class:`LocalMedium` and the test fakes."""

    def free_bytes(self, folder: Path) -> int:
        """Bytes an ordinary user may still write on the volume holding ``folder``."""
        ...

    def free_files(self, folder: Path) -> int | None:
        """How many more files fit on the volume (its free inodes or directory entries);
        None when the file system does not say (FAT reports no inode count)."""
        ...

    def exists(self, path: Path) -> bool:
        """Whether ``path`` exists (False when the medium is gone; never raises)."""
        ...

    def mkdir(self, path: Path) -> None:
        """Make one folder."""
        ...

    def write_file(self, path: Path, data: bytes) -> None:
        """Create ``path`` (it must not exist), write all of ``data``, fsync, close."""
        ...

    def fsync_dir(self, folder: Path) -> None:
        """Make the folder's entries (new files, renames) durable."""
        ...

    def rename(self, src: Path, dst: Path) -> None:
        """Rename ``src`` to ``dst`` on the same volume."""
        ...

    def read_file(self, path: Path) -> bytes:
        """All of the file's bytes, from the medium rather than a cache where possible."""
        ...

    def listdir(self, folder: Path) -> list[str]:
        """The names in ``folder``, sorted."""
        ...

    def remove_tree(self, path: Path) -> None:
        """Remove ``path`` and everything under it; best effort, never raises."""
        ...


# --- errors ---------------------------------------------------------------------------------


def _mb(n: int) -> str:
    return f"{n / _MB:.1f}"


def media_full(path: Path | str, free: int, needed: int, detail: str = "") -> MediaError:
    """``media_full`` at ``path``: ``free`` of the ``needed`` bytes (MB figures for the text)."""
    return MediaError("media_full", path=str(path), detail=detail, free_mb=_mb(max(free, 0)),
                      needed_mb=_mb(needed), free_bytes=max(free, 0), needed_bytes=needed)


def media_error(exc: OSError, path: Path | str) -> MediaError:
    """The :class:`MediaError` for an ``OSError`` met while working on ``path``."""
    number = exc.errno or 0
    name = errno.errorcode.get(number, str(number))
    detail = f"{name} ({exc.strerror or exc})"
    winerror = getattr(exc, "winerror", None)
    if number in _FULL:
        return media_full(path, 0, 0, detail)
    if number in _READ_ONLY or winerror in _WIN_READ_ONLY:
        code = "media_read_only"
    elif number in _GONE or winerror in _WIN_GONE:
        code = "media_gone"
    elif number in _NOT_A_FOLDER:
        code = "media_not_a_folder"
    else:
        code = "media_io_error"
    return MediaError(code, path=str(path), detail=detail)


# --- the real medium ------------------------------------------------------------------------


class LocalMedium:
    """A folder of the local file system (a mounted stick): plain ``os`` calls.

    Every ``OSError`` becomes a :class:`MediaError` (ENOSPC -> ``media_full``, EROFS/EACCES
    -> ``media_read_only``, ENODEV/ENOENT/ENOTCONN -> ``media_gone``, EIO and the rest ->
    ``media_io_error``).
    """

    def free_bytes(self, folder: Path) -> int:
        """Free bytes for an ordinary user (``statvfs`` f_bavail)."""
        try:
            if os.name == "nt":
                return shutil.disk_usage(folder).free
            st = os.statvfs(folder)
        except OSError as exc:
            raise media_error(exc, folder) from exc
        return st.f_bavail * st.f_frsize

    def free_files(self, folder: Path) -> int | None:
        """Free inodes for an ordinary user (``statvfs`` f_favail); None where unknown."""
        if os.name == "nt":
            return None
        try:
            st = os.statvfs(folder)
        except OSError as exc:
            raise media_error(exc, folder) from exc
        return None if st.f_files == 0 else st.f_favail  # vfat/exFAT: no inode count

    def exists(self, path: Path) -> bool:
        """``os.path.lexists``: a vanished medium answers False."""
        return os.path.lexists(path)

    def mkdir(self, path: Path) -> None:
        """``os.mkdir``."""
        try:
            os.mkdir(path, 0o700)  # owner-only on a local disk; a FAT stick has no modes
        except OSError as exc:
            raise media_error(exc, path) from exc

    def write_file(self, path: Path, data: bytes) -> None:
        """Create exclusively, write all, fsync, close (a close error counts too)."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(path, flags, 0o600)
        except OSError as exc:
            raise media_error(exc, path) from exc
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise media_error(exc, path) from exc
        try:
            os.close(fd)
        except OSError as exc:
            raise media_error(exc, path) from exc

    def fsync_dir(self, folder: Path) -> None:
        """fsync the folder itself; a filesystem that cannot is not an error."""
        if os.name == "nt":
            return  # folders cannot be opened for fsync there; the rename is flushed
        try:
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError as exc:
            raise media_error(exc, folder) from exc
        try:
            os.fsync(fd)
        except OSError as exc:
            if exc.errno not in _FSYNC_UNSUPPORTED:
                raise media_error(exc, folder) from exc
        finally:
            with contextlib.suppress(OSError):
                os.close(fd)

    def rename(self, src: Path, dst: Path) -> None:
        """``os.rename``."""
        try:
            os.rename(src, dst)
        except OSError as exc:
            raise media_error(exc, dst) from exc

    def read_file(self, path: Path) -> bytes:
        """Read the whole file, first asking the kernel to drop its cached pages.

        The pages are clean after the fsync, so dropping them makes the read come from
        the device (where the platform offers ``posix_fadvise``).
        """
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise media_error(exc, path) from exc
        try:
            if hasattr(os, "posix_fadvise"):
                with contextlib.suppress(OSError):
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            chunks = []
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
            return b"".join(chunks)
        except OSError as exc:
            raise media_error(exc, path) from exc
        finally:
            with contextlib.suppress(OSError):
                os.close(fd)

    def listdir(self, folder: Path) -> list[str]:
        """``os.listdir``, sorted."""
        try:
            return sorted(os.listdir(folder))
        except OSError as exc:
            raise media_error(exc, folder) from exc

    def remove_tree(self, path: Path) -> None:
        """``shutil.rmtree`` (or unlink), ignoring errors."""
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(path)
