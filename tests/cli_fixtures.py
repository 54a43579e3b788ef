"""The command line in-process, for the tests: one harness instead of a copy per file.

``cli("--db", path, "day", "open")`` runs ``precinct`` with those arguments and gives its
exit code and what it printed (out, err), as a named tuple that unpacks like the
``(code, out, err)`` the copies returned. A traceback on stderr fails the test: bad input
gets a line in the user's language, never a stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest

from precinct_app.cli import main


class CliRun(NamedTuple):
    """One run of ``precinct``: its exit code and what it wrote to stdout and stderr."""

    code: int
    out: str
    err: str


Cli = Callable[..., CliRun]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``precinct`` with ``argv``; what it printed is taken from ``capsys``."""

    def run(*argv: str) -> CliRun:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return CliRun(code, out, err)

    return run
