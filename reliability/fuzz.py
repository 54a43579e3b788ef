"""The fuzzers (issue 12 section 7): 0 tracebacks, the database unchanged.

The Hypothesis fuzz tests of ``tests/unit/test_fuzz_parsers.py`` (election package,
voter CSV/XLSX, export folder, every CLI command) already assert what the suite wants:
bad input ends in a ``DomainError`` (or a refusal in words, exit 1), never another
exception, and the station's tables are as they were. This section runs that file in a
subprocess with ``PRECINCT_FUZZ_EXAMPLES`` = trials, and reads pytest's JUnit XML: one
row per fuzz test, trials = the examples Hypothesis ran (its statistics), a failure =
the test failed (detail: the failing assertion's first line).

A subprocess, not the property functions called here: the tests use pytest fixtures
(a station per example), and a crash of one parser must not take the suite's table down.
"""

from __future__ import annotations

import base64
import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from reliability import Row, Section

ROOT = Path(__file__).resolve().parent.parent
FUZZ_FILE = Path("tests") / "unit" / "test_fuzz_parsers.py"
STATS = "hypothesis-statistics-"
PASSING = re.compile(r"(\d+) passing, (\d+) failing")


def _examples(stats: str) -> int:
    """Examples Hypothesis ran, summed over its phases (generate, shrink...)."""
    return sum(int(a) + int(b) for a, b in PASSING.findall(stats))


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else "failed (no message)"


def rows_from_junit(xml_path: Path) -> list[Row]:
    """One row per test case of the JUnit report at ``xml_path``."""
    tree = ET.parse(xml_path)
    stats: dict[str, int] = {}
    for prop in tree.iter("property"):
        name = prop.get("name", "")
        if name.startswith(STATS):
            test = name[len(STATS):].rsplit("::", 1)[-1]
            raw = base64.b64decode(prop.get("value", "")).decode("utf-8", errors="replace")
            stats[test] = _examples(raw)
    rows = []
    for case in tree.iter("testcase"):
        name = case.get("name", "?")
        row = Row(f"fuzz: {name.removeprefix('test_fuzz_').replace('_', ' ')}")
        row.trials = stats.get(name, 0)
        bad = case.find("failure")
        if bad is None:
            bad = case.find("error")
        skipped = case.find("skipped")
        if bad is not None:
            row.trials = max(row.trials, 1)
            row.fail(f"{name}: {_first_line(bad.get('message') or bad.text or '')}")
            row.detail = "failed: " + _first_line(bad.get("message") or bad.text or "")
        elif skipped is not None:
            row.detail = "not run: " + _first_line(skipped.get("message") or "skipped")
        else:
            row.detail = "0 tracebacks, database unchanged"
        rows.append(row)
    return rows


def run(trials: int, workdir: Path, rng: random.Random) -> list[Row]:
    """Run the fuzz tests with ``trials`` examples each; rows from the JUnit report."""
    if not (ROOT / FUZZ_FILE).is_file():
        return [Row("fuzz", 0, 0, f"not run: {FUZZ_FILE} is not here (an installed copy)")]
    report = workdir / "fuzz-junit.xml"
    env = {**os.environ, "PRECINCT_FUZZ_EXAMPLES": str(trials)}
    done = subprocess.run(
        # Hypothesis's seed from ours, so a failing run can be repeated (--seed).
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
         "--hypothesis-show-statistics", f"--hypothesis-seed={rng.randrange(2**32)}",
         f"--junitxml={report}", str(FUZZ_FILE)],
        cwd=ROOT, env=env, capture_output=True, check=False)
    if not report.is_file():  # pytest itself did not get to the tests
        out = (done.stdout + done.stderr).decode("utf-8", errors="replace")
        row = Row("fuzz", 1)
        row.fail(f"pytest exit {done.returncode}: {_first_line(out[-2000:])}")
        return [row]
    rows = rows_from_junit(report)
    if not rows:
        row = Row("fuzz", 1)
        row.fail(f"pytest exit {done.returncode}: no fuzz test ran")
        return [row]
    return rows


SECTION = Section(
    name="fuzz",
    default_trials=1000,
    run=run,
    what="the Hypothesis fuzzers, N examples each: 0 tracebacks, database unchanged",
)
