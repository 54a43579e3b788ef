"""The command line in-process, for the tests: one harness instead of a copy per file.

``cli("--db", path, "day", "open", "--member", "c1")`` runs ``precinct`` with those
arguments and gives its
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


# The PINs the tests' members give, as a station's members do (docs/formats.md §7): each
# chooses one at set-up (PRECINCT_NEW_PIN), then gives it (PRECINCT_PIN; PRECINCT_PINS for
# the members present at signing and on a trip). The demo's members start with 1234.
PIN = "1234"
MEMBER_PINS = ",".join(f"c{n}={PIN}" for n in range(1, 10))


@pytest.fixture
def station_pins(monkeypatch: pytest.MonkeyPatch) -> None:
    """The members' PINs in the environment, as on a station's scripted laptop; a test of
    the PINs themselves sets or removes these variables after taking the fixture."""
    monkeypatch.setenv("PRECINCT_PIN", PIN)
    monkeypatch.setenv("PRECINCT_NEW_PIN", PIN)
    monkeypatch.setenv("PRECINCT_PINS", MEMBER_PINS)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], station_pins: None) -> Cli:
    """Run ``precinct`` with ``argv``; what it printed is taken from ``capsys`` (the members'
    PINs from :func:`station_pins`)."""
    del station_pins  # taken for its environment

    def run(*argv: str) -> CliRun:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return CliRun(code, out, err)

    return run
