"""Writing an export folder to a stick: whole and verified, or nothing under its name.

Faults come from FaultyMedium over a real temporary folder: an error at every k-th
write, fsync, rename and read, a full medium, a vanished one, a read-only one and a
read-back that differs. Every case must leave no folder under the final name, the
earlier exports byte for byte as they were, and a retry that works.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from precinct_app import messages
from precinct_app.services.media_write import fat_safe, unique_folder_name, write_folder
from precinct_app.services.medium import CODES, LocalMedium, MediaError
from precinct_app.services.volumes import device_flags, list_volumes
from tests.fakes.faulty_medium import FaultyMedium

NAME = "P12_E2024_20241006T2100"
EARLIER = "P12_E2024_20241006T2000"
FILES: dict[str, bytes] = {
    "manifest.json": b'{"format": "precinct-export/1", "files": []}\n',
    "manifest.sig": b"c2lnbmF0dXJl\n",
    "results.csv": b"contest,number,key,value\n" + b"npp,1,on_list,300\n" * 200,
    "audit.jsonl": b"".join(b'{"seq": %d}\n' % i for i in range(500)),
    "protocol-npp.pdf": hashlib.sha256(b"pdf").digest() * 1000,
    "empty.txt": b"",
}


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under ``folder``, hidden ones too."""
    found: dict[str, bytes | None] = {}
    for root, dirs, names in os.walk(folder):
        for d in dirs:
            found[os.path.relpath(os.path.join(root, d), folder)] = None
        for n in names:
            found[os.path.relpath(os.path.join(root, n), folder)] = Path(root, n).read_bytes()
    return found


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A stick holding an earlier export and a file of someone else's."""
    parent = tmp_path / "STICK"
    parent.mkdir()
    write_folder(LocalMedium(), parent, EARLIER, {"manifest.json": b"old", "audit.jsonl": b"x"})
    (parent / "notes.txt").write_bytes(b"keep me")
    return parent


def clean_run(tmp_path: Path) -> FaultyMedium:
    """The operations a fault-free write makes (to fail each k in turn)."""
    spare = tmp_path / "spare"
    spare.mkdir()
    medium = FaultyMedium()
    write_folder(medium, spare, NAME, FILES)
    return medium


def assert_nothing_left(parent: Path, before: dict[str, bytes | None]) -> None:
    assert not (parent / NAME).exists()
    assert not (parent / f".{NAME}.partial").exists()
    assert tree(parent) == before


def assert_retry_works(parent: Path, before: dict[str, bytes | None]) -> None:
    written = write_folder(LocalMedium(), parent, NAME, FILES)
    assert written.path == parent / NAME
    assert {f.name: (parent / NAME / f.name).read_bytes() for f in written.files} == FILES
    assert written.total_bytes == sum(len(d) for d in FILES.values())
    assert [f.sha256 for f in written.files] == [hashlib.sha256(d).hexdigest()
                                                 for d in FILES.values()]
    shutil.rmtree(written.path)
    assert tree(parent) == before


def test_a_clean_write_leaves_the_verified_folder_and_nothing_else(stick: Path) -> None:
    before = tree(stick)
    medium = FaultyMedium()
    written = write_folder(medium, stick, NAME, FILES)
    after = tree(stick)
    assert sorted(set(after) - set(before)) == sorted([NAME, *(f"{NAME}/{n}" for n in FILES)])
    assert all(after[k] == v for k, v in before.items())
    assert [f.name for f in written.files] == list(FILES)
    # Everything is read back (one read per file) before the folder takes its name.
    kinds = [kind for kind, _ in medium.log]
    assert kinds.count("read") == len(FILES)
    assert max(i for i, k in enumerate(kinds) if k == "read") < kinds.index("rename")


