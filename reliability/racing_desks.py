"""Desks racing for one voter: several processes issue to the same voter at once.

Four desk processes (one per ordinary member of the demo commission), each with its
own connection to the station file, meet at a barrier before every round and then
all issue to that round's voter. Exactly one may succeed; every other desk must be
refused with ``already_issued`` (it saw the ballot) or ``already_issued_elsewhere``
(it met the unique index). At the end the station is reopened and checked.
"""

from __future__ import annotations

import multiprocessing
import random
from collections import Counter
from multiprocessing.connection import Connection, wait
from multiprocessing.synchronize import Barrier
from pathlib import Path

from precinct_app.db import open_database
from precinct_app.services import issuance
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError
from reliability import Row, Section
from reliability.stations import CONTEST, DESKS, examine, open_station

RIGHT_REFUSALS = {"already_issued", "already_issued_elsewhere"}
BARRIER_TIMEOUT_S = 60.0


def _desk(path: Path, member: str, voter_ids: list[int], barrier: Barrier,
          out: Connection) -> None:
    """One desk: for every round, wait for the others, then issue to that round's voter."""
    db = open_database(path)
    clock = Clock()
    try:
        for voter_id in voter_ids:
            barrier.wait(BARRIER_TIMEOUT_S)
            try:
                with db.transaction() as s:
                    issuance.issue(s, clock, voter_id, CONTEST, member)
                outcome = "issued"
            except DomainError as exc:
                outcome = exc.code
            except Exception as exc:  # a locked database, a crash: reported, not raised
                outcome = f"error {exc!r}"
            out.send((voter_id, member, outcome))
    finally:
        db.dispose()
        out.close()


def run(trials: int, workdir: Path, rng: random.Random) -> list[Row]:
    """``trials`` rounds, every desk issuing to the same voter in each."""
    row = Row(f"racing desks: {len(DESKS)} processes, one voter")
    path = workdir / "race.sqlite3"
    ids = open_station(path, voters=trials + 10)
    # Voters in a shuffled order: the race is not helped by neighbouring rows.
    voter_ids = rng.sample([ids[n] for n in sorted(ids)], trials)
    context = multiprocessing.get_context("fork")  # the modules are already imported
    barrier = context.Barrier(len(DESKS))
    pipes = [context.Pipe(duplex=False) for _ in DESKS]
    desks = [context.Process(target=_desk, args=(path, member, voter_ids, barrier, send))
             for member, (_, send) in zip(DESKS, pipes, strict=True)]
    for desk in desks:
        desk.start()
    for _, send in pipes:
        send.close()
    outcomes: dict[int, list[str]] = {v: [] for v in voter_ids}
    winners: Counter[str] = Counter()
    open_ends = [receive for receive, _ in pipes]
    while open_ends:  # read every desk as it answers: a full pipe would stop the barrier
        for ready in wait(open_ends):
            assert isinstance(ready, Connection)
            try:
                voter_id, member, outcome = ready.recv()
            except EOFError:
                open_ends.remove(ready)
                continue
            outcomes[voter_id].append(outcome)
            if outcome == "issued":
                winners[member] += 1
    for desk in desks:
        desk.join()
    refusals: Counter[str] = Counter()
    for voter_id in voter_ids:
        row.trials += 1
        got = outcomes[voter_id]
        issued = got.count("issued")
        wrong = [o for o in got if o != "issued" and o not in RIGHT_REFUSALS]
        refusals.update(o for o in got if o in RIGHT_REFUSALS)
        if issued != 1 or wrong or len(got) != len(DESKS):
            row.fail(f"voter id {voter_id}: {', '.join(got) or 'no desk answered'}")
    health = examine(path)
    for problem in health.problems:
        row.fail(f"after the races: {problem}")
    if len(health.live) != trials:
        row.fail(f"{len(health.live)} voters hold a ballot after {trials} rounds")
    words = ", ".join(f"{n} {code}" for code, n in sorted(refusals.items()))
    won = ", ".join(f"{member} {winners[member]}" for member in DESKS)
    row.detail = f"won by {won}; refused: {words or 'none'}"
    return [row]


SECTION = Section("race", 200, run,
                  "4 desk processes issue to one voter at the same instant (a barrier), once"
                  " a round: exactly one ballot, the others refused already_issued(_elsewhere);"
                  " the station checked at the end")
