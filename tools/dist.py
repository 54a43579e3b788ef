"""``make dist``: build the bundle, give it its build id, and pack the archive.

1. PyInstaller on ``packaging/precinct.spec`` (work files in ``build/pyinstaller``, kept
   between runs so a second build takes less time; the folder in ``dist/precinct``);
2. ``README.txt`` into the folder, then the build file last
   (``precinct_app.services.build_id.write_build_file``: every other file is hashed, so
   the id covers the whole folder as installed);
3. the archive ``dist/precinct-<version>-<platform>.tar.gz`` (Linux) or ``.zip``
   (Windows), deterministic: members sorted by name, one fixed time (the build date's
   midnight, UTC), owner 0, modes kept; and ``<archive>.sha256`` in ``sha256sum``'s
   format, so the territorial commission checks the file it copies to each laptop.

Prints the build id, the archive's size and SHA-256. The words are for the developer
or IT staff who build, in English (the app's own words are in the catalog).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import os
import platform
import stat
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "precinct.spec"
FOLDER_NAME = "precinct"

README = """\
Precinct {version} ({platform}, built {built_at})

Software for a precinct election commission. Nothing to install: this folder is the
program. It needs no internet and no Python.

  {app}    the window (start it from here or from a shortcut to it)
  {cli}    the command line: `{cli} version` prints the build id

The build id (written in _internal/precinct-build.json, printed in the footer of
every protocol page and in About) is a hash over every file of this folder.
Compare it with the id the higher commission published for this version.
Anyone can recompute it without Precinct (Linux; on Windows use Git Bash or WSL):

  cd {folder} && find . ! -type d ! -name precinct-build.json | sed 's|^\\./||' \\
    | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum | cut -c1-20

gives the id without its dashes, in lower case. The station's data is NOT in this
folder: replacing the folder with a newer version keeps the data, which the newer
version migrates on its first start. Fonts: SIL Open Font License (OFL.txt in
_internal/resources/fonts).
"""


class DistError(Exception):
    """A reason to stop the build, worded for the person running it."""


def target_platform() -> str:
    """``linux-x86_64`` or ``windows-x86_64``; refuses any other machine."""
    machine = platform.machine().lower()
    if machine not in ("x86_64", "amd64"):
        raise DistError(f"the bundle is built for x86-64 only; this machine is {machine!r}")
    system = str(sys.platform)  # a str, not mypy's idea of this machine's platform
    if system.startswith("linux"):
        return "linux-x86_64"
    if system == "win32":
        return "windows-x86_64"
    raise DistError(f"the bundle is built on Linux or Windows only; this is {system!r}")


def require_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise DistError("PyInstaller is not installed in this Python: run `make dist` "
                        "(it installs .[dist]) or `pip install -e .[dist]`")


def run_pyinstaller(dist: Path, work: Path) -> None:
    """Build ``dist/precinct`` from the spec (the old folder replaced)."""
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--workpath", str(work), "--distpath", str(dist), str(SPEC)]
    done = subprocess.run(args, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise DistError(f"PyInstaller failed (exit {done.returncode}); its log is above")


def _exe(name: str, plat: str) -> str:
    return f"{name}.exe" if plat.startswith("windows") else f"./{name}"


def fixed_time(built_at: str) -> int:
    """The archive members' time: the build date's midnight UTC (seconds since 1970)."""
    day = dt.date.fromisoformat(built_at)
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


def _members(folder: Path) -> list[Path]:
    """Every file, link and folder under ``folder``, sorted by their relative path."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        out += [base / d for d in dirnames]
        out += [base / f for f in filenames]
    return sorted(out, key=lambda p: p.relative_to(folder).as_posix().encode("utf-8"))


