"""Closing from the command line: count steps, protocol set/check/explain/sign/correct/pdf."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_fixtures import Cli

NOW = "2024-10-06T20:05:00+05:00"
COUNTED = ["6=0", "7=3", "8=0", "9=3", "10=0", "11=0", "12=0", "yes=2", "no=1"]


@pytest.fixture
def closed(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> str:
    """A demo station of 10 voters (11 ballots), 3 ballots issued, voting closed."""
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = str(tmp_path / "count.sqlite3")
    for argv in (["demo", "--voters", "10"], ["day", "open", "--member", "c1"],
                 ["issue", "1", "--member", "c4"], ["issue", "2", "--member", "c4"],
                 ["issue", "3", "--member", "c5"], ["day", "close", "--member", "c1"]):
        assert cli("--db", db, *argv)[0] == 0, argv
    return db


def _last_err(err: str) -> str:
    assert "Traceback" not in err
    return err.strip().splitlines()[-1]


def _walk(cli: Cli, db: str) -> None:
    code, out, err = cli("--db", db, "count", "step", "cancel_unused", "--member", "c1",
                          "--cancelled", "npp=8")
    assert code == 0, err
    assert "npp: 8 cancelled; the records expect 8 (0 spoiled)" in out
    for step in ("summarise_list", "open_portable_boxes", "open_stationary_box",
                 "sort_and_count"):
        assert cli("--db", db, "count", "step", step, "--member", "c3")[0] == 0


def test_closing_from_the_cli(closed: str, cli: Cli) -> None:
    db = closed
    _walk(cli, db)
    code, _, err = cli("--db", db, "protocol", "check", "npp")
    assert code == 1 and _last_err(err) == "protocol npp v1 is not in order"
    assert "line 13 is empty" in err
    code, out, err = cli("--db", db, "protocol", "set", "npp", *COUNTED,
                          "--member", "c3")
    assert code == 0, err
    code, out, err = cli("--db", db, "protocol", "check", "npp", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["ready"] and doc["status"] == "draft" and doc["code"] is None
    assert {x["key"]: x["value"] for x in doc["lines"]}["issued_in_premises"] == 3
    assert all(c["holds"] for c in doc["checks"])
    for step in ("fill_protocol", "check_protocol"):
        assert cli("--db", db, "count", "step", step, "--member", "c3")[0] == 0
    code, _, err = cli("--db", db, "protocol", "sign", "npp", "--member", "c1",
                        "--present", "c1,c2,c3")
    assert code == 1
    assert _last_err(err) == "no quorum: 3 of 7 members present, at least 4 needed"
    code, out, err = cli("--db", db, "protocol", "sign", "npp", "--member", "c1",
                          "--present", "c1,c2,c3,c4", "--dissent", "c4:line 8 is wrong")
    assert code == 0, err
    assert "protocol npp v1 signed at 06.10.2024 20:05; code " in out
    code_text = out.strip().rsplit(" ", 1)[-1]
    code, _, err = cli("--db", db, "protocol", "set", "npp", "8=1", "--member", "c3")
    assert code == 1 and "correct one to change it" in _last_err(err)
    code, out, err = cli("--db", db, "protocol", "correct", "npp", "--reason",
                          "recount of line 13", "--member", "c1")
    assert code == 0 and "version 2 opened" in out, err
    code, out, _ = cli("--db", db, "protocol", "check", "npp", "--json",
                        "--version", "1")
    assert json.loads(out)["code"] == code_text
    assert cli("--db", db, "audit", "verify")[0] == 0


def test_refusals_end_with_one_line(closed: str, cli: Cli) -> None:
    db = closed
    code, _, err = cli("--db", db, "count", "step", "open_portable_boxes",
                        "--member", "c1")
    assert code == 1 and "the steps go in order" in _last_err(err)
    code, _, err = cli("--db", db, "protocol", "set", "npp", "8=1", "--member", "c3")
    assert code == 1 and "during the count" in _last_err(err)
    _walk(cli, db)
    code, _, err = cli("--db", db, "protocol", "set", "npp", "8=x", "--member", "c3")
    assert code == 1 and "8=x" in _last_err(err)
    code, _, err = cli("--db", db, "protocol", "set", "npp", "1=11", "--member", "c1")
    assert code == 1 and "give a reason" in _last_err(err)
    code, _, err = cli("--db", db, "protocol", "explain", "npp", "ballots_balance",
                        "because", "--member", "c1")
    assert code == 1 and "must be put right, not explained" in _last_err(err)
    code, _, err = cli("--db", db, "count", "step", "fill_protocol", "--member", "c3")
    assert code == 1 and "lines 6, 7, 8, 9, 10, 11, 12, 13, 14 are empty" in _last_err(err)


def test_a_broken_ratio_cannot_be_signed(closed: str, cli: Cli) -> None:
    db = closed
    _walk(cli, db)
    broken = [*COUNTED[:-2], "yes=3", "no=1"]  # 4 votes for 3 valid ballots
    assert cli("--db", db, "protocol", "set", "npp", *broken, "--member", "c3")[0] == 0
    code, _, err = cli("--db", db, "protocol", "check", "npp")
    assert code == 1
    assert "error valid_balance: valid == valid_not_counted + options: 3 against 4 " \
        "(difference -1)" in err
    assert cli("--db", db, "count", "step", "fill_protocol", "--member", "c3")[0] == 0
    code, _, err = cli("--db", db, "count", "step", "check_protocol", "--member", "c3")
    assert code == 1 and "valid_balance" in _last_err(err)
    code, _, err = cli("--db", db, "protocol", "sign", "npp", "--member", "c1",
                        "--present", "c1,c2,c3,c4")
    assert code == 1 and "the count is not finished" in _last_err(err)


def test_protocol_pdf_from_the_cli(
    closed: str, cli: Cli, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    db = closed
    _walk(cli, db)
    assert cli("--db", db, "protocol", "set", "npp", *COUNTED, "--member", "c3")[0] == 0
    for step in ("fill_protocol", "check_protocol"):
        assert cli("--db", db, "count", "step", step, "--member", "c3")[0] == 0
    code, out, _ = cli("--db", db, "protocol", "sign", "npp", "--member", "c1",
                        "--present", "c1,c2,c3,c4")
    signed_code = out.strip().rsplit(" ", 1)[-1]
    target = tmp_path / "protocol.pdf"
    code, out, err = cli("--db", db, "protocol", "pdf", "npp", "--out", str(target),
                          "--lang", "ru", "--copy", "2")
    assert code == 0, err
    assert out.strip() == str(target)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert signed_code in text and "Экземпляр № 2" in text
    first = target.read_bytes()
    assert cli("--db", db, "protocol", "pdf", "npp", "--out", str(target),
                "--lang", "ru", "--copy", "2")[0] == 0
    assert target.read_bytes() == first  # same data, same bytes
    code, _, err = cli("--db", db, "protocol", "pdf", "npp", "--out",
                        str(tmp_path / "missing" / "p.pdf"))
    assert code == 1 and "p.pdf" in _last_err(err)
