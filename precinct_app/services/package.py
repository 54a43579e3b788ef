"""The election package (docs/formats.md §1): load a folder or .zip, validate it all."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from precinct_app.services import bounds, forms, rules, safe_files
from precinct_app.services.errors import DomainError
from precinct_app.services.forms import Problem

FORMAT = "precinct-election/1"
VOTER_FILES = ("voters.csv", "voters.xlsx")
ROLES = ("chair", "deputy_chair", "secretary", "member")
KINDS = ("referendum", "candidates", "party_list")
# Caps far above a real package (election.json is a few KB, a list a few MB), so that a
# hostile stick is refused by name, never read into memory (the list: voter_import's cap).
MAX_ELECTION_JSON = 4 * 1024 * 1024
MAX_VOTER_FILE = 64 * 1024 * 1024
MAX_ZIP_MEMBER = MAX_VOTER_FILE
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_ELECTION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}\Z")


class PackageInvalid(DomainError):
    """The package cannot be used; ``problems`` lists every reason with its JSON path."""

    def __init__(self, code: str, problems: list[Problem] | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.problems: list[Problem] = problems or []


@dataclass(frozen=True)
class ElectionPackage:
    """A validated package: the election, the forms its contests use, the voter list if any."""

    election: dict[str, Any]
    forms: dict[str, dict[str, Any]]
    source: str
    voter_file_name: str | None = None
    voter_file_bytes: bytes | None = field(default=None, repr=False)
    signed: bool = False


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
        election = bounds.load_json(raw.decode("utf-8-sig"))
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
    problems = validate_election(election)
    if problems:
        raise PackageInvalid("package_invalid", problems, path=str(path), count=len(problems))
    election = _with_label_maps(election)
    voter_name = next((n for n in VOTER_FILES if n in files), None)
    return ElectionPackage(
        election=election,
        forms=resolve_forms(election),
        # Shown and logged: a name that is not UTF-8 would not encode (issue 12 s. 2).
        source=safe_files.printable(path.name),
        voter_file_name=voter_name,
        voter_file_bytes=files[voter_name] if voter_name else None,
    )


def _with_label_maps(election: dict[str, Any]) -> dict[str, Any]:
    """The election with plain-string option labels (people's names) as {kk, ru, en} maps."""
    result = copy.deepcopy(election)
    for contest in result["contests"]:
        for option in contest["options"]:
            if isinstance(option["label"], str):
                name = option["label"]
                option["label"] = {"kk": name, "ru": name, "en": name}
    return result


def resolve_forms(election: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The whole form of every ``protocol_form`` the contests name (inline first)."""
    inline = election.get("protocol_forms") or {}
    resolved: dict[str, dict[str, Any]] = {}
    for contest in election["contests"]:
        form_id = contest["protocol_form"]
        resolved[form_id] = inline[form_id] if form_id in inline else forms.builtin_form(form_id)
    return resolved


class _Checker:
    """Collects problems while walking the document."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, code: str, **params: Any) -> None:
        self.problems.append(Problem(path, code, params))

    def obj(self, value: Any, path: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.add(path, "missing" if value is None else "not_object")
            return None
        return value

    def unique(self, value: str, seen: set[str], path: str) -> None:
        """Report ``value`` at ``path`` when it was seen before; remember it."""
        if value in seen:
            self.add(path, "duplicate_id", value=value)
        seen.add(value)

    def string(self, parent: dict[str, Any], key: str, path: str) -> str | None:
        value = parent.get(key)
        if not isinstance(value, str) or not value.strip():
            self.add(f"{path}.{key}", "missing_string" if value is None else "not_string")
            return None
        return value

    def text_map(self, parent: dict[str, Any], key: str, path: str, required: bool = True) -> None:
        value = parent.get(key)
        if value is None and not required:
            return
        if not isinstance(value, dict):
            self.add(f"{path}.{key}", "not_text_map")
            return
        for lang in ("kk", "ru"):
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.add(f"{path}.{key}.{lang}", "missing_string")
        for lang, text in value.items():
            if not isinstance(text, str):
                self.add(f"{path}.{key}.{lang}", "not_string")

    def time(self, parent: dict[str, Any], key: str, path: str) -> str | None:
        value = parent.get(key)
        if not isinstance(value, str) or not _TIME.match(value):
            self.add(f"{path}.{key}", "not_time", value=str(value))
            return None
        return value


def validate_election(doc: Any) -> list[Problem]:
    """Every problem of an ``election.json`` document, each with its JSON path."""
    c = _Checker()
    if not isinstance(doc, dict):
        return [Problem("$", "not_object")]
    if doc.get("format") != FORMAT:
        c.add("format", "bad_format", value=str(doc.get("format")), expected=FORMAT)

    election = c.obj(doc.get("election"), "election")
    if election is not None:
        eid = c.string(election, "id", "election")
        if eid is not None and not _ELECTION_ID.match(eid):
            c.add("election.id", "bad_election_id", value=eid)
        date = c.string(election, "date", "election")
        if date is not None:
            try:
                # Python 3.11 also takes "20241006"; the format says YYYY-MM-DD.
                if not _DATE.match(date):
                    raise ValueError(date)
                dt.date.fromisoformat(date)
            except ValueError:
                c.add("election.date", "not_date", value=date)
        tz = c.string(election, "timezone", "election")
        if tz is not None:
            try:
                ZoneInfo(tz)
            except (ZoneInfoNotFoundError, ValueError):
                c.add("election.timezone", "unknown_timezone", value=tz)
        c.text_map(election, "title", "election")

    precinct = c.obj(doc.get("precinct"), "precinct")
    if precinct is not None:
        c.string(precinct, "number", "precinct")
        c.text_map(precinct, "territory", "precinct")
        c.text_map(precinct, "address", "precinct")
        hours = c.obj(precinct.get("voting_hours"), "precinct.voting_hours")
        if hours is not None:
            opens = c.time(hours, "opens", "precinct.voting_hours")
            closes = c.time(hours, "closes", "precinct.voting_hours")
            if opens and closes and opens >= closes:
                c.add("precinct.voting_hours", "closes_before_opens", opens=opens, closes=closes)
        times = precinct.get("turnout_report_times", [])
        if not isinstance(times, list):
            c.add("precinct.turnout_report_times", "not_list")
        else:
            for i, t in enumerate(times):
                if not isinstance(t, str) or not _TIME.match(t):
                    c.add(f"precinct.turnout_report_times[{i}]", "not_time", value=str(t))
        if "outside_voting_requests_until" in precinct:
            c.time(precinct, "outside_voting_requests_until", "precinct")
        if "special" in precinct and not isinstance(precinct["special"], bool):
            c.add("precinct.special", "not_bool")

    commission = doc.get("commission")
    if not isinstance(commission, list) or not commission:
        c.add("commission", "not_nonempty_list")
    else:
        ids: set[str] = set()
        chairs = 0
        for i, m in enumerate(commission):
            mp = f"commission[{i}]"
            member = c.obj(m, mp)
            if member is None:
                continue
            mid = c.string(member, "id", mp)
            if mid is not None:
                c.unique(mid, ids, f"{mp}.id")
            c.string(member, "name", mp)
            role = member.get("role")
            if role not in ROLES:
                c.add(f"{mp}.role", "bad_role", value=str(role))
            chairs += role == "chair"
        if chairs != 1:
            c.add("commission", "chair_count", count=chairs)

    inline_forms = doc.get("protocol_forms", {})
    if not isinstance(inline_forms, dict):
        c.add("protocol_forms", "not_object")
        inline_forms = {}

    contests = doc.get("contests")
    if not isinstance(contests, list) or not contests:
        c.add("contests", "not_nonempty_list")
        contests = []
    contest_ids: set[str] = set()
    used_forms: dict[str, list[str]] = {}
    for i, raw in enumerate(contests):
        cp = f"contests[{i}]"
        contest = c.obj(raw, cp)
        if contest is None:
            continue
        cid = c.string(contest, "id", cp)
        if cid is not None:
            if not _ELECTION_ID.match(cid):
                c.add(f"{cp}.id", "bad_key", value=cid)
            c.unique(cid, contest_ids, f"{cp}.id")
        if contest.get("kind") not in KINDS:
            c.add(f"{cp}.kind", "bad_kind", value=str(contest.get("kind")))
        c.text_map(contest, "title", cp)
        c.text_map(contest, "question", cp, required=False)
        received = contest.get("ballots_received")
        if not isinstance(received, int) or isinstance(received, bool) or received < 0:
            c.add(f"{cp}.ballots_received", "not_count", value=bounds.shown(received))
        elif received > bounds.MAX_BALLOTS:
            c.add(f"{cp}.ballots_received", "count_too_large", value=received,
                  limit=bounds.MAX_BALLOTS)
        options = contest.get("options")
        option_ids: list[str] = []  # in ballot order
        seen_options: set[str] = set()
        if not isinstance(options, list) or not options:
            c.add(f"{cp}.options", "not_nonempty_list")
        else:
            for j, o in enumerate(options):
                op = f"{cp}.options[{j}]"
                option = c.obj(o, op)
                if option is None:
                    continue
                oid = c.string(option, "id", op)
                if oid is not None:
                    if not rules.KEY_PATTERN.match(oid):
                        c.add(f"{op}.id", "bad_key", value=oid)
                    else:
                        c.unique(oid, seen_options, f"{op}.id")
                    option_ids.append(oid)
                if isinstance(option.get("label"), str):
                    # A candidate's name is one plain string in every language.
                    c.string(option, "label", op)
                else:
                    c.text_map(option, "label", op)
        form_id = contest.get("protocol_form")
        if not isinstance(form_id, str) or not form_id:
            c.add(f"{cp}.protocol_form", "missing_string")
        elif form_id not in inline_forms and form_id not in forms.builtin_form_ids():
            c.add(f"{cp}.protocol_form", "unknown_form", value=form_id)
        else:
            used_forms.setdefault(form_id, []).extend(option_ids)
            if form_id not in inline_forms:
                form = forms.builtin_form(form_id)
                for p in forms.validate_form(form, f"{cp}.protocol_form", option_ids):
                    if p.code == "option_clashes_with_line":
                        c.problems.append(Problem(f"{cp}.options", p.code, p.params))
    for form_id, form in inline_forms.items():
        fp = f"protocol_forms.{form_id}"
        c.problems.extend(forms.validate_form(form, fp, used_forms.get(form_id, ())))
        if isinstance(form, dict) and form.get("id") not in (None, form_id):
            c.add(f"{fp}.id", "form_id_mismatch", value=str(form.get("id")), expected=form_id)
    return c.problems
