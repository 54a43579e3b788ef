"""The reliability suite in small: every section, a handful of trials, no failure.

``make reliability`` runs the full counts; here each section runs a few trials so the
suite itself stays working, and its checks are shown to see what they are for.
"""

from __future__ import annotations

import base64
import random
import sqlite3
from pathlib import Path

import pytest

from precinct_app.db import open_database
from precinct_app.services import issuance
from precinct_app.services.clock import Clock
from reliability import Row, Section, full_disk, fuzz, tmpfs
from reliability import __main__ as runner
from reliability.flipped_byte import flips
from reliability.sections import SECTIONS
from reliability.stations import CONTEST, examine, lost, open_station

# The SQLite file's own behaviour (its backup API, WAL, file modes, kills on the file).
pytestmark = pytest.mark.sqlite_only

QUICK = 5


@pytest.mark.parametrize("section", SECTIONS, ids=[s.name for s in SECTIONS])
def test_each_section_runs_a_few_trials_without_a_failure(
    section: Section, tmp_path: Path
) -> None:
    rows = section.run(QUICK, tmp_path, random.Random(section.name))
    assert rows
    for row in rows:
        if row.detail.startswith("not run:"):  # e.g. a tmpfs where mounting needs root
            pytest.skip(row.detail)
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


JUNIT = """<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest">
<properties><property name="hypothesis-statistics-t.py::test_fuzz_voter_list" value="{stats}"/>
</properties>
<testcase classname="t" name="test_fuzz_voter_list">
<failure message="AssertionError: Traceback in stderr&#10;assert 1 == 0">long text</failure>
</testcase>
<testcase classname="t" name="test_fuzz_export_folder"/>
</testsuite></testsuites>"""


def test_the_fuzz_rows_name_the_failing_fuzzer_and_its_assertion(tmp_path: Path) -> None:
    stats = base64.b64encode(b"  - 37 passing, 1 failing, and 2 invalid test cases\n"
                             b"  - 3 passing, 1 failing, and 0 invalid test cases").decode()
    report = tmp_path / "j.xml"
    report.write_text(JUNIT.format(stats=stats), encoding="utf-8")
    failed, passed = fuzz.rows_from_junit(report)
    assert (failed.section, failed.trials, failed.failures) == ("fuzz: voter list", 42, 1)
    assert failed.detail == "failed: AssertionError: Traceback in stderr"
    assert (passed.section, passed.failures) == ("fuzz: export folder", 0)


def test_the_full_disk_section_says_it_did_not_run_without_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tmpfs.os, "geteuid", lambda: 1000)
    (row,) = full_disk.run(3, tmp_path, random.Random(1))
    assert (row.trials, row.failures) == (0, 0)
    assert row.detail == "not run: mounting a tmpfs needs root"


def test_the_full_disk_section_counts_a_lost_ballot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(full_disk, "lost", lambda _ack, _health: ["voter no. 3 is gone"])
    (row,) = full_disk.run(2, tmp_path, random.Random(1))
    if row.detail.startswith("not run:"):
        pytest.skip(row.detail)
    assert (row.trials, row.failures) == (2, 2)
    assert row.examples[0].endswith("acknowledged): voter no. 3 is gone")
