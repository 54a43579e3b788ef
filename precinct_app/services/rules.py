"""Control-ratio rules of protocol forms: parsed by hand, never evaluated as Python.

Grammar (docs/formats.md §1.1)::

    rule   := sum CMP sum            CMP is one of ==  >=  <=
    sum    := ['-'] term (('+' | '-') term)*
    term   := KEY | INTEGER | 'options'

:func:`check_lines` is the one place a protocol's checks are evaluated and written out:
the protocol service, the window's live checks (as the values are typed) and the printed
protocol all take its :class:`Check` results, so the three never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from precinct_app.services.errors import DomainError
from precinct_app.services.localize import grouped

MAX_RULE_LENGTH = 500
OPTIONS = "options"
COMPARISONS = ("==", ">=", "<=")
KEY_PATTERN = re.compile(r"[a-z_][a-z0-9_]*\Z")
# ASCII only: \d would also accept other scripts' digits.
_TOKEN = re.compile(r"\s*(?:(?P<int>[0-9]+)|(?P<key>[a-z_][a-z0-9_]*)|(?P<op>==|>=|<=|[+-]))")
# A check's state while the commission types the values in.
HOLDS, FAILS, INCOMPLETE = "holds", "fails", "incomplete"
ERROR, WARNING = "error", "warning"
# How the paper form writes a rule: a true minus sign, = ≥ ≤.
MINUS = "\u2212"
SIGNS = {"==": "=", ">=": "≥", "<=": "≤"}
# An empty line in a rule written with its values: not zero, still to be typed.
EMPTY = "…"


class RuleError(DomainError):
    """A rule that does not parse; ``params`` carry the rule and the position."""


@dataclass(frozen=True)
class Term:
    """One signed operand: a line key, ``options``, or an integer literal."""

    sign: int  # +1 or -1
    key: str | None = None
    literal: int | None = None


@dataclass(frozen=True)
class Rule:
    """A parsed rule: ``left op right``."""

    left: tuple[Term, ...]
    op: str
    right: tuple[Term, ...]
    text: str

    def keys(self) -> set[str]:
        """Every line key the rule names (``options`` included when used)."""
        return {t.key for t in (*self.left, *self.right) if t.key is not None}


@dataclass(frozen=True)
class CheckOutcome:
    """Result of evaluating a rule against line values.

    ``holds`` is ``None`` when a line it needs is empty (``missing`` names them).
    """

    holds: bool | None
    left: int | None
    right: int | None
    difference: int | None
    missing: tuple[str, ...] = ()


def _tokens(text: str) -> list[tuple[str, str, int]]:
    tokens: list[tuple[str, str, int]] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            rest = text[pos:]
            at = pos + len(rest) - len(rest.lstrip())
            raise RuleError("rule_bad_token", rule=text, position=at + 1, token=text[at])
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind), match.start(kind) + 1))
        pos = match.end()
    return tokens


def _parse_sum(
    tokens: list[tuple[str, str, int]], text: str, known: set[str] | None
) -> tuple[Term, ...]:
    terms: list[Term] = []
    sign = 1
    expect_term = True
    for i, (kind, value, pos) in enumerate(tokens):
        if expect_term:
            if kind == "op" and value == "-" and i == 0:
                sign = -1
                continue
            if kind == "int":
                terms.append(Term(sign, literal=int(value)))
            elif kind == "key":
                if known is not None and value != OPTIONS and value not in known:
                    raise RuleError("rule_unknown_key", rule=text, position=pos, key=value)
                terms.append(Term(sign, key=value))
            else:
                raise RuleError("rule_missing_operand", rule=text, position=pos)
            expect_term = False
        else:
            if kind != "op" or value not in "+-":
                raise RuleError("rule_missing_operator", rule=text, position=pos)
            sign = 1 if value == "+" else -1
            expect_term = True
    if expect_term:
        raise RuleError("rule_missing_operand", rule=text, position=len(text) + 1)
    return tuple(terms)


def parse_rule(text: str, known_keys: Iterable[str] | None = None) -> Rule:
    """Parse ``text``; with ``known_keys`` every key must be one of them (or ``options``)."""
    if not isinstance(text, str) or not text.strip():
        raise RuleError("rule_empty", rule=str(text))
    if len(text) > MAX_RULE_LENGTH:
        raise RuleError("rule_too_long", rule=text[:40] + "…", limit=MAX_RULE_LENGTH)
    known = set(known_keys) if known_keys is not None else None
    tokens = _tokens(text)
    comparisons = [i for i, t in enumerate(tokens) if t[0] == "op" and t[1] in COMPARISONS]
    if not comparisons:
        raise RuleError("rule_no_comparison", rule=text)
    if len(comparisons) > 1:
        raise RuleError("rule_two_comparisons", rule=text, position=tokens[comparisons[1]][2])
    at = comparisons[0]
    left = _parse_sum(tokens[:at], text, known)
    right = _parse_sum(tokens[at + 1 :], text, known)
    return Rule(left=left, op=tokens[at][1], right=right, text=text)


def _sum(
    terms: tuple[Term, ...], values: Mapping[str, int | None], option_keys: Iterable[str]
) -> tuple[int | None, list[str]]:
    total = 0
    missing: list[str] = []
    for term in terms:
        if term.literal is not None:
            total += term.sign * term.literal
            continue
        keys = list(option_keys) if term.key == OPTIONS else [term.key or ""]
        for key in keys:
            value = values.get(key)
            if value is None:
                missing.append(key)
            else:
                total += term.sign * value
    return (None if missing else total), missing


def evaluate(
    rule: Rule, values: Mapping[str, int | None], option_keys: Iterable[str] = ()
) -> CheckOutcome:
    """Evaluate ``rule`` over line values (``None`` = an empty line)."""
    options = tuple(option_keys)
    left, missing_left = _sum(rule.left, values, options)
    right, missing_right = _sum(rule.right, values, options)
    if left is None or right is None:
        missing = tuple(dict.fromkeys(missing_left + missing_right))
        return CheckOutcome(None, left, right, None, missing)
    holds = {"==": left == right, ">=": left >= right, "<=": left <= right}[rule.op]
    return CheckOutcome(holds, left, right, left - right)


class CheckDef(Protocol):
    """What a check of a form says: ``ProtocolData``'s ``CheckResult``, ``forms.Check``."""

    @property
    def id(self) -> str: ...
    @property
    def rule(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def message(self) -> Mapping[str, str]: ...


class NumberedLine(Protocol):
    """A protocol line as a rule sees it: ``LineValue`` and ``forms.FormLine`` both are."""

    @property
    def key(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def is_option(self) -> bool: ...


@dataclass(frozen=True)
class Check:
    """One control ratio evaluated over the values as they stand.

    ``numbered`` is the rule as the paper form writes it (``2 = 3 + 4 + 5 + 11 − 12``);
    ``with_values`` the same with the values (``2 237 = 31 + 0 + 2 206 + 0 − 0``, an
    empty line as ``…``). ``keys``: every line it involves, ``options`` expanded.
    Words come from the catalog: :attr:`state_code`, :attr:`severity_code`,
    :meth:`numbers_message`; ``message`` is the form's own {kk, ru, en} text.
    """

    id: str
    rule: str
    severity: str
    message: Mapping[str, str]
    parsed: Rule
    outcome: CheckOutcome
    keys: frozenset[str]
    numbered: str
    with_values: str
    missing_numbers: tuple[str, ...]

    @property
    def state(self) -> str:
        """:data:`HOLDS`, :data:`FAILS` or :data:`INCOMPLETE` (a line it needs is empty)."""
        return {True: HOLDS, False: FAILS, None: INCOMPLETE}[self.outcome.holds]

    @property
    def holds(self) -> bool | None:
        """True, False, or None while a line it needs is empty."""
        return self.outcome.holds

    @property
    def state_code(self) -> str:
        """The catalog code of the state's word: ``check_state_holds`` ... (messages.rules)."""
        return f"check_state_{self.state}"

    @property
    def severity_code(self) -> str:
        """The catalog code of the severity's word: ``severity_error`` or ``severity_warning``."""
        return f"severity_{self.severity}"

    def numbers_message(self) -> tuple[str, dict[str, str]]:
        """The catalog code and data of the rule with its numbers, for ``messages.text``.

        ``check_numbers`` (the sums and their difference) once every line is filled,
        else ``check_waits`` (the numbers of the empty lines).
        """
        if self.outcome.holds is None:
            return "check_waits", {"rule": self.numbered,
                                   "lines": ", ".join(self.missing_numbers)}
        return "check_numbers", {
            "rule": self.numbered, "left": str(self.outcome.left),
            "right": str(self.outcome.right),
            "difference": signed_number(self.outcome.difference or 0)}


@dataclass(frozen=True)
class Tally:
    """How many checks hold, fail and wait for lines."""

    holding: int
    failing: int
    waiting: int

    @property
    def total(self) -> int:
        """Every check."""
        return self.holding + self.failing + self.waiting


@lru_cache(maxsize=512)
def _cached(text: str, known: frozenset[str]) -> Rule:
    return parse_rule(text, known)


def _parsed(text: str, known: frozenset[str]) -> Rule:
    # The window evaluates every check on each keystroke: parse each rule once. A rule
    # that is no text (a hostile form) is refused by the parser, never hashed.
    return _cached(text, known) if isinstance(text, str) else parse_rule(text, known)


def signed_number(value: int) -> str:
    """A difference with its sign: +3, −2, 0 (a true minus sign)."""
    return f"+{value}" if value > 0 else f"{MINUS}{-value}" if value < 0 else "0"


def written(rule: Rule, names: Mapping[str, str], options: Sequence[str], *,
            minus: str = MINUS, signs: Mapping[str, str] = SIGNS) -> str:
    """``rule`` with each key written as ``names`` gives it (the line's number or value).

    ``options`` are the names of the option lines (``options`` is their sum; "0" when
    the form has none); a literal stays as it is. ``minus`` and ``signs`` (comparison ->
    its sign) let a document keep its own typography.
    """
    def side(terms: tuple[Term, ...]) -> str:
        out = ""
        for i, term in enumerate(terms):
            if term.literal is not None:
                word = str(term.literal)
            elif term.key == OPTIONS:
                word = " + ".join(options) if options else "0"
            else:
                word = names.get(term.key or "", term.key or "")
            if i == 0:
                out = (minus if term.sign < 0 else "") + word
            else:
                out += f" {minus} " if term.sign < 0 else " + "
                out += word
        return out
    return f"{side(rule.left)} {signs.get(rule.op, rule.op)} {side(rule.right)}"


def check_lines(checks: Iterable[CheckDef], lines: Sequence[NumberedLine],
                values: Mapping[str, int | None]) -> tuple[Check, ...]:
    """Every check evaluated over ``values`` (line key -> value, ``None`` = empty).

    ``lines``: the contest's numbered lines in order (option lines marked); a rule naming
    a key that is not one of them raises :class:`RuleError`.
    """
    known = frozenset(line.key for line in lines if not line.is_option)
    option_keys = [line.key for line in lines if line.is_option]
    numbers = {line.key: line.number for line in lines}
    option_numbers = [numbers[k] for k in option_keys]
    shown = {key: EMPTY if values.get(key) is None else grouped(values[key] or 0)
             for key in numbers}
    out: list[Check] = []
    for check in checks:
        rule = _parsed(check.rule, known)
        keys = rule.keys()
        if OPTIONS in keys:
            keys = (keys - {OPTIONS}) | set(option_keys)
        outcome = evaluate(rule, values, option_keys)
        out.append(Check(
            check.id, check.rule, check.severity, check.message, rule, outcome, frozenset(keys),
            written(rule, numbers, option_numbers),
            written(rule, shown, [shown[k] for k in option_keys]),
            tuple(numbers.get(k, k) for k in outcome.missing)))
    return tuple(out)


def tally(checks: Iterable[Check]) -> Tally:
    """How many of ``checks`` hold, fail and wait for lines."""
    states = [c.state for c in checks]
    return Tally(states.count(HOLDS), states.count(FAILS), states.count(INCOMPLETE))
