"""Verifying a hostile stick: every trap ends in a verdict naming the file (issue 12 s. 2).

A FIFO or a link to /dev/zero hung (or exhausted) the verifier; those run the CLI in a
subprocess with a timeout and a memory limit, so old code fails instead of hanging.
"""

from __future__ import annotations

import base64
import json
import os
import resource
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from precinct_app.messages import text
from precinct_app.services import keys, safe_files
from precinct_app.services.verify import VerifyError, VerifyReport, verify_folder
from tests.unit.test_export import station, write_export

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX files")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One signed export (built once) and the station's key file."""
    base = tmp_path_factory.mktemp("hostile")
    db, db_path = station(base)
    result = write_export(db, db_path, base / "stick")
    db.dispose()
    return result.path, keys.key_path_for(db_path)


@pytest.fixture
def folder(pristine: tuple[Path, Path], tmp_path: Path) -> Path:
    return Path(shutil.copytree(pristine[0], tmp_path / "stick" / pristine[0].name))


def _key(pristine: tuple[Path, Path]) -> Ed25519PrivateKey:
    key = keys.load_key(pristine[1])
    assert isinstance(key, Ed25519PrivateKey)
    return key


def _sign(path: Path, key: Ed25519PrivateKey, manifest: dict[str, Any]) -> None:
    raw = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    (path / "manifest.json").write_bytes(raw)
    (path / "manifest.sig").write_bytes(base64.b64encode(key.sign(raw)))


def _failure(report: VerifyReport, check_id: str) -> tuple[str, dict[str, Any]]:
    assert not report.ok
    check = next(c for c in report.checks if c.id == check_id)
    assert not check.ok
    return check.code, check.params


def _cli_verify(path: Path) -> subprocess.CompletedProcess[str]:
    """``precinct verify`` as a user runs it, in 1 GB of memory and a minute at most."""
    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = {**os.environ, "PRECINCT_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "precinct_app.cli", "verify", str(path)],
        capture_output=True, text=True, timeout=120, env=env, preexec_fn=limit_memory,
        check=False)


def test_a_fifo_in_place_of_turnout_csv_ends_in_a_verdict_naming_it(folder: Path) -> None:
    (folder / "turnout.csv").unlink()
    os.mkfifo(folder / "turnout.csv")
    done = _cli_verify(folder)  # hung forever before: TimeoutExpired
    assert done.returncode != 0
    assert "turnout.csv: not a regular file but a pipe (FIFO): not read" in done.stdout
    assert "Traceback" not in done.stderr
    assert "turnout.csv" in done.stderr.strip().splitlines()[-1]


def test_a_link_to_dev_zero_is_not_followed(folder: Path) -> None:
    (folder / "results.json").unlink()
    (folder / "results.json").symlink_to("/dev/zero")
    done = _cli_verify(folder)  # MemoryError (a traceback) before
    assert done.returncode != 0
    assert "results.json: not a regular file but a link: not read" in done.stdout
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert "results.json" in done.stderr.strip().splitlines()[-1]


def test_a_link_out_of_the_folder_is_refused_even_to_the_right_bytes(folder: Path) -> None:
    outside = folder.parent / "elsewhere.json"
    shutil.move(folder / "results.json", outside)
    (folder / "results.json").symlink_to(outside)  # same bytes, same hash: still refused
    code, params = _failure(verify_folder(folder), "file_hash:results.json")
    assert (code, params["kind"]) == ("verify_file_not_regular", "link")
    manifest = folder / "manifest.json"
    manifest.rename(folder.parent / "m.json")
    manifest.symlink_to(folder.parent / "m.json")
    report = verify_folder(folder)
    assert [(c.id, c.code) for c in report.checks] == [
        ("manifest_readable", "verify_file_not_regular")]
    assert report.failed_files == ("manifest.json",)


