"""How the station writes a time, a number, a text of the package and a section: one way each.

The screens, the CLI and the documents all show these; each rule is kept here once so a
time never reads in one place in the station's zone and in another in the laptop's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from zoneinfo import ZoneInfo

# A narrow no-break space between thousands (2 214): thin like the typeset one, and never
# a line break inside a number, on a screen or on paper.
THOUSANDS = "\u202f"
CLOCK = "%H:%M"
DATE_TIME = "%d.%m.%Y %H:%M"
# A text of the election package missing in the wanted language: Russian is the language
# of inter-ethnic communication, then Kazakh, the state language, then English.
_FALLBACK = ("ru", "kk", "en")


@lru_cache(maxsize=16)
def zone(timezone: str) -> ZoneInfo:
    """The station's time zone (an IANA name such as Asia/Almaty), read once."""
    return ZoneInfo(timezone)


def station_time(at: dt.datetime, timezone: str) -> dt.datetime:
    """``at`` (aware) as the station's wall clock reads it."""
    return at.astimezone(zone(timezone))


def clock_text(at: dt.datetime, timezone: str, fmt: str = CLOCK) -> str:
    """``at`` on the station's wall clock: 14:05 (or ``fmt``)."""
    return station_time(at, timezone).strftime(fmt)


def in_language(texts: Mapping[str, str] | None, lang: str) -> str:
    """A {kk, ru, en} text of the package in ``lang``, else Russian, Kazakh, English."""
    if not texts:
        return ""
    for key in (lang, *_FALLBACK):
        value = texts.get(key)
        if value:
            return str(value)
    return ""


def in_languages(texts: Mapping[str, str] | None, langs: tuple[str, ...] | list[str]) -> list[str]:
    """The text in each of ``langs`` (with the fallback), each different text once."""
    out: list[str] = []
    for lang in langs:
        value = in_language(texts, lang)
        if value and value not in out:
            out.append(value)
    return out


def grouped(number: int) -> str:
    """Thousands separated by a narrow no-break space: 2 214."""
    return f"{number:,}".replace(",", THOUSANDS)


def section_order(section: str) -> tuple[int, int, str]:
    """Sort key for list sections: numbered ones by number (2 before 10), then named
    ones by name, then the voters with no section."""
    if not section:
        return (2, 0, "")
    # ASCII digits only: a section "²" passes isdigit() and then fails int().
    if section.isascii() and section.isdigit():
        return (0, int(section), "")
    return (1, 0, section)
