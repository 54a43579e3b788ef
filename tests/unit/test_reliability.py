"""The reliability suite in small: every section, a handful of trials, no failure.

``make reliability`` runs the full counts; here each section runs a few trials so the
suite itself stays working, and its checks are shown to see what they are for.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from precinct_app.db import open_database
from precinct_app.services import issuance
from precinct_app.services.clock import Clock
from reliability import Row, Section
from reliability import __main__ as runner
from reliability.flipped_byte import flips
from reliability.sections import SECTIONS
from reliability.stations import CONTEST, examine, lost, open_station

QUICK = 5


@pytest.mark.parametrize("section", SECTIONS, ids=[s.name for s in SECTIONS])
def test_each_section_runs_a_few_trials_without_a_failure(
    section: Section, tmp_path: Path
) -> None:
    rows = section.run(QUICK, tmp_path, random.Random(section.name))
    assert rows
    for row in rows:
        assert row.trials >= QUICK, row
        assert row.failures == 0, "\n".join(row.examples)


def test_the_table_lists_each_section_and_the_exit_says_whether_anything_failed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def passing(trials: int, _workdir: Path, _rng: random.Random) -> list[Row]:
        return [Row("always fine", trials, 0, "nothing to see")]

    def failing(trials: int, _workdir: Path, _rng: random.Random) -> list[Row]:
        row = Row("sometimes wrong", trials)
        row.fail("voter no. 7: a double ballot")
        return [row]

    fine, wrong = Section("fine", 3, passing, "-"), Section("wrong", 4, failing, "-")
    monkeypatch.setattr(runner, "SECTIONS", (fine, wrong))
    assert runner.main(["--only", "fine", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    assert "always fine" in out and "sometimes wrong" not in out
    assert "3 trials, 0 failures" in out
    assert runner.main(["--trials", "2", "--seed", "1"]) == 1
    out = capsys.readouterr().out
    assert "4 trials, 1 failures" in out
    assert "FAILED sometimes wrong: voter no. 7: a double ballot" in out


def test_the_checks_after_a_kill_see_a_lost_ballot_and_a_broken_chain(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    ids = open_station(path, voters=5)
    db = open_database(path)
    with db.transaction() as s:
        first = issuance.issue(s, Clock(), ids[1], CONTEST, "c4")
    db.dispose()
    health = examine(path)
    assert health.ok and health.live == {1: first.issuance_id}
    assert lost({1: first.issuance_id}, health) == []
    assert lost({2: None}, health) == [
        "acknowledged ballot of voter no. 2 is not in the station"]

    with sqlite3.connect(path) as conn:  # what a torn write would leave
        conn.execute("UPDATE audit_event SET payload = '{}' WHERE action = 'ballot.issued'")
        conn.execute("DELETE FROM issuance")
    conn.close()
    health = examine(path)
    assert any(p.startswith("audit chain broken at seq") for p in health.problems)
    assert "0 issuance rows but 1 ballot.issued events" in health.problems
    assert lost({1: first.issuance_id}, health)


def test_a_short_file_gets_every_bit_of_every_byte_flipped() -> None:
    rng = random.Random(1)
    short = flips(10, 5, rng)
    assert {(at, 1 << bit) for at in range(10) for bit in range(8)} <= set(short)
    long = flips(1000, 5, rng)
    assert len(long) == 5 and {0, 500, 999} <= {at for at, _ in long}
    assert all(0 < mask < 256 for _, mask in long)
