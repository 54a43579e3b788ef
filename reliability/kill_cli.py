"""kill -9 of ``precinct issue`` at random moments, then the station reopened and checked.

A ballot is acknowledged when the command printed its confirmation: the CLI prints
only after the transaction committed. After every trial the station is reopened
(:func:`reliability.stations.examine`): no acknowledged ballot may be missing, the
audit chain must verify up to its head, and no voter may hold two ballots.

The moment of the kill is drawn around how long an uninterrupted ``precinct issue``
takes on this machine (the median of the runs that finished), so that most kills
land in the last part of the run, where the transaction is.
"""

from __future__ import annotations

import os
import random
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

from reliability import Row, Section
from reliability.stations import DESKS, examine, lost, open_station

CALIBRATION = 3  # the first runs are left to finish: how long one takes here
TIMEOUT_S = 120.0  # an uninterrupted run that takes this long has hung
WAITING = "Too many wrong PINs for "  # pin_wait, in English (PRECINCT_LANG=en)


def precinct_command() -> list[str]:
    """The installed ``precinct`` beside this interpreter, else ``python -m``."""
    script = Path(sys.executable).parent / "precinct"
    return [str(script)] if script.exists() else [sys.executable, "-m", "precinct_app.cli"]


def _env() -> dict[str, str]:
    # The demo members' PIN, as a scripted station gives it (docs/formats.md §7).
    env = {**os.environ, "PRECINCT_LANG": "en", "PRECINCT_PIN": "1234"}
    env.pop("PRECINCT_NOW", None)  # the station was built on the system clock
    return env


def run(trials: int, workdir: Path, rng: random.Random) -> list[Row]:
    """``trials`` runs of ``precinct issue``, each for a new voter, most killed."""
    row = Row("kill -9: precinct issue (CLI)")
    path = workdir / "kill-cli.sqlite3"
    open_station(path, voters=trials + 10)
    env = _env()
    durations: list[float] = []
    acknowledged: dict[int, int | None] = {}
    killed = before = unacknowledged = after = waited = 0
    for trial in range(trials):
        list_no = trial + 1
        delay = TIMEOUT_S
        if trial >= CALIBRATION and durations:
            delay = statistics.median(durations) * rng.uniform(0.7, 1.1)
        argv = [*precinct_command(), "--db", str(path), "issue", str(list_no),
                "--member", DESKS[trial % len(DESKS)]]
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        was_killed = False
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            was_killed = True
        out, err = proc.communicate()
        row.trials += 1
        said = out.decode("utf-8", "replace").strip()
        if said:
            acknowledged[list_no] = None  # the CLI prints the list number, not the id
        if not was_killed:
            durations.append(time.perf_counter() - start)
            reason = err.decode("utf-8", "replace").strip().splitlines()
            if proc.returncode == 1 and reason and reason[-1].startswith(WAITING):
                # A PIN check killed mid-way counts as a wrong PIN (guesses run in parallel
                # meet the wait, pins.authenticate): five in a row make that member wait.
                waited += 1
            elif proc.returncode != 0 or not said:
                row.fail(f"voter no. {list_no}: exit {proc.returncode} without a kill: "
                         f"{reason[-1] if reason else 'no confirmation'}")
        if b"Traceback" in err:
            row.fail(f"voter no. {list_no}: a traceback on stderr")
        health = examine(path)
        for problem in (*health.problems, *lost(acknowledged, health)):
            row.fail(f"after voter no. {list_no}: {problem}")
        if was_killed:
            killed += 1
            if said:
                after += 1
            elif list_no in health.live:
                unacknowledged += 1  # committed, killed before it printed: not lost, unseen
            else:
                before += 1
    row.detail = (f"{killed} killed: {before} before the commit, {unacknowledged} after it"
                  f" unconfirmed, {after} confirmed; {len(acknowledged)} acknowledged"
                  + (f"; {waited} refused: the member's PIN wait" if waited else ""))
    return [row]


SECTION = Section("kill-cli", 60, run,
                  "`precinct issue` killed (SIGKILL) at random moments; after each: the"
                  " station reopens, integrity_check ok, audit chain intact to its head, no"
                  " double ballot, one event per issuance, every confirmed ballot present")
