"""The frozen picture of one contest's protocol: what the screens show and the PDF prints.

``services.protocol`` builds it from the form, the day's records and what the
commission entered; ``services.protocol_pdf`` only renders it. Nothing here
touches the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from precinct_app.services.audit import canonical_json
from precinct_app.services.errors import Refused

PROTOCOL_FORMAT = "precinct-protocol/1"
DRAFT, SIGNED, SUPERSEDED = "draft", "signed", "superseded"


@dataclass(frozen=True)
class LineValue:
    """One numbered line with its value.

    ``source`` is ``entered`` or the computed source of the form; ``computed``
    is what the day's records give for a computed line (``None`` for entered
    lines); ``value`` is what the protocol says (``None`` = empty, not zero).
    ``override_reason`` is set when a computed line was overridden.
    """

    key: str
    number: str
    label: Mapping[str, str]
    source: str
    value: int | None
    computed: int | None = None
    override_reason: str | None = None
    is_option: bool = False

    @property
    def is_computed(self) -> bool:
        """True for a line the software fills from its records."""
        return self.source != "entered"

    @property
    def overridden(self) -> bool:
        """True when the commission replaced the computed value (with a reason)."""
        return self.override_reason is not None


@dataclass(frozen=True)
class CheckResult:
    """One control ratio evaluated over the lines.

    ``holds`` is ``None`` while a line it needs is empty (``missing`` names them);
    ``difference`` is left minus right. ``explanation`` is the commission's written
    explanation of a failing warning.
    """

    id: str
    rule: str
    severity: str
    message: Mapping[str, str]
    holds: bool | None
    left: int | None
    right: int | None
    difference: int | None
    missing: tuple[str, ...] = ()
    explanation: str | None = None

    @property
    def blocks(self) -> bool:
        """True when this check stops signing: a failing error, or an unexplained warning."""
        if self.holds is not False:
            return False
        return self.severity == "error" or not self.explanation


@dataclass(frozen=True)
class MemberEntry:
    """A commission member as the signature block prints them."""

    id: str
    name: str
    role: str
    present: bool = False
    dissent: str | None = None


@dataclass(frozen=True)
class ActNote:
    """An observer's act on a violation annexed at the observer's request (the journal)."""

    entry: int
    received_at: dt.datetime
    from_name: str
    organisation: str
    about: str
    decision: str | None


@dataclass(frozen=True)
class ProtocolData:
    """Everything one contest's protocol shows, frozen.

    ``code`` is fixed at signing (``None`` before); ``version`` > 1 is a repeated
    protocol made by a correction (``correction_reason``).
    """

    election_id: str
    election_title: Mapping[str, str]
    election_date: dt.date
    timezone: str
    precinct_number: str
    territory: Mapping[str, str]
    address: Mapping[str, str]
    contest_id: str
    contest_title: Mapping[str, str]
    contest_question: Mapping[str, str] | None
    form_id: str
    form_title: Mapping[str, str]
    version: int
    status: str
    correction_reason: str | None
    lines: tuple[LineValue, ...]
    checks: tuple[CheckResult, ...]
    commission: tuple[MemberEntry, ...]
    signed_at: dt.datetime | None
    signed_by: str | None
    code: str | None
    key_fingerprint: str
    training: bool
    # The audit head when the protocol was read (``1234 · 7F3A-91C2``), printed on every
    # page so observers can anchor the log outside the laptop; "" when not known.
    audit_head: str = ""
    # Observers' acts the observer asked to annex (services.journal): an annex of their own.
    observer_acts: tuple[ActNote, ...] = ()

    @property
    def signed(self) -> bool:
        """True once the protocol is signed (and therefore locked)."""
        return self.status in (SIGNED, SUPERSEDED) and self.code is not None

    @property
    def repeated(self) -> bool:
        """True for a corrected protocol (version 2 and later)."""
        return self.version > 1

    def values(self) -> dict[str, int | None]:
        """Line key -> value."""
        return {line.key: line.value for line in self.lines}

    def empty_lines(self) -> tuple[LineValue, ...]:
        """Lines with no value yet."""
        return tuple(line for line in self.lines if line.value is None)

    def failing(self) -> tuple[CheckResult, ...]:
        """Checks that do not hold (empty-line checks excluded)."""
        return tuple(c for c in self.checks if c.holds is False)

    def blocking(self) -> tuple[CheckResult, ...]:
        """Checks that stop signing."""
        return tuple(c for c in self.checks if c.blocks)

    def overrides(self) -> tuple[LineValue, ...]:
        """Computed lines the commission overrode."""
        return tuple(line for line in self.lines if line.overridden)

    def dissents(self) -> tuple[MemberEntry, ...]:
        """Members who signed with a dissenting opinion."""
        return tuple(m for m in self.commission if m.dissent)

    def qr_payload(self) -> str:
        """The compact text of the QR code: precinct, contest, version, values, code.

        ``P164|C=REF|V1|1=2214;2=2237;...|XXXX-XXXX-XXXX-XXXX``: line numbers, not
        keys, keep it short (dense QR codes fail on poor paper).
        """
        values = ";".join(
            f"{line.number}={'' if line.value is None else line.value}" for line in self.lines
        )
        return (
            f"P{self.precinct_number}|E={self.election_id}|C={self.contest_id}"
            f"|V{self.version}|{values}|{self.code or 'UNSIGNED'}"
        )


def protocol_code(
    election_id: str, precinct: str, contest_id: str, version: int,
    values: Mapping[str, int | None],
) -> str:
    """docs/formats.md §3: 16 hex digits of SHA-256 of the canonical JSON, in fours."""
    doc = {
        "format": PROTOCOL_FORMAT,
        "election": election_id,
        "precinct": precinct,
        "contest": contest_id,
        "version": version,
        "lines": dict(values),
    }
    digest = hashlib.sha256(canonical_json(doc).encode("utf-8")).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def require_code_holds(data: ProtocolData) -> None:
    """Refuse a signed protocol whose values no longer give its code.

    The code was fixed at signing from the values; values changed in the database
    afterwards would be printed or exported beside a code they do not give
    (``protocol_altered_after_signing``).
    """
    if data.code is None:
        return
    found = protocol_code(data.election_id, data.precinct_number, data.contest_id,
                          data.version, data.values())
    if found != data.code:
        raise Refused("protocol_altered_after_signing", contest=data.contest_id,
                      version=data.version, protocol_code=data.code)
