"""Each contest's protocol: values, control ratios, explanations, signing and corrections.

:func:`build` turns the contest's form, the day's records and what the
commission entered into a frozen :class:`ProtocolData`. Computed lines come
from the records unless overridden (by the chair, with a written reason);
entered lines start empty, and empty is not zero. Signing checks who signs
(docs/domain.md §11), the quorum and every control ratio, then fixes the
protocol code (docs/formats.md §3) and locks the version; a correction
supersedes it and opens the next version, keeping the signed one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from precinct_app.models import (
    CommissionMember,
    Contest,
    Protocol,
    ProtocolExplanation,
    ProtocolSignature,
    ProtocolValue,
    Voter,
)
from precinct_app.services import (
    anchor,
    audit,
    bounds,
    counting,
    forms,
    issuance,
    journal,
    permissions,
    phases,
    portable_boxes,
    rules,
)
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput, Refused, WrongPhase
from precinct_app.services.protocol_data import (
    DRAFT,
    SIGNED,
    SUPERSEDED,
    ActNote,
    CheckResult,
    LineValue,
    MemberEntry,
    ProtocolData,
    protocol_code,
)
from precinct_app.services.station import ContestInfo, StationInfo, load_station

MAX_VALUE = counting.MAX_COUNT
MAX_TEXT = 4000
# Who signs, in order of precedence: the first of them present (docs/domain.md §11).
SIGNER_ORDER = (permissions.CHAIR, permissions.DEPUTY, permissions.SECRETARY)


@dataclass(frozen=True)
class Mismatch:
    """A line where the blind second entry differs from the first."""

    key: str
    number: str
    first: int | None
    second: int | None


def _contest_info(station: StationInfo, contest_id: str) -> ContestInfo:
    info = next((c for c in station.contests if c.id == contest_id), None)
    if info is None:
        raise InvalidInput("contest_unknown", contest=contest_id)
    return info


def _form(session: Session, contest_id: str) -> forms.Form:
    contest = session.get(Contest, contest_id)
    if contest is None:
        raise InvalidInput("contest_unknown", contest=contest_id)
    return forms.stored_form(contest.form_json)


def form_lines(session: Session, contest_id: str) -> list[forms.FormLine]:
    """The contest's numbered lines: the form's, with one line per option."""
    info = _contest_info(load_station(session), contest_id)
    return forms.expand_lines(_form(session, contest_id), [(o.id, o.label) for o in info.options])


def computed_values(session: Session, contest_id: str) -> dict[str, int]:
    """What the day's records give for each computed source."""
    counts = issuance.issued_counts(session, contest_id)
    contest = session.get(Contest, contest_id)
    voters = session.scalar(
        select(func.count()).select_from(Voter).where(Voter.status == "active")
    ) or 0
    return {
        "voters_on_list": voters,
        "ballots_received": contest.ballots_received if contest else 0,
        "issued_in_premises": counts.in_premises,
        "issued_outside": counts.outside,
    }


def _current_row(session: Session, contest_id: str) -> Protocol | None:
    return session.scalars(
        select(Protocol).where(Protocol.contest_id == contest_id, Protocol.status != SUPERSEDED)
    ).first()


def _row(session: Session, contest_id: str, version: int | None) -> Protocol | None:
    if version is None:
        return _current_row(session, contest_id)
    if not bounds.fits_db(version):
        return None  # no such version, and a query with it would overflow
    return session.scalars(
        select(Protocol).where(Protocol.contest_id == contest_id, Protocol.version == version)
    ).first()


def versions(session: Session, contest_id: str) -> list[int]:
    """Every version of the contest's protocol, oldest first ([1] before any entry)."""
    found = list(session.scalars(
        select(Protocol.version).where(Protocol.contest_id == contest_id).order_by(Protocol.version)
    ))
    return found or [1]


def _evaluate(
    form: forms.Form, lines: Sequence[LineValue], explanations: Mapping[str, str],
    extra: Sequence[forms.Check] = (),
) -> tuple[CheckResult, ...]:
    values = {line.key: line.value for line in lines}
    return tuple(
        CheckResult(c.id, c.rule, c.severity, c.message, c.holds, c.outcome.left,
                    c.outcome.right, c.outcome.difference, c.outcome.missing,
                    explanations.get(c.id))
        for c in rules.check_lines((*form.checks, *extra), lines, values)
    )


