"""What the printed protocol says, page furniture included: the data step of the PDF.

:func:`protocol_page` turns a :class:`~precinct_app.services.protocol_data.ProtocolData`
into a :class:`ProtocolPage`: every text of the document in its languages, every value
written out (digits, words, times), the rows of its tables, its annexes and its footer.
No ReportLab here: :mod:`~precinct_app.services.protocol_pdf` only draws it, and the
tests read it without rendering. The words are the catalog's ``doc_protocol_*``
(``messages/documents.py``), a legal template.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from precinct_app import messages
from precinct_app.services import rules
from precinct_app.services.localize import DATE_TIME, clock_text, grouped, in_languages
from precinct_app.services.number_words import words as number_words
from precinct_app.services.pdf_common import headings, languages, mark, one_line, words
from precinct_app.services.protocol_data import (
    ActNote,
    CheckResult,
    LineValue,
    MemberEntry,
    ProtocolData,
)

ROLE_ORDER = ("chair", "deputy_chair", "secretary", "member")
DRAFT_MARK = mark("doc_protocol_draft_mark")
# The comparison as the paper form writes it (the shipped font has no ≥ or ≤).
_OPS = {"==": "=", ">=": ">=", "<=": "<="}
_UNSIGNED_AT = "____.____.________  ____:____"  # filled in by hand on a draft


@dataclass(frozen=True)
class Fact:
    """A label and its value in the facts table under the title."""

    label: tuple[str, ...]
    value: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """The facts table under the title; ``code`` reads the draft mark before signing."""

    voting_day: Fact
    precinct: Fact
    address: Fact
    territory: Fact
    version: Fact
    code: Fact


@dataclass(frozen=True)
class LineRow:
    """One numbered line: its label, its value in digits (``*`` when overridden) and words.

    An empty line (``empty``) is not zero: a dash for the digits, no words.
    """

    number: str
    label: tuple[str, ...]
    digits: str
    said: tuple[str, ...]
    is_option: bool
    empty: bool


@dataclass(frozen=True)
class CheckRow:
    """One control ratio: the rule in line numbers, its values, its kind and its result."""

    rule: str
    values: str
    kind: str
    result: tuple[str, ...]
    fails: bool


@dataclass(frozen=True)
class SignatureRow:
    """One member in the signature block; ``absent`` members sign nothing."""

    role: tuple[str, ...]
    name: str
    absent: bool
    note: tuple[str, ...]
    dissent: bool


@dataclass(frozen=True)
class WarningNote:
    """A failing warning and the commission's explanation (annex)."""

    message: tuple[str, ...]
    numbers: str
    explanation: str


@dataclass(frozen=True)
class OverrideNote:
    """A computed line the commission replaced, with both values and the reason (annex)."""

    line: str
    label: tuple[str, ...]
    computed: str
    value: str
    reason: str


@dataclass(frozen=True)
class DissentNote:
    """A member's dissenting opinion, signed by that member (annex)."""

    name: str
    role: str
    text: str


@dataclass(frozen=True)
class ActText:
    """An observer's act as the annex prints it: heading, sender, text, decision."""

    head: str
    sender: str
    about: str
    decision_label: str
    decision: str


@dataclass(frozen=True)
class Annex:
    """One annex: ``kind`` is warnings, overrides, dissent or acts; numbered as printed."""

    kind: str
    number: int
    title: tuple[str, ...]
    subject: tuple[str, ...]
    warnings: tuple[WarningNote, ...] = ()
    overrides: tuple[OverrideNote, ...] = ()
    dissents: tuple[DissentNote, ...] = ()
    acts: tuple[ActText, ...] = ()


@dataclass(frozen=True)
class Footer:
    """What every page's footer says; ``code`` is ``None`` on a draft (the mark instead)."""

    code: str | None
    rows: tuple[str, ...]
    tail: tuple[str, ...]
    langs: tuple[str, ...]

    def page_of(self, page: int, pages: int) -> str:
        """``Page 1 of 3``, then the copy, print time, TRAINING, audit head."""
        numbers = " · ".join(words("doc_page", self.langs, page=page, pages=pages))
        return "  |  ".join((numbers, *self.tail))


