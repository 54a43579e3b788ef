"""What ``election.json`` says (docs/formats.md §1), typed: one validator per section of the
document, composed by :func:`parse_election`, each returning its typed part or naming every
problem by its JSON path (``precinct.voting_hours.opens``)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from precinct_app.services import bounds, forms, rules
from precinct_app.services.errors import DomainError
from precinct_app.services.forms import Form, Problem, TextMap
from precinct_app.services.json_doc import JsonObject

FORMAT = "precinct-election/1"
ROLES = ("chair", "deputy_chair", "secretary", "member")
KINDS = ("referendum", "candidates", "party_list")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_ELECTION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}\Z")
# Votes that decide a disputed ballot (docs/formats.md §1): of all the commission's members.
# "majority": more than half; "two_thirds": at least two thirds (an older referendum text).
DISPUTE_VOTES = ("majority", "two_thirds")
DEFAULT_DISPUTE_VOTE = "majority"


@dataclass(frozen=True)
class Member:
    """A commission member as the package names them."""

    id: str
    name: str
    role: str


@dataclass(frozen=True)
class Option:
    """A contest option in ballot order; a candidate's plain name is the same in every language."""

    id: str
    label: TextMap


@dataclass(frozen=True)
class Contest:
    """A contest of the package; ``ballots_received`` is the act of receipt."""

    id: str
    kind: str
    title: TextMap
    question: TextMap | None
    options: tuple[Option, ...]
    protocol_form: str
    ballots_received: int


@dataclass(frozen=True)
class Precinct:
    """The ``precinct`` section: the station, its hours and report times."""

    number: str
    territory: TextMap
    address: TextMap
    opens: str
    closes: str
    turnout_report_times: tuple[str, ...]
    outside_voting_requests_until: str | None
    special: bool
    disputed_ballot_vote: str = DEFAULT_DISPUTE_VOTE
    # Absentee certificates are issued until this time ("HH:MM", station time) on the
    # day before voting day (docs/domain.md §16; the law's 18:00 unless the package says).
    absentee_deadline: str = "18:00"


@dataclass(frozen=True)
class Election:
    """A valid ``election.json``, typed; ``forms`` are the whole forms its contests use."""

    id: str
    date: dt.date
    timezone: str
    title: TextMap
    precinct: Precinct
    commission: tuple[Member, ...]
    contests: tuple[Contest, ...]
    forms: dict[str, Form]


class _Checker:
    """Collects problems while walking the document."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, code: str, **params: object) -> None:
        self.problems.append(Problem(path, code, params))

    def since(self, mark: int) -> bool:
        """True when a problem was added after ``len(self.problems)`` was ``mark``."""
        return len(self.problems) > mark

    def obj(self, value: object, path: str) -> JsonObject | None:
        if not isinstance(value, dict):
            self.add(path, "missing" if value is None else "not_object")
            return None
        return value

    def unique(self, value: str, seen: set[str], path: str) -> None:
        """Report ``value`` at ``path`` when it was seen before; remember it."""
        if value in seen:
            self.add(path, "duplicate_id", value=value)
        seen.add(value)

    def string(self, parent: JsonObject, key: str, path: str) -> str | None:
        value = parent.get(key)
        if not isinstance(value, str) or not value.strip():
            self.add(f"{path}.{key}", "missing_string" if value is None else "not_string")
            return None
        return value

    def text_map(self, parent: JsonObject, key: str, path: str) -> TextMap | None:
        """The text map at ``key``, each missing or wrong language named."""
        value = parent.get(key)
        if not isinstance(value, dict):
            self.add(f"{path}.{key}", "not_text_map")
            return None
        mark = len(self.problems)
        for lang in ("kk", "ru"):
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.add(f"{path}.{key}.{lang}", "missing_string")
        for lang, text in value.items():
            if not isinstance(text, str):
                self.add(f"{path}.{key}.{lang}", "not_string")
        return None if self.since(mark) else forms.text_map(value)

    def time(self, parent: JsonObject, key: str, path: str) -> str | None:
        value = parent.get(key)
        if not isinstance(value, str) or not _TIME.match(value):
            self.add(f"{path}.{key}", "not_time", value=str(value))
            return None
        return value


@dataclass(frozen=True)
class _Head:
    """The ``election`` section."""

    id: str
    date: dt.date
    timezone: str
    title: TextMap


def parse_election(doc: object) -> tuple[Election | None, list[Problem]]:
    """An ``election.json`` document as a typed :class:`Election`, or ``None`` and every
    problem, each with its JSON path, in the document's order."""
    if not isinstance(doc, dict):
        return None, [Problem("$", "not_object")]
    c = _Checker()
    if doc.get("format") != FORMAT:
        c.add("format", "bad_format", value=str(doc.get("format")), expected=FORMAT)
    head = _election_section(c, doc.get("election"))
    precinct = _precinct_section(c, doc.get("precinct"))
    commission = _commission_section(c, doc.get("commission"))
    use = _FormUse(_inline_forms(c, doc.get("protocol_forms", {})))
    contests = _contests_section(c, doc.get("contests"), use)
    used = _forms_section(c, use, contests)
    if c.problems or head is None or precinct is None:
        return None, c.problems
    election = Election(head.id, head.date, head.timezone, head.title, precinct, commission,
                        contests, used)
    return election, []


