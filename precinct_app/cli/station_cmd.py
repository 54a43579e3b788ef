"""Commands of the station area."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add the commands (filled in by the station work)."""
