"""Writing a folder to removable media safely, and finding the removable volumes.

A write goes through a small :class:`Medium` interface (the real :class:`LocalMedium`,
and :class:`FaultyMedium` that injects faults for tests), in the order that leaves
either the whole, verified folder under its final name or nothing there at all:

1. the free space is checked before anything is written (``media_full``);
2. the files go into a temporary folder ``.<name>.partial`` beside the final one;
3. every file is written and fsynced, then the temporary folder is fsynced;
4. every file is read back and its size and SHA-256 compared (``media_verify_failed``),
   still under the temporary name, so a folder under the final name is always one whose
   every byte was read back, even if the stick is pulled in the next instant; then the
   caller's ``check`` reads the folder as it is on the medium (the export runs the whole
   ``precinct verify`` there) and may refuse it with a :class:`MediaError` of its own;
5. the folder is renamed to its final name and the parent folder fsynced (a failure
   here takes the folder out of its final name again).

Any failure removes what this write made (best effort: a stick that was pulled out
cannot be cleaned, but its temporary folder never carries the final name and the next
write removes it), leaves every other folder on the medium untouched and raises a
:class:`MediaError` whose code says what to do. Calling again is a retry.

The one moment that cannot be made atomic is a stick pulled out at or after the rename:
the folder may then be on the stick under its final name (whole, as it was read back)
or not at all, and the code ``media_gone_late`` says exactly that.

:func:`device_flags` asks the operating system whether the disk behind a volume is
removable (``/sys/block/<disk>/removable`` on Linux, the drive type on Windows): the GUI
lists the volumes with Qt's QStorageInfo, which has no such flag, and asks this.
:func:`list_volumes` is the same list without Qt, from ``/proc/mounts`` (Linux).
Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

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

# Room beyond the files' own bytes: each file may waste up to a cluster (128 KiB on a
# large exFAT stick), plus the directory entries and a little slack.
_MARGIN_PER_FILE = 128 * 1024
_MARGIN_FIXED = 256 * 1024
_MAX_NAME = 200
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


class WrittenFile(NamedTuple):
    """One file of a written folder: name, size in bytes, SHA-256 (hex)."""

    name: str
    bytes: int
    sha256: str


@dataclass(frozen=True)
class WrittenFolder:
    """A folder written and read back intact."""

    path: Path
    files: tuple[WrittenFile, ...]
    total_bytes: int


@dataclass(frozen=True)
class Volume:
    """A mounted volume with a real device behind it."""

    path: Path
    label: str
    device: str
    removable: bool
    read_only: bool
    free_bytes: int
    total_bytes: int
    fs_type: str


# --- errors ---------------------------------------------------------------------------------


def _mb(n: int) -> str:
    return f"{n / _MB:.1f}"


def _full(path: Path | str, free: int, needed: int, detail: str = "") -> MediaError:
    return MediaError("media_full", path=str(path), detail=detail, free_mb=_mb(max(free, 0)),
                      needed_mb=_mb(needed), free_bytes=max(free, 0), needed_bytes=needed)


def media_error(exc: OSError, path: Path | str) -> MediaError:
    """The :class:`MediaError` for an ``OSError`` met while working on ``path``."""
    number = exc.errno or 0
    name = errno.errorcode.get(number, str(number))
    detail = f"{name} ({exc.strerror or exc})"
    winerror = getattr(exc, "winerror", None)
    if number in _FULL:
        return _full(path, 0, 0, detail)
    if number in _READ_ONLY or winerror in _WIN_READ_ONLY:
        code = "media_read_only"
    elif number in _GONE or winerror in _WIN_GONE:
        code = "media_gone"
    elif number in _NOT_A_FOLDER:
        code = "media_not_a_folder"
    else:
        code = "media_io_error"
    return MediaError(code, path=str(path), detail=detail)


def _as_media_error(exc: BaseException, path: Path) -> MediaError:
    if isinstance(exc, MediaError):
        return exc
    if isinstance(exc, OSError):
        return media_error(exc, path)
    raise exc


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


# --- the fault-injecting medium (tests) -----------------------------------------------------


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


# --- names ----------------------------------------------------------------------------------

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$", re.IGNORECASE)


def fat_safe(name: str) -> str:
    """``name`` made safe as a file or folder name on FAT32 and exFAT (and Windows).

    ASCII only (accents are dropped, other letters become ``_``), none of
    ``<>:"/\\|?*`` or control characters, no leading or trailing space and no trailing
    dot, not a reserved device name (CON, NUL, COM1...), at most 200 characters, and
    never empty. A name that is already safe comes back unchanged.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(
        ch if ord(ch) < 128 else "_" for ch in decomposed if not unicodedata.combining(ch)
    )
    safe = _UNSAFE.sub("_", ascii_only)[:_MAX_NAME].strip(" ").rstrip(". ")
    if not safe or set(safe) == {"."}:
        safe = "_"
    if _RESERVED.match(safe):
        safe = "_" + safe[: _MAX_NAME - 1]
    return safe


