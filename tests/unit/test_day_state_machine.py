"""A Hypothesis state machine over the real database: the voting day, its count and signing.

Every action a member takes is a rule of its own, so that a failing run shrinks to, and
reports, the steps by name (``state.issue(aim=True, index=3, member='c4')``), each with a
note of the voter, trip or values it resolved to and the outcome the model expected:

- the day: ``receive_ballots`` (the act of receipt), ``open_voting``, ``close_voting``,
  ``issue`` (in the premises), ``issue_outside`` (on a trip, or not), ``spoil``, ``undo``,
  ``add_voter``, ``exclude``, ``apply_outside``, ``start_trip`` (two members leave with N
  ballots), ``end_trip`` (the box comes back balanced or not);
- the count (services/counting.py, services/protocol.py): ``count_step`` (the guided
  steps in order, the first one with the cancelled ballots), ``enter_lines`` (the entered
  lines, consistent or not, with a blind second entry now and then), ``override`` (a
  computed line, by the chair with a written reason), ``explain`` (a failing warning),
  ``sign`` (who signs, who is present, dissent) and ``correct`` (a signed protocol
  reopens as the next version, keeping the signed one).

A rule is enabled (a precondition) in the phases where its action belongs, and some also
where the domain refuses it (see the seasons below).

The machine keeps its own small model of the station and predicts every outcome exactly:
the refusal's code (permission, phase, already issued, excluded, no application,
replacement twice, trip capacity, ballots left, steps out of order, lines empty, checks
failing, wrong signer, quorum, ...) or success. After every step:

- the audit chain verifies and has grown by exactly the events of the changes made, in
  order (``count.step`` after ``counting.started``, ``protocol.signed`` then
  ``counting.finished``, ...);
- ``services/reconcile`` finds nothing: the tables are what the log says;
- a refused action left every table as it was, row for row;
- the figures agree with the model: at most one live ballot per voter and contest and one
  replacement, issued ballots = holders = the live ballots by place, the ballot stock
  (``in_use`` by the formula, never above those received; at closing, to cancel = left +
  spoiled), outside ballots never above the applications, every finished trip balanced,
  the phase, the steps of the count, and the protocol: version, status, every line's
  value and each computed line's records, and each control ratio's outcome, worked out
  here in plain arithmetic (not by services/rules).

Two machines share the rules: ``VotingDay`` starts at the set-up (voting closes after
DAY_STEPS steps at the earliest, so a day has time for the trip chains); ``CountingNight``
starts from a day made at once and closed, so its steps go to the count, signing and
corrections. Hypothesis's swarm testing (a random subset of rules switched off per run)
is turned off for both (``_every_rule_on``): the count needs its rules in turn.

Runs: by default MAX_EXAMPLES runs of STEPS steps per machine (8 and 60: about 17 s of
CPU for both on the 2-core laptop; ``make test`` runs them with the suite). A longer
search, e.g. before a release (``--hypothesis-show-statistics`` shows how far the days
went and which refusals were met)::

    PRECINCT_MACHINE_EXAMPLES=200 PRECINCT_MACHINE_STEPS=100 .venv/bin/python -m pytest \
        -p no:cacheprovider tests/unit/test_day_state_machine.py --hypothesis-show-statistics
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from hypothesis import event, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from precinct_app.db import open_database
from precinct_app.models import (
    AuditEvent,
    Base,
    Contest,
    Issuance,
    OutsideApplication,
    OutsideTrip,
    Spoilage,
    Voter,
)
from precinct_app.services import (
    audit,
    ballots,
    counting,
    iin,
    issuance,
    list_changes,
    outside,
    phases,
    portable_boxes,
    protocol,
    reconcile,
)
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import DomainError

try:  # Hypothesis internals (see _every_rule_on); without them the machines run swarmed
    from hypothesis.strategies._internal.featureflags import FeatureFlags
except ImportError:  # pragma: no cover
    FeatureFlags = None  # type: ignore[assignment,misc]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., None])
VOTERS = 6
ADDED_MAX = 2  # voters added on the day, at most; ids beyond VOTERS + ADDED_MAX never exist
CONTEST = "npp"
DAY = dt.date(2024, 10, 6)
MORNING = dt.datetime.fromisoformat("2024-10-06T09:00:00+05:00")
SETUP, OPEN, CLOSED = phases.SETUP, phases.OPEN, phases.CLOSED
COUNTING, SIGNED = phases.COUNTING, phases.SIGNED
DAY_STEPS = 30  # voting closes after this many steps at the earliest
# Who may do what (services/permissions.py).
CHAIR = "c1"
OPENERS = {"c1", "c2"}  # open and close voting, undo an issuance
ISSUERS = {"c2", "c4", "c5", "c6"}  # issue and replace ballots, go on trips
LIST_CHANGERS = {"c1", "c2", "c3"}  # add and exclude voters, correct the act of receipt
COUNTERS = {"c1", "c2", "c3"}  # count steps, protocol lines, signing, corrections
SIGNERS = ("c1", "c2", "c3")  # who signs: the first of them present
COMMISSION = ("c1", "c2", "c3", "c4", "c5", "c6", "c7")
QUORUM = len(COMMISSION) // 2 + 1
# Members: mostly those the action allows, sometimes one it refuses.
ISSUE_ROSTER = ("c4", "c5", "c6", "c2", "c4", "c5", "c1", "c3")
OPEN_ROSTER = ("c1", "c2", "c1", "c2", "c3", "c4")
LIST_ROSTER = ("c3", "c1", "c2", "c3", "c4")
COUNT_ROSTER = ("c1", "c2", "c3", "c1", "c2", "c3", "c4")
ANYONE = COMMISSION[:6]
# Two members for a trip: allowed pairs, one member twice, a chair, a secretary.
PAIRS = (("c4", "c5"), ("c2", "c6"), ("c5", "c4"), ("c6", "c2"), ("c4", "c6"), ("c5", "c2"),
         ("c5", "c5"), ("c1", "c4"), ("c6", "c3"))
# Who is present at signing: everyone, the chair away (the deputy signs), chair and
# deputy away (the secretary signs), a bare quorum, one short of it.
PRESENT = (COMMISSION, COMMISSION, COMMISSION, COMMISSION, COMMISSION[1:], ("c3", "c4", "c5", "c6"),
           ("c1", "c4", "c5", "c6"), ("c1", "c4", "c5"))
DISSENT: tuple[Mapping[str, str], ...] = (
    {}, {}, {}, {}, {}, {"c5": "the count was hurried"}, {"c7": "absent"}, {"c6": "  "})

# The protocol of the demo's form (kz-referendum): computed lines (key = source), entered
# lines, and its control ratios, worked out here independently of services/rules.
COMPUTED = ("voters_on_list", "ballots_received", "issued_in_premises", "issued_outside")
ENTERED = ("cancelled", "in_portable_boxes", "in_stationary_boxes", "invalid", "valid",
           "valid_not_counted", "lost", "not_accounted", "yes", "no")
Values = Mapping[str, int | None]


@dataclass(frozen=True)
class Check:
    """A control ratio of the form: its severity, the lines it reads, and the ratio."""

    severity: str
    keys: tuple[str, ...]
    holds: Callable[[Mapping[str, int]], bool]

    def outcome(self, values: Values) -> bool | None:
        """None while a line it reads is empty, as the protocol says."""
        known = {k: values[k] for k in self.keys}
        if any(v is None for v in known.values()):
            return None
        return self.holds({k: v for k, v in known.items() if v is not None})


CHECKS = {
    "voters_cover_issued": Check(
        "error", ("voters_on_list", "issued_in_premises", "issued_outside"),
        lambda v: v["voters_on_list"] >= v["issued_in_premises"] + v["issued_outside"]),
    "ballots_balance": Check(
        "error", ("ballots_received", "issued_in_premises", "issued_outside", "cancelled",
                  "lost", "not_accounted"),
        lambda v: v["ballots_received"] == v["issued_in_premises"] + v["issued_outside"]
        + v["cancelled"] + v["lost"] - v["not_accounted"]),
    "boxes_balance": Check(
        "error", ("in_portable_boxes", "in_stationary_boxes", "invalid", "valid"),
        lambda v: v["in_portable_boxes"] + v["in_stationary_boxes"] == v["invalid"] + v["valid"]),
    "valid_balance": Check(
        "error", ("valid", "valid_not_counted", "yes", "no"),
        lambda v: v["valid"] == v["valid_not_counted"] + v["yes"] + v["no"]),
    "portable_within_outside": Check(
        "warning", ("in_portable_boxes", "issued_outside"),
        lambda v: v["in_portable_boxes"] <= v["issued_outside"]),
    "boxes_within_issued": Check(
        "warning", ("in_portable_boxes", "in_stationary_boxes", "issued_in_premises",
                    "issued_outside"),
        lambda v: v["in_portable_boxes"] + v["in_stationary_boxes"]
        <= v["issued_in_premises"] + v["issued_outside"]),
}


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


@dataclass
class ProtocolModel:
    """The contest's current protocol in the model: what was entered and overridden."""

    version: int = 1
    signed: bool = False
    entered: dict[str, int | None] = field(default_factory=lambda: dict.fromkeys(ENTERED))
    overrides: dict[str, int] = field(default_factory=dict)
    explained: set[str] = field(default_factory=set)


