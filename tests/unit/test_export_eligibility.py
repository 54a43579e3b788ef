"""One rule of when the results are exported, the same in the window and on the command line.

From the start of the count: the final export once every protocol is signed, a preliminary
one (marked) at any point of the count; before the count, neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from precinct_app.cli import main
from precinct_app.db import Database, open_database
from precinct_app.services import export, keys, phases, protocol
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import PermissionDenied, Refused, WrongPhase
from tests.unit.test_export import EVENING, station

BEFORE = (phases.SETUP, phases.OPEN, phases.CLOSED)


@pytest.mark.parametrize("phase", BEFORE)
@pytest.mark.parametrize("preliminary", [False, True])
def test_before_the_count_nothing_is_exported(phase: str, preliminary: bool) -> None:
    verdict = export.eligibility(phase, ["npp"], preliminary=preliminary)
    assert not verdict.allowed and verdict.code == "export_before_count"
    with pytest.raises(WrongPhase) as info:
        verdict.require()
    assert info.value.params == {"phase": phase}


def test_during_the_count_only_a_preliminary_export() -> None:
    final = export.eligibility(phases.COUNTING, ["npp", "mayor"], preliminary=False)
    assert not final.allowed and final.code == "export_unsigned"
    with pytest.raises(Refused) as info:
        final.require()
    assert info.value.params == {"contests": "npp, mayor"}
    assert export.eligibility(phases.COUNTING, ["npp"], preliminary=True).allowed
    # A corrected protocol reopens the count: its contest is unsigned again.
    assert export.eligibility(phases.COUNTING, [], preliminary=False).allowed


def test_once_signed_both_exports() -> None:
    for preliminary in (False, True):
        verdict = export.eligibility(phases.SIGNED, [], preliminary=preliminary)
        assert verdict.allowed and verdict.code is None
        verdict.require()


def _station_in(tmp_path: Path, phase: str) -> tuple[Database, Path]:
    """A 50-voter demo station taken to ``phase`` (the count: started, not signed)."""
    if phase in (phases.COUNTING, phases.SIGNED):
        return station(tmp_path, sign=phase == phases.SIGNED)
    db_path = tmp_path / "station.sqlite3"
    db = open_database(db_path, create=True)
    clock = Clock(fixed=EVENING)
    build_demo(db, clock, db_path=db_path, voters=50)
    with db.transaction() as s:
        if phase in (phases.OPEN, phases.CLOSED):
            phases.open_voting(s, clock, "c1")
        if phase == phases.CLOSED:
            phases.close_voting(s, clock, "c1")
    return db, db_path


@pytest.mark.parametrize(("phase", "final", "preliminary"), [
    (phases.SETUP, "export_before_count", "export_before_count"),
    (phases.OPEN, "export_before_count", "export_before_count"),
    (phases.CLOSED, "export_before_count", "export_before_count"),
    (phases.COUNTING, "export_unsigned", None),
    (phases.SIGNED, None, None),
])
@pytest.mark.usefixtures("station_pins")
def test_the_command_line_follows_the_rule_in_every_phase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    phase: str, final: str | None, preliminary: str | None,
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T20:30:00+05:00")
    db, db_path = _station_in(tmp_path, phase)
    with db.reading() as s:
        assert phases.current_phase(s) == phase
        expected = {code: export.eligibility(phase, protocol.unsigned(s), preliminary=p).code
                    for code, p in (("final", False), ("preliminary", True))}
    db.dispose()
    assert expected == {"final": final, "preliminary": preliminary}  # the service's word
    stick = tmp_path / "stick"
    stick.mkdir()
    words = {"export_before_count": "the results are exported after the count",
             "export_unsigned": "the protocol is not signed yet (npp)"}
    for flags, refusal in (((), final), (("--preliminary",), preliminary)):
        code = main(["--db", str(db_path), "export", str(stick), *flags, "--member", "c1"])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        if refusal is None:
            assert code == 0 and Path(out.strip()).is_dir()
            assert Path(out.strip()).name.endswith("_PRELIMINARY") == bool(flags)
        else:
            assert code == 1 and out == ""
            assert words[refusal] in err.strip().splitlines()[-1]
    if final and preliminary:
        assert list(stick.iterdir()) == []


def test_the_service_refuses_before_the_count_and_makes_no_key(tmp_path: Path) -> None:
    db, db_path = _station_in(tmp_path, phases.OPEN)
    keys.key_path_for(db_path).unlink(missing_ok=True)
    with pytest.raises(WrongPhase) as info, db.transaction() as s:
        export.prepare(s, Clock(fixed=EVENING), db_path, preliminary=True)
    assert info.value.code == "export_before_count"
    assert not keys.key_path_for(db_path).exists()


def test_who_may_export_is_checked_with_when(tmp_path: Path) -> None:
    db, _ = station(tmp_path, sign=False)
    with db.reading() as s:
        with pytest.raises(PermissionDenied):
            export.require_may_export(s, "c4", preliminary=True)  # a member: no
        with pytest.raises(Refused):
            export.require_may_export(s, "c3", preliminary=False)  # unsigned
        export.require_may_export(s, "c3", preliminary=True)


@pytest.mark.usefixtures("station_pins")
def test_the_command_line_says_when_the_export_is_not_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written and verified, then the audit log refuses the record: never "verified"."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    monkeypatch.setenv("PRECINCT_NOW", "2024-10-06T20:30:00+05:00")
    db, db_path = station(tmp_path)
    db.dispose()

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT INTO audit_event", {},
                               sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(export, "record_export", full_disk)
    stick = tmp_path / "stick"
    stick.mkdir()
    code = main(["--db", str(db_path), "export", str(stick), "--member", "c1"])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "Traceback" not in err
    [folder] = list(stick.iterdir())
    last = err.strip().splitlines()[-1]
    assert last.startswith(f"the folder {folder} was written and verified, but the export "
                           "could not be recorded in the audit log")
    assert "disk is full" in last and "safe to remove" not in err
