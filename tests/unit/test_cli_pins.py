"""PINs on the command line (docs/formats.md §5, §7): every ``--member`` proven centrally,
from ``PRECINCT_PIN`` or the terminal; members who confirm from ``PRECINCT_PINS``; the
``members`` commands; every refusal recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from precinct_app.cli import signin
from precinct_app.db import open_database
from tests.cli_fixtures import Cli
from tests.unit.test_cli_protocol import COUNTED, NOW, _walk

ROOT = Path(__file__).parents[2]


def _events(db: str, action: str) -> list[dict[str, object]]:
    station = open_database(Path(db))  # the station as stored, on either engine
    try:
        with station.reading() as session:
            rows = session.execute(text("SELECT actor, payload FROM audit_event "
                                        "WHERE action = :a ORDER BY seq"), {"a": action}).all()
    finally:
        station.dispose()
    return [json.loads(p) | {"actor": a} for a, p in rows]


def _phase(db: str) -> str:
    station = open_database(Path(db))
    try:
        with station.reading() as session:
            return str(session.execute(text("SELECT phase FROM station")).scalar_one())
    finally:
        station.dispose()


def _last(err: str) -> str:
    return err.strip().splitlines()[-1]


@pytest.fixture
def demo(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> str:
    """A demo station (every member's PIN 1234), in set-up."""
    monkeypatch.setenv("PRECINCT_NOW", NOW.replace("20:05", "09:00"))
    db = str(tmp_path / "pins.sqlite3")
    assert cli("--db", db, "demo", "--voters", "10")[0] == 0
    return db


@pytest.fixture
def official(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> str:
    """A station from the demo package: no member has a PIN yet."""
    monkeypatch.setenv("PRECINCT_NOW", NOW.replace("20:05", "09:00"))
    db = str(tmp_path / "official.sqlite3")
    assert cli("--db", db, "init", str(ROOT / "resources" / "demo"))[0] == 0
    return db


def test_the_pin_from_the_environment_proves_the_member(demo: str, cli: Cli) -> None:
    code, _, err = cli("--db", demo, "day", "open", "--member", "c1")
    assert code == 0, err
    assert _phase(demo) == "voting_open"


def test_a_wrong_pin_is_refused_named_and_recorded(
    demo: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_PIN", "9999")
    code, out, err = cli("--db", demo, "day", "open", "--member", "c1")
    assert code == 1 and out == ""
    assert _last(err).startswith("Wrong PIN for ") and "4 tries left" in _last(err)
    assert _phase(demo) == "setup"  # nothing done
    failed = _events(demo, "member.pin_failed")
    assert [e["member"] for e in failed] == ["c1"]
    assert "9999" not in json.dumps(failed)
    assert cli("--db", demo, "audit", "verify")[0] == 0


def test_without_a_pin_and_without_a_terminal_the_command_is_refused(
    demo: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PRECINCT_PIN")
    monkeypatch.setattr(signin, "_terminal", lambda: False)
    code, _, err = cli("--db", demo, "day", "open", "--member", "c1")
    assert code == 1
    assert "must give their PIN: set PRECINCT_PIN or run the command on a terminal" in _last(err)
    assert len(err.strip().splitlines()) == 1
    assert _phase(demo) == "setup"


def test_the_pin_typed_on_the_terminal(
    demo: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PRECINCT_PIN")
    monkeypatch.setattr(signin, "_terminal", lambda: True)
    asked: list[str] = []

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return "1234"

    monkeypatch.setattr(signin.getpass, "getpass", typed)
    code, _, err = cli("--db", demo, "day", "open", "--member", "c1")
    assert code == 0, err
    assert len(asked) == 1 and asked[0].startswith("PIN of ") and "(c1)" in asked[0]


def test_no_command_acts_as_the_chair_by_default(demo: str, cli: Cli) -> None:
    for argv in (("day", "open"), ("export", "."), ("restore", "x.sqlite3", "--yes")):
        with pytest.raises(SystemExit) as usage:
            cli("--db", demo, *argv)
        assert usage.value.code == 2, argv
    assert _phase(demo) == "setup"


def test_after_five_wrong_pins_even_the_right_one_waits(
    demo: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_PIN", "0000")
    for _ in range(4):
        assert cli("--db", demo, "day", "open", "--member", "c2")[0] == 1
    code, _, err = cli("--db", demo, "day", "open", "--member", "c2")
    assert code == 1 and "wait 15 seconds" in _last(err)
    monkeypatch.setenv("PRECINCT_PIN", "1234")
    code, _, err = cli("--db", demo, "day", "open", "--member", "c2")
    assert code == 1 and "Too many wrong PINs" in _last(err) and "wait" in _last(err)
    assert _phase(demo) == "setup"
    assert len(_events(demo, "member.pin_failed")) == 6
    # Another member is not held up by c2's wait.
    assert cli("--db", demo, "day", "open", "--member", "c1")[0] == 0


@pytest.mark.parametrize("pin", ["12\x0034", "1234\u202e", "٣٤٥٦", "9" * 10_000, " 1234", ""])
def test_hostile_pins_are_wrong_pins(
    demo: str, cli: Cli, monkeypatch: pytest.MonkeyPatch, pin: str
) -> None:
    if "\x00" in pin:  # an environment cannot hold NUL: it arrives typed on the terminal
        monkeypatch.setattr(signin, "_terminal", lambda: True)
        monkeypatch.setattr(signin.getpass, "getpass", lambda _prompt: pin)
        monkeypatch.delenv("PRECINCT_PIN")
    else:
        monkeypatch.setenv("PRECINCT_PIN", pin)
    code, _, err = cli("--db", demo, "day", "open", "--member", "c1")
    assert code == 1 and _last(err).startswith("Wrong PIN for ")
    assert pin not in err or not pin


def test_an_unknown_or_hostile_member_is_named(demo: str, cli: Cli) -> None:
    for member in ("c99", "c1\u202e", "x" * 10_000):
        code, _, err = cli("--db", demo, "day", "open", "--member", member)
        assert code == 1 and _last(err).startswith("no commission member has the id ")
    assert _events(demo, "member.pin_failed") == []


def test_a_member_without_a_pin_chooses_it_at_set_up(
    official: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_NEW_PIN", "4821")
    monkeypatch.setenv("PRECINCT_PIN", "0000")  # not asked: c3 has none yet
    assert cli("--db", official, "ballots", "receive", "npp", "2240", "--member", "c3")[0] == 0
    assert [e["member"] for e in _events(official, "member.pin_set")] == ["c3"]
    monkeypatch.setenv("PRECINCT_PIN", "4821")
    monkeypatch.setenv("PRECINCT_NEW_PIN", "1111")  # c3 has one now: it is ignored
    assert cli("--db", official, "ballots", "receive", "npp", "2241", "--member", "c3")[0] == 0
    monkeypatch.setenv("PRECINCT_PIN", "1111")
    assert cli("--db", official, "ballots", "receive", "npp", "2242", "--member", "c3")[0] == 1


def test_a_new_pin_typed_twice_on_the_terminal(
    official: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PRECINCT_NEW_PIN")
    monkeypatch.setattr(signin, "_terminal", lambda: True)
    answers = iter(["4821", "4812"])
    monkeypatch.setattr(signin.getpass, "getpass", lambda _prompt: next(answers))
    code, _, err = cli("--db", official, "members", "set-pin", "c4")
    assert code == 1 and "differ: nothing was set" in _last(err)
    answers = iter(["4821", "4821"])
    assert cli("--db", official, "members", "set-pin", "c4")[0] == 0
    monkeypatch.setattr(signin, "_terminal", lambda: False)
    code, _, err = cli("--db", official, "members", "set-pin", "c5")
    assert code == 1 and "PRECINCT_NEW_PIN" in _last(err)


def test_a_member_without_a_pin_after_opening_needs_the_chairs_reset(
    official: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("--db", official, "day", "open", "--member", "c1")[0] == 0  # c1 chose 1234
    code, _, err = cli("--db", official, "issue", "1", "--member", "c4")
    assert code == 1 and "the chair must reset it" in _last(err)
    code, _, err = cli("--db", official, "members", "reset-pin", "c4", "--member", "c2")
    assert code == 1  # the deputy has no PIN either: refused before anything
    monkeypatch.setenv("PRECINCT_PIN", "9999")
    code, _, err = cli("--db", official, "members", "reset-pin", "c4", "--member", "c1")
    assert code == 1 and _last(err).startswith("Wrong PIN for ")
    monkeypatch.setenv("PRECINCT_PIN", "1234")
    code, out, err = cli("--db", official, "members", "reset-pin", "c4", "--member", "c1")
    assert code == 0 and "choose a new one" in out, err
    monkeypatch.setenv("PRECINCT_NEW_PIN", "7777")
    code, _, err = cli("--db", official, "issue", "1", "--member", "c4")
    assert code == 1 and "no voter" in _last(err)  # past the PIN: this station has no list
    monkeypatch.setenv("PRECINCT_PIN", "7777")
    code, _, err = cli("--db", official, "issue", "1", "--member", "c4")
    assert "PIN" not in _last(err)
    assert [e["member"] for e in _events(official, "member.pin_reset")] == ["c4"]


def test_only_the_chair_resets_a_pin_and_the_refusal_is_recorded(demo: str, cli: Cli) -> None:
    code, _, err = cli("--db", demo, "members", "reset-pin", "c4", "--member", "c2")
    assert code == 1 and "may not reset a member's PIN" in _last(err)
    assert _events(demo, "action.refused") == [
        {"member": "c2", "action": "reset_pin", "code": "permission_denied", "phase": "setup",
         "actor": "c2"}]
    assert _events(demo, "member.pin_reset") == []
    assert cli("--db", demo, "audit", "verify")[0] == 0


def test_refusals_by_role_and_phase_are_recorded(demo: str, cli: Cli) -> None:
    assert cli("--db", demo, "issue", "1", "--member", "c4")[0] == 1  # voting not open
    assert cli("--db", demo, "day", "open", "--member", "c1")[0] == 0
    assert cli("--db", demo, "issue", "1", "--member", "c1")[0] == 1  # the chair does not issue
    assert [(e["member"], e["code"], e["phase"]) for e in _events(demo, "action.refused")] == [
        ("c4", "voting_not_open", "setup"), ("c1", "permission_denied", "voting_open")]


def test_members_list_shows_pins_set_never_a_hash(official: str, cli: Cli) -> None:
    assert cli("--db", official, "members", "set-pin", "c2")[0] == 0
    code, out, _ = cli("--db", official, "members", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("c1\t") and "chooses it at their first action" in lines[0]
    assert lines[1].startswith("c2\t") and lines[1].endswith("PIN set")
    code, out, _ = cli("--db", official, "members", "list", "--json")
    rows = json.loads(out)
    assert [r["id"] for r in rows][:3] == ["c1", "c2", "c3"]
    assert {r["id"]: r["pin_set"] for r in rows}["c2"] is True
    assert set(rows[0]) == {"id", "name", "role", "pin_set", "may_choose", "failures", "wait_s"}
    for printed in (out, cli("--db", official, "members", "list").out):
        assert "argon2" not in printed and "$" not in printed


def test_set_pin_changes_it_with_the_old_one(
    demo: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_NEW_PIN", "55667788")
    monkeypatch.setenv("PRECINCT_PIN", "4321")
    code, _, err = cli("--db", demo, "members", "set-pin", "c5")
    assert code == 1 and _last(err).startswith("Wrong PIN for ")
    monkeypatch.setenv("PRECINCT_PIN", "1234")
    code, out, err = cli("--db", demo, "members", "set-pin", "c5")
    assert code == 0 and "is set" in out, err
    monkeypatch.setenv("PRECINCT_NEW_PIN", "12")
    monkeypatch.setenv("PRECINCT_PIN", "55667788")
    code, _, err = cli("--db", demo, "members", "set-pin", "c5")
    assert code == 1 and "4 to 8 digits" in _last(err)


def test_a_trip_is_confirmed_by_both_members(
    demo: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("--db", demo, "outside", "apply", "3", "--reason", "ill", "--member", "c3")[0] == 0
    assert cli("--db", demo, "day", "open", "--member", "c1")[0] == 0
    monkeypatch.setattr(signin, "_terminal", lambda: False)
    monkeypatch.setenv("PRECINCT_PINS", "c4=1234")
    code, _, err = cli("--db", demo, "outside", "trip", "start", "--members", "c4,c6",
                       "--ballots", "1")
    assert code == 1 and _last(err) == "Refused: not confirmed by PIN: c6"
    assert "PRECINCT_PINS" in err
    monkeypatch.setenv("PRECINCT_PINS", "c4=1234,c6=1234")
    assert cli("--db", demo, "outside", "trip", "start", "--members", "c4,c6",
               "--ballots", "1")[0] == 0


def test_malformed_precinct_pins_is_refused_naming_the_variable(
    demo: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_PINS", "c4:1234")
    code, _, err = cli("--db", demo, "outside", "trip", "start", "--members", "c4,c6",
                       "--ballots", "1")
    assert code == 1 and "PRECINCT_PINS must read member=PIN" in _last(err)


@pytest.fixture
def checked(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> str:
    """A demo station counted and checked, ready to sign."""
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = str(tmp_path / "sign.sqlite3")
    for argv in (["demo", "--voters", "10"], ["day", "open", "--member", "c1"],
                 ["issue", "1", "--member", "c4"], ["issue", "2", "--member", "c4"],
                 ["issue", "3", "--member", "c5"], ["day", "close", "--member", "c1"]):
        assert cli("--db", db, *argv)[0] == 0, argv
    _walk(cli, db)
    assert cli("--db", db, "protocol", "set", "npp", *COUNTED, "--member", "c3")[0] == 0
    for step in ("fill_protocol", "check_protocol"):
        assert cli("--db", db, "count", "step", step, "--member", "c3")[0] == 0
    return db


def test_signing_each_present_member_confirms_and_a_wrong_pin_is_named(
    checked: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_PINS", "c2=1234,c3=1234,c4=4444,c5=1234")
    code, _, err = cli("--db", checked, "protocol", "sign", "npp", "--member", "c1",
                       "--present", "c1,c2,c3,c4,c5")
    assert code == 1
    assert _last(err) == "Refused: not confirmed by PIN: c4"
    assert any(line.startswith("Wrong PIN for ") for line in err.splitlines()[:-1])
    assert _events(checked, "protocol.signed") == []
    assert [e["member"] for e in _events(checked, "member.pin_failed")] == ["c4"]
    monkeypatch.setenv("PRECINCT_PINS", "c2=1234,c3=1234,c4=1234,c5=1234")
    code, _, err = cli("--db", checked, "protocol", "sign", "npp", "--member", "c1",
                       "--present", "c1,c2,c3,c4,c5")
    assert code == 0, err
    assert _events(checked, "protocol.signed")[0]["present"] == ["c1", "c2", "c3", "c4", "c5"]


def test_signing_without_the_pins_of_those_present_is_refused(
    checked: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PRECINCT_PINS")
    monkeypatch.setattr(signin, "_terminal", lambda: False)
    code, _, err = cli("--db", checked, "protocol", "sign", "npp", "--member", "c1",
                       "--present", "c1,c2,c3,c4")
    assert code == 1 and _last(err) == "Refused: not confirmed by PIN: c2, c3, c4"
    assert _events(checked, "protocol.signed") == []


def test_signing_pins_typed_one_by_one(
    checked: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PRECINCT_PINS")
    monkeypatch.setattr(signin, "_terminal", lambda: True)
    asked: list[str] = []

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return "1234"

    monkeypatch.setattr(signin.getpass, "getpass", typed)
    code, _, err = cli("--db", checked, "protocol", "sign", "npp", "--member", "c1",
                       "--present", "c1,c2,c3,c4")
    assert code == 0, err
    # The signer's PIN came from PRECINCT_PIN; each other member present was asked in turn.
    assert [p.split("(")[1].split(")")[0] for p in asked] == ["c2", "c3", "c4"]


@pytest.mark.sqlite_only  # a SQLite backup restored
def test_restore_needs_the_chairs_pin_even_when_the_station_is_lost(
    demo: str, cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code, _, err = cli("--db", demo, "backup", "--to", str(tmp_path / "second"))
    assert code == 0, err
    [backup] = list((tmp_path / "second").glob("*.sqlite3"))
    monkeypatch.setenv("PRECINCT_PIN", "9999")
    code, _, err = cli("--db", demo, "restore", str(backup), "--member", "c1", "--yes")
    assert code == 1 and _last(err).startswith("Wrong PIN for ")  # checked on the station
    assert [e["member"] for e in _events(demo, "member.pin_failed")] == ["c1"]
    lost = str(tmp_path / "lost" / "pins.sqlite3")  # the station's disk is gone
    code, _, err = cli("--db", lost, "restore", str(backup), "--member", "c1", "--yes")
    assert code == 1 and "does not match the backup's" in _last(err)
    assert not Path(lost).exists()
    code, _, err = cli("--db", lost, "restore", str(backup), "--member", "c2", "--yes")
    assert code == 1  # only the chair
    monkeypatch.setenv("PRECINCT_PIN", "1234")
    code, _, err = cli("--db", lost, "restore", str(backup), "--member", "c1", "--yes")
    assert code == 0, err
    assert cli("--db", lost, "audit", "verify")[0] == 0


def test_the_member_confirming_a_double_entry_gives_their_pin(
    checked: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(signin, "_terminal", lambda: False)
    monkeypatch.setenv("PRECINCT_PINS", "c2=2222")
    code, _, err = cli("--db", checked, "protocol", "set", "npp", "8=1", "--member", "c3",
                       "--confirmed-by", "c2")
    assert code == 1 and _last(err) == "Refused: not confirmed by PIN: c2"
    monkeypatch.setenv("PRECINCT_PINS", "c2=1234")
    code, _, err = cli("--db", checked, "protocol", "set", "npp", "8=1", "--member", "c3",
                       "--confirmed-by", "c2")
    assert code == 0, err
