"""A demo day with one portable-box trip, counted up to the portable step (GUI tests)."""

from __future__ import annotations

from precinct_app.services import counting, issuance, outside, phases
from precinct_app.ui.context import AppContext


def count_until_portable(ctx: AppContext) -> None:
    """Three applicants; trip 1 (c4, c5) takes 3 ballots, serves 2, brings 1 back; voters
    10-12 vote in the premises; closed; the first two steps of the count taken."""
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        for voter_id in (1, 2, 3):
            outside.apply(s, ctx.clock, "c3", voter_id, "illness")
        phases.open_voting(s, ctx.clock, "c1")
        for voter_id in (10, 11, 12):
            issuance.issue(s, ctx.clock, voter_id, "npp", "c4")
        trip = outside.start_trip(s, ctx.clock, ("c4", "c5"), 3, "npp")
        for voter_id in (1, 2):
            issuance.issue(s, ctx.clock, voter_id, "npp", "c4", place="outside",
                           trip_id=trip.trip_id)
        outside.end_trip(s, ctx.clock, trip.trip_id, returned=1)
        phases.close_voting(s, ctx.clock, "c1")
        cancel = {e.contest_id: e.to_cancel for e in counting.expected(s)}
        counting.record_step(s, ctx.clock, "c1", counting.CANCEL, cancel)
        counting.record_step(s, ctx.clock, "c1", counting.SUMMARISE)
