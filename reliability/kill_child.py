"""kill -9 of a process issuing ballots in a loop through ``services.issuance``.

The child (forked from this process, so it starts in milliseconds with the modules
already imported) opens the station itself, says it is ready, then issues to one
voter after another, each in its own transaction, as a desk does. After each commit
returns it writes ``<list number> <issuance id>`` to a pipe: that ballot is
acknowledged. The parent kills it with SIGKILL at a random moment, reads the pipe
to its end and reopens the station (:func:`reliability.stations.examine`).

The next child starts with the voter after the last acknowledged one, so the voter
whose ballot was committed but not acknowledged is tried again, as a clerk who saw
no confirmation would: it must be refused as already issued, never issued twice.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from precinct_app.db import open_database
from precinct_app.services import issuance
from precinct_app.services.clock import Clock
from precinct_app.services.errors import Refused
from reliability import Row, Section
from reliability.stations import CONTEST, examine, lost, open_station

VOTERS = 2_000  # per station; a fresh one is built when fewer than HEADROOM are left
HEADROOM = 300
MAX_DELAY_S = 0.25  # the first issue takes 50-150 ms on a busy machine, the next ~10


def _child(path: Path, ids: dict[int, int], start: int, out: int) -> None:
    """Issue to voters ``start``, ``start + 1``... until killed; never returns."""
    code = 0
    try:
        db = open_database(path)
        clock = Clock()
        os.write(out, b"ready\n")
        list_no = start
        while list_no in ids:
            try:
                with db.transaction() as s:
                    result = issuance.issue(s, clock, ids[list_no], CONTEST, "c4")
            except Refused as exc:
                os.write(out, f"refused {list_no} {exc.code}\n".encode())
            else:
                # Written only once the commit has returned: the acknowledgement.
                os.write(out, f"ack {list_no} {result.issuance_id}\n".encode())
            list_no += 1
        os.write(out, b"end\n")
    except BaseException as exc:  # report anything to the parent, never a stray traceback
        os.write(out, f"error {exc!r}\n".replace("\n", " ").strip().encode() + b"\n")
        code = 3
    finally:
        os._exit(code)


def _read_line(fd: int) -> bytes:
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def run(trials: int, workdir: Path, rng: random.Random) -> list[Row]:
    """``trials`` children killed at a random moment after they said they were ready."""
    row = Row("kill -9: issuing in a loop (process)")
    stations = 0
    path = workdir / "kill-child-0.sqlite3"
    ids: dict[int, int] = {}
    start = 1
    acknowledged: dict[int, int | None] = {}
    issued = retried = 0
    unconfirmed: set[int] = set()  # voters refused on retry: their ballot must be there
    for _trial in range(trials):
        if start + HEADROOM > len(ids):
            path = workdir / f"kill-child-{stations}.sqlite3"
            ids = open_station(path, VOTERS)
            stations += 1
            start, acknowledged, unconfirmed = 1, {}, set()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read_end)
            _child(path, ids, start, write_end)
        os.close(write_end)
        ready = _read_line(read_end)
        if ready == b"ready\n":
            time.sleep(rng.uniform(0, MAX_DELAY_S))
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        said = (ready + _read_all(read_end)).decode("utf-8", "replace").splitlines()
        os.close(read_end)
        row.trials += 1
        last = start - 1
        for line in said[1:] if said[:1] == ["ready"] else said:
            word, *rest = line.split()
            if word == "ack" and len(rest) == 2:
                acknowledged[int(rest[0])] = int(rest[1])
                last, issued = int(rest[0]), issued + 1
            elif word == "refused" and rest[1:] == ["already_issued"] and int(rest[0]) == start:
                # Committed by the child killed before it acknowledged: refused, not doubled.
                last, retried = start, retried + 1
                unconfirmed.add(start)
            elif word != "end":
                row.fail(f"child from voter no. {start}: {line}")
        if not said or said[0] != "ready":
            row.fail(f"child from voter no. {start} never became ready: {said}")
        health = examine(path)
        for problem in (*health.problems, *lost(acknowledged, health)):
            row.fail(f"after the child from voter no. {start}: {problem}")
        for list_no in sorted(unconfirmed - set(health.live)):
            row.fail(f"voter no. {list_no} was refused as already issued but holds no ballot")
        start = last + 1
    row.detail = (f"{issued} acknowledged; {retried} committed unacknowledged, refused on"
                  f" retry; {stations} station(s)")
    return [row]


SECTION = Section("kill-process", 450, run,
                  "a process issuing in a loop (services.issuance) killed (SIGKILL) at random"
                  " moments; the same checks after each, every ballot it acknowledged"
                  " (after the commit) present, an unacknowledged one refused on retry")
