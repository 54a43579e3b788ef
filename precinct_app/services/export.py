"""The results export to the territorial commission (docs/formats.md §3).

:func:`build_export` turns the station's state into the files of one export folder,
signed with the station key; :func:`export` writes them safely through
``services.media_write``. The same state and the same clock always give the same bytes.
No voter personal data is read or written here: the protocols, the turnout figures,
the commission and the audit log (which names voters by list number only).

Decisions within docs/formats.md §3 (the verifier relies on them):

- JSON files are UTF-8, indented by two spaces, keys in a fixed order, one final newline;
  audit.jsonl is one canonical JSON object a line (LF), in seq order.
- Training marks: ``mode`` (``official`` | ``training``) in manifest.json and
  results.json; in a training export only, a last ``mode`` column (``training``) on
  every row of results.csv and turnout.csv and a ``mode`` field on every audit.jsonl
  line (not part of the hashed event), TRAINING on every PDF page, and the
  ``TRAINING_`` folder prefix. An official export's CSV and audit lines are exactly
  as in docs/formats.md §3. station.pub and manifest.sig carry no results and are not marked.
- turnout.csv: the frozen snapshot of every report time, then one row per contest whose
  ``time`` is ``closing``: the turnout when voting closed (or, in a preliminary export
  while voting is open, the export's station time HH:MM).
- A preliminary export (``_PRELIMINARY``, status ``preliminary``) carries unsigned
  contests with ``code``, ``signed_at`` and ``signed_by`` null, ``present`` and
  ``dissent`` empty, and no PDF for them.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import Contest, PhaseChange, Station
from precinct_app.services import (
    audit,
    boxes_annex,
    build_id,
    disputes,
    journal,
    journal_doc,
    keys,
    people_export,
    permissions,
    phases,
    protocol,
    protocol_pdf,
    reconcile,
    turnout,
    verify,
)
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError, NoStation, Refused, WrongPhase
from precinct_app.services.media_write import fat_safe, unique_folder_name
from precinct_app.services.media_write import write_folder as media_write_folder
from precinct_app.services.medium import LocalMedium, MediaError, Medium
from precinct_app.services.protocol_data import SIGNED, ProtocolData, require_code_holds
from precinct_app.services.station import StationInfo, load_station
from precinct_app.services.verify import (
    RESULTS_CSV_COLUMNS,
    TURNOUT_CSV_COLUMNS,
    csv_columns,
    training_mark,
)

EXPORT_FORMAT = "precinct-export/1"
RESULTS_FORMAT = "precinct-results/1"
MANIFEST, SIGNATURE, PUBLIC_KEY = "manifest.json", "manifest.sig", "station.pub"
RESULTS_JSON, RESULTS_CSV, TURNOUT_CSV, AUDIT_LOG = (
    "results.json", "results.csv", "turnout.csv", "audit.jsonl"
)
PDF_LANG = "kk+ru"
# The CSV columns are docs/formats.md §3's; a training export adds ``mode`` = training on every
# row, so its CSV files are marked as its JSON files are (docs/formats.md §6).
CLOSING = "closing"


@dataclass(frozen=True)
class ExportBundle:
    """The files of one export, built but not yet written."""

    name: str  # the folder name of docs/formats.md §3, without a _2 suffix
    files: dict[str, bytes]  # manifest.json and manifest.sig included
    manifest: dict[str, Any]
    training: bool
    preliminary: bool
    # What the written folder is verified against, as the territorial commission does:
    # the fingerprint the station recorded and the codes of the signed protocols.
    station_key: str = ""
    codes: tuple[str, ...] = ()


class ExportNotVerified(MediaError):
    """The folder written fails ``precinct verify`` (code ``export_not_verified``).

    ``params``: ``path`` (the final folder), ``failed`` and ``total`` (checks), and
    ``reason``: the failing :class:`FailedCheck`, worded where the message is shown.
    """


class FailedCheck(DomainError):
    """One failing check of a verification: its code and data, and the contests the
    folder carries (results.json's), so that its words can name a contest by its title."""

    def __init__(self, check: verify.VerifyCheck, contests: tuple[dict[str, Any], ...]) -> None:
        super().__init__(check.code, **check.params)
        self.contests = contests


@dataclass(frozen=True)
class ExportResult:
    """An export written to a medium, read back intact and verified in full."""

    path: Path
    name: str
    files: tuple[str, ...]
    audit_head: audit.AuditHead
    training: bool
    preliminary: bool


@dataclass(frozen=True)
class Eligibility:
    """Whether the results may be exported now; if not, the refusal's code and data.

    ``unsigned``: the contests whose protocol is not signed (a final export waits for
    them; a preliminary one carries them unsigned).
    """

    phase: str
    unsigned: tuple[str, ...]
    preliminary: bool
    code: str | None = None
    params: tuple[tuple[str, str], ...] = ()

    @property
    def allowed(self) -> bool:
        """True when the export may be written."""
        return self.code is None

    def require(self) -> None:
        """Nothing when allowed; the refusal (``WrongPhase`` or ``Refused``) otherwise."""
        if self.code is None:
            return
        error = WrongPhase if self.code == "export_before_count" else Refused
        raise error(self.code, **dict(self.params))


def eligibility(phase: str, unsigned: tuple[str, ...] | list[str], *,
                preliminary: bool) -> Eligibility:
    """The one rule of when the results are exported, for the window and the CLI alike.

    From the start of the count (``phases.EXPORT_PHASES``): before it there are no results
    to export, and nothing marked as results leaves the station while voting is open
    (docs/domain.md §9). The final export once every protocol is signed; a preliminary one
    (marked, docs/formats.md §3) at any point of the count.
    """
    unsigned = tuple(unsigned)
    if phase not in phases.EXPORT_PHASES:
        return Eligibility(phase, unsigned, preliminary, "export_before_count",
                           (("phase", phase),))
    if unsigned and not preliminary:
        return Eligibility(phase, unsigned, preliminary, "export_unsigned",
                           (("contests", ", ".join(unsigned)),))
    return Eligibility(phase, unsigned, preliminary)


def may_export(session: Session, *, preliminary: bool) -> Eligibility:
    """:func:`eligibility` for the station as it stands."""
    return eligibility(phases.current_phase(session), protocol.unsigned(session),
                       preliminary=preliminary)


def require_may_export(session: Session, member_id: str, *, preliminary: bool) -> None:
    """Who and when, checked before anything is built: a member who may export
    (``PermissionDenied``) and :func:`eligibility` (``WrongPhase`` / ``Refused``)."""
    permissions.require(session, member_id, "export")
    may_export(session, preliminary=preliminary).require()


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


def _name_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]+", "_", fat_safe(text)).strip("._") or "_"


