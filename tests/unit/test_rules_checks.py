"""The control ratios evaluated and written out once, in the core, for the screen and the paper."""

from __future__ import annotations

import pytest

from precinct_app.db import Database
from precinct_app.messages import text
from precinct_app.services import counting, forms, protocol, rules
from precinct_app.services.clock import Clock
from tests.unit.test_counting import day, walk_to

OPTIONS = [("yes", {"en": "Yes"}), ("no", {"en": "No"})]
# The consistent referendum example of docs/domain.md §10.
CONSISTENT = {"voters_on_list": 2214, "ballots_received": 2237, "issued_in_premises": 31,
              "issued_outside": 0, "cancelled": 2206, "in_portable_boxes": 0,
              "in_stationary_boxes": 31, "invalid": 1, "valid": 30, "valid_not_counted": 1,
              "lost": 0, "not_accounted": 0, "yes": 18, "no": 11}
NNBSP = "\u202f"


def _checks(form_id: str, values: dict[str, int | None]) -> dict[str, rules.Check]:
    form = forms.load_builtin_form(form_id)
    lines = forms.expand_lines(form, OPTIONS)
    return {c.id: c for c in rules.check_lines(form.checks, lines, values)}


def test_each_rule_is_written_as_the_paper_form_writes_it() -> None:
    checks = _checks("kz-referendum", CONSISTENT)
    assert {k: c.numbered for k, c in checks.items()} == {
        "voters_cover_issued": "1 ≥ 3 + 4",
        "ballots_balance": "2 = 3 + 4 + 5 + 11 − 12",
        "boxes_balance": "6 + 7 = 8 + 9",
        "valid_balance": "9 = 10 + 13 + 14",
        "portable_within_outside": "6 ≤ 4",
        "boxes_within_issued": "6 + 7 ≤ 3 + 4",
    }
    assert checks["ballots_balance"].with_values == (
        f"2{NNBSP}237 = 31 + 0 + 2{NNBSP}206 + 0 − 0")
    assert all(c.state == rules.HOLDS for c in checks.values())
    assert rules.tally(checks.values()) == rules.Tally(holding=6, failing=0, waiting=0)


def test_while_lines_are_typed_a_check_waits_and_names_the_empty_lines() -> None:
    checks = _checks("kz-referendum", {**CONSISTENT, "invalid": None, "valid": None})
    boxes = checks["boxes_balance"]
    assert boxes.state == rules.INCOMPLETE and boxes.holds is None
    assert boxes.missing_numbers == ("8", "9")
    assert boxes.with_values == "0 + 31 = … + …"
    code, params = boxes.numbers_message()
    # The words the window showed before they moved to the catalog (resources/i18n).
    assert text(code, "en", **params) == "6 + 7 = 8 + 9 — wait for lines: 8, 9"
    assert text(code, "ru", **params) == "6 + 7 = 8 + 9 — ждёт строк: 8, 9"
    assert text(code, "kk", **params) == "6 + 7 = 8 + 9 — мына жолдар күтілуде: 8, 9"
    assert [text(boxes.state_code, lang) for lang in ("kk", "ru", "en")] == [
        "жолдар толық емес", "не все строки", "incomplete"]
    assert rules.tally(checks.values()) == rules.Tally(holding=4, failing=0, waiting=2)


def test_a_failing_check_says_its_sums_and_difference_in_each_language() -> None:
    checks = _checks("kz-referendum", {**CONSISTENT, "in_stationary_boxes": 33})
    boxes = checks["boxes_balance"]
    assert boxes.state == rules.FAILS and boxes.severity == rules.ERROR
    assert boxes.keys == {"in_portable_boxes", "in_stationary_boxes", "invalid", "valid"}
    assert checks["valid_balance"].keys == {"valid", "valid_not_counted", "yes", "no"}
    code, params = boxes.numbers_message()
    assert text(code, "en", **params) == "6 + 7 = 8 + 9: 33 against 31, difference +2"
    assert text(code, "ru", **params) == "6 + 7 = 8 + 9: 33 против 31, разница +2"
    assert text(code, "kk", **params) == "6 + 7 = 8 + 9: 33 / 31, айырма +2"
    assert [text(boxes.state_code, lang) for lang in ("kk", "ru", "en")] == [
        "орындалмайды", "не выполняется", "fails"]
    assert text(boxes.severity_code, "ru") == "ошибка"
    within = checks["boxes_within_issued"]
    assert within.state == rules.FAILS and within.severity == rules.WARNING
    assert within.outcome.difference == 2
    assert rules.signed_number(-3) == "−3" and rules.signed_number(0) == "0"


def test_literals_a_leading_minus_and_options_without_options() -> None:
    rule = rules.parse_rule("-a + 3 >= b - options", {"a", "b"})
    assert rules.written(rule, {"a": "1", "b": "2"}, []) == "−1 + 3 ≥ 2 − 0"
    # A document may keep its own typography (the printed protocol's).
    assert rules.written(rule, {"a": "1", "b": "2"}, ["13", "14"], minus="–",
                         signs={">=": ">="}) == "–1 + 3 >= 2 – 13 + 14"


def test_a_rule_naming_a_line_the_form_does_not_have_is_refused() -> None:
    form = forms.load_builtin_form("kz-referendum")
    lines = forms.expand_lines(form, OPTIONS)
    bad = forms.Check("x", "valid == nothing", "error", {"en": "x"})
    with pytest.raises(rules.RuleError) as info:
        rules.check_lines([bad], lines, {})
    assert info.value.code == "rule_unknown_key"


def test_the_protocol_service_and_the_live_checks_agree(db: Database, clock: Clock) -> None:
    """What the protocol stores (and the PDF prints) is what the window shows as typed."""
    day(db, clock)
    walk_to(db, clock, counting.CANCEL)
    with db.transaction() as s:
        protocol.set_values(s, clock, "c1", "npp", {
            "in_portable_boxes": 0, "in_stationary_boxes": 4, "invalid": 1, "valid": 2})
        data = protocol.build(s, clock, "npp")
    live = rules.check_lines(data.checks, data.lines, data.values())
    assert [(c.id, c.holds, c.outcome.left, c.outcome.right, c.outcome.missing)
            for c in live] == [(c.id, c.holds, c.left, c.right, c.missing) for c in data.checks]
    boxes = next(c for c in live if c.id == "boxes_balance")
    assert boxes.state == rules.FAILS
    # The stored check fails too, so the chair may explain a failing warning now.
    assert "boxes_within_issued" in protocol.explainable(data, live)
    assert "boxes_balance" not in protocol.explainable(data, live)  # an error is not explained
    # Put right on the screen but not saved: the stored one still fails, the live one holds.
    typed = {**data.values(), "in_stationary_boxes": 3}
    fixed = rules.check_lines(data.checks, data.lines, typed)
    assert "boxes_within_issued" not in protocol.explainable(data, fixed)


def test_a_rule_that_is_no_text_is_refused_not_crashed_on() -> None:
    form = forms.load_builtin_form("kz-referendum")
    lines = forms.expand_lines(form, OPTIONS)
    hostile = forms.Check("x", ["valid"], "error", {})  # type: ignore[arg-type]
    with pytest.raises(rules.RuleError) as info:
        rules.check_lines([hostile], lines, {})
    assert info.value.code == "rule_empty"
