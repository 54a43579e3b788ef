"""Finding the mounted volumes and whether the disk behind one is removable, without Qt.

:func:`device_flags` asks the operating system whether the disk behind a volume is
removable (``/sys/block/<disk>/removable`` on Linux, the drive type on Windows): the GUI
lists the volumes with Qt's QStorageInfo, which has no such flag, and asks this.
:func:`list_volumes` is the same list without Qt, from ``/proc/mounts`` (Linux).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Volume:
    """A mounted volume with a real device behind it."""

    path: Path
    label: str
    device: str
    removable: bool
    read_only: bool
    free_bytes: int
    total_bytes: int
    fs_type: str


_PSEUDO = {
    "proc", "sysfs", "tmpfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "securityfs",
    "debugfs", "tracefs", "configfs", "fusectl", "mqueue", "hugetlbfs", "pstore", "bpf",
    "autofs", "binfmt_misc", "efivarfs", "overlay", "squashfs", "nsfs", "ramfs", "rpc_pipefs",
    "selinuxfs", "fuse.gvfsd-fuse", "fuse.portal", "nfsd", "zram",
}
_USB = re.compile(r"(^|/)usb\d+(/|$)")
_DRIVE_REMOVABLE = 2


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _unescape_label(name: str) -> str:
    """udev writes unsafe characters of a label as ``\\xHH``."""
    raw = re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]),
                 os.fsencode(name))
    return raw.decode("utf-8", "replace")


def _labels(by_label: Path) -> dict[str, str]:
    labels: dict[str, str] = {}
    try:
        entries = list(os.scandir(by_label))
    except OSError:
        return labels
    for entry in entries:
        try:
            target = os.readlink(entry.path)
        except OSError:
            continue
        labels[os.path.basename(target)] = _unescape_label(entry.name)
    return labels


def _read_flag(path: Path) -> bool:
    try:
        return path.read_text(encoding="ascii").strip() == "1"
    except (OSError, UnicodeDecodeError):
        return False


def _disk_of(sys_block: Path, dev_name: str) -> Path | None:
    """``/sys/block/<disk>`` of a disk or of one of its partitions."""
    direct = sys_block / dev_name
    if direct.exists():
        return direct
    try:
        disks = list(os.scandir(sys_block))
    except OSError:
        return None
    for disk in disks:
        if (Path(disk.path) / dev_name).is_dir():
            return Path(disk.path)
    return None


def _removable(disk: Path | None) -> tuple[bool, bool]:
    """(removable, read-only) of a disk: its flags, or a USB device in its sysfs path."""
    if disk is None:
        return False, False
    removable = _read_flag(disk / "removable")
    if not removable:
        with contextlib.suppress(OSError):
            removable = bool(_USB.search(os.readlink(disk)))  # a USB disk saying 0
    return removable, _read_flag(disk / "ro")


def device_flags(
    device: str, root: Path, sys_block: Path = Path("/sys/block")
) -> tuple[bool, bool]:
    """(removable, read-only) of the disk behind ``device`` mounted at ``root``, as the
    operating system says: ``/sys/block`` on Linux, the drive type on Windows; (False,
    False) where it cannot be asked (the GUI lists the volume as not removable)."""
    if sys.platform == "win32":
        return _windows_removable(root), False
    if not device.startswith("/dev/"):
        return False, False
    real = os.path.realpath(device) if os.path.exists(device) else device
    return _removable(_disk_of(sys_block, os.path.basename(real)))


def _windows_removable(root: Path) -> bool:
    """GetDriveTypeW: DRIVE_REMOVABLE (2) for a USB stick or a card."""
    import ctypes

    drive = str(root.anchor or root)
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    return int(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive))) == _DRIVE_REMOVABLE


def list_volumes(
    proc_mounts: Path = Path("/proc/mounts"),
    sys_block: Path = Path("/sys/block"),
    by_label: Path = Path("/dev/disk/by-label"),
) -> list[Volume]:
    """The mounted volumes with a real device (Linux), removable ones first.

    Pseudo filesystems (proc, tmpfs, cgroup, squashfs snaps...) and mounts without a
    ``/dev/`` device are skipped; a device mounted twice is listed at each place.
    Removability comes from ``/sys/block/<disk>/removable`` (a partition's parent disk),
    or a USB device in the disk's sysfs path; the label from ``by_label`` links; free
    and total bytes from ``statvfs`` (0 when it cannot be asked).
    """
    try:
        lines = proc_mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    labels = _labels(by_label)
    volumes: list[Volume] = []
    seen: set[str] = set()
    for line in lines:
        fields = line.split()
        if len(fields) < 4:
            continue
        device, mount, fs_type, options = (_unescape_mount(f) for f in fields[:4])
        if fs_type in _PSEUDO or not device.startswith("/dev/") or mount in seen:
            continue
        seen.add(mount)
        real = os.path.realpath(device) if os.path.exists(device) else device
        dev_name = os.path.basename(real)
        removable, disk_ro = device_flags(device, Path(mount), sys_block)
        free = total = 0
        with contextlib.suppress(OSError, AttributeError):
            st = os.statvfs(mount)
            free, total = st.f_bavail * st.f_frsize, st.f_blocks * st.f_frsize
        volumes.append(Volume(
            path=Path(mount),
            label=labels.get(dev_name, labels.get(os.path.basename(device), "")),
            device=device,
            removable=removable,
            read_only="ro" in options.split(",") or disk_ro,
            free_bytes=free,
            total_bytes=total,
            fs_type=fs_type,
        ))
    volumes.sort(key=lambda v: not v.removable)
    return volumes
