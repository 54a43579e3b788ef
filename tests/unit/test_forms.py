"""Built-in protocol forms: valid, and their checks agree with docs/domain.md §10."""

from __future__ import annotations

import copy

import pytest

from precinct_app.services.forms import (
    builtin_form,
    builtin_form_ids,
    expand_lines,
    load_builtin_form,
    validate_form,
)
from precinct_app.services.rules import evaluate, parse_rule

KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")

RU_EXAMPLE = {
    "voters_on_list": 1500, "ballots_received": 1200, "issued_early": 0,
    "issued_in_premises": 700, "issued_outside": 20, "cancelled": 480, "in_portable_boxes": 20,
    "in_stationary_boxes": 700, "invalid": 10, "valid": 710, "lost": 0, "not_accounted": 0,
    "o1": 400, "o2": 250, "o3": 60,
}
KZ_REF_EXAMPLE = {
    "voters_on_list": 2214, "ballots_received": 2237, "issued_in_premises": 31,
    "issued_outside": 0, "cancelled": 2206, "in_portable_boxes": 0, "in_stationary_boxes": 31,
    "invalid": 1, "valid": 30, "valid_not_counted": 1, "lost": 0, "not_accounted": 0,
    "yes": 18, "no": 11,
}
KZ_ELECTION_EXAMPLE = {k: v for k, v in KZ_REF_EXAMPLE.items() if k != "valid_not_counted"}
KZ_ELECTION_EXAMPLE |= {"yes": 19, "no": 11}
EXAMPLES = {
    "ru-federal": (RU_EXAMPLE, ["o1", "o2", "o3"]),
    "kz-referendum": (KZ_REF_EXAMPLE, ["yes", "no"]),
    "kz-election": (KZ_ELECTION_EXAMPLE, ["yes", "no"]),
}


def _failing(form_id: str, values: dict[str, int], options: list[str]) -> set[str]:
    form = builtin_form(form_id)
    keys = [line["key"] for line in form["lines"] if "key" in line]
    return {
        check["id"]
        for check in form["checks"]
        if evaluate(parse_rule(check["rule"], keys), values, options).holds is False
    }


def test_three_builtin_forms_ship() -> None:
    assert builtin_form_ids() == ("kz-election", "kz-referendum", "ru-federal")


@pytest.mark.parametrize("form_id", ["kz-election", "kz-referendum", "ru-federal"])
def test_builtin_form_is_valid(form_id: str) -> None:
    assert validate_form(builtin_form(form_id), form_id, ["yes", "no"]) == []


@pytest.mark.parametrize("form_id", sorted(EXAMPLES))
def test_consistent_example_passes_every_check(form_id: str) -> None:
    values, options = EXAMPLES[form_id]
    assert _failing(form_id, values, options) == set()


@pytest.mark.parametrize(
    ("form_id", "line", "delta", "expected"),
    [
        ("ru-federal", "voters_on_list", -800, {"voters_cover_issued"}),
        ("ru-federal", "cancelled", 1, {"ballots_balance"}),
        ("ru-federal", "invalid", 1, {"boxes_balance"}),
        ("ru-federal", "o1", 1, {"valid_balance"}),
        ("kz-referendum", "voters_on_list", -2200, {"voters_cover_issued"}),
        ("kz-referendum", "lost", 1, {"ballots_balance"}),
        ("kz-referendum", "in_stationary_boxes", 1,
         {"boxes_balance", "boxes_within_issued"}),
        ("kz-referendum", "yes", -1, {"valid_balance"}),
        ("kz-election", "no", 1, {"valid_balance"}),
    ],
)
def test_breaking_one_line_fails_the_checks_that_use_it(
    form_id: str, line: str, delta: int, expected: set[str]
) -> None:
    values, options = EXAMPLES[form_id]
    broken = dict(values)
    broken[line] += delta
    assert _failing(form_id, broken, options) == expected


def test_portable_box_warning() -> None:
    values = dict(KZ_REF_EXAMPLE, in_portable_boxes=1, in_stationary_boxes=30)
    assert _failing("kz-referendum", values, ["yes", "no"]) == {"portable_within_outside"}


