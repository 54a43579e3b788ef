"""Verifying an export folder without the station's database (docs/formats.md §3).

:func:`verify_folder` reads only the folder. One :class:`VerifyCheck` per line of the
report, in this order; ``ok`` only when every check passes:

``manifest_readable`` (format precinct-export/1, every field and its type), ``signature``
(Ed25519 over the exact manifest bytes with station.pub), ``station_key`` (station.pub's
fingerprint is the manifest's; with ``key`` also the pinned one), ``files_listed`` (no
file missing, none extra), ``file_hash:<name>`` (size and SHA-256 of each listed file),
``audit_chain`` (recomputed with services.audit; every line marked with the export's
mode), ``audit_head`` (the manifest's), ``audit_key`` (the key the station recorded in its
log is the one that signed), ``results``, then per contest ``protocol_code:<id>`` (the
code recomputed from the values, equal to results.json's and to the one the audit log
recorded at signing, with who was present, the dissents, explanations and overrides) and
``control_ratios:<id>`` (the form's rules over the exported values: errors hold, warnings
hold or are explained), ``results_csv`` (agrees with results.json), ``turnout_csv``, and
``paper_code`` when a code read off the paper protocol is given.

The signature proves only that the holder of station.pub's key wrote the folder. That
it is *this* station's key is proved by ``key`` (the fingerprint printed on the paper
protocol, or known to the territorial commission beforehand); without it a folder
re-signed by another key fails ``audit_key`` unless its whole log was rewritten too.

The stick may be hostile: every file is read through services.safe_files (regular files
only, never a link, FIFO or device; its size checked against the manifest and a cap
before reading; hashed in chunks; JSON depth checked before parsing), so the run always
ends with a verdict naming the file, and ``cancel`` stops it between chunks.
"""

from __future__ import annotations

import base64
import binascii
import csv
import datetime as dt
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from precinct_app.services import (
    anchor,
    audit,
    bounds,
    boxes_annex,
    journal_doc,
    keys,
    rules,
    safe_files,
)
from precinct_app.services.errors import DomainError
from precinct_app.services.protocol_data import protocol_code

if TYPE_CHECKING:  # cryptography is imported on first use: not at the app's start-up
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

EXPORT_FORMAT = "precinct-export/1"
RESULTS_FORMAT = "precinct-results/1"
MANIFEST, SIGNATURE, PUBLIC_KEY, RESULTS, AUDIT_LOG = (
    "manifest.json", "manifest.sig", "station.pub", "results.json", "audit.jsonl"
)
RESULTS_CSV, TURNOUT_CSV = "results.csv", "turnout.csv"
# The exported columns (docs/formats.md §3); a training export adds a last ``mode``
# column (services.export), so an official one is exactly the contract.
RESULTS_CSV_COLUMNS = ("contest", "number", "key", "label_kk", "label_ru", "value", "source")
TURNOUT_CSV_COLUMNS = ("time", "contest", "issued", "on_list", "percent")
TRAINING = "training"
# Caps far above a real export (a station's audit log is a few MB), so that a hostile
# stick costs bounded memory and time: manifest.json, the key and signature, any file.
MAX_MANIFEST_BYTES = 1 << 20
MAX_SMALL_BYTES = 64 << 10
MAX_FILE_BYTES = 64 << 20
PEOPLE = "people.json"  # services.people_export (issue 14); absent from older exports
_PARSED = (RESULTS, AUDIT_LOG, RESULTS_CSV, TURNOUT_CSV,  # kept in memory; others hashed
           PEOPLE, journal_doc.NAME, boxes_annex.ANNEX)


def csv_columns(columns: tuple[str, ...], mode: str) -> tuple[str, ...]:
    """The columns of an exported CSV file in ``mode`` (official | training)."""
    return (*columns, "mode") if mode == TRAINING else columns


def training_mark(mode: str) -> tuple[str, ...]:
    """What ends every row of an exported CSV file: ``training``, or nothing."""
    return (TRAINING,) if mode == TRAINING else ()
SOFTWARE_SHOWN = 80  # characters of the manifest's software field a report shows
_MANIFEST_TEXT_FIELDS = ("election", "precinct", "created_at", "mode", "status",
                         "station_key")


class VerifyError(DomainError):
    """The path cannot be verified at all (``verify_not_a_folder``), or the user
    cancelled (``verify_cancelled``)."""


@dataclass(frozen=True)
class VerifyCheck:
    """One line of the report: ``id`` (e.g. ``file_hash:results.json``), pass/fail, words."""

    id: str
    ok: bool
    code: str
    params: dict[str, Any]


