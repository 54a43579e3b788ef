"""Numbers past every bound get a clear message naming the field, never a traceback (issue 12)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from precinct_app.cli import main
from precinct_app.db import Database
from precinct_app.messages import text
from precinct_app.services import bounds, forms, outside, package, phases, protocol, search
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError, InvalidInput, Refused
from precinct_app.services.iin import make_iin
from precinct_app.services.voter_import import read_voter_bytes

HUGE = "9" * 5000  # Python refuses int() past 4,300 digits
PAST_SQLITE = str(2**64)  # 20 digits: SQLite's INTEGER overflows
NOW = "2024-10-06T09:00:00+05:00"
DAY = dt.date(2024, 10, 6)


# -- the shared helpers ------------------------------------------------------------------------

def test_parse_whole_names_the_field_and_keeps_long_values_short() -> None:
    assert bounds.parse_whole(" 0042 ", 0, 100, "N") == 42
    for raw, code in ((HUGE, "number_out_of_range"), ("101", "number_out_of_range"),
                      ("²", "number_not_whole"), ("1_000", "number_not_whole"),
                      ("-1", "number_out_of_range"), ("--1", "number_not_whole"),
                      ("", "number_not_whole")):
        with pytest.raises(InvalidInput) as info:
            bounds.parse_whole(raw, 0, 100, "N")
        assert info.value.code == code and info.value.params["field"] == "N"
        assert len(text(code, "ru", **info.value.params)) < 120
    assert bounds.parse_whole("-5", -10, 10, "N") == -5


def test_json_too_deep_or_too_long_a_number_is_refused_with_its_place() -> None:
    with pytest.raises(bounds.JsonLimitExceeded) as deep:
        bounds.load_json("{\n \"a\": " + "[" * 100_000 + "]" * 100_000 + "}")
    assert (deep.value.code, deep.value.lineno, deep.value.colno) == ("json_too_deep", 2, 70)
    with pytest.raises(bounds.JsonLimitExceeded) as long:
        bounds.load_json('{"a": [1, ' + HUGE + "]}")
    assert (long.value.code, long.value.colno) == ("json_number_too_long", 11)
    # Brackets and digits inside strings are text, not structure.
    assert bounds.load_json(json.dumps({"t": "[" * 100 + HUGE})) == {"t": "[" * 100 + HUGE}
    assert bounds.load_json('{"n": 999999999999999999, "f": -1.5e300}')["n"] == 10**18 - 1


# -- the election package ----------------------------------------------------------------------

def _package(tmp_path: Path, raw: str) -> Path:
    folder = tmp_path / "package"
    folder.mkdir(exist_ok=True)
    (folder / "election.json").write_text(raw, encoding="utf-8")
    return folder


def test_a_5000_digit_number_in_election_json_is_named_by_line(
    tmp_path: Path, sample_election: dict[str, Any]
) -> None:
    raw = json.dumps(sample_election, indent=1).replace(
        '"ballots_received": ', '"ballots_received": ' + HUGE + "0*", 1
    ).replace("0*", "")
    with pytest.raises(package.PackageInvalid) as info:
        package.load_package(_package(tmp_path, raw))
    err = info.value
    assert err.code == "package_json_number_too_long"
    line = raw[: raw.index(HUGE)].count("\n") + 1
    message = text(err.code, "kk", **err.params)
    assert f"{line}-жол" in message and "election.json" in message and "18" in message


def test_a_100000_deep_election_json_is_refused_not_a_recursion_error(tmp_path: Path) -> None:
    with pytest.raises(package.PackageInvalid) as info:
        package.load_package(_package(tmp_path, "[" * 100_000 + "]" * 100_000))
    assert info.value.code == "package_json_too_deep"
    assert "nested more than 64 levels" in text(info.value.code, "en", **info.value.params)


def test_ballots_received_past_the_domain_limit_is_a_problem_at_its_path(
    tmp_path: Path, sample_election: dict[str, Any]
) -> None:
    for count in (bounds.MAX_BALLOTS + 1, 10**18 - 1):  # 18 digits: the JSON reads it
        sample_election["contests"][0]["ballots_received"] = count
        with pytest.raises(package.PackageInvalid) as info:
            package.load_package(_package(tmp_path, json.dumps(sample_election)))
        [problem] = info.value.problems
        assert problem.path == "contests[0].ballots_received"
        assert "far above any precinct" in text(problem.code, "en", **problem.params)


def test_an_options_line_number_of_5000_digits_is_a_problem_not_a_crash(
    tmp_path: Path, sample_election: dict[str, Any]
) -> None:
    form_id = sample_election["contests"][0]["protocol_form"]
    form = {form_id: forms.builtin_form(form_id)}
    lines = form[form_id]["lines"]
    next(line for line in lines if line.get("options"))["number_from"] = HUGE
    sample_election["protocol_forms"] = {"own": {**form[form_id], "id": "own"}}
    sample_election["contests"][0]["protocol_form"] = "own"
    with pytest.raises(package.PackageInvalid) as info:
        package.load_package(_package(tmp_path, json.dumps(sample_election)))
    codes = {(p.path.rsplit(".", 1)[-1], p.code) for p in info.value.problems}
    assert ("number_from", "line_number_too_large") in codes
    # A fixed line's number of 5,000 digits is compared with number_from: refused first.
    next(line for line in lines if line.get("options"))["number_from"] = "13"
    next(line for line in lines if not line.get("options"))["number"] = HUGE
    sample_election["protocol_forms"] = {"own": {**form[form_id], "id": "own"}}
    with pytest.raises(package.PackageInvalid) as info:
        package.load_package(_package(tmp_path, json.dumps(sample_election)))
    codes = {(p.path.rsplit(".", 1)[-1], p.code) for p in info.value.problems}
    assert codes == {("number", "line_number_too_large")}


# -- the voter list ------------------------------------------------------------------------------

def test_list_numbers_past_the_limit_or_not_ascii_are_rejected_rows() -> None:
    born = dt.date(1980, 1, 2)
    rows = [("7", 1), (PAST_SQLITE, 2), (HUGE, 3), ("²", 4), ("1000001", 5), ("1000000", 6)]
    body = "".join(f"{no},{make_iin(born, False, serial)},Ахметов,Ерлан\n" for no, serial in rows)
    preview = read_voter_bytes(("list_no,iin,surname,given_name\n" + body).encode(),
                               "voters.csv", voting_day=DAY)
    assert [r.list_no for r in preview.accepted] == [7, 1_000_000]
    reasons = {r.line: (r.reason, text(r.reason, "en", **r.params)) for r in preview.rejected}
    assert reasons[3][0] == reasons[4][0] == reasons[6][0] == "list_no_too_large"
    assert "at most 1000000" in reasons[3][1] and len(reasons[4][1]) < 120
    assert reasons[5][0] == "bad_list_no"


# -- the services the window and the command line share -----------------------------------------

@pytest.fixture
def station(db: Database, clock: Clock) -> Database:
    from precinct_app.services import demo

    demo.build_demo(db, clock, db_path=None, voters=10)
    return db


def test_ballots_received_past_the_limit_is_refused_with_the_limit(
    station: Database, clock: Clock
) -> None:
    for count in (bounds.MAX_BALLOTS + 1, 2**64):
        with station.transaction() as s, pytest.raises(InvalidInput) as info:
            phases.receive_ballots(s, clock, "c1", "npp", count)
        assert info.value.code == "ballots_too_many"
    with station.transaction() as s:
        assert phases.receive_ballots(s, clock, "c1", "npp", bounds.MAX_BALLOTS).after == 10**6


def test_ids_and_versions_past_sqlite_find_nothing(station: Database, clock: Clock) -> None:
    with station.transaction() as s:
        phases.open_voting(s, clock, "c1")
    with station.transaction() as s, pytest.raises(Refused) as info:
        outside.end_trip(s, clock, 2**64, 0)
    assert info.value.code == "trip_not_open"
    with station.reading() as s, pytest.raises(DomainError):
        protocol.build(s, clock, "npp", 2**64)
    with station.reading() as s:
        assert len(search.find(s, "а", 2**64).ids) == len(search.find(s, "а").ids)


# -- the command line: one type for every integer ----------------------------------------------

@pytest.fixture
def cli_station(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    monkeypatch.setenv("PRECINCT_PIN", "1234")
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "demo", "--voters", "10"]) == 0
    capsys.readouterr()
    return db


INTEGER_ARGS = [
    ("ballots", "receive", "npp", "{n}", "--member", "c1"),
    ("voters", "find", "а", "--limit", "{n}"),
    ("issue", "1", "--member", "c4", "--outside", "--trip", "{n}"),
    ("outside", "trip", "start", "--members", "c4,c5", "--ballots", "{n}"),
    ("outside", "trip", "end", "{n}", "--returned", "0"),
    ("outside", "trip", "end", "1", "--returned", "{n}"),
    ("outside", "trip", "end", "1", "--returned", "0", "--spoiled", "{n}"),
    ("protocol", "check", "npp", "--version", "{n}"),
    ("protocol", "pdf", "npp", "--out", "x.pdf", "--copy", "{n}"),
    ("protocol", "pdf", "npp", "--out", "x.pdf", "--version", "{n}"),
    ("backup", "--keep", "{n}"),
    ("demo", "--voters", "{n}"),
]


@pytest.mark.parametrize("template", INTEGER_ARGS, ids=lambda t: " ".join(t[:3]))
@pytest.mark.parametrize("number", [HUGE, PAST_SQLITE, "١٢"], ids=["5000", "2**64", "arabic"])
def test_every_integer_argument_refuses_a_bad_number_in_the_users_language(
    cli_station: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    template: tuple[str, ...], number: str,
) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    argv = ["--db", cli_station, *(a.replace("{n}", number) for a in template)]
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2  # a malformed command line
    last = capsys.readouterr().err.strip().splitlines()[-1]
    before = template[template.index("{n}") - 1]
    named = before if before.startswith("--") else None  # a positional: argparse says N/TRIP
    assert "Traceback" not in last and len(last) < 200
    assert ("не более 18 цифр" in last) if number != "١٢" else ("не является целым" in last)
    if named:
        assert f"аргумент {named}" in last  # argparse's frame in Russian too


def test_in_range_numbers_past_a_domain_rule_are_refusals_saying_the_rule(
    cli_station: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", cli_station, "ballots", "receive", "npp", "5000000", "--member", "c1"])
    assert code == 1
    assert "at most 1000000 (a precinct has a few thousand voters)" in capsys.readouterr().err
    code = main(["--db", cli_station, "protocol", "set", "npp", f"cancelled={HUGE}",
                 "--member", "c1"])
    err = capsys.readouterr().err
    assert code == 1 and "not possible here" in err and len(err) < 200
    main(["--db", cli_station, "count", "step", "cancel_unused", "--member", "c1",
          "--cancelled", HUGE])
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err) < 200


# -- the export folder, read by verify ---------------------------------------------------------

@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.unit.test_export import station as signed_station
    from tests.unit.test_export import write_export

    base = tmp_path_factory.mktemp("bounds-verify")
    db, db_path = signed_station(base)
    result = write_export(db, db_path, base / "stick")
    db.dispose()
    return result.path


@pytest.mark.parametrize("value", ["[" * 100_000 + "]" * 100_000, HUGE], ids=["deep", "5000"])
def test_verify_reads_a_deep_or_huge_manifest_as_unreadable_not_a_crash(
    exported: Path, tmp_path: Path, value: str
) -> None:
    import shutil

    from precinct_app.services.verify import verify_folder

    folder = Path(shutil.copytree(exported, tmp_path / exported.name))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["audit_head"]["seq"] = "@@"
    (folder / "manifest.json").write_text(
        json.dumps(manifest).replace('"@@"', value), encoding="utf-8")
    report = verify_folder(folder)
    assert not report.ok
    # Too deep is said as such (the manifest is never parsed); a 5,000-digit number is
    # not JSON this program reads.
    wanted = "verify_json_too_deep" if value.startswith("[") else "verify_manifest_unreadable"
    assert [c.code for c in report.checks] == [wanted]
    assert report.failed_files == ("manifest.json",)


# -- digits that are not ASCII: isdigit() says yes, int() says no ------------------------------

def test_a_superscript_digit_names_no_voter_and_sorts_as_a_section_name(
    station: Database, clock: Clock
) -> None:
    from sqlalchemy import update

    from precinct_app.models import Voter
    from precinct_app.services import paper_list, turnout, turnout_pdf, voters
    from precinct_app.services.station import load_station

    with station.transaction() as s:  # as a voter list with a section "²" imports it
        s.execute(update(Voter).where(Voter.list_no == 1).values(section="²"))
    with station.reading() as s, pytest.raises(InvalidInput) as info:
        voters.resolve(s, "²")
    assert info.value.code == "voter_not_found"
    with station.reading() as s:
        assert paper_list.build(s, clock, "en").startswith(b"%PDF")
        report, info_ = turnout.report(s), load_station(s)
    as_of = dt.datetime.fromisoformat(NOW)
    assert turnout_pdf.build(report, info_, as_of, True, "en").startswith(b"%PDF")