def season(in_season: Callable[[Station], bool]) -> Callable[[F], F]:
    """A rule for the phases ``in_season`` names (a precondition); every step is counted."""

    def decorate(action: F) -> F:
        @functools.wraps(action)
        def counted(self: Station, *args: Any, **kwargs: Any) -> None:
            self.steps += 1
            action(self, *args, **kwargs)

        return cast(F, precondition(in_season)(counted))

    return decorate


# The seasons. Hypothesis switches some rules off for a whole run (swarm testing), so every
# phase keeps a few rules enabled, and a few are also tried where the domain refuses them:
# issuing, the list and applications just after closing, the count's steps while voting is
# open, the protocol's rules after signing.
def in_before_opening(day: Station) -> bool:
    return day.phase in (SETUP, OPEN)


def in_day(day: Station) -> bool:
    return day.phase in (SETUP, OPEN, CLOSED)


def in_open(day: Station) -> bool:
    return day.phase == OPEN


def in_open_or_closed(day: Station) -> bool:
    return day.phase in (OPEN, CLOSED)


def in_closing_time(day: Station) -> bool:
    return day.phase == CLOSED or (day.phase == OPEN and day.steps >= DAY_STEPS)


def in_trips(day: Station) -> bool:
    # A box may come back after closing, and must before the count starts.
    return day.phase == OPEN or bool(day._open_trips())