@dataclass(frozen=True)
class ExportedLine:
    """One protocol line as the export carries it (results.csv), to read off the screen."""

    contest: str
    number: str
    label_kk: str
    label_ru: str
    value: int | None


@dataclass(frozen=True)
class VerifyReport:
    """Every check; ``ok`` iff all pass. ``failed_files`` names the files at fault."""

    ok: bool
    training: bool
    preliminary: bool
    checks: tuple[VerifyCheck, ...]
    failed_files: tuple[str, ...] = ()
    # The protocol lines of results.csv, from the bytes that were checked: set only when
    # every check passes (a failed export is not to be read off).
    lines: tuple[ExportedLine, ...] = ()
    # The protocol codes that verified (recomputed, stored and recorded at signing alike).
    codes: tuple[str, ...] = ()
    # results.json's contests as the stick carries them (each with its form): the screen
    # names a contest by its protocol's title, not by its id.
    contests: tuple[dict[str, Any], ...] = ()

    def main_failure(self) -> VerifyCheck | None:
        """The failure the verdict states, so that it names the file at fault.

        A broken signature means manifest.json or manifest.sig was changed (its message
        names both), unless station.pub itself was; otherwise a changed, missing or extra
        file comes first (it also breaks the checks that read it), else the first failure.
        """
        failing = [c for c in self.checks if not c.ok]
        by_id = {c.id: c for c in failing}
        if "signature" in by_id and "station_key" in by_id:
            # station.pub holds another key (or none): it is the changed file.
            return by_id.get(f"file_hash:{PUBLIC_KEY}", by_id["signature"])
        if "signature" in by_id:
            # The key is the one the manifest names: a changed manifest.json also fails
            # station.pub's hash (which it lists), but the file at fault is the manifest.
            return by_id["signature"]
        named = (c for c in failing
                 if c.id.startswith("file_hash:") or c.id == "files_listed")
        return next(named, failing[0] if failing else None)


def normalise_code(code: str) -> str:
    """``xxxx xxxx-xxxx.xxxx`` -> ``XXXX-XXXX-XXXX-XXXX`` (as read off the paper).

    The text of the protocol's QR code (``P164|E=...|C=...|V1|1=...;2=...|CODE``, as a 2D
    scanner types it) gives its last field, the code.
    """
    code = code.strip().rsplit("|", 1)[-1]
    digits = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def normalise_key(key: str) -> str:
    """A fingerprint typed with or without dashes, any case -> groups of five."""
    digits = "".join(ch for ch in key.upper() if ch.isalnum())
    return "-".join(digits[i : i + 5] for i in range(0, len(digits), 5))


def _refusal(exc: safe_files.UnsafeFile) -> tuple[str, dict[str, Any]]:
    """A file refused by safe_files as a check's code and data; cancelling stops the run."""
    if exc.code == "file_cancelled":
        raise VerifyError("verify_cancelled") from exc
    return f"verify_{exc.code}", dict(exc.params)


class _Run:
    def __init__(self, folder: Path, cancel: safe_files.CancelFn | None = None) -> None:
        self.folder = folder
        self.cancel = cancel
        self.refused: dict[str, tuple[str, dict[str, Any]]] = {}  # name -> why not read
        self.checks: list[VerifyCheck] = []
        self.bad_files: list[str] = []
        self.codes: list[str] = []  # the protocol codes that verified
        self.lines: list[ExportedLine] = []  # results.csv, once it agreed with results.json

    def add(self, check_id: str, ok: bool, code: str, file: str | None = None, /,
            **params: Any) -> bool:
        # Names and values may come from a hostile stick: shown, never able to crash the
        # output (bytes that are not UTF-8) or drive a terminal (escape sequences).
        params = {k: safe_files.printable(x) if isinstance(x, str) else x
                  for k, x in params.items()}
        self.checks.append(VerifyCheck(safe_files.printable(check_id), ok, code, params))
        if not ok and file is not None:
            file = safe_files.printable(file)
            if file not in self.bad_files:
                self.bad_files.append(file)
        return ok

    def read(self, name: str, limit: int) -> bytes | None:
        """The file's bytes; None when missing or refused (why: ``refused[name]``)."""
        path = self.folder / name
        if not os.path.lexists(path):
            return None
        try:
            return safe_files.read_bytes(path, limit, cancel=self.cancel)
        except safe_files.UnsafeFile as exc:
            self.refused[name] = _refusal(exc)
            return None

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise VerifyError("verify_cancelled")


