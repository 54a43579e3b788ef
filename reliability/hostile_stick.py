"""A hostile USB stick (issue 12 section 2): every trap ends in a clear refusal, never a
hang or a traceback.

Three things are read from a stick: an export folder (``precinct verify``), an election
package (``precinct init``) and a backup (``precinct restore``). Each trial takes a fresh
copy of a good one and puts in place of one of its files, chosen at random, one trap: a
FIFO, a link to /dev/zero, a link out of the folder (to the file's own bytes), a folder,
JSON nested N deep (N random up to 200,000), a huge sparse file, the file renamed to a
non-UTF-8 name, an empty file, or the file cut short at a random length. Then:

- the command runs as a subprocess, in 1 GB of memory, with a timeout: a timeout is a
  hang, "Traceback" on stderr a crash; the exit code must be the refusal's (1) and the
  last stderr line must name the file (for a package list or a backup without its
  checksum, an accepted stick is fine: a short voter list is imported with its rejected
  rows listed, docs/formats.md §2) and a refused ``init``/``restore`` leaves the station
  database as it was (none made, or the same bytes);
- then the service in-process (``verify_folder``, ``load_package``, ``check_backup``): it
  must answer with a verdict or a ``DomainError``, never another exception. (Only after
  the subprocess returned in time: a hang there would stop the whole run.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import resource
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from precinct_app.messages import text
from precinct_app.resources import resource_path
from precinct_app.services import backup, package
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError
from precinct_app.services.iin import make_iin
from precinct_app.services.verify import verify_folder
from reliability import Row, Section
from reliability.flipped_byte import _export
from reliability.stations import EVENING, signed_station

TIMEOUT = 60  # seconds; a verdict takes about one
MEMORY = 1 << 30  # bytes of address space for the subprocess
DEEPEST = 200_000
RAW_NAME = b"\xff\xfe-\x1b[31m"  # not UTF-8, with a terminal escape in it


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


# --- the traps: each replaces ``file`` and says what it put there --------------------

def fifo(file: Path, _rng: random.Random) -> str:
    file.unlink()
    os.mkfifo(file)
    return "a FIFO"


def link_zero(file: Path, _rng: random.Random) -> str:
    file.unlink()
    file.symlink_to("/dev/zero")
    return "a link to /dev/zero"


def link_out(file: Path, rng: random.Random) -> str:
    outside = file.parent.parent / f"outside-{rng.randrange(10**9)}-{file.name}"
    shutil.move(file, outside)  # the same bytes, out of the folder
    file.symlink_to(outside)
    return "a link out of the folder"


def folder(file: Path, _rng: random.Random) -> str:
    file.unlink()
    file.mkdir()
    (file / "inside").write_bytes(b"x")
    return "a folder"


def deep_json(file: Path, rng: random.Random) -> str:
    depth = rng.randrange(65, DEEPEST + 1)
    opener, closer = rng.choice(((b'{"a":', b"}"), (b"[", b"]")))
    file.write_bytes(opener * depth + b"1" + closer * depth)
    return f"JSON nested {depth} deep"


def sparse(file: Path, rng: random.Random) -> str:
    size = rng.randrange(1 << 31, 1 << 36)  # 2 to 64 GB, none of it on the disk
    with open(file, "wb") as out:
        out.truncate(size)
    return f"a sparse file of {size} bytes"


def raw_name(file: Path, _rng: random.Random) -> str:
    os.rename(file, bytes(file.parent) + b"/" + RAW_NAME + file.name.encode())
    return "renamed to a non-UTF-8 name"


def empty(file: Path, _rng: random.Random) -> str:
    file.write_bytes(b"")
    return "an empty file"


def truncated(file: Path, rng: random.Random) -> str:
    data = file.read_bytes()
    at = rng.randrange(1, max(2, len(data)))
    file.write_bytes(data[:at])
    return f"cut at byte {at} of {len(data)}"


Trap = Callable[[Path, random.Random], str]
TRAPS: tuple[Trap, ...] = (fifo, link_zero, link_out, folder, deep_json, sparse, raw_name,
                           empty, truncated)


@dataclass(frozen=True)
class Ran:
    """A subprocess's outcome: None for a hang, else exit code and the last stderr line."""

    code: int | None
    last: str
    traceback: bool


