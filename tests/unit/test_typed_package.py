"""The package and its forms are read once into typed objects (issue 13): code past the
reader sees a date, whole numbers and form lines, and a damaged stored form is named."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from precinct_app.db import Database
from precinct_app.messages import text
from precinct_app.models import Contest, Station
from precinct_app.services import forms, package, protocol
from precinct_app.services.clock import Clock
from precinct_app.services.election import parse_election
from precinct_app.services.errors import DomainError
from precinct_app.services.station import create_station, load_station


def _load(tmp_path: Path, election: dict[str, Any]) -> package.ElectionPackage:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "election.json").write_text(json.dumps(election, ensure_ascii=False), "utf-8")
    return package.load_package(folder)


def test_a_loaded_package_is_typed_past_the_reader(
    tmp_path: Path, sample_election: dict[str, Any]
) -> None:
    loaded = _load(tmp_path, sample_election)
    election = loaded.election
    assert election.id == "KZ-2024-10-06-REF"
    assert election.date == dt.date(2024, 10, 6)
    assert (election.precinct.opens, election.precinct.closes) == ("07:00", "20:00")
    assert election.precinct.outside_voting_requests_until == "12:00"
    assert election.precinct.turnout_report_times[-1] == "20:00"
    assert election.precinct.special is False
    assert [m.role for m in election.commission].count("chair") == 1
    contest = election.contests[0]
    assert (contest.id, contest.ballots_received) == ("npp", 31)
    assert [o.id for o in contest.options] == ["yes", "no"]
    form = loaded.forms[contest.protocol_form]
    assert isinstance(form, forms.Form)
    assert form.keys[:2] == ("voters_on_list", "ballots_received")
    assert [c.severity for c in form.checks] == [c["severity"] for c in form.document["checks"]]
    numbered = forms.expand_lines(form, [(o.id, o.label) for o in contest.options])
    assert [(line.number, line.key) for line in numbered[-2:]] == [("13", "yes"), ("14", "no")]


def test_each_section_is_read_even_when_another_is_wrong(sample_election: dict[str, Any]) -> None:
    """One validator per section: every section's problems come at once, in document order."""
    sample_election["election"]["timezone"] = "Mars/Olympus"
    sample_election["precinct"]["voting_hours"] = {"opens": "20:00", "closes": "07:00"}
    sample_election["commission"][1]["role"] = "chair"
    sample_election["contests"][0]["ballots_received"] = -1
    election, problems = parse_election(sample_election)
    assert election is None
    assert [(p.path, p.code) for p in problems] == [
        ("election.timezone", "unknown_timezone"),
        ("precinct.voting_hours", "closes_before_opens"),
        ("commission", "chair_count"),
        ("contests[0].ballots_received", "not_count"),
    ]


def test_the_station_stores_the_package_and_forms_as_sent(
    db: Database, clock: Clock, sample_election: dict[str, Any]
) -> None:
    loaded = package.from_document(sample_election)
    with db.transaction() as s:
        info = create_station(s, clock, loaded, db_path=None)
        contest = s.get(Contest, "npp")
        assert contest is not None
        assert json.loads(contest.form_json) == forms.builtin_form("kz-referendum")
    assert info.election_date == loaded.election.date
    assert info.contests[0].options[0].label == sample_election["contests"][0]["options"][0][
        "label"]


def test_a_damaged_stored_form_is_named_not_a_traceback(
    db: Database, clock: Clock, sample_election: dict[str, Any]
) -> None:
    with db.transaction() as s:
        create_station(s, clock, package.from_document(sample_election), db_path=None)
        contest = s.get(Contest, "npp")
        assert contest is not None
        form = json.loads(contest.form_json)
        form["lines"][0]["source"] = "magic"  # an edited database
        contest.form_json = json.dumps(form)
    with db.reading() as s, pytest.raises(DomainError) as info:
        protocol.form_lines(s, "npp")
    assert info.value.code == "form_stored_invalid"
    for lang in ("kk", "ru", "en"):
        assert "form.lines[0].source" in text(info.value.code, lang, **info.value.params)
    with db.reading() as s:
        assert load_station(s).contests[0].id == "npp"  # the rest of the station still reads


def test_a_damaged_stored_package_is_named_not_a_traceback(
    db: Database, clock: Clock, sample_election: dict[str, Any]
) -> None:
    with db.transaction() as s:
        create_station(s, clock, package.from_document(sample_election), db_path=None)
        station = s.get(Station, 1)
        assert station is not None
        stored = json.loads(station.package_json)
        stored["precinct"]["voting_hours"]["opens"] = "7 o'clock"  # an edited database
        station.package_json = json.dumps(stored)
    with db.reading() as s, pytest.raises(DomainError) as info:
        load_station(s)
    assert info.value.code == "package_stored_invalid"
    for lang in ("kk", "ru", "en"):
        assert "precinct.voting_hours.opens" in text(info.value.code, lang, **info.value.params)
