"""The one argparse type for every integer option and argument of ``precinct``.

``int`` as an argparse type let a number past SQLite's range reach the database (a
traceback) and printed a 5,000-digit value back in full; ``whole(low, high)`` refuses both
as a malformed command line (exit 2, argparse names the option) in the user's language.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from precinct_app.messages import text, user_language
from precinct_app.services import bounds
from precinct_app.services.errors import InvalidInput


def whole(low: int = -bounds.SQLITE_MAX, high: int = bounds.SQLITE_MAX) -> Callable[[str], int]:
    """An argparse ``type`` accepting ASCII whole numbers from ``low`` to ``high``.

    Without bounds it takes any number the database can hold: for counts and ids whose
    limits are domain rules, which the service states in its refusal (exit 1).
    """

    def parse(raw: str) -> int:
        try:
            return bounds.parse_whole(raw, low, high, field="")
        except InvalidInput as exc:
            code = "arg_not_whole" if exc.code == "number_not_whole" else "arg_out_of_range"
            if code == "arg_out_of_range" and bounds.too_long(raw):
                code = "arg_too_long"
            raise argparse.ArgumentTypeError(
                text(code, user_language(), value=bounds.shown(raw), low=low, high=high,
                     limit=bounds.MAX_DIGITS)
            ) from exc

    parse.__name__ = "whole number"  # argparse's fallback wording, should one reach it
    return parse
