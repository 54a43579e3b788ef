"""``precinct voters find`` (being implemented)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add the action."""