def _manifest_shape_ok(doc: Any) -> bool:
    """Every field of docs/formats.md §3 with its type: a hostile manifest cannot crash a check."""
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        return False
    if any(not isinstance(doc.get(f), str) for f in _MANIFEST_TEXT_FIELDS):
        return False
    if doc["mode"] not in ("official", "training") or doc["status"] not in ("final",
                                                                            "preliminary"):
        return False
    head, files = doc.get("audit_head"), doc.get("files")
    if not (isinstance(head, dict) and _is_int(head.get("seq"))
            and isinstance(head.get("hash"), str)):
        return False
    return isinstance(files, list) and all(
        isinstance(f, dict) and isinstance(f.get("name"), str) and _plain_name(f["name"])
        and _is_int(f.get("bytes"))
        and isinstance(f.get("sha256"), str)
        for f in files
    )


def _plain_name(name: str) -> bool:
    """A file name in the folder itself: never a path that reads anything else."""
    return name not in ("", ".", "..") and "/" not in name and "\\" not in name \
        and "\0" not in name


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _manifest(run: _Run) -> tuple[dict[str, Any] | None, bytes | None]:
    raw = run.read(MANIFEST, MAX_MANIFEST_BYTES)
    if raw is None and MANIFEST in run.refused:
        code, params = run.refused[MANIFEST]
        run.add("manifest_readable", False, code, MANIFEST, **params)
        return None, None
    if raw is None:
        run.add("manifest_readable", False, "verify_manifest_missing", MANIFEST)
        return None, None
    try:
        doc = safe_files.loads(raw, MANIFEST)
    except safe_files.UnsafeFile as exc:
        code, params = _refusal(exc)
        run.add("manifest_readable", False, code, MANIFEST, **params)
        return None, raw
    except ValueError:
        run.add("manifest_readable", False, "verify_manifest_unreadable", MANIFEST)
        return None, raw
    if not _manifest_shape_ok(doc):
        run.add("manifest_readable", False, "verify_manifest_unreadable", MANIFEST)
        return None, raw
    # The build that wrote it, for the territorial commission to compare with the published
    # id (docs/formats.md §9); shown, not checked: any string, cut and made printable.
    software = doc.get("software")
    software = safe_files.printable(software[:SOFTWARE_SHOWN]) if isinstance(software, str) \
        else "?"
    run.add("manifest_readable", True, "verify_manifest_ok", election=doc["election"],
            precinct=doc["precinct"], created_at=doc["created_at"], mode=doc["mode"],
            status=doc["status"], software=software)
    return doc, raw


def _public_key(run: _Run) -> Ed25519PublicKey | None:
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    raw = run.read(PUBLIC_KEY, MAX_SMALL_BYTES)
    if raw is None:
        return None
    try:
        key = serialization.load_pem_public_key(raw)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def _signature(run: _Run, raw_manifest: bytes, key: Ed25519PublicKey | None) -> None:
    from cryptography.exceptions import InvalidSignature

    if key is None and PUBLIC_KEY in run.refused:
        code, params = run.refused[PUBLIC_KEY]
        run.add("signature", False, code, PUBLIC_KEY, **params)
        return
    if key is None:
        run.add("signature", False, "verify_key_unreadable", PUBLIC_KEY)
        return
    raw = run.read(SIGNATURE, MAX_SMALL_BYTES)
    if raw is None and SIGNATURE in run.refused:
        code, params = run.refused[SIGNATURE]
        run.add("signature", False, code, SIGNATURE, **params)
        return
    try:
        sig = base64.b64decode(raw.strip(), validate=True) if raw is not None else b""
    except (binascii.Error, ValueError):
        sig = b""
    # Only the bytes the station writes (the base64 text and a newline) are accepted: the
    # decoder alone ignores other trailing white space and a last character's unused bits,
    # so a changed manifest.sig could otherwise still verify.
    if len(sig) != 64 or raw not in (base64.b64encode(sig), base64.b64encode(sig) + b"\n"):
        run.add("signature", False, "verify_signature_unreadable", SIGNATURE)
        return
    try:
        key.verify(sig, raw_manifest)
    except InvalidSignature:
        # Either file may be the changed one: both are named.
        run.add("signature", False, "verify_signature_bad", MANIFEST)
        if SIGNATURE not in run.bad_files:
            run.bad_files.append(SIGNATURE)
        return
    run.add("signature", True, "verify_signature_ok")


