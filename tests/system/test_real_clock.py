"""The whole day on the system clock, as a person runs it from a terminal (issue 11).

Every command is its own process, with no ``PRECINCT_NOW``: the clock ticks between and
within commands as it does at a real station. The demo station is in training (a demo, on
a day that is not its election day), so the voting hours are advisory. The folder the
chair writes must then pass ``precinct verify`` with the station key printed at setup and
the code printed at signing, as the territorial commission checks it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

# A small list: the test is about the clock, not the size of the station.
VOTERS = 40
ISSUED = (1, 2, 3, 4, 5)  # list numbers given a ballot; No. 2 spoils and gets another
# The demo referendum after five ballots in the stationary box (lines 5..14 as counted).
COUNTED = ("in_portable_boxes=0", "in_stationary_boxes=5", "invalid=1", "valid=4",
           "valid_not_counted=0", "lost=0", "not_accounted=0", "yes=3", "no=1")


class Station:
    """``precinct`` as separate processes on one database, the system clock untouched."""

    def __init__(self, tmp_path: Path) -> None:
        self.env = {k: v for k, v in os.environ.items() if k != "PRECINCT_NOW"}
        self.env.update(PRECINCT_DB=str(tmp_path / "station.sqlite3"), PRECINCT_LANG="en",
                        QT_QPA_PLATFORM="offscreen",
                        # The demo members' PIN, given as a scripted station gives it.
                        PRECINCT_PIN="1234",
                        PRECINCT_PINS=",".join(f"c{n}=1234" for n in range(1, 8)))
        self.cwd = tmp_path

    def run(self, *args: str, ok: bool = True) -> str:
        """Run ``precinct ARGS``; returns stdout; asserts the exit code."""
        done = subprocess.run([sys.executable, "-m", "precinct_app.cli", *args],
                              capture_output=True, text=True, cwd=self.cwd, env=self.env,
                              timeout=120, check=False)
        assert "Traceback" not in done.stderr, done.stderr
        assert (done.returncode == 0) == ok, (args, done.returncode, done.stdout, done.stderr)
        return done.stdout


@pytest.mark.slow
def test_the_whole_day_on_the_system_clock_exports_a_folder_that_verifies(
    tmp_path: Path,
) -> None:
    assert "PRECINCT_NOW" not in os.environ
    station = Station(tmp_path)
    made = station.run("demo", "--voters", str(VOTERS))
    key = re.search(r"station key fingerprint: (\S+)", made)
    assert key is not None, made

    station.run("day", "open", "--member", "c1")
    for list_no in ISSUED:
        station.run("issue", str(list_no), "--member", "c4")
    station.run("spoil", "2", "--member", "c4")
    station.run("day", "close", "--member", "c1")

    expected = json.loads(station.run("count", "status", "--json"))["expected"]
    cancelled = [f"{e['contest']}={e['to_cancel']}" for e in expected]
    station.run("count", "step", "cancel_unused", "--member", "c3",
                *(f"--cancelled={c}" for c in cancelled))
    for step in ("summarise_list", "open_portable_boxes", "open_stationary_box",
                 "sort_and_count"):
        station.run("count", "step", step, "--member", "c3")
    station.run("protocol", "set", "npp", *COUNTED, "--member", "c3")
    station.run("protocol", "check", "npp")
    station.run("count", "step", "fill_protocol", "--member", "c3")
    station.run("count", "step", "check_protocol", "--member", "c3")
    signed = station.run("protocol", "sign", "npp", "--member", "c1",
                         "--present", "c1,c2,c3,c4,c5")
    code = re.search(r"code (\S+)", signed)
    assert code is not None, signed

    stick = tmp_path / "stick"
    stick.mkdir()
    folder = Path(station.run("export", str(stick), "--member", "c1").strip().splitlines()[-1])
    assert folder.parent == stick and folder.name.startswith("TRAINING_P164_")

    verdict = station.run("verify", str(folder), "--key", key.group(1),
                          "--code", code.group(1))
    assert "[FAIL]" not in verdict
    assert "an intact TRAINING export" in verdict
    station.run("audit", "verify")