def build(
    session: Session, clock: Clock, contest_id: str, version: int | None = None
) -> ProtocolData:
    """The protocol of ``contest_id`` (the current version unless ``version``), frozen."""
    station = load_station(session)
    info = _contest_info(station, contest_id)
    form = _form(session, contest_id)
    row = _row(session, contest_id, version)
    if version is not None and row is None and version != 1:
        raise InvalidInput("protocol_version_unknown", contest=contest_id, version=version)
    training = station.training(clock)
    if row is not None and row.lines_json is not None:
        snapshot = json.loads(row.lines_json)
        lines = _snapshot_lines(session, contest_id, snapshot["lines"])
        training = bool(snapshot.get("training", training))
        explanations = dict(snapshot.get("explanations", {}))
    else:
        lines = _live_lines(session, contest_id, row)
        explanations = {} if row is None else {
            check_id: text for check_id, text in session.execute(
                select(ProtocolExplanation.check_id, ProtocolExplanation.text)
                .where(ProtocolExplanation.protocol_id == row.id)
            )
        }
    present: dict[str, str | None] = {} if row is None else {
        member_id: dissent for member_id, dissent in session.execute(
            select(ProtocolSignature.member_id, ProtocolSignature.dissent)
            .where(ProtocolSignature.protocol_id == row.id)
        )
    }
    commission = tuple(
        MemberEntry(m.id, m.name, m.role, m.id in present, present.get(m.id))
        for m in station.commission
    )
    return ProtocolData(
        election_id=station.election_id, election_title=station.election_title,
        election_date=station.election_date, timezone=station.timezone,
        precinct_number=station.precinct_number, territory=station.territory,
        address=station.address, contest_id=contest_id, contest_title=info.title,
        contest_question=info.question, form_id=info.protocol_form,
        form_title=form.title or {"kk": form.id, "ru": form.id, "en": form.id},
        version=row.version if row else 1, status=row.status if row else DRAFT,
        correction_reason=row.correction_reason if row else None,
        lines=lines, commission=commission,
        # Art. 43's ratios join the form's once portable boxes are counted (§15).
        checks=_evaluate(form, lines, explanations, portable_boxes.law_checks(
            session, contest_id, {x.key: x.number for x in lines if not x.is_option})),
        signed_at=phases.parse_utc(row.signed_at) if row and row.signed_at else None,
        signed_by=row.signed_by if row else None, code=row.code if row else None,
        key_fingerprint=station.key_fingerprint, training=training,
        audit_head=anchor.head_text(audit.head(session)),
        observer_acts=tuple(
            ActNote(a.id, a.received_at, a.from_name, a.organisation, a.about, a.decision)
            for a in journal.annexed_acts(session)),
    )


def _live_lines(
    session: Session, contest_id: str, row: Protocol | None
) -> tuple[LineValue, ...]:
    stored: dict[str, tuple[int, str | None]] = {}
    if row is not None:
        for key, number, reason in session.execute(
            select(ProtocolValue.key, ProtocolValue.value, ProtocolValue.override_reason)
            .where(ProtocolValue.protocol_id == row.id)
        ):
            stored[key] = (number, reason)
    computed = computed_values(session, contest_id)
    out: list[LineValue] = []
    for line in form_lines(session, contest_id):
        if line.source == "entered":
            entered = stored[line.key][0] if line.key in stored else None
            out.append(LineValue(line.key, line.number, line.label, line.source, entered,
                                 is_option=line.is_option))
        else:
            records = computed[line.source]
            given, reason = stored.get(line.key, (records, None))
            out.append(LineValue(line.key, line.number, line.label, line.source, given,
                                 records, reason))
    return tuple(out)


def _snapshot_lines(
    session: Session, contest_id: str, frozen: Sequence[Mapping[str, Any]]
) -> tuple[LineValue, ...]:
    labels = {line.key: line for line in form_lines(session, contest_id)}
    out: list[LineValue] = []
    for item in frozen:
        line = labels[item["key"]]
        out.append(LineValue(item["key"], item["number"], line.label, item["source"],
                             item["value"], item.get("computed"), item.get("override_reason"),
                             line.is_option))
    return tuple(out)


def _require_counting(session: Session) -> None:
    phase = phases.current_phase(session)
    if phase != phases.COUNTING:
        code = "protocol_all_signed" if phase == phases.SIGNED else "protocol_before_count"
        raise WrongPhase(code, phase=phase)


