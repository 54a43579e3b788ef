"""``python -m reliability [--only NAME] [--trials N] [--seed S]``: the table of figures.

Exits 1 when any trial failed (the failures are listed under the table), 0 otherwise.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from reliability import Row, Section
from reliability.sections import SECTIONS


def _chosen(only: str | None) -> list[Section]:
    return [s for s in SECTIONS if only is None or s.name == only]


def run_sections(sections: Sequence[Section], trials: int | None, seed: int, *,
                 progress: bool = False) -> list[tuple[Row, float]]:
    """Run ``sections`` (``trials`` each, else their defaults); rows with their seconds."""
    out: list[tuple[Row, float]] = []
    for section in sections:
        rng = random.Random(f"{seed}:{section.name}")  # one section's draws, whatever ran before
        count = trials or section.default_trials
        if progress:  # a long run says where it is
            print(f"{section.name}: {count} trials...", end=" ", flush=True)
        with tempfile.TemporaryDirectory(prefix=f"precinct-reliability-{section.name}-") as tmp:
            start = time.perf_counter()
            rows = section.run(count, Path(tmp), rng)
            spent = time.perf_counter() - start
        if progress:
            print(f"{sum(r.failures for r in rows)} failures, {spent:.0f} s", flush=True)
        out.extend((row, spent / len(rows)) for row in rows)
    return out


def table(results: Sequence[tuple[Row, float]], sections: Sequence[Section] = ()) -> str:
    """The figures as a plain-text table, what each section checks and the failures below."""
    width = max([len("section"), *(len(r.section) for r, _ in results)])
    lines = [f"{'section':<{width}}  {'trials':>6}  {'failures':>8}  {'time':>7}  detail"]
    for row, spent in results:
        lines.append(f"{row.section:<{width}}  {row.trials:>6}  {row.failures:>8}  "
                     f"{spent:>6.1f}s  {row.detail}")
    lines.extend(f"  {s.name}: {s.what}" for s in sections)
    for row, _ in results:
        for example in row.examples:
            lines.append(f"FAILED {row.section}: {example}")
        if row.failures > len(row.examples):
            lines.append(f"FAILED {row.section}: ... {row.failures - len(row.examples)} more")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite (or one section); 1 if any trial failed."""
    parser = argparse.ArgumentParser(
        prog="python -m reliability",
        epilog="sections: " + "; ".join(f"{s.name} ({s.default_trials}): {s.what}"
                                        for s in SECTIONS))
    parser.add_argument("--only", choices=[s.name for s in SECTIONS], help="one section")
    parser.add_argument("--trials", type=int, metavar="N",
                        help="trials of every section run (default: each its own)")
    parser.add_argument("--seed", type=int, help="repeat a run's random draws")
    args = parser.parse_args(argv)
    if args.trials is not None and args.trials < 1:
        parser.error("--trials must be at least 1")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    print(f"Precinct reliability suite, Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}, seed {seed}", flush=True)
    start = time.perf_counter()
    chosen = _chosen(args.only)
    results = run_sections(chosen, args.trials, seed, progress=True)
    print()
    print(table(results, chosen))
    total = sum(r.trials for r, _ in results)
    failures = sum(r.failures for r, _ in results)
    print(f"{total} trials, {failures} failures, total time {time.perf_counter() - start:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
