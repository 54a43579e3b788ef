"""A Hypothesis state machine over the real database: open, issue (in the premises and
outside), spoil, undo, exclude, outside applications, close.

It keeps its own simple model of what should have happened and checks after
every step that the database agrees: never two live ballots per voter and
contest, never two replacements, refusals where the model expects them,
every change has its audit event and the chain verifies.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import func, select

from precinct_app.db import open_database
from precinct_app.models import Issuance, Spoilage
from precinct_app.services import audit, issuance, list_changes, outside, phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import DomainError

VOTERS = 6
CONTEST = "npp"
MEMBERS = ("c1", "c2", "c3", "c4", "c5")
ISSUERS = {"c2", "c4", "c5"}
UNDOERS = {"c1", "c2"}
LIST_CHANGERS = {"c1", "c2", "c3"}


class VotingDay(RuleBasedStateMachine):
    """The model: phase, live ballot per voter (with its replaced flag), audit count."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T09:00:00+05:00"))
        self.db = open_database(None)
        build_demo(self.db, self.clock, db_path=None, voters=VOTERS)
        self.phase = "setup"
        self.live: dict[int, bool] = {}  # voter id -> replaced already
        self.excluded: set[int] = set()
        self.applied: set[int] = set()
        self.outside: set[int] = set()  # voters whose live ballot was issued outside
        self.changes = 0
        with self.db.reading() as s:
            self.base_events = audit.head(s).seq

    def teardown(self) -> None:
        self.db.dispose()

    def _attempt(self, expect_ok: bool, action: object) -> None:
        try:
            with self.db.transaction() as s:
                action(s)  # type: ignore[operator]
        except DomainError:
            assert not expect_ok, "refused although the model allows it"
            return
        assert expect_ok, "allowed although the model refuses it"
        self.changes += 1

    @rule(member=st.sampled_from(MEMBERS))
    def open_voting(self, member: str) -> None:
        ok = self.phase == "setup" and member in UNDOERS
        self._attempt(ok, lambda s: phases.open_voting(s, self.clock, member))
        if ok:
            self.phase = "voting_open"

    @rule(member=st.sampled_from(MEMBERS))
    def close_voting(self, member: str) -> None:
        ok = self.phase == "voting_open" and member in UNDOERS
        self._attempt(ok, lambda s: phases.close_voting(s, self.clock, member))
        if ok:
            self.phase = "voting_closed"

    @rule(voter=st.integers(1, VOTERS), member=st.sampled_from(MEMBERS))
    def issue(self, voter: int, member: str) -> None:
        ok = (
            self.phase == "voting_open" and member in ISSUERS and voter not in self.live
            and voter not in self.excluded
        )
        self._attempt(ok, lambda s: issuance.issue(s, self.clock, voter, CONTEST, member))
        if ok:
            self.live[voter] = False

    @rule(voter=st.integers(1, VOTERS), member=st.sampled_from(MEMBERS))
    def apply_outside(self, voter: int, member: str) -> None:
        ok = voter not in self.excluded and voter not in self.applied
        self._attempt(ok, lambda s: outside.apply(s, self.clock, member, voter, "illness"))
        if ok:
            self.applied.add(voter)

    @rule(voter=st.integers(1, VOTERS), member=st.sampled_from(MEMBERS))
    def issue_outside(self, voter: int, member: str) -> None:
        ok = (
            self.phase == "voting_open" and member in ISSUERS and voter not in self.live
            and voter not in self.excluded and voter in self.applied
        )
        self._attempt(
            ok, lambda s: issuance.issue(s, self.clock, voter, CONTEST, member, place="outside")
        )
        if ok:
            self.live[voter] = False
            self.outside.add(voter)

    @rule(voter=st.integers(1, VOTERS), member=st.sampled_from(MEMBERS))
    def spoil(self, voter: int, member: str) -> None:
        ok = (
            self.phase == "voting_open" and member in ISSUERS
            and voter in self.live and not self.live[voter]
        )
        self._attempt(ok, lambda s: issuance.spoil(s, self.clock, voter, CONTEST, member))
        if ok:
            self.live[voter] = True

    @rule(voter=st.integers(1, VOTERS), member=st.sampled_from(MEMBERS),
          reason=st.sampled_from(["", "wrong voter"]))
    def undo(self, voter: int, member: str, reason: str) -> None:
        ok = (
            self.phase == "voting_open" and member in UNDOERS and bool(reason)
            and voter in self.live
        )
        self._attempt(
            ok, lambda s: issuance.undo(s, self.clock, voter, CONTEST, member, reason)
        )
        if ok:
            del self.live[voter]
            self.outside.discard(voter)

    @rule(voter=st.integers(1, VOTERS), member=st.sampled_from(MEMBERS))
    def exclude(self, voter: int, member: str) -> None:
        ok = member in LIST_CHANGERS and voter not in self.excluded
        self._attempt(
            ok, lambda s: list_changes.exclude_voter(s, self.clock, member, voter, "deceased")
        )
        if ok:
            self.excluded.add(voter)

    @invariant()
    def database_agrees(self) -> None:
        with self.db.reading() as s:
            live = dict(
                s.execute(
                    select(Issuance.voter_id, func.count())
                    .where(Issuance.undone_at.is_(None))
                    .group_by(Issuance.voter_id)
                ).all()
            )
            assert live == dict.fromkeys(self.live, 1)
            replaced = set(
                s.scalars(
                    select(Issuance.voter_id)
                    .join(Spoilage, Spoilage.issuance_id == Issuance.id)
                    .where(Issuance.undone_at.is_(None))
                )
            )
            assert replaced == {v for v, r in self.live.items() if r}
            assert phases.current_phase(s) == self.phase
            counts = issuance.issued_counts(s, CONTEST)
            assert counts.total == len(self.live)
            assert counts.outside == len(self.outside) <= len(self.applied)
            assert counts.total + counts.replaced <= VOTERS * 2
            report = audit.verify_chain(s)
            assert report.ok and report.head.seq == self.base_events + self.changes


VotingDay.TestCase.settings = settings(max_examples=30, stateful_step_count=25)
TestVotingDay = VotingDay.TestCase