def in_steps_left(day: Station) -> bool:
    return day.phase != SETUP and len(day.count_steps) < len(counting.STEPS)


def in_protocol(day: Station) -> bool:
    # The lines are filled once the piles are counted; after signing they are refused.
    return day.phase == SIGNED or (day.phase == COUNTING and counting.SORT in day.count_steps)


def in_signed(day: Station) -> bool:
    return day.phase == SIGNED or (day.phase == COUNTING and counting.CHECK in day.count_steps)


def _choose(options: Sequence[T], index: int) -> T:
    """One of ``options`` by a wide integer: each about as often (one listed twice: twice).

    Hypothesis's own choices among a few values come out very uneven within one run;
    a wide integer taken modulo the options spreads them.
    """
    return options[index % len(options)]


def _every_rule_on(machine: RuleBasedStateMachine) -> None:
    """Keep every rule on for the whole run (the preconditions still apply).

    Hypothesis switches a random subset of a machine's rules off for each run (swarm
    testing); the count needs its rules in turn (close, the steps, the lines, signing),
    and with them switched off at random most runs never reached it. Hypothesis has no
    setting for this: all features on is what its example mode does (``FeatureFlags()``
    without data). Should a release rename these internals, the machines run swarmed.
    """
    strategy = getattr(machine, "_rules_strategy", None)
    if FeatureFlags is not None and hasattr(strategy, "enabled_rules_strategy"):
        strategy.enabled_rules_strategy = st.just(FeatureFlags())


PICK = st.integers(0, 9999)
AIM = st.sampled_from([True, True, True, False])


