"""Bringing the demo station to the point of signing, for the closing tests."""

from __future__ import annotations

from precinct_app.services import counting, issuance, phases, protocol
from precinct_app.ui.context import AppContext

# The demo referendum after 30 ballots issued in the premises: lines 5..14 as counted.
CONSISTENT = {"in_portable_boxes": 0, "in_stationary_boxes": 30, "invalid": 1, "valid": 29,
              "valid_not_counted": 1, "lost": 0, "not_accounted": 0, "yes": 17, "no": 11}


def count_until_filling(ctx: AppContext, issued: int = 30) -> None:
    """Open, issue ``issued`` ballots, close, and take the count's steps up to filling in."""
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.open_voting(s, ctx.clock, "c1")
        for list_no in range(1, issued + 1):
            issuance.issue(s, ctx.clock, list_no, "npp", "c4")
        phases.close_voting(s, ctx.clock, "c1")
        cancel = {e.contest_id: e.to_cancel for e in counting.expected(s)}
        counting.record_step(s, ctx.clock, "c1", counting.CANCEL, cancel)
        for step in counting.STEPS[1:5]:
            counting.record_step(s, ctx.clock, "c1", step)


def make_signable(ctx: AppContext, issued: int = 30) -> None:
    """As :func:`count_until_filling`, then consistent values, filled in and checked."""
    count_until_filling(ctx, issued)
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        protocol.set_values(s, ctx.clock, "c1", "npp", CONSISTENT)
        for step in (counting.FILL, counting.CHECK):
            counting.record_step(s, ctx.clock, "c1", step)