def _run(argv: list[str], cwd: Path) -> Ran:
    env = {**os.environ, "PRECINCT_LANG": "en", "PRECINCT_PIN": "1234",
           "PRECINCT_NEW_PIN": "1234"}
    try:
        done = subprocess.run([sys.executable, "-m", "precinct_app.cli", *argv], cwd=cwd,
                              capture_output=True, timeout=TIMEOUT, env=env,
                              preexec_fn=_limit_memory, check=False)
    except subprocess.TimeoutExpired:
        return Ran(None, "", False)
    err = done.stderr.decode("utf-8", errors="replace")
    lines = err.strip().splitlines()
    return Ran(done.returncode, lines[-1] if lines else "", "Traceback" in err)


def _judge(row: Row, what: str, ran: Ran, names: tuple[str, ...], *,
           may_pass: bool = False) -> bool:
    """Count the trial; False (and a failure) on a hang, a traceback or a vague refusal."""
    row.trials += 1
    if ran.code is None:
        row.fail(f"{what}: no answer in {TIMEOUT} s (a hang)")
    elif ran.traceback:
        row.fail(f"{what}: a traceback: {ran.last}")
    elif ran.code == 0 and not may_pass:
        row.fail(f"{what}: accepted (exit 0)")
    elif ran.code not in (0, 1):
        row.fail(f"{what}: exit {ran.code}: {ran.last}")
    elif ran.code == 1 and not any(n in ran.last for n in names):
        row.fail(f"{what}: the reason does not name {names[0]}: {ran.last}")
    else:
        return True
    return False


def _victim(root: Path, rng: random.Random) -> Path:
    return root / rng.choice(sorted(p.name for p in root.iterdir()))


def _names(file: Path) -> tuple[str, ...]:
    """How a verdict may name ``file``: by its name, or the raw name it was given, escaped."""
    return (file.name, "\\xff\\xfe-")


# --- the export folder --------------------------------------------------------------

def _exports(row: Row, trials: int, workdir: Path, rng: random.Random) -> None:
    good, key, code = _export(workdir / "export")
    for n in range(trials):
        trial = workdir / f"e{n}"
        copy = Path(shutil.copytree(good, trial / good.name))
        file, trap = _victim(copy, rng), rng.choice(TRAPS)
        what = f"{file.name}: {trap(file, rng)}"
        ran = _run(["verify", str(copy), "--key", key, "--code", code], trial)
        if _judge(row, what, ran, _names(file)):
            try:
                report = verify_folder(copy, key=key, code=code)
                first = report.main_failure()
                said = text(first.code, "en", **first.params) if first else ""
                if report.ok or not any(n in said for n in _names(file)):
                    row.fail(f"{what}: in-process verdict {report.ok}: {said}")
            except DomainError:
                row.fail(f"{what}: verify_folder raised instead of a verdict")
            except Exception as exc:  # never: the verifier answers with a verdict
                row.fail(f"{what}: verify_folder crashed: {exc!r}")
        shutil.rmtree(trial, ignore_errors=True)


# --- the election package -----------------------------------------------------------

def _voters_csv(count: int) -> bytes:
    rows = ["list_no,iin,surname,given_name"]
    serial = 1000
    for n in range(1, count + 1):
        made = None
        while made is None:
            serial += 1
            made = make_iin(dt.date(1980, 1, 1) + dt.timedelta(days=n), n % 2 == 0, serial)
        rows.append(f"{n},{made},Surname{n},Name{n}")
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def _package(where: Path) -> Path:
    where.mkdir(parents=True)
    shutil.copy(resource_path("demo/election.json"), where / "election.json")
    (where / "voters.csv").write_bytes(_voters_csv(40))
    return where


