"""people.json in the export: written from the registers, verified off the stick."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from precinct_app.messages import text
from precinct_app.services import attendance, copies, keys
from precinct_app.services.clock import Clock
from precinct_app.services.verify import VerifyReport, verify_folder
from tests.unit.test_export import EVENING, station, write_export
from tests.unit.test_verify_hostile import _sign


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A signed export with two people present (one left), two copies and the posting."""
    base = tmp_path_factory.mktemp("people")
    db, db_path = station(base)
    clock = Clock(fixed=EVENING)
    with db.transaction() as s:
        ingrid = attendance.arrive(s, clock, "c4", name="Ingrid Sørensen",
                                   kind="international_observer", organisation="OSCE/ODIHR",
                                   mandate="A-0042")
        attendance.arrive(s, clock, "c5", name="Әлия Жаңабаева", kind="party_observer",
                          organisation="Amanat")
        copies.issue_copy(s, clock, "c1", "npp", "c3", person_id=ingrid.person_id)
        copies.issue_copy(s, clock, "c1", "npp", "c3", name="Серік Әбілов")
        copies.post(s, clock, "c3", "npp")
        attendance.leave(s, clock, "c4", ingrid.person_id)
    result = write_export(db, db_path, base / "stick")
    db.dispose()
    return result.path, keys.key_path_for(db_path)


@pytest.fixture
def folder(pristine: tuple[Path, Path], tmp_path: Path) -> Path:
    return Path(shutil.copytree(pristine[0], tmp_path / "stick" / pristine[0].name))


def _check(report: VerifyReport) -> tuple[bool, str, dict[str, Any]]:
    found = [c for c in report.checks if c.id == "people_json"]
    assert len(found) == 1
    return found[0].ok, found[0].code, dict(found[0].params)


def _resign(folder: Path, key_file: Path, doc: Any, raw: bytes | None = None) -> None:
    """Replace people.json and sign the manifest again with the station's own key: only
    the content checks can catch it then."""
    data = raw if raw is not None else (
        json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    (folder / "people.json").write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    for item in manifest["files"]:
        if item["name"] == "people.json":
            item["bytes"], item["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    key = keys.load_key(key_file)
    assert isinstance(key, Ed25519PrivateKey)
    _sign(folder, key, manifest)


def test_the_export_carries_the_registers_and_verifies(folder: Path) -> None:
    doc = json.loads((folder / "people.json").read_text("utf-8"))
    assert doc["format"] == "precinct-people/1" and doc["mode"] == "training"
    assert [(p["name"], p["kind"], len(p["visits"])) for p in doc["present"]] == [
        ("Ingrid Sørensen", "international_observer", 1), ("Әлия Жаңабаева", "party_observer", 1)]
    assert doc["present"][0]["visits"][0] == {
        "in": "2024-10-06T20:05:00+05:00", "in_by": "c4",
        "out": "2024-10-06T20:05:00+05:00", "out_by": "c4"}
    assert [(c["number"], c["name"], c["organisation"]) for c in doc["copies"]] == [
        (3, "Ingrid Sørensen", "OSCE/ODIHR"), (4, "Серік Әбілов", "")]
    assert [(p["version"], p["member"]) for p in doc["posted"]] == [(1, "c3")]
    # No voter data: the people present are all the file names.
    assert "iin" not in json.dumps(doc).lower()
    report = verify_folder(folder)
    assert report.ok
    ok, code, params = _check(report)
    assert (ok, code, params) == (True, "verify_people_ok", {"people": 2, "copies": 2})


def test_a_changed_people_json_is_named(folder: Path) -> None:
    data = (folder / "people.json").read_bytes()
    (folder / "people.json").write_bytes(data.replace("Sørensen".encode(), b"Sorensen"))
    report = verify_folder(folder)
    assert not report.ok and "people.json" in report.failed_files


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d.update(format="precinct-people/9"), "format"),
    (lambda d: d.update(mode="official"), "mode"),
    (lambda d: d["present"][0].update(name="Ingrid\u202eSørensen"), "present[0].name"),
    (lambda d: d["present"][1].update(kind="tourist"), "present[1].kind"),
    (lambda d: d["present"][0]["visits"][0].update({"in": "yesterday"}),
     "present[0].visits[0].in"),
    (lambda d: d["copies"][1].update(number=3), "copies[1].number"),
    (lambda d: d["copies"][0].update(number=10**400), "copies[0].number"),
    (lambda d: d["copies"][0].update(name="A" * 10_000), "copies[0].name"),
    (lambda d: d.update(posted="nothing"), "posted"),
    (lambda d: d.update(present=[1, 2]), "present[0]"),
])
def test_a_re_signed_malformed_people_json_is_named_with_the_place(
    folder: Path, pristine: tuple[Path, Path], change: Any, where: str
) -> None:
    doc = json.loads((folder / "people.json").read_text("utf-8"))
    change(doc)
    _resign(folder, pristine[1], doc)
    ok, code, params = _check(verify_folder(folder))
    assert (ok, code, params) == (False, "verify_people_bad", {"where": where})
    assert where in text(code, "ru", **params)


def test_a_copy_the_audit_log_never_issued_is_refused(
    folder: Path, pristine: tuple[Path, Path]
) -> None:
    doc = json.loads((folder / "people.json").read_text("utf-8"))
    doc["copies"][1]["name"] = "Someone Else"
    _resign(folder, pristine[1], doc)
    ok, code, params = _check(verify_folder(folder))
    assert (ok, code, params) == (False, "verify_people_log", {"where": "copies"})
    doc["copies"][1]["name"] = "Серік Әбілов"
    doc["posted"] = []
    _resign(folder, pristine[1], doc)
    assert _check(verify_folder(folder))[2] == {"where": "posted"}


@pytest.mark.parametrize("raw", [b"\xff\xfe", b"[" * 100_000, b"{}", b"null"])
def test_unreadable_people_json_is_named(
    folder: Path, pristine: tuple[Path, Path], raw: bytes
) -> None:
    _resign(folder, pristine[1], None, raw)
    ok, code, _params = _check(verify_folder(folder))
    assert (ok, code) == (False, "verify_people_bad")
