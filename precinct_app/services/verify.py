"""Verifying an export folder without the station's database (formats.md section 3).

:func:`verify_folder` reads only the folder: the signature over manifest.json with
station.pub, the station key (optionally pinned), the list of files, each file's size
and SHA-256, the audit chain and its head, each contest's protocol code and its
control ratios recomputed from the exported values. One :class:`VerifyCheck` per line
of the report; ``ok`` only when every check passes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from precinct_app.services import audit, keys, rules
from precinct_app.services.errors import DomainError
from precinct_app.services.protocol_data import protocol_code

EXPORT_FORMAT = "precinct-export/1"
RESULTS_FORMAT = "precinct-results/1"
MANIFEST, SIGNATURE, PUBLIC_KEY, RESULTS, AUDIT_LOG = (
    "manifest.json", "manifest.sig", "station.pub", "results.json", "audit.jsonl"
)
_MANIFEST_FIELDS = ("format", "election", "precinct", "created_at", "mode", "status",
                    "station_key", "audit_head", "files")


class VerifyError(DomainError):
    """The path cannot be verified at all (``verify_not_a_folder``)."""


@dataclass(frozen=True)
class VerifyCheck:
    """One line of the report: ``id`` (e.g. ``file_hash:results.json``), pass/fail, words."""

    id: str
    ok: bool
    code: str
    params: dict[str, Any]


@dataclass(frozen=True)
class VerifyReport:
    """Every check; ``ok`` iff all pass. ``failed_files`` names the files at fault."""

    ok: bool
    training: bool
    preliminary: bool
    checks: tuple[VerifyCheck, ...]
    failed_files: tuple[str, ...] = ()


def normalise_code(code: str) -> str:
    """``xxxx xxxx-xxxx.xxxx`` -> ``XXXX-XXXX-XXXX-XXXX`` (as read off the paper)."""
    digits = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def normalise_key(key: str) -> str:
    """A fingerprint typed with or without dashes, any case -> groups of five."""
    digits = "".join(ch for ch in key.upper() if ch.isalnum())
    return "-".join(digits[i : i + 5] for i in range(0, len(digits), 5))


class _Run:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.checks: list[VerifyCheck] = []
        self.bad_files: list[str] = []

    def add(self, check_id: str, ok: bool, code: str, file: str | None = None, /,
            **params: Any) -> bool:
        self.checks.append(VerifyCheck(check_id, ok, code, params))
        if not ok and file is not None and file not in self.bad_files:
            self.bad_files.append(file)
        return ok

    def read(self, name: str) -> bytes | None:
        try:
            return (self.folder / name).read_bytes()
        except OSError:
            return None


def _manifest(run: _Run) -> tuple[dict[str, Any] | None, bytes | None]:
    raw = run.read(MANIFEST)
    if raw is None:
        run.add("manifest_readable", False, "verify_manifest_missing", MANIFEST)
        return None, None
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        run.add("manifest_readable", False, "verify_manifest_unreadable", MANIFEST)
        return None, raw
    if (not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT
            or any(f not in doc for f in _MANIFEST_FIELDS)
            or not isinstance(doc.get("files"), list)):
        run.add("manifest_readable", False, "verify_manifest_unreadable", MANIFEST)
        return None, raw
    run.add("manifest_readable", True, "verify_manifest_ok", election=doc["election"],
            precinct=doc["precinct"], created_at=doc["created_at"], mode=doc["mode"],
            status=doc["status"])
    return doc, raw


def _public_key(run: _Run) -> Ed25519PublicKey | None:
    raw = run.read(PUBLIC_KEY)
    if raw is None:
        return None
    try:
        key = serialization.load_pem_public_key(raw)
    except ValueError:
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def _signature(run: _Run, raw_manifest: bytes, key: Ed25519PublicKey | None) -> None:
    if key is None:
        run.add("signature", False, "verify_key_unreadable", PUBLIC_KEY)
        return
    raw = run.read(SIGNATURE)
    try:
        sig = base64.b64decode(raw.strip(), validate=True) if raw is not None else b""
    except (binascii.Error, ValueError):
        sig = b""
    if len(sig) != 64:
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
    run.bad_files.extend(n for n in (*missing, *extra) if n not in run.bad_files)
    if missing or extra:
        run.add("files_listed", False, "verify_files_differ", missing=", ".join(missing) or "-",
                extra=", ".join(extra) or "-")
    else:
        run.add("files_listed", True, "verify_files_ok", count=len(listed))
    contents: dict[str, bytes] = {}
    for name, item in sorted(listed.items()):
        data = run.read(name) if name in present else None
        if data is None:
            run.add(f"file_hash:{name}", False, "verify_file_missing", name, name=name)
            continue
        digest = hashlib.sha256(data).hexdigest()
        if len(data) != item.get("bytes"):
            run.add(f"file_hash:{name}", False, "verify_file_size", name, name=name,
                    found=len(data), stated=item.get("bytes"))
        elif digest != item.get("sha256"):
            run.add(f"file_hash:{name}", False, "verify_file_hash", name, name=name)
        else:
            run.add(f"file_hash:{name}", True, "verify_file_ok", name=name, bytes=len(data))
            contents[name] = data
    return contents


def _events(data: bytes) -> list[audit.EventRow] | None:
    out: list[audit.EventRow] = []
    try:
        for line in data.decode("utf-8").splitlines():
            if not line.strip():
                continue
            ev = json.loads(line)
            out.append(audit.EventRow(int(ev["seq"]), ev["at"], ev["actor"], ev["action"],
                                      audit.canonical_json(ev["payload"]), ev["prev_hash"],
                                      ev["hash"]))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None
    return out


def _audit(run: _Run, manifest: dict[str, Any], data: bytes | None) -> list[audit.EventRow]:
    events = _events(data) if data is not None else None
    if events is None:
        run.add("audit_chain", False, "verify_audit_unreadable", AUDIT_LOG)
        run.add("audit_head", False, "verify_audit_unreadable", AUDIT_LOG)
        return []
    report = audit.verify_events(events)
    if report.ok:
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
    return events


def _signed_codes(events: list[audit.EventRow]) -> dict[tuple[str, int], str]:
    out: dict[tuple[str, int], str] = {}
    for ev in events:
        if ev.action == "protocol.signed":
            payload = json.loads(ev.payload)
            out[(str(payload.get("contest")), int(payload.get("version", 0)))] = str(
                payload.get("code"))
    return out


def _ratios(run: _Run, contest: dict[str, Any]) -> None:
    cid = contest["id"]
    form = contest["form"]
    values: dict[str, int | None] = {x["key"]: x["value"] for x in contest["lines"]}
    fixed = [x["key"] for x in form["lines"] if not x.get("options")]
    options = [k for k in values if k not in fixed]
    stored = {c["id"]: c for c in contest["checks"]}
    failing: list[str] = []
    for check in form.get("checks", []):
        outcome = rules.evaluate(rules.parse_rule(check["rule"], fixed), values, options)
        mine = stored.get(check["id"], {})
        if outcome.holds is True:
            continue
        if (outcome.holds is False and check["severity"] == "warning"
                and mine.get("explanation")):
            continue
        failing.append(check["id"])
    signed = contest.get("code") is not None
    if not failing:
        run.add(f"control_ratios:{cid}", True, "verify_ratios_ok", contest=cid,
                count=len(form.get("checks", [])))
    elif not signed:
        run.add(f"control_ratios:{cid}", True, "verify_ratios_preliminary", contest=cid,
                checks=", ".join(failing))
    else:
        run.add(f"control_ratios:{cid}", False, "verify_ratios_fail", RESULTS, contest=cid,
                checks=", ".join(failing))


def _results(run: _Run, manifest: dict[str, Any], data: bytes | None,
             events: list[audit.EventRow], paper: str | None) -> None:
    try:
        doc = json.loads(data.decode("utf-8")) if data is not None else None
        ok = (isinstance(doc, dict) and doc.get("format") == RESULTS_FORMAT
              and all(doc.get(k) == manifest[k]
                      for k in ("election", "precinct", "mode", "status")))
        contests = doc["contests"] if ok and isinstance(doc, dict) else []
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        ok, contests = False, []
    if not ok:
        run.add("results", False, "verify_results_bad", RESULTS)
        if paper is not None:
            run.add("paper_code", False, "verify_paper_code_none",
                    protocol_code=normalise_code(paper))
        return
    run.add("results", True, "verify_results_ok", contests=len(contests))
    signed = _signed_codes(events)
    codes: list[str] = []
    for contest in contests:
        try:
            cid, version, stored = contest["id"], int(contest["version"]), contest["code"]
            lines = {x["key"]: x["value"] for x in contest["lines"]}
            if stored is None:
                run.add(f"protocol_code:{cid}", True, "verify_code_unsigned", contest=cid)
            else:
                code = protocol_code(manifest["election"], manifest["precinct"], cid, version,
                                     lines)
                if code != stored:
                    run.add(f"protocol_code:{cid}", False, "verify_code_bad", RESULTS,
                            contest=cid, found=code, stated=stored)
                elif signed.get((cid, version), code) != code:
                    run.add(f"protocol_code:{cid}", False, "verify_code_not_audit", AUDIT_LOG,
                            contest=cid, stated=stored, audit=signed[(cid, version)])
                else:
                    codes.append(code)
                    run.add(f"protocol_code:{cid}", True, "verify_code_ok", contest=cid,
                            protocol_code=code, version=version)
            _ratios(run, contest)
        except (KeyError, TypeError, ValueError, DomainError):
            run.add(f"protocol_code:{contest.get('id', '?') if isinstance(contest, dict) else '?'}",
                    False, "verify_results_bad", RESULTS)
    if paper is not None:
        wanted = normalise_code(paper)
        if wanted in codes:
            run.add("paper_code", True, "verify_paper_code_ok", protocol_code=wanted)
        else:
            run.add("paper_code", False, "verify_paper_code_bad", protocol_code=wanted,
                    found=", ".join(codes) or "-")


def verify_folder(path: Path, *, key: str | None = None, code: str | None = None) -> VerifyReport:
    """Check the export folder at ``path``; needs no station database.

    ``key`` pins the station key's fingerprint, ``code`` is the protocol code read off the
    paper protocol. Raises :class:`VerifyError` only when ``path`` is not a folder.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise VerifyError("verify_not_a_folder", path=str(folder))
    run = _Run(folder)
    manifest, raw = _manifest(run)
    if manifest is None or raw is None:
        return VerifyReport(False, False, False, tuple(run.checks), tuple(run.bad_files))
    public = _public_key(run)
    _signature(run, raw, public)
    _station_key(run, manifest, public, key)
    contents = _files(run, manifest)
    events = _audit(run, manifest, contents.get(AUDIT_LOG))
    _results(run, manifest, contents.get(RESULTS), events, code)
    ok = all(c.ok for c in run.checks)
    return VerifyReport(ok, manifest["mode"] == "training", manifest["status"] == "preliminary",
                        tuple(run.checks), tuple(run.bad_files))
