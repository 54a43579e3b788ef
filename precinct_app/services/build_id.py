"""The build's identity: one id over the software's code and resources, shown to observers.

An observer compares the id printed in every PDF footer (and shown in About, written in the
export manifest, printed by ``precinct version``) with the one the higher commission
published for the official build. The id is the SHA-256 of a listing in ``sha256sum``'s
own format, one line ``<sha256 of the file>  <relative path>`` per file, sorted by path
(bytes of its UTF-8), cut to its first 20 hex digits in groups of five
(``3F2A9-C1B77-D01E4-F9A2B``, as the station keys' fingerprints). So IT staff can
recompute it without Precinct (README, "Installing on a commission laptop").

- A **bundle** (PyInstaller, ``make dist``) lists every file of its folder, both programs
  and ``_internal/`` with Python, Qt, the fonts and the translations, except the build
  file itself. ``tools/dist.py`` writes that listing and the id into
  ``_internal/precinct-build.json`` once the bundle is built; the running bundle reads
  the id from there (milliseconds) and :func:`check` hashes the files again to prove it.
- A **source checkout** lists the package's own files and ``resources/`` (what the bundle
  ships of ours), computed once per process on first use (about 10 ms): its id changes
  with every edit, and no published id will ever match it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from precinct_app import __version__
from precinct_app.services.durable import file_sha256

BUILD_FILE_NAME = "precinct-build.json"
BUILD_FORMAT = "precinct-build/1"
ID_DIGITS = 20
# What a source checkout leaves beside its sources that the bundle does not ship.
_SOURCE_SKIP_DIRS = frozenset({"__pycache__"})
_SOURCE_SKIP_SUFFIXES = (".pyc", ".pyo", ".ts")

BUNDLE = "bundle"
SOURCE = "source"
UNKNOWN = "UNKNOWN"  # a bundle without its build file


@dataclass(frozen=True)
class BuildInfo:
    """Which software this is: ``kind`` is :data:`BUNDLE` or :data:`SOURCE`."""

    version: str
    build_id: str
    kind: str
    root: Path
    built_at: str = ""
    platform: str = ""

    @property
    def label(self) -> str:
        """What every page footer and the export manifest carry."""
        return f"Precinct {self.version} · build {self.build_id}"

    @property
    def software(self) -> str:
        """The export manifest's ``software`` field: ``precinct X.Y.Z build ID``."""
        return f"precinct {self.version} build {self.build_id}"


@dataclass(frozen=True)
class CheckResult:
    """What :func:`check` found: the files that differ from the listing (changed,
    missing, added), each a relative path; ``files`` is how many the listing has."""

    files: int
    changed: tuple[str, ...]
    missing: tuple[str, ...]
    added: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not (self.changed or self.missing or self.added)


def format_id(digest_hex: str) -> str:
    """``3F2A9-C1B77-D01E4-F9A2B`` from a hex digest."""
    head = digest_hex[:ID_DIGITS].upper()
    return "-".join(head[i:i + 5] for i in range(0, ID_DIGITS, 5))


def listing_text(hashes: dict[str, str]) -> str:
    """``sha256sum``'s output for ``hashes`` (relative path -> hex), sorted by path."""
    return "".join(f"{hashes[name]}  {name}\n"
                   for name in sorted(hashes, key=lambda n: n.encode("utf-8")))


def id_of(hashes: dict[str, str]) -> str:
    """The build id of a listing."""
    return format_id(hashlib.sha256(listing_text(hashes).encode("utf-8")).hexdigest())


