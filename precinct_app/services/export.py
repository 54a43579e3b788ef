"""The results export to the territorial commission (formats.md section 3).

:func:`build_export` turns the station's state into the files of one export folder,
signed with the station key; :func:`export` writes them safely through
``services.media``. The same state and the same clock always give the same bytes.
No voter personal data is read or written here: the protocols, the turnout figures,
the commission and the audit log (which names voters by list number only).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from precinct_app import __version__
from precinct_app.models import Contest, Station
from precinct_app.services import audit, keys, permissions, protocol, protocol_pdf, turnout
from precinct_app.services.clock import Clock
from precinct_app.services.errors import NoStation, Refused
from precinct_app.services.media import LocalMedium, Medium, fat_safe, unique_folder_name
from precinct_app.services.media import write_folder as media_write_folder
from precinct_app.services.protocol_data import SIGNED, ProtocolData
from precinct_app.services.station import StationInfo, load_station

EXPORT_FORMAT = "precinct-export/1"
RESULTS_FORMAT = "precinct-results/1"
MANIFEST, SIGNATURE, PUBLIC_KEY = "manifest.json", "manifest.sig", "station.pub"
RESULTS_JSON, RESULTS_CSV, TURNOUT_CSV, AUDIT_LOG = (
    "results.json", "results.csv", "turnout.csv", "audit.jsonl"
)
PDF_LANG = "kk+ru"


@dataclass(frozen=True)
class ExportBundle:
    """The files of one export, built but not yet written."""

    name: str  # the folder name of formats.md, without a _2 suffix
    files: dict[str, bytes]  # manifest.json and manifest.sig included
    manifest: dict[str, Any]
    training: bool
    preliminary: bool


@dataclass(frozen=True)
class ExportResult:
    """An export written to a medium and read back intact."""

    path: Path
    name: str
    files: tuple[str, ...]
    audit_head: audit.AuditHead
    training: bool
    preliminary: bool


def ensure_key(session: Session, clock: Clock, db_path: Path) -> str:
    """The station key's fingerprint; makes the key (an older database) when missing.

    A new key is recorded as ``station.key_created`` and in ``Station.key_fingerprint``.
    A key file that does not match the fingerprint the station recorded is refused
    (``export_key_mismatch``): the protocols already printed carry that fingerprint.
    """
    station = session.get(Station, 1)
    if station is None:
        raise NoStation("no_station")
    key_file = keys.key_path_for(db_path)
    created = not key_file.exists()
    key = keys.create_key(key_file) if created else keys.load_key(key_file)
    found = keys.fingerprint(key.public_key())
    if station.key_fingerprint == found:
        return found
    if station.key_fingerprint and not created:
        raise Refused("export_key_mismatch", expected=station.key_fingerprint, found=found,
                      path=str(key_file))
    previous = station.key_fingerprint
    station.key_fingerprint = found
    session.flush()
    audit.record(session, clock, "system", "station.key_created",
                 {"station_key": found, "replaced": previous})
    return found


def _dumps(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _local_iso(clock: Clock, station: StationInfo) -> str:
    return clock.local(station.timezone).isoformat(timespec="seconds")


def folder_name(station: StationInfo, clock: Clock, *, training: bool, preliminary: bool) -> str:
    """``[TRAINING_]P<precinct>_<election>_<YYYYMMDDTHHMM>[_PRELIMINARY]``, FAT-safe."""
    stamp = clock.local(station.timezone).strftime("%Y%m%dT%H%M")
    name = f"P{station.precinct_number}_{station.election_id}_{stamp}"
    if preliminary:
        name += "_PRELIMINARY"
    if training:
        name = "TRAINING_" + name
    return fat_safe(name)


def _contest_doc(session: Session, data: ProtocolData) -> dict[str, Any]:
    contest = session.get(Contest, data.contest_id)
    form = json.loads(contest.form_json) if contest else {}
    lines: list[dict[str, Any]] = []
    for line in data.lines:
        item: dict[str, Any] = {"key": line.key, "number": line.number, "value": line.value,
                                "source": line.source}
        if line.override_reason is not None:
            item["override_reason"] = line.override_reason
        lines.append(item)
    checks: list[dict[str, Any]] = []
    for check in data.checks:
        entry: dict[str, Any] = {"id": check.id, "severity": check.severity,
                                 "holds": check.holds}
        if check.explanation:
            entry["explanation"] = check.explanation
        checks.append(entry)
    signed = data.status == SIGNED
    return {
        "id": data.contest_id,
        "form": form,
        "version": data.version,
        "lines": lines,
        "checks": checks,
        "signed_at": data.signed_at.isoformat() if signed and data.signed_at else None,
        "present": [m.id for m in data.commission if m.present] if signed else [],
        "signed_by": data.signed_by if signed else None,
        "dissent": [{"member": m.id, "text": m.dissent} for m in data.commission if m.dissent]
        if signed else [],
        "code": data.code if signed else None,
    }


def _csv(rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _results_csv(datas: list[ProtocolData]) -> bytes:
    rows: list[list[Any]] = [["contest", "number", "key", "label_kk", "label_ru", "value",
                              "source"]]
    for data in datas:
        for line in data.lines:
            rows.append([data.contest_id, line.number, line.key, line.label.get("kk", ""),
                         line.label.get("ru", ""), "" if line.value is None else line.value,
                         line.source])
    return _csv(rows)


def _turnout_csv(session: Session, clock: Clock, station: StationInfo) -> bytes:
    report = turnout.report(session)
    rows: list[list[Any]] = [["time", "contest", "issued", "on_list", "percent"]]
    for snap in report.snapshots:
        rows.append([snap.report_time, snap.contest_id, snap.issued, snap.on_list,
                     f"{snap.percent:.1f}"])
    at = clock.local(station.timezone).strftime("%H:%M")
    for line in report.station:  # the figure at the time of the export
        rows.append([at, line.contest_id, line.issued, line.on_list, f"{line.percent:.1f}"])
    return _csv(rows)


def _audit_jsonl(session: Session) -> bytes:
    out: list[str] = []
    for ev in audit.iter_events(session):
        out.append(audit.canonical_json({
            "seq": ev.seq, "at": ev.at, "actor": ev.actor, "action": ev.action,
            "payload": json.loads(ev.payload), "prev_hash": ev.prev_hash, "hash": ev.hash,
        }))
    return ("\n".join(out) + "\n").encode("utf-8") if out else b""


def build_export(
    session: Session, clock: Clock, db_path: Path, *, preliminary: bool = False
) -> ExportBundle:
    """Every file of the export folder, signed; refused while a protocol is unsigned.

    Refused (``export_unsigned``, ``contests``) unless every contest's current protocol
    is signed or ``preliminary`` is asked for (status ``preliminary``, folder suffix
    ``_PRELIMINARY``). Protocol PDFs (kk+ru) of the signed contests only.
    """
    fingerprint = ensure_key(session, clock, db_path)
    key = keys.load_key(keys.key_path_for(db_path))
    station = load_station(session)
    datas = [protocol.build(session, clock, c.id) for c in station.contests]
    unsigned = [d.contest_id for d in datas if d.status != SIGNED]
    if unsigned and not preliminary:
        raise Refused("export_unsigned", contests=", ".join(unsigned))
    training = station.training(clock) or any(d.training for d in datas)
    mode = "training" if training else "official"
    status = "preliminary" if preliminary else "final"
    results = {
        "format": RESULTS_FORMAT,
        "election": station.election_id,
        "precinct": station.precinct_number,
        "mode": mode,
        "status": status,
        "contests": [_contest_doc(session, d) for d in datas],
        "commission": [{"id": m.id, "name": m.name, "role": m.role} for m in station.commission],
    }
    files: dict[str, bytes] = {
        PUBLIC_KEY: keys.public_pem(key),
        RESULTS_JSON: _dumps(results),
        RESULTS_CSV: _results_csv(datas),
        TURNOUT_CSV: _turnout_csv(session, clock, station),
        AUDIT_LOG: _audit_jsonl(session),
    }
    for data in datas:
        if data.status == SIGNED:
            files[fat_safe(f"protocol-{data.contest_id}.pdf")] = protocol_pdf.build(data, PDF_LANG)
    head = audit.head(session)
    manifest: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "election": station.election_id,
        "precinct": station.precinct_number,
        "created_at": _local_iso(clock, station),
        "software": f"precinct {__version__}",
        "mode": mode,
        "status": status,
        "station_key": fingerprint,
        "audit_head": {"seq": head.seq, "hash": head.hash},
        "files": [
            {"name": name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(files.items())
        ],
    }
    manifest_bytes = _dumps(manifest)
    files[MANIFEST] = manifest_bytes
    files[SIGNATURE] = base64.b64encode(key.sign(manifest_bytes)) + b"\n"
    name = folder_name(station, clock, training=training, preliminary=preliminary)
    return ExportBundle(name, files, manifest, training, preliminary)


def export(
    session: Session, clock: Clock, db_path: Path, parent: Path, *,
    medium: Medium | None = None, preliminary: bool = False,
) -> ExportResult:
    """Build the export and write it into ``parent`` under a free name, verified.

    Raises ``MediaError`` when the medium fails (nothing left under the final name).
    The caller records :func:`record_export` in a new transaction afterwards.
    """
    bundle = build_export(session, clock, db_path, preliminary=preliminary)
    medium = medium or LocalMedium()
    name = unique_folder_name(medium, Path(parent), bundle.name)
    written = media_write_folder(medium, Path(parent), name, bundle.files)
    head = bundle.manifest["audit_head"]
    return ExportResult(
        path=written.path, name=name, files=tuple(sorted(bundle.files)),
        audit_head=audit.AuditHead(head["seq"], head["hash"]), training=bundle.training,
        preliminary=bundle.preliminary,
    )


def record_export(session: Session, clock: Clock, member_id: str, result: ExportResult) -> None:
    """Write ``results.exported`` (who, which folder, the audit head it carries)."""
    who = permissions.require(session, member_id, "export")
    audit.record(session, clock, who.id, "results.exported", {
        "folder": result.name,
        "files": len(result.files),
        "audit_head": {"seq": result.audit_head.seq, "hash": result.audit_head.hash},
        "training": result.training,
        "preliminary": result.preliminary,
    })