@pytest.mark.parametrize(
    ("kind", "applied"),
    # applied: the fsync or rename took effect and only its answer was an error.
    [("write_file", False), ("fsync", False), ("fsync", True), ("rename", False),
     ("rename", True), ("read", False)],
)
def test_an_error_at_every_k_leaves_no_half_export(
    stick: Path, tmp_path: Path, kind: str, applied: bool
) -> None:
    total = clean_run(tmp_path).counts[kind]
    assert total >= (1 if kind == "rename" else len(FILES))
    before = tree(stick)
    for k in range(1, total + 1):
        medium = FaultyMedium(fail=kind, at=k, applied=applied)
        with pytest.raises(MediaError) as caught:
            write_folder(medium, stick, NAME, FILES)
        assert caught.value.code == "media_io_error", (kind, k)
        assert "EIO" in caught.value.params["detail"]
        assert_nothing_left(stick, before)
        assert_retry_works(stick, before)


@pytest.mark.parametrize(
    ("number", "code"),
    [(errno.ENOSPC, "media_full"), (errno.EROFS, "media_read_only"),
     (errno.ENODEV, "media_gone"), (errno.ENOTCONN, "media_gone"),
     (errno.ECONNABORTED, "media_gone"), (errno.EIO, "media_io_error")],
)
def test_the_errno_decides_the_message(stick: Path, number: int, code: str) -> None:
    before = tree(stick)
    with pytest.raises(MediaError) as caught:
        write_folder(FaultyMedium(fail="write_file", at=3, errno_code=number), stick, NAME, FILES)
    assert caught.value.code == code
    assert_nothing_left(stick, before)


def test_a_full_medium_is_refused_before_anything_is_written(stick: Path) -> None:
    before = tree(stick)
    medium = FaultyMedium(capacity=50_000)
    with pytest.raises(MediaError) as caught:
        write_folder(medium, stick, NAME, FILES)
    error = caught.value
    assert error.code == "media_full"
    assert error.params["free_bytes"] == 50_000
    assert error.params["needed_bytes"] > sum(len(d) for d in FILES.values())
    assert error.params["path"] == str(stick)
    assert not {"mkdir", "write_file", "rename"} & {kind for kind, _ in medium.log}
    assert_nothing_left(stick, before)
    assert "0.0 MB free" in messages.text(error.code, "en", **error.params)


def test_a_medium_that_fills_up_midway_gives_media_full(stick: Path) -> None:
    before = tree(stick)
    medium = FaultyMedium(capacity=20_000, free_reported=10**9)  # it lies about its space
    with pytest.raises(MediaError) as caught:
        write_folder(medium, stick, NAME, FILES)
    assert caught.value.code == "media_full"
    assert "ENOSPC" in caught.value.params["detail"]
    assert any(kind == "write_file" for kind, _ in medium.log)
    assert medium.used == 0  # what it did write was removed again
    assert_nothing_left(stick, before)
    assert_retry_works(stick, before)


def test_a_medium_pulled_out_at_any_moment_before_the_rename(stick: Path, tmp_path: Path) -> None:
    log = clean_run(tmp_path).log
    rename_op = next(i for i, (kind, _) in enumerate(log, 1) if kind == "rename")
    before = tree(stick)
    # The op before the rename asks whether the final name is free; a vanished medium
    # answers "no such folder" there, so the rename is where it is first noticed.
    assert log[rename_op - 2][0] == "exists"
    for gone_after in range(rename_op - 2):  # from the rename on: the next test
        medium = FaultyMedium(vanish_after=gone_after)
        with pytest.raises(MediaError) as caught:
            write_folder(medium, stick, NAME, FILES)
        assert caught.value.code == "media_gone", gone_after
        assert caught.value.params["path"] == str(stick / NAME)
        # It could not be cleaned: the half folder is there, but never under the final name.
        assert not (stick / NAME).exists()
        assert all(tree(stick)[k] == v for k, v in before.items())
        # Plugged in again: the next write removes the stale temporary folder and succeeds.
        assert_retry_works(stick, before)


