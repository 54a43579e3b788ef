"""The reliability suite (``make reliability``): Precinct under kills, races and damage.

Each section is one module that exposes ``SECTION``, a :class:`Section`: a name, a
default number of trials and a ``run(trials, workdir, rng)`` function returning its
:class:`Row`\\ s (trials, failures, what was checked). ``python -m reliability``
runs every section listed in :data:`reliability.sections.SECTIONS` and prints a table.

Adding a section (the hostile stick set, the fuzzers, a full disk...): write
``reliability/<name>.py`` with a ``SECTION`` and add it to the list in
``reliability/sections.py``; ``--only``, ``--trials``, the table and the quick
test in ``tests/unit/test_reliability.py`` pick it up from there.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Row:
    """One line of the table: what was tried, how often, and what went wrong."""

    section: str
    trials: int = 0
    failures: int = 0
    detail: str = ""
    # The first few failures, worded for a person (printed under the table).
    examples: list[str] = field(default_factory=list)

    def fail(self, what: str) -> None:
        """Count one failed trial and keep its description (the first ten)."""
        self.failures += 1
        if len(self.examples) < 10:
            self.examples.append(what)


@dataclass(frozen=True)
class Section:
    """A section of the suite: ``run(trials, workdir, rng)`` returns its rows.

    ``workdir`` is an empty folder the section may fill; ``rng`` is seeded from the
    command line, so a failing run can be repeated (``--seed``).
    """

    name: str
    default_trials: int
    run: Callable[[int, Path, random.Random], list[Row]]
    what: str  # one line for ``--help`` and the README
