"""Single flipped bytes the reliability suite found the verifier missing or misnaming."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from precinct_app.messages import text
from precinct_app.services.verify import verify_folder
from tests.unit.test_export import station, write_export

B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One signed export, built once."""
    base = tmp_path_factory.mktemp("flips")
    db, db_path = station(base)
    result = write_export(db, db_path, base / "stick")
    db.dispose()
    return result.path


@pytest.fixture
def folder(pristine: Path, tmp_path: Path) -> Path:
    """A fresh copy of the export to change."""
    return Path(shutil.copytree(pristine, tmp_path / pristine.name))


def _verdict(folder: Path) -> str:
    report = verify_folder(folder)
    assert not report.ok
    first = report.main_failure()
    assert first is not None
    return text(first.code, "en", **first.params)


@pytest.mark.parametrize("ending", [b"\r", b"\t", b" ", b"\x0b", b"\x0c"])
def test_a_signature_whose_newline_became_other_white_space_is_refused(
    folder: Path, ending: bytes
) -> None:
    sig = folder / "manifest.sig"
    raw = sig.read_bytes()
    assert raw.endswith(b"\n")
    sig.write_bytes(raw[:-1] + ending)
    assert "manifest.sig" in _verdict(folder)


def test_a_signature_whose_unused_last_bits_changed_is_refused(folder: Path) -> None:
    # 64 bytes are 86 base64 characters and "==": the last character carries 2 bits of
    # the signature and 4 unused ones; a decoder that ignores them decodes the same bytes.
    sig = folder / "manifest.sig"
    raw = sig.read_bytes()
    assert raw.endswith(b"==\n")
    last = B64.index(raw[85])
    changed = raw[:85] + bytes([B64[last ^ 1]]) + raw[86:]
    assert base64.b64decode(changed.strip()) == base64.b64decode(raw.strip())
    sig.write_bytes(changed)
    assert "manifest.sig" in _verdict(folder)


def test_a_signature_without_its_newline_still_verifies(folder: Path) -> None:
    sig = folder / "manifest.sig"
    sig.write_bytes(sig.read_bytes().rstrip(b"\n"))
    assert verify_folder(folder).ok


def test_a_changed_hash_of_the_key_in_the_manifest_names_the_manifest(folder: Path) -> None:
    # station.pub is intact; the manifest's line for it was changed, so the signature
    # fails and so does station.pub's hash: the verdict must blame the manifest.
    manifest = folder / "manifest.json"
    raw = manifest.read_bytes()
    digest = hashlib.sha256((folder / "station.pub").read_bytes()).hexdigest()
    assert {"name": "station.pub", "bytes": len((folder / "station.pub").read_bytes()),
            "sha256": digest} in json.loads(raw)["files"]
    wrong = ("0" if digest[0] != "0" else "1") + digest[1:]
    manifest.write_bytes(raw.replace(digest.encode(), wrong.encode()))
    said = _verdict(folder)
    assert "manifest.json" in said and "station.pub" not in said


def test_a_changed_key_file_still_names_the_key(folder: Path) -> None:
    pem = folder / "station.pub"
    lines = pem.read_bytes().split(b"\n")
    body = bytearray(lines[1])
    body[10] = B64[(B64.index(body[10]) + 1) % 64]
    pem.write_bytes(b"\n".join([lines[0], bytes(body), *lines[2:]]))
    assert "station.pub" in _verdict(folder)