def test_option_lines_are_numbered_after_fixed_lines() -> None:
    lines = expand_lines(load_builtin_form("kz-referendum"), [("yes", {"ru": "Да"}), ("no", {})])
    assert [(ln.number, ln.key) for ln in lines[-3:]] == [
        ("12", "not_accounted"), ("13", "yes"), ("14", "no"),
    ]
    assert lines[-1].is_option and lines[0].source == "voters_on_list"


def test_form_validation_reports_every_problem_with_paths() -> None:
    form = copy.deepcopy(builtin_form("kz-referendum"))
    form["lines"][0]["key"] = "Bad Key"
    form["lines"][1]["source"] = "magic"
    form["checks"][0]["rule"] = "__import__('os') == 1"
    form["checks"][1]["severity"] = "fatal"
    problems = {(p.path, p.code) for p in validate_form(form, "protocol_forms.x", ["no", "lost"])}
    assert ("protocol_forms.x.lines[0].key", "bad_key") in problems
    assert ("protocol_forms.x.lines[1].source", "bad_source") in problems
    assert ("protocol_forms.x.checks[0].rule", "rule_bad_token") in problems
    assert ("protocol_forms.x.checks[1].severity", "bad_severity") in problems
    assert ("protocol_forms.x", "option_clashes_with_line") in problems



def _issued(values: dict[str, int]) -> int:
    return sum(values.get(k, 0) for k in ("issued_early", "issued_in_premises", "issued_outside"))


def _break(check_id: str, values: dict[str, int], options: list[str]) -> dict[str, int]:
    """The example changed so that (only) ``check_id`` should fail."""
    v = dict(values)
    if check_id == "voters_cover_issued":
        v["voters_on_list"] = _issued(v) - 1
    elif check_id == "ballots_balance":
        v["ballots_received"] += 1
    elif check_id == "boxes_balance":
        v["invalid"] += 1
    elif check_id == "valid_balance":
        v[options[0]] += 1
    elif check_id == "portable_within_outside":
        # Move ballots from the stationary box to the portable ones: totals still agree.
        moved = v["issued_outside"] - v["in_portable_boxes"] + 1
        v["in_portable_boxes"] += moved
        v["in_stationary_boxes"] -= moved
    elif check_id == "boxes_within_issued":
        # One ballot more in the box than issued, counted as valid for the first option.
        v["in_stationary_boxes"] += 1
        v["valid"] += 1
        v[options[0]] += 1
    else:
        raise AssertionError(f"no way to break {check_id}")
    return v


CASES = [
    (form_id, check["id"])
    for form_id in builtin_form_ids()
    for check in builtin_form(form_id)["checks"]
]


@pytest.mark.parametrize(("form_id", "check_id"), CASES)
def test_breaking_a_check_fails_exactly_it(form_id: str, check_id: str) -> None:
    values, options = EXAMPLES[form_id]
    assert _failing(form_id, _break(check_id, values, options), options) == {check_id}


@pytest.mark.parametrize("form_id", builtin_form_ids())
def test_errors_and_warnings_from_domain_md(form_id: str) -> None:
    severities = {c["id"]: c["severity"] for c in builtin_form(form_id)["checks"]}
    assert severities == {
        "voters_cover_issued": "error",
        "ballots_balance": "error",
        "boxes_balance": "error",
        "valid_balance": "error",
        "portable_within_outside": "warning",
        "boxes_within_issued": "warning",
    }


@pytest.mark.parametrize("form_id", builtin_form_ids())
def test_labels_and_messages_in_kazakh_russian_english(form_id: str) -> None:
    form = builtin_form(form_id)
    texts = [line["label"] for line in form["lines"] if "label" in line]
    texts += [check["message"] for check in form["checks"]] + [form["title"]]
    for text in texts:
        assert all(text.get(lang, "").strip() for lang in ("kk", "ru", "en")), text
    assert KAZAKH_LETTERS & set("".join(t["kk"] for t in texts))
    assert not KAZAKH_LETTERS & set("".join(t["ru"] for t in texts))
