"""Voting-day services: schema, permissions, phases, issuance, spoil and undo."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from precinct_app.db import Database
from precinct_app.models import Base, Issuance, Voter
from precinct_app.services import audit, issuance, permissions, phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import InvalidInput, PermissionDenied, Refused, WrongPhase
from precinct_app.services.package import from_document, load_package
from precinct_app.services.setup import init_station

ROOT = Path(__file__).parents[2]
TZ = dt.timezone(dt.timedelta(hours=5))


def _official_clock(hour: int, minute: int = 0) -> Clock:
    # Not "replaced": a system-like clock source on the election day is official mode.
    when = dt.datetime(2024, 10, 6, hour, minute, tzinfo=TZ)
    return Clock(source=lambda: when)


def _official_station(db: Database, special: bool = False) -> None:
    package = load_package(ROOT / "resources" / "demo")
    if special:
        package.document["precinct"]["special"] = True  # as if the package said so
        package = replace(package, election=from_document(package.document).election)
    init_station(db, _official_clock(6), package, db_path=None)
    with db.transaction() as s:
        for no, iin in ((1, "871008401427"), (2, "900101300811")):
            s.add(Voter(list_no=no, iin=iin, surname="Ахметов", given_name="Ерлан",
                        birth_date=dt.date(1987, 10, 8), surname_key="ахметов",
                        given_name_key="ерлан"))


@pytest.fixture
def demo_db(db: Database, clock: Clock) -> Database:
    build_demo(db, clock, db_path=None, voters=20)
    return db


def _open(db: Database, clock: Clock) -> None:
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")


def test_fresh_database_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_partial_unique_index_allows_one_live_issuance(demo_db: Database, clock: Clock) -> None:
    _open(demo_db, clock)
    with demo_db.transaction() as s:
        first = issuance.issue(s, clock, 1, "npp", "c4")
        issuance.undo(s, clock, 1, "npp", "c2", "wrong voter")
        issuance.issue(s, clock, 1, "npp", "c4")  # a new live row beside the undone one
    with pytest.raises(IntegrityError), demo_db.transaction() as s:
        s.add(Issuance(voter_id=1, contest_id="npp", member_id="c4", place="premises",
                       document="id_card", issued_at=clock.utc_iso()))
        s.flush()
    with demo_db.reading() as s:
        rows = s.scalars(select(Issuance).where(Issuance.voter_id == 1)).all()
        assert [r.undone_at is None for r in rows] == [False, True]
        assert rows[0].id == first.issuance_id and rows[0].undo_reason == "wrong voter"


def test_permissions_table() -> None:
    assert permissions.allowed("deputy_chair", "open_voting")
    assert permissions.allowed("deputy_chair", "close_voting")
    assert not permissions.allowed("secretary", "open_voting")
    assert not permissions.allowed("chair", "issue") and permissions.allowed("member", "issue")
    assert not permissions.allowed("member", "undo")


def test_require_names_the_role(demo_db: Database) -> None:
    with demo_db.reading() as s:
        with pytest.raises(PermissionDenied) as info:
            permissions.require(s, "c3", "issue")
        assert info.value.params["role"] == "secretary"
        with pytest.raises(InvalidInput):
            permissions.require(s, "nobody", "issue")


def test_phase_machine(demo_db: Database, clock: Clock) -> None:
    with demo_db.transaction() as s, pytest.raises(WrongPhase):
        phases.close_voting(s, clock, "c1")
    _open(demo_db, clock)
    with demo_db.transaction() as s, pytest.raises(WrongPhase):
        phases.open_voting(s, clock, "c1")
    with demo_db.transaction() as s:
        result = phases.close_voting(s, clock, "c2")
        assert result.training and result.outside_hours  # 09:00 < 20:00, advisory
    with demo_db.reading() as s:
        hist = phases.history(s)
        assert [(h.from_phase, h.to_phase, h.member_id) for h in hist] == [
            ("setup", "voting_open", "c1"), ("voting_open", "voting_closed", "c2")]
        assert audit.verify_chain(s).ok


def test_official_hours_are_enforced(db: Database) -> None:
    _official_station(db)
    with db.transaction() as s, pytest.raises(Refused) as info:
        phases.open_voting(s, _official_clock(6, 59), "c1")
    assert info.value.code == "voting_opens_at"
    with db.transaction() as s:
        assert not phases.open_voting(s, _official_clock(7), "c1").training
    with db.transaction() as s, pytest.raises(Refused) as info:
        phases.close_voting(s, _official_clock(19, 59), "c1", "everyone left")
    assert info.value.code == "voting_closes_at"
    with db.transaction() as s:
        phases.close_voting(s, _official_clock(20), "c1")


def test_special_station_closes_early_with_reason_or_when_all_voted(db: Database) -> None:
    _official_station(db, special=True)
    with db.transaction() as s:
        phases.open_voting(s, _official_clock(7), "c1")
    noon = _official_clock(12)
    with db.transaction() as s, pytest.raises(Refused) as info:
        phases.close_voting(s, noon, "c1")
    assert info.value.code == "close_early_needs_reason"
    with db.transaction() as s:
        issuance.issue(s, noon, 1, "npp", "c4")
        issuance.issue(s, noon, 2, "npp", "c5")
        assert phases.everyone_has_a_ballot(s)
        phases.close_voting(s, noon, "c1")


def test_receive_only_in_setup(demo_db: Database, clock: Clock) -> None:
    with demo_db.transaction() as s:
        assert phases.receive_ballots(s, clock, "c3", "npp", 40).after == 40
    _open(demo_db, clock)
    with demo_db.transaction() as s, pytest.raises(WrongPhase):
        phases.receive_ballots(s, clock, "c3", "npp", 41)


def test_issue_spoil_undo_and_counts(demo_db: Database, frozen_clock: Clock) -> None:
    with demo_db.transaction() as s, pytest.raises(WrongPhase):
        issuance.issue(s, frozen_clock, 1, "npp", "c4")
    _open(demo_db, frozen_clock)
    with demo_db.transaction() as s:
        result = issuance.issue(s, frozen_clock, 1, "npp", "c4")
        assert (result.list_no, result.member.id, result.place) == (1, "c4", "premises")
        assert result.issued_at == frozen_clock.now_utc()
    with demo_db.transaction() as s, pytest.raises(Refused) as info:
        issuance.issue(s, frozen_clock, 1, "npp", "c5")
    assert info.value.code == "already_issued"
    assert info.value.params["at"] == "09:00" and "Ахметов" in info.value.params["member"]
    for member in ("c1", "c3"):
        with demo_db.transaction() as s, pytest.raises(PermissionDenied):
            issuance.issue(s, frozen_clock, 2, "npp", member)
    with demo_db.transaction() as s:
        issuance.spoil(s, frozen_clock, 1, "npp", "c5")
    with demo_db.transaction() as s, pytest.raises(Refused) as info:
        issuance.spoil(s, frozen_clock, 1, "npp", "c5")
    assert info.value.code == "already_replaced"
    with demo_db.transaction() as s, pytest.raises(Refused) as info:
        issuance.issue(s, frozen_clock, 3, "npp", "c4", place="outside")
    assert info.value.code == "outside_no_application"
    with demo_db.transaction() as s:
        counts = issuance.issued_counts(s, "npp")
        assert (counts.in_premises, counts.outside, counts.replaced) == (1, 0, 1)
        assert issuance.holders(s) == {"npp": 1}  # the header's count: a replacement is no voter
        state = issuance.voter_state(s, 1)
        assert state.has_ballot("npp") and state.ballots[0].replaced
    with demo_db.transaction() as s, pytest.raises(PermissionDenied):
        issuance.undo(s, frozen_clock, 1, "npp", "c4", "mistake")
    with demo_db.transaction() as s, pytest.raises(InvalidInput):
        issuance.undo(s, frozen_clock, 1, "npp", "c2", "  ")
    with demo_db.transaction() as s:
        issuance.undo(s, frozen_clock, 1, "npp", "c2", "mistake")
        assert issuance.issued_counts(s, "npp").total == 0
        assert issuance.holders(s) == {}  # the undone ballot is held by nobody
        assert not issuance.voter_state(s, 1).has_ballot("npp")


def test_excluded_voter_is_refused(demo_db: Database, clock: Clock) -> None:
    _open(demo_db, clock)
    with demo_db.transaction() as s:
        voter = s.get(Voter, 2)
        assert voter is not None
        voter.status, voter.exclusion_reason = "excluded", "deceased"
    with demo_db.transaction() as s, pytest.raises(Refused) as info:
        issuance.issue(s, clock, 2, "npp", "c4")
    assert info.value.code == "voter_excluded"


def test_audit_payloads_carry_no_personal_data(demo_db: Database, clock: Clock) -> None:
    _open(demo_db, clock)
    with demo_db.transaction() as s:
        issuance.issue(s, clock, 1, "npp", "c4", document="passport")
        issuance.spoil(s, clock, 1, "npp", "c4")
        issuance.undo(s, clock, 1, "npp", "c1", "wrong voter")
        voter = s.get(Voter, 1)
        assert voter is not None
        iin, surname = voter.iin, voter.surname
    with demo_db.reading() as s:
        events = list(audit.iter_events(s))
    actions = [e.action for e in events]
    assert actions[-4:] == ["voting.opened", "ballot.issued", "ballot.spoiled", "ballot.undone"]
    for e in events[-3:]:
        assert iin not in e.payload and surname not in e.payload
        assert json.loads(e.payload)["list_no"] == 1


def test_unknown_contest_and_voter(demo_db: Database) -> None:
    from precinct_app.services import voters

    check: Callable[[], object]
    with demo_db.reading() as s:
        assert issuance.default_contest(s, None) == "npp"
        for check in (
            lambda: issuance.default_contest(s, "nope"),
            lambda: voters.resolve(s, "99999"),
            lambda: voters.resolve(s, "Ахметов"),
        ):
            with pytest.raises(InvalidInput):
                check()