def test_a_folder_where_a_file_should_be_is_named(folder: Path) -> None:
    (folder / "turnout.csv").unlink()
    (folder / "turnout.csv").mkdir()
    report = verify_folder(folder)
    code, params = _failure(report, "file_hash:turnout.csv")
    assert (code, params["kind"]) == ("verify_file_not_regular", "folder")
    failure = report.main_failure()
    assert failure is not None and failure.params["name"] == "turnout.csv"
    assert text(failure.code, "ru", **failure.params) == (
        "turnout.csv: не обычный файл, а папка: не прочитан")


def test_a_manifest_nested_200000_deep_is_refused_not_a_recursion_error(folder: Path) -> None:
    (folder / "manifest.json").write_bytes(b"[" * 200_000 + b"]" * 200_000)
    report = verify_folder(folder)  # RecursionError before
    code, params = _failure(report, "manifest_readable")
    assert code == "verify_json_too_deep" and params["name"] == "manifest.json"


def test_deep_results_and_audit_log_signed_by_the_key_are_refused(
        folder: Path, pristine: tuple[Path, Path]) -> None:
    deep = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    manifest = json.loads((folder / "manifest.json").read_bytes())
    for name in ("results.json", "audit.jsonl"):
        (folder / name).write_bytes(deep)
        entry = next(f for f in manifest["files"] if f["name"] == name)
        entry["bytes"], entry["sha256"] = safe_files.digest(folder / name, limit=1 << 24,
                                                            keep=False)[:2]
    _sign(folder, _key(pristine), manifest)
    report = verify_folder(folder)
    assert _failure(report, "results")[0] == "verify_json_too_deep"
    assert _failure(report, "audit_chain")[0] == "verify_json_too_deep"


def test_a_sparse_gigabyte_is_refused_by_its_size_without_reading_it(
        folder: Path, pristine: tuple[Path, Path]) -> None:
    manifest = json.loads((folder / "manifest.json").read_bytes())
    pdf = next(f["name"] for f in manifest["files"] if f["name"].endswith(".pdf"))
    for name in (pdf, "results.json"):
        with (folder / name).open("wb") as fh:
            fh.truncate(1 << 30)  # sparse: a gigabyte that takes no room on the disk
    # The manifest re-signed to state the PDF's size: the cap refuses it; results.json's
    # size differs from the manifest's: refused before a byte is read.
    next(f for f in manifest["files"] if f["name"] == pdf)["bytes"] = 1 << 30
    _sign(folder, _key(pristine), manifest)
    tracemalloc.start()
    try:
        report = verify_folder(folder)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 << 20  # a gigabyte and more before
    code, params = _failure(report, f"file_hash:{pdf}")
    assert code == "verify_file_too_big" and params["size"] == 1 << 30
    assert _failure(report, "file_hash:results.json")[0] == "verify_file_size"
    assert {pdf, "results.json"} <= set(report.failed_files)


def test_verifying_can_be_cancelled(folder: Path) -> None:
    asked: list[bool] = []

    def cancel() -> bool:
        asked.append(True)
        return len(asked) > 3

    with pytest.raises(VerifyError) as caught:
        verify_folder(folder, cancel=cancel)
    assert caught.value.code == "verify_cancelled"
    assert verify_folder(folder, cancel=lambda: False).ok


def test_json_depth_ignores_brackets_inside_strings() -> None:
    assert safe_files.json_depth(b'{"a": "[[[[{{", "b": [1, "\\"]]"]}') == 2
    assert safe_files.json_depth(b"[" * 10 + b"]" * 10) == 10
    assert safe_files.json_depth(b'"' + b'\\"' * 1000) == 0  # unterminated: linear, 0


def test_a_file_name_of_raw_bytes_and_escapes_is_shown_not_obeyed(folder: Path) -> None:
    hostile = bytes(folder) + b"/\xff\x1b[31mred\xe2\x80\xae"
    os.close(os.open(hostile, os.O_CREAT | os.O_WRONLY))
    done = _cli_verify(folder)  # UnicodeEncodeError (a traceback) before
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "\x1b" not in done.stdout + done.stderr and "\u202e" not in done.stdout
    assert "\\xff\\u001b[31mred\\u202e" in done.stderr.strip().splitlines()[-1]
