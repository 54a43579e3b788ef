"""Those present, certified copies and the posted copy from the command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli_fixtures import Cli
from tests.unit.test_cli_protocol import COUNTED, NOW, _last_err, _walk

SIGN = ["protocol", "sign", "npp", "--member", "c1", "--present", "c1,c2,c3,c4"]


@pytest.fixture
def closed(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> str:
    """A demo station of 10 voters, 3 ballots issued, voting closed, at 20:05."""
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = str(tmp_path / "people.sqlite3")
    for argv in (["demo", "--voters", "10"], ["day", "open", "--member", "c1"],
                 ["issue", "1", "--member", "c4"], ["issue", "2", "--member", "c4"],
                 ["issue", "3", "--member", "c5"], ["day", "close", "--member", "c1"]):
        assert cli("--db", db, *argv)[0] == 0, argv
    return db


@pytest.fixture
def signed(closed: str, cli: Cli) -> str:
    _walk(cli, closed)
    assert cli("--db", closed, "protocol", "set", "npp", *COUNTED, "--member", "c3")[0] == 0
    for step in ("fill_protocol", "check_protocol"):
        assert cli("--db", closed, "count", "step", step, "--member", "c3")[0] == 0
    return closed


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout.replace("\u00a0", " ")


def test_present_add_leave_list(closed: str, cli: Cli) -> None:
    db = closed
    code, out, err = cli("--db", db, "present", "add", "--name", "Ingrid Sørensen", "--kind",
                         "international_observer", "--organisation", "OSCE/ODIHR",
                         "--mandate", "A-0042", "--member", "c4")
    assert (code, out.strip()) == (0, "No. 1: Ingrid Sørensen recorded as present at 20:05"), err
    assert cli("--db", db, "present", "add", "--name", "Әлия Жаңабаева", "--kind",
               "party_observer", "--organisation", "Amanat", "--member", "c5")[0] == 0
    code, out, err = cli("--db", db, "present", "leave", "ingrid sørensen", "--member", "c4")
    assert (code, out.strip()) == (0, "No. 1: Ingrid Sørensen left at 20:05"), err
    code, out, _ = cli("--db", db, "present", "add", "--name", "Ingrid Sørensen", "--kind",
                       "international_observer", "--organisation", "OSCE/ODIHR",
                       "--member", "c4")
    assert out.strip() == "No. 1: Ingrid Sørensen came back at 20:05"
    code, out, _ = cli("--db", db, "present", "list", "--json")
    people = json.loads(out)
    assert [(p["name"], p["present"], len(p["visits"])) for p in people] == [
        ("Ingrid Sørensen", True, 2), ("Әлия Жаңабаева", True, 1)]
    assert people[0]["visits"][0]["out_by"] == "c4"
    code, out, _ = cli("--db", db, "present", "list")
    assert "Әлия Жаңабаева · observer of a party or public association · Amanat" in out
    assert out.strip().endswith("2 people present now")


@pytest.mark.parametrize(("argv", "reason"), [
    (["--name", "Ann\x1b[2JLee", "--kind", "proxy"],
     "field 'name' holds an invisible control character U+001B"),
    (["--name", "Bob", "--kind", "media"], "the organisation is required for: media"),
    (["--name", "Bob", "--kind", "tourist"], "unknown kind tourist"),
    (["--name", "B" * 10_000, "--kind", "proxy"], "field 'name' is longer than 200 characters"),
])
def test_present_add_refuses_bad_input_in_one_line(
    closed: str, cli: Cli, argv: list[str], reason: str
) -> None:
    code, _, err = cli("--db", closed, "present", "add", *argv, "--member", "c4")
    assert code == 1
    assert _last_err(err).startswith(reason)


def test_present_words_are_in_russian_and_kazakh(
    closed: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_LANG", "ru")
    code, _, err = cli("--db", closed, "present", "add", "--name", "Bob", "--kind", "media",
                       "--member", "c4")
    assert _last_err(err) == "для категории «представитель СМИ» нужно указать организацию"
    monkeypatch.setenv("PRECINCT_LANG", "kk")
    code, _, err = cli("--db", closed, "present", "leave", "Bob", "--member", "c4")
    assert code == 1 and _last_err(err) == "қатысушылар тізілімінде Bob жоқ"


def test_copy_posted_and_the_register(signed: str, cli: Cli, tmp_path: Path) -> None:
    db = signed
    code, _, err = cli("--db", db, "protocol", "copy", "npp", "--name", "Ann Lee",
                       "--member", "c1", "--secretary", "c3")
    assert code == 1 and "is not signed" in _last_err(err)
    code, _, err = cli("--db", db, "protocol", "posted", "npp", "--member", "c3")
    assert code == 1 and "it cannot be posted yet" in _last_err(err)
    assert cli("--db", db, *SIGN)[0] == 0
    assert cli("--db", db, "present", "add", "--name", "Ingrid Sørensen", "--kind",
               "international_observer", "--organisation", "OSCE/ODIHR",
               "--member", "c4")[0] == 0
    out_pdf = tmp_path / "copy.pdf"
    code, out, err = cli("--db", db, "protocol", "copy", "npp", "--to", "1", "--member", "c1",
                         "--secretary", "c3", "--out", str(out_pdf))
    assert code == 0, err
    assert out.splitlines()[0] == (
        "certified copy No. 3 of the protocol of npp (version 1) to Ingrid Sørensen")
    said = _pdf_text(out_pdf)
    assert "№ 3 дана" in said and "Экземпляр № 3" in said
    code, out, err = cli("--db", db, "protocol", "copy", "npp", "--name", "Серік Әбілов",
                         "--organisation", "Ауыл", "--member", "c1", "--secretary", "c3")
    assert "No. 4" in out
    code, _, err = cli("--db", db, "protocol", "copy", "npp", "--name", "X",
                       "--member", "c1", "--secretary", "c4")
    assert code == 1 and "is not the secretary" in _last_err(err)
    code, out, err = cli("--db", db, "protocol", "posted", "npp", "--member", "c3")
    assert code == 0 and "posted for public review at 06.10.2024 20:05" in out, err
    code, _, err = cli("--db", db, "protocol", "posted", "npp", "--member", "c3")
    assert code == 1 and "was posted at 06.10.2024 20:05" in _last_err(err)
    code, out, _ = cli("--db", db, "protocol", "copies", "npp", "--json")
    doc = json.loads(out)
    assert [(c["number"], c["name"], c["version"]) for c in doc["copies"]] == [
        (3, "Ingrid Sørensen", 1), (4, "Серік Әбілов", 1)]
    assert [p["version"] for p in doc["posted"]] == [1]
    annex = tmp_path / "copies.pdf"
    code, out, err = cli("--db", db, "protocol", "copies", "npp", "--pdf", str(annex))
    assert code == 0, err
    said = _pdf_text(annex)
    for expected in ("Ingrid Sørensen", "Серік Әбілов", "Ауыл", "Көшірме №", "Копия №",
                     "OSCE/ODIHR", "ОҚУ", "ОБУЧЕНИЕ", "Жалпы жұрттың танысуы үшін ілінді"):
        assert expected in said, expected
    code, _, err = cli("--db", db, "protocol", "copies", "nope")
    assert code == 1 and "nope" in _last_err(err)


@pytest.mark.parametrize(("person", "reason"), [
    ("", "required field 'name' is empty"),
    ("9" * 30, "no one in the register of those present is 999"),
    ("9223372036854775807", "no one in the register of those present is 9223372036854775807"),
])
def test_present_leave_names_a_person_it_cannot_find(
    closed: str, cli: Cli, person: str, reason: str
) -> None:
    code, _, err = cli("--db", closed, "present", "leave", person, "--member", "c4")
    assert code == 1 and _last_err(err).startswith(reason)


def test_the_secretary_certifies_a_copy_with_their_own_pin(
    signed: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = signed
    assert cli("--db", db, *SIGN)[0] == 0
    monkeypatch.setenv("PRECINCT_PINS", "c3=9999")  # the secretary's PIN, mistyped
    code, _, err = cli("--db", db, "protocol", "copy", "npp", "--name", "Ann Lee",
                       "--member", "c1", "--secretary", "c3")
    assert code == 1 and "c3" in _last_err(err)
    code, out, _ = cli("--db", db, "protocol", "copies", "npp", "--json")
    assert json.loads(out)["copies"] == []  # no number given out
    monkeypatch.setenv("PRECINCT_PINS", "c3=1234")
    code, out, err = cli("--db", db, "protocol", "copy", "npp", "--name", "Ann Lee",
                         "--member", "c1", "--secretary", "c3")
    assert code == 0 and "No. 3" in out, err
