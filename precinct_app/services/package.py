"""The election package (docs/formats.md §1): read a folder or a .zip safely, then its
``election.json`` through :mod:`election` (typed, every problem at once)."""

from __future__ import annotations

import copy
import json
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from precinct_app.services import bounds, safe_files
from precinct_app.services.election import Election, parse_election
from precinct_app.services.errors import DomainError
from precinct_app.services.forms import Form, Problem
from precinct_app.services.json_doc import JsonObject, objects

VOTER_FILES = ("voters.csv", "voters.xlsx")
# Caps far above a real package (election.json is a few KB, a list a few MB), so that a
# hostile stick is refused by name, never read into memory (the list: voter_import's cap).
MAX_ELECTION_JSON = 4 * 1024 * 1024
MAX_VOTER_FILE = 64 * 1024 * 1024
MAX_ZIP_MEMBER = MAX_VOTER_FILE


class PackageInvalid(DomainError):
    """The package cannot be used; ``problems`` lists every reason with its JSON path."""

    def __init__(self, code: str, problems: list[Problem] | None = None, **params: object) -> None:
        super().__init__(code, **params)
        self.problems: list[Problem] = problems or []


@dataclass(frozen=True)
class ElectionPackage:
    """A validated package: the election, the voter list if any, and the document as sent.

    ``document`` is ``election.json`` as written (option labels as {kk, ru, en} maps): the
    station stores it whole.
    """

    election: Election
    document: JsonObject = field(repr=False)
    source: str
    voter_file_name: str | None = None
    voter_file_bytes: bytes | None = field(default=None, repr=False)
    signed: bool = False

    @property
    def forms(self) -> dict[str, Form]:
        """Each contest's ``protocol_form`` id -> the whole form."""
        return self.election.forms


def _cap(name: str) -> int:
    return MAX_ELECTION_JSON if name == "election.json" else MAX_VOTER_FILE


def _read_folder(path: Path) -> dict[str, bytes]:
    """The package's files: regular files only (no link, FIFO or device), within caps."""
    files: dict[str, bytes] = {}
    for name in ("election.json", *VOTER_FILES):
        candidate = path / name
        if not os.path.lexists(candidate):
            continue
        try:
            files[name] = safe_files.read_bytes(candidate, _cap(name))
        except safe_files.UnsafeFile as exc:
            raise PackageInvalid(f"package_{exc.code}", path=str(path),
                                 **{**exc.params, "name": name}) from exc
    return files


def _read_zip(path: Path) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageInvalid("package_bad_zip", path=str(path)) from exc
    with archive:
        names = [n for n in archive.namelist() if not n.endswith("/")]
        for name in names:
            pure = PurePosixPath(name)
            if pure.is_absolute() or ".." in pure.parts or "\\" in name:
                raise PackageInvalid("package_unsafe_zip", path=str(path), member=name)
        # election.json at the root, or inside one top folder.
        prefix = ""
        if "election.json" not in names:
            nested = [n for n in names if PurePosixPath(n).name == "election.json"]
            if len(nested) == 1 and len(PurePosixPath(nested[0]).parts) == 2:
                prefix = nested[0][: -len("election.json")]
        files: dict[str, bytes] = {}
        for wanted in ("election.json", *VOTER_FILES):
            member = prefix + wanted
            if member in names:
                info = archive.getinfo(member)
                if info.file_size > min(MAX_ZIP_MEMBER, _cap(wanted)):
                    raise PackageInvalid("package_member_too_big", path=str(path), member=member)
                try:
                    files[wanted] = archive.read(member)
                except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                    raise PackageInvalid("package_bad_zip", path=str(path)) from exc
        return files


def load_package(path: Path) -> ElectionPackage:
    """Read and validate the package at ``path`` (a folder or a .zip).

    Raises ``PackageInvalid`` with every problem found; nothing is created here.
    """
    path = Path(path)
    if path.is_dir():
        files = _read_folder(path)
    elif path.is_file():
        files = _read_zip(path)
    else:
        raise PackageInvalid("package_not_found", path=str(path))
    raw = files.get("election.json")
    if raw is None:
        raise PackageInvalid("package_no_election_json", path=str(path))
    try:
        doc: object = bounds.load_json(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise PackageInvalid("package_not_utf8", path=str(path), position=exc.start) from exc
    except bounds.JsonLimitExceeded as exc:
        raise PackageInvalid(
            f"package_{exc.code}", path=str(path), line=exc.lineno, column=exc.colno,
            limit=exc.limit,
        ) from exc
    except json.JSONDecodeError as exc:
        raise PackageInvalid(
            "package_bad_json", path=str(path), line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from exc
    voter_name = next((n for n in VOTER_FILES if n in files), None)
    return from_document(
        doc,
        # Shown and logged: a name that is not UTF-8 would not encode (issue 12 s. 2).
        source=safe_files.printable(path.name),
        path=str(path),
        voter_file_name=voter_name,
        voter_file_bytes=files[voter_name] if voter_name else None,
    )


def from_document(
    doc: object,
    *,
    source: str = "",
    path: str = "",
    voter_file_name: str | None = None,
    voter_file_bytes: bytes | None = None,
) -> ElectionPackage:
    """The package of an ``election.json`` document already read (``path``: where from).

    Raises ``PackageInvalid`` with every problem found.
    """
    election, problems = parse_election(doc)
    if election is None or not isinstance(doc, dict):
        raise PackageInvalid("package_invalid", problems, path=path or source,
                             count=len(problems))
    return ElectionPackage(
        election=election,
        document=_with_label_maps(doc),
        source=source,
        voter_file_name=voter_file_name,
        voter_file_bytes=voter_file_bytes,
    )


def _with_label_maps(doc: JsonObject) -> JsonObject:
    """The document with plain-string option labels (people's names) as {kk, ru, en} maps."""
    result = copy.deepcopy(doc)
    for contest in objects(result.get("contests")):
        for option in objects(contest.get("options")):
            name = option.get("label")
            if isinstance(name, str):
                option["label"] = {"kk": name, "ru": name, "en": name}
    return result
