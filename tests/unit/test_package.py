"""Election packages: folders and zips, every problem reported with its JSON path."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from precinct_app.services.package import PackageInvalid, load_package

SAMPLE_VOTERS = Path(__file__).parents[1] / "data" / "sample_voters.csv"


def _write(folder: Path, election: dict[str, Any], voters: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "election.json").write_text(json.dumps(election, ensure_ascii=False), "utf-8")
    if voters:
        shutil.copy(SAMPLE_VOTERS, folder / "voters.csv")
    return folder


def test_sample_folder_loads(tmp_path: Path, sample_election: dict[str, Any]) -> None:
    package = load_package(_write(tmp_path / "pkg", sample_election, voters=True))
    assert package.election.precinct.number == "164"
    assert package.forms["kz-referendum"].id == "kz-referendum"
    assert package.voter_file_name == "voters.csv"
    assert package.signed is False


def test_zip_with_a_top_folder_loads(tmp_path: Path, sample_election: dict[str, Any]) -> None:
    folder = _write(tmp_path / "pkg", sample_election, voters=True)
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in folder.iterdir():
            zf.write(f, f"KZ-164/{f.name}")
    package = load_package(archive)
    assert package.voter_file_bytes == SAMPLE_VOTERS.read_bytes()


def test_unsafe_zip_is_refused(tmp_path: Path, sample_election: dict[str, Any]) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("election.json", json.dumps(sample_election))
        zf.writestr("../../etc/cron.d/x", "boom")
    with pytest.raises(PackageInvalid) as info:
        load_package(archive)
    assert info.value.code == "package_unsafe_zip"


def test_not_a_zip(tmp_path: Path) -> None:
    bogus = tmp_path / "package.zip"
    bogus.write_bytes(b"this is not a zip")
    with pytest.raises(PackageInvalid) as info:
        load_package(bogus)
    assert info.value.code == "package_bad_zip"


def test_json_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "election.json").write_text('{\n  "format": "precinct-election/1",\n  oops\n}')
    with pytest.raises(PackageInvalid) as info:
        load_package(folder)
    assert info.value.code == "package_bad_json"
    assert info.value.params["line"] == 3


def test_every_problem_is_reported_at_once(tmp_path: Path, sample_election: dict[str, Any]) -> None:
    bad = json.loads(json.dumps(sample_election))
    bad["format"] = "precinct-election/9"
    bad["election"]["date"] = "2024-13-01"
    bad["election"]["timezone"] = "Asia/Atlantis"
    bad["election"]["title"].pop("kk")
    bad["precinct"]["voting_hours"] = {"opens": "7:00", "closes": "06:00"}
    bad["precinct"]["turnout_report_times"] = ["12:00", "25:00"]
    bad["commission"][1]["role"] = "chair"
    bad["commission"][2]["id"] = "c1"
    bad["contests"][0]["ballots_received"] = True
    bad["contests"][0]["options"][1]["id"] = "yes"
    bad["contests"][0]["protocol_form"] = "no-such-form"
    with pytest.raises(PackageInvalid) as info:
        load_package(_write(tmp_path / "pkg", bad))
    found = {(p.path, p.code) for p in info.value.problems}
    assert found == {
        ("format", "bad_format"),
        ("election.date", "not_date"),
        ("election.timezone", "unknown_timezone"),
        ("election.title.kk", "missing_string"),
        ("precinct.voting_hours.opens", "not_time"),
        ("precinct.turnout_report_times[1]", "not_time"),
        ("commission", "chair_count"),
        ("commission[2].id", "duplicate_id"),
        ("contests[0].ballots_received", "not_count"),
        ("contests[0].options[1].id", "duplicate_id"),
        ("contests[0].protocol_form", "unknown_form"),
    }


def test_inline_form_rules_are_validated(tmp_path: Path, sample_election: dict[str, Any]) -> None:
    election = json.loads(json.dumps(sample_election))
    form = {
        "id": "local",
        "title": {"kk": "Хаттама", "ru": "Протокол"},
        "lines": [
            {"key": "voters_on_list", "number": "1", "label": {"kk": "a", "ru": "a"},
             "source": "voters_on_list"},
            {"key": "valid", "number": "2", "label": {"kk": "b", "ru": "b"}, "source": "entered"},
            {"options": True, "number_from": "3"},
        ],
        "checks": [
            {"id": "ok", "rule": "valid == options", "severity": "error",
             "message": {"kk": "x", "ru": "x"}},
            {"id": "evil", "rule": "__import__('os').getcwd() == valid", "severity": "error",
             "message": {"kk": "x", "ru": "x"}},
        ],
    }
    election["protocol_forms"] = {"local": form}
    election["contests"][0]["protocol_form"] = "local"
    with pytest.raises(PackageInvalid) as info:
        load_package(_write(tmp_path / "pkg", election))
    assert [(p.path, p.code) for p in info.value.problems] == [
        ("protocol_forms.local.checks[1].rule", "rule_bad_token")
    ]
    form["checks"].pop()
    package = load_package(_write(tmp_path / "pkg2", election))
    assert {k: f.document for k, f in package.forms.items()} == {"local": form}
