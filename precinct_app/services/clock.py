"""The station clock (formats.md section 6).

The system clock shown in the election's time zone; env ``PRECINCT_NOW``
replaces it for one process (tests, demos, training).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from precinct_app.services.errors import InvalidInput


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
    """Current time; ``fixed`` is set when the clock is replaced (training)."""

    fixed: dt.datetime | None = None
    source: Callable[[], dt.datetime] = field(default=_system_now)

    @classmethod
    def from_env(cls) -> Clock:
        """The system clock, or ``PRECINCT_NOW`` when it is set."""
        text = os.environ.get("PRECINCT_NOW")
        return cls(fixed=parse_fixed_now(text)) if text else cls()

    @property
    def replaced(self) -> bool:
        """True when the time does not come from the system clock."""
        return self.fixed is not None

    def now_utc(self) -> dt.datetime:
        """The current instant, in UTC."""
        value = self.fixed if self.fixed is not None else self.source()
        return value.astimezone(dt.UTC)

    def utc_iso(self) -> str:
        """The current instant as stored in the audit log."""
        return self.now_utc().isoformat(timespec="microseconds").replace("+00:00", "Z")

    def local(self, timezone: str) -> dt.datetime:
        """The current time in the election's time zone."""
        return self.now_utc().astimezone(ZoneInfo(timezone))