def _station_key(run: _Run, manifest: dict[str, Any], key: Ed25519PublicKey | None,
                 pinned: str | None) -> None:
    if key is None:
        run.add("station_key", False, "verify_key_unreadable", PUBLIC_KEY)
        return
    found = keys.fingerprint(key)
    if found != manifest["station_key"]:
        run.add("station_key", False, "verify_key_not_manifest", PUBLIC_KEY, found=found,
                stated=manifest["station_key"])
    elif pinned is not None and normalise_key(pinned) != found:
        run.add("station_key", False, "verify_key_not_pinned", PUBLIC_KEY, found=found,
                expected=normalise_key(pinned))
    elif pinned is not None:
        run.add("station_key", True, "verify_key_pinned", found=found)
    else:
        run.add("station_key", True, "verify_key_ok", found=found)


def _files(run: _Run, manifest: dict[str, Any]) -> dict[str, bytes]:
    listed: dict[str, dict[str, Any]] = {}
    for item in manifest["files"]:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            listed[item["name"]] = item
    present = {p.name for p in run.folder.iterdir()} - {MANIFEST, SIGNATURE}
    missing = sorted(set(listed) - present)
    extra = sorted(present - set(listed))
    shown = [safe_files.printable(n) for n in (*missing, *extra)]
    run.bad_files.extend(n for n in shown if n not in run.bad_files)
    if missing or extra:
        run.add("files_listed", False, "verify_files_differ", missing=", ".join(missing) or "-",
                extra=", ".join(extra) or "-")
    else:
        run.add("files_listed", True, "verify_files_ok", count=len(listed))
    contents: dict[str, bytes] = {}
    for name, item in sorted(listed.items()):
        run.check_cancel()
        if name not in present:
            run.add(f"file_hash:{name}", False, "verify_file_missing", name, name=name)
            continue
        data = _file(run, name, item)
        if data is not None:
            contents[name] = data
    return contents


def _file(run: _Run, name: str, item: dict[str, Any]) -> bytes | None:
    """Check one listed file: regular, its size the manifest's (before reading), its hash
    (in chunks). Returns its bytes when it passes and is one the later checks parse."""
    check_id = f"file_hash:{name}"
    try:
        with safe_files.open_regular(run.folder / name) as (_fd, size):
            pass  # its size first: a changed file reads as changed, whatever its size
        if size != item.get("bytes"):
            run.add(check_id, False, "verify_file_size", name, name=name, found=size,
                    stated=item.get("bytes"))
            return None
        count, digest, data = safe_files.digest(run.folder / name, limit=MAX_FILE_BYTES,
                                                keep=name in _PARSED, cancel=run.cancel)
    except safe_files.UnsafeFile as exc:
        code, params = _refusal(exc)
        run.add(check_id, False, code, name, **{**params, "name": name})
        return None
    if count != item.get("bytes"):  # changed between the two looks
        run.add(check_id, False, "verify_file_size", name, name=name, found=count,
                stated=item.get("bytes"))
    elif digest != item.get("sha256"):
        run.add(check_id, False, "verify_file_hash", name, name=name)
    else:
        run.add(check_id, True, "verify_file_ok", name=name, bytes=count)
        return data if data is not None else b""
    return None


def _events(data: bytes) -> tuple[list[audit.EventRow], set[Any]] | None:
    """The events of audit.jsonl and the ``mode`` values its lines carry."""
    out: list[audit.EventRow] = []
    modes: set[Any] = set()
    try:
        for line in data.decode("utf-8").splitlines():
            if not line.strip():
                continue
            ev = bounds.load_json(line)
            out.append(audit.EventRow(int(ev["seq"]), ev["at"], ev["actor"], ev["action"],
                                      audit.canonical_json(ev["payload"]), ev["prev_hash"],
                                      ev["hash"]))
            modes.add(ev.get("mode"))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return out, modes


def _audit(run: _Run, manifest: dict[str, Any], data: bytes | None) -> list[audit.EventRow]:
    if data is None:
        for check_id in ("audit_chain", "audit_head", "audit_key"):
            run.add(check_id, False, "verify_skipped", AUDIT_LOG, name=AUDIT_LOG)
        return []
    if safe_files.json_depth(data) > bounds.MAX_JSON_DEPTH:
        for check_id in ("audit_chain", "audit_head", "audit_key"):
            run.add(check_id, False, "verify_json_too_deep", AUDIT_LOG, name=AUDIT_LOG,
                    limit=bounds.MAX_JSON_DEPTH)
        return []
    parsed = _events(data)
    if parsed is None:
        run.add("audit_chain", False, "verify_audit_unreadable", AUDIT_LOG)
        run.add("audit_head", False, "verify_audit_unreadable", AUDIT_LOG)
        run.add("audit_key", False, "verify_audit_unreadable", AUDIT_LOG)
        return []
    events, modes = parsed
    report = audit.verify_events(events)
    if modes and modes != {manifest["mode"] if manifest["mode"] == TRAINING else None}:
        run.add("audit_chain", False, "verify_mode_differs", AUDIT_LOG, name=AUDIT_LOG,
                mode=manifest["mode"])
    elif report.ok:
        run.add("audit_chain", True, "verify_audit_ok", events=report.events)
    else:
        run.add("audit_chain", False, f"verify_audit_{report.problem}", AUDIT_LOG,
                seq=report.broken_seq)
    stated = manifest["audit_head"] if isinstance(manifest["audit_head"], dict) else {}
    if report.ok and (report.head.seq, report.head.hash) == (stated.get("seq"),
                                                               stated.get("hash")):
        run.add("audit_head", True, "verify_head_ok", seq=report.head.seq)
    else:
        run.add("audit_head", False, "verify_head_bad", AUDIT_LOG, seq=stated.get("seq"),
                found=report.head.seq)
    _audit_key(run, manifest, events)
    return events


