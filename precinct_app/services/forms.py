"""Protocol forms: the built-in ones shipped in ``resources/forms`` and validation of any form."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from precinct_app.resources import resource_root
from precinct_app.services import bounds, rules
from precinct_app.services.errors import DomainError

COMPUTED_SOURCES = ("voters_on_list", "ballots_received", "issued_in_premises", "issued_outside")
SOURCES = ("entered", *COMPUTED_SOURCES)
SEVERITIES = ("error", "warning")
# A protocol has a few dozen lines; past this a form is a slip (and 5,000 digits a crash).
MAX_LINE_NUMBER = 9999


@dataclass(frozen=True)
class Problem:
    """One validation problem: where (a JSON path), what (a code) and its data."""

    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FormLine:
    """A numbered protocol line of one contest (option lines expanded)."""

    key: str
    number: str
    label: dict[str, str]
    source: str
    is_option: bool = False


def builtin_form_ids() -> tuple[str, ...]:
    """Ids of the forms shipped with the software."""
    return tuple(sorted(p.stem for p in (resource_root() / "forms").glob("*.json")))


@cache
def _builtin_text(form_id: str) -> str:
    return (resource_root() / "forms" / f"{form_id}.json").read_text(encoding="utf-8")


def builtin_form(form_id: str) -> dict[str, Any]:
    """A fresh copy of the built-in form ``form_id``."""
    if form_id not in builtin_form_ids():
        raise DomainError("form_unknown", form=form_id)
    form: dict[str, Any] = json.loads(_builtin_text(form_id))
    return form


def _is_text_map(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and all(isinstance(value.get(lang), str) and value[lang].strip() for lang in ("kk", "ru"))
        and all(isinstance(v, str) for v in value.values())
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_form(
    form: Any, path: str, option_ids: Sequence[str] = ()
) -> list[Problem]:
    """Every problem of ``form`` (at JSON path ``path``); ``[]`` when it is valid.

    ``option_ids`` are the ids of a contest using the form: they must not clash
    with a line key or ``options``. Check rules are parsed, never evaluated.
    """
    problems: list[Problem] = []
    if not isinstance(form, dict):
        return [Problem(path, "not_object")]
    if not isinstance(form.get("id"), str) or not form["id"]:
        problems.append(Problem(f"{path}.id", "missing_string"))
    if "title" in form and not _is_text_map(form["title"]):
        problems.append(Problem(f"{path}.title", "not_text_map"))
    lines = form.get("lines")
    keys: list[str] = []
    if not isinstance(lines, list) or not lines:
        problems.append(Problem(f"{path}.lines", "not_nonempty_list"))
        lines = []
    numbers: set[str] = set()
    options_lines = 0
    options_from: tuple[int, str] | None = None
    for i, line in enumerate(lines):
        lp = f"{path}.lines[{i}]"
        if not isinstance(line, dict):
            problems.append(Problem(lp, "not_object"))
            continue
        if line.get("options") is True:
            options_lines += 1
            nf = line.get("number_from")
            if not isinstance(nf, str) or not (nf.isascii() and nf.isdigit()):
                problems.append(Problem(f"{lp}.number_from", "not_number_string"))
            elif len(nf.lstrip("0")) > len(str(MAX_LINE_NUMBER)):  # before int(): 5,000 digits
                problems.append(Problem(f"{lp}.number_from", "line_number_too_large",
                                        {"value": bounds.shown(nf), "limit": MAX_LINE_NUMBER}))
            else:
                options_from = (int(nf), f"{lp}.number_from")
            continue
        key = line.get("key")
        if not isinstance(key, str) or not rules.KEY_PATTERN.match(key):
            problems.append(Problem(f"{lp}.key", "bad_key", {"value": str(key)}))
        elif key in keys or key == rules.OPTIONS:
            problems.append(Problem(f"{lp}.key", "duplicate_key", {"value": key}))
        else:
            keys.append(key)
        number = line.get("number")
        if not isinstance(number, str) or not number.strip():
            problems.append(Problem(f"{lp}.number", "missing_string"))
        elif number.isdigit() and len(number.lstrip("0")) > len(str(MAX_LINE_NUMBER)):
            problems.append(Problem(f"{lp}.number", "line_number_too_large",
                                    {"value": bounds.shown(number), "limit": MAX_LINE_NUMBER}))
        elif number in numbers:
            problems.append(Problem(f"{lp}.number", "duplicate_number", {"value": number}))
        else:
            numbers.add(number)
        if not _is_text_map(line.get("label")):
            problems.append(Problem(f"{lp}.label", "not_text_map"))
        if line.get("source") not in SOURCES:
            problems.append(
                Problem(f"{lp}.source", "bad_source", {"value": str(line.get("source"))})
            )
    if options_from is not None:
        # Option lines take every number from number_from on: a fixed line there would clash.
        clashing = sorted(
            n for n in numbers if n.isascii() and n.isdigit() and int(n) >= options_from[0]
        )
        if clashing:
            problems.append(
                Problem(options_from[1], "options_number_clash", {"value": ", ".join(clashing)})
            )
    if lines and options_lines != 1:
        problems.append(Problem(f"{path}.lines", "options_line_count", {"count": options_lines}))
    for oid in option_ids:
        if oid in keys or oid == rules.OPTIONS:
            problems.append(Problem(path, "option_clashes_with_line", {"value": oid}))
    checks = form.get("checks", [])
    if not isinstance(checks, list):
        problems.append(Problem(f"{path}.checks", "not_list"))
        checks = []
    check_ids: set[str] = set()
    for i, check in enumerate(checks):
        cp = f"{path}.checks[{i}]"
        if not isinstance(check, dict):
            problems.append(Problem(cp, "not_object"))
            continue
        cid = check.get("id")
        if not isinstance(cid, str) or not cid:
            problems.append(Problem(f"{cp}.id", "missing_string"))
        elif cid in check_ids:
            problems.append(Problem(f"{cp}.id", "duplicate_id", {"value": cid}))
        else:
            check_ids.add(cid)
        if check.get("severity") not in SEVERITIES:
            problems.append(
                Problem(f"{cp}.severity", "bad_severity", {"value": str(check.get("severity"))})
            )
        if not _is_text_map(check.get("message")):
            problems.append(Problem(f"{cp}.message", "not_text_map"))
        rule = check.get("rule")
        if not isinstance(rule, str):
            problems.append(Problem(f"{cp}.rule", "missing_string"))
            continue
        try:
            rules.parse_rule(rule, keys)
        except rules.RuleError as exc:
            problems.append(Problem(f"{cp}.rule", exc.code, dict(exc.params)))
    return problems


def expand_lines(
    form: dict[str, Any], options: Sequence[tuple[str, dict[str, str]]]
) -> list[FormLine]:
    """The numbered lines of one contest: fixed lines, then one line per option in order."""
    out: list[FormLine] = []
    for line in form["lines"]:
        if line.get("options") is True:
            start = int(line["number_from"])
            for offset, (option_id, label) in enumerate(options):
                out.append(FormLine(option_id, str(start + offset), label, "entered", True))
        else:
            out.append(FormLine(line["key"], line["number"], line["label"], line["source"]))
    return out
