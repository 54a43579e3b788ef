"""One desk in a race on the station server: a process of its own (tests/system/test_pg_races.py).

Each desk opens the station as a laptop does (its own engine, its own desk name), waits at
the barrier so that every desk starts at the same instant, runs its job, and puts
``(desk, [(key, outcome), ...])`` on the queue: ``outcome`` is ``"ok"`` or the refusal's code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

VOTING_DAY = dt.datetime.fromisoformat("2024-10-06T09:00:00+05:00")
EVENING = dt.datetime.fromisoformat("2024-10-06T20:05:00+05:00")


def _job(name: str, arg: Any, desk_no: int) -> list[tuple[Any, Callable[[Session], object]]]:
    from precinct_app.services import counting, issuance, list_changes, outside, phases
    from precinct_app.services.clock import Clock

    clock = Clock.ticking(VOTING_DAY)
    # Members who may issue (deputy and members): one per desk.
    issuers = ("c2", "c4", "c5", "c6", "c7")
    member, partner = issuers[desk_no % 5], issuers[(desk_no + 1) % 5]
    if name == "issue":  # the same voters at every desk, in an order of its own
        ids = list(arg)
        ids = ids[desk_no % len(ids):] + ids[:desk_no % len(ids)]
        return [(v, lambda s, v=v: issuance.issue(s, clock, v, "npp", member)) for v in ids]
    if name == "issue_own":  # voters of this desk's own: only the stock is shared
        return [(v, lambda s, v=v: issuance.issue(s, clock, v, "npp", member)) for v in arg]
    if name == "trip":  # each desk sends a trip out with ``arg`` ballots
        return [("trip", lambda s: outside.start_trip(s, clock, (member, partner), arg, "npp"))]
    if name == "add":  # every desk adds the same voter (the same IIN)
        return [("add", lambda s: list_changes.add_voter(
            s, clock, ("c1", "c2", "c3")[desk_no % 3], surname="Әбілқасымова",
            given_name="Мөлдір", iin_text=arg, basis="court", reference="№ 12"))]
    if name == "close":
        closing = Clock.ticking(EVENING)
        return [("close", lambda s: phases.close_voting(s, closing, ("c1", "c2")[desk_no % 2]))]
    if name == "count":
        counting_clock = Clock.ticking(EVENING)
        return [("count", lambda s: counting.record_step(
            s, counting_clock, ("c1", "c2", "c3")[desk_no % 3], counting.CANCEL, arg))]
    raise ValueError(name)


def run(url: str, desk_no: int, barrier: Any, queue: Any, name: str, arg: Any) -> None:
    """The process's target (multiprocessing, 'spawn')."""
    from precinct_app.db import open_server_database
    from precinct_app.services.errors import DomainError

    desk = f"desk-{desk_no}"
    db = open_server_database(url, desk=desk, migrate_schema=False)
    outcomes: list[tuple[Any, str]] = []
    try:
        steps = _job(name, arg, desk_no)
        with db.reading() as s:  # connected and warm before the start
            s.connection()
        barrier.wait(timeout=60)
        for key, step in steps:
            try:
                with db.transaction() as s:
                    step(s)
                outcomes.append((key, "ok"))
            except DomainError as exc:
                outcomes.append((key, exc.code))
    finally:
        db.dispose()
        queue.put((desk, outcomes))