def _audit_key(run: _Run, manifest: dict[str, Any], events: list[audit.EventRow]) -> None:
    """The station key the audit log recorded (at creation, or when a key was made later).

    Not proof of the station (only a pinned key or the fingerprint on the paper protocol
    is), but a key swapped into an export without rewriting its whole log is caught.
    """
    recorded = ""
    for ev in events:
        if ev.action in ("station.created", "station.key_created"):
            try:
                found = json.loads(ev.payload).get("station_key") or ""
            except (ValueError, AttributeError):
                found = ""
            recorded = str(found) or recorded
    stated = manifest["station_key"]
    if recorded == stated:
        run.add("audit_key", True, "verify_audit_key_ok", found=recorded)
    elif not recorded:
        run.add("audit_key", False, "verify_audit_key_none", AUDIT_LOG, stated=stated)
    else:
        run.add("audit_key", False, "verify_audit_key_differs", PUBLIC_KEY, found=recorded,
                stated=stated)


@dataclass(frozen=True)
class _Signing:
    """A ``protocol.signed`` event: who signed, when (UTC), and what it recorded."""

    actor: str
    at: str
    payload: dict[str, Any]


def _signings(events: list[audit.EventRow]) -> dict[tuple[str, int], _Signing]:
    out: dict[tuple[str, int], _Signing] = {}
    for ev in events:
        if ev.action != "protocol.signed":
            continue
        payload = json.loads(ev.payload)
        if isinstance(payload, dict) and _is_int(payload.get("version")):
            out[(str(payload.get("contest")), payload["version"])] = _Signing(
                ev.actor, ev.at, payload)
    return out


def _instant(text: Any) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def _signing_differs(contest: dict[str, Any], signing: _Signing) -> list[str]:
    """The fields of a signed contest that differ from what the audit log recorded."""
    recorded = signing.payload
    lines = contest["lines"]
    stated = {
        "lines": {x["key"]: x["value"] for x in lines},
        "present": sorted(contest["present"]),
        "signed_by": contest["signed_by"],
        "signed_at": _instant(contest["signed_at"]),
        "dissent": {d["member"]: d["text"] for d in contest["dissent"]},
        "explanations": {c["id"]: c["explanation"] for c in contest["checks"]
                         if c.get("explanation")},
        "overrides": {x["key"]: x["override_reason"] for x in lines
                      if x.get("override_reason") is not None},
    }
    expected = {
        "lines": recorded.get("lines"),
        "present": sorted(recorded.get("present") or []),
        "signed_by": signing.actor,
        "signed_at": _instant(signing.at),
        "dissent": recorded.get("dissent", {}),
        "explanations": recorded.get("explanations", {}),
        "overrides": recorded.get("overrides", {}),
    }
    return [field for field in stated if stated[field] != expected[field]]


def _ratios(run: _Run, contest: dict[str, Any]) -> None:
    cid = contest["id"]
    form = contest["form"]
    values: dict[str, int | None] = {x["key"]: x["value"] for x in contest["lines"]}
    fixed = [x["key"] for x in form["lines"] if not x.get("options")]
    options = [k for k in values if k not in fixed]
    stored = {c["id"]: c for c in contest["checks"]}
    failing: list[str] = []
    misstated: list[str] = []
    for check in form.get("checks", []):
        outcome = rules.evaluate(rules.parse_rule(check["rule"], fixed), values, options)
        mine = stored.get(check["id"], {})
        if mine.get("holds") != outcome.holds:
            misstated.append(check["id"])
        if outcome.holds is True:
            continue
        if (outcome.holds is False and check["severity"] == "warning"
                and mine.get("explanation")):
            continue
        failing.append(check["id"])
    signed = contest.get("code") is not None
    if misstated:
        run.add(f"control_ratios:{cid}", False, "verify_ratios_misstated", RESULTS, contest=cid,
                checks=", ".join(misstated))
    elif not failing:
        run.add(f"control_ratios:{cid}", True, "verify_ratios_ok", contest=cid,
                count=len(form.get("checks", [])))
    elif not signed:
        run.add(f"control_ratios:{cid}", True, "verify_ratios_preliminary", contest=cid,
                checks=", ".join(failing))
    else:
        run.add(f"control_ratios:{cid}", False, "verify_ratios_fail", RESULTS, contest=cid,
                checks=", ".join(failing))


