"""Verifying an export without the station: the round trip, and every tampering caught."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from precinct_app.services import audit, keys
from precinct_app.services.verify import VerifyError, verify_folder
from tests.unit.test_export import station, write_export


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


@pytest.mark.parametrize("name", ["manifest.json", "manifest.sig", "station.pub",
                                  "results.json", "results.csv", "turnout.csv", "audit.jsonl",
                                  "protocol-npp.pdf"])
def test_one_changed_byte_in_any_file_is_caught_and_named(folder: Path, name: str) -> None:
    path = folder / name
    data = bytearray(path.read_bytes())
    for at in (len(data) // 2, 0, len(data) - 2):  # the middle, the start, near the end
        copy = bytearray(data)
        copy[at] ^= 0x04
        path.write_bytes(bytes(copy))
        failed, files = _failed(folder)
        assert name in files, (at, failed)
    path.write_bytes(bytes(data))
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


def test_a_different_stations_key_fails_the_pin(folder: Path) -> None:
    expected = json.loads((folder / "manifest.json").read_bytes())["station_key"]
    other = Ed25519PrivateKey.generate()
    (folder / "station.pub").write_bytes(keys.public_pem(other))
    _re_sign(folder, other, station_key=keys.fingerprint(other.public_key()))
    assert verify_folder(folder).ok  # self-consistent: only the pin tells it apart
    failed, files = _failed(folder, key=expected)
    assert failed == {"station_key"} and "station.pub" in files


def test_a_replaced_audit_event_is_caught_even_when_signed_again(
    folder: Path, pristine: tuple[Path, Path]
) -> None:
    lines = (folder / "audit.jsonl").read_text("utf-8").splitlines()
    event = json.loads(lines[9])
    event["actor"] = "c2"
    # Its own hash recomputed, so only the chain can tell.
    event["hash"] = audit.event_hash(event["prev_hash"], event["seq"], event["at"],
                                     event["actor"], event["action"], event["payload"])
    lines[9] = audit.canonical_json(event)
    (folder / "audit.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    _re_sign(folder, keys.load_key(pristine[1]))
    report = verify_folder(folder)
    assert not report.ok
    [chain] = [c for c in report.checks if c.id == "audit_chain"]
    assert not chain.ok and chain.params["seq"] == 11 and "audit.jsonl" in report.failed_files


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