def validate_election(doc: object) -> list[Problem]:
    """Every problem of an ``election.json`` document, each with its JSON path."""
    return parse_election(doc)[1]


@lru_cache(maxsize=4)
def stored_election(document: str) -> Election:
    """The election the station stored (validated when the station was created).

    Read for every station description: parsed once per stored text (it is read-only).
    """
    election, problems = parse_election(json.loads(document))
    if election is None:
        # Only an edited database gets here: name the first problem, not a traceback.
        raise DomainError("package_stored_invalid", path=problems[0].path)
    return election


def _election_section(c: _Checker, value: object) -> _Head | None:
    election = c.obj(value, "election")
    if election is None:
        return None
    mark = len(c.problems)
    eid = c.string(election, "id", "election")
    if eid is not None and not _ELECTION_ID.match(eid):
        c.add("election.id", "bad_election_id", value=eid)
    date = c.string(election, "date", "election")
    day: dt.date | None = None
    if date is not None:
        try:
            # Python 3.11 also takes "20241006"; the format says YYYY-MM-DD.
            if not _DATE.match(date):
                raise ValueError(date)
            day = dt.date.fromisoformat(date)
        except ValueError:
            c.add("election.date", "not_date", value=date)
    tz = c.string(election, "timezone", "election")
    if tz is not None:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            c.add("election.timezone", "unknown_timezone", value=tz)
    title = c.text_map(election, "title", "election")
    if c.since(mark) or eid is None or day is None or tz is None or title is None:
        return None
    return _Head(eid, day, tz, title)


def _precinct_section(c: _Checker, value: object) -> Precinct | None:
    precinct = c.obj(value, "precinct")
    if precinct is None:
        return None
    mark = len(c.problems)
    number = c.string(precinct, "number", "precinct")
    territory = c.text_map(precinct, "territory", "precinct")
    address = c.text_map(precinct, "address", "precinct")
    hours = _voting_hours(c, precinct.get("voting_hours"))
    times = _report_times(c, precinct.get("turnout_report_times", []))
    until = None
    if "outside_voting_requests_until" in precinct:
        until = c.time(precinct, "outside_voting_requests_until", "precinct")
    absentee = "18:00"
    if "absentee_deadline" in precinct:
        absentee = c.time(precinct, "absentee_deadline", "precinct") or absentee
    special = precinct.get("special", False)
    if not isinstance(special, bool):
        c.add("precinct.special", "not_bool")
    dispute_vote = precinct.get("disputed_ballot_vote", DEFAULT_DISPUTE_VOTE)
    if dispute_vote not in DISPUTE_VOTES:
        c.add("precinct.disputed_ballot_vote", "bad_dispute_vote", value=str(dispute_vote),
              known=", ".join(DISPUTE_VOTES))
    if (c.since(mark) or number is None or territory is None or address is None
            or hours is None or not isinstance(special, bool)):
        return None
    return Precinct(number, territory, address, hours[0], hours[1], times, until, special,
                    str(dispute_vote), absentee)


