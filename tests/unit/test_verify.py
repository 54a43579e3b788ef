"""Verifying an export without the station: the round trip, and every tampering caught."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from precinct_app.messages import text
from precinct_app.services import audit, keys, protocol
from precinct_app.services.clock import Clock
from precinct_app.services.verify import VerifyError, verify_folder
from tests.unit.test_export import EVENING, EXPECTED_FILES, station, write_export


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One signed export (built once) and the station's key file."""
    base = tmp_path_factory.mktemp("verify")
    db, db_path = station(base)
    result = write_export(db, db_path, base / "stick")
    db.dispose()
    return result.path, keys.key_path_for(db_path)


@pytest.fixture
def folder(pristine: tuple[Path, Path], tmp_path: Path) -> Path:
    """A fresh copy of the export to tamper with."""
    return Path(shutil.copytree(pristine[0], tmp_path / pristine[0].name))


def _failed(path: Path, **kw: str) -> tuple[set[str], set[str]]:
    report = verify_folder(path, **kw)
    assert not report.ok
    return {c.id for c in report.checks if not c.ok}, set(report.failed_files)


def _re_sign(path: Path, key: Ed25519PrivateKey, **manifest_changes: object) -> None:
    """What a forger holding a station key would do: fix the hashes and sign again."""
    manifest = json.loads((path / "manifest.json").read_bytes())
    manifest.update(manifest_changes)
    manifest["files"] = [
        {"name": p.name, "bytes": p.stat().st_size,
         "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
        for p in sorted(path.iterdir()) if p.name not in ("manifest.json", "manifest.sig")
    ]
    raw = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    (path / "manifest.json").write_bytes(raw)
    (path / "manifest.sig").write_bytes(base64.b64encode(key.sign(raw)))


def test_an_intact_training_export_passes_and_says_so(folder: Path) -> None:
    report = verify_folder(folder)
    assert report.ok and report.training and not report.preliminary
    ids = [c.id for c in report.checks]
    for expected in ("manifest_readable", "signature", "station_key", "files_listed",
                     "file_hash:results.json", "file_hash:protocol-npp.pdf", "audit_chain",
                     "audit_head", "protocol_code:npp", "control_ratios:npp"):
        assert expected in ids
    manifest = json.loads((folder / "manifest.json").read_bytes())
    code = json.loads((folder / "results.json").read_bytes())["contests"][0]["code"]
    pinned = verify_folder(folder, key=manifest["station_key"].lower().replace("-", ""),
                           code=code.lower())
    assert pinned.ok and pinned.checks[-1].id == "paper_code"


def test_one_changed_byte_in_every_file_is_caught_and_named(folder: Path) -> None:
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(EXPECTED_FILES)  # every file of the folder, whatever it holds
    for name in names:
        path = folder / name
        data = path.read_bytes()
        for at in (0, len(data) // 3, len(data) // 2, len(data) - 2):  # start, inside, end
            copy = bytearray(data)
            copy[at] ^= 0x04
            path.write_bytes(bytes(copy))
            report = verify_folder(folder)
            assert not report.ok and name in report.failed_files, (name, at)
            reasons = [c for c in report.checks if not c.ok]
            assert reasons and name in text(reasons[0].code, "en", **reasons[0].params) + \
                " ".join(report.failed_files), (name, at)
        path.write_bytes(data)
    assert verify_folder(folder).ok


def test_a_missing_file_is_named(folder: Path) -> None:
    (folder / "turnout.csv").unlink()
    failed, files = _failed(folder)
    assert "files_listed" in failed and "turnout.csv" in files


def test_an_extra_file_is_named(folder: Path) -> None:
    (folder / "notes.txt").write_text("hello")
    failed, files = _failed(folder)
    assert failed == {"files_listed"} and files == {"notes.txt"}


def test_an_edited_manifest_breaks_the_signature(folder: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_bytes())
    manifest["mode"] = "official"
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
    failed, files = _failed(folder)
    assert "signature" in failed and "manifest.json" in files


def test_a_truncated_signature_is_caught(folder: Path) -> None:
    sig = (folder / "manifest.sig").read_bytes()
    (folder / "manifest.sig").write_bytes(sig[:40])
    failed, files = _failed(folder)
    assert failed == {"signature"} and "manifest.sig" in files


def _re_chain(path: Path, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Rewrite audit.jsonl with ``change`` applied to each event, every hash recomputed."""
    prev = audit.GENESIS_HASH
    out: list[str] = []
    for line in (path / "audit.jsonl").read_text("utf-8").splitlines():
        event = json.loads(line)
        change(event)
        event["prev_hash"] = prev
        event["hash"] = prev = audit.event_hash(prev, event["seq"], event["at"], event["actor"],
                                                event["action"], event["payload"])
        out.append(audit.canonical_json(event))
    (path / "audit.jsonl").write_text("\n".join(out) + "\n", "utf-8")
    return {"seq": json.loads(out[-1])["seq"], "hash": prev}


def test_a_different_stations_key_is_caught(folder: Path) -> None:
    expected = json.loads((folder / "manifest.json").read_bytes())["station_key"]
    other = Ed25519PrivateKey.generate()
    forged = keys.fingerprint(other.public_key())
    (folder / "station.pub").write_bytes(keys.public_pem(other))
    _re_sign(folder, other, station_key=forged)
    # Signed by another key: the station's own audit log recorded a different key.
    failed, files = _failed(folder)
    assert failed == {"audit_key"} and files == {"station.pub"}

    # A forger who also rewrites the log's record of the key makes a self-consistent
    # folder: only the pinned key (or the fingerprint on the paper protocol) tells.
    def new_key(event: dict[str, Any]) -> None:
        if event["action"] == "station.created":
            event["payload"]["station_key"] = forged

    head = _re_chain(folder, new_key)
    _re_sign(folder, other, station_key=forged, audit_head=head)
    report = verify_folder(folder)
    assert report.ok
    assert [c.params["found"] for c in report.checks if c.id == "station_key"] == [forged]
    failed, files = _failed(folder, key=expected)
    assert failed == {"station_key"} and files == {"station.pub"}


def test_a_replaced_audit_event_is_caught(folder: Path, pristine: tuple[Path, Path]) -> None:
    lines = (folder / "audit.jsonl").read_text("utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if '"ballot.issued"' in line)
    event = json.loads(lines[at])
    event["payload"]["list_no"] += 1  # valid JSON, another voter
    lines[at] = audit.canonical_json(event)
    (folder / "audit.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    failed, files = _failed(folder)
    assert "file_hash:audit.jsonl" in failed and "audit.jsonl" in files
    # Even with the manifest's hashes fixed and signed again (a forger with the key), the
    # chain names the event: its own hash no longer matches, then with that recomputed
    # too, the next event's link breaks.
    _re_sign(folder, keys.load_key(pristine[1]))
    report = verify_folder(folder)
    [chain] = [c for c in report.checks if c.id == "audit_chain"]
    assert not chain.ok and chain.code == "verify_audit_hash_mismatch"
    assert chain.params["seq"] == event["seq"] and "audit.jsonl" in report.failed_files
    event["hash"] = audit.event_hash(event["prev_hash"], event["seq"], event["at"],
                                     event["actor"], event["action"], event["payload"])
    lines[at] = audit.canonical_json(event)
    (folder / "audit.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    _re_sign(folder, keys.load_key(pristine[1]))
    report = verify_folder(folder)
    [chain] = [c for c in report.checks if c.id == "audit_chain"]
    assert not chain.ok and chain.code == "verify_audit_prev_mismatch"
    assert chain.params["seq"] == event["seq"] + 1


def test_results_csv_must_agree_with_results_json(
    folder: Path, pristine: tuple[Path, Path]
) -> None:
    rows = (folder / "results.csv").read_bytes().decode("utf-8").split("\r\n")
    at = next(i for i, row in enumerate(rows) if row.startswith("npp,13,yes,"))
    rows[at] = rows[at].replace(",17,entered,", ",71,entered,")
    (folder / "results.csv").write_bytes("\r\n".join(rows).encode("utf-8"))
    _re_sign(folder, keys.load_key(pristine[1]))
    failed, files = _failed(folder)
    assert failed == {"results_csv"} and files == {"results.csv"}
    [check] = [c for c in verify_folder(folder).checks if c.id == "results_csv"]
    assert check.params["line"] == at + 1


def test_a_preliminary_export_passes_and_says_so(tmp_path: Path) -> None:
    db, db_path = station(tmp_path, sign=False)
    result = write_export(db, db_path, tmp_path / "stick", preliminary=True)
    db.dispose()
    report = verify_folder(result.path)
    assert report.ok and report.preliminary and report.training
    by_id = {c.id: c for c in report.checks}
    assert by_id["protocol_code:npp"].code == "verify_code_unsigned"
    assert "file_hash:protocol-npp.pdf" not in by_id
    assert not verify_folder(result.path, code="0000-0000-0000-0000").ok


def test_changed_values_break_the_protocol_code_and_the_paper_code_is_compared(
    folder: Path, pristine: tuple[Path, Path]
) -> None:
    results = json.loads((folder / "results.json").read_bytes())
    code = results["contests"][0]["code"]
    for line in results["contests"][0]["lines"]:
        if line["key"] in ("yes", "valid", "in_stationary_boxes"):
            line["value"] += 1  # still balanced on paper: only the code tells
    (folder / "results.json").write_text(json.dumps(results, ensure_ascii=False), "utf-8")
    _re_sign(folder, keys.load_key(pristine[1]))
    failed, files = _failed(folder, code=code)
    assert "protocol_code:npp" in failed and "results.json" in files


def test_the_paper_code_may_be_typed_loosely_or_scanned_from_the_qr_code(
    folder: Path
) -> None:
    code = json.loads((folder / "results.json").read_bytes())["contests"][0]["code"]
    loose = code.lower().replace("-", " ")
    scanned = f"P164|E=KZ-2024-10-06-REF|C=npp|V1|1=50;2=51|{code}\n"  # the scanner's Enter
    for typed in (loose, scanned):
        report = verify_folder(folder, code=typed)
        assert report.ok, typed
        [paper] = [c for c in report.checks if c.id == "paper_code"]
        assert paper.params["protocol_code"] == code


def test_a_wrong_paper_code_fails(folder: Path) -> None:
    failed, _ = _failed(folder, code="0000-0000-0000-0000")
    assert failed == {"paper_code"}


def test_broken_control_ratios_are_caught(folder: Path, pristine: tuple[Path, Path]) -> None:
    results = json.loads((folder / "results.json").read_bytes())
    contest = results["contests"][0]
    for line in contest["lines"]:
        if line["key"] == "yes":
            line["value"] = 99
    from precinct_app.services.protocol_data import protocol_code
    contest["code"] = protocol_code(results["election"], results["precinct"], "npp",
                                    contest["version"],
                                    {x["key"]: x["value"] for x in contest["lines"]})
    (folder / "results.json").write_text(json.dumps(results, ensure_ascii=False), "utf-8")
    _re_sign(folder, keys.load_key(pristine[1]))
    failed, _ = _failed(folder)
    assert "control_ratios:npp" in failed


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(VerifyError):
        verify_folder(tmp_path / "nothing")


def test_the_signing_must_agree_with_the_audit_log(
    folder: Path, pristine: tuple[Path, Path]
) -> None:
    results = json.loads((folder / "results.json").read_bytes())
    contest = results["contests"][0]
    contest["present"].remove("c4")
    contest["dissent"] = []  # the dissenting member erased, the code still right
    (folder / "results.json").write_text(json.dumps(results, ensure_ascii=False), "utf-8")
    _re_sign(folder, keys.load_key(pristine[1]))
    report = verify_folder(folder)
    [check] = [c for c in report.checks if c.id == "protocol_code:npp"]
    assert not check.ok and check.code == "verify_signing_not_audit"
    assert check.params["fields"] == "present, dissent"
    assert "results.json" in report.failed_files


@pytest.mark.parametrize("name", ["manifest.json", "results.json", "audit.jsonl",
                                  "results.csv", "turnout.csv", "station.pub"])
def test_a_hostile_folder_never_crashes_the_verifier(
    folder: Path, pristine: tuple[Path, Path], name: str
) -> None:
    original = (folder / name).read_bytes()
    shapes: list[Any] = [None, 1, "x", [], {}, [{}], {"format": "precinct-results/1"},
                         {"contests": [{"id": 1}], "commission": "c1"}]
    for shape in shapes:
        line = json.dumps(shape)
        for data in (line.encode(), (line + "\n") * 3, b"\xff\xfe\x00", b""):
            (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())
            if name != "manifest.json":
                _re_sign(folder, keys.load_key(pristine[1]))
            report = verify_folder(folder)
            assert not report.ok and name in report.failed_files, (shape, data)
    (folder / name).write_bytes(original)


def test_an_override_an_explained_warning_and_a_correction_verify(tmp_path: Path) -> None:
    db, db_path = station(tmp_path, sign=False)
    clock = Clock(fixed=EVENING)
    with db.transaction() as s:
        # A ballot found in the portable box though nobody voted outside: explained.
        protocol.set_values(s, clock, "c1", "npp", {"in_portable_boxes": 1,
                                                    "in_stationary_boxes": 29})
        protocol.explain(s, clock, "c1", "npp", "portable_within_outside",
                         "бюллетень опущен в переносной ящик по ошибке")
        protocol.set_values(s, clock, "c1", "npp", {"voters_on_list": 51},
                            reason="один избиратель внесён на бумаге")
        protocol.sign(s, clock, "c1", "npp", ["c4", "c1", "c2", "c5"])  # any order
        protocol.correct(s, clock, "c1", "npp", "опечатка в строке 13")
        protocol.set_values(s, clock, "c1", "npp", {"yes": 16, "no": 12})
        protocol.sign(s, clock, "c1", "npp", ["c1", "c3", "c5", "c6"])
    result = write_export(db, db_path, tmp_path / "stick")
    db.dispose()
    contest = json.loads((result.path / "results.json").read_bytes())["contests"][0]
    assert contest["version"] == 2
    assert {x["key"]: x.get("override_reason") for x in contest["lines"]}["voters_on_list"]
    assert [c["explanation"] for c in contest["checks"] if c.get("explanation")]
    report = verify_folder(result.path, code=contest["code"])
    assert report.ok, [c for c in report.checks if not c.ok]
    by_id = {c.id: c for c in report.checks}
    assert by_id["protocol_code:npp"].params["version"] == 2
    # The code of the superseded version 1 is not the export's.
    assert not verify_folder(result.path, code=_first_code(result.path)).ok


def _first_code(folder: Path) -> str:
    for line in (folder / "audit.jsonl").read_text("utf-8").splitlines():
        event = json.loads(line)
        if event["action"] == "protocol.signed" and event["payload"]["version"] == 1:
            return str(event["payload"]["code"])
    raise AssertionError("version 1 was signed")


def test_a_verified_report_carries_the_lines_to_read_off(folder: Path) -> None:
    lines = verify_folder(folder).lines
    results = json.loads((folder / "results.json").read_bytes())
    wanted = [(c["id"], str(line["number"]), line["value"])
              for c in results["contests"] for line in c["lines"]]
    assert [(x.contest, x.number, x.value) for x in lines] == wanted
    assert lines[0].label_kk and lines[0].label_ru  # both languages, as on the paper
    (folder / "results.csv").write_bytes(b"\xff\xfe not text")
    assert verify_folder(folder).lines == ()  # a failed export is not to be read off