@pytest.mark.parametrize("number", [errno.ENODEV, errno.ENOENT])
def test_a_medium_pulled_out_at_or_after_the_rename(
    stick: Path, tmp_path: Path, number: int
) -> None:
    log = clean_run(tmp_path).log
    rename_op = next(i for i, (kind, _) in enumerate(log, 1) if kind == "rename")
    before = tree(stick)
    for gone_after in range(rename_op - 2, len(log)):
        medium = FaultyMedium(vanish_after=gone_after, vanish_errno=number)
        with pytest.raises(MediaError) as caught:
            write_folder(medium, stick, NAME, FILES)
        # Nobody can know whether the rename reached the stick: the message says so.
        assert caught.value.code == "media_gone_late", gone_after
        assert "final name" in messages.text("media_gone_late", "en", **caught.value.params)
        after = tree(stick)
        assert all(after[k] == v for k, v in before.items())
        if (stick / NAME).exists():  # then whole: it was read back before the rename
            assert {n: after[f"{NAME}/{n}"] for n in FILES} == FILES
            assert sorted(os.listdir(stick / NAME)) == sorted(FILES)
        # Plugged in again: a new name if the folder is there, and the write works.
        name = unique_folder_name(LocalMedium(), stick, NAME)
        assert name == (f"{NAME}_2" if (stick / NAME).exists() else NAME)
        written = write_folder(LocalMedium(), stick, name, FILES)
        assert not (stick / f".{name}.partial").exists()
        shutil.rmtree(written.path)
        shutil.rmtree(stick / NAME, ignore_errors=True)
        shutil.rmtree(stick / f".{NAME}.partial", ignore_errors=True)
        assert tree(stick) == before


_CODE_OF = {errno.EIO: "media_io_error", errno.ENOSPC: "media_full",
            errno.EROFS: "media_read_only", errno.EACCES: "media_read_only",
            errno.ENODEV: "media_gone", errno.ENOTCONN: "media_gone",
            errno.ENOENT: "media_gone", errno.EFAULT: "media_io_error"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    files=st.dictionaries(
        st.sampled_from(["manifest.json", "manifest.sig", "results.csv", "turnout.csv",
                         "audit.jsonl", "protocol-npp.pdf"]),
        st.binary(max_size=3000), min_size=1, max_size=6),
    kind=st.sampled_from(["write_file", "fsync", "rename", "read"]),
    number=st.sampled_from(sorted(_CODE_OF)),
    applied=st.booleans(),
    data=st.data(),
)
def test_any_fault_of_any_kind_anywhere(
    files: dict[str, bytes], kind: str, number: int, applied: bool, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as raw:
        root = Path(raw)
        (root / "spare").mkdir()
        clean = FaultyMedium()
        write_folder(clean, root / "spare", NAME, files)
        k = data.draw(st.integers(1, clean.counts[kind]), label="k")
        parent = root / "STICK"
        parent.mkdir()
        write_folder(LocalMedium(), parent, EARLIER, {"audit.jsonl": b"earlier"})
        before = tree(parent)
        with pytest.raises(MediaError) as caught:
            write_folder(FaultyMedium(fail=kind, at=k, errno_code=number, applied=applied),
                         parent, NAME, files)
        assert caught.value.code == _CODE_OF[number]
        assert "{" not in messages.text(caught.value.code, "ru", **caught.value.params)
        assert tree(parent) == before  # no final folder, no temporary one, the rest as it was
        assert write_folder(LocalMedium(), parent, NAME, files).path == parent / NAME


def test_a_read_only_medium(stick: Path) -> None:
    before = tree(stick)
    with pytest.raises(MediaError) as caught:
        write_folder(FaultyMedium(read_only=True), stick, NAME, FILES)
    assert caught.value.code == "media_read_only"
    assert caught.value.params["path"] == str(stick)
    assert_nothing_left(stick, before)


def test_a_byte_read_back_wrong_removes_the_folder(stick: Path) -> None:
    before = tree(stick)
    non_empty = [n for n, d in FILES.items() if d]
    for k in range(1, len(FILES) + 1):
        medium = FaultyMedium(corrupt_read=k)
        with pytest.raises(MediaError) as caught:
            write_folder(medium, stick, NAME, FILES)
        assert caught.value.code == "media_verify_failed"
        assert caught.value.params["detail"] == list(FILES)[k - 1]
        assert_nothing_left(stick, before)
    assert non_empty  # the corruption of an empty file is an extra byte: caught too
    assert_retry_works(stick, before)


def test_an_existing_folder_is_never_overwritten(stick: Path) -> None:
    before = tree(stick)
    with pytest.raises(MediaError) as caught:
        write_folder(LocalMedium(), stick, EARLIER.lower(), FILES)  # FAT ignores case
    assert caught.value.code == "media_folder_exists"
    assert tree(stick) == before


def test_a_parent_that_is_missing_or_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"")
    for parent in (tmp_path / "missing", tmp_path / "file"):
        with pytest.raises(MediaError) as caught:
            write_folder(LocalMedium(), parent, NAME, FILES)
        assert caught.value.code == "media_not_a_folder"
        assert caught.value.params["path"] == str(parent)
        with pytest.raises(MediaError) as caught:
            unique_folder_name(LocalMedium(), parent, NAME)
        assert caught.value.code == "media_not_a_folder"


