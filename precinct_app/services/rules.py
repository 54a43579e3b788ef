"""Control-ratio rules of protocol forms: parsed by hand, never evaluated as Python.

Grammar (docs/formats.md §1.1)::

    rule   := sum CMP sum            CMP is one of ==  >=  <=
    sum    := ['-'] term (('+' | '-') term)*
    term   := KEY | INTEGER | 'options'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from precinct_app.services.errors import DomainError

MAX_RULE_LENGTH = 500
OPTIONS = "options"
COMPARISONS = ("==", ">=", "<=")
KEY_PATTERN = re.compile(r"[a-z_][a-z0-9_]*\Z")
# ASCII only: \d would also accept other scripts' digits.
_TOKEN = re.compile(r"\s*(?:(?P<int>[0-9]+)|(?P<key>[a-z_][a-z0-9_]*)|(?P<op>==|>=|<=|[+-]))")


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