def _walk(top: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        dirnames[:] = [d for d in dirnames if d not in _SOURCE_SKIP_DIRS]
        for name in filenames:
            yield Path(dirpath) / name


def bundle_files(root: Path) -> list[Path]:
    """Every file of a bundle's folder but the build file (symbolic links as files). A
    symbolic link to a folder is listed too: a bundle has none, so one added afterwards
    (code loaded from outside the folder) is named by :func:`check`, never walked past."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        out.extend(Path(dirpath) / d for d in dirnames if (Path(dirpath) / d).is_symlink())
        for name in filenames:
            if name == BUILD_FILE_NAME:
                continue
            out.append(Path(dirpath) / name)
    return out


def source_files(root: Path) -> list[Path]:
    """The package's own files and ``resources/`` in a source checkout."""
    out = []
    for top in (root / "precinct_app", root / "resources"):
        for path in _walk(top):
            if not path.name.endswith(_SOURCE_SKIP_SUFFIXES):
                out.append(path)
    return out


def hash_files(root: Path, files: Iterable[Path]) -> dict[str, str]:
    """Relative POSIX path -> SHA-256 hex of each file."""
    return {path.relative_to(root).as_posix(): file_sha256(path) for path in files}


def bundle_root() -> Path | None:
    """The bundle's folder (where both programs are), or ``None`` when run from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def _internal_dir() -> Path:
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))


def source_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent


def write_build_file(root: Path, internal: Path, *, built_at: str, platform: str) -> BuildInfo:
    """Hash a freshly built bundle at ``root`` and write its build file into ``internal``
    (``tools/dist.py``). Returns what was written."""
    hashes = hash_files(root, bundle_files(root))
    build_id = id_of(hashes)
    doc = {"format": BUILD_FORMAT, "version": __version__, "build_id": build_id,
           "built_at": built_at, "platform": platform,
           "files": {name: hashes[name] for name in sorted(hashes)}}
    (internal / BUILD_FILE_NAME).write_text(
        json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return BuildInfo(__version__, build_id, BUNDLE, root, built_at, platform)


def _read_build_file(path: Path) -> dict[str, object]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != BUILD_FORMAT:
        raise ValueError(f"{path}: not a {BUILD_FORMAT} file")
    return doc


@functools.cache
def current() -> BuildInfo:
    """This process's build (read or computed once)."""
    root = bundle_root()
    if root is not None:
        path = _internal_dir() / BUILD_FILE_NAME
        try:
            doc = _read_build_file(path)
        except (OSError, ValueError):
            # A bundle without its build file was not made by make dist: say so on paper.
            return BuildInfo(__version__, UNKNOWN, BUNDLE, root)
        return BuildInfo(str(doc.get("version", __version__)), str(doc["build_id"]), BUNDLE,
                         root, str(doc.get("built_at", "")), str(doc.get("platform", "")))
    src = source_root()
    return BuildInfo(__version__, id_of(hash_files(src, source_files(src))), SOURCE, src)


def check(info: BuildInfo | None = None) -> CheckResult:
    """Hash the files again and compare them with the build's listing.

    A bundle is compared with the listing in its build file (and the listing's id with the
    build id it states); a source checkout with the id computed at start.
    """
    info = info or current()
    if info.kind == SOURCE:
        hashes = hash_files(info.root, source_files(info.root))
        changed: tuple[str, ...] = () if id_of(hashes) == info.build_id else ("precinct_app",)
        return CheckResult(len(hashes), changed, (), ())
    path = _internal_dir() / BUILD_FILE_NAME
    try:
        doc = _read_build_file(path)
        listed = doc["files"]
        if not isinstance(listed, dict):
            raise ValueError("files")
    except (OSError, ValueError, KeyError):
        return CheckResult(0, (), (BUILD_FILE_NAME,), ())
    expected = {str(k): str(v) for k, v in listed.items()}
    actual_paths = {p.relative_to(info.root).as_posix(): p for p in bundle_files(info.root)}
    changed = tuple(sorted(n for n in expected.keys() & actual_paths.keys()
                           if file_sha256(actual_paths[n]) != expected[n]))
    missing = tuple(sorted(expected.keys() - actual_paths.keys()))
    added = tuple(sorted(actual_paths.keys() - expected.keys()))
    if id_of(expected) != info.build_id and not changed:
        changed = (BUILD_FILE_NAME,)  # the listing was edited to hide a change
    return CheckResult(len(expected), changed, missing, added)