def test_unsafe_names_are_a_programming_error(stick: Path) -> None:
    for name, files in ((NAME, {"a/b.txt": b""}), (NAME, {".hidden": b""}),
                        ("Сайлау", {"a": b""}), (NAME, {"A.txt": b"", "a.txt": b""})):
        with pytest.raises(ValueError):
            write_folder(LocalMedium(), stick, name, files)


def test_unique_folder_name(stick: Path) -> None:
    medium = LocalMedium()
    assert unique_folder_name(medium, stick, NAME) == NAME
    (stick / NAME).mkdir()
    assert unique_folder_name(medium, stick, NAME) == f"{NAME}_2"
    (stick / f"{NAME}_2").mkdir()
    assert unique_folder_name(medium, stick, NAME) == f"{NAME}_3"
    (stick / f"{NAME.lower()}_3").mkdir()  # FAT and exFAT ignore case
    assert unique_folder_name(medium, stick, NAME) == f"{NAME}_4"
    long = "L" * 250
    assert unique_folder_name(medium, stick, long) == "L" * 200
    (stick / ("L" * 200)).mkdir()
    assert unique_folder_name(medium, stick, long) == "L" * 198 + "_2"


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        (NAME, NAME),
        ("TRAINING_P12_E-1_20241006T2100_PRELIMINARY",) * 2,
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"),
        ("tab\there\x01\x7f", "tab_here__"),
        ("report. . ", "report"),
        ("  lead", "lead"),
        ("Élection", "Election"),
        ("Сайлау", "______"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("", "_"),
        ("...", "_"),
    ],
)
def test_fat_safe(raw: str, safe: str) -> None:
    assert fat_safe(raw) == safe
    assert fat_safe(safe) == safe


def test_fat_safe_limits_the_length() -> None:
    assert len(fat_safe("x" * 300)) == 200
    assert all(32 <= ord(c) < 127 for c in fat_safe("Қазақстан Республикасы 2024 — №12"))