def unique_folder_name(medium: Medium, parent: Path, base: str) -> str:
    """``base``, or ``base_2``, ``base_3``... the first not yet in ``parent``.

    Compared without case, as FAT and exFAT do; the result is :func:`fat_safe` and at
    most 200 characters (``base`` is shortened to make room for a suffix).
    """
    base = fat_safe(base)
    taken = {n.casefold() for n in _listing(medium, Path(parent))}
    number = 1
    while True:
        suffix = "" if number == 1 else f"_{number}"
        candidate = base[: _MAX_NAME - len(suffix)].rstrip(". ") + suffix
        if candidate.casefold() not in taken:
            return candidate
        number += 1


def space_needed(sizes: Iterable[int]) -> int:
    """Bytes a folder of files of these sizes needs on a stick, margin included."""
    sizes = list(sizes)
    return sum(sizes) + _MARGIN_PER_FILE * (len(sizes) + 1) + _MARGIN_FIXED


# --- the safe write -------------------------------------------------------------------------


def _check_names(name: str, files: Mapping[str, bytes]) -> None:
    for each in (name, *files):
        if fat_safe(each) != each or each.startswith("."):
            raise ValueError(f"not a name safe on FAT32/exFAT: {each!r}")
    folded = [n.casefold() for n in files]
    if len(set(folded)) != len(folded):
        raise ValueError("two file names differ only in case")


def _listing(medium: Medium, parent: Path) -> list[str]:
    """The names in ``parent``; a parent that is not there (ENOENT before anything was
    written: a folder typed wrong, or a stick unmounted already) is ``media_not_a_folder``,
    not "removed during writing"."""
    try:
        return medium.listdir(parent)
    except MediaError as exc:
        if exc.code == "media_gone" and str(exc.params.get("detail", "")).startswith("ENOENT"):
            raise MediaError("media_not_a_folder", path=str(parent),
                             detail=exc.params.get("detail", "")) from exc
        raise


def _discard(medium: Medium, final: Path, temp: Path) -> None:
    """Take ``final`` out of its name first (a rename is atomic), then remove it."""
    try:
        if medium.exists(temp):
            medium.remove_tree(temp)
        medium.rename(final, temp)
    except MediaError:
        medium.remove_tree(final)
        return
    medium.remove_tree(temp)


def write_folder(
    medium: Medium, parent: Path, name: str, files: Mapping[str, bytes],
    check: Callable[[Path], None] | None = None,
) -> WrittenFolder:
    """Write ``files`` as the folder ``parent/name``: whole and verified, or not at all.

    ``name`` and the file names must be :func:`fat_safe` (a ``ValueError`` otherwise: a
    programming error, not the user's). Raises :class:`MediaError`; see the module
    docstring for the steps. ``media_folder_exists`` if ``name`` is taken (nothing is
    overwritten; ask :func:`unique_folder_name` again). ``check`` gets the folder read
    back (under its temporary name) and raises a :class:`MediaError` to refuse it: the
    folder is then removed like any failed write, and that error is raised as it is.
    """
    _check_names(name, files)
    parent = Path(parent)
    final, temp = parent / name, parent / f".{name}.partial"
    needed = space_needed(len(data) for data in files.values())
    renaming = False
    try:
        present = {n.casefold() for n in _listing(medium, parent)}
        if name.casefold() in present:
            raise MediaError("media_folder_exists", path=str(final), detail=name)
        if temp.name.casefold() in present:
            medium.remove_tree(temp)  # a stale one from a write that was cut off
        free = medium.free_bytes(parent)
        if free < needed:
            raise _full(parent, free, needed)
        _check_files(medium, parent, len(files) + 1)  # the folder takes an entry too
        medium.mkdir(temp)
        for file_name, data in files.items():
            medium.write_file(temp / file_name, data)
        medium.fsync_dir(temp)
        written = _read_back(medium, temp, final, files)
        if check is not None:
            check(temp)
        if medium.exists(final):
            raise MediaError("media_folder_exists", path=str(final), detail=name)
        renaming = True
        medium.rename(temp, final)
        medium.fsync_dir(parent)
    except (MediaError, OSError) as exc:
        error = _as_media_error(exc, final)
        if renaming and medium.exists(final):
            _discard(medium, final, temp)  # ours: it did not exist before the rename
        if medium.exists(temp):
            medium.remove_tree(temp)
        if renaming and error.code == "media_gone" and (
            medium.exists(final) or not medium.exists(parent)
        ):
            # Gone at or after the rename: the folder may be on the stick under its final
            # name (whole: it was read back before the rename), or not at all.
            error = MediaError("media_gone_late", path=str(final),
                               detail=error.params.get("detail", ""))
        raise _reworded(medium, error, parent, final, needed, len(files) + 1) from exc
    return WrittenFolder(final, written, sum(f.bytes for f in written))