def write_tar_gz(folder: Path, out: Path, top: str, mtime: int) -> None:
    """A tar.gz of ``folder`` under ``top/``: the same bytes for the same files."""
    def info(path: Path, name: str) -> tarfile.TarInfo:
        st = path.lstat()
        ti = tarfile.TarInfo(name)
        ti.mtime, ti.uid, ti.gid, ti.uname, ti.gname = mtime, 0, 0, "", ""
        ti.mode = stat.S_IMODE(st.st_mode)
        if stat.S_ISLNK(st.st_mode):
            ti.type, ti.linkname = tarfile.SYMTYPE, os.readlink(path)
        elif stat.S_ISDIR(st.st_mode):
            ti.type = tarfile.DIRTYPE
        else:
            ti.size = st.st_size
        return ti

    tmp = out.with_name(out.name + ".part")
    with tmp.open("wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.addfile(info(folder, top))
        for path in _members(folder):
            ti = info(path, f"{top}/{path.relative_to(folder).as_posix()}")
            if ti.isreg():
                with path.open("rb") as fh:
                    tar.addfile(ti, fh)
            else:
                tar.addfile(ti)
    tmp.replace(out)


def write_zip(folder: Path, out: Path, top: str, mtime: int) -> None:
    """A zip of ``folder`` under ``top/`` (Windows): sorted, one fixed time."""
    stamp = time.gmtime(mtime)[:6]
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in _members(folder):
            if path.is_dir():
                continue  # a zip's folders come with its files
            zi = zipfile.ZipInfo(f"{top}/{path.relative_to(folder).as_posix()}", stamp)
            zi.external_attr = (stat.S_IMODE(path.stat().st_mode) | stat.S_IFREG) << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            with path.open("rb") as fh:
                zf.writestr(zi, fh.read())
    tmp.replace(out)


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, links not followed."""
    total = count = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            total += (Path(dirpath) / name).lstat().st_size
            count += 1
    return total, count


def build(dist: Path, work: Path, *, skip_pyinstaller: bool = False) -> Path:
    """The whole of ``make dist``; returns the archive."""
    plat = target_platform()
    sys.path.insert(0, str(ROOT))
    from precinct_app import __version__
    from precinct_app.services import build_id
    from precinct_app.services.durable import file_sha256

    started = time.monotonic()
    if not skip_pyinstaller:
        require_pyinstaller()
        run_pyinstaller(dist, work)
    folder = dist / FOLDER_NAME
    internal = folder / "_internal"
    if not internal.is_dir():
        raise DistError(f"{folder} is not a PyInstaller bundle (no _internal folder)")
    (internal / build_id.BUILD_FILE_NAME).unlink(missing_ok=True)
    built_at = dt.datetime.now(dt.UTC).date().isoformat()
    # Everything in the folder before the build file: the id covers README.txt too.
    readme = folder / "README.txt"
    readme.write_text(README.format(version=__version__,
                                    platform=plat, built_at=built_at,
                                    app=_exe("precinct-app", plat), cli=_exe("precinct", plat),
                                    folder=f"precinct-{__version__}"),
                      encoding="utf-8", newline="\r\n" if plat.startswith("windows") else "\n")
    info = build_id.write_build_file(folder, internal, built_at=built_at, platform=plat)
    ext = "zip" if plat.startswith("windows") else "tar.gz"
    archive = dist / f"precinct-{__version__}-{plat}.{ext}"
    top = f"precinct-{__version__}"
    (write_zip if ext == "zip" else write_tar_gz)(folder, archive, top, fixed_time(built_at))
    digest = file_sha256(archive)
    (dist / f"precinct-{__version__}-{plat}.sha256").write_text(
        f"{digest}  {archive.name}\n", encoding="utf-8")
    size, files = folder_size(folder)
    print(f"build id   {info.build_id}")
    print(f"archive    {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    print(f"sha256     {digest}")
    print(f"unpacked   {size / 1e6:.1f} MB in {files} files")
    print(f"built in   {time.monotonic() - started:.0f} s")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/dist.py", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder")
    parser.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"),
                        help="PyInstaller's work folder (kept between builds)")
    parser.add_argument("--skip-pyinstaller", action="store_true",
                        help="only the build file and the archive of an existing dist/precinct")
    args = parser.parse_args(argv)
    try:
        build(Path(args.dist), Path(args.work), skip_pyinstaller=args.skip_pyinstaller)
    except DistError as exc:
        print(f"make dist: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
