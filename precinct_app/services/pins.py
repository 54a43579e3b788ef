"""Members' PINs: choose, check, reset (docs/formats.md §7, docs/domain.md §2).

The shells (the window's sign-in, the CLI) prove who acts with :func:`authenticate`
before they call a service as that member; the services then trust the member id.

Why the check is split in two short transactions around the slow hash: the hash takes
a fifth of a second, and holding SQLite's write lock that long would stall every desk.
The attempt is counted *before* the hash is checked (and uncounted when the PIN is
right), so guesses run in parallel still meet the wait after the fifth.

A 4-digit PIN falls to an offline guess on a copied database whatever the hash; the
protection is the wait, the audit of every failure and owner-only files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import CommissionMember, MemberPin
from precinct_app.services import audit, permissions, phases
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused
from precinct_app.services.station import Member

PIN_MIN, PIN_MAX = 4, 8
FREE_TRIES = 5  # wrong PINs in a row before the first wait
FIRST_WAIT_S = 15  # then doubling with each further wrong PIN
DEMO_PIN = "1234"  # the demo station's members (training only; the start screen says so)

if TYPE_CHECKING:
    from argon2 import PasswordHasher

# argon2id (RFC 9106): 64 MiB, 2 passes, 2 lanes: about 0.15 s on a 2-core laptop
# (bench: ``python -m bench --only pin``); the bound is 0.5 s. Made at the first
# check: the window's start (the sign-in's list) needs no hash, and argon2's import costs
# a few hundredths of a second of it.
_HASHER: PasswordHasher | None = None  # a replacement (the tests' lowest cost), if set


@lru_cache(maxsize=1)
def _station_hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=64 * 1024, parallelism=2)


def _hasher() -> PasswordHasher:
    return _HASHER if _HASHER is not None else _station_hasher()

Transaction = Callable[[], AbstractContextManager[Session]]
Now = Callable[[], dt.datetime]


class PinRefused(Refused):
    """A PIN that did not prove the member (code says why; never carries the PIN)."""


def _system_now() -> dt.datetime:
    # The wait runs on the system clock: PRECINCT_NOW must not shorten it.
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class PinState:
    """What the sign-in and ``members list`` show of one member's PIN."""

    member_id: str
    is_set: bool
    may_choose: bool  # no PIN, and choosing one is allowed now (set-up, or after a reset)
    failures: int
    wait_s: int  # seconds still to wait before the next try (0: may try)


def valid_format(pin: str) -> bool:
    """4 to 8 ASCII digits."""
    return PIN_MIN <= len(pin) <= PIN_MAX and all("0" <= c <= "9" for c in pin)


def _require_format(pin: str, field: str = "pin") -> None:
    if not valid_format(pin):
        raise InvalidInput("pin_format", field=field, low=PIN_MIN, high=PIN_MAX)


def hash_pin(pin: str) -> str:
    """The stored form of ``pin`` (argon2id, salted)."""
    _require_format(pin)
    return _hasher().hash(pin)


@lru_cache(maxsize=1)
def demo_hash() -> str:
    """One hash of the demo PIN per process: a demo station is made in a blink."""
    return _hasher().hash(DEMO_PIN)