def _draft(session: Session, clock: Clock, contest_id: str, member_id: str) -> Protocol:
    row = _current_row(session, contest_id)
    if row is None:
        _contest_info(load_station(session), contest_id)
        row = Protocol(contest_id=contest_id, version=1, status=DRAFT, created_at=clock.utc_iso(),
                       created_by=member_id)
        session.add(row)
        session.flush()
    elif row.status == SIGNED:
        raise Refused("protocol_signed", contest=contest_id, version=row.version,
                      signed_code=row.code or "")
    return row


def current_draft(session: Session, clock: Clock, contest_id: str, member_id: str) -> Protocol:
    """The contest's draft to write into (created when none); refused once signed."""
    return _draft(session, clock, contest_id, member_id)


def resolve_key(lines: Sequence[forms.FormLine], key_or_number: str) -> forms.FormLine:
    """A line by key or by its printed number (``5`` or ``cancelled``)."""
    for line in lines:
        if key_or_number in (line.key, line.number):
            return line
    raise InvalidInput("protocol_key_unknown", key=key_or_number,
                       known=", ".join(f"{x.number}={x.key}" for x in lines))


def set_values(
    session: Session, clock: Clock, member_id: str, contest_id: str,
    values: Mapping[str, int | None], reason: str = "", confirmed_by: str | None = None,
) -> ProtocolData:
    """Set lines of the current draft (``None`` clears one), in one audit event.

    A computed line given a value other than the records' is an override: the
    chair only, with ``reason``. Giving it the records' value (or ``None``)
    removes the override. ``confirmed_by`` names the member who typed the
    entered lines again blind (double entry).
    """
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "count")
    _require_counting(session)
    if confirmed_by is not None:
        if confirmed_by == who.id:
            raise InvalidInput("double_entry_same_member", member=who.id)
        permissions.require(session, confirmed_by, "count")
    lines = form_lines(session, contest_id)
    resolved = {resolve_key(lines, k).key: v for k, v in values.items()}
    if not resolved:
        raise InvalidInput("protocol_nothing_to_set")
    by_key = {line.key: line for line in lines}
    computed = computed_values(session, contest_id)
    reason = reason.strip()
    overrides: dict[str, str] = {}
    for key, value in resolved.items():
        if value is not None and not 0 <= value <= MAX_VALUE:
            raise InvalidInput("protocol_value_out_of_range", value=value, limit=MAX_VALUE,
                               line=by_key[key].number)
        line = by_key[key]
        if line.source != "entered" and value is not None and value != computed[line.source]:
            if not reason:
                raise InvalidInput("override_needs_reason", line=line.number,
                                   computed=computed[line.source], value=value)
            permissions.require(session, member_id, "override")
            overrides[key] = reason
    if len(reason) > MAX_TEXT:
        raise InvalidInput("text_too_long", limit=MAX_TEXT)
    row = _draft(session, clock, contest_id, who.id)
    at = clock.utc_iso()
    for key, value in resolved.items():
        session.execute(delete(ProtocolValue).where(
            ProtocolValue.protocol_id == row.id, ProtocolValue.key == key))
        line = by_key[key]
        keep = value is not None and (line.source == "entered" or key in overrides)
        if keep and value is not None:
            session.add(ProtocolValue(protocol_id=row.id, key=key, value=value,
                                      override_reason=overrides.get(key), member_id=who.id,
                                      at=at))
    payload: dict[str, Any] = {"contest": contest_id, "version": row.version,
                               "values": resolved}
    if overrides:
        payload["overrides"] = {k: {"computed": computed[by_key[k].source], "reason": r}
                                for k, r in overrides.items()}
    if confirmed_by is not None:
        payload["confirmed_by"] = confirmed_by
    audit.record(session, clock, who.id, "protocol.values_set", payload)
    session.flush()
    return build(session, clock, contest_id)


def prefill_cancelled(
    session: Session, clock: Clock, member_id: str, contest_id: str, value: int
) -> None:
    """The first counting step's count goes to the ``cancelled`` line, if the form has one."""
    lines = form_lines(session, contest_id)
    if not any(line.key == "cancelled" and line.source == "entered" for line in lines):
        return
    row = _draft(session, clock, contest_id, member_id)
    session.execute(delete(ProtocolValue).where(
        ProtocolValue.protocol_id == row.id, ProtocolValue.key == "cancelled"))
    session.add(ProtocolValue(protocol_id=row.id, key="cancelled", value=value,
                              member_id=member_id, at=clock.utc_iso()))


