"""A hostile stick in the other places the app reads one: the election package and a
backup to restore (issue 12 s. 2). Each trap is refused by name, with the data as it was."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from precinct_app.db import Database
from precinct_app.messages import text
from precinct_app.services import backup, package
from precinct_app.services.backup import BackupError
from precinct_app.services.package import PackageInvalid, load_package
from tests.unit.test_backup import _at, _db_state
from tests.unit.test_backup import station as station  # the fixture

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX files")
DEEP = b'{"a":' * 200_000 + b"1" + b"}" * 200_000


def _refused(path: Path) -> PackageInvalid:
    with pytest.raises(PackageInvalid) as caught:
        load_package(path)
    return caught.value


def test_a_package_nested_200000_deep_is_refused_not_a_recursion_error(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "election.json").write_bytes(DEEP)
    archive = tmp_path / "pkg.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("election.json", DEEP)
    for path in (folder, archive):
        error = _refused(path)  # RecursionError before
        assert (error.code, error.params["limit"]) == ("package_json_too_deep", 64)
        assert text(error.code, "en", **error.params) == (
            f"{path}: election.json line 1, column 321: nested more than 64 levels deep")


def test_package_files_that_are_links_fifos_or_folders_are_refused_by_name(
        tmp_path: Path, sample_election: dict[str, Any]) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    real = tmp_path / "elsewhere.json"
    real.write_text(json.dumps(sample_election), "utf-8")
    (folder / "election.json").symlink_to(real)  # read through the link before
    error = _refused(folder)
    assert (error.code, error.params["name"], error.params["kind"]) == (
        "package_file_not_regular", "election.json", "link")
    (folder / "election.json").unlink()
    shutil.copy(real, folder / "election.json")
    os.mkfifo(folder / "voters.csv")  # skipped silently before: the list was lost
    error = _refused(folder)
    assert (error.code, error.params["name"], error.params["kind"]) == (
        "package_file_not_regular", "voters.csv", "fifo")
    assert text(error.code, "ru", **error.params) == (
        f"{folder}: voters.csv не обычный файл, а канал (FIFO): не прочитан")
    (folder / "voters.csv").unlink()
    (folder / "voters.csv").mkdir()
    assert _refused(folder).params["kind"] == "folder"


def test_a_package_file_over_its_cap_is_refused_by_size(
        tmp_path: Path, sample_election: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "MAX_ELECTION_JSON", 100)
    folder = tmp_path / "pkg"
    folder.mkdir()
    raw = json.dumps(sample_election).encode()
    (folder / "election.json").write_bytes(raw)
    error = _refused(folder)
    assert (error.code, error.params["size"], error.params["limit"]) == (
        "package_file_too_big", len(raw), 100)


@pytest.fixture
def made(station: tuple[Path, Database], tmp_path: Path) -> Iterator[Path]:
    path, db = station
    result = backup.backup_now(path, tmp_path / "stick", _at("09:30"), reason="timer")
    db.dispose()
    yield result.path


@pytest.mark.sqlite_only
def test_a_fifo_beside_a_backup_is_refused_not_waited_on(made: Path) -> None:
    sidecar = Path(str(made) + ".sha256")
    sidecar.unlink()
    os.mkfifo(sidecar)
    code = (  # in a subprocess: before, reading the FIFO hung for ever
        "import sys; from pathlib import Path; from precinct_app.services import backup; "
        "c = backup.check_backup(Path(sys.argv[1])); print(c.code, c.params['path'], "
        "c.params.get('kind'))")
    done = subprocess.run([sys.executable, "-c", code, str(made)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.stdout.split() == ["backup_not_regular", str(sidecar), "fifo"]


@pytest.mark.sqlite_only
def test_a_backup_that_is_a_link_or_a_device_is_refused(
        made: Path, station: tuple[Path, Database]) -> None:
    path, _db = station
    before = _db_state(path)
    link = made.with_name("linked.sqlite3")
    link.symlink_to(made)
    zero = made.with_name("zero.sqlite3")
    zero.symlink_to("/dev/zero")
    for candidate in (link, zero):
        check = backup.check_backup(candidate)
        assert (check.ok, check.code, check.params["kind"]) == (False, "backup_not_regular",
                                                                "link")
        with pytest.raises(BackupError) as refused:
            backup.restore(candidate, path, member="c1", clock=_at("11:00"))
        assert refused.value.code == "backup_not_regular"
    assert _db_state(path) == before


@pytest.mark.sqlite_only
def test_a_restore_can_be_cancelled_and_leaves_the_station_as_it_was(
        made: Path, station: tuple[Path, Database]) -> None:
    path, _db = station
    before = _db_state(path)
    scratch = made.with_name("scratch.sqlite3")
    shutil.copy(made, scratch)
    calls: list[int] = []
    backup.check_backup(scratch, cancel=lambda: bool(calls.append(1)))
    asked_in_check = len(calls)
    assert asked_in_check > 1
    # Cancelled at once, in the middle of the check, as the copy starts.
    for after in (0, asked_in_check // 2, asked_in_check):
        asked: list[int] = []

        def cancel(after: int = after, asked: list[int] = asked) -> bool:
            asked.append(1)
            return len(asked) > after

        with pytest.raises(BackupError) as refused:
            backup.restore(made, path, member="c1", clock=_at("11:00"), cancel=cancel)
        assert refused.value.code == "restore_cancelled"
        assert _db_state(path) == before
        assert sorted(p.name for p in path.parent.iterdir() if "restore" in p.name) == []
    done = backup.restore(made, path, member="c1", clock=_at("11:00"), cancel=lambda: False)
    assert done.db_path == path