def _matches(stored: str, pin: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False


def verify_hash(stored: str | None, pin: str | None) -> bool:
    """True when ``pin`` matches ``stored`` (a check that records nothing: for a backup,
    which must not change, when the station it would replace is missing)."""
    return stored is not None and pin is not None and valid_format(pin) and _matches(stored, pin)


def _row(session: Session, member_id: str) -> MemberPin:
    row = session.get(MemberPin, member_id)
    if row is None:
        row = MemberPin(member_id=member_id, failures=0)
        session.add(row)
    return row


def _wait_left(row: MemberPin | None, now: dt.datetime) -> int:
    if row is None or row.wait_until is None:
        return 0
    left = (phases.parse_utc(row.wait_until) - now).total_seconds()
    return max(0, int(left + 0.999))


def _may_choose(session: Session, row: MemberPin | None) -> bool:
    if row is not None and row.pin_hash is not None:
        return False
    if row is not None and row.reset_by is not None:
        return True
    return phases.current_phase(session) == phases.SETUP


def state(session: Session, member_id: str, now: Now = _system_now) -> PinState:
    """The PIN state of ``member_id`` (an existing member)."""
    row = session.get(MemberPin, member_id)
    return PinState(
        member_id,
        is_set=row is not None and row.pin_hash is not None,
        may_choose=_may_choose(session, row),
        failures=row.failures if row is not None else 0,
        wait_s=_wait_left(row, now()),
    )


def states(session: Session, now: Now = _system_now) -> dict[str, PinState]:
    """Every member's PIN state, by member id."""
    ids = session.scalars(select(CommissionMember.id).order_by(CommissionMember.position))
    return {member_id: state(session, member_id, now) for member_id in ids}


def _wait_after(failures: int) -> int:
    return FIRST_WAIT_S * 2 ** (failures - FREE_TRIES) if failures >= FREE_TRIES else 0


def _choose(
    session: Session, clock: Clock, who: Member, row: MemberPin, new_pin: str
) -> None:
    _require_format(new_pin, "new_pin")
    first = row.reset_by is None
    row.pin_hash = hash_pin(new_pin)
    row.set_at = clock.utc_iso()
    row.failures, row.wait_until, row.reset_by, row.reset_at = 0, None, None, None
    audit.record(session, clock, who.id, "member.pin_set", {"member": who.id, "first": first})


def authenticate(
    transaction: Transaction, clock: Clock, member_id: str, pin: str | None,
    new_pin: str | None = None, *, now: Now = _system_now,
) -> Member:
    """The member, once ``pin`` proves them; ``PinRefused`` (recorded) otherwise.

    A member with no PIN chooses ``new_pin`` here where docs/formats.md §7 lets them
    (before voting opens, or after the chair's reset); ``pin_choose`` asks for it.
    Each wrong PIN is committed as ``member.pin_failed`` before the refusal is raised.
    """
    clock = clock.snapshot()
    with transaction() as session:
        who = permissions.member(session, member_id)
        row = _row(session, member_id)
        if row.pin_hash is None:
            if not _may_choose(session, row):
                raise PinRefused("pin_none_ask_chair", member=who.id, name=who.name)
            if new_pin is None:
                raise PinRefused("pin_choose", member=who.id, name=who.name)
            _choose(session, clock, who, row, new_pin)
            return who
        stored = row.pin_hash
        wait = _wait_left(row, now())
        if wait:
            audit.record(session, clock, who.id, "member.pin_failed",
                         {"member": who.id, "failures": row.failures, "waiting": True})
            refusal = PinRefused("pin_wait", member=who.id, name=who.name, seconds=wait)
        else:
            refusal = None
            row.failures += 1
            pending = row.failures
            if _wait_after(pending):
                row.wait_until = (now() + dt.timedelta(seconds=_wait_after(pending))).isoformat()
    if refusal is not None:
        raise refusal  # after the commit: the attempt in the wait stays recorded
    right = pin is not None and valid_format(pin) and _matches(stored, pin)
    with transaction() as session:
        row = _row(session, member_id)
        if right:
            if row.pin_hash == stored:  # the PIN was not changed meanwhile
                row.failures, row.wait_until = 0, None
                if _hasher().check_needs_rehash(stored):
                    row.pin_hash = _hasher().hash(cast(str, pin))
            return who
        wait = _wait_after(row.failures)
        audit.record(session, clock, who.id, "member.pin_failed",
                     {"member": who.id, "failures": row.failures, "wait_s": wait})
    if wait:
        raise PinRefused("pin_wrong_wait", member=who.id, name=who.name, seconds=wait)
    raise PinRefused("pin_wrong", member=who.id, name=who.name,
                     left=FREE_TRIES - pending)


def confirm_all(
    transaction: Transaction, clock: Clock, pins: dict[str, str], *, now: Now = _system_now,
) -> list[Member]:
    """Each member of ``pins`` proven by their PIN (the members present at signing)."""
    return [authenticate(transaction, clock, member_id, pin, now=now)
            for member_id, pin in pins.items()]


def change(
    transaction: Transaction, clock: Clock, member_id: str, old_pin: str | None,
    new_pin: str, *, now: Now = _system_now,
) -> Member:
    """Set the member's own PIN: the old one proves them when one is set."""
    _require_format(new_pin, "new_pin")
    with transaction() as session:
        has_pin = state(session, member_id, now).is_set
    if not has_pin:
        return authenticate(transaction, clock, member_id, None, new_pin, now=now)
    who = authenticate(transaction, clock, member_id, old_pin, now=now)
    clock = clock.snapshot()
    with transaction() as session:
        row = _row(session, member_id)
        row.pin_hash, row.set_at = hash_pin(new_pin), clock.utc_iso()
        audit.record(session, clock, who.id, "member.pin_set", {"member": who.id, "first": False})
    return who


def reset(session: Session, clock: Clock, chair_id: str, member_id: str) -> Member:
    """The chair clears ``member_id``'s PIN; the member chooses a new one at their next action.

    The chair must have been proven by :func:`authenticate` first (the shells do it).
    """
    chair = permissions.require(session, chair_id, "reset_pin")
    who = permissions.member(session, member_id)
    row = _row(session, member_id)
    row.pin_hash, row.set_at, row.failures, row.wait_until = None, None, 0, None
    row.reset_by, row.reset_at = chair.id, clock.utc_iso()
    audit.record(session, clock, chair.id, "member.pin_reset", {"member": who.id})
    return who


def set_demo_pins(session: Session, clock: Clock, member_ids: Iterable[str]) -> None:
    """Every demo member starts with PIN 1234 (training only)."""
    for member_id in member_ids:
        row = _row(session, member_id)
        row.pin_hash, row.set_at, row.failures = demo_hash(), clock.utc_iso(), 0
