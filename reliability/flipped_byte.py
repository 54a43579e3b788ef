"""A flipped byte in every exported file: ``verify_folder`` must catch it and name the file.

A signed station is exported (``services.export``, which verifies what it wrote);
then, for every file of the folder and many byte positions in it (the first, the
last, the middle and random ones; every byte of a file shorter than the count),
one byte is XORed with a random non-zero mask (a short file, such as the
signature, gets every single-bit flip of every byte too) and the folder verified as the
territorial commission does, with the station key and the protocol code pinned.
Each flip must fail the verdict and name the changed file; the byte is then put back.
"""

from __future__ import annotations

import random
from pathlib import Path

from precinct_app.db import open_database
from precinct_app.messages import text
from precinct_app.services import export, keys
from precinct_app.services.clock import Clock
from precinct_app.services.verify import verify_folder
from reliability import Row, Section
from reliability.stations import EVENING, signed_station


def _export(workdir: Path) -> tuple[Path, str, str]:
    """A signed station's export folder, its key fingerprint and its protocol code."""
    path = workdir / "signed.sqlite3"
    signed_station(path)
    db = open_database(path)
    try:
        with db.transaction() as s:
            bundle = export.prepare(s, Clock(fixed=EVENING), path)
    finally:
        db.dispose()
    stick = workdir / "stick"
    stick.mkdir()
    result = export.write(bundle, stick)
    assert keys.key_path_for(path).exists()
    return result.path, bundle.station_key, bundle.codes[0]


def positions(size: int, count: int, rng: random.Random) -> list[int]:
    """``count`` byte positions of a file of ``size`` bytes: both ends, the middle, random."""
    if size <= count:
        return list(range(size))
    fixed = {0, size // 2, size - 1}
    rest = [at for at in range(size) if at not in fixed]
    return sorted(fixed | set(rng.sample(rest, count - len(fixed))))


def flips(size: int, count: int, rng: random.Random) -> list[tuple[int, int]]:
    """(position, XOR mask) pairs for a file of ``size`` bytes and ``count`` trials.

    A random non-zero mask at each of :func:`positions`; a file of at most
    ``2 * count`` bytes (the signature, the key) also gets all eight single-bit flips
    of every byte, as a random mask could miss the few that a lenient decoder ignores.
    """
    out = [(at, rng.randrange(1, 256)) for at in positions(size, count, rng)]
    if size <= 2 * count:
        out += [(at, 1 << bit) for at in range(size) for bit in range(8)]
    return out


def run(trials: int, workdir: Path, rng: random.Random) -> list[Row]:
    """``trials`` flips in each file of the export (every byte of a shorter file)."""
    row = Row("a flipped byte in every exported file")
    folder, key, code = _export(workdir)
    if not verify_folder(folder, key=key, code=code).ok:
        row.fail("the untouched export does not verify")
    names = sorted(p.name for p in folder.iterdir())
    for name in names:
        file = folder / name
        original = file.read_bytes()
        for at, mask in flips(len(original), trials, rng):
            changed = bytearray(original)
            changed[at] ^= mask
            file.write_bytes(bytes(changed))
            try:
                report = verify_folder(folder, key=key, code=code)
            except Exception as exc:  # the verifier must answer, never crash
                row.trials += 1
                row.fail(f"{name} byte {at} ^ {mask:#04x}: {exc!r}")
                continue
            finally:
                file.write_bytes(original)
            row.trials += 1
            if report.ok:
                row.fail(f"{name} byte {at} ^ {mask:#04x}: not detected")
                continue
            first = report.main_failure()
            said = text(first.code, "en", **first.params) if first else ""
            if name not in report.failed_files or name not in said:
                row.fail(f"{name} byte {at} ^ {mask:#04x}: the verdict says {said!r}, files "
                         f"{', '.join(report.failed_files) or 'none'}")
    row.detail = (f"{len(names)} files x {trials} random flips, + every bit of files <="
                  f" {2 * trials} bytes; verdict names the file")
    return [row]


SECTION = Section("flip", 60, run,
                  "one byte of one exported file changed, then verify_folder with the station"
                  " key and the protocol code: the verdict fails and names that file")
