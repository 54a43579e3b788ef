"""Stations the sections work on, and the checks every section makes after a blow."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from precinct_app.db import open_database
from precinct_app.models import AuditEvent, Issuance, Voter
from precinct_app.services import audit, counting, issuance, phases, protocol
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo

CONTEST = "npp"  # the demo referendum, the only contest of the demo station
DESKS = ("c4", "c5", "c6", "c7")  # the demo's ordinary members: they issue ballots
EVENING = dt.datetime.fromisoformat("2024-10-06T20:05:00+05:00")
# The demo referendum after 30 ballots issued in the premises: a protocol that balances.
SIGNABLE = {"in_portable_boxes": 0, "in_stationary_boxes": 30, "invalid": 1, "valid": 29,
            "valid_not_counted": 1, "lost": 0, "not_accounted": 0, "yes": 17, "no": 11}


def open_station(path: Path, voters: int, clock: Clock | None = None) -> dict[int, int]:
    """A demo station of ``voters`` with voting open, at ``path``; list number -> voter id.

    A demo is training: the hours are advisory, so the system clock may be any time.
    """
    clock = clock or Clock()
    db = open_database(path, create=True)
    try:
        build_demo(db, clock, db_path=path, voters=voters)
        with db.transaction() as s:
            phases.open_voting(s, clock, "c1")
        with db.reading() as s:
            return {n: v for n, v in s.execute(select(Voter.list_no, Voter.id))}
    finally:
        db.dispose()  # children open their own connections (never inherit one)


def signed_station(path: Path) -> None:
    """A 50-voter demo at ``path``: 30 ballots issued, counted and the protocol signed."""
    clock = Clock(fixed=EVENING)
    db = open_database(path, create=True)
    try:
        build_demo(db, clock, db_path=path, voters=50)
        with db.transaction() as s:
            phases.open_voting(s, clock, "c1")
            for list_no in range(1, 31):
                issuance.issue(s, clock, list_no, CONTEST, "c4")
            phases.close_voting(s, clock, "c1")
            cancel = {e.contest_id: e.to_cancel for e in counting.expected(s)}
            counting.record_step(s, clock, "c1", counting.CANCEL, cancel)
            for step in counting.STEPS[1:5]:
                counting.record_step(s, clock, "c1", step)
            protocol.set_values(s, clock, "c1", CONTEST, SIGNABLE)
            for step in (counting.FILL, counting.CHECK):
                counting.record_step(s, clock, "c1", step)
            protocol.sign(s, clock, "c1", CONTEST, ["c1", "c2", "c3", "c4"], {})
    finally:
        db.dispose()


@dataclass(frozen=True)
class Health:
    """What a reopened station says about itself: its problems, and its ballots."""

    problems: tuple[str, ...]
    live: dict[int, int]  # list number -> issuance id of the live ballot

    @property
    def ok(self) -> bool:
        """No problem found."""
        return not self.problems


def examine(path: Path) -> Health:
    """Reopen the station at ``path`` as the next process would and check it whole.

    Checked: SQLite's ``integrity_check``; the audit chain, up to its head record
    (``audit.verify_chain``); no voter holding two live ballots in a contest; one
    ``ballot.issued`` event for every issuance row, neither without the other.
    """
    problems: list[str] = []
    db = open_database(path)
    try:
        with db.reading() as s:
            integrity = s.execute(text("PRAGMA integrity_check")).scalar()
            if integrity != "ok":
                problems.append(f"integrity_check: {integrity}")
            chain = audit.verify_chain(s)
            if not chain.ok:
                problems.append(f"audit chain broken at seq {chain.broken_seq}: {chain.problem}")
            doubles = s.execute(
                select(Issuance.voter_id, Issuance.contest_id, func.count())
                .where(Issuance.undone_at.is_(None))
                .group_by(Issuance.voter_id, Issuance.contest_id)
                .having(func.count() > 1)
            ).all()
            for voter_id, contest_id, count in doubles:
                problems.append(f"double ballot: voter id {voter_id} holds {count} in {contest_id}")
            rows = s.scalar(select(func.count()).select_from(Issuance)) or 0
            events = s.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "ballot.issued")) or 0
            if rows != events:
                problems.append(f"{rows} issuance rows but {events} ballot.issued events")
            live = {n: i for n, i in s.execute(
                select(Voter.list_no, Issuance.id).join(Issuance, Issuance.voter_id == Voter.id)
                .where(Issuance.undone_at.is_(None), Issuance.contest_id == CONTEST))}
    finally:
        db.dispose()
    return Health(tuple(problems), live)


def lost(acknowledged: dict[int, int | None], health: Health) -> list[str]:
    """Acknowledged ballots (list number -> issuance id, if known) the station lacks."""
    out = []
    for list_no, issuance_id in sorted(acknowledged.items()):
        found = health.live.get(list_no)
        if found is None:
            out.append(f"acknowledged ballot of voter no. {list_no} is not in the station")
        elif issuance_id is not None and found != issuance_id:
            out.append(f"voter no. {list_no}: acknowledged issuance {issuance_id}, "
                       f"station holds {found}")
    return out