def _read_back(
    medium: Medium, temp: Path, final: Path, files: Mapping[str, bytes]
) -> tuple[WrittenFile, ...]:
    """Every file of ``temp`` read back and compared (errors name ``final``)."""
    listed = medium.listdir(temp)
    if sorted(listed) != sorted(files):
        odd = sorted(set(listed) ^ set(files))
        raise MediaError("media_verify_failed", path=str(final), detail=", ".join(odd))
    written = []
    for file_name, data in files.items():
        expected = hashlib.sha256(data).hexdigest()
        back = medium.read_file(temp / file_name)
        if len(back) != len(data) or hashlib.sha256(back).hexdigest() != expected:
            raise MediaError("media_verify_failed", path=str(final), detail=file_name)
        written.append(WrittenFile(file_name, len(data), expected))
    return tuple(written)


def _check_files(medium: Medium, parent: Path, files_needed: int) -> None:
    """Refuse before writing when the volume has no room for that many more files."""
    files_free = medium.free_files(parent)
    if files_free is not None and files_free < files_needed:
        raise MediaError("media_no_inodes", path=str(parent), files_free=files_free,
                         files_needed=files_needed)


def _reworded(
    medium: Medium, error: MediaError, parent: Path, final: Path, needed: int,
    files_needed: int = 1,
) -> MediaError:
    """The error as the user should read it: the folder they know, the space figures."""
    if error.code not in CODES:
        return error  # a caller's check refused the folder: its own words
    detail = str(error.params.get("detail", ""))
    if error.code == "media_full":
        free = error.params.get("free_bytes", 0)
        if not free:
            with contextlib.suppress(MediaError, OSError):
                free = medium.free_bytes(parent)  # after the cleanup
        if int(free) >= needed:
            # "Full" with the bytes there: is it the file table (inodes) that is?
            files_free: int | None = None
            with contextlib.suppress(MediaError, OSError):
                files_free = medium.free_files(parent)
            if files_free is not None and files_free < files_needed:
                return MediaError("media_no_inodes", path=str(parent), files_free=files_free,
                                  files_needed=files_needed, detail=detail)
        return _full(parent, int(free), needed, detail)
    path = parent if error.code in ("media_not_a_folder", "media_read_only") else final
    return MediaError(error.code, path=str(path), detail=detail)


# --- volumes --------------------------------------------------------------------------------

_PSEUDO = {
    "proc", "sysfs", "tmpfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "securityfs",
    "debugfs", "tracefs", "configfs", "fusectl", "mqueue", "hugetlbfs", "pstore", "bpf",
    "autofs", "binfmt_misc", "efivarfs", "overlay", "squashfs", "nsfs", "ramfs", "rpc_pipefs",
    "selinuxfs", "fuse.gvfsd-fuse", "fuse.portal", "nfsd", "zram",
}
_USB = re.compile(r"(^|/)usb\d+(/|$)")
_DRIVE_REMOVABLE = 2


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _unescape_label(name: str) -> str:
    """udev writes unsafe characters of a label as ``\\xHH``."""
    raw = re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]),
                 os.fsencode(name))
    return raw.decode("utf-8", "replace")


