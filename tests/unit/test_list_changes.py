"""Voters added and excluded on the day, through the services and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from precinct_app.cli import main
from precinct_app.db import Database
from precinct_app.messages import CATALOG, LANGUAGES, text
from precinct_app.messages.list_changes import basis_text, reason_text
from precinct_app.services import audit, issuance, list_changes, phases, voters
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, PermissionDenied, Refused, WrongPhase

NEW_IIN = "900517400015"  # born 1990-05-17
MINOR_IIN = "061211600012"  # born 2006-12-11: 17 on voting day (2024-10-06)


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
    for kwargs in ({"iin": "821214240092"}, {"iin": MINOR_IIN}, {"basis": "other"},
                   {"ref": " "}):
        with pytest.raises(InvalidInput):
            add(**kwargs)
    add()
    with pytest.raises(Refused):
        add()
    with demo_db.transaction() as s, pytest.raises(InvalidInput):
        list_changes.exclude_voter(s, clock, "c1", 1, "")


@pytest.mark.usefixtures("station_pins")
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


def _add(db: Database, clock: Clock, iin: str = NEW_IIN, **fields: str) -> list_changes.ListChange:
    values = {"surname": "Ли", "given_name": "Анна", "basis": "court", "reference": "№1"}
    values.update(fields)
    with db.transaction() as s:
        return list_changes.add_voter(s, clock, "c1", iin_text=iin, **values)


def _events(db: Database) -> int:
    with db.reading() as s:
        return audit.head(s).seq


def test_add_needs_18_on_voting_day(demo_db: Database, clock: Clock) -> None:
    # 18 on the very day (born 2006-10-06) may vote; one day younger may not.
    assert _add(demo_db, clock, "061006500019").list_no == 11
    before = _events(demo_db)
    for young in ("061007500014", MINOR_IIN):
        with pytest.raises(InvalidInput) as info:
            _add(demo_db, clock, young)
        assert info.value.code == "under_18"
        assert "under 18 on voting day" in text(info.value.code, "en", **info.value.params)
    assert _events(demo_db) == before
    with demo_db.reading() as s:
        assert voters.next_list_no(s) == 12
        assert list_changes.listed_with_iin(s, "061007500014") is None
        listed = list_changes.listed_with_iin(s, " 061006500019 ")
        assert listed is not None and listed.list_no == 11


def test_add_limits_field_lengths_like_the_importer(demo_db: Database, clock: Clock) -> None:
    cases = {"surname": "Л" * 101, "given_name": "А" * 101, "patronymic": "О" * 101,
             "reference": "R" * 201}
    for field, value in cases.items():
        with pytest.raises(InvalidInput) as info:
            _add(demo_db, clock, **{field: value})
        assert info.value.code == "field_too_long" and info.value.params["field"] == field
    message = text("field_too_long", "en", field="reference", limit=200)
    assert message == "field 'document reference' is longer than 200 characters"
    added = _add(demo_db, clock, surname="Л" * 100, reference=" " + "R" * 200 + " ")
    with demo_db.reading() as s:
        assert voters.get(s, added.voter_id) is not None


def test_a_voter_with_a_ballot_cannot_be_excluded(demo_db: Database, clock: Clock) -> None:
    with demo_db.transaction() as s:
        phases.open_voting(s, clock, "c1")
        issuance.issue(s, clock, 3, "npp", "c4")
    before = _events(demo_db)
    with demo_db.transaction() as s, pytest.raises(Refused) as info:
        list_changes.exclude_voter(s, clock, "c3", 3, "absentee_issued")
    assert info.value.code == "exclude_has_ballot"
    message = text(info.value.code, "en", **info.value.params)
    assert message.startswith("voter no. 3 already has a ballot for npp (issued at 09:00 by ")
    assert "undo the issuance first" in message
    with demo_db.reading() as s:
        assert issuance.voter_state(s, 3).status == "active"
    assert _events(demo_db) == before
    # Undone by mistake: then the exclusion goes ahead.
    with demo_db.transaction() as s:
        issuance.undo(s, clock, 3, "npp", "c1", "wrong voter")
        list_changes.exclude_voter(s, clock, "c3", 3, "absentee_issued")
    with demo_db.reading() as s:
        assert issuance.voter_state(s, 3).status == "excluded"


def test_the_list_is_frozen_once_voting_is_closed(demo_db: Database, clock: Clock) -> None:
    with demo_db.transaction() as s:
        phases.open_voting(s, clock, "c1")
    _add(demo_db, clock)  # while voting is open
    with demo_db.transaction() as s:
        phases.close_voting(s, clock, "c1")
    before = _events(demo_db)
    with pytest.raises(WrongPhase) as info:
        _add(demo_db, clock, "900517400025")
    assert info.value.code == "list_frozen"
    with demo_db.transaction() as s, pytest.raises(WrongPhase):
        list_changes.exclude_voter(s, clock, "c1", 4, "deceased")
    assert text("list_frozen", "en", phase="voting_closed") == (
        "the voter list cannot change once voting is closed (the station is in: voting closed)"
    )
    assert _events(demo_db) == before
    with demo_db.reading() as s:
        assert voters.next_list_no(s) == 12


def test_day_changes_newest_first(demo_db: Database) -> None:
    def at(hhmm: str) -> Clock:
        return Clock(fixed=dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00"))

    with demo_db.reading() as s:
        assert list_changes.day_changes(s) == []
    with demo_db.transaction() as s:
        list_changes.add_voter(s, at("08:10"), "c3", surname="Ли", given_name="Анна",
                               patronymic="Ким", iin_text=NEW_IIN, basis="absentee",
                               reference="ОУ 123456")
        list_changes.exclude_voter(s, at("08:20"), "c2", 5, "deceased")
        list_changes.exclude_voter(s, at("08:30"), "c1", 11, "other_list")
    with demo_db.reading() as s:
        changes = list_changes.day_changes(s)
        fifth = voters.resolve(s, "5")
    assert [(c.kind, c.list_no) for c in changes] == [
        ("excluded", 11), ("excluded", 5), ("added", 11)
    ]
    newest, middle, oldest = changes
    assert oldest.at == dt.datetime(2024, 10, 6, 3, 10, tzinfo=dt.UTC)
    assert oldest.at.utcoffset() == dt.timedelta(0)
    assert (oldest.full_name, oldest.detail, oldest.reference) == (
        "Ли Анна Ким", "absentee", "ОУ 123456"
    )
    assert oldest.member_id == "c3" and oldest.member_name
    assert (middle.voter_id, middle.full_name, middle.detail, middle.reference) == (
        fifth.id, fifth.full_name, "deceased", ""
    )
    assert middle.member_id == "c2" and newest.member_id == "c1"
    assert newest.voter_id == oldest.voter_id


def test_reasons_and_bases_are_worded_in_every_language() -> None:
    for code in list_changes.EXCLUSION_REASONS:
        assert f"reason_{code}" in CATALOG
    for code in list_changes.BASES:
        assert f"basis_{code}" in CATALOG
    for lang in ("ru", "kk"):
        assert reason_text("deceased", lang) != "deceased"
        assert basis_text("court", lang) != "court"
    assert basis_text("court", "en") == "court decision"
    assert reason_text("deceased", "ru") == "умер(ла)"
    assert reason_text("moved abroad", "kk") == "moved abroad"  # typed: kept as typed
    for code in ("list_frozen", "exclude_has_ballot", "column_reference"):
        assert all(getattr(CATALOG[code], lang) for lang in LANGUAGES)
