"""A full disk (issue 12 section 7): 0 acknowledged ballots lost, the rescue paths work.

Each trial mounts a small tmpfs (root only: elsewhere the row says "not run"), makes a
demo station on it with voting open and issues a random number of ballots (``precinct
issue``, in-process). Then a filler file takes the disk, leaving a random few bytes to
KB free, and ballots are issued until the station refuses one (each one it accepted is
acknowledged). Checked, with the disk full:

- the refusal is exit 1 with a message in words ("could not be written"), no traceback;
- ``voters find``, ``paper-list --out`` and ``backup --to`` (both to another disk) and
  ``audit verify`` exit 0, the list a PDF;

then, with the filler removed: a further issue succeeds, and the reopened station
(``stations.examine``) has an intact audit chain, one event per issuance, and every
acknowledged ballot.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
from pathlib import Path

from precinct_app.cli import main
from reliability import Row, Section
from reliability.stations import examine, lost
from reliability.tmpfs import fill, mounted

DISK = "size=4m"
VOTERS = 300  # more than a few KB of slack can take ballots for
SLACK = 32 * 1024  # at most this many bytes left free by the filler
STICK_NAME = "stick"


def _cli(db: Path, *argv: str) -> tuple[int, str, str]:
    """``precinct --db db argv`` in-process: exit code, stdout, stderr; any exception that
    escapes ``main`` is reported as the traceback a user would see (exit 99)."""
    out, err = io.StringIO(), io.StringIO()
    saved = os.environ.get("PRECINCT_PIN")
    os.environ["PRECINCT_PIN"] = "1234"  # the demo members' PIN, as a script gives it
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(db), *argv])
        except SystemExit as exc:  # argparse: a usage error is no crash
            code = exc.code if isinstance(exc.code, int) else 2
        except Exception as exc:  # what escapes main is the finding
            return 99, out.getvalue(), f"Traceback: {type(exc).__name__}: {exc}"
        finally:
            if saved is None:
                os.environ.pop("PRECINCT_PIN", None)
            else:
                os.environ["PRECINCT_PIN"] = saved
    return code, out.getvalue(), err.getvalue()


def _last(err: str) -> str:
    lines = err.strip().splitlines()
    return lines[-1] if lines else "(nothing on stderr)"


def _trial(row: Row, n: int, mount: Path, stick: Path, rng: random.Random) -> int:
    """One trial; returns the ballots acknowledged (and checked) in it."""
    for old in mount.iterdir():  # the disk empty for this trial
        old.unlink() if not old.is_dir() else shutil.rmtree(old)
    db = mount / "station.sqlite3"
    where = f"trial {n}"
    opening: tuple[tuple[str, ...], ...] = (("demo", "--voters", str(VOTERS)),
                                            ("day", "open", "--member", "c1"))
    for argv in opening:
        code, _, err = _cli(db, *argv)
        if code != 0:
            row.fail(f"{where}: {' '.join(argv)} exit {code}: {_last(err)}")
            return 0
    acknowledged: dict[int, int | None] = {}
    next_no = 1

    def issue() -> tuple[int, str]:
        nonlocal next_no
        code, _, err = _cli(db, "issue", str(next_no), "--member", "c4")
        if code == 0:
            acknowledged[next_no] = None
        next_no += 1
        return code, err

    for _ in range(rng.randrange(0, 8)):  # the disk fills at a random moment of the day
        code, err = issue()
        if code != 0:
            row.fail(f"{where}: issue before the disk filled exit {code}: {_last(err)}")
            return 0
    leave = rng.choice((0, rng.randrange(1, 4096), rng.randrange(4096, SLACK)))
    fill(mount, leave)
    where = f"trial {n} ({len(acknowledged)} ballots, then {leave} bytes left free)"
    while True:  # what slack is left takes a few more ballots, then one is refused
        code, err = issue()
        if code == 0:
            if next_no > VOTERS:
                row.fail(f"{where}: every voter got a ballot; the disk never refused one")
                return 0
            continue
        if code != 1 or "Traceback" in err or "could not be written" not in err:
            row.fail(f"{where}: the refused issue: exit {code}: {_last(err)}")
            return 0
        break
    where = f"{where[:-1]}, {len(acknowledged)} acknowledged)"

    for old in stick.iterdir():
        old.unlink() if not old.is_dir() else shutil.rmtree(old)
    pdf = stick / "list.pdf"
    for argv in (("voters", "find", "1"), ("paper-list", "--out", str(pdf)),
                 ("backup", "--to", str(stick / "backup")), ("audit", "verify")):
        code, _, err = _cli(db, *argv)
        if code != 0 or "Traceback" in err:
            row.fail(f"{where}: on the full disk {' '.join(argv[:2])} exit {code}: {_last(err)}")
            return 0
    if not pdf.read_bytes().startswith(b"%PDF"):
        row.fail(f"{where}: paper-list on the full disk wrote no PDF")
        return 0

    (mount / "filler").unlink()  # the chair frees the disk
    refused = next_no - 1  # the voter refused above comes again
    code, _, err = _cli(db, "issue", str(refused), "--member", "c4")
    if code != 0:
        row.fail(f"{where}: after freeing the disk, issue exit {code}: {_last(err)}")
        return 0
    acknowledged[refused] = None
    health = examine(db)
    problems = [*health.problems, *lost(acknowledged, health)]
    if problems:
        row.fail(f"{where}: {'; '.join(problems[:3])}")
        return 0
    return len(acknowledged)


def run(trials: int, workdir: Path, rng: random.Random) -> list[Row]:
    """``trials`` stations on a disk that fills; one row."""
    row = Row("full disk: 0 lost, rescue paths work")
    stick = workdir / STICK_NAME  # another disk: the work folder, not the tmpfs
    stick.mkdir()
    with mounted(workdir / "disk", DISK) as refused:
        if refused:
            row.detail = f"not run: {refused}"
            return [row]
        checked = 0
        for n in range(1, trials + 1):
            row.trials += 1
            checked += _trial(row, n, workdir / "disk", stick, rng)
    row.detail = (f"{checked} acknowledged ballots all there; "
                  "issue refused in words; find, paper-list, backup, audit verify exit 0; "
                  "after freeing, issue works, chain + reconcile intact")
    return [row]


SECTION = Section(
    name="full-disk",
    default_trials=100,
    run=run,
    what="a station's disk fills: refusal in words, 0 acknowledged lost, rescue paths work",
)