def test_list_volumes_on_a_fake_system(tmp_path: Path) -> None:
    stick = tmp_path / "media" / "STICK ONE"
    stick.mkdir(parents=True)
    sys_block = tmp_path / "sys" / "block"
    for disk, part, removable in (("sdb", "sdb1", "1"), ("nvme0n1", "nvme0n1p2", "0"),
                                  ("sdc", "sdc1", "1")):
        (sys_block / disk / part).mkdir(parents=True)
        (sys_block / disk / "removable").write_text(removable + "\n")
        (sys_block / disk / "ro").write_text("0\n")
    # A USB disk that says removable=0: its sysfs link runs through a usb bus.
    usb = tmp_path / "sys" / "devices" / "pci0000:00" / "usb2" / "2-1" / "block" / "sdd"
    (usb / "sdd1").mkdir(parents=True)
    (usb / "removable").write_text("0\n")
    os.symlink(usb, sys_block / "sdd")
    by_label = tmp_path / "dev" / "disk" / "by-label"
    by_label.mkdir(parents=True)
    os.symlink("../../sdb1", by_label / "STICK\\x20ONE")
    os.symlink("../../nvme0n1p2", by_label / "root")
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "proc /proc proc rw,nosuid 0 0\n"
        "tmpfs /run tmpfs rw,nosuid 0 0\n"
        "sysfs /sys sysfs rw 0 0\n"
        "/dev/nvme0n1p2 / ext4 rw,relatime 0 0\n"
        f"/dev/sdb1 {str(stick).replace(' ', chr(92) + '040')} vfat rw,nosuid,nodev 0 0\n"
        "/dev/sdc1 /media/locked exfat ro,nosuid 0 0\n"
        "/dev/sdd1 /media/usbdisk ntfs3 rw 0 0\n"
        "overlay /var/lib/x overlay rw 0 0\n"
        "broken line\n",
        encoding="utf-8",
    )
    volumes = list_volumes(mounts, sys_block, by_label)
    by_device = {v.device: v for v in volumes}
    assert set(by_device) == {"/dev/sdb1", "/dev/nvme0n1p2", "/dev/sdc1", "/dev/sdd1"}
    usb_stick = by_device["/dev/sdb1"]
    assert usb_stick.path == stick
    assert usb_stick.label == "STICK ONE"
    assert usb_stick.removable and not usb_stick.read_only
    assert usb_stick.fs_type == "vfat"
    assert usb_stick.total_bytes >= usb_stick.free_bytes > 0
    internal = by_device["/dev/nvme0n1p2"]
    assert not internal.removable and internal.label == "root"
    assert by_device["/dev/sdc1"].removable and by_device["/dev/sdc1"].read_only
    assert by_device["/dev/sdd1"].removable
    assert [v.removable for v in volumes] == [True, True, True, False]  # removable first
    assert list_volumes(tmp_path / "no-such-file", sys_block, by_label) == []


def test_every_code_is_worded_in_three_languages(stick: Path) -> None:
    params = {"path": "/media/STICK", "detail": "EIO (Input/output error)", "free_mb": "1.5",
              "needed_mb": "2.0", "free_bytes": 1, "needed_bytes": 2}
    kazakh = set("әғқңөұүһі")
    for code in CODES:
        en, ru, kk = (messages.text(code, lang, **params) for lang in ("en", "ru", "kk"))
        assert len({en, ru, kk}) == 3, code
        for text in (en, ru, kk):
            assert "{" not in text and code not in text, (code, text)
        assert en.isascii()
        assert not ru.isascii() and not kazakh & set(ru.lower())
        assert kazakh & set(kk.lower()), code
    # The params a real failure carries fill every placeholder.
    with pytest.raises(MediaError) as caught:
        write_folder(FaultyMedium(capacity=1), stick, NAME, FILES)
    worded = messages.text(caught.value.code, "kk", **caught.value.params)
    assert "{" not in worded and str(stick) in worded and "МБ" in worded


def test_device_flags_read_the_disk_behind_a_partition(tmp_path: Path) -> None:
    sys_block = tmp_path / "sys" / "block"
    (sys_block / "sdb" / "sdb1").mkdir(parents=True)
    (sys_block / "sdb" / "removable").write_text("1\n")
    (sys_block / "sdb" / "ro").write_text("1\n")
    (sys_block / "vda").mkdir()
    (sys_block / "vda" / "removable").write_text("0\n")
    assert device_flags("/dev/sdb1", Path("/media/KINGSTON"), sys_block) == (True, True)
    assert device_flags("/dev/vda", Path("/"), sys_block) == (False, False)
    assert device_flags("server:/export", Path("/mnt/nfs"), sys_block) == (False, False)


def test_a_folder_its_check_refuses_is_removed_and_the_refusal_raised_as_it_is(
    stick: Path,
) -> None:
    """The export's full verification runs on the folder read back, before its final name."""
    before = tree(stick)
    seen: list[dict[str, bytes | None]] = []

    def refuse(folder: Path) -> None:
        seen.append(tree(folder))
        raise MediaError("export_not_verified", path=str(stick / NAME), failed=1, total=19)

    with pytest.raises(MediaError) as info:
        write_folder(LocalMedium(), stick, NAME, FILES, check=refuse)
    assert seen == [FILES]  # the whole folder, as written, on the medium
    assert (info.value.code, info.value.params["failed"]) == ("export_not_verified", 1)
    assert_nothing_left(stick, before)
