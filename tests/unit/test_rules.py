"""Check rules are parsed by hand and never executed."""

from __future__ import annotations

import builtins

import pytest

from precinct_app.services.rules import RuleError, evaluate, parse_rule

KEYS = {"a", "b", "c", "valid", "valid_not_counted"}


@pytest.mark.parametrize(
    "text",
    ["a == b", "a >= b + c", "a<=b-c+10", "-a + 3 == b", "valid == valid_not_counted + options"],
)
def test_valid_rules_parse(text: str) -> None:
    rule = parse_rule(text, KEYS)
    assert rule.op in ("==", ">=", "<=")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "rule_empty"),
        ("a + b", "rule_no_comparison"),
        ("a == b == c", "rule_two_comparisons"),
        ("a * b == c", "rule_bad_token"),
        ("a / b == c", "rule_bad_token"),
        ("(a) == b", "rule_bad_token"),
        ("a == zz", "rule_unknown_key"),
        ("a == b +", "rule_missing_operand"),
        ("a b == c", "rule_missing_operator"),
        ("a == ١", "rule_bad_token"),  # Arabic-Indic digit
        ("a.real == b", "rule_bad_token"),
        ("a" * 600 + " == b", "rule_too_long"),
        ("a + " * 2500 + "0 == b", "rule_too_long"),  # 10,000 characters
        ("a == \uff11", "rule_bad_token"),  # fullwidth digit one
        ("a == b\u00b2", "rule_bad_token"),  # superscript two
        ("a == қ", "rule_bad_token"),  # a key must be ASCII
        ("a == b ** 2", "rule_bad_token"),
        ("a == abs(b)", "rule_bad_token"),
        ("a = b", "rule_bad_token"),
        ("a != b", "rule_bad_token"),
        ("a < b", "rule_bad_token"),
        ("== b", "rule_missing_operand"),
        ("a ==", "rule_missing_operand"),
        ("a == b ++ c", "rule_missing_operand"),
        ("a == 1_000", "rule_missing_operator"),
    ],
)
def test_invalid_rules_are_rejected_with_a_code(text: str, code: str) -> None:
    with pytest.raises(RuleError) as info:
        parse_rule(text, KEYS)
    assert info.value.code == code


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('touch /tmp/pwned') == 0",
        "a if b else c == 1",
        "lambda: 1 == 1",
        "[x for x in ()] == a",
        "open('/etc/passwd') == a",
        "a == b; import os",
        "a == b\nimport os",
        "a ==\x00 b",
    ],
)
def test_hostile_rules_are_rejected_and_never_executed(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the rule parser must not execute code")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    monkeypatch.setattr(builtins, "compile", forbidden)
    with pytest.raises(RuleError):
        parse_rule(text, KEYS)


def test_error_names_the_position() -> None:
    with pytest.raises(RuleError) as info:
        parse_rule("a == b * c", KEYS)
    assert info.value.params["position"] == 8
    assert info.value.params["token"] == "*"


def test_evaluate_with_options_and_literals() -> None:
    rule = parse_rule("valid == valid_not_counted + options", KEYS)
    values = {"valid": 30, "valid_not_counted": 1, "yes": 18, "no": 11}
    outcome = evaluate(rule, values, ["yes", "no"])
    assert (outcome.holds, outcome.left, outcome.right, outcome.difference) == (True, 30, 30, 0)
    values["no"] = 10
    outcome = evaluate(rule, values, ["yes", "no"])
    assert (outcome.holds, outcome.difference) == (False, 1)


def test_evaluate_reports_empty_lines() -> None:
    rule = parse_rule("a >= b + c", KEYS)
    outcome = evaluate(rule, {"a": 5, "b": None, "c": 1})
    assert outcome.holds is None and outcome.missing == ("b",)