class Station(RuleBasedStateMachine):
    """The model: phase, stock, voters, live ballots, applications, trips, the count.

    Every rule and invariant; the two machines below differ in how their run starts.
    """

    def __init__(self) -> None:
        super().__init__()
        _every_rule_on(self)
        # A ticking clock, as at a station: an action that read it twice would show.
        self.clock = Clock.ticking(MORNING)
        self.db = open_database(None)
        build_demo(self.db, self.clock, db_path=None, voters=VOTERS)
        self.phase = SETUP
        self.excluded: set[int] = set()
        self.live: dict[int, Ballot] = {}
        self.applied: set[int] = set()
        self.trips: dict[int, Trip] = {}
        self.count_steps: list[str] = []
        # Ballots found in the portable boxes at the portable step (each box as served).
        self.boxes_found: int | None = None
        self.protocol = ProtocolModel()
        self.actions: list[str] = []  # the audit actions of every change, in order
        self.steps = 0
        self.checked: dict[str, int] = {}  # invariant -> the changes made when it held
        with self.db.reading() as s:
            self.base_events = audit.head(s).seq
            self.iins = list(s.scalars(select(Voter.iin).order_by(Voter.id)))
            contest = s.get(Contest, CONTEST)
            assert contest is not None
            self.received = contest.ballots_received

    def teardown(self) -> None:
        # How far the day went, for --hypothesis-show-statistics.
        event(f"the day ended: {self.phase}, protocol version {self.protocol.version}")
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
        out = sum(t.taken for t in open_trips.values())
        return issued + self._replaced() + out + self._trip_spoiled()

    def _replaced(self) -> int:
        return sum(1 for b in self.live.values() if b.replaced)

    def _trip_spoiled(self) -> int:
        return sum(t.spoiled or 0 for t in self.trips.values() if t.ended)

    def _left(self) -> int:
        return self.received - self._in_use()

    def _without_ballot(self) -> set[int]:
        return set(range(1, self._voters() + 1)) - self.excluded - set(self.live)

    def _records(self) -> dict[str, int]:
        """What the day's records give the protocol's computed lines."""
        return {
            "voters_on_list": self._voters() - len(self.excluded),
            "ballots_received": self.received,
            "issued_in_premises": sum(b.place == "premises" for b in self.live.values()),
            "issued_outside": sum(b.place == "outside" for b in self.live.values()),
        }

    def _lines(self) -> dict[str, int | None]:
        """Every line's value: the records unless overridden, and what was entered."""
        values: dict[str, int | None] = {**self._records(), **self.protocol.overrides}
        values.update(self.protocol.entered)
        return values

    def _checks(self) -> dict[str, bool | None]:
        lines = self._lines()
        out = {check_id: check.outcome(lines) for check_id, check in CHECKS.items()}
        if self.boxes_found is not None:  # art. 43's ratio once the boxes are counted (§15)
            found = lines["in_portable_boxes"]
            out["portable_boxes_found"] = None if found is None else found == self.boxes_found
        return out

    def _failing(self, severity: str) -> list[str]:
        return [c for c, holds in self._checks().items()
                if holds is False and (CHECKS[c].severity if c in CHECKS else "error") == severity]

    def _blocking(self) -> bool:
        unexplained = [c for c in self._failing("warning") if c not in self.protocol.explained]
        return bool(self._failing("error") or unexplained)

    def _empty_lines(self) -> bool:
        return any(v is None for v in self.protocol.entered.values())

    # -- drawing the arguments -------------------------------------------------------------

    def _voter(self, aim: bool, index: int, pool: set[int]) -> int:
        """Mostly a voter of ``pool`` (whom the action is for); otherwise any id, unknown too."""
        if aim and pool:
            return sorted(pool)[index % len(pool)]
        return index % (VOTERS + ADDED_MAX + 1) + 1

    def _holder(self, which: int, aim: bool, index: int) -> int:
        """A voter holding a ballot: any, one who got it on a trip, or on a trip that is back."""
        on_trips = {v for v, b in self.live.items() if b.trip is not None}
        back = {v for v in on_trips if self.trips[self.live[v].trip or 0].ended}
        pool = _choose([set(self.live), on_trips, back], which)
        return self._voter(aim, index, pool or set(self.live))

    def _trip(self, choice: int) -> int:
        """Mostly the newest trip still out (if any); otherwise a number, maybe of no trip."""
        number = _choose([0, 0, 0, 0, 1, 9], choice)  # 0: the newest out
        if number == 0:
            open_trips = self._open_trips()
            return max(open_trips) if open_trips else 9
        return number

    # -- running an action -----------------------------------------------------------------

    def _attempt(
        self, expected: str | None, actions: str | tuple[str, ...], run: Callable[[Session], object]
    ) -> bool:
        """Run ``run`` in one transaction; the model's ``expected`` code (None: success).

        A success must add exactly ``actions`` to the audit log; a refusal must leave
        every table as it was.
        """
        wanted = (actions,) if isinstance(actions, str) else actions
        note(f"step {self.steps}: expecting {expected or 'success'} ({', '.join(wanted)})")
        before = self._tables() if expected is not None else None
        try:
            with self.db.transaction() as s:
                run(s)
        except DomainError as exc:
            assert exc.code == expected, f"refused with {exc!r}; the model expected {expected}"
            assert self._tables() == before, "a refused action changed the tables"
            event(f"{wanted[-1]}: {expected}")
            return False
        assert expected is None, f"allowed; the model expected the refusal {expected}"
        self.actions.extend(wanted)
        event(f"{wanted[-1]}: done")
        return True

    def _tables(self) -> tuple[Any, ...]:
        """Every row of every table, in order (one query: it runs around every refusal)."""
        with self.db.engine.connect() as conn:
            return tuple(conn.exec_driver_sql(_SNAPSHOT[conn.dialect.name]).one())

    def _changed(self, invariant: str) -> bool:
        """True when a change was made since ``invariant`` last held.

        A refusal leaves every table as it was (``_attempt`` compares them), so what held
        before it still holds after it.
        """
        if self.checked.get(invariant) == len(self.actions):
            return False
        self.checked[invariant] = len(self.actions)
        return True

    def _expect_open(self, member: str, allowed: set[str]) -> str | None:
        if self.phase != OPEN:
            return "voting_not_open"
        return None if member in allowed else "permission_denied"

    # -- set-up and phases -----------------------------------------------------------------

    @rule(count=st.integers(-1, VOTERS + 2), member=st.sampled_from(LIST_ROSTER))
    @season(in_before_opening)
    def receive_ballots(self, count: int, member: str) -> None:
        self._receive(count, member)

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

    @rule(member=st.sampled_from(OPEN_ROSTER))
    @season(in_before_opening)
    def open_voting(self, member: str) -> None:
        self._open(member)

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

    @rule(member=st.sampled_from(OPEN_ROSTER))
    @season(in_closing_time)
    def close_voting(self, member: str) -> None:
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

    @rule(aim=AIM, index=PICK, member=st.sampled_from(ISSUE_ROSTER))
    @season(in_open_or_closed)
    def issue(self, aim: bool, index: int, member: str) -> None:
        # Mostly those who come to the station: applicants are mostly served outside.
        voter = self._voter(aim, index, self._without_ballot() - self.applied)
        note(f"voter {voter}")
        expected = self._issue_refusal(voter, member) or (
            "no_ballots_left" if self._left() < 1 else None
        )
        if self._attempt(
            expected, "ballot.issued",
            lambda s: issuance.issue(s, self.clock, voter, CONTEST, member),
        ):
            self.live[voter] = Ballot("premises", None)

    @rule(aim=AIM, index=PICK, member=st.sampled_from(ISSUE_ROSTER), on_trip=PICK, trip=PICK)
    @season(in_open)
    def issue_outside(self, aim: bool, index: int, member: str, on_trip: int, trip: int) -> None:
        voter = self._voter(aim, index, self.applied - set(self.live))
        # On the trip that is out, mostly; now and then on none or on one that is not out.
        chances = [True, True, False] if self._open_trips() else [False, False, True]
        trip_id = self._trip(trip) if _choose(chances, on_trip) else None
        note(f"voter {voter}, trip {trip_id}")
        expected = self._issue_refusal(voter, member) or (
            "outside_no_application" if voter not in self.applied else None
        )
        if expected is None and trip_id is not None:
            known = self.trips.get(trip_id)
            if known is None or known.ended:
                expected = "trip_not_open"
            elif self._on_trip(trip_id) >= known.taken:
                expected = "trip_no_ballots_left"
        elif expected is None and self._left() < 1:
            expected = "no_ballots_left"
        if self._attempt(
            expected, "ballot.issued",
            lambda s: issuance.issue(
                s, self.clock, voter, CONTEST, member, place="outside", trip_id=trip_id
            ),
        ):
            self.live[voter] = Ballot("outside", trip_id)

    @rule(which=PICK, aim=AIM, index=PICK, member=st.sampled_from(ISSUE_ROSTER))
    @season(in_open)
    def spoil(self, which: int, aim: bool, index: int, member: str) -> None:
        voter = self._holder(which, aim, index)
        note(f"voter {voter}")
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

    @rule(which=PICK, aim=AIM, index=PICK, member=st.sampled_from(OPEN_ROSTER),
          reason=st.sampled_from(["wrong voter"] * 3 + [""]))
    @season(in_open)
    def undo(self, which: int, aim: bool, index: int, member: str, reason: str) -> None:
        voter = self._holder(which, aim, index)
        note(f"voter {voter}")
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

    @rule(member=st.sampled_from(LIST_ROSTER), copy_of=st.sampled_from([None] * 3 + [0, 5]),
          born=st.dates(dt.date(1990, 1, 1), dt.date(2012, 12, 31)), female=st.booleans(),
          serial=PICK)
    @season(in_before_opening)
    def add_voter(
        self, member: str, copy_of: int | None, born: dt.date, female: bool, serial: int
    ) -> None:
        # Someone already on the list, or a new valid IIN (maybe under 18 on the day).
        number = self.iins[copy_of] if copy_of is not None else _valid_iin(born, female, serial)
        birth = iin.birth_date(number)
        assert birth is not None
        expected = self._list_refusal(member) or (
            "under_18" if iin.age_on(birth, DAY) < 18
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

    @rule(aim=AIM, index=PICK, member=st.sampled_from(LIST_ROSTER))
    @season(in_day)
    def exclude(self, aim: bool, index: int, member: str) -> None:
        # Anyone on the list: holders and those already excluded are refused.
        voter = self._voter(aim, index, set(range(1, self._voters() + 1)))
        note(f"voter {voter}")
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

    @rule(who=PICK, aim=AIM, index=PICK, member=st.sampled_from(ANYONE),
          reason=st.sampled_from(["illness"] * 3 + [" "]))
    @season(in_day)
    def apply_outside(self, who: int, aim: bool, index: int, member: str, reason: str) -> None:
        # Mostly someone who has not applied yet; now and then anyone without a ballot.
        pools = [self._without_ballot() - self.applied] * 2 + [set(range(1, self._voters() + 1))]
        voter = self._voter(aim, index, _choose(pools, who) - set(self.live))
        note(f"voter {voter}")
        self._apply(voter, member, reason)

    def _apply(self, voter: int, member: str, reason: str) -> None:
        expected = (
            "outside_applications_closed" if self.phase not in (SETUP, OPEN)
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

    @rule(pair=st.sampled_from(PAIRS),
          size=st.sampled_from(["all", "all", "one", "one more", "negative"]))
    @season(in_open)
    def start_trip(self, pair: tuple[str, str], size: str) -> None:
        waiting, out = self._waiting_and_out()
        # As many as the applicants allow (at least one), one, one too many, or none.
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

    @rule(trip=PICK,
          how=st.sampled_from(["balanced", "balanced", "short", "one spoiled", "over"]))
    @season(in_trips)
    def end_trip(self, trip: int, how: str) -> None:
        trip_id = self._trip(trip)
        known = self.trips.get(trip_id)
        unused = known.taken - self._on_trip(trip_id) if known is not None else 0
        # Balanced: the rest comes back (one of it spoiled, if any); or one too few / many.
        spoiled = 1 if how == "one spoiled" and unused else 0
        returned = max(unused - spoiled + {"short": -1, "over": 1}.get(how, 0), 0)
        note(f"trip {trip_id}: {returned} returned, {spoiled} spoiled")
        expected = (
            "trip_not_open" if known is None or known.ended
            else "trip_unbalanced" if known.taken != self._on_trip(trip_id) + returned + spoiled
            else None  # no phase check: a box may come back after closing
        )
        if self._attempt(
            expected, "outside.trip_ended",
            lambda s: outside.end_trip(s, self.clock, trip_id, returned, spoiled),
        ):
            assert known is not None
            known.returned, known.spoiled = returned, spoiled

    # -- the count -------------------------------------------------------------------------

    def _protocol_refusal(self, member: str, action: str = "count") -> str | None:
        """Who may touch the protocol's lines, and when: while counting, before signing."""
        allowed = COUNTERS if action == "count" else {CHAIR}
        if member not in allowed:
            return "permission_denied"
        if self.phase == COUNTING:
            return None
        return "protocol_all_signed" if self.phase == SIGNED else "protocol_before_count"

    @rule(member=st.sampled_from(COUNT_ROSTER), which=PICK, cancel=PICK)
    @season(in_steps_left)
    def count_step(self, member: str, which: int, cancel: int) -> None:
        # Mostly the next step; now and then another, the signing (not a step) or a typo.
        pending = next((s for s in counting.STEPS if s not in self.count_steps), counting.CHECK)
        step = _choose([pending] * 16 + [*counting.STEPS, counting.SIGN, "recount"], which)
        # The first step's count: what the records expect, one off, past those received,
        # missing, or with a contest the station does not have.
        to_cancel = self.received - len(self.live)
        cancelled: dict[str, int] = _choose(
            [{CONTEST: to_cancel}] * 8 + [
                {CONTEST: max(to_cancel - 1, 0)}, {CONTEST: to_cancel + 1},
                {CONTEST: self.received + 1}, {}, {CONTEST: to_cancel, "xyz": 0}],
            cancel)
        note(f"step {step}, cancelled {cancelled}")
        expected = (
            "permission_denied" if member not in COUNTERS
            else "count_sign_via_protocol" if step == counting.SIGN
            else "count_step_unknown" if step not in counting.STEPS
            else "count_before_close" if self.phase in (SETUP, OPEN)
            else "count_step_done" if step in self.count_steps
            else "count_step_out_of_order" if step != pending
            else None
        )
        if expected is None and step == counting.CANCEL:
            expected = (
                "count_trip_open" if self._open_trips()
                else "contest_unknown" if set(cancelled) - {CONTEST}
                else "count_cancelled_missing" if CONTEST not in cancelled
                else "count_cancelled_out_of_range"
                if not 0 <= cancelled[CONTEST] <= self.received
                else None
            )
        elif expected is None and step in (counting.FILL, counting.CHECK):
            expected = (
                "count_lines_empty" if self._empty_lines()
                else "count_checks_block" if step == counting.CHECK and self._blocking()
                else None
            )
        first = step == counting.CANCEL
        # The portable step: every box counted first, each holding the requests it served.
        boxes = ({t: self._on_trip(t) for t in sorted(self.trips)}
                 if step == counting.PORTABLE and expected is None else {})
        actions: tuple[str, ...] = (
            ("counting.started", "count.step") if first
            else ("portable_box.counted",) * len(boxes)
            + (("protocol.values_set",) if boxes else ()) + ("count.step",))

        def run(s: Session) -> None:
            for trip_id, found in boxes.items():
                portable_boxes.record(s, self.clock, member, trip_id, found)
            counting.record_step(s, self.clock, member, step, cancelled)

        if self._attempt(expected, actions, run):
            self.count_steps.append(step)
            if first:
                self.protocol.entered["cancelled"] = cancelled[CONTEST]
                self.phase = COUNTING
            if boxes:
                self.boxes_found = sum(boxes.values())
                self.protocol.entered["in_portable_boxes"] = self.boxes_found

    def _fill(self, how: str, which: int) -> dict[str, int | None]:
        """The entered lines as a commission counts them, from the lines as they stand.

        ``consistent``: every ratio holds; ``warning``: one ballot too many in the portable
        box (both warnings fail); ``error``: one vote too many (an error fails); ``clear``:
        one line emptied; ``negative``: a value no count gives.
        """
        if how == "clear":
            return {_choose(ENTERED, which): None}
        if how == "negative":
            return {_choose(ENTERED, which): -1}
        lines = self._lines()
        premises, outside_ = lines["issued_in_premises"] or 0, lines["issued_outside"] or 0
        received = lines["ballots_received"] or 0
        cancelled = lines["cancelled"]
        if cancelled is None:
            cancelled = max(received - premises - outside_, 0)
        unaccounted = received - premises - outside_ - cancelled
        counted = outside_ if self.boxes_found is None else self.boxes_found
        portable = counted + (how == "warning")
        total = portable + premises
        invalid = min(1, total)
        valid = total - invalid
        not_counted = min(which % 2, valid)
        yes = (valid - not_counted + 1) // 2
        return {
            "cancelled": cancelled, "in_portable_boxes": portable,
            "in_stationary_boxes": premises, "invalid": invalid, "valid": valid,
            "valid_not_counted": not_counted, "lost": max(unaccounted, 0),
            "not_accounted": max(-unaccounted, 0), "yes": yes + (how == "error"),
            "no": valid - not_counted - yes,
        }

    @rule(member=st.sampled_from(COUNT_ROSTER),
          how=st.sampled_from(["consistent"] * 6 + ["warning", "error", "clear", "negative"]),
          which=PICK, second=st.sampled_from([None, None, None, None, "same", "c2", "c5"]))
    @season(in_protocol)
    def enter_lines(self, member: str, how: str, which: int, second: str | None) -> None:
        values = self._fill(how, which)
        confirmed_by = member if second == "same" else second
        note(f"values {values}, confirmed by {confirmed_by}")
        expected = self._protocol_refusal(member) or (
            "double_entry_same_member" if confirmed_by == member
            else "permission_denied" if confirmed_by is not None and confirmed_by not in COUNTERS
            else "protocol_value_out_of_range"
            if any(v is not None and v < 0 for v in values.values())
            else None
        )
        if self._attempt(
            expected, "protocol.values_set",
            lambda s: protocol.set_values(s, self.clock, member, CONTEST, values,
                                          confirmed_by=confirmed_by),
        ):
            self.protocol.entered.update(values)

    @rule(member=st.sampled_from(["c1", "c1", "c1", "c2", "c4"]), line=st.sampled_from(COMPUTED),
          delta=st.sampled_from([1, 1, -1, 0, None]),
          reason=st.sampled_from(["recount"] * 3 + [""]))
    @season(in_protocol)
    def override(self, member: str, line: str, delta: int | None, reason: str) -> None:
        records = self._records()[line]
        value = None if delta is None else records + delta
        changes = value is not None and value != records
        note(f"{line}: {value} (records {records})")
        expected = self._protocol_refusal(member) or (
            "protocol_value_out_of_range" if value is not None and value < 0
            else "override_needs_reason" if changes and not reason
            else "permission_denied" if changes and member != CHAIR
            else None
        )
        if self._attempt(
            expected, "protocol.values_set",
            lambda s: protocol.set_values(s, self.clock, member, CONTEST, {line: value},
                                          reason=reason),
        ):
            if changes and value is not None:
                self.protocol.overrides[line] = value
            else:  # the records' value, or none: the override goes
                self.protocol.overrides.pop(line, None)

    @rule(member=st.sampled_from(["c1", "c1", "c1", "c3"]),
          check=st.sampled_from(["portable_within_outside", "boxes_within_issued"] * 2
                                + ["ballots_balance", "no_such_check"]),
          text=st.sampled_from(["a voter put two ballots in"] * 3 + ["  "]))
    @season(in_protocol)
    def explain(self, member: str, check: str, text: str) -> None:
        expected = self._protocol_refusal(member, "override") or (
            "check_unknown" if check not in CHECKS
            else "explain_only_warnings" if CHECKS[check].severity != "warning"
            else "explain_check_holds" if self._checks()[check] is not False
            else "explanation_empty" if not text.strip()
            else None
        )
        if self._attempt(
            expected, "protocol.warning_explained",
            lambda s: protocol.explain(s, self.clock, member, CONTEST, check, text),
        ):
            self.protocol.explained.add(check)

    @rule(member=st.sampled_from(["c1", "c1", "c1", "c1", "c2", "c3", "c4"]),
          present=st.sampled_from(PRESENT),
          dissent=st.sampled_from(DISSENT))
    @season(in_protocol)
    def sign(self, member: str, present: tuple[str, ...], dissent: Mapping[str, str]) -> None:
        signer = next((m for m in SIGNERS if m in present), None)
        problem_dissent = next(
            ("dissent_not_present" if m not in present else "dissent_empty"
             for m, text in dissent.items() if m not in present or not text.strip()), None)
        expected = (
            ("permission_denied" if member not in COUNTERS else None)
            or self._protocol_refusal(member)
            or ("count_steps_pending" if counting.CHECK not in self.count_steps else None)
            or ("sign_signer_not_present" if member not in present else None)
            or ("sign_no_quorum" if len(present) < QUORUM else None)
            or ("sign_wrong_signer" if member != signer else None)
            or problem_dissent
            or ("sign_lines_empty" if self._empty_lines() else None)
            or ("sign_errors_fail" if self._failing("error") else None)
            or ("sign_warning_unexplained" if self._blocking() else None)
        )
        if self._attempt(
            expected, ("protocol.signed", "counting.finished"),
            lambda s: protocol.sign(s, self.clock, member, CONTEST, list(present), dissent),
        ):
            self.protocol.signed = True
            self.phase = SIGNED

    @rule(member=st.sampled_from(["c1", "c1", "c2", "c3", "c4"]),
          reason=st.sampled_from(["a line was typed wrong"] * 3 + [" "]))
    @season(in_signed)
    def correct(self, member: str, reason: str) -> None:
        expected = (
            "permission_denied" if member not in COUNTERS
            else "correction_needs_reason" if not reason.strip()
            else "correct_not_signed" if not self.protocol.signed
            else None
        )
        if self._attempt(
            expected, ("protocol.corrected", "counting.reopened"),
            lambda s: protocol.correct(s, self.clock, member, CONTEST, reason),
        ):
            self.protocol.version += 1
            self.protocol.signed = False
            self.phase = COUNTING

    # -- what must always hold -------------------------------------------------------------

    @invariant()
    def the_log_is_intact_and_agrees_with_the_tables(self) -> None:
        if not self._changed("log"):
            return
        with self.db.reading() as s:
            report = audit.verify_chain(s)
            assert report.ok and report.head.seq == self.base_events + len(self.actions)
            added = s.scalars(
                select(AuditEvent.action).where(AuditEvent.seq > self.base_events)
                .order_by(AuditEvent.seq)
            ).all()
            assert list(added) == self.actions
            found = reconcile.reconcile(s)
            assert found.ok, found.discrepancies

    @invariant()
    def the_ballots_agree(self) -> None:
        if not self._changed("ballots"):
            return
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
            assert issuance.holders(s).get(CONTEST, 0) == len(self.live)
            stock = ballots.stock(s, CONTEST)
            assert (stock.received, stock.in_use) == (self.received, self._in_use())
            assert stock.in_use <= stock.received  # never more paper than received
            assert ballots.ballots_left(s, CONTEST) == stock.left
            applications = s.scalar(select(func.count()).select_from(OutsideApplication))
            assert applications == len(self.applied)
            counts = issuance.issued_counts(s, CONTEST)
            records = self._records()
            assert (counts.total, counts.in_premises, counts.outside, counts.replaced) == (
                len(self.live), records["issued_in_premises"], records["issued_outside"],
                self._replaced())
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
            if self.phase in (SETUP, OPEN):
                return
            [expected] = counting.expected(s)
            assert (expected.voters_on_list, expected.received, expected.issued_in_premises,
                    expected.issued_outside, expected.spoiled) == (
                records["voters_on_list"], self.received, records["issued_in_premises"],
                records["issued_outside"], self._replaced() + self._trip_spoiled())
            if not self._open_trips():  # what is left, and what was spoiled, is cancelled
                assert expected.to_cancel == stock.left + expected.spoiled

    @invariant()
    def the_count_and_the_protocol_agree(self) -> None:
        if self.phase in (SETUP, OPEN) or not self._changed("protocol"):
            return
        with self.db.reading() as s:
            assert [r.step for r in counting.steps_done(s)] == self.count_steps
            data = protocol.build(s, self.clock, CONTEST)
        model = self.protocol
        assert (data.version, data.status) == (
            model.version, "signed" if model.signed else "draft")
        assert (data.code is not None) == model.signed
        assert {line.key: line.value for line in data.lines} == self._lines()
        records = self._records()
        for line in data.lines:
            if line.source != "entered":
                assert line.computed == records[line.source], line
                assert (line.override_reason is not None) == (line.key in model.overrides)
        assert {c.id: c.holds for c in data.checks} == self._checks()
        for check in data.checks:
            if check.holds is False and check.severity == "warning":
                assert (check.explanation is not None) == (check.id in model.explained)


class VotingDay(Station):
    """A day from the set-up on: voting closes after DAY_STEPS steps at the earliest."""

    @initialize(
        received=st.integers(3, VOTERS + 2), applicants=st.integers(0, 3),
        stay=st.sampled_from(range(10)), trip=st.booleans(),
    )
    def set_up(self, received: int, applicants: int, stay: int, trip: bool) -> None:
        # A small act of receipt, so that the stock limit is actually reached; a few
        # applications to vote outside, so that trips have someone to go to; most days
        # then open at once (and may send a box out with one ballot for two applicants),
        # the others spend their first steps in set-up.
        self._receive(received, "c3")
        for voter in range(VOTERS, VOTERS - applicants, -1):
            self._apply(voter, "c3", "illness")
        if stay != 1:  # nine days in ten
            self._open("c1")
            if trip and applicants >= 2:
                self._start(("c4", "c5"), 1)


class CountingNight(Station):
    """The count after a day made at once (the day's rules put to it, as members would):
    every run starts with voting closed, so that its steps go to the count, signing and
    corrections."""

    @initialize(
        received=st.integers(3, VOTERS + 2), premises=st.integers(0, VOTERS),
        spoiled=st.integers(0, 2), undone=st.booleans(), excluded=st.booleans(),
        outside=st.integers(0, 2), back=st.sampled_from(["balanced", "one spoiled", "short"]),
    )
    def a_day_then_closing(
        self, received: int, premises: int, spoiled: int, undone: bool, excluded: bool,
        outside: int, back: str,
    ) -> None:
        # Applicants served on one trip (the box back balanced, with one spoiled, or one
        # short: left out, it must come back before the count starts), a few voters in the
        # premises, replacements, an undo, an exclusion; then the chair closes voting.
        self._receive(received, "c3")
        for voter in range(VOTERS, VOTERS - outside, -1):
            self._apply(voter, "c3", "illness")
        self._open("c1")
        if outside:
            self._start(("c4", "c5"), outside)
            for _ in range(outside - (back != "balanced")):
                self.issue_outside(aim=True, index=0, member="c4", on_trip=0, trip=0)
            self.end_trip(trip=0, how=back)
        for _ in range(premises):
            self.issue(aim=True, index=0, member="c4")
        for index in range(spoiled):
            self.spoil(which=0, aim=True, index=index, member="c5")
        if undone:
            self.undo(which=0, aim=True, index=0, member="c2", reason="wrong voter")
        if excluded:
            self.exclude(aim=True, index=VOTERS - 1, member="c3")
        self.close_voting(member="c1")


def _snapshot_sql(dialect: str) -> str:
    """One SELECT of every table's rows, each table as one text, rows in key order."""
    tables = []
    for table in Base.metadata.sorted_tables:
        order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
        if dialect == "sqlite":
            row = " || '|' || ".join(f'quote("{c.name}")' for c in table.columns)
            tables.append(f'(SELECT group_concat(r, char(10)) FROM (SELECT {row} AS r '
                          f'FROM "{table.name}" ORDER BY {order}))')
        else:
            row = ", ".join(f'quote_nullable("{c.name}")' for c in table.columns)
            tables.append(f"(SELECT string_agg(concat_ws('|', {row}), chr(10) "
                          f'ORDER BY {order}) FROM "{table.name}")')
    return "SELECT " + ", ".join(tables)


_SNAPSHOT = {d: _snapshot_sql(d) for d in ("sqlite", "postgresql")}


def _valid_iin(born: dt.date, female: bool, serial: int) -> str:
    """A valid IIN for ``born`` (the next serial that has a check digit), as the demo makes."""
    for step in range(10):
        number = iin.make_iin(born, female, serial + step)
        if number is not None:
            return number
    raise AssertionError("no serial in ten has a check digit")


# Fewer, longer days: the trip chains (apply, leave, issue on the trip, come back, then
# undo or replace) and the count after them need many steps.
MAX_EXAMPLES = int(os.environ.get("PRECINCT_MACHINE_EXAMPLES", "8"))
STEPS = int(os.environ.get("PRECINCT_MACHINE_STEPS", "60"))
VotingDay.TestCase.settings = settings(max_examples=MAX_EXAMPLES, stateful_step_count=STEPS)
CountingNight.TestCase.settings = settings(max_examples=MAX_EXAMPLES, stateful_step_count=STEPS)
TestVotingDay = VotingDay.TestCase
TestCountingNight = CountingNight.TestCase