def _packages(row: Row, trials: int, workdir: Path, rng: random.Random) -> None:
    good = _package(workdir / "package" / "pkg")
    for n in range(trials):
        trial = workdir / f"p{n}"
        copy = Path(shutil.copytree(good, trial / "stick" / "pkg"))
        trap = rng.choice(TRAPS)
        as_zip = rng.random() < 0.4
        if as_zip:  # the package as a .zip: the archive itself is the trap
            target = copy.with_suffix(".zip")
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
                for member in sorted(copy.iterdir()):
                    out.write(member, member.name)
            shutil.rmtree(copy)
            file = package_path = target
        else:
            file, package_path = _victim(copy, rng), copy
        what = f"{file.name}: {trap(file, rng)}"
        if as_zip and trap is raw_name:
            package_path = Path(os.fsdecode(bytes(file.parent) + b"/" + RAW_NAME
                                            + file.name.encode()))
        station = trial / "station.sqlite3"
        ran = _run(["--db", str(station), "init", str(package_path)], trial)
        # A short or empty voter list is imported with its rejected rows listed; a
        # renamed list is no list; a renamed .zip is still a package, and so is one the
        # path typed links to (only the files inside a package must not be links).
        may_pass = (file.name == "voters.csv" and trap in (truncated, empty, raw_name)) or (
            as_zip and trap in (raw_name, link_out))
        names = (file.name, str(package_path), "\\xff\\xfe-")
        if _judge(row, what, ran, names, may_pass=may_pass):
            if ran.code == 1 and station.exists():
                row.fail(f"{what}: refused, but a station database was left behind")
            try:
                package.load_package(package_path)
            except DomainError:
                pass
            except Exception as exc:  # never: a bad package is a PackageInvalid
                row.fail(f"{what}: load_package crashed: {exc!r}")
        shutil.rmtree(trial, ignore_errors=True)


# --- the backup ---------------------------------------------------------------------

def _state(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "none"


def _backups(row: Row, trials: int, workdir: Path, rng: random.Random) -> None:
    home = workdir / "backup"
    home.mkdir()
    db_path = home / "station.sqlite3"
    signed_station(db_path)
    made = backup.backup_now(db_path, home / "stick", Clock(fixed=EVENING), reason="manual")
    for n in range(trials):
        trial = workdir / f"b{n}"
        stick = Path(shutil.copytree(made.path.parent, trial / "stick"))
        station = trial / "station.sqlite3"
        shutil.copy(db_path, station)
        shutil.copy(Path(f"{db_path}.key"), Path(f"{station}.key"))
        before = _state(station)
        chosen = stick / made.path.name
        sidecar = rng.random() < 0.3
        trap = rng.choice([t for t in TRAPS if not sidecar or t is not raw_name])
        file = Path(f"{chosen}.sha256") if sidecar else chosen
        what = f"{file.name}: {trap(file, rng)}"
        if trap is raw_name:
            chosen = Path(os.fsdecode(bytes(stick) + b"/" + RAW_NAME + chosen.name.encode()))
        ran = _run(["--db", str(station), "restore", str(chosen), "--member", "c1", "--yes"],
                   trial)
        # Renamed, the backup is a sound one by another name: restoring it is right.
        may_pass = trap is raw_name
        names = (file.name, chosen.name, "\\xff\\xfe-")  # a bad .sha256: the backup named
        if _judge(row, what, ran, names, may_pass=may_pass):
            if ran.code == 1 and _state(station) != before:
                row.fail(f"{what}: refused, but the station database changed")
            try:
                check = backup.check_backup(chosen)
                if check.ok and not may_pass:
                    row.fail(f"{what}: check_backup says ok")
            except Exception as exc:  # never: a bad backup is a verdict
                row.fail(f"{what}: check_backup crashed: {exc!r}")
        shutil.rmtree(trial, ignore_errors=True)


TARGETS = (("export", "verify", _exports), ("package", "init", _packages),
           ("backup", "restore", _backups))


def run(trials: int, workdir: Path, rng: random.Random) -> list[Row]:
    """``trials`` traps, shared in turn between the export, the package and the backup."""
    row = Row("hostile stick: export, package, backup")
    figures = []
    for n, (target, command, trial) in enumerate(TARGETS):
        count = trials // len(TARGETS) + (n < trials % len(TARGETS))
        if not count:
            continue
        before = (row.trials, row.failures)
        (workdir / target).mkdir()
        trial(row, count, workdir / target, rng)
        figures.append(f"{target} ({command}) {row.trials - before[0]} trials, "
                       f"{row.failures - before[1]} failed")
    row.detail = "; ".join(figures) + "; subprocess with a timeout, then the service"
    return [row]


SECTION = Section("hostile-stick", 120, run,
                  "a FIFO, a link (to /dev/zero, out of the folder), a folder, deep JSON, a"
                  " sparse giant, a raw name, an empty or cut file in an export, a package or a"
                  " backup: verify, init and restore refuse by name, no hang, no traceback")
