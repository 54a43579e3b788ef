"""The mounted volumes as Qt sees them (QStorageInfo), with removability from the OS.

QStorageInfo gives the mount point, label, free space, file system and read-only flag on
every platform, but not whether the disk is removable: that comes from
services.volumes.device_flags (``/sys/block`` on Linux, the drive type on Windows).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStorageInfo

from precinct_app.services import volumes as media_volumes

# Mounts that are never a stick: memory, kernel and container file systems.
_PSEUDO = {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "ramfs", "cgroup",
           "cgroup2", "autofs", "devpts", "mqueue", "debugfs", "tracefs", "securityfs",
           "pstore", "bpf", "configfs", "fusectl", "hugetlbfs", "binfmt_misc", "nsfs"}


def _text(value: object) -> str:
    """QByteArray (or bytes, or str) as text."""
    data = value.data() if hasattr(value, "data") else value
    if isinstance(data, bytes | bytearray):
        return bytes(data).decode("utf-8", errors="replace")
    return str(data)


def from_storage(storage: QStorageInfo) -> media_volumes.Volume | None:
    """One volume, or None for one that is not ready or is not a disk."""
    if not storage.isValid() or not storage.isReady():
        return None
    fs_type = _text(storage.fileSystemType())
    if fs_type in _PSEUDO:
        return None
    device = _text(storage.device())
    root = Path(storage.rootPath())
    removable, disk_read_only = media_volumes.device_flags(device, root)
    return media_volumes.Volume(
        path=root,
        label=storage.name(),
        device=device,
        removable=removable,
        read_only=storage.isReadOnly() or disk_read_only,
        free_bytes=max(0, storage.bytesAvailable()),
        total_bytes=max(0, storage.bytesTotal()),
        fs_type=fs_type,
    )


def mounted_volumes() -> list[media_volumes.Volume]:
    """Every mounted disk volume, removable ones first."""
    found = [v for s in QStorageInfo.mountedVolumes() if (v := from_storage(s)) is not None]
    found.sort(key=lambda v: not v.removable)
    return found


def removable_volumes() -> list[media_volumes.Volume]:
    """The volumes offered for an export: the removable ones."""
    return [v for v in mounted_volumes() if v.removable]