@dataclass(frozen=True)
class ProtocolPage:
    """Everything the printed protocol says, in its languages, frozen."""

    langs: tuple[str, ...]
    title: str  # the PDF's title and subject (the election id)
    subject: str
    training: bool
    training_note: str
    election_title: tuple[str, ...]
    copy: tuple[str, ...]
    repeated: tuple[str, ...]  # the banner of a corrected protocol: title, note, reason label
    correction_reason: str | None
    draft_note: str | None  # the draft banner's note; None once signed
    form_title: tuple[str, ...]
    commission: tuple[str, ...]
    contest_title: tuple[str, ...]
    contest_question: tuple[str, ...]
    facts: Facts
    code: str | None
    line_heads: tuple[tuple[str, ...], ...]
    options_head: tuple[str, ...]
    lines: tuple[LineRow, ...]
    notes: tuple[str, ...]
    checks_title: tuple[str, ...]
    check_heads: tuple[tuple[str, ...], ...]
    checks: tuple[CheckRow, ...]
    signatures_title: tuple[str, ...]
    signature_heads: tuple[tuple[str, ...], ...]
    signatures: tuple[SignatureRow, ...]
    signed_at: str  # the label: date and time of signing
    signed_when: str  # the station time, or blanks to fill in by hand on a draft
    signed_zone: str  # the time zone, once signed
    seal: str
    signers: tuple[str, ...]  # who signs the annexes: the members present
    annexes: tuple[Annex, ...]
    explanation_label: str
    computed_label: tuple[str, ...]
    in_protocol_label: tuple[str, ...]
    reason_label: str
    footer: Footer
    qr_payload: str


# Words the protocol shares with the window or another document (``messages/words.py``).
_SHARED = {"protocol": "word_protocol", "col_no": "word_no", "col_words": "word_in_words",
           "col_name": "doc_list_col_name", "territory": "word_territory",
           "fingerprint": "word_key_fingerprint", "audit_head": "word_audit_head",
           "checks": "word_control_ratios"}
# Shared words a heading capitalizes (the catalog keeps them in lower case).
_CAPITALIZED = {"override_reason": "word_reason"}


class _Words:
    """The catalog's ``doc_protocol_*`` words in the protocol's languages."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        self.langs = langs

    def __call__(self, key: str, **params: object) -> tuple[str, ...]:
        if key in _CAPITALIZED:
            return headings(_CAPITALIZED[key], self.langs)
        return words(_SHARED.get(key, f"doc_protocol_{key}"), self.langs, **params)

    def line(self, key: str, **params: object) -> str:
        return " / ".join(self(key, **params))

    def shared(self, code: str, **params: object) -> tuple[str, ...]:
        return words(code, self.langs, **params)

    def local(self, texts: Mapping[str, str] | None) -> tuple[str, ...]:
        return tuple(in_languages(texts, self.langs))


def protocol_page(data: ProtocolData, lang: str = "kk+ru", copy: int | None = None,
                  printed_at: dt.datetime | None = None) -> ProtocolPage:
    """What the protocol of ``data`` says in ``lang`` (``kk+ru``, ``kk``, ``ru``, ``en``).

    ``copy`` numbers a certified copy; ``printed_at`` (aware, or naive station time)
    adds the time of printing to every page.
    """
    if copy is not None and copy < 1:
        raise ValueError(f"copy number must be 1 or more: {copy}")
    w = _Words(languages(lang))
    annexes = _annex_numbers(data)
    written = rules_in_numbers(data)
    return ProtocolPage(
        langs=w.langs, title=_title(data, w), subject=data.election_id, training=data.training,
        training_note=one_line("doc_not_official", w.langs),
        election_title=w.local(data.election_title),
        copy=w("copy", n=copy) if copy is not None else (),
        repeated=((one_line("word_repeated_protocol", w.langs).upper(),
                   w.line("repeated_note", old=data.version - 1),
                   w.line("reason")) if data.repeated else ()),
        correction_reason=data.correction_reason if data.repeated else None,
        draft_note=None if data.code else w.line("draft_note"),
        form_title=w.local(data.form_title),
        commission=w("commission", number=data.precinct_number),
        contest_title=w.local(data.contest_title),
        contest_question=w.local(data.contest_question),
        facts=_facts(data, w), code=data.code,
        line_heads=tuple(w(k) for k in ("col_no", "col_line", "col_digits", "col_words")),
        options_head=w("options"),
        lines=tuple(_line_row(line, w) for line in data.lines),
        notes=_notes(data, w, annexes),
        checks_title=w("checks"),
        check_heads=tuple(w(k) for k in ("col_rule", "col_values", "col_kind", "col_result")),
        checks=tuple(_check_row(check, written[check.id], w, annexes) for check in data.checks),
        signatures_title=w("signatures"),
        signature_heads=tuple(w(k) for k in ("col_role", "col_name", "col_sign", "col_note")),
        signatures=tuple(_signature_row(data, m, w, annexes) for m in members(data)),
        signed_at=w.line("signed_at"),
        signed_when=_local_time(data, data.signed_at) if data.signed_at else _UNSIGNED_AT,
        signed_zone=data.timezone if data.signed_at else "",
        seal=w.line("seal"),
        signers=tuple(m.name for m in members(data) if m.present or not data.signed),
        annexes=_annexes(data, written, w, annexes),
        explanation_label=w.line("explanation"), computed_label=w("computed"),
        in_protocol_label=w("in_protocol"), reason_label=w.line("override_reason"),
        footer=_footer(data, w, copy, printed_at),
        qr_payload=data.qr_payload(),
    )


def _title(data: ProtocolData, w: _Words) -> str:
    """The PDF's title: protocol, election, precinct, contest, version, code."""
    return (f"{w.line('protocol')} — {data.election_id} · P{data.precinct_number} · "
            f"{data.contest_id} v{data.version}" + (f" · {data.code}" if data.code else ""))


