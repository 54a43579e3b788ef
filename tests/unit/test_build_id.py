"""The build id: sha256sum's listing of the bundle's files, its check, the source's id."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from precinct_app.services import build_id


def _fake_bundle(tmp_path: Path) -> Path:
    root = tmp_path / "precinct"
    (root / "_internal" / "resources" / "fonts").mkdir(parents=True)
    (root / "precinct").write_bytes(b"\x7fELF cli")
    (root / "precinct-app").write_bytes(b"\x7fELF app")
    (root / "_internal" / "resources" / "fonts" / "Noto Sans.ttf").write_bytes(b"font" * 1000)
    (root / "_internal" / "base_library.zip").write_bytes(b"PK")
    return root


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = _fake_bundle(tmp_path)
    build_id.write_build_file(root, root / "_internal", built_at="2026-12-03", platform="test")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(root / "precinct"))
    monkeypatch.setattr(sys, "_MEIPASS", str(root / "_internal"), raising=False)
    build_id.current.cache_clear()
    yield root
    build_id.current.cache_clear()


def test_the_id_is_sha256sum_of_the_sorted_listing_as_it_staff_recompute_it(
        tmp_path: Path) -> None:
    root = _fake_bundle(tmp_path)
    info = build_id.write_build_file(root, root / "_internal", built_at="x", platform="y")
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                   if p.is_file() and p.name != build_id.BUILD_FILE_NAME)
    if shutil.which("sha256sum"):  # the README's recipe, with the system's own tool
        listing = subprocess.run(["sha256sum", "--", *files], cwd=root, check=True,
                                 capture_output=True).stdout
    else:
        listing = "".join(f"{hashlib.sha256((root / f).read_bytes()).hexdigest()}  {f}\n"
                          for f in files).encode()
    digest = hashlib.sha256(listing).hexdigest().upper()
    assert info.build_id == "-".join(digest[i:i + 5] for i in range(0, 20, 5))


def test_a_bundle_reads_its_id_and_the_check_names_what_changed(frozen: Path) -> None:
    info = build_id.current()
    assert info.kind == build_id.BUNDLE and info.root == frozen.resolve()
    assert info.label == f"Precinct {info.version} · build {info.build_id}"
    assert build_id.check().intact
    (frozen / "_internal" / "base_library.zip").write_bytes(b"PK evil")
    (frozen / "_internal" / "sitecustomize.py").write_text("print('hi')")
    (frozen / "precinct-app").unlink()
    (frozen / "_internal" / "PySide6").symlink_to(frozen.parent)  # code from elsewhere
    result = build_id.check()
    assert not result.intact
    assert result.changed == ("_internal/base_library.zip",)
    assert result.added == ("_internal/PySide6", "_internal/sitecustomize.py")
    assert result.missing == ("precinct-app",)


def test_a_listing_edited_to_hide_a_change_is_caught(frozen: Path) -> None:
    path = frozen / "_internal" / build_id.BUILD_FILE_NAME
    (frozen / "precinct").write_bytes(b"\x7fELF other")
    text = path.read_text(encoding="utf-8")
    old = hashlib.sha256(b"\x7fELF cli").hexdigest()
    path.write_text(text.replace(old, hashlib.sha256(b"\x7fELF other").hexdigest()),
                    encoding="utf-8")
    assert build_id.check().changed == (build_id.BUILD_FILE_NAME,)


def test_a_bundle_without_its_build_file_says_unknown(frozen: Path) -> None:
    (frozen / "_internal" / build_id.BUILD_FILE_NAME).unlink()
    build_id.current.cache_clear()
    assert build_id.current().build_id == "UNKNOWN"
    assert not build_id.check().intact


def test_a_source_checkout_hashes_its_package_and_resources() -> None:
    info = build_id.current()
    assert info.kind == build_id.SOURCE
    files = {p.relative_to(info.root).as_posix() for p in build_id.source_files(info.root)}
    assert "precinct_app/services/build_id.py" in files
    assert "resources/fonts/NotoSans-Regular.ttf" in files
    assert not any("__pycache__" in f or f.endswith(".ts") for f in files)
    assert build_id.check(info).intact
    assert len(info.build_id) == 23 and info.build_id.count("-") == 3