def folder_name(station: StationInfo, clock: Clock, *, training: bool, preliminary: bool) -> str:
    """``[TRAINING_]P<precinct>_<election>_<YYYYMMDDTHHMM>[_PRELIMINARY]``, FAT-safe.

    The precinct number and election id are reduced to ASCII letters, digits, ``.`` and
    ``-`` (anything else becomes ``_``), so the name needs no quoting anywhere either.
    """
    stamp = clock.local(station.timezone).strftime("%Y%m%dT%H%M")
    name = f"P{_name_part(station.precinct_number)}_{_name_part(station.election_id)}_{stamp}"
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


def _results_csv(datas: list[ProtocolData], mode: str) -> bytes:
    rows: list[list[Any]] = [[*csv_columns(RESULTS_CSV_COLUMNS, mode)]]
    mark = training_mark(mode)
    for data in datas:
        for line in data.lines:
            rows.append([data.contest_id, line.number, line.key, line.label.get("kk", ""),
                         line.label.get("ru", ""), "" if line.value is None else line.value,
                         line.source, *mark])
    return _csv(rows)


def _closing_label(session: Session, clock: Clock, station: StationInfo) -> str:
    """``closing`` once voting is closed; before that the export's own HH:MM."""
    closed = session.scalar(
        select(PhaseChange.at).where(PhaseChange.to_phase == phases.CLOSED)
        .order_by(PhaseChange.id).limit(1)
    )
    return CLOSING if closed else clock.local(station.timezone).strftime("%H:%M")


def _turnout_csv(session: Session, clock: Clock, station: StationInfo, mode: str) -> bytes:
    """The frozen report-time snapshots, then one final row per contest.

    The final row's ``time`` is ``closing`` (the turnout when voting closed: ballots
    held by voters / voters on the list, as line 1 of the protocol counts them) or, for
    a preliminary export while voting is still open, the export's station time HH:MM.
    """
    report = turnout.report(session)
    rows: list[list[Any]] = [[*csv_columns(TURNOUT_CSV_COLUMNS, mode)]]
    mark = training_mark(mode)
    for snap in report.snapshots:
        rows.append([snap.report_time, snap.contest_id, snap.issued, snap.on_list,
                     f"{snap.percent:.1f}", *mark])
    label = _closing_label(session, clock, station)
    for line in report.station:
        rows.append([label, line.contest_id, line.issued, line.on_list, f"{line.percent:.1f}",
                     *mark])
    return _csv(rows)


def _audit_jsonl(session: Session, mode: str) -> bytes:
    """Every event in seq order, one canonical JSON object a line.

    In a training export each line also carries ``"mode": "training"``, which is not
    part of the hashed event (docs/formats.md §4).
    """
    mark = {"mode": mode} if training_mark(mode) else {}
    out: list[str] = []
    for ev in audit.iter_events(session):
        out.append(audit.canonical_json({
            "seq": ev.seq, "at": ev.at, "actor": ev.actor, "action": ev.action,
            "payload": json.loads(ev.payload), "prev_hash": ev.prev_hash, "hash": ev.hash,
            **mark,
        }))
    return ("\n".join(out) + "\n").encode("utf-8") if out else b""


