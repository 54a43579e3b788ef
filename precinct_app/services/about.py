"""What About shows (docs/screens.md §19): which software this is, where its data lives,
and the check of the installation's files worded for the commission's IT staff.

Qt-free, so ``precinct version`` can say the same; the window adds Qt's own version.
"""

from __future__ import annotations

import datetime as dt
import platform
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from precinct_app.db import user_data_folder
from precinct_app.messages import text
from precinct_app.services.build_id import BUNDLE, BuildInfo, CheckResult

FONTS = "Noto Sans"
FONTS_LICENCE = "SIL Open Font License 1.1 (OFL)"
# The first few paths of each kind: enough to see what happened, a line each on screen.
SHOWN_PATHS = 5


@dataclass(frozen=True)
class AboutFacts:
    """The lines of About, each a plain value (the window adds the words)."""

    build: BuildInfo
    data_folder: Path
    db_path: Path
    python: str
    fonts: str = FONTS
    fonts_licence: str = FONTS_LICENCE


def facts(build: BuildInfo, db_path: Path) -> AboutFacts:
    """About's facts for the station database at ``db_path`` (it may not exist yet)."""
    return AboutFacts(build=build, data_folder=user_data_folder(), db_path=db_path,
                      python=platform.python_version())


def built_on(build: BuildInfo) -> str:
    """The bundle's build date as ``DD.MM.YYYY`` (its ISO text as it is if unreadable)."""
    try:
        return dt.datetime.fromisoformat(build.built_at).strftime("%d.%m.%Y")
    except ValueError:
        return build.built_at


def kind_text(build: BuildInfo, lang: str) -> str:
    """Official bundle (when and for what), a bundle without its build file, or source."""
    if build.kind != BUNDLE:
        return text("about_source_build", lang)
    if not build.built_at:
        return text("about_unknown_build", lang)
    return text("about_official_build", lang, date=built_on(build),
                platform=build.platform or "?")


def official(build: BuildInfo) -> bool:
    """True for a bundle made by ``make dist`` (it has its build file)."""
    return build.kind == BUNDLE and bool(build.built_at)


def _paths(code: str, paths: Sequence[str], lang: str, shown: int) -> list[str]:
    if not paths:
        return []
    first = ", ".join(paths[:shown])
    if len(paths) > shown:
        first += " " + text("about_check_more", lang, count=len(paths) - shown)
    return [text(code, lang, count=len(paths), first=first)]


def check_lines(result: CheckResult, lang: str, shown: int = SHOWN_PATHS) -> list[str]:
    """The check's outcome in ``lang``: one line when intact; else the verdict, then the
    changed, missing and added files (the first ``shown`` of each, and how many more)."""
    if result.intact:
        return [text("about_check_ok", lang, count=result.files)]
    return [text("about_check_failed", lang, count=result.files),
            *_paths("about_check_changed", result.changed, lang, shown),
            *_paths("about_check_missing", result.missing, lang, shown),
            *_paths("about_check_added", result.added, lang, shown)]
