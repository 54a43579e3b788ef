"""The station clock (docs/formats.md §6).

The system clock shown in the election's time zone; env ``PRECINCT_NOW``
replaces it for one process (tests, demos, training).

One user action takes one instant: a service that stores a time more than once in an
action (a row's time and its audit event's ``at``) works on :meth:`Clock.snapshot`, so
the times it stores are equal on a clock that ticks, as the verifier demands.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from precinct_app.services.errors import InvalidInput
from precinct_app.services.localize import zone


def parse_fixed_now(text: str) -> dt.datetime:
    """Parse ``PRECINCT_NOW``: ISO 8601 with an offset."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput("clock_bad_now", value=text) from exc
    if value.tzinfo is None:
        raise InvalidInput("clock_now_needs_offset", value=text)
    return value


def _system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Clock:
    """Current time; ``fixed`` is set when the clock is replaced (training).

    ``counts_as_replaced`` overrides what ``fixed`` says about training: a snapshot of the
    system clock is held but not replaced, a ticking test clock is replaced but not held.
    """

    fixed: dt.datetime | None = None
    source: Callable[[], dt.datetime] = field(default=_system_now)
    counts_as_replaced: bool | None = None

    @classmethod
    def from_env(cls) -> Clock:
        """The system clock, or ``PRECINCT_NOW`` when it is set."""
        text = os.environ.get("PRECINCT_NOW")
        return cls(fixed=parse_fixed_now(text)) if text else cls()

    @classmethod
    def ticking(cls, start: dt.datetime) -> Clock:
        """A replaced clock that shows ``start`` now and advances with real time."""
        origin = time.monotonic()
        return cls(source=lambda: start + dt.timedelta(seconds=time.monotonic() - origin),
                   counts_as_replaced=True)

    @property
    def replaced(self) -> bool:
        """True when the time does not come from the system clock."""
        if self.counts_as_replaced is not None:
            return self.counts_as_replaced
        return self.fixed is not None

    def snapshot(self) -> Clock:
        """This clock held at the current instant, for the times of one user action.

        Training does not change: a snapshot of the system clock is not a replaced one.
        """
        return Clock(fixed=self.now_utc(), counts_as_replaced=self.replaced)

    def now_utc(self) -> dt.datetime:
        """The current instant, in UTC."""
        value = self.fixed if self.fixed is not None else self.source()
        return value.astimezone(dt.UTC)

    def utc_iso(self) -> str:
        """The current instant as stored in the audit log."""
        return self.now_utc().isoformat(timespec="microseconds").replace("+00:00", "Z")

    def local(self, timezone: str) -> dt.datetime:
        """The current time in the election's time zone."""
        return self.now_utc().astimezone(zone(timezone))