def _local_time(data: ProtocolData, when: dt.datetime) -> str:
    """``06.10.2024 22:40`` on the station's clock (a naive time is station time already)."""
    if when.tzinfo is None:
        return when.strftime(DATE_TIME)
    return clock_text(when, data.timezone, DATE_TIME)


def explained_warnings(data: ProtocolData) -> tuple[CheckResult, ...]:
    """The failing warnings the commission explained: the first annex."""
    return tuple(c for c in data.failing() if c.severity == "warning" and c.explanation)


def _annex_numbers(data: ProtocolData) -> dict[str, int]:
    """Annexes are numbered in the order they are printed; only those with content."""
    out: dict[str, int] = {}
    for kind, present in (("warnings", bool(explained_warnings(data))),
                          ("overrides", bool(data.overrides())),
                          ("dissent", bool(data.dissents())),
                          ("acts", bool(data.observer_acts))):
        if present:
            out[kind] = len(out) + 1
    return out


def _facts(data: ProtocolData, w: _Words) -> Facts:
    return Facts(
        voting_day=Fact(w.shared("word_voting_day"), (data.election_date.strftime("%d.%m.%Y"),)),
        precinct=Fact(w("precinct"), (f"№\u00a0{data.precinct_number}",)),
        address=Fact(w.shared("doc_address"), w.local(data.address) or ("—",)),
        territory=Fact(w("territory"), w.local(data.territory) or ("—",)),
        version=Fact(w("version"), (str(data.version),)),
        code=Fact(w("code"), (data.code or DRAFT_MARK,)),
    )


def _line_row(line: LineValue, w: _Words) -> LineRow:
    label = w.local(line.label) or (line.key,)
    if line.value is None:
        return LineRow(line.number, label, "—", (), line.is_option, True)
    digits = grouped(line.value) + ("*" if line.overridden else "")
    said = tuple(dict.fromkeys(number_words(line.value, lang) for lang in w.langs))
    return LineRow(line.number, label, digits, said, line.is_option, False)


def _notes(data: ProtocolData, w: _Words, annexes: dict[str, int]) -> tuple[str, ...]:
    """The notes under the lines: the overridden values' annex, what a dash means."""
    notes: list[str] = []
    if data.overrides():
        notes.append(w.line("override_note", n=annexes["overrides"]))
    if data.empty_lines():
        notes.append(w.line("empty_note"))
    return tuple(notes)


# -- the control ratios -------------------------------------------------------------------

def rules_in_numbers(data: ProtocolData) -> dict[str, tuple[str, str]]:
    """Check id -> the rule in line numbers (``2 = 3 + 4 + 5 + 11 – 12``) and its
    comparison sign, as the core writes it (``rules.check_lines``), in the paper's
    typography: the shipped font has no − ≥ ≤."""
    numbers = {line.key: line.number for line in data.lines}
    options = [line.number for line in data.lines if line.is_option]
    return {check.id: (rules.written(check.parsed, numbers, options, minus="–", signs=_OPS),
                       _OPS[check.parsed.op])
            for check in rules.check_lines(data.checks, data.lines, data.values())}


def _check_row(check: CheckResult, written: tuple[str, str], w: _Words,
               annexes: dict[str, int]) -> CheckRow:
    rule, op = written
    if check.left is not None and check.right is not None:
        values = f"{grouped(check.left)} {op} {grouped(check.right)}"
    else:
        values = "—"
    if check.holds is None:
        result = [w.line("unknown")]
    elif check.holds:
        result = [w.line("holds")]
    else:
        result = [w.line("fails")]
        if check.difference is not None:
            result.append(f"({w.line('difference')} {grouped(check.difference)})")
        if check.severity == "warning" and check.explanation:
            result.append(w.line("explained", n=annexes["warnings"]))
    kind = check.severity if check.severity in ("error", "warning") else "error"
    return CheckRow(rule, values, one_line(f"severity_{kind}", w.langs), tuple(result),
                    check.holds is False)


