"""journal.json in the export: written, listed, signed, and checked by ``precinct verify``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from precinct_app.db import Database
from precinct_app.messages import text
from precinct_app.services import disputes, journal, keys
from precinct_app.services.clock import Clock
from precinct_app.services.verify import verify_folder
from tests.unit.test_export import EVENING, station, write_export
from tests.unit.test_verify_hostile import _sign


def _journal_day(db: Database) -> None:
    clock = Clock(fixed=EVENING)
    with db.transaction() as s:
        act = journal.add(s, clock, "c5", kind="act", from_kind="observer",
                          from_name="Anna Kowalska", organisation="ENEMO",
                          about="Ballots shown too fast", annex=True)
        journal.decide(s, clock, "c1", act.id, "Each ballot shown for 3 s", 6, 0, 1)
        journal.add(s, clock, "c4", kind="complaint", from_kind="voter",
                    from_name="Сейітов Арман", about="Name misspelt")
        disputes.decide(s, clock, "c1", "npp", "valid", "no", 5, 2, note="mark outside box")


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path]:
    db, db_path = station(tmp_path, sign=False)
    _journal_day(db)
    result = write_export(db, db_path, tmp_path / "stick", preliminary=True)
    return result.path, keys.key_path_for(db_path)


def _doc(folder: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((folder / "journal.json").read_bytes())
    return loaded


def test_the_export_carries_the_journal(exported: tuple[Path, Path]) -> None:
    folder, _key = exported
    doc = _doc(folder)
    manifest = json.loads((folder / "manifest.json").read_bytes())
    assert "journal.json" in {f["name"] for f in manifest["files"]}
    assert (doc["format"], doc["mode"], doc["disputed_ballot_vote"]) == (
        "precinct-journal/1", "training", "majority")
    act, complaint = doc["entries"]
    assert (act["from"], act["organisation"], act["annex"]) == ("Anna Kowalska", "ENEMO", True)
    assert act["vote"] == {"for": 6, "against": 0, "abstained": 1}
    assert complaint["from"] is None and complaint["decision"] is None  # a voter's name stays
    assert "Сейітов" not in (folder / "journal.json").read_text("utf-8")
    [ruling] = doc["disputed_ballots"]
    assert (ruling["decision"], ruling["option"], ruling["note"]) == ("valid", "no",
                                                                      "mark outside box")
    report = verify_folder(folder)
    assert report.ok, [c for c in report.checks if not c.ok]
    check = next(c for c in report.checks if c.id == "journal")
    assert text(check.code, "ru", **check.params).startswith("journal.json: записей 2")


def test_a_changed_journal_is_named(exported: tuple[Path, Path]) -> None:
    folder, _key = exported
    doc = _doc(folder)
    doc["entries"][0]["vote"]["for"] = 7
    (folder / "journal.json").write_text(json.dumps(doc), "utf-8")
    report = verify_folder(folder)
    assert not report.ok and "journal.json" in report.failed_files
    failure = report.main_failure()
    assert failure is not None and failure.id == "file_hash:journal.json"


def _resigned(folder: Path, key_path: Path, data: bytes) -> None:
    """The file replaced and the manifest signed again with the station's own key."""
    (folder / "journal.json").write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_bytes())
    for item in manifest["files"]:
        if item["name"] == "journal.json":
            item["bytes"], item["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    key = keys.load_key(key_path)
    _sign(folder, key, manifest)  # type: ignore[arg-type]


def _twice(folder: Path) -> bytes:
    doc = _doc(folder)
    doc["entries"].append(doc["entries"][0])
    return json.dumps(doc).encode()


def _unhashable(folder: Path) -> bytes:
    doc = _doc(folder)
    doc["disputed_ballots"][0]["contest"] = {"id": "npp"}
    return json.dumps(doc).encode()


@pytest.mark.parametrize("data", [b"{", b"[]", b'{"format": "precinct-journal/2"}',
                                  b"\xff\xfe", b"[" * 100_000, _twice, _unhashable])
def test_a_malformed_journal_is_named_even_when_signed(
        exported: tuple[Path, Path], data: bytes | Callable[[Path], bytes]) -> None:
    folder, key_path = exported
    _resigned(folder, key_path, data if isinstance(data, bytes) else data(folder))
    report = verify_folder(folder)
    check = next(c for c in report.checks if c.id == "journal")
    # Unreadable as the format, or saying what the log does not: either way named.
    assert not check.ok and check.code in ("verify_journal_bad", "verify_journal_audit")
    assert report.failed_files == ("journal.json",)
    assert "journal.json" in text(check.code, "kk", **check.params)


def test_a_journal_the_audit_log_does_not_hold_is_named(exported: tuple[Path, Path]) -> None:
    folder, key_path = exported
    doc = _doc(folder)
    doc["disputed_ballots"][0]["decision"], doc["disputed_ballots"][0]["option"] = "invalid", None
    _resigned(folder, key_path, json.dumps(doc).encode())
    report = verify_folder(folder)
    check = next(c for c in report.checks if c.id == "journal")
    assert (check.ok, check.code, check.params["what"], check.params["record"]) == (
        False, "verify_journal_audit", "ballot.disputed_decided", 1)
    doc = _doc(folder)
    del doc["entries"][1]
    _resigned(folder, key_path, json.dumps(doc).encode())
    check = next(c for c in verify_folder(folder).checks if c.id == "journal")
    assert (check.code, check.params["what"], check.params["record"]) == (
        "verify_journal_audit", "journal.received", 2)
    doc = _doc(folder)
    doc["entries"][0]["about"] = "Ballots shown slowly"  # the words changed, not the shape
    _resigned(folder, key_path, json.dumps(doc).encode())
    check = next(c for c in verify_folder(folder).checks if c.id == "journal")
    assert (check.code, check.params["record"]) == ("verify_journal_audit", 1)
    assert "journal.json" in text(check.code, "ru", **check.params)
