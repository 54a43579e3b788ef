"""Writing a folder to a removable medium safely: whole and verified, or not at all.

A write goes through the small :class:`~precinct_app.services.medium.Medium` interface
(the real ``LocalMedium``, and in the tests ``tests/fakes/faulty_medium.FaultyMedium``,
which injects faults), in the order that leaves
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

Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from precinct_app.services.medium import CODES, MediaError, Medium, media_error, media_full

# Room beyond the files' own bytes: each file may waste up to a cluster (128 KiB on a
# large exFAT stick), plus the directory entries and a little slack.
_MARGIN_PER_FILE = 128 * 1024
_MARGIN_FIXED = 256 * 1024
_MAX_NAME = 200


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


def _as_media_error(exc: BaseException, path: Path) -> MediaError:
    if isinstance(exc, MediaError):
        return exc
    if isinstance(exc, OSError):
        return media_error(exc, path)
    raise exc



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
            raise media_full(parent, free, needed)
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
        return media_full(parent, int(free), needed, detail)
    path = parent if error.code in ("media_not_a_folder", "media_read_only") else final
    return MediaError(error.code, path=str(path), detail=detail)
