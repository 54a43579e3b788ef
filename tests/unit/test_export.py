"""The results export: the folder of docs/formats.md §3, signed, deterministic, no voter data."""

from __future__ import annotations

import base64
import csv
import dataclasses
import datetime as dt
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.db import Database, open_database
from precinct_app.models import Station, Voter
from precinct_app.services import (
    audit,
    backup,
    counting,
    export,
    iin,
    issuance,
    keys,
    list_changes,
    media_write,
    medium,
    outside,
    phases,
    protocol,
    verify,
)
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import PermissionDenied, Refused
from precinct_app.services.station import load_station

EVENING = dt.datetime.fromisoformat("2024-10-06T20:05:00+05:00")
MORNING = dt.datetime.fromisoformat("2024-10-06T10:00:00+05:00")
CLOSING = dt.datetime.fromisoformat("2024-10-06T20:00:00+05:00")
# The demo referendum after 30 ballots issued in the premises (as tests/gui/signable.py).
CONSISTENT = {"in_portable_boxes": 0, "in_stationary_boxes": 30, "invalid": 1, "valid": 29,
              "valid_not_counted": 1, "lost": 0, "not_accounted": 0, "yes": 17, "no": 11}
EXPECTED_FILES = {"manifest.json", "manifest.sig", "station.pub", "results.json",
                  "results.csv", "turnout.csv", "audit.jsonl", "protocol-npp.pdf",
                  "journal.json", "people.json", "boxes.json"}