def _labels(by_label: Path) -> dict[str, str]:
    labels: dict[str, str] = {}
    try:
        entries = list(os.scandir(by_label))
    except OSError:
        return labels
    for entry in entries:
        try:
            target = os.readlink(entry.path)
        except OSError:
            continue
        labels[os.path.basename(target)] = _unescape_label(entry.name)
    return labels


def _read_flag(path: Path) -> bool:
    try:
        return path.read_text(encoding="ascii").strip() == "1"
    except (OSError, UnicodeDecodeError):
        return False


def _disk_of(sys_block: Path, dev_name: str) -> Path | None:
    """``/sys/block/<disk>`` of a disk or of one of its partitions."""
    direct = sys_block / dev_name
    if direct.exists():
        return direct
    try:
        disks = list(os.scandir(sys_block))
    except OSError:
        return None
    for disk in disks:
        if (Path(disk.path) / dev_name).is_dir():
            return Path(disk.path)
    return None


def _removable(disk: Path | None) -> tuple[bool, bool]:
    """(removable, read-only) of a disk: its flags, or a USB device in its sysfs path."""
    if disk is None:
        return False, False
    removable = _read_flag(disk / "removable")
    if not removable:
        with contextlib.suppress(OSError):
            removable = bool(_USB.search(os.readlink(disk)))  # a USB disk saying 0
    return removable, _read_flag(disk / "ro")


def device_flags(
    device: str, root: Path, sys_block: Path = Path("/sys/block")
) -> tuple[bool, bool]:
    """(removable, read-only) of the disk behind ``device`` mounted at ``root``, as the
    operating system says: ``/sys/block`` on Linux, the drive type on Windows; (False,
    False) where it cannot be asked (the GUI lists the volume as not removable)."""
    if sys.platform == "win32":
        return _windows_removable(root), False
    if not device.startswith("/dev/"):
        return False, False
    real = os.path.realpath(device) if os.path.exists(device) else device
    return _removable(_disk_of(sys_block, os.path.basename(real)))


def _windows_removable(root: Path) -> bool:
    """GetDriveTypeW: DRIVE_REMOVABLE (2) for a USB stick or a card."""
    import ctypes

    drive = str(root.anchor or root)
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    return int(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive))) == _DRIVE_REMOVABLE


def list_volumes(
    proc_mounts: Path = Path("/proc/mounts"),
    sys_block: Path = Path("/sys/block"),
    by_label: Path = Path("/dev/disk/by-label"),
) -> list[Volume]:
    """The mounted volumes with a real device (Linux), removable ones first.

    Pseudo filesystems (proc, tmpfs, cgroup, squashfs snaps...) and mounts without a
    ``/dev/`` device are skipped; a device mounted twice is listed at each place.
    Removability comes from ``/sys/block/<disk>/removable`` (a partition's parent disk),
    or a USB device in the disk's sysfs path; the label from ``by_label`` links; free
    and total bytes from ``statvfs`` (0 when it cannot be asked).
    """
    try:
        lines = proc_mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    labels = _labels(by_label)
    volumes: list[Volume] = []
    seen: set[str] = set()
    for line in lines:
        fields = line.split()
        if len(fields) < 4:
            continue
        device, mount, fs_type, options = (_unescape_mount(f) for f in fields[:4])
        if fs_type in _PSEUDO or not device.startswith("/dev/") or mount in seen:
            continue
        seen.add(mount)
        real = os.path.realpath(device) if os.path.exists(device) else device
        dev_name = os.path.basename(real)
        removable, disk_ro = device_flags(device, Path(mount), sys_block)
        free = total = 0
        with contextlib.suppress(OSError, AttributeError):
            st = os.statvfs(mount)
            free, total = st.f_bavail * st.f_frsize, st.f_blocks * st.f_frsize
        volumes.append(Volume(
            path=Path(mount),
            label=labels.get(dev_name, labels.get(os.path.basename(device), "")),
            device=device,
            removable=removable,
            read_only="ro" in options.split(",") or disk_ro,
            free_bytes=free,
            total_bytes=total,
            fs_type=fs_type,
        ))
    volumes.sort(key=lambda v: not v.removable)
    return volumes
