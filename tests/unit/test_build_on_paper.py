"""The build id an observer compares: on every page of every document, in the export's
manifest and from ``precinct version`` (services/build_id.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from precinct_app import messages
from precinct_app.db import Database
from precinct_app.services import (
    box_act_page,
    box_act_pdf,
    build_id,
    journal_pdf,
    paper_list,
    people_pdf,
    portable_boxes,
    turnout_pdf,
    verify,
)
from precinct_app.services.clock import Clock
from tests.cli_fixtures import Cli
from tests.unit.test_export import station, write_export
from tests.unit.test_portable_boxes import day


def _pages(data: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(data)).pages]


def _every_page_carries_the_build(name: str, data: bytes) -> None:
    label = build_id.current().label
    pages = _pages(data)
    assert pages, name
    for number, page in enumerate(pages, 1):
        assert label in page, f"{name}, page {number}: {page[-200:]}"
    assert PdfReader(io.BytesIO(data)).metadata.get("/Creator") in (label, None), name


def test_every_protocol_page_in_the_export_and_its_manifest_name_the_build(
    tmp_path: Path,
) -> None:
    db, db_path = station(tmp_path)
    result = write_export(db, db_path, tmp_path / "stick")
    manifest = json.loads((result.path / "manifest.json").read_text(encoding="utf-8"))
    info = build_id.current()
    assert manifest["software"] == info.software == f"precinct {info.version} build {info.build_id}"
    pdfs = sorted(result.path.glob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        _every_page_carries_the_build(pdf.name, pdf.read_bytes())
    with db.reading() as s:  # the reports a member prints from the same station
        clock = Clock()
        for name, data in (("turnout", turnout_pdf.render_turnout_pdf(s, clock)),
                           ("journal", journal_pdf.render_journal_pdf(s, clock)),
                           ("people", people_pdf.render(s, clock)),
                           ("paper list", paper_list.build(s, clock))):
            _every_page_carries_the_build(name, data)


def test_the_portable_box_act_names_the_build(db: Database, clock: Clock) -> None:
    day(db, clock)
    with db.transaction() as s:
        portable_boxes.record(s, clock, "c3", 1, 3)
    with db.reading() as s:
        page = box_act_page.act_page(s, clock, 1, "kk+ru")
    _every_page_carries_the_build("box act", box_act_pdf.build(page))


def test_precinct_version_prints_the_manifest_line_and_checks_the_files(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "en")
    info = build_id.current()
    result = cli("version", "--check")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == info.software
    assert info.build_id in lines[1]
    assert "not an official build" in lines[2] and str(info.root) in lines[3]
    assert lines[-1] == f"Files checked: {build_id.check().files}. All match the build id."
    with pytest.raises(SystemExit):
        cli("--version")
    assert capsys.readouterr().out.strip() == info.software

    changed = build_id.CheckResult(900, ("_internal/libQt6Core.so.6",), ("precinct-app",), ())
    monkeypatch.setattr(build_id, "check", lambda _info=None: changed)
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    result = cli("version", "--check")
    assert result.code == 1
    assert "Изменены (1): _internal/libQt6Core.so.6" in result.out
    assert "Отсутствуют (1): precinct-app" in result.out
    assert result.err.strip().endswith("установите заново из официального архива.")


def test_the_verifier_shows_the_build_that_wrote_the_stick_and_never_a_hostile_one(
    tmp_path: Path,
) -> None:
    db, db_path = station(tmp_path)
    folder = write_export(db, db_path, tmp_path / "stick").path
    report = verify.verify_folder(folder)
    assert report.ok
    shown = next(c for c in report.checks if c.id == "manifest_readable")
    assert shown.params["software"] == build_id.current().software
    assert build_id.current().build_id in messages.text(shown.code, "ru", **shown.params)

    manifest = folder / "manifest.json"
    doc = json.loads(manifest.read_text(encoding="utf-8"))
    doc["software"] = "precinct 9.9\x1b[2J\u202e" + "x" * 5000
    manifest.write_text(json.dumps(doc), encoding="utf-8")
    report = verify.verify_folder(folder)
    assert not report.ok  # the signature no longer holds
    shown = next(c for c in report.checks if c.id == "manifest_readable")
    assert shown.params["software"].startswith("precinct 9.9\\u001b[2J\\u202e")
    assert len(shown.params["software"]) < 100
