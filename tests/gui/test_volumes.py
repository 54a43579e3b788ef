"""The volumes offered for an export: QStorageInfo's list, removability from the OS."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QStorageInfo

from precinct_app.ui import volumes


@pytest.mark.usefixtures("qapp")
def test_a_disk_the_os_calls_removable_is_offered_with_its_free_space(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = QStorageInfo(str(tmp_path))
    root = Path(here.rootPath())
    device = bytes(here.device().data()).decode()
    asked: list[tuple[str, Path]] = []

    def flags(dev: str, mount: Path) -> tuple[bool, bool]:
        asked.append((dev, mount))
        return dev == device, False

    assert all(v.path != root for v in volumes.removable_volumes())  # the system disk
    monkeypatch.setattr(volumes.media_volumes, "device_flags", flags)
    offered = volumes.removable_volumes()
    [volume] = [v for v in offered if v.path == root]
    assert (device, root) in asked
    assert volume.device == device and volume.fs_type == bytes(
        here.fileSystemType().data()).decode()
    free = shutil.disk_usage(root).free
    assert abs(volume.free_bytes - free) < 1 << 30  # the same disk, asked a moment apart
    assert volume.total_bytes >= volume.free_bytes > 0
    assert volumes.mounted_volumes()[0].removable  # removable ones first


@pytest.mark.usefixtures("qapp")
def test_memory_and_kernel_file_systems_are_never_offered() -> None:
    listed = {str(v.path) for v in volumes.mounted_volumes()}
    assert not listed & {"/proc", "/sys", "/dev", "/dev/shm", "/sys/fs/cgroup"}

