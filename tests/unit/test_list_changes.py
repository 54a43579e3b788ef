"""Voters added and excluded on the day, through the services and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from precinct_app.cli import main
from precinct_app.db import Database
from precinct_app.services import audit, issuance, list_changes, phases, voters
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, PermissionDenied, Refused

NEW_IIN = "061211600012"


@pytest.fixture
def demo_db(db: Database, clock: Clock) -> Database:
    build_demo(db, clock, db_path=None, voters=10)
    return db


def test_add_then_issue_and_exclude_then_refuse(demo_db: Database, clock: Clock) -> None:
    with demo_db.transaction() as s:
        added = list_changes.add_voter(
            s, clock, "c3", surname="Ли", given_name="Анна", iin_text=NEW_IIN,
            basis="absentee", reference="ОУ 123456",
        )
        assert added.list_no == 11
        phases.open_voting(s, clock, "c1")
        issuance.issue(s, clock, added.voter_id, "npp", "c4")
        list_changes.exclude_voter(s, clock, "c2", 2, "deceased")
    with demo_db.transaction() as s, pytest.raises(Refused) as info:
        issuance.issue(s, clock, 2, "npp", "c4")
    assert info.value.params["reason"] == "deceased"
    with demo_db.reading() as s:
        assert voters.resolve(s, NEW_IIN).list_no == 11
        events = list(audit.iter_events(s))
        added_event = next(e for e in events if e.action == "voter.added")
        assert NEW_IIN not in added_event.payload and "Ли" not in added_event.payload
        assert any(e.action == "voter.excluded" for e in events)


def test_list_change_refusals(demo_db: Database, clock: Clock) -> None:
    def add(member: str = "c1", iin: str = NEW_IIN, basis: str = "court", ref: str = "№1") -> None:
        with demo_db.transaction() as s:
            list_changes.add_voter(s, clock, member, surname="Ли", given_name="Анна",
                                   iin_text=iin, basis=basis, reference=ref)

    with pytest.raises(PermissionDenied):
        add(member="c4")
    for kwargs in ({"iin": "821214240092"}, {"basis": "other"}, {"ref": " "}):
        with pytest.raises(InvalidInput):
            add(**kwargs)
    add()
    with pytest.raises(Refused):
        add()
    with demo_db.transaction() as s, pytest.raises(InvalidInput):
        list_changes.exclude_voter(s, clock, "c1", 1, "")


def test_cli_add_and_exclude(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T09:00:00+05:00")
    db = str(tmp_path / "l.sqlite3")
    assert main(["--db", db, "demo", "--voters", "5"]) == 0
    assert main(["--db", db, "voters", "add", "--surname", "Ли", "--given-name", "Анна",
                 "--iin", NEW_IIN, "--basis", "registration", "--reference", "R-1",
                 "--member", "c3"]) == 0
    assert main(["--db", db, "voters", "exclude", "6", "--reason", "on another list",
                 "--member", "c2"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "voters", "exclude", NEW_IIN, "--reason", "x",
                 "--member", "c2"]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("voter no. 6 is excluded")
    assert main(["--db", db, "voters", "add", "--surname", "Ли", "--given-name", "Анна",
                 "--iin", NEW_IIN, "--basis", "court", "--reference", "R-2",
                 "--member", "c5"]) == 1
    assert "may not change the voter list" in capsys.readouterr().err
    assert main(["--db", db, "voters", "find", "6", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert any(v["list_no"] == 6 and v["status"] == "excluded" for v in found)