class Wall:
    """A system clock (not replaced: official mode) that shows ``now``, moved by the test."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.clock = Clock(source=lambda: self.now)


def station(
    tmp_path: Path, *, sign: bool = True, name: str = "station", changes: bool = False,
    official: bool = False,
) -> tuple[Database, Path]:
    """A demo station of 50 voters on a file, 30 ballots issued, counted, signed if ``sign``.

    ``changes``: the list changes too (a voter added on the day, an outside-voting
    application with an address, an exclusion), so every kind of day event is exported.
    ``official``: not a demo and the system clock on election day (opened 10:00, the
    ballots issued by 10:30, closed 20:00, counted 20:05): an official-mode station.
    """
    db_path = tmp_path / f"{name}.sqlite3"
    db = open_database(db_path, create=True)
    wall = Wall(MORNING)
    clock = wall.clock if official else Clock(fixed=EVENING)
    build_demo(db, clock, db_path=db_path, voters=50)
    with db.transaction() as s:
        if official:
            station_row = s.get(Station, 1)
            assert station_row is not None
            station_row.is_demo = False
        phases.open_voting(s, clock, "c1")
        for list_no in range(1, 31):
            wall.now = MORNING + dt.timedelta(minutes=list_no)
            issuance.issue(s, clock, list_no, "npp", "c4")
        if changes:
            _change_the_list(s, clock)
        wall.now = CLOSING
        phases.close_voting(s, clock, "c1")
        wall.now = EVENING
        cancel = {e.contest_id: e.to_cancel for e in counting.expected(s)}
        counting.record_step(s, clock, "c1", counting.CANCEL, cancel)
        for step in counting.STEPS[1:5]:
            counting.record_step(s, clock, "c1", step)
        protocol.set_values(s, clock, "c1", "npp", CONSISTENT)
        for step in (counting.FILL, counting.CHECK):
            counting.record_step(s, clock, "c1", step)
        if sign:
            protocol.sign(s, clock, "c1", "npp", ["c1", "c2", "c3", "c4"],
                          {"c4": "Не согласен с подсчётом"})
    return db, db_path


ADDED = ("Жаңабаева", "Әлия", "Серікқызы", dt.date(1990, 5, 17))


def _change_the_list(s: Session, clock: Clock) -> None:
    """One voter added on the day, one excluded, one outside-voting application."""
    surname, given, patronymic, born = ADDED
    list_changes.add_voter(s, clock, "c2", surname=surname, given_name=given,
                           patronymic=patronymic, iin_text=str(iin.make_iin(born, True, 4321)),
                           basis="absentee", reference="ОТКРЕПИТЕЛЬНОЕ Ж-77123")
    voter_ids = {v.list_no: v.id for v in s.scalars(select(Voter))}
    outside.apply(s, clock, "c2", voter_ids[45], "болеет", address="ул. Тестовая, 7, кв. 9",
                  late_reason="позвонили вечером")
    list_changes.exclude_voter(s, clock, "c2", voter_ids[46], "died")


def write_export(
    db: Database, db_path: Path, parent: Path, *, preliminary: bool = False,
    official: bool = False,
) -> export.ExportResult:
    """Export into ``parent`` at 20:05 and record it, as the CLI does."""
    clock = Wall(EVENING).clock if official else Clock(fixed=EVENING)
    parent.mkdir(parents=True, exist_ok=True)
    with db.transaction() as s:
        bundle = export.prepare(s, clock, db_path, preliminary=preliminary)
    result = export.write(bundle, parent)
    with db.transaction() as s:
        export.record_export(s, clock, "c1", result)
    return result


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Database, Path]:
    return station(tmp_path)


def test_the_folder_holds_exactly_the_contract_files(
    signed: tuple[Database, Path], tmp_path: Path
) -> None:
    db, db_path = signed
    result = write_export(db, db_path, tmp_path / "stick")
    assert result.name == "TRAINING_P164_KZ-2024-10-06-REF_20241006T2005"
    assert result.path == tmp_path / "stick" / result.name
    assert {p.name for p in result.path.iterdir()} == EXPECTED_FILES
    manifest_bytes = (result.path / "manifest.json").read_bytes()
    manifest = json.loads(manifest_bytes)
    assert manifest["format"] == "precinct-export/1"
    assert (manifest["mode"], manifest["status"]) == ("training", "final")
    assert manifest["created_at"] == "2024-10-06T20:05:00+05:00"
    assert {f["name"] for f in manifest["files"]} == EXPECTED_FILES - {"manifest.json",
                                                                      "manifest.sig"}
    # The signature is Ed25519 over the exact manifest bytes, by the station's own key.
    pub = serialization.load_pem_public_key((result.path / "station.pub").read_bytes())
    assert isinstance(pub, Ed25519PublicKey)
    pub.verify(base64.b64decode((result.path / "manifest.sig").read_bytes()), manifest_bytes)
    with db.reading() as s:
        row = s.get(Station, 1)
        assert row is not None
        assert manifest["station_key"] == keys.fingerprint(pub) == row.key_fingerprint
        head_at_export = [e for e in audit.iter_events(s) if e.seq == manifest["audit_head"]["seq"]]
        assert head_at_export[0].hash == manifest["audit_head"]["hash"]
        last = list(audit.iter_events(s))[-1]
    assert last.action == "results.exported"
    assert json.loads(last.payload)["folder"] == result.name


def test_results_carry_the_signed_protocol(signed: tuple[Database, Path], tmp_path: Path) -> None:
    db, db_path = signed
    result = write_export(db, db_path, tmp_path)
    results = json.loads((result.path / "results.json").read_text("utf-8"))
    assert results["format"] == "precinct-results/1"
    [npp] = results["contests"]
    with db.reading() as s:
        data = protocol.build(s, Clock(fixed=EVENING), "npp")
    assert npp["code"] == data.code
    assert {x["key"]: x["value"] for x in npp["lines"]}["yes"] == 17
    assert npp["present"] == ["c1", "c2", "c3", "c4"] and npp["signed_by"] == "c1"
    assert npp["dissent"] == [{"member": "c4", "text": "Не согласен с подсчётом"}]
    assert npp["form"]["checks"] and all(c["holds"] for c in npp["checks"])
    assert [m["id"] for m in results["commission"]][:6] == ["c1", "c2", "c3", "c4", "c5", "c6"]
    csv_lines = (result.path / "results.csv").read_text("utf-8").splitlines()
    # The columns of docs/formats.md §3, then the mode on every row (a training export is marked).
    assert csv_lines[0] == "contest,number,key,label_kk,label_ru,value,source,mode"
    assert any(line.startswith("npp,13,yes,") and line.endswith(",17,entered,training")
               for line in csv_lines)
    assert all(line.endswith(",training") for line in csv_lines[1:])
    turnout = (result.path / "turnout.csv").read_text("utf-8").splitlines()
    assert turnout[0] == "time,contest,issued,on_list,percent,mode"
    # Report times not frozen yet are frozen by the export. The day was run at 20:05 (the
    # fixed clock), so no report time saw a ballot; the last row is the closing turnout.
    assert turnout[1:] == [*(f"{t},npp,0,50,0.0,training" for t in
                             ("10:00", "12:00", "14:00", "16:00", "18:00", "20:00")),
                           "closing,npp,30,50,60.0,training"]
    with db.reading() as s:
        seqs = [e.seq for e in audit.iter_events(s)]
    exported = [json.loads(x) for x in (result.path / "audit.jsonl").read_text("utf-8").split("\n")
                if x]
    assert [e["seq"] for e in exported] == seqs[:-1]  # all but the results.exported after it
    assert all(e["mode"] == "training" for e in exported)


def test_unsigned_is_refused_and_preliminary_is_marked(tmp_path: Path) -> None:
    db, db_path = station(tmp_path, sign=False)
    with pytest.raises(Refused) as info, db.transaction() as s:
        export.prepare(s, Clock(fixed=EVENING), db_path)
    assert info.value.code == "export_unsigned" and info.value.params["contests"] == "npp"
    assert not [p for p in tmp_path.iterdir() if p.is_dir() and "P164" in p.name]
    result = write_export(db, db_path, tmp_path / "stick", preliminary=True)
    assert result.name.endswith("_PRELIMINARY") and result.preliminary
    manifest = json.loads((result.path / "manifest.json").read_bytes())
    results = json.loads((result.path / "results.json").read_bytes())
    assert manifest["status"] == results["status"] == "preliminary"
    assert results["contests"][0]["code"] is None
    assert not (result.path / "protocol-npp.pdf").exists()  # PDFs of signed contests only


def test_a_second_export_gets_a_new_name_and_only_officers_export(
    signed: tuple[Database, Path], tmp_path: Path
) -> None:
    db, db_path = signed
    first = write_export(db, db_path, tmp_path / "stick")
    second = write_export(db, db_path, tmp_path / "stick")
    assert second.name == first.name + "_2"
    assert first.path.is_dir()
    with pytest.raises(PermissionDenied), db.transaction() as s:
        export.record_export(s, Clock(fixed=EVENING), "c4", first)


def test_same_state_and_clock_give_the_same_bytes(signed: tuple[Database, Path]) -> None:
    db, db_path = signed
    clock = Clock(fixed=EVENING)
    with db.transaction() as s:
        one = export.build_export(s, clock, db_path)
    with db.transaction() as s:
        two = export.build_export(s, clock, db_path)
    assert one.files == two.files
    later = Clock(fixed=EVENING + dt.timedelta(minutes=1))
    with db.transaction() as s:
        three = export.build_export(s, later, db_path)
    assert three.files["manifest.json"] != one.files["manifest.json"]


def test_a_station_without_a_key_gets_one_recorded(tmp_path: Path) -> None:
    db, db_path = station(tmp_path)
    key_file = keys.key_path_for(db_path)
    key_file.unlink()
    with db.transaction() as s:
        s.get(Station, 1).key_fingerprint = ""
    clock = Clock(fixed=EVENING)
    with db.transaction() as s:
        fp = export.ensure_key(s, clock, db_path)
        assert export.ensure_key(s, clock, db_path) == fp  # once
    assert key_file.exists() and key_file.stat().st_mode & 0o077 == 0
    with db.reading() as s:
        assert s.get(Station, 1).key_fingerprint == fp
        created = [e for e in audit.iter_events(s) if e.action == "station.key_created"]
        assert len(created) == 1 and json.loads(created[0].payload)["station_key"] == fp
        assert audit.verify_chain(s).ok
    # A key file that is not the station's recorded key is refused.
    key_file.unlink()
    keys.create_key(key_file)
    with pytest.raises(Refused) as info, db.transaction() as s:
        export.ensure_key(s, clock, db_path)
    assert info.value.code == "export_key_mismatch"


def _file_text(name: str, data: bytes) -> str:
    if name.endswith(".pdf"):
        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return data.decode("utf-8")


def test_no_voter_personal_data_leaves_the_station(tmp_path: Path) -> None:
    db, db_path = station(tmp_path, changes=True)
    result = write_export(db, db_path, tmp_path)
    texts = {p.name: _file_text(p.name, p.read_bytes()) for p in result.path.iterdir()}
    assert "Не согласен" in texts["results.json"]  # the search does see Cyrillic text
    assert "17" in texts["protocol-npp.pdf"]
    with db.reading() as s:
        voters = [(v.iin, v.surname, v.given_name, v.patronymic, v.birth_date, v.address)
                  for v in s.scalars(select(Voter))]
        # Commission members are named in the protocol; a voter may share a name with one.
        officials = " ".join(m.name for m in load_station(s).commission)
    assert len(voters) == 51 and ADDED[0] in {v[1] for v in voters}
    assert '"voter.added"' in texts["audit.jsonl"] and '"outside.applied"' in texts["audit.jsonl"]
    for iin_text, surname, given, patronymic, birth, address in voters:
        assert surname and given and birth and (address or surname == ADDED[0])
        names = [x for x in (f"{surname} {given}", surname, given, patronymic)
                 if x and x not in officials]
        born = [birth.isoformat(), birth.strftime("%d.%m.%Y")]
        for value in [iin_text, *names, *born, *([address] if address else []), "Тестовая",
                      "Ж-77123"]:
            for name, text in texts.items():
                assert value not in text, (name, value)


def test_an_official_export_is_exactly_the_contract_and_marked_official(
    tmp_path: Path
) -> None:
    db, db_path = station(tmp_path, official=True)
    result = write_export(db, db_path, tmp_path / "stick", official=True)
    assert result.name == "P164_KZ-2024-10-06-REF_20241006T2005" and not result.training
    files = {p.name: p.read_bytes() for p in result.path.iterdir()}
    assert json.loads(files["manifest.json"])["mode"] == "official"
    assert json.loads(files["results.json"])["mode"] == "official"
    # The columns of docs/formats.md §3 and nothing more: the training mark is not there.
    results = files["results.csv"].decode().splitlines()
    assert results[0] == "contest,number,key,label_kk,label_ru,value,source"
    assert all(len(row) == 7 for row in csv.reader(results[1:]))
    turnout = files["turnout.csv"].decode().splitlines()
    assert turnout[0] == "time,contest,issued,on_list,percent"
    assert all(set(json.loads(line)) == {"seq", "at", "actor", "action", "payload",
                                         "prev_hash", "hash"}
               for line in files["audit.jsonl"].decode().splitlines())
    assert "TRAINING" not in _file_text("protocol-npp.pdf", files["protocol-npp.pdf"])
    # Snapshots from the issuance times: 30 ballots by 10:30, so 30 at every report time.
    assert turnout[1] == "10:00,npp,0,50,0.0"
    assert turnout[2] == "12:00,npp,30,50,60.0"
    assert turnout[-1] == "closing,npp,30,50,60.0"
    assert verify.verify_folder(result.path).ok


def test_the_folder_name_is_safe_on_fat32_and_exfat(
    signed: tuple[Database, Path], tmp_path: Path
) -> None:
    db, db_path = signed
    clock = Clock(fixed=EVENING)
    with db.reading() as s:
        info = load_station(s)
    odd = dataclasses.replace(info, election_id='KZ/2024:ÄÖ "REF"*?<>|.', precinct_number="16 4")
    names = [
        write_export(db, db_path, tmp_path / "stick").name,
        export.folder_name(odd, clock, training=True, preliminary=True),
        export.folder_name(info, clock, training=False, preliminary=False),
    ]
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+", name), name
        assert len(name) <= 200 and not name.endswith((".", " "))
        assert media_write.fat_safe(name) == name
    assert names[1].startswith("TRAINING_P") and names[1].endswith("_20241006T2005_PRELIMINARY")
    assert names[2] == "P164_KZ-2024-10-06-REF_20241006T2005"


@pytest.mark.sqlite_only
def test_a_station_restored_on_a_new_laptop_exports_under_a_new_recorded_key(
    signed: tuple[Database, Path], tmp_path: Path
) -> None:
    db, db_path = signed
    old_key = keys.fingerprint(keys.load_key(keys.key_path_for(db_path)).public_key())
    made = backup.backup_now(db_path, tmp_path / "backup-stick", Clock(fixed=EVENING),
                             reason="phase-signed")
    db.dispose()  # the laptop dies; its key (never in a backup) is gone with it
    new_path = tmp_path / "new-laptop" / "station.sqlite3"
    backup.restore(made.path, new_path, member="c1", clock=Clock(fixed=EVENING))
    assert not keys.key_path_for(new_path).exists()
    restored = open_database(new_path)
    try:
        result = write_export(restored, new_path, tmp_path / "stick")
        with restored.reading() as s:
            actions = [e.action for e in audit.iter_events(s)]
    finally:
        restored.dispose()
    report = verify.verify_folder(result.path)
    assert report.ok, [c for c in report.checks if not c.ok]
    manifest = json.loads((result.path / "manifest.json").read_bytes())
    # A new key, recorded after the restore: the fingerprint on a paper protocol printed
    # on the dead laptop no longer matches, and the audit log shows why.
    assert manifest["station_key"] != old_key
    assert actions.index("backup.restored") < actions.index("station.key_created")
    assert actions[-1] == "results.exported"


def test_the_stick_is_written_outside_any_transaction(
    signed: tuple[Database, Path], tmp_path: Path
) -> None:
    """A slow stick never holds the station's write lock: the desks and the window's
    timers can write while the files go onto it."""
    db, db_path = signed
    seen: list[str] = []

    class SlowStick(medium.LocalMedium):
        def write_file(self, path: Path, data: bytes) -> None:
            if not seen:
                other = sqlite3.connect(db_path, timeout=0)  # no waiting for a lock
                try:
                    other.execute("BEGIN IMMEDIATE")
                    other.execute("ROLLBACK")
                    seen.append("free")
                except sqlite3.OperationalError as exc:
                    seen.append(str(exc))
                finally:
                    other.close()
            super().write_file(path, data)

    with db.transaction() as s:
        bundle = export.prepare(s, Clock(fixed=EVENING), db_path)
    (tmp_path / "stick").mkdir()
    result = export.write(bundle, tmp_path / "stick", medium=SlowStick())
    assert seen == ["free"]
    assert verify.verify_folder(result.path).ok