# -- the signatures -----------------------------------------------------------------------

def members(data: ProtocolData) -> list[MemberEntry]:
    """Chair, deputy, secretary, then the members, each group in the commission's order."""
    rank = {role: i for i, role in enumerate(ROLE_ORDER)}
    return sorted(data.commission, key=lambda m: rank.get(m.role, len(rank)))


def _role(member: MemberEntry) -> str:
    return "role_" + (member.role if member.role in ROLE_ORDER else "member")


def _signature_row(data: ProtocolData, member: MemberEntry, w: _Words,
                   annexes: dict[str, int]) -> SignatureRow:
    absent = data.signed and not member.present  # only a signed protocol knows who was there
    note: tuple[str, ...] = ()
    if absent:
        note = (w.line("absent"),)
    elif member.dissent:  # beside the name, with the annex that holds the text
        n = annexes.get("dissent", 0)
        note = tuple(f"{messages.text('word_dissenting_opinion', lang)} "
                     f"({messages.text('doc_protocol_annex_ref', lang, n=n)})"
                     for lang in w.langs)
    return SignatureRow(w(_role(member)), member.name, absent, note, bool(member.dissent))


# -- the annexes --------------------------------------------------------------------------

def _annexes(data: ProtocolData, written: dict[str, tuple[str, str]], w: _Words,
             numbers: dict[str, int]) -> tuple[Annex, ...]:
    return tuple(Annex(kind, number, w("annex", n=number), w(f"annex_{kind}"),
                       warnings=tuple(_warning_note(c, written[c.id], w)
                                      for c in explained_warnings(data))
                       if kind == "warnings" else (),
                       overrides=tuple(_override_note(line, w) for line in data.overrides())
                       if kind == "overrides" else (),
                       dissents=tuple(DissentNote(m.name, w.line(_role(m)), m.dissent or "")
                                      for m in data.dissents()) if kind == "dissent" else (),
                       acts=tuple(_act_text(data, a, w) for a in data.observer_acts)
                       if kind == "acts" else ())
                 for kind, number in numbers.items())


def _act_text(data: ProtocolData, act: ActNote, w: _Words) -> ActText:
    """An observer's act: number, time received, who (as they gave it), text, decision."""
    sender = ", ".join(x for x in (act.from_name, act.organisation) if x)
    decision = act.decision or " / ".join(w.shared("journal_pending"))
    head = w.line("act_head", entry=act.entry, at=_local_time(data, act.received_at))
    label = " / ".join(headings("column_journal_decision", w.langs))
    return ActText(head, sender, act.about, label, decision)


def _warning_note(check: CheckResult, written: tuple[str, str], w: _Words) -> WarningNote:
    rule, op = written
    numbers = (f"{rule}: {grouped(check.left or 0)} {op} {grouped(check.right or 0)}; "
               f"{w.line('difference')} {grouped(check.difference or 0)}")
    return WarningNote(w.local(check.message), numbers, check.explanation or "")


def _override_note(line: LineValue, w: _Words) -> OverrideNote:
    return OverrideNote(
        w.line("line", n=line.number), w.local(line.label),
        "—" if line.computed is None else grouped(line.computed),
        "—" if line.value is None else grouped(line.value), line.override_reason or "")


# -- the footer ---------------------------------------------------------------------------

def _footer(data: ProtocolData, w: _Words, copy: int | None,
            printed_at: dt.datetime | None) -> Footer:
    rows = (
        f"{w.line('fingerprint')}: {data.key_fingerprint or '—'}",
        f"{one_line('doc_election_id', w.langs)}: {data.election_id}",
        f"{w.line('precinct')} №\u00a0{data.precinct_number} · {data.contest_id} · "
        f"{w.line('version')} {data.version}",
    )
    tail: list[str] = []
    if copy is not None:
        tail.append(w.line("copy", n=copy))
    if printed_at is not None:
        tail.append(f"{w.line('printed')}: {_local_time(data, printed_at)}")
    if data.training:
        tail.append(mark("doc_training"))
    if data.audit_head:  # observers write it down: the log's head when this was printed
        tail.append(f"{w.line('audit_head')}: {data.audit_head}")
    code = f"{w.line('code')}: {data.code}" if data.code else None
    return Footer(code, rows, tuple(tail), w.langs)
