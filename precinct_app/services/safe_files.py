"""Reading files from a stick that may be hostile: bounded, never blocking, never following.

A FIFO hangs a plain ``open()``, a link to ``/dev/zero`` never ends, a sparse file of a
gigabyte costs a gigabyte, and a JSON document nested 200,000 deep overflows the parser.
Every reader here opens with ``O_NOFOLLOW | O_NONBLOCK``, accepts only a regular file
(``fstat`` on the open descriptor, so the file checked is the file read), refuses one
larger than its cap before reading a byte, reads in chunks and asks ``cancel`` between
them. Refusals are :class:`UnsafeFile` with a code and the file's name; the caller words
them (or turns them into a verdict).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path
from typing import Any

from precinct_app.services.bounds import MAX_JSON_DEPTH
from precinct_app.services.errors import DomainError

CancelFn = Callable[[], bool]
CHUNK = 1 << 20
# O_NOFOLLOW and O_NONBLOCK do not exist on Windows (no FIFOs there; links are checked
# with lstat below as well).
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_BINARY", 0))


class UnsafeFile(DomainError):
    """A file that is not read: ``file_not_regular`` (kind), ``file_too_big`` (size,
    limit), ``file_unreadable`` (detail), ``json_too_deep`` (limit), ``file_cancelled``."""


def kind_of(mode: int) -> str:
    """``file``, ``link``, ``folder``, ``fifo``, ``device``, ``socket`` or ``other``."""
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def printable(text: str) -> str:
    """``text`` safe to show: a byte that was not UTF-8 in a file name (a surrogate) as
    ``\\xNN``, a control or format character (an ANSI escape, a bidi override) as
    ``\\uNNNN``, so a hostile name can neither crash the output nor drive the terminal."""
    if text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif not char.isprintable():
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def _check_cancel(cancel: CancelFn | None, name: str) -> None:
    if cancel is not None and cancel():
        raise UnsafeFile("file_cancelled", name=name)


@contextmanager
def open_regular(path: Path, *, limit: int | None = None) -> Iterator[tuple[int, int]]:
    """``(fd, size)`` of the regular file ``path``; refuses links, folders, FIFOs, devices
    and (with ``limit``) a file larger than ``limit`` bytes, before reading anything."""
    path = Path(path)
    name = path.name
    try:
        before = os.lstat(path)
    except OSError as exc:
        raise UnsafeFile("file_unreadable", name=name, detail=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(before.st_mode):
        raise UnsafeFile("file_not_regular", name=name, kind=kind_of(before.st_mode))
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:  # ELOOP: swapped for a link since lstat
        raise UnsafeFile("file_unreadable", name=name, detail=exc.strerror or str(exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile("file_not_regular", name=name, kind=kind_of(info.st_mode))
        if limit is not None and info.st_size > limit:
            raise UnsafeFile("file_too_big", name=name, size=info.st_size, limit=limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: reads never wait anyway
        yield fd, info.st_size
    finally:
        os.close(fd)


def _chunks(fd: int, size: int, name: str, cancel: CancelFn | None) -> Iterator[bytes]:
    """The file's bytes, at most ``size`` of them (a file growing while read is cut off
    and then differs from its stated size and hash)."""
    left = size
    while left > 0:
        _check_cancel(cancel, name)
        try:
            block = os.read(fd, min(CHUNK, left))
        except OSError as exc:
            raise UnsafeFile("file_unreadable", name=name,
                             detail=exc.strerror or str(exc)) from exc
        if not block:
            return
        left -= len(block)
        yield block


def read_bytes(path: Path, limit: int, *, cancel: CancelFn | None = None) -> bytes:
    """The whole regular file ``path``, refused when larger than ``limit`` bytes."""
    path = Path(path)
    with open_regular(path, limit=limit) as (fd, size):
        return b"".join(_chunks(fd, size, path.name, cancel))


def digest(path: Path, *, limit: int, keep: bool,
           cancel: CancelFn | None = None) -> tuple[int, str, bytes | None]:
    """``(bytes read, sha256 hex, the bytes when keep)``, hashed chunk by chunk."""
    path = Path(path)
    hasher = hashlib.sha256()
    kept: list[bytes] = []
    count = 0
    with open_regular(path, limit=limit) as (fd, size):
        for block in _chunks(fd, size, path.name, cancel):
            hasher.update(block)
            count += len(block)
            if keep:
                kept.append(block)
    return count, hasher.hexdigest(), b"".join(kept) if keep else None


# A string: anything but a quote or backslash, or an escape; possessive, and an
# unterminated one runs to the end (json.loads then refuses it), so the scan is linear.
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"?', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_SIGNED = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")


def json_depth(data: bytes) -> int:
    """How deep the brackets of the JSON text ``data`` nest, outside its strings.

    Linear, with no recursion, so it is safe before ``json.loads``.
    """
    outside = _STRING.sub(b"", data)
    brackets = outside.translate(None, _NOT_BRACKET).translate(_SIGNED)
    return max(accumulate(array("b", brackets)), default=0)


def loads(data: bytes, name: str, *, max_depth: int = MAX_JSON_DEPTH,
          encoding: str = "utf-8") -> Any:
    """``json.loads`` after a depth check: :class:`UnsafeFile` ``json_too_deep`` beyond
    ``max_depth``; ``ValueError`` (incl. ``UnicodeDecodeError``) for text that is not
    JSON."""
    if json_depth(data) > max_depth:
        raise UnsafeFile("json_too_deep", name=name, limit=max_depth)
    try:
        return json.loads(data.decode(encoding))
    except RecursionError as exc:  # not reached after the check; kept as a last guard
        raise UnsafeFile("json_too_deep", name=name, limit=max_depth) from exc
