"""A Hypothesis state machine over the real database: the whole voting day.

Set-up (the act of receipt), open, issue (in the premises, outside, on a trip),
spoil, undo, add and exclude voters, outside applications, trips of the portable
box (two members leave with N ballots; the box comes back balanced or not), close.

The machine keeps its own small model of the day and predicts every outcome
exactly: the refusal's code (permission, phase, already issued, excluded, no
application, replacement twice, trip capacity, ballots left, ...) or success.
After every step the database must agree with the model: at most one live
ballot per voter and contest, at most one replacement, ballots in use never
above those received, outside ballots never above the applications, every
finished trip balanced, the phase, one audit event per change and an intact
chain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from precinct_app.db import open_database
from precinct_app.models import (
    AuditEvent,
    Contest,
    Issuance,
    OutsideApplication,
    OutsideTrip,
    Spoilage,
    Voter,
)
from precinct_app.services import audit, ballots, iin, issuance, list_changes, outside, phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import DomainError

T = TypeVar("T")
VOTERS = 6
ADDED_MAX = 2  # voters added on the day, at most; ids beyond VOTERS + ADDED_MAX never exist
CONTEST = "npp"
DAY = dt.date(2024, 10, 6)
SETUP, OPEN, CLOSED = "setup", "voting_open", "voting_closed"
# Who may do what (services/permissions.py).
OPENERS = {"c1", "c2"}  # open and close voting, undo an issuance
ISSUERS = {"c2", "c4", "c5", "c6"}  # issue and replace ballots, go on trips
LIST_CHANGERS = {"c1", "c2", "c3"}  # add and exclude voters, correct the act of receipt

# Hypothesis draws rules unevenly (and switches some off per run), so a single rule
# draws the action from this list: each action appears as often as it should be tried.
ACTIONS = (
    ("issue",) * 4 + ("issue_outside",) * 5 + ("spoil",) * 3 + ("undo",) * 3
    + ("apply_outside",) * 3 + ("start_trip",) * 2 + ("end_trip",) * 2 + ("add_voter",) * 2
    + ("exclude",) * 2 + ("receive_ballots", "open_voting", "close_voting")
)
# Members: mostly those the action allows, sometimes one it refuses.
ISSUE_ROSTER = ("c4", "c5", "c6", "c2", "c4", "c5", "c1", "c3")
OPEN_ROSTER = ("c1", "c2", "c1", "c2", "c3", "c4")
LIST_ROSTER = ("c3", "c1", "c2", "c3", "c4")
ANYONE = ("c1", "c2", "c3", "c4", "c5", "c6")
# Two members for a trip: allowed pairs, one member twice, a chair, a secretary.
PAIRS = (("c4", "c5"), ("c2", "c6"), ("c5", "c4"), ("c6", "c2"), ("c4", "c6"), ("c5", "c2"),
         ("c5", "c5"), ("c1", "c4"), ("c6", "c3"))


@dataclass
class Ballot:
    """A live ballot in the model."""

    place: str
    trip: int | None
    replaced: bool = False


@dataclass
class Trip:
    """A trip in the model."""

    taken: int
    returned: int | None = None
    spoiled: int | None = None

    @property
    def ended(self) -> bool:
        return self.returned is not None


class VotingDay(RuleBasedStateMachine):
    """The model: phase, stock, voters, live ballots, applications, trips, audit count."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T09:00:00+05:00"))
        self.db = open_database(None)
        build_demo(self.db, self.clock, db_path=None, voters=VOTERS)
        self.phase = SETUP
        self.excluded: set[int] = set()
        self.live: dict[int, Ballot] = {}
        self.applied: set[int] = set()
        self.trips: dict[int, Trip] = {}
        self.changes = 0
        self.steps = 0
        with self.db.reading() as s:
            self.base_events = audit.head(s).seq
            self.iins = list(s.scalars(select(Voter.iin).order_by(Voter.id)))
            contest = s.get(Contest, CONTEST)
            assert contest is not None
            self.received = contest.ballots_received

    def teardown(self) -> None:
        self.db.dispose()

    # -- the model's arithmetic ------------------------------------------------------------

    def _voters(self) -> int:
        return len(self.iins)

    def _waiting_and_out(self) -> tuple[int, int]:
        """Applicants on the list still without a ballot; unused ballots out on open trips."""
        waiting = sum(1 for v in self.applied if v not in self.live and v not in self.excluded)
        out = sum(t.taken - self._on_trip(i) for i, t in self._open_trips().items())
        return waiting, out

    def _open_trips(self) -> dict[int, Trip]:
        return {n: t for n, t in self.trips.items() if not t.ended}

    def _on_trip(self, trip: int) -> int:
        return sum(1 for b in self.live.values() if b.trip == trip)

    def _in_use(self) -> int:
        """The formula of services/ballots.py, on the model."""
        open_trips = self._open_trips()
        issued = sum(1 for b in self.live.values() if b.trip not in open_trips)
        replaced = sum(1 for b in self.live.values() if b.replaced)
        out = sum(t.taken for t in open_trips.values())
        spoiled = sum(t.spoiled or 0 for t in self.trips.values() if t.ended)
        return issued + replaced + out + spoiled

    def _left(self) -> int:
        return self.received - self._in_use()

    def _without_ballot(self) -> set[int]:
        return set(range(1, self._voters() + 1)) - self.excluded - set(self.live)

    # -- drawing the arguments -------------------------------------------------------------

    @staticmethod
    def _choose(data: st.DataObject, options: Sequence[T], label: str) -> T:
        """One of ``options``, each about as often (an option listed twice: twice as often).

        Hypothesis's own choices among a few values come out very uneven within one run;
        a wide integer taken modulo the options spreads them.
        """
        return options[data.draw(st.integers(0, 9999), label=label) % len(options)]

    def _voter(self, data: st.DataObject, pool: set[int]) -> int:
        """Mostly a voter of ``pool`` (whom the action is for); otherwise any id, unknown too."""
        aim = self._choose(data, [True, True, True, False], "aim")
        index = data.draw(st.integers(0, 9999), label="index")
        if aim and pool:
            return sorted(pool)[index % len(pool)]
        return index % (VOTERS + ADDED_MAX + 1) + 1

    def _holder(self, data: st.DataObject) -> int:
        """A voter holding a ballot: any, one who got it on a trip, or on a trip that is back."""
        on_trips = {v for v, b in self.live.items() if b.trip is not None}
        back = {v for v in on_trips if self.trips[self.live[v].trip or 0].ended}
        pool = self._choose(data, [set(self.live), on_trips, back], "holder")
        return self._voter(data, pool or set(self.live))

    def _trip(self, data: st.DataObject) -> int:
        """Mostly the newest trip still out (if any); otherwise a number, maybe of no trip."""
        choice = self._choose(data, [0, 0, 0, 0, 1, 9], "trip")  # 0: the newest out
        if choice == 0:
            open_trips = self._open_trips()
            return max(open_trips) if open_trips else 9
        return choice

    @staticmethod
    def _member(data: st.DataObject, roster: tuple[str, ...]) -> str:
        return VotingDay._choose(data, roster, "member")

    # -- running an action -----------------------------------------------------------------

    def _attempt(
        self, expected: str | None, action: str, run: Callable[[Session], object]
    ) -> bool:
        """Run ``run`` in one transaction; the model's ``expected`` code (None: success)."""
        before = self.base_events + self.changes  # the invariant holds the head to this
        try:
            with self.db.transaction() as s:
                run(s)
        except DomainError as exc:
            assert exc.code == expected, f"refused with {exc!r}; the model expected {expected}"
            return False
        assert expected is None, f"allowed; the model expected the refusal {expected}"
        self.changes += 1
        with self.db.reading() as s:
            newest = s.execute(
                select(AuditEvent.seq, AuditEvent.action).order_by(AuditEvent.seq.desc())
            ).first()
        assert newest is not None and tuple(newest) == (before + 1, action)
        return True

    def _expect_open(self, member: str, allowed: set[str]) -> str | None:
        if self.phase != OPEN:
            return "voting_not_open"
        return None if member in allowed else "permission_denied"

    # -- the rules -------------------------------------------------------------------------

    @initialize(
        received=st.integers(3, VOTERS + 2), applicants=st.integers(0, 3),
        stay=st.integers(0, 9999), trip=st.booleans(),
    )
    def set_up(self, received: int, applicants: int, stay: int, trip: bool) -> None:
        # A small act of receipt, so that the stock limit is actually reached; a few
        # applications to vote outside, so that trips have someone to go to; most days
        # then open at once (and may send a box out with one ballot for two applicants),
        # the others spend their first steps in set-up.
        self._receive(received, "c3")
        for voter in range(VOTERS, VOTERS - applicants, -1):
            self._apply(voter, "c3", "illness")
        if stay % 10 != 1:  # nine days in ten
            self._open("c1")
            if trip and applicants >= 2:
                self._start(("c4", "c5"), 1)

    @rule(data=st.data())
    def act(self, data: st.DataObject) -> None:
        self.steps += 1
        action = self._choose(data, ACTIONS, "action")
        getattr(self, action)(data)

    # -- set-up and phases -----------------------------------------------------------------

    def receive_ballots(self, data: st.DataObject) -> None:
        self._receive(
            data.draw(st.integers(-1, VOTERS + 2), label="count"), self._member(data, LIST_ROSTER)
        )

    def _receive(self, count: int, member: str) -> None:
        expected = (
            "permission_denied" if member not in LIST_CHANGERS
            else "receipt_only_in_setup" if self.phase != SETUP
            else "count_negative" if count < 0
            else None
        )
        if self._attempt(
            expected, "ballots.received",
            lambda s: phases.receive_ballots(s, self.clock, member, CONTEST, count),
        ):
            self.received = count

    def open_voting(self, data: st.DataObject) -> None:
        self._open(self._member(data, OPEN_ROSTER))

    def _open(self, member: str) -> None:
        expected = (
            "permission_denied" if member not in OPENERS
            else "phase_cannot_open" if self.phase != SETUP
            else None
        )
        if self._attempt(
            expected, "voting.opened", lambda s: phases.open_voting(s, self.clock, member)
        ):
            self.phase = OPEN

    def close_voting(self, data: st.DataObject) -> None:
        if self.steps < 35 and self.phase == OPEN:
            self.issue(data)  # the day closes late: its last steps then meet a closed station
            return
        member = self._member(data, OPEN_ROSTER)
        expected = (
            "permission_denied" if member not in OPENERS
            else "phase_cannot_close" if self.phase != OPEN
            else None  # before 20:00, but training mode makes the hours advisory
        )
        if self._attempt(
            expected, "voting.closed", lambda s: phases.close_voting(s, self.clock, member)
        ):
            self.phase = CLOSED

    # -- ballots ---------------------------------------------------------------------------

    def _issue_refusal(self, voter: int, member: str) -> str | None:
        return (
            self._expect_open(member, ISSUERS)
            or ("voter_not_found" if voter > self._voters() else None)
            or ("voter_excluded" if voter in self.excluded else None)
            or ("already_issued" if voter in self.live else None)
        )

    def issue(self, data: st.DataObject) -> None:
        # Mostly those who come to the station: applicants are mostly served outside.
        voter = self._voter(data, self._without_ballot() - self.applied)
        member = self._member(data, ISSUE_ROSTER)
        expected = self._issue_refusal(voter, member) or (
            "no_ballots_left" if self._left() < 1 else None
        )
        if self._attempt(
            expected, "ballot.issued",
            lambda s: issuance.issue(s, self.clock, voter, CONTEST, member),
        ):
            self.live[voter] = Ballot("premises", None)

    def issue_outside(self, data: st.DataObject) -> None:
        voter = self._voter(data, self.applied - set(self.live))
        member = self._member(data, ISSUE_ROSTER)
        # On the trip that is out, mostly; now and then on none or on one that is not out.
        on_trip = [True, True, False] if self._open_trips() else [False, False, True]
        trip = self._trip(data) if self._choose(data, on_trip, "on a trip") else None
        expected = self._issue_refusal(voter, member) or (
            "outside_no_application" if voter not in self.applied else None
        )
        if expected is None and trip is not None:
            known = self.trips.get(trip)
            if known is None or known.ended:
                expected = "trip_not_open"
            elif self._on_trip(trip) >= known.taken:
                expected = "trip_no_ballots_left"
        elif expected is None and self._left() < 1:
            expected = "no_ballots_left"
        if self._attempt(
            expected, "ballot.issued",
            lambda s: issuance.issue(
                s, self.clock, voter, CONTEST, member, place="outside", trip_id=trip
            ),
        ):
            self.live[voter] = Ballot("outside", trip)

    def spoil(self, data: st.DataObject) -> None:
        voter = self._holder(data)
        member = self._member(data, ISSUE_ROSTER)
        ballot = self.live.get(voter)
        expected = (
            self._expect_open(member, ISSUERS)
            or ("voter_not_found" if voter > self._voters() else None)
            or ("no_live_ballot" if ballot is None else None)
            or ("already_replaced" if ballot is not None and ballot.replaced else None)
            or ("spoil_on_trip" if ballot is not None and ballot.trip is not None else None)
            or ("no_ballots_left" if self._left() < 1 else None)
        )
        if self._attempt(
            expected, "ballot.spoiled",
            lambda s: issuance.spoil(s, self.clock, voter, CONTEST, member),
        ):
            self.live[voter].replaced = True

    def undo(self, data: st.DataObject) -> None:
        voter = self._holder(data)
        member = self._member(data, OPEN_ROSTER)
        reason = self._choose(data, ["wrong voter"] * 3 + [""], "reason")
        ballot = self.live.get(voter)
        ended = ballot is not None and ballot.trip is not None and self.trips[ballot.trip].ended
        expected = (
            self._expect_open(member, OPENERS)
            or ("undo_needs_reason" if not reason else None)
            or ("voter_not_found" if voter > self._voters() else None)
            or ("no_live_ballot" if ballot is None else None)
            or ("undo_trip_ended" if ended else None)
        )
        if self._attempt(
            expected, "ballot.undone",
            lambda s: issuance.undo(s, self.clock, voter, CONTEST, member, reason),
        ):
            del self.live[voter]

    # -- the list --------------------------------------------------------------------------

    def _list_refusal(self, member: str) -> str | None:
        if member not in LIST_CHANGERS:
            return "permission_denied"
        return "list_frozen" if self.phase not in (SETUP, OPEN) else None

    def add_voter(self, data: st.DataObject) -> None:
        member = self._member(data, LIST_ROSTER)
        copy_of = self._choose(data, [None, None, None, 0, VOTERS - 1], "copy of")
        if copy_of is not None:
            number = self.iins[copy_of]  # someone already on the list
        else:
            number = _valid_iin(
                data.draw(st.dates(dt.date(1990, 1, 1), dt.date(2012, 12, 31)), label="born"),
                data.draw(st.booleans(), label="female"),
                data.draw(st.integers(0, 9999), label="serial"),
            )
        born = iin.birth_date(number)
        assert born is not None
        expected = self._list_refusal(member) or (
            "under_18" if iin.age_on(born, DAY) < 18
            else "iin_already_listed" if number in self.iins
            else None
        )
        if expected is None and self._voters() >= VOTERS + ADDED_MAX:
            return  # keep the list within the ids the actions draw
        if self._attempt(
            expected, "voter.added",
            lambda s: list_changes.add_voter(
                s, self.clock, member, surname="Сәрсенбаева", given_name="Әйгерім",
                iin_text=number, basis="absentee", reference="ОУ 000123",
            ),
        ):
            self.iins.append(number)

    def exclude(self, data: st.DataObject) -> None:
        # Anyone on the list: holders and those already excluded are refused.
        voter = self._voter(data, set(range(1, self._voters() + 1)))
        member = self._member(data, LIST_ROSTER)
        expected = (
            self._list_refusal(member)
            or ("voter_not_found" if voter > self._voters() else None)
            or ("voter_excluded" if voter in self.excluded else None)
            or ("exclude_has_ballot" if voter in self.live else None)
        )
        if self._attempt(
            expected, "voter.excluded",
            lambda s: list_changes.exclude_voter(s, self.clock, member, voter, "deceased"),
        ):
            self.excluded.add(voter)

    # -- outside the premises --------------------------------------------------------------

    def apply_outside(self, data: st.DataObject) -> None:
        # Mostly someone who has not applied yet; now and then anyone without a ballot.
        pools = [self._without_ballot() - self.applied] * 2 + [set(range(1, self._voters() + 1))]
        voter = self._voter(data, self._choose(data, pools, "applicant") - set(self.live))
        member = self._member(data, ANYONE)
        reason = self._choose(data, ["illness"] * 3 + [" "], "reason")
        self._apply(voter, member, reason)

    def _apply(self, voter: int, member: str, reason: str) -> None:
        expected = (
            "outside_applications_closed" if self.phase == CLOSED
            else "outside_needs_reason" if not reason.strip()
            else "voter_not_found" if voter > self._voters()
            else "voter_excluded" if voter in self.excluded
            else "outside_already_applied" if voter in self.applied
            else None  # 09:00, before the 12:00 deadline; any member may register one
        )
        if self._attempt(
            expected, "outside.applied",
            lambda s: outside.apply(s, self.clock, member, voter, reason),
        ):
            self.applied.add(voter)

    def start_trip(self, data: st.DataObject) -> None:
        pair = self._choose(data, PAIRS, "members")
        waiting, out = self._waiting_and_out()
        # As many as the applicants allow (at least one), one, one too many, or none.
        size = self._choose(data, ["all", "all", "one", "one more", "negative"], "size")
        taken = {"all": max(waiting - out, 1), "one": 1, "one more": max(waiting - out, 0) + 1,
                 "negative": -1}[size]
        self._start(pair, taken)

    def _start(self, pair: tuple[str, str], taken: int) -> None:
        first, second = pair
        waiting, out = self._waiting_and_out()
        expected = (
            "voting_not_open" if self.phase != OPEN
            else "trip_needs_two_members" if first == second
            else "permission_denied" if first not in ISSUERS or second not in ISSUERS
            else "count_negative" if taken < 0
            else "trip_too_many_ballots" if taken > waiting - out
            else None
        )
        if expected is None and taken > self._left():
            expected = "no_ballots_left" if taken == 1 else "trip_exceeds_stock"
        if self._attempt(
            expected, "outside.trip_started",
            lambda s: outside.start_trip(s, self.clock, (first, second), taken, CONTEST),
        ):
            self.trips[len(self.trips) + 1] = Trip(taken)

    def end_trip(self, data: st.DataObject) -> None:
        if not self._open_trips() and self._choose(data, [True, True, False], "start instead"):
            self.start_trip(data)  # mostly: no box is out, so one leaves
            return
        trip_id = self._trip(data)
        how = self._choose(data, ["balanced", "balanced", "short", "one spoiled", "over"], "how")
        trip = self.trips.get(trip_id)
        unused = trip.taken - self._on_trip(trip_id) if trip is not None else 0
        # Balanced: the rest comes back (one of it spoiled, if any); or one too few / many.
        spoiled = 1 if how == "one spoiled" and unused else 0
        returned = max(unused - spoiled + {"short": -1, "over": 1}.get(how, 0), 0)
        expected = (
            "trip_not_open" if trip is None or trip.ended
            else "trip_unbalanced" if trip.taken != self._on_trip(trip_id) + returned + spoiled
            else None  # no phase check: a box may come back after closing
        )
        if self._attempt(
            expected, "outside.trip_ended",
            lambda s: outside.end_trip(s, self.clock, trip_id, returned, spoiled),
        ):
            assert trip is not None
            trip.returned, trip.spoiled = returned, spoiled

    # -- what must always hold -------------------------------------------------------------

    @invariant()
    def database_agrees(self) -> None:
        with self.db.reading() as s:
            per_voter = dict(
                s.execute(
                    select(Issuance.voter_id, func.count())
                    .where(Issuance.undone_at.is_(None), Issuance.contest_id == CONTEST)
                    .group_by(Issuance.voter_id)
                ).all()
            )
            assert per_voter == dict.fromkeys(self.live, 1)  # never two live ballots
            replacements = select(func.count()).where(Spoilage.issuance_id == Issuance.id)
            live = {
                row.voter_id: Ballot(row.place, row.trip_id, row.replaced)
                for row in s.execute(
                    select(
                        Issuance.voter_id, Issuance.place, Issuance.trip_id,
                        replacements.scalar_subquery().label("replaced"),
                    ).where(Issuance.undone_at.is_(None))
                )
            }
            assert all(b.replaced in (0, 1) for b in live.values())  # never two replacements
            assert live == self.live
            stock = ballots.stock(s, CONTEST)
            assert (stock.received, stock.in_use) == (self.received, self._in_use())
            assert stock.in_use <= stock.received  # never more paper than received
            assert ballots.ballots_left(s, CONTEST) == stock.left
            applications = s.scalar(select(func.count()).select_from(OutsideApplication))
            assert applications == len(self.applied)
            counts = issuance.issued_counts(s, CONTEST)
            assert counts.total == len(self.live)
            assert counts.outside == sum(b.place == "outside" for b in self.live.values())
            assert counts.outside <= applications
            trips = s.scalars(select(OutsideTrip).order_by(OutsideTrip.id)).all()
            assert len(trips) == len(self.trips)
            for trip in trips:
                model = self.trips[trip.id]
                assert (trip.ballots_taken, trip.ballots_returned, trip.ballots_spoiled) == (
                    model.taken, model.returned, model.spoiled
                )
                if trip.ended_at is not None:  # every finished trip balances
                    assert trip.ballots_taken == self._on_trip(trip.id) + (
                        trip.ballots_returned or 0
                    ) + (trip.ballots_spoiled or 0)
            assert phases.current_phase(s) == self.phase
            report = audit.verify_chain(s)
            assert report.ok and report.head.seq == self.base_events + self.changes


def _valid_iin(born: dt.date, female: bool, serial: int) -> str:
    """A valid IIN for ``born`` (the next serial that has a check digit), as the demo makes."""
    for step in range(10):
        number = iin.make_iin(born, female, serial + step)
        if number is not None:
            return number
    raise AssertionError("no serial in ten has a check digit")


# Fewer, longer days: the trip chains (apply, leave, issue on the trip, come back, then
# undo or replace) need many steps. About six seconds.
VotingDay.TestCase.settings = settings(max_examples=30, stateful_step_count=50)
TestVotingDay = VotingDay.TestCase
