"""The shape of a message entry."""

from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    """One message in three languages; ``{name}`` placeholders take the code's data."""

    en: str
    ru: str
    kk: str
