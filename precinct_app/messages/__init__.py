"""Words for the domain's codes, in Kazakh, Russian and English.

The services raise and return codes with data (``DomainError.code``,
``RejectedRow.reason``); the CLI and the UI both turn them into text here,
so a code reads the same on the screen and in a terminal. Window chrome
(menus, buttons, labels) is translated with Qt Linguist in ``resources/i18n``.

Each area keeps its catalog in a module of its own in this package; they are
merged into :data:`CATALOG` below.
"""

from __future__ import annotations

import os
from typing import Any

from precinct_app.messages import (
    about,
    backup,
    ballots,
    bounds,
    boxes,
    build,
    cli,
    common,
    counting,
    day,
    desk,
    disk,
    documents,
    export,
    hostile,
    integrity,
    journal,
    list_changes,
    live,
    media,
    members,
    outside,
    package,
    package_sections,
    paper_entries,
    people,
    pins,
    rules,
    search,
    server,
    server_backup,
    server_window,
    standby,
    system,
    verify_words,
    voter_import,
    words,
)
from precinct_app.messages.catalog import Entry, MessageFormatError, Plural, fill

__all__ = ["CATALOG", "LANGUAGES", "Entry", "MessageFormatError", "Plural", "capitalized",
           "text", "user_language", "word"]

LANGUAGES = ("kk", "ru", "en")
# Parameter -> prefix of the code that words it (reason: a standard exclusion).
_WORD_PARAMS = {"role": "role", "action": "action", "phase": "phase", "reason": "reason",
                "step": "step", "expected_step": "step", "severity": "severity",
                "mode": "verify_word", "status": "verify_word", "kind": "file_kind",
                "present_kind": "present_kind"}

CATALOG: dict[str, Entry] = {}
for _module in (
    common, package, voter_import, search, day, list_changes, outside, ballots, counting,
    media, backup, export, verify_words, system, integrity, hostile, bounds, disk,
    documents, rules, package_sections, words, cli, pins, people, journal, members, desk,
    boxes, server, server_backup, standby, paper_entries, live, server_window, build,
    about,
):
    for _code, _entry in _module.MESSAGES.items():
        if _code in CATALOG:
            raise RuntimeError(f"message code defined twice: {_code}")
        CATALOG[_code] = _entry


def text(code: str, lang: str = "en", **params: Any) -> str:
    """The message for ``code`` in ``lang`` with ``params`` filled in.

    An unknown code still yields something readable (the code and its data): a
    code from a newer station or a stored reason must not break a screen. A known
    code that cannot be filled (a missing placeholder, a count that is not a whole
    number) raises :class:`MessageFormatError`: that is a bug a test must see.
    """
    entry = CATALOG.get(code)
    if entry is None:
        extra = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{code} ({extra})" if extra else code
    lang = lang if lang in LANGUAGES else "en"
    form = getattr(entry, lang) or entry.en
    if isinstance(params.get("field"), str) and f"column_{params['field']}" in CATALOG:
        # A field named by its column code reads as the column's name.
        params = {**params, "field": word(f"column_{params['field']}", lang)}
    for key, prefix in _WORD_PARAMS.items():
        # A role, action, phase, step... code reads as its word in the user's language.
        value = params.get(key)
        if isinstance(value, str) and f"{prefix}_{value}" in CATALOG:
            params = {**params, key: word(f"{prefix}_{value}", lang)}
    for key, value in list(params.items()):
        # A parameter that is itself a coded error (the check a written export failed)
        # reads as its own message in the same language, worded as the verify screen does.
        if isinstance(getattr(value, "code", None), str) and isinstance(
                getattr(value, "params", None), dict):
            params = {**params, key: verify_words.check_text(
                value.code, value.params, lang, getattr(value, "contests", ()))}
    try:
        return fill(form, lang, params)
    except MessageFormatError as exc:
        raise MessageFormatError(f"{code} ({lang}): {exc}") from exc


def word(code: str, lang: str) -> str:
    """A word of the catalog with no data (a phase, role, reason...) in ``lang``."""
    return text(code, lang)


def capitalized(code: str, lang: str) -> str:
    """A catalog word as a heading or a header shows it: its first letter upper case."""
    said = text(code, lang)
    return said[:1].upper() + said[1:]


def user_language() -> str:
    """The CLI's language: ``PRECINCT_LANG``, else the locale, else English."""
    for var in ("PRECINCT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").lower()
        if not value:
            continue
        short = value[:2]
        if short in ("kk", "kz"):
            return "kk"
        if short in LANGUAGES:
            return short
        if var == "PRECINCT_LANG":
            break
    return "en"
