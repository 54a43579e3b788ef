"""Fuzzing every parser: a clear refusal (a DomainError, or the CLI's exit code with a
message), never a traceback, and the station's tables exactly as they were (issue 12).

The example count is small so ``make test`` stays fast; a reliability run sets
``PRECINCT_FUZZ_EXAMPLES`` (e.g. 5000) to try many more.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from precinct_app.cli import main
from precinct_app.db import Database, open_database
from precinct_app.messages import CATALOG, text
from precinct_app.services import bounds, keys, package, setup, voter_import
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError
from precinct_app.services.iin import make_iin
from precinct_app.services.verify import VerifyError, verify_folder

EXAMPLES = int(os.environ.get("PRECINCT_FUZZ_EXAMPLES", "100"))
fuzz = settings(
    max_examples=EXAMPLES,
    # The fixtures are a station each example works against; the test compares its tables.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
NOW = "2024-10-06T09:00:00+05:00"
DEEP = "[" * 100_000 + "]" * 100_000

# Digits of other scripts: str.isdigit() says yes, and int() accepts some, refuses others.
OTHER_DIGITS = st.sampled_from(["²", "1²", "①", "١٢", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠", "１２", "߁"])
# Numbers as people and damaged files write them: past SQLite, past int()'s 4,300 digits,
# other scripts' digits, separators, signs, exponents.
NUMBER_TEXT = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.integers(0, 40).map(lambda n: "9" * n),
    st.sampled_from([
        "9" * 5000, "-" + "9" * 5000, "0" * 30 + "7", str(2**63), str(2**63 - 1), str(2**64),
        "1_000", "+5", " 7 ", "1e9", "1.5", "-0", "", "NaN", "inf", "0x10",
    ]),
    OTHER_DIGITS,
    st.text(alphabet="0123456789-+_ .e²١", max_size=25),
)
# JSON values as raw text, spliced where a value was: numbers, nesting, the odd type.
RAW_JSON = st.one_of(
    NUMBER_TEXT.filter(lambda t: t.lstrip("-").isascii() and t.lstrip("-").isdigit()
                       and not t.lstrip("-").startswith("0")),
    st.sampled_from([
        "1e400", "-1e400", "1" + "0" * 40 + ".5", "0", "-0", "true", "false", "null", "[]",
        "{}", '""', "NaN", "Infinity",
    ]),
    # Extremes on branches of their own, so a short run meets them too.
    st.sampled_from(["9" * 5000, DEEP, '{"a": ' * 70 + "1" + "}" * 70]),
    st.sampled_from([DEEP, "[" * 65 + "]" * 65, "[" * 60 + "]" * 60]),
    st.floats(allow_nan=False, allow_infinity=False).map(json.dumps),
    st.one_of(NUMBER_TEXT, OTHER_DIGITS).map(json.dumps),  # numbers written as text
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")),
            max_size=12).map(json.dumps),
)


# What a refusal itself writes (docs/domain.md §2, docs/formats.md §7): the record of it, and the
# head of the log that record moved; the events before it stay as they were.
REFUSAL_RECORDS = ("action.refused", "member.pin_failed")


def _dump(db_file: Path) -> str:
    """A hash of every row of every table of the station (read on a connection of its own),
    the records of refusals left out."""
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            if name == "audit_head":
                continue
            digest.update(name.encode())
            where = (f"WHERE action NOT IN {REFUSAL_RECORDS!r}" if name == "audit_event"
                     else "")
            for row in conn.execute(f'SELECT * FROM "{name}" {where} ORDER BY rowid'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def _leaf_paths(doc: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(doc, dict):
        items: Any = doc.items()
    elif isinstance(doc, list):
        items = enumerate(doc)
    else:
        yield path
        return
    yield path
    for key, value in items:
        yield from _leaf_paths(value, (*path, key))


def _splice(doc: Any, changes: list[tuple[tuple[Any, ...], str]]) -> str:
    """``doc`` as JSON text with the value at each path replaced by raw JSON text."""
    doc = copy.deepcopy(doc)
    marks: dict[str, str] = {}
    for index, (path, raw) in enumerate(changes):
        mark = f"@@FUZZ{index}@@"
        marks[json.dumps(mark)] = raw
        if not path:
            doc = mark
            continue
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = mark
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change replaced this path's parent
    out = json.dumps(doc, ensure_ascii=False, indent=1)
    for mark, raw in marks.items():
        out = out.replace(mark, raw)
    return out


def _worded(error: DomainError) -> None:
    """A refusal the user can read: a known code, worded in every language."""
    assert error.code in CATALOG, error
    for lang in ("kk", "ru", "en"):
        assert text(error.code, lang, **error.params).strip()


# -- the election package ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def election_paths(sample_election_module: dict[str, Any]) -> list[tuple[Any, ...]]:
    return list(_leaf_paths(sample_election_module))


@pytest.fixture(scope="module")
def sample_election_module() -> dict[str, Any]:
    from precinct_app.resources import resource_path

    data: dict[str, Any] = json.loads(
        resource_path("demo/election.json").read_text(encoding="utf-8"))
    # The contest's form inline, so its lines, numbers and rules are fuzzed too.
    form_id = data["contests"][0]["protocol_form"]
    form = package.from_document(data).forms[form_id].document
    data["protocol_forms"] = {"own": {**copy.deepcopy(form), "id": "own"}}
    data["contests"][0]["protocol_form"] = "own"
    return data


@fuzz
@given(data=st.data())
def test_fuzz_election_package(
    sample_election_module: dict[str, Any], election_paths: list[tuple[Any, ...]],
    clock: Clock, data: st.DataObject,
) -> None:
    changes = data.draw(st.lists(st.tuples(st.sampled_from(election_paths), RAW_JSON),
                                 min_size=1, max_size=3), label="changes")
    raw = _splice(sample_election_module, changes)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "package"
        folder.mkdir()
        (folder / "election.json").write_text(raw, encoding="utf-8")
        try:
            loaded = package.load_package(folder)
        except package.PackageInvalid as exc:
            _worded(exc)
            for problem in exc.problems:
                assert problem.code in CATALOG, problem
                assert text(problem.code, "kk", **problem.params).strip()
            return
        # A package that passes creates its station, or refuses with the database untouched.
        db_file = Path(tmp) / "station.sqlite3"
        db = open_database(db_file, create=True)
        before = _dump(db_file)
        try:
            setup.init_station(db, clock, loaded, db_path=db_file)
        except DomainError as exc:
            _worded(exc)
            assert _dump(db_file) == before
        finally:
            db.dispose()


# -- the voter list (CSV and XLSX) ------------------------------------------------------------

@pytest.fixture
def list_station(tmp_path: Path, clock: Clock) -> Iterator[tuple[Database, Path]]:
    from precinct_app.services import demo

    db_file = tmp_path / "list.sqlite3"
    db = open_database(db_file, create=True)
    demo.build_demo(db, clock, db_path=db_file, voters=5)
    yield db, db_file
    db.dispose()


_IINS = [str(make_iin(dt.date(1960 + i, 1 + i % 12, 1 + i), i % 2 == 0, 100 + i))
         for i in range(12)]
CELL_TEXT = st.one_of(NUMBER_TEXT, st.sampled_from(_IINS), st.sampled_from(
    ["Ахметов", "Ерлан", "1990-01-02", "02.01.1990", "", " "]))
XLSX_CELL = st.one_of(
    st.integers(-(2**70), 2**70), st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([int(i) for i in _IINS]), st.dates(), CELL_TEXT,
)
HEADER = ["list_no", "iin", "surname", "given_name", "birth_date"]


def _row(draw: st.DrawFn, cell: st.SearchStrategy[Any]) -> list[Any]:
    return [draw(cell), draw(st.one_of(st.sampled_from(_IINS), cell)), "Ахметов", "Ерлан",
            draw(st.one_of(st.just(""), cell))]


@st.composite
def voter_files(draw: st.DrawFn) -> tuple[str, bytes]:
    if draw(st.booleans()):
        rows = [_row(draw, CELL_TEXT) for _ in range(draw(st.integers(1, 6)))]
        body = "".join(";".join(str(c) for c in r) + "\n" for r in rows)
        return "voters.csv", (";".join(HEADER) + "\n" + body).encode("utf-8")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for _ in range(draw(st.integers(1, 6))):
        sheet.append(_row(draw, XLSX_CELL))
    out = io.BytesIO()
    book.save(out)
    return "voters.xlsx", out.getvalue()


@fuzz
@given(file=voter_files())
def test_fuzz_voter_list(
    list_station: tuple[Database, Path], clock: Clock, tmp_path: Path, file: tuple[str, bytes],
) -> None:
    db, db_file = list_station
    name, content = file
    path = tmp_path / name
    path.write_bytes(content)
    before = _dump(db_file)
    try:
        with db.transaction() as s:
            preview = voter_import.preview_import(s, path)
            for row in preview.rejected:
                assert row.reason in CATALOG
                assert text(row.reason, "kk", **row.params).strip()
            assert all(1 <= r.list_no <= bounds.MAX_LIST_NO for r in preview.accepted
                       if r.list_no is not None)
            if preview.rejected:  # --strict: a rejected row means nothing is written
                raise voter_import.ImportRejected("import_strict_refused",
                                                  rejected=len(preview.rejected))
            voter_import.apply_import(s, clock, preview)
    except DomainError as exc:
        _worded(exc)
        assert _dump(db_file) == before


# -- the export folder, read by verify ---------------------------------------------------------

@pytest.fixture(scope="module")
def pristine_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """One signed export, its station database and key (built once for the module)."""
    from tests.unit.test_export import station, write_export

    base = tmp_path_factory.mktemp("fuzz-verify")
    db, db_path = station(base)
    result = write_export(db, db_path, base / "stick")
    db.dispose()
    return result.path, db_path, keys.key_path_for(db_path)


def _mutate_csv(raw: bytes, row: int, column: int, value: str) -> bytes:
    lines = raw.decode("utf-8").split("\n")
    index = 1 + row % max(1, len(lines) - 2)
    cells = lines[index].split(",")
    cells[column % len(cells)] = value
    lines[index] = ",".join(cells)
    return "\n".join(lines).encode("utf-8")


@fuzz
@given(data=st.data())
def test_fuzz_export_folder(
    pristine_export: tuple[Path, Path, Path], data: st.DataObject
) -> None:
    from tests.unit.test_verify import _re_sign

    source, db_path, key_file = pristine_export
    before = _dump(db_path)
    name = data.draw(st.sampled_from(["manifest.json", "results.json", "audit.jsonl",
                                      "results.csv", "turnout.csv"]), label="file")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(shutil.copytree(source, Path(tmp) / source.name))
        target = folder / name
        raw = target.read_bytes()
        if name.endswith(".csv"):
            raw = _mutate_csv(raw, data.draw(st.integers(0, 50)), data.draw(st.integers(0, 9)),
                              data.draw(NUMBER_TEXT, label="value"))
        elif name == "audit.jsonl":
            lines = raw.decode("utf-8").splitlines()
            at = data.draw(st.integers(0, len(lines) - 1), label="line")
            event = json.loads(lines[at])
            paths = list(_leaf_paths(event))
            lines[at] = _splice(event, data.draw(st.lists(
                st.tuples(st.sampled_from(paths), RAW_JSON), min_size=1, max_size=2))
            ).replace("\n", "")
            raw = ("\n".join(lines) + "\n").encode("utf-8")
        else:
            doc = json.loads(raw)
            paths = list(_leaf_paths(doc))
            raw = _splice(doc, data.draw(st.lists(
                st.tuples(st.sampled_from(paths), RAW_JSON), min_size=1, max_size=3),
                label="changes")).encode("utf-8")
        target.write_bytes(raw)
        re_signed = name != "manifest.json" and data.draw(st.booleans(), label="re-signed")
        if re_signed:
            _re_sign(folder, keys.load_key(key_file))  # a forger's file, checked past the hashes
        try:
            report = verify_folder(folder)
        except VerifyError as exc:
            _worded(exc)
        else:
            # A changed file fails at least its hash, unless a forger re-signed it.
            assert re_signed or not report.ok or raw == (source / name).read_bytes()
            for check in report.checks:
                assert check.code in CATALOG, check
    assert _dump(db_path) == before


# -- every command-line argument --------------------------------------------------------------

@pytest.fixture
def cli_station(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    monkeypatch.setenv("PRECINCT_PIN", "1234")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "cli.sqlite3"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["--db", str(db), "demo", "--voters", "20"]) == 0
        assert main(["--db", str(db), "day", "open", "--member", "c1"]) == 0
        assert main(["--db", str(db), "outside", "apply", "3", "--reason", "illness",
                     "--member", "c2"]) == 0
    return db


# One template a subcommand; {n} takes a number as typed, {m} a member, {v} a voter.
COMMANDS = [
    ("demo", "--voters", "{n}"),
    ("init", "{n}"),
    ("voters", "find", "{n}", "--limit", "{n}"),
    ("voters", "find", "{n}", "--json"),
    ("voters", "import", "{n}"),
    ("voters", "add", "--surname", "Ахметов", "--given-name", "Ерлан", "--iin", "{n}",
     "--basis", "absentee", "--reference", "{n}", "--member", "{m}"),
    ("voters", "exclude", "{v}", "--reason", "died", "--member", "{m}"),
    ("ballots", "receive", "npp", "{n}", "--member", "{m}"),
    ("day", "close", "--member", "{m}", "--reason", "{n}"),
    ("issue", "{v}", "--member", "{m}"),
    ("issue", "{v}", "--member", "{m}", "--outside", "--trip", "{n}"),
    ("spoil", "{v}", "--member", "{m}"),
    ("undo", "{v}", "--member", "{m}", "--reason", "{n}"),
    ("outside", "apply", "{v}", "--reason", "{n}", "--member", "{m}"),
    ("outside", "trip", "start", "--members", "c4,c5", "--ballots", "{n}"),
    ("outside", "trip", "end", "{n}", "--returned", "{n}", "--spoiled", "{n}"),
    ("turnout", "--json"),
    ("count", "step", "cancel_unused", "--member", "{m}", "--cancelled", "{n}"),
    ("count", "step", "cancel_unused", "--member", "{m}", "--cancelled", "npp={n}"),
    ("count", "status"),
    ("protocol", "set", "npp", "{n}={n}", "--member", "{m}"),
    ("protocol", "set", "npp", "cancelled={n}", "--member", "{m}"),
    ("protocol", "explain", "npp", "{n}", "{n}", "--member", "{m}"),
    ("protocol", "check", "npp", "--version", "{n}"),
    ("protocol", "sign", "npp", "--member", "{m}", "--present", "c1,c2", "--dissent", "{n}"),
    ("protocol", "correct", "npp", "--reason", "{n}", "--member", "{m}"),
    ("protocol", "pdf", "npp", "--out", "out.pdf", "--copy", "{n}", "--version", "{n}"),
    ("export", "{n}", "--member", "{m}"),
    ("backup", "--keep", "{n}", "--list"),
    ("audit", "verify"),
    ("members", "list", "--json"),
    ("members", "set-pin", "{m}"),
]
MEMBERS = st.sampled_from(["c1", "c2", "c3", "c4", "c5", "zz"])
VOTERS = st.one_of(NUMBER_TEXT, OTHER_DIGITS, st.sampled_from(["1", "2", "3", "20", _IINS[0]]))


@fuzz
@given(data=st.data())
def test_fuzz_every_cli_argument(cli_station: Path, data: st.DataObject) -> None:
    template = data.draw(st.sampled_from(COMMANDS), label="command")
    argv = ["--db", str(cli_station)]
    for part in template:
        for slot, strategy in (("{n}", NUMBER_TEXT), ("{m}", MEMBERS), ("{v}", VOTERS)):
            while slot in part:
                part = part.replace(slot, data.draw(strategy, label=slot), 1)
        argv.append(part)
    before = _dump(cli_station)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: a malformed command line, with its usage
            code = exc.code if isinstance(exc.code, int) else 2
            assert code in (0, 2)
    words = err.getvalue()
    assert "Traceback" not in words
    if code != 0:
        assert words.strip(), argv
        assert _dump(cli_station) == before, argv