def _results_shape_ok(doc: dict[str, Any]) -> bool:
    """The fields of precinct-results/1 with their types (docs/formats.md §3)."""
    contests, commission = doc.get("contests"), doc.get("commission")
    if not isinstance(contests, list) or not isinstance(commission, list):
        return False
    if not all(isinstance(m, dict) and all(isinstance(m.get(f), str) for f in
                                           ("id", "name", "role")) for m in commission):
        return False
    for c in contests:
        if not (isinstance(c, dict) and isinstance(c.get("id"), str)
                and isinstance(c.get("form"), dict) and _is_int(c.get("version"))
                and all(isinstance(c.get(f), list) for f in ("lines", "checks", "present",
                                                              "dissent"))
                and all(c.get(f) is None or isinstance(c.get(f), str)
                        for f in ("signed_at", "signed_by", "code"))
                and all(isinstance(x, dict) for x in (*c["lines"], *c["checks"],
                                                       *c["dissent"]))):
            return False
        members = {m["id"] for m in commission}
        if not set(c["present"]) <= members or c["signed_by"] not in (members | {None}):
            return False  # who signed is a member of the commission listed
    return True


def _results(run: _Run, manifest: dict[str, Any], data: bytes | None,
             events: list[audit.EventRow]) -> list[dict[str, Any]] | None:
    """results.json: its format and header, each contest's code and control ratios."""
    if data is None:
        run.add("results", False, "verify_skipped", RESULTS, name=RESULTS)
        return None
    try:
        doc = safe_files.loads(data, RESULTS)
    except safe_files.UnsafeFile as exc:
        run.add("results", False, "verify_json_too_deep", RESULTS, **exc.params)
        return None
    except ValueError:
        doc = None
    try:
        ok = (isinstance(doc, dict) and doc.get("format") == RESULTS_FORMAT
              and all(doc.get(k) == manifest[k]
                      for k in ("election", "precinct", "mode", "status")))
        contests = doc["contests"] if ok and isinstance(doc, dict) else []
        ok = ok and _results_shape_ok(doc)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        ok, contests = False, []
    if not ok:
        run.add("results", False, "verify_results_bad", RESULTS)
        return None
    run.add("results", True, "verify_results_ok", contests=len(contests))
    signed = _signings(events)
    codes: list[str] = []
    for contest in contests:
        try:
            cid, version, stored = contest["id"], int(contest["version"]), contest["code"]
            lines = {x["key"]: x["value"] for x in contest["lines"]}
            if stored is None and manifest["status"] == "final":
                run.add(f"protocol_code:{cid}", False, "verify_code_missing", RESULTS,
                        contest=cid)
            elif stored is None:
                run.add(f"protocol_code:{cid}", True, "verify_code_unsigned", contest=cid)
            else:
                code = protocol_code(manifest["election"], manifest["precinct"], cid, version,
                                     lines)
                if code != stored:
                    run.add(f"protocol_code:{cid}", False, "verify_code_bad", RESULTS,
                            contest=cid, found=code, stated=stored)
                elif events and (cid, version) not in signed:
                    # The station records every signing with its code (audit.jsonl).
                    run.add(f"protocol_code:{cid}", False, "verify_code_not_audit", AUDIT_LOG,
                            contest=cid, stated=stored, audit="-")
                elif events and signed[(cid, version)].payload.get("code") != code:
                    run.add(f"protocol_code:{cid}", False, "verify_code_not_audit", AUDIT_LOG,
                            contest=cid, stated=stored,
                            audit=signed[(cid, version)].payload.get("code"))
                elif events and (differs := _signing_differs(contest, signed[(cid, version)])):
                    run.add(f"protocol_code:{cid}", False, "verify_signing_not_audit", RESULTS,
                            contest=cid, fields=", ".join(differs))
                else:
                    codes.append(code)
                    run.add(f"protocol_code:{cid}", True, "verify_code_ok", contest=cid,
                            protocol_code=code, version=version)
            _ratios(run, contest)
        except (KeyError, TypeError, ValueError, AttributeError, DomainError):
            cid = contest.get("id", "?") if isinstance(contest, dict) else "?"
            run.add(f"protocol_code:{cid}", False, "verify_contest_bad", RESULTS, contest=cid)
    run.codes = codes
    return contests


