"""Issue 12, section 6: owner-only files, no leftovers, clear words for a full disk."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from precinct_app import messages
from precinct_app.cli import voters_import_cmd
from precinct_app.db import open_database
from precinct_app.services import setup
from precinct_app.services.media_write import write_folder
from precinct_app.services.medium import LocalMedium, MediaError
from tests.cli_fixtures import Cli
from tests.fakes.faulty_medium import FaultyMedium
from tests.tmpfs import tmpfs

ROOT = Path(__file__).parents[2]
NOW = "2024-10-06T09:00:00+05:00"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.sqlite_only
@posix_only
def test_the_station_its_key_backups_and_paper_list_are_owner_only(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    os.umask(0o022)  # the usual one: files would be 0644, readable by every local user
    db = tmp_path / "new" / "st.sqlite3"
    assert cli("--db", str(db), "demo", "--voters", "5")[0] == 0
    assert _mode(db.parent) == 0o700
    assert _mode(db) == 0o600 and _mode(Path(f"{db}.key")) == 0o600
    opened = open_database(db)  # while the station is open: its -wal and -shm too
    try:
        with opened.transaction() as s:
            s.connection().exec_driver_sql("SELECT 1")
        assert _mode(Path(f"{db}-wal")) == 0o600 and _mode(Path(f"{db}-shm")) == 0o600
    finally:
        opened.dispose()
    code, _, err = cli("--db", str(db), "backup")
    assert code == 0 and err == "", err  # nothing to warn about
    backups = db.parent / "backups"
    assert _mode(backups) == 0o700
    assert [_mode(p) for p in backups.glob("*.sqlite3")] == [0o600]
    pdf = tmp_path / "list.pdf"
    assert cli("--db", str(db), "paper-list", "--out", str(pdf))[0] == 0
    assert _mode(pdf) == 0o600


@posix_only
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_station_readable_by_others_is_warned_about_with_the_fix(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = tmp_path / "st.sqlite3"
    assert cli("--db", str(db), "demo", "--voters", "5")[0] == 0
    db.chmod(0o644)  # as an older version made it
    monkeypatch.setenv("PRECINCT_LANG", lang)
    code, out, err = cli("--db", str(db), "voters", "find", "1")
    assert code == 0 and "1" in out
    expected = messages.text("perm_file_too_wide", lang, path=db, mode="0644")
    assert err.strip() == expected
    assert f'chmod 600 "{db}"' in err and "0644" in err


@posix_only
def test_the_window_warns_about_a_readable_station(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("PySide6")
    from precinct_app.ui import app

    monkeypatch.setenv("PRECINCT_NOW", NOW)
    db = tmp_path / "st.sqlite3"
    assert cli("--db", str(db), "demo", "--voters", "5")[0] == 0
    Path(f"{db}.key").chmod(0o640)
    shown: list[str] = []
    monkeypatch.setattr(app, "show_warning", shown.append)
    app.warn_wide_modes(app.build_context(["--db", str(db)]))
    assert len(shown) == 1 and f"{db}.key" in shown[0] and "0640" in shown[0]


def test_a_set_up_is_built_aside_and_a_refused_one_leaves_nothing(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "st.sqlite3"
    seen: list[tuple[bool, bool]] = []
    real = setup.init_station

    def interrupted(*args: object, **kwargs: object) -> setup.InitResult:
        # Half-way: the station's name is still free; the work is under a temp name.
        seen.append((db.exists(), setup.building_name(db).exists()))
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt  # the operator presses Ctrl+C before it is done

    monkeypatch.setattr(setup, "init_station", interrupted)
    code, _, _ = cli("--db", str(db), "init", str(ROOT / "resources" / "demo"))
    assert code == 130 and seen == [(False, True)]
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no station, no key, no temp


def test_a_killed_set_up_leaves_nothing_taken_for_a_station(tmp_path: Path) -> None:
    db = tmp_path / "st.sqlite3"
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from precinct_app.services import demo, setup\n"
        "from precinct_app.services.clock import Clock\n"
        "def build(db, final):\n"
        "    demo.build_demo(db, Clock(), db_path=final, voters=5)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "setup.create_aside(Path(sys.argv[1]), build)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(db)], cwd=ROOT, check=False)
    assert done.returncode == -signal.SIGKILL
    assert not db.exists()  # a later start finds no station: the start screen follows
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("st.sqlite3")] in (
        [], ["st.sqlite3.key"])
    # ...and a new set-up works, clearing the killed one's temp file.
    result = setup.create_aside(db, _demo)
    assert db.exists() and result.station.voters_on_list == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["st.sqlite3", "st.sqlite3.key"]


def _demo(db: object, final: Path) -> setup.InitResult:
    from precinct_app.services import demo
    from precinct_app.services.clock import Clock

    return demo.build_demo(db, Clock(), db_path=final, voters=5)  # type: ignore[arg-type]


def test_a_report_to_a_full_disk_names_it_and_leaves_nothing(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "s.sqlite3")
    assert cli("--db", db, "init", str(ROOT / "resources" / "demo"))[0] == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    report = stick / "rejected.csv"

    def full(path: Path, data: bytes, _mode: int = 0o600) -> None:
        path.write_bytes(data[: len(data) // 2])  # what fitted, then the disk was full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(voters_import_cmd, "write_synced", full)
    sample = str(ROOT / "docs" / "samples" / "voters_kk.xlsx")
    code, _, err = cli("--db", db, "voters", "import", sample,
                          "--report", str(report))
    assert code == 1
    last = err.strip().splitlines()[-1]
    assert str(report) in last and "the disk is full" in last and ".tmp" not in last
    assert list(stick.iterdir()) == []  # no report, no .tmp
    _, found, _ = cli("--db", db, "voters", "find", "ахметова", "--json")
    assert found.strip() == "[]"  # and nothing was imported


FILES = {"manifest.json": b"{}", "results.csv": b"a,b\n" * 100, "audit.jsonl": b"{}\n"}


def test_a_stick_without_free_inodes_says_so_not_megabytes(tmp_path: Path) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()
    medium = FaultyMedium(files_reported=2)  # bytes to spare, room for two more entries
    with pytest.raises(MediaError) as caught:
        write_folder(medium, stick, "P1_E_20241006T2100", FILES)
    error = caught.value
    assert error.code == "media_no_inodes"
    assert (error.params["files_free"], error.params["files_needed"]) == (2, 4)
    said = messages.text(error.code, "en", **error.params)
    assert "no room for more files" in said and "MB" not in said
    assert list(stick.iterdir()) == []


def test_a_real_stick_out_of_inodes(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "stick", "size=8m,nr_inodes=4") as stick:
        (stick / "a").write_bytes(b"")  # the root takes one: one more file fits
        with pytest.raises(MediaError) as caught:
            write_folder(LocalMedium(), stick, "P1_E_20241006T2100", FILES)
        assert caught.value.code == "media_no_inodes"
        assert sorted(p.name for p in stick.iterdir()) == ["a"]
