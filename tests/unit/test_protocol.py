"""The protocol: computed and entered lines, overrides, explanations, signing, corrections."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from precinct_app.db import Database
from precinct_app.services import audit, counting, phases, protocol
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError, InvalidInput, PermissionDenied, Refused
from precinct_app.services.protocol_data import protocol_code
from tests.unit.test_counting import COUNTED, day, walk_to

EVERYONE = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]


def _counting(db: Database, clock: Clock) -> None:
    day(db, clock)
    walk_to(db, clock, counting.CANCEL)


def _signable(db: Database, clock: Clock) -> None:
    day(db, clock)
    walk_to(db, clock, counting.CHECK)


def _error(db: Database, action: Callable[[Session], object]) -> DomainError:
    with pytest.raises(DomainError) as info, db.transaction() as s:
        action(s)
    return info.value


def _data(db: Database, clock: Clock, version: int | None = None) -> protocol.ProtocolData:
    with db.reading() as s:
        return protocol.build(s, clock, "npp", version)


def test_computed_lines_come_from_the_records_and_entered_start_empty(
    db: Database, clock: Clock
) -> None:
    _counting(db, clock)
    data = _data(db, clock)
    values = data.values()
    assert (values["voters_on_list"], values["ballots_received"]) == (10, 12)
    assert (values["issued_in_premises"], values["issued_outside"]) == (3, 0)
    assert values["cancelled"] == 9  # from the first counting step
    # Empty is not zero: nothing typed yet is None, and the checks using it are undecided.
    assert values["invalid"] is None and values["yes"] is None
    assert [x.number for x in data.empty_lines()] == [str(n) for n in range(6, 15)]
    balance = next(c for c in data.checks if c.id == "boxes_balance")
    assert balance.holds is None and "invalid" in balance.missing
    assert not protocol.ready(data)


def test_lines_are_set_by_key_or_number_and_cleared_with_none(
    db: Database, clock: Clock
) -> None:
    _counting(db, clock)
    with db.transaction() as s:
        before = audit.head(s).seq
        protocol.set_values(s, clock, "c3", "npp", {"8": 1, "valid": 2})
        assert audit.head(s).seq == before + 1  # one user action, one event
    assert _data(db, clock).values()["invalid"] == 1
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {"invalid": None})
    assert _data(db, clock).values()["invalid"] is None
    error = _error(db, lambda s: protocol.set_values(s, clock, "c3", "npp", {"99": 1}))
    assert error.code == "protocol_key_unknown"
    error = _error(db, lambda s: protocol.set_values(s, clock, "c3", "npp", {"valid": -1}))
    assert error.code == "protocol_value_out_of_range"


def test_an_override_needs_the_chair_and_a_reason(db: Database, clock: Clock) -> None:
    _counting(db, clock)
    error = _error(db, lambda s: protocol.set_values(s, clock, "c1", "npp", {"1": 11}))
    assert error.code == "override_needs_reason"
    assert error.params == {"line": "1", "computed": 10, "value": 11}
    with pytest.raises(PermissionDenied), db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {"1": 11}, reason="added on paper")
    with db.transaction() as s:
        protocol.set_values(s, clock, "c1", "npp", {"1": 11}, reason="added on paper")
        event = list(audit.iter_events(s))[-1]
    [line] = _data(db, clock).overrides()
    assert (line.key, line.computed, line.value, line.override_reason) == (
        "voters_on_list", 10, 11, "added on paper")
    assert '"overrides":{"voters_on_list":{"computed":10,"reason":"added on paper"}}' in (
        event.payload)
    # Back to the records' value: the override is gone.
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {"1": 10})
    assert _data(db, clock).overrides() == ()


def test_double_entry_compares_line_by_line(db: Database, clock: Clock) -> None:
    _counting(db, clock)
    with db.reading() as s:
        lines = protocol.form_lines(s, "npp")
    first = {"invalid": 1, "valid": 30, "yes": 18}
    second = {"invalid": 1, "valid": 31, "yes": None}
    mismatches = protocol.compare_entries(lines, first, second)
    assert [(m.number, m.first, m.second) for m in mismatches] == [("9", 30, 31), ("13", 18, None)]
    error = _error(db, lambda s: protocol.set_values(
        s, clock, "c3", "npp", first, confirmed_by="c3"))
    assert error.code == "double_entry_same_member"
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", first, confirmed_by="c2")
        assert '"confirmed_by":"c2"' in list(audit.iter_events(s))[-1].payload


def test_a_warning_is_explained_by_the_chair_only_while_it_fails(
    db: Database, clock: Clock
) -> None:
    _counting(db, clock)
    # One ballot in the portable box though nobody voted outside: only the warning fails.
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {**COUNTED, "in_portable_boxes": 1,
                                                     "in_stationary_boxes": 2})
    data = _data(db, clock)
    [warning] = data.failing()
    assert (warning.id, warning.severity, warning.left, warning.right, warning.difference) == (
        "portable_within_outside", "warning", 1, 0, 1)
    assert warning.blocks
    error = _error(db, lambda s: protocol.explain(s, clock, "c1", "npp", "ballots_balance", "x"))
    assert error.code == "explain_only_warnings"
    error = _error(db, lambda s: protocol.explain(
        s, clock, "c1", "npp", "boxes_within_issued", "x"))
    assert error.code == "explain_check_holds"
    with pytest.raises(PermissionDenied), db.transaction() as s:
        protocol.explain(s, clock, "c3", "npp", "portable_within_outside", "dropped in")
    error = _error(db, lambda s: protocol.explain(
        s, clock, "c1", "npp", "portable_within_outside", "  "))
    assert error.code == "explanation_empty"
    with db.transaction() as s:
        protocol.explain(s, clock, "c1", "npp", "portable_within_outside",
                         "a voter put the ballot into the portable box by mistake")
    [explained] = _data(db, clock).failing()
    assert not explained.blocks and explained.explanation


@pytest.mark.parametrize(
    ("present", "signer", "code"),
    [
        (["c1", "c2", "c3"], "c1", "sign_no_quorum"),            # 3 of 7
        (["c2", "c3", "c4", "c5"], "c1", "sign_signer_not_present"),
        (["c1", "c2", "c3", "c4"], "c2", "sign_wrong_signer"),   # the chair is present
        (["c2", "c3", "c4", "c5"], "c3", "sign_wrong_signer"),   # the deputy is present
        (["c1", "c2", "c3", "c4"], "c4", "permission_denied"),   # a member never signs
    ],
)
def test_who_signs_and_the_quorum(
    db: Database, clock: Clock, present: list[str], signer: str, code: str
) -> None:
    _signable(db, clock)
    error = _error(db, lambda s: protocol.sign(s, clock, signer, "npp", present))
    assert error.code == code
    assert not _data(db, clock).signed


def test_the_deputy_signs_when_the_chair_is_absent(db: Database, clock: Clock) -> None:
    _signable(db, clock)
    with db.transaction() as s:
        data = protocol.sign(s, clock, "c2", "npp", ["c2", "c3", "c4", "c5"])
    assert data.signed_by == "c2"


def test_signing_is_refused_with_an_empty_line_or_a_failing_error(
    db: Database, clock: Clock
) -> None:
    _signable(db, clock)
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {"lost": None})
    error = _error(db, lambda s: protocol.sign(s, clock, "c1", "npp", EVERYONE))
    assert (error.code, error.params) == ("sign_lines_empty", {"lines": "11"})
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {"lost": 0, "yes": 3})
    error = _error(db, lambda s: protocol.sign(s, clock, "c1", "npp", EVERYONE))
    assert (error.code, error.params) == ("sign_errors_fail", {"checks": "valid_balance"})
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {"yes": 2, "in_portable_boxes": 1,
                                                     "in_stationary_boxes": 2})
    error = _error(db, lambda s: protocol.sign(s, clock, "c1", "npp", EVERYONE))
    assert error.code == "sign_warning_unexplained"


def test_signing_needs_the_count_finished(db: Database, clock: Clock) -> None:
    day(db, clock)
    walk_to(db, clock, counting.SORT)
    error = _error(db, lambda s: protocol.sign(s, clock, "c1", "npp", EVERYONE))
    assert (error.code, error.params) == ("count_steps_pending", {"step": "fill_protocol"})


def test_dissent_comes_from_a_member_present(db: Database, clock: Clock) -> None:
    _signable(db, clock)
    error = _error(db, lambda s: protocol.sign(
        s, clock, "c1", "npp", ["c1", "c2", "c3", "c4"], {"c6": "no"}))
    assert error.code == "dissent_not_present"
    error = _error(db, lambda s: protocol.sign(
        s, clock, "c1", "npp", ["c1", "c2", "c3", "c4"], {"c4": " "}))
    assert error.code == "dissent_empty"


def test_signing_fixes_the_code_and_locks_the_protocol(db: Database, frozen_clock: Clock) -> None:
    _signable(db, frozen_clock)
    with db.transaction() as s:
        data = protocol.sign(s, frozen_clock, "c1", "npp", ["c1", "c2", "c3", "c4", "c5"],
                             {"c5": "the invalid ballot was valid"})
        assert phases.current_phase(s) == phases.SIGNED
    values = data.values()
    assert data.code == protocol_code("KZ-2024-10-06-REF", "164", "npp", 1, values)
    assert data.signed and data.signed_at == frozen_clock.now_utc()
    assert [m.id for m in data.commission if m.present] == ["c1", "c2", "c3", "c4", "c5"]
    assert [(m.id, m.dissent) for m in data.dissents()] == [
        ("c5", "the invalid ballot was valid")]
    error = _error(db, lambda s: protocol.set_values(s, frozen_clock, "c1", "npp", {"invalid": 1}))
    assert error.code == "protocol_all_signed"
    error = _error(db, lambda s: protocol.explain(
        s, frozen_clock, "c1", "npp", "portable_within_outside", "x"))
    assert error.code == "protocol_all_signed"
    error = _error(db, lambda s: protocol.sign(s, frozen_clock, "c1", "npp", EVERYONE))
    assert error.code == "protocol_all_signed"
    with db.reading() as s:
        assert audit.verify_chain(s).ok


def test_a_correction_opens_version_two_and_keeps_version_one(
    db: Database, clock: Clock
) -> None:
    _signable(db, clock)
    with db.transaction() as s:
        first = protocol.sign(s, clock, "c1", "npp", EVERYONE)
    error = _error(db, lambda s: protocol.correct(s, clock, "c1", "npp", " "))
    assert error.code == "correction_needs_reason"
    with db.transaction() as s:
        second = protocol.correct(s, clock, "c1", "npp", "line 13 miscounted")
        assert phases.current_phase(s) == phases.COUNTING
    assert (second.version, second.status, second.code) == (2, "draft", None)
    assert second.repeated and second.correction_reason == "line 13 miscounted"
    assert second.values() == first.values()  # the entered values carry over
    with db.transaction() as s:
        protocol.set_values(s, clock, "c3", "npp", {"yes": 1, "no": 2})
        third = protocol.sign(s, clock, "c1", "npp", EVERYONE)
    kept = _data(db, clock, version=1)
    assert (kept.status, kept.code, kept.values()["yes"]) == ("superseded", first.code, 2)
    assert third.code != first.code and third.version == 2
    with db.reading() as s:
        assert protocol.versions(s, "npp") == [1, 2]
    error = _error(db, lambda s: protocol.build(s, clock, "npp", 5))
    assert isinstance(error, InvalidInput)


def test_correcting_a_draft_is_refused(db: Database, clock: Clock) -> None:
    _signable(db, clock)
    error = _error(db, lambda s: protocol.correct(s, clock, "c1", "npp", "why"))
    assert isinstance(error, Refused) and error.code == "correct_not_signed"