def _paper_code(run: _Run, paper: str, contests: list[dict[str, Any]] | None) -> None:
    wanted = normalise_code(paper)
    if contests is None:
        run.add("paper_code", False, "verify_paper_code_none", protocol_code=wanted)
    elif wanted in run.codes:
        run.add("paper_code", True, "verify_paper_code_ok", protocol_code=wanted)
    else:
        run.add("paper_code", False, "verify_paper_code_bad", protocol_code=wanted,
                found=", ".join(run.codes) or "-")


def _csv_rows(data: bytes | None) -> list[list[str]] | None:
    if data is None:
        return None
    try:
        return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    except (UnicodeDecodeError, csv.Error):
        return None


def _expected_csv(contests: list[dict[str, Any]], mode: str) -> list[tuple[str, ...]]:
    """results.csv as results.json says it must be (labels of option lines are not in
    results.json: the form names them ``options``; they are compared by key only)."""
    out: list[tuple[str, ...]] = []
    for contest in contests:
        for line in contest["lines"]:
            value = "" if line["value"] is None else str(line["value"])
            out.append((str(contest["id"]), str(line["number"]), str(line["key"]), value,
                        str(line["source"]), *training_mark(mode)))
    return out


def _labels(contests: list[dict[str, Any]]) -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for contest in contests:
        for line in contest["form"]["lines"]:
            if not line.get("options"):
                label = line.get("label", {})
                out[(str(contest["id"]), line["key"])] = (label.get("kk", ""),
                                                          label.get("ru", ""))
    return out


def _csv_body(run: _Run, check_id: str, name: str, data: bytes | None,
              base: tuple[str, ...], mode: str) -> list[list[str]] | None:
    """The rows under the header of an exported CSV file; None once its failure is added
    (missing or changed, not CSV, or not the columns of docs/formats.md §3 for ``mode``)."""
    if data is None:
        run.add(check_id, False, "verify_skipped", name, name=name)
        return None
    rows = _csv_rows(data)
    if rows is None:
        run.add(check_id, False, "verify_csv_unreadable", name, name=name)
        return None
    columns = csv_columns(base, mode)
    if not rows or tuple(rows[0]) != columns:
        run.add(check_id, False, "verify_csv_columns", name, name=name,
                columns=",".join(columns))
        return None
    return rows[1:]


def _results_csv(run: _Run, manifest: dict[str, Any], data: bytes | None,
                 contests: list[dict[str, Any]] | None) -> None:
    if data is not None and contests is None:
        run.add("results_csv", False, "verify_csv_no_results")
        return
    body = _csv_body(run, "results_csv", RESULTS_CSV, data, RESULTS_CSV_COLUMNS,
                     manifest["mode"])
    if body is None or contests is None:
        return
    try:
        expected = _expected_csv(contests, manifest["mode"])
        labels = _labels(contests)
    except (KeyError, TypeError, AttributeError):
        run.add("results_csv", False, "verify_csv_unreadable", RESULTS_CSV, name=RESULTS_CSV)
        return
    width = len(csv_columns(RESULTS_CSV_COLUMNS, manifest["mode"]))
    for index, row in enumerate(body):
        if len(row) != width:
            run.add("results_csv", False, "verify_csv_row", RESULTS_CSV, line=index + 2)
            return
        contest, number, key, label_kk, label_ru, value, source, *mark = row
        wanted = labels.get((contest, key))
        if (index >= len(expected) or (contest, number, key, value, source, *mark)
                != expected[index] or (wanted is not None and wanted != (label_kk, label_ru))):
            run.add("results_csv", False, "verify_csv_row", RESULTS_CSV, line=index + 2)
            return
    if len(body) != len(expected):
        run.add("results_csv", False, "verify_csv_row", RESULTS_CSV, line=len(body) + 2)
        return
    run.lines = [ExportedLine(r[0], r[1], r[3], r[4],
                              int(r[5]) if r[5].lstrip("-").isdigit() else None) for r in body]
    run.add("results_csv", True, "verify_csv_ok", lines=len(body))