def compare_entries(
    lines: Sequence[LineValue] | Sequence[forms.FormLine],
    first: Mapping[str, int | None], second: Mapping[str, int | None],
) -> list[Mismatch]:
    """Lines where the blind second entry differs from the first, in line order."""
    return [
        Mismatch(line.key, line.number, first.get(line.key), second.get(line.key))
        for line in lines
        if (line.key in first or line.key in second) and first.get(line.key) != second.get(line.key)
    ]


def explain(
    session: Session, clock: Clock, member_id: str, contest_id: str, check_id: str, text: str
) -> ProtocolData:
    """Record the written explanation of a failing warning (the chair)."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "override")
    _require_counting(session)
    data = build(session, clock, contest_id)
    check = next((c for c in data.checks if c.id == check_id), None)
    if check is None:
        raise InvalidInput("check_unknown", check=check_id,
                           known=", ".join(c.id for c in data.checks))
    if check.severity != "warning":
        raise Refused("explain_only_warnings", check=check_id)
    if check.holds is not False:
        raise Refused("explain_check_holds", check=check_id)
    text = text.strip()
    if not text:
        raise InvalidInput("explanation_empty", check=check_id)
    if len(text) > MAX_TEXT:
        raise InvalidInput("text_too_long", limit=MAX_TEXT)
    row = _draft(session, clock, contest_id, who.id)
    session.execute(delete(ProtocolExplanation).where(
        ProtocolExplanation.protocol_id == row.id, ProtocolExplanation.check_id == check_id))
    session.add(ProtocolExplanation(protocol_id=row.id, check_id=check_id, text=text,
                                    member_id=who.id, at=clock.utc_iso()))
    audit.record(session, clock, who.id, "protocol.warning_explained",
                 {"contest": contest_id, "version": row.version, "check": check_id,
                  "left": check.left, "right": check.right, "text": text})
    session.flush()
    return build(session, clock, contest_id)


def expected_signer(commission: Sequence[MemberEntry], present: set[str]) -> str | None:
    """The member who must sign: the first present of chair, deputy, secretary."""
    for role in SIGNER_ORDER:
        for m in commission:
            if m.role == role and m.id in present:
                return m.id
    return None


def quorum(total: int) -> int:
    """Members needed present: more than half of the commission."""
    return total // 2 + 1


def sign(
    session: Session, clock: Clock, member_id: str, contest_id: str,
    present: Sequence[str], dissent: Mapping[str, str] | None = None,
) -> ProtocolData:
    """Sign and lock the current version: fixes its code. Refused unless all is in order."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "sign")
    _require_counting(session)
    counting.require_step_done(session, counting.CHECK)
    # Not over a voter who may hold two ballots: the chair resolves each paper conflict first.
    from precinct_app.services import paper_entries  # it builds on services.issuance

    paper_entries.require_resolved(session)
    members = {m.id: m for m in session.scalars(select(CommissionMember))}
    present_ids: list[str] = []
    for mid in present:
        if mid not in members:
            raise InvalidInput("member_unknown", member=mid)
        if mid not in present_ids:
            present_ids.append(mid)
    if who.id not in present_ids:
        raise InvalidInput("sign_signer_not_present", member=who.id)
    needed = quorum(len(members))
    if len(present_ids) < needed:
        raise Refused("sign_no_quorum", present=len(present_ids), total=len(members),
                      needed=needed)
    data = build(session, clock, contest_id)
    signer = expected_signer(data.commission, set(present_ids))
    if signer != who.id:
        expected = members[signer] if signer else None
        raise Refused("sign_wrong_signer", member=who.id,
                      expected=expected.name if expected else "", role=
                      expected.role if expected else "")
    dissent = {k: v.strip() for k, v in (dissent or {}).items()}
    for mid, text in dissent.items():
        if mid not in present_ids:
            raise InvalidInput("dissent_not_present", member=mid)
        if not text:
            raise InvalidInput("dissent_empty", member=mid)
        if len(text) > MAX_TEXT:
            raise InvalidInput("text_too_long", limit=MAX_TEXT)
    empty = data.empty_lines()
    if empty:
        raise Refused("sign_lines_empty", lines=", ".join(x.number for x in empty))
    errors = [c for c in data.failing() if c.severity == "error"]
    if errors:
        raise Refused("sign_errors_fail", checks=", ".join(c.id for c in errors))
    unexplained = [c for c in data.blocking() if c.severity == "warning"]
    if unexplained:
        raise Refused("sign_warning_unexplained", checks=", ".join(c.id for c in unexplained))
    row = _draft(session, clock, contest_id, who.id)
    values = {line.key: line.value for line in data.lines}
    code = protocol_code(data.election_id, data.precinct_number, contest_id, row.version, values)
    explanations = {c.id: c.explanation for c in data.failing() if c.explanation}
    row.lines_json = audit.canonical_json({
        "lines": [
            {"key": x.key, "number": x.number, "value": x.value, "source": x.source,
             "computed": x.computed, "override_reason": x.override_reason}
            for x in data.lines
        ],
        "explanations": explanations,
        "training": data.training,
    })
    row.status, row.code, row.signed_by = SIGNED, code, who.id
    row.signed_at = clock.utc_iso()
    for mid in present_ids:
        session.add(ProtocolSignature(protocol_id=row.id, member_id=mid,
                                      dissent=dissent.get(mid)))
    audit.record(session, clock, who.id, "protocol.signed", {
        "contest": contest_id, "version": row.version, "code": code, "lines": values,
        "present": present_ids, "dissent": dissent, "explanations": explanations,
        "overrides": {x.key: x.override_reason for x in data.overrides()},
    })
    session.flush()
    if _all_signed(session):
        phases.enter_phase(session, clock, who, phases.SIGNED)
    return build(session, clock, contest_id)


