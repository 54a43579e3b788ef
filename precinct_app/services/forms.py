"""Protocol forms: the built-in ones shipped in ``resources/forms``, validation of any form,
and the typed :class:`Form` that code past the reader works with.

A form arrives as JSON (the package, the built-in files, the station database); it is
parsed once, here, into frozen objects, so no untyped value goes further than this module.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from precinct_app.resources import resource_root
from precinct_app.services import bounds, rules
from precinct_app.services.errors import DomainError
from precinct_app.services.json_doc import JsonObject

COMPUTED_SOURCES = ("voters_on_list", "ballots_received", "issued_in_premises", "issued_outside")
SOURCES = ("entered", *COMPUTED_SOURCES)
SEVERITIES = ("error", "warning")
# A protocol has a few dozen lines; past this a form is a slip (and 5,000 digits a crash).
MAX_LINE_NUMBER = 9999

TextMap = dict[str, str]
"""A text in several languages, {kk, ru, en} (kk and ru present)."""


@dataclass(frozen=True)
class Problem:
    """One validation problem: where (a JSON path), what (a code) and its data."""

    path: str
    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class FixedLine:
    """A line of the form with its own key and number."""

    key: str
    number: str
    label: TextMap
    source: str


@dataclass(frozen=True)
class OptionLines:
    """Where the option lines go: one per contest option, numbered from ``number_from``."""

    number_from: int


@dataclass(frozen=True)
class Check:
    """A control ratio of the form; ``rule`` parses (see :mod:`rules`), never evaluated."""

    id: str
    rule: str
    severity: str
    message: TextMap


@dataclass(frozen=True)
class Form:
    """A valid protocol form.

    ``document`` is the form as written (the package's or the built-in file's JSON): the
    station stores it and the export carries it whole, so a reader sees what was sent.
    """

    id: str
    title: TextMap | None
    lines: tuple[FixedLine | OptionLines, ...]
    checks: tuple[Check, ...]
    document: JsonObject = field(compare=False, repr=False)

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys of the fixed lines, in the form's order."""
        return tuple(line.key for line in self.lines if isinstance(line, FixedLine))


@dataclass(frozen=True)
class FormLine:
    """A numbered protocol line of one contest (option lines expanded)."""

    key: str
    number: str
    label: TextMap
    source: str
    is_option: bool = False


def builtin_form_ids() -> tuple[str, ...]:
    """Ids of the forms shipped with the software."""
    return tuple(sorted(p.stem for p in (resource_root() / "forms").glob("*.json")))


@cache
def _builtin_text(form_id: str) -> str:
    return (resource_root() / "forms" / f"{form_id}.json").read_text(encoding="utf-8")


def builtin_form(form_id: str) -> JsonObject:
    """A fresh copy of the document of the built-in form ``form_id`` (JSON, as shipped)."""
    if form_id not in builtin_form_ids():
        raise DomainError("form_unknown", form=form_id)
    form: JsonObject = json.loads(_builtin_text(form_id))
    return form


def load_builtin_form(form_id: str) -> Form:
    """The built-in form ``form_id``, typed."""
    form, problems = parse_form(builtin_form(form_id), form_id)
    assert form is not None, problems  # a shipped resource; a test keeps every one valid
    return form


def text_map(value: object) -> TextMap | None:
    """``value`` as a text map when it is one: strings only, kk and ru not blank."""
    if not isinstance(value, dict):
        return None
    texts = {str(lang): text for lang, text in value.items() if isinstance(text, str)}
    if len(texts) != len(value) or not all(texts.get(lang, "").strip() for lang in ("kk", "ru")):
        return None
    return texts


def parse_form(
    form: object, path: str, option_ids: Sequence[str] = ()
) -> tuple[Form | None, list[Problem]]:
    """``form`` as a typed :class:`Form`, or ``None`` and every problem (at JSON ``path``).

    ``option_ids`` are the ids of a contest using the form: they must not clash
    with a line key or ``options``. Check rules are parsed, never evaluated.
    """
    if not isinstance(form, dict):
        return None, [Problem(path, "not_object")]
    problems: list[Problem] = []
    form_id = form.get("id")
    if not isinstance(form_id, str) or not form_id:
        problems.append(Problem(f"{path}.id", "missing_string"))
    title = text_map(form.get("title"))
    if "title" in form and title is None:
        problems.append(Problem(f"{path}.title", "not_text_map"))
    lines, keys = _read_lines(form.get("lines"), path, problems)
    for oid in option_ids:
        if oid in keys or oid == rules.OPTIONS:
            problems.append(Problem(path, "option_clashes_with_line", {"value": oid}))
    checks = _read_checks(form.get("checks", []), path, keys, problems)
    if problems or not isinstance(form_id, str):
        return None, problems
    return Form(form_id, title, lines, checks, form), problems


def validate_form(form: object, path: str, option_ids: Sequence[str] = ()) -> list[Problem]:
    """Every problem of ``form`` (at JSON path ``path``); ``[]`` when it is valid."""
    return parse_form(form, path, option_ids)[1]


@lru_cache(maxsize=16)
def stored_form(document: str) -> Form:
    """The form the station stored (validated when the package was loaded).

    Read on every protocol view: parsed once per stored text (a form is read-only).
    """
    form, problems = parse_form(json.loads(document), "form")
    if form is None:
        # Only an edited database gets here: name the first problem, not a traceback.
        raise DomainError("form_stored_invalid", path=problems[0].path)
    return form


def _too_long(number: str) -> bool:
    """More digits than any line number may have (checked before ``int()``: 5,000 digits)."""
    return len(number.lstrip("0")) > len(str(MAX_LINE_NUMBER))


