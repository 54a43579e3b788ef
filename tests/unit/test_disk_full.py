"""A full station disk: the rescue commands still read the station (issue 12, section 5).

SQLite's WAL needs a -shm file beside the database; on a full disk it cannot be made,
and every open failed with "could not be written". Two ways to fill a disk: a fake that
refuses what a full disk refuses (every connection that may write or map a new -shm),
and a real tmpfs of a few MB when the test runs as root.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from precinct_app import db as dbmod
from tests.cli_fixtures import Cli
from tests.tmpfs import fill, tmpfs

# The SQLite file's own behaviour (its backup API, WAL, file modes, kills on the file).
pytestmark = pytest.mark.sqlite_only

NOW = "2024-10-06T09:00:00+05:00"
RESCUE = (("voters", "find", "1"), ("audit", "verify"))


def _make_station(cli: Cli, db: Path) -> str:
    """A station with a ballot issued; returns what ``audit verify`` says of it."""
    assert cli("--db", str(db), "demo", "--voters", "20")[0] == 0
    assert cli("--db", str(db), "day", "open", "--member", "c1")[0] == 0
    assert cli("--db", str(db), "issue", "1", "--member", "c4")[0] == 0
    code, out, _ = cli("--db", str(db), "audit", "verify")
    assert code == 0
    return out


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections behave as on a full disk: only a read of the file alone succeeds."""
    real = dbmod._sqlite_connect

    def refusing(uri: str) -> sqlite3.Connection:
        if "immutable=1" not in uri:
            raise sqlite3.OperationalError("disk I/O error")
        return real(uri)

    monkeypatch.setattr(dbmod, "_sqlite_connect", refusing)


def _check_rescue_paths(
    cli: Cli, db: Path, elsewhere: Path, head: str
) -> None:
    for argv in RESCUE:
        code, out, err = cli("--db", str(db), *argv)
        assert code == 0, err
        assert "disk is full" in err and "backup to a stick" in err
    code, out, _ = cli("--db", str(db), "audit", "verify")
    assert out == head  # every event, the ballot issued before the disk filled among them
    pdf = elsewhere / "list.pdf"
    code, out, err = cli("--db", str(db), "paper-list", "--out", str(pdf))
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    code, out, err = cli("--db", str(db), "backup", "--to", str(elsewhere / "b"))
    assert code == 0, err
    assert "backup written and checked" in out


def test_rescue_commands_work_when_the_disk_refuses_writes(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = tmp_path / "st.sqlite3"
    head = _make_station(cli, db)
    request.getfixturevalue("full_disk")
    _check_rescue_paths(cli, db, tmp_path, head)
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("st.sqlite3-"))
    assert leftovers == []


@pytest.mark.usefixtures("full_disk")
def test_newest_records_in_an_unreadable_wal_are_not_silently_skipped(tmp_path: Path) -> None:
    db = tmp_path / "st.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    wal = Path(f"{db}-wal")
    assert wal.stat().st_size > 0  # still open: the table is only in the WAL
    with pytest.raises(dbmod.DatabaseError) as caught:
        dbmod.read_uri(db)
    conn.close()
    assert caught.value.code == "db_disk_full_wal"


@pytest.fixture
def tiny_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB disk (skipped where it cannot be mounted)."""
    with tmpfs(tmp_path / "tiny", "size=4m") as mount:
        yield mount


def test_rescue_commands_work_on_a_really_full_disk(
    tiny_tmpfs: Path, tmp_path: Path, cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = tiny_tmpfs / "st.sqlite3"
    head = _make_station(cli, db)
    fill(tiny_tmpfs)
    elsewhere = tmp_path / "stick"
    elsewhere.mkdir()
    _check_rescue_paths(cli, db, elsewhere, head)
    code, _, err = cli("--db", str(db), "issue", "2", "--member", "c4")
    assert code == 1 and "could not be written" in err  # nothing can be recorded
    names = sorted(p.name for p in tiny_tmpfs.iterdir())
    assert names == ["filler", "st.sqlite3", "st.sqlite3.key"]


def test_a_station_that_cannot_be_read_is_refused_in_words(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = tmp_path / "st.sqlite3"
    _make_station(cli, db)

    def locked(_uri: str) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(dbmod, "_sqlite_connect", locked)
    code, out, err = cli("--db", str(db), "voters", "find", "1")
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.strip() == (f"the station database {db} could not be read "
                           "(database is locked); nothing was changed")
