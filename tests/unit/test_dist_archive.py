"""make dist's archive (tools/dist.py): the same files give the same bytes, so anyone who
builds the same folder can compare the archive's SHA-256; it refuses what it cannot build."""

from __future__ import annotations

import importlib.util
import io
import os
import sys
import tarfile
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _dist() -> ModuleType:
    spec = importlib.util.spec_from_file_location("precinct_tools_dist", ROOT / "tools/dist.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dist = _dist()
MTIME = dist.fixed_time("2026-12-03")


def _folder(root: Path) -> Path:
    """A small bundle-like folder: two programs, _internal/ with data and a link."""
    folder = root / "precinct"
    (folder / "_internal" / "resources").mkdir(parents=True)
    for name in ("precinct", "precinct-app"):
        (folder / name).write_bytes(b"\x7fELF program " + name.encode())
        (folder / name).chmod(0o755)
    (folder / "_internal" / "resources" / "Қазақша.txt").write_text("сәлем", encoding="utf-8")
    (folder / "_internal" / "libQt6Core.so.6.real").write_bytes(b"lib")
    os.symlink("libQt6Core.so.6.real", folder / "_internal" / "libQt6Core.so.6")
    return folder


def test_the_same_folder_gives_the_same_archive_bytes(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    one, two = tmp_path / "one.tar.gz", tmp_path / "two.tar.gz"
    dist.write_tar_gz(folder, one, "precinct-0.1.0", MTIME)
    os.utime(folder / "precinct", (1, 1))  # another build's file times: not in the archive
    dist.write_tar_gz(folder, two, "precinct-0.1.0", MTIME)
    assert one.read_bytes() == two.read_bytes()


def test_the_tar_has_sorted_members_one_owner_one_time_and_the_modes(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "a.tar.gz"
    dist.write_tar_gz(folder, out, "precinct-0.1.0", MTIME)
    with tarfile.open(out) as tar:
        members = tar.getmembers()
        names = [m.name for m in members]
        assert names[0] == "precinct-0.1.0"
        assert names == sorted(names, key=lambda n: n.encode())
        assert all(m.name.startswith("precinct-0.1.0") for m in members)
        assert {(m.uid, m.gid, m.uname, m.gname, m.mtime) for m in members} == {
            (0, 0, "", "", MTIME)}
        by_name = {m.name: m for m in members}
        assert by_name["precinct-0.1.0/precinct-app"].mode == 0o755
        link = by_name["precinct-0.1.0/_internal/libQt6Core.so.6"]
        assert link.issym() and link.linkname == "libQt6Core.so.6.real"
        data = tar.extractfile("precinct-0.1.0/_internal/resources/Қазақша.txt")
        assert data is not None and data.read().decode() == "сәлем"
    assert not out.with_name(out.name + ".part").exists()


def test_the_windows_zip_is_deterministic_too(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "_internal" / "libQt6Core.so.6").unlink()  # Windows folders have no links
    one, two = tmp_path / "one.zip", tmp_path / "two.zip"
    dist.write_zip(folder, one, "precinct-0.1.0", MTIME)
    dist.write_zip(folder, two, "precinct-0.1.0", MTIME)
    assert one.read_bytes() == two.read_bytes()
    with zipfile.ZipFile(io.BytesIO(one.read_bytes())) as zf:
        names = zf.namelist()
        assert names == sorted(names, key=lambda n: n.encode())
        assert "precinct-0.1.0/precinct-app" in names
        assert {zi.date_time for zi in zf.infolist()} == {(2026, 12, 3, 0, 0, 0)}


def test_a_machine_it_cannot_build_for_is_refused_in_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(dist.platform, "machine", lambda: "x86_64")
    assert dist.main(["--dist", "/nonexistent"]) == 1
    assert "Linux or Windows only" in capsys.readouterr().err
    monkeypatch.setattr(dist.platform, "machine", lambda: "aarch64")
    assert dist.main(["--dist", "/nonexistent"]) == 1
    assert "x86-64 only" in capsys.readouterr().err


def test_without_pyinstaller_it_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(dist.platform, "machine", lambda: "x86_64")
    real = importlib.util.find_spec
    monkeypatch.setattr(dist.importlib.util, "find_spec",
                        lambda name, *a: None if name == "PyInstaller" else real(name, *a))
    assert dist.main(["--dist", "/nonexistent"]) == 1
    err = capsys.readouterr().err
    assert "PyInstaller is not installed" in err and ".[dist]" in err