def _turnout_csv(run: _Run, manifest: dict[str, Any], data: bytes | None) -> None:
    body = _csv_body(run, "turnout_csv", TURNOUT_CSV, data, TURNOUT_CSV_COLUMNS,
                     manifest["mode"])
    if body is None:
        return
    for index, row in enumerate(body):
        try:
            _time, _contest, issued, on_list, percent, *mark = row
            numbers_ok = int(issued) >= 0 and int(on_list) >= 0 and float(percent) >= 0
        except ValueError:
            numbers_ok = False
        if not numbers_ok or tuple(mark) != training_mark(manifest["mode"]):
            run.add("turnout_csv", False, "verify_turnout_row", TURNOUT_CSV, line=index + 2)
            return
    run.add("turnout_csv", True, "verify_turnout_ok", rows=len(body))


def _people(run: _Run, manifest: dict[str, Any], data: bytes | None,
            events: list[audit.EventRow]) -> None:
    """people.json, when the export lists it: its shape, and its copies and postings the
    audit log's (services.people_export). A missing or changed one failed its hash."""
    if data is None:
        return
    from precinct_app.services import people_export

    ok, message, params = people_export.check(
        data, manifest["mode"], ((ev.action, ev.payload) for ev in events))
    run.add("people_json", ok, message, PEOPLE, **params)


def _journal(run: _Run, manifest: dict[str, Any], contents: dict[str, bytes],
             events: list[audit.EventRow]) -> None:
    """journal.json, when the export lists it (exports before issue 14 have none)."""
    listed = {item.get("name") for item in manifest["files"] if isinstance(item, dict)}
    if journal_doc.NAME not in listed:
        return
    data = contents.get(journal_doc.NAME)
    if data is None:  # missing or changed: its file_hash check names it
        run.add("journal", False, "verify_skipped", journal_doc.NAME, name=journal_doc.NAME)
        return
    ok, code, params = journal_doc.check(data, manifest, events)
    run.add("journal", ok, code, None if ok else journal_doc.NAME, **params)


def check_head(run: _Run, head: str, events: list[audit.EventRow]) -> None:
    """The exported chain passes through ``head`` (``1234:7F3A-91C2`` as printed on a
    protocol page, shown on the Station screen): its event ``seq`` has that hash.

    A log cut back and rebuilt after the head was written down no longer holds it.
    """
    try:
        wanted = anchor.parse_head(head)
    except DomainError as exc:
        run.add("audit_anchor", False, exc.code, AUDIT_LOG, **exc.params)
        return
    found = next((ev for ev in events if ev.seq == wanted.seq), None)
    if found is None:
        run.add("audit_anchor", False, "verify_anchor_absent", AUDIT_LOG, head=wanted.text(),
                seq=wanted.seq)
    elif not wanted.matches(found.seq, found.hash):
        run.add("audit_anchor", False, "verify_anchor_differs", AUDIT_LOG, head=wanted.text(),
                seq=wanted.seq, found=anchor.short_hash(found.hash))
    else:
        run.add("audit_anchor", True, "verify_anchor_ok", head=wanted.text())


def verify_folder(path: Path, *, key: str | None = None, code: str | None = None,
                  head: str | None = None,
                  cancel: safe_files.CancelFn | None = None) -> VerifyReport:
    """Check the export folder at ``path``; needs no station database.

    ``key`` pins the station key's fingerprint, ``code`` is the protocol code read off the
    paper protocol, ``head`` an audit head written down during the day (``SEQ:HASH``, see
    :func:`check_head`), ``cancel`` is asked between files and chunks. Raises
    :class:`VerifyError` only when ``path`` is not a folder or ``cancel`` said stop.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise VerifyError("verify_not_a_folder", path=str(folder))
    run = _Run(folder, cancel)
    manifest, raw = _manifest(run)
    if manifest is None or raw is None:
        return VerifyReport(False, False, False, tuple(run.checks), tuple(run.bad_files))
    public = _public_key(run)
    _signature(run, raw, public)
    _station_key(run, manifest, public, key)
    contents = _files(run, manifest)
    run.check_cancel()
    events = _audit(run, manifest, contents.get(AUDIT_LOG))
    contests = _results(run, manifest, contents.get(RESULTS), events)
    _results_csv(run, manifest, contents.get(RESULTS_CSV), contests)
    _turnout_csv(run, manifest, contents.get(TURNOUT_CSV))
    _people(run, manifest, contents.get(PEOPLE), events)
    _journal(run, manifest, contents, events)
    boxes_annex.check(run.add, contents.get(boxes_annex.ANNEX), manifest["mode"], events)
    if code is not None:
        _paper_code(run, code, contests)
    if head is not None:
        check_head(run, head, events)
    ok = all(c.ok for c in run.checks)
    return VerifyReport(ok, manifest["mode"] == "training", manifest["status"] == "preliminary",
                        tuple(run.checks), tuple(run.bad_files),
                        tuple(run.lines) if ok else (), tuple(run.codes), tuple(contests or ()))
