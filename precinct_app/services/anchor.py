"""The audit head as people outside the laptop write it down: ``1234 · 7F3A-91C2``.

The seq and the first 8 hex digits of the head event's hash, in two groups of four.
It is shown on the Station screen and in the header, printed on every protocol page
and in the turnout report; ``precinct verify --head`` checks that an exported chain
passes through a head written down during the day (issue 12).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from precinct_app.services.audit import AuditHead
from precinct_app.services.errors import InvalidInput

SHORT = 8  # hex digits of the hash kept: enough that a forged chain cannot hit it by chance
_SEPARATORS = re.compile(r"[\s\u00b7\-:]+")


@dataclass(frozen=True)
class HeadAnchor:
    """A head as written down: its seq and the start of its hash (lower case)."""

    seq: int
    prefix: str

    def matches(self, seq: int, full_hash: str) -> bool:
        """True when the event ``seq`` with ``full_hash`` is this head."""
        return seq == self.seq and full_hash.lower().startswith(self.prefix)

    def text(self) -> str:
        """The anchor as printed."""
        return f"{self.seq} · {short_hash(self.prefix)}"


def short_hash(full_hash: str) -> str:
    """``7F3A-91C2``: the first 8 hex digits, upper case, in fours."""
    digits = full_hash[:SHORT].upper()
    return f"{digits[:4]}-{digits[4:]}"


def head_text(head: AuditHead) -> str:
    """``1234 · 7F3A-91C2`` (``0 · 0000-0000`` before the first event)."""
    return f"{head.seq} · {short_hash(head.hash)}"


def parse_head(text: str) -> HeadAnchor:
    """``SEQ:HASH`` as typed: the short hash as printed, with or without the dash or
    spaces, any case (``1234:7F3A-91C2``, ``1234:7f3a91c2``, ``1234 · 7F3A-91C2``);
    ``1234 7F3A 91C2``; a full 64-digit hash is accepted too."""
    cleaned = text.strip()
    match = re.fullmatch(r"(\d+)(?:\s*[:\u00b7]\s*|\s+)(.+)", cleaned)
    if match is None:
        raise InvalidInput("head_malformed", head=text)
    digits = _SEPARATORS.sub("", match.group(2)).lower()
    if len(digits) < SHORT or not re.fullmatch(r"[0-9a-f]+", digits):
        raise InvalidInput("head_malformed", head=text)
    return HeadAnchor(int(match.group(1)), digits)