def unsigned(session: Session) -> list[str]:
    """Ids of the contests whose current protocol is not signed, in the station's order."""
    out: list[str] = []
    for contest in load_station(session).contests:
        row = _current_row(session, contest.id)
        if row is None or row.status != SIGNED:
            out.append(contest.id)
    return out


def _all_signed(session: Session) -> bool:
    for contest_id in session.scalars(select(Contest.id)):
        row = _current_row(session, contest_id)
        if row is None or row.status != SIGNED:
            return False
    return True


def correct(
    session: Session, clock: Clock, member_id: str, contest_id: str, reason: str
) -> ProtocolData:
    """Open version n+1 of a signed protocol (a repeated protocol), keeping version n."""
    clock = clock.snapshot()  # one instant for every time this action stores
    who = permissions.require(session, member_id, "sign")
    reason = reason.strip()
    if not reason:
        raise InvalidInput("correction_needs_reason")
    if len(reason) > MAX_TEXT:
        raise InvalidInput("text_too_long", limit=MAX_TEXT)
    _contest_info(load_station(session), contest_id)
    row = _current_row(session, contest_id)
    if row is None or row.status != SIGNED:
        raise Refused("correct_not_signed", contest=contest_id)
    row.status = SUPERSEDED
    session.flush()
    new = Protocol(contest_id=contest_id, version=row.version + 1, status=DRAFT,
                   created_at=clock.utc_iso(), created_by=who.id, correction_reason=reason)
    session.add(new)
    session.flush()
    at = clock.utc_iso()
    for value in session.scalars(select(ProtocolValue).where(ProtocolValue.protocol_id == row.id)):
        session.add(ProtocolValue(protocol_id=new.id, key=value.key, value=value.value,
                                  override_reason=value.override_reason, member_id=who.id, at=at))
    for item in session.scalars(
        select(ProtocolExplanation).where(ProtocolExplanation.protocol_id == row.id)
    ):
        session.add(ProtocolExplanation(protocol_id=new.id, check_id=item.check_id,
                                        text=item.text, member_id=item.member_id, at=item.at))
    audit.record(session, clock, who.id, "protocol.corrected", {
        "contest": contest_id, "from_version": row.version, "version": new.version,
        "previous_code": row.code, "reason": reason,
    })
    if phases.current_phase(session) == phases.SIGNED:
        phases.enter_phase(session, clock, who, phases.COUNTING, reason)
    session.flush()
    return build(session, clock, contest_id)


def may_enter(phase: str, data: ProtocolData) -> bool:
    """Values may be typed into ``data``: the count has started and it is not signed
    (what :func:`set_values` refuses otherwise)."""
    return phase == phases.COUNTING and not data.signed


def explainable(data: ProtocolData, checks: Iterable[rules.Check]) -> set[str]:
    """Ids of the warnings whose explanation may be written now: failing as typed
    (``checks``, the core's over the values on screen) and as stored, since
    :func:`explain` refuses a warning that holds as stored."""
    stored = {c.id: c for c in data.checks}
    return {c.id for c in checks
            if c.severity == rules.WARNING and c.state == rules.FAILS
            and c.id in stored and stored[c.id].holds is False}


def ready(data: ProtocolData) -> bool:
    """``protocol check``'s verdict: every line filled and no error failing."""
    return not data.empty_lines() and not any(
        c.holds is False and c.severity == "error" for c in data.checks
    )