def _voting_hours(c: _Checker, value: object) -> tuple[str, str] | None:
    """``(opens, closes)``, opening first."""
    path = "precinct.voting_hours"
    hours = c.obj(value, path)
    if hours is None:
        return None
    opens = c.time(hours, "opens", path)
    closes = c.time(hours, "closes", path)
    if opens is None or closes is None:
        return None
    if opens >= closes:
        c.add(path, "closes_before_opens", opens=opens, closes=closes)
        return None
    return opens, closes


def _report_times(c: _Checker, value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        c.add("precinct.turnout_report_times", "not_list")
        return ()
    times: list[str] = []
    for i, t in enumerate(value):
        if not isinstance(t, str) or not _TIME.match(t):
            c.add(f"precinct.turnout_report_times[{i}]", "not_time", value=str(t))
        else:
            times.append(t)
    return tuple(times)


def _commission_section(c: _Checker, value: object) -> tuple[Member, ...]:
    """The members, exactly one of them the chair."""
    if not isinstance(value, list) or not value:
        c.add("commission", "not_nonempty_list")
        return ()
    ids: set[str] = set()
    chairs = 0
    members: list[Member] = []
    for i, raw in enumerate(value):
        mp = f"commission[{i}]"
        member = c.obj(raw, mp)
        if member is None:
            continue
        mark = len(c.problems)
        mid = c.string(member, "id", mp)
        if mid is not None:
            c.unique(mid, ids, f"{mp}.id")
        name = c.string(member, "name", mp)
        role = member.get("role")
        if not isinstance(role, str) or role not in ROLES:
            c.add(f"{mp}.role", "bad_role", value=str(role))
        chairs += role == "chair"
        if not c.since(mark) and mid is not None and name is not None and isinstance(role, str):
            members.append(Member(mid, name, role))
    if chairs != 1:
        c.add("commission", "chair_count", count=chairs)
    return tuple(members)


@dataclass
class _FormUse:
    """Which forms the contests use: ``inline`` as written, the built-in ones parsed, and the
    option ids (as written) of the contests using each, which must not clash with a line."""

    inline: JsonObject
    builtin: dict[str, Form] = field(default_factory=dict)
    option_ids: dict[str, list[str]] = field(default_factory=dict)


def _inline_forms(c: _Checker, value: object) -> JsonObject:
    """``protocol_forms``: form id -> the form as written (validated by _forms_section)."""
    if not isinstance(value, dict):
        c.add("protocol_forms", "not_object")
        return {}
    return value


def _contests_section(c: _Checker, value: object, use: _FormUse) -> tuple[Contest, ...]:
    """The contests; the forms they use are noted in ``use``."""
    if not isinstance(value, list) or not value:
        c.add("contests", "not_nonempty_list")
        return ()
    ids: set[str] = set()
    contests: list[Contest] = []
    for i, raw in enumerate(value):
        contest = _contest(c, raw, f"contests[{i}]", ids, use)
        if contest is not None:
            contests.append(contest)
    return tuple(contests)


def _contest(c: _Checker, raw: object, cp: str, ids: set[str], use: _FormUse) -> Contest | None:
    contest = c.obj(raw, cp)
    if contest is None:
        return None
    mark = len(c.problems)
    cid = c.string(contest, "id", cp)
    if cid is not None:
        if not _ELECTION_ID.match(cid):
            c.add(f"{cp}.id", "bad_key", value=cid)
        c.unique(cid, ids, f"{cp}.id")
    kind = contest.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        c.add(f"{cp}.kind", "bad_kind", value=str(kind))
    title = c.text_map(contest, "title", cp)
    question = None
    if contest.get("question") is not None:
        question = c.text_map(contest, "question", cp)
    received = _ballots_received(c, contest.get("ballots_received"), f"{cp}.ballots_received")
    option_ids, options = _options(c, contest.get("options"), cp)
    form_id = _contest_form(c, contest.get("protocol_form"), cp, option_ids, use)
    if (c.since(mark) or cid is None or not isinstance(kind, str) or title is None
            or received is None or form_id is None):
        return None
    return Contest(cid, kind, title, question, options, form_id, received)


def _ballots_received(c: _Checker, received: object, path: str) -> int | None:
    if not isinstance(received, int) or isinstance(received, bool) or received < 0:
        c.add(path, "not_count", value=bounds.shown(received))
        return None
    if received > bounds.MAX_BALLOTS:
        c.add(path, "count_too_large", value=received, limit=bounds.MAX_BALLOTS)
        return None
    return received


def _options(c: _Checker, value: object, cp: str) -> tuple[list[str], tuple[Option, ...]]:
    """The option ids as written (in ballot order, for clash checks) and the valid options."""
    ids: list[str] = []
    if not isinstance(value, list) or not value:
        c.add(f"{cp}.options", "not_nonempty_list")
        return ids, ()
    seen: set[str] = set()
    options: list[Option] = []
    for j, raw in enumerate(value):
        op = f"{cp}.options[{j}]"
        option = c.obj(raw, op)
        if option is None:
            continue
        mark = len(c.problems)
        oid = c.string(option, "id", op)
        if oid is not None:
            if not rules.KEY_PATTERN.match(oid):
                c.add(f"{op}.id", "bad_key", value=oid)
            else:
                c.unique(oid, seen, f"{op}.id")
            ids.append(oid)
        label: TextMap | None
        if isinstance(option.get("label"), str):
            # A candidate's name is one plain string in every language.
            name = c.string(option, "label", op)
            label = None if name is None else {"kk": name, "ru": name, "en": name}
        else:
            label = c.text_map(option, "label", op)
        if not c.since(mark) and oid is not None and label is not None:
            options.append(Option(oid, label))
    return ids, tuple(options)


def _contest_form(
    c: _Checker, form_id: object, cp: str, option_ids: list[str], use: _FormUse
) -> str | None:
    """The contest's ``protocol_form`` id; a built-in form is checked against the options."""
    if not isinstance(form_id, str) or not form_id:
        c.add(f"{cp}.protocol_form", "missing_string")
        return None
    if form_id not in use.inline and form_id not in forms.builtin_form_ids():
        c.add(f"{cp}.protocol_form", "unknown_form", value=form_id)
        return None
    use.option_ids.setdefault(form_id, []).extend(option_ids)
    if form_id in use.inline:
        return form_id  # checked with every contest's options in _forms_section
    form, problems = forms.parse_form(forms.builtin_form(form_id), f"{cp}.protocol_form",
                                      option_ids)
    for p in problems:  # a shipped form is valid: only the options can clash with it
        if p.code == "option_clashes_with_line":
            c.problems.append(Problem(f"{cp}.options", p.code, p.params))
    if form is not None:
        use.builtin[form_id] = form
    return form_id


def _forms_section(c: _Checker, use: _FormUse, contests: tuple[Contest, ...]) -> dict[str, Form]:
    """Every inline form checked (against the options of the contests using it); the forms
    the contests use, by id."""
    parsed: dict[str, Form] = {}
    for form_id, raw in use.inline.items():
        fp = f"protocol_forms.{form_id}"
        form, problems = forms.parse_form(raw, fp, use.option_ids.get(form_id, ()))
        c.problems.extend(problems)
        if isinstance(raw, dict) and raw.get("id") not in (None, form_id):
            c.add(f"{fp}.id", "form_id_mismatch", value=str(raw.get("id")), expected=form_id)
        elif form is not None:
            parsed[form_id] = form
    known = {**use.builtin, **parsed}  # an inline form before a built-in one of the same id
    return {
        contest.protocol_form: known[contest.protocol_form]
        for contest in contests if contest.protocol_form in known
    }