def _read_lines(
    raw: object, path: str, problems: list[Problem]
) -> tuple[tuple[FixedLine | OptionLines, ...], list[str]]:
    """The form's lines and the keys of its fixed lines; problems are added to ``problems``."""
    if not isinstance(raw, list) or not raw:
        problems.append(Problem(f"{path}.lines", "not_nonempty_list"))
        return (), []
    keys: list[str] = []
    numbers: set[str] = set()
    lines: list[FixedLine | OptionLines] = []
    options_lines = 0
    options_from: tuple[int, str] | None = None
    for i, line in enumerate(raw):
        lp = f"{path}.lines[{i}]"
        if not isinstance(line, dict):
            problems.append(Problem(lp, "not_object"))
        elif line.get("options") is True:
            options_lines += 1
            start = _number_from(line.get("number_from"), f"{lp}.number_from", problems)
            if start is not None:
                options_from = (start, f"{lp}.number_from")
                lines.append(OptionLines(start))
        else:
            fixed = _fixed_line(line, lp, keys, numbers, problems)
            if fixed is not None:
                lines.append(fixed)
    if options_from is not None:
        # Option lines take every number from number_from on: a fixed line there would clash.
        clashing = sorted(
            n for n in numbers if n.isascii() and n.isdigit() and int(n) >= options_from[0]
        )
        if clashing:
            problems.append(
                Problem(options_from[1], "options_number_clash", {"value": ", ".join(clashing)})
            )
    if options_lines != 1:
        problems.append(Problem(f"{path}.lines", "options_line_count", {"count": options_lines}))
    return tuple(lines), keys


def _number_from(value: object, path: str, problems: list[Problem]) -> int | None:
    if not isinstance(value, str) or not (value.isascii() and value.isdigit()):
        problems.append(Problem(path, "not_number_string"))
        return None
    if _too_long(value):
        problems.append(Problem(path, "line_number_too_large",
                                {"value": bounds.shown(value), "limit": MAX_LINE_NUMBER}))
        return None
    return int(value)


def _fixed_line(
    line: JsonObject, lp: str, keys: list[str], numbers: set[str], problems: list[Problem]
) -> FixedLine | None:
    """One fixed line; its key and number join ``keys`` and ``numbers`` when they are new."""
    before = len(problems)
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
    elif number.isdigit() and _too_long(number):
        problems.append(Problem(f"{lp}.number", "line_number_too_large",
                                {"value": bounds.shown(number), "limit": MAX_LINE_NUMBER}))
    elif number in numbers:
        problems.append(Problem(f"{lp}.number", "duplicate_number", {"value": number}))
    else:
        numbers.add(number)
    label = text_map(line.get("label"))
    if label is None:
        problems.append(Problem(f"{lp}.label", "not_text_map"))
    source = line.get("source")
    if source not in SOURCES:
        problems.append(Problem(f"{lp}.source", "bad_source", {"value": str(source)}))
    if len(problems) > before:
        return None
    assert isinstance(key, str) and isinstance(number, str) and isinstance(source, str)
    assert label is not None
    return FixedLine(key, number, label, source)


def _read_checks(
    raw: object, path: str, keys: Sequence[str], problems: list[Problem]
) -> tuple[Check, ...]:
    """The form's checks, each rule parsed against the line ``keys``."""
    if not isinstance(raw, list):
        problems.append(Problem(f"{path}.checks", "not_list"))
        return ()
    check_ids: set[str] = set()
    checks: list[Check] = []
    for i, check in enumerate(raw):
        cp = f"{path}.checks[{i}]"
        if not isinstance(check, dict):
            problems.append(Problem(cp, "not_object"))
            continue
        parsed = _check(check, cp, keys, check_ids, problems)
        if parsed is not None:
            checks.append(parsed)
    return tuple(checks)


def _check(
    check: JsonObject, cp: str, keys: Sequence[str], check_ids: set[str],
    problems: list[Problem],
) -> Check | None:
    before = len(problems)
    cid = check.get("id")
    if not isinstance(cid, str) or not cid:
        problems.append(Problem(f"{cp}.id", "missing_string"))
    elif cid in check_ids:
        problems.append(Problem(f"{cp}.id", "duplicate_id", {"value": cid}))
    else:
        check_ids.add(cid)
    severity = check.get("severity")
    if severity not in SEVERITIES:
        problems.append(Problem(f"{cp}.severity", "bad_severity", {"value": str(severity)}))
    message = text_map(check.get("message"))
    if message is None:
        problems.append(Problem(f"{cp}.message", "not_text_map"))
    rule = check.get("rule")
    if not isinstance(rule, str):
        problems.append(Problem(f"{cp}.rule", "missing_string"))
        return None
    try:
        rules.parse_rule(rule, keys)
    except rules.RuleError as exc:
        problems.append(Problem(f"{cp}.rule", exc.code, dict(exc.params)))
    if len(problems) > before:
        return None
    assert isinstance(cid, str) and isinstance(severity, str) and message is not None
    return Check(cid, rule, severity, message)


def expand_lines(form: Form, options: Sequence[tuple[str, TextMap]]) -> list[FormLine]:
    """The numbered lines of one contest: fixed lines, then one line per option in order."""
    out: list[FormLine] = []
    for line in form.lines:
        if isinstance(line, OptionLines):
            for offset, (option_id, label) in enumerate(options):
                out.append(
                    FormLine(option_id, str(line.number_from + offset), label, "entered", True)
                )
        else:
            out.append(FormLine(line.key, line.number, line.label, line.source))
    return out