def build_export(
    session: Session, clock: Clock, db_path: Path, *, preliminary: bool = False
) -> ExportBundle:
    """Every file of the export folder, signed; refused unless :func:`eligibility` allows it.

    Refused before the count (``export_before_count``), and (``export_unsigned``,
    ``contests``) unless every contest's current protocol is signed or ``preliminary`` is
    asked for (status ``preliminary``, folder suffix ``_PRELIMINARY``). Protocol PDFs
    (kk+ru) of the signed contests only.

    Reads only (but for :func:`ensure_key` on a station without a key): the same station
    state and the same clock give the same bytes. JSON files are UTF-8, indented by two,
    keys in a fixed order, ending in a newline; CSV files are UTF-8 with CRLF rows.
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    # Never sign with the real key what the database says if it was changed outside
    # the program: the tables must be what the audit log says (issue 12).
    reconcile.require_intact(session)
    may_export(session, preliminary=preliminary).require()  # before a key is made for it
    fingerprint = ensure_key(session, clock, db_path)
    key = keys.load_key(keys.key_path_for(db_path))
    station = load_station(session)
    datas = [protocol.build(session, clock, c.id) for c in station.contests]
    for data in datas:
        require_code_holds(data)
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
        RESULTS_CSV: _results_csv(datas, mode),
        TURNOUT_CSV: _turnout_csv(session, clock, station, mode),
        AUDIT_LOG: _audit_jsonl(session, mode),
        people_export.PEOPLE_JSON: _dumps(people_export.build(session, station, mode)),
        # The journal of complaints and acts and the disputed ballots (issue 14).
        journal_doc.NAME: _dumps(journal_doc.document(
            station.election_id, station.precinct_number, mode, disputes.rule(session),
            journal.exported(session), disputes.exported(session))),
        boxes_annex.ANNEX: _dumps(boxes_annex.annex(session, mode)),  # §15, §16
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
        "software": build_id.current().software,
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
    codes = tuple(d.code for d in datas if d.status == SIGNED and d.code)
    return ExportBundle(name, files, manifest, training, preliminary, fingerprint, codes)


def prepare(
    session: Session, clock: Clock, db_path: Path, *, preliminary: bool = False
) -> ExportBundle:
    """The export's files, built in the caller's (write) transaction, which is kept short.

    Report times already passed but not frozen yet are frozen first (as the turnout
    screen does), so turnout.csv has every snapshot of the day; a station without a key
    gets one. Both are committed with this transaction, whether or not the write to the
    stick then succeeds: they are the day's own events, and the export carries them.
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    turnout.take_due_snapshots(session, clock)  # report times passed but not yet frozen
    return build_export(session, clock, db_path, preliminary=preliminary)


def check_written(folder: Path, bundle: ExportBundle) -> verify.VerifyReport:
    """``precinct verify`` of the folder as written, with the station's key and codes.

    The whole verification the territorial commission runs: the station key pinned to
    the fingerprint the station recorded, and every signed protocol's code (the first as
    ``--code``, the others among the codes that verified).
    """
    report = verify.verify_folder(folder, key=bundle.station_key or None,
                                  code=bundle.codes[0] if bundle.codes else None)
    missing = [c for c in bundle.codes[1:] if c not in report.codes]
    if not missing:
        return report
    extra = tuple(verify.VerifyCheck("paper_code", False, "verify_paper_code_bad",
                                     {"protocol_code": c, "found": ", ".join(report.codes) or "-"})
                  for c in missing)
    return replace(report, ok=False, checks=report.checks + extra, lines=())


def _refuse_unless_verified(bundle: ExportBundle, final: Path) -> Callable[[Path], None]:
    def check(folder: Path) -> None:
        report = check_written(folder, bundle)
        if report.ok:
            return
        first = report.main_failure()
        assert first is not None  # not ok: a check failed
        raise ExportNotVerified(
            "export_not_verified", path=str(final), total=len(report.checks),
            failed=sum(1 for c in report.checks if not c.ok),
            reason=FailedCheck(first, report.contests),
        )
    return check


def write(bundle: ExportBundle, parent: Path, *, medium: Medium | None = None) -> ExportResult:
    """Write ``bundle`` into ``parent`` under a free name, read back and verified in full.

    Outside any transaction: a slow stick never holds the station database's write lock.
    After the bytes are read back, the folder on the medium must pass :func:`check_written`
    (all of ``precinct verify``) before it takes its final name. Raises ``MediaError``
    when the medium fails, :class:`ExportNotVerified` when the folder does not verify
    (nothing left under the final name either way; call again to retry). The caller then
    records :func:`record_export` in a transaction.
    """
    medium = medium or LocalMedium()
    name = unique_folder_name(medium, Path(parent), bundle.name)
    written = media_write_folder(medium, Path(parent), name, bundle.files,
                                 check=_refuse_unless_verified(bundle, Path(parent) / name))
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
