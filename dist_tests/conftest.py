"""``make dist-test``: the archive as the territorial commission's IT staff install it.

The archive is unpacked with ``tar`` into an empty folder under /tmp (never the checkout),
and its programs run with a clean environment: PATH=/usr/bin:/bin, a fresh HOME and XDG
folders, no PYTHONPATH nor virtual environment, and (as root) in a network namespace with
no interface (``unshare -n``). Screenshots and logs stay in ``dist/dist-test/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from desktop import Desktop, is_root, tools_missing

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
OUT = DIST / "dist-test"
DISPLAYS = range(70, 80)  # this test's X displays (others use other numbers)


def the_archive() -> Path:
    found = sorted(DIST.glob("precinct-*-linux-x86_64.tar.gz"))
    if not found:
        pytest.fail("no archive in dist/: run `make dist` first")
    return found[-1]


@dataclass
class Installed:
    """The unpacked bundle and a laptop's clean environment for it."""

    folder: Path  # precinct-<version>/ holding precinct, precinct-app, _internal/
    home: Path
    env: dict[str, str]
    offline: list[str] = field(default_factory=list)  # the prefix that cuts the network

    def cli(self, *args: str, pin: str = "", check: bool = True,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """``precinct ARGS`` from the bundle, offline; PIN through PRECINCT_PIN."""
        env = dict(self.env)
        if pin:
            env["PRECINCT_PIN"] = pin
        done = subprocess.run([*self.offline, str(self.folder / "precinct"), *args], env=env,
                              capture_output=True, text=True, timeout=timeout, check=False,
                              stdin=subprocess.DEVNULL)
        log = OUT / "cli.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"$ precinct {' '.join(args)}\n(exit {done.returncode})\n"
                     f"{done.stdout}{done.stderr}\n")
        if check and done.returncode != 0:
            raise AssertionError(f"precinct {' '.join(args)} failed ({done.returncode}):\n"
                                 f"{done.stdout}\n{done.stderr}")
        return done

    def app_args(self, *args: str) -> list[str]:
        return [*self.offline, str(self.folder / "precinct-app"), *args]


def _offline_prefix() -> list[str]:
    if not is_root():
        print("\nNOT ROOT: the bundle runs WITH the network (unshare -n needs root)")
        return []
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        print(f"\nunshare -n refused here ({probe.stderr!r}): the bundle runs with the network")
        return []
    return ["unshare", "-n"]


@pytest.fixture(scope="session")
def installed() -> Iterator[Installed]:
    missing = tools_missing()
    if missing:
        pytest.fail(f"missing tools: {', '.join(missing)} (tools/system-deps.sh dist, as root, "
                    "installs them)")
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    archive = the_archive()
    place = Path(tempfile.mkdtemp(prefix="precinct-install-", dir="/tmp"))
    try:
        assert not any(place.iterdir())  # an empty folder on a machine path
        started = time.monotonic()
        subprocess.run(["tar", "-xzf", str(archive), "-C", str(place)], check=True)
        unpacked = time.monotonic() - started
        (folder,) = place.iterdir()
        files = [p for p in folder.rglob("*") if not p.is_dir()]
        size = sum(p.lstat().st_size for p in files)
        print(f"\n{archive.name}: {archive.stat().st_size / 1e6:.1f} MB; unpacked "
              f"{size / 1e6:.1f} MB in {len(files)} files ({unpacked:.1f} s to unpack)")
        home = place / "home"
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
               "XDG_CONFIG_HOME": str(home / ".config"),
               "XDG_DATA_HOME": str(home / ".local/share"),
               "XDG_CACHE_HOME": str(home / ".cache"),
               "XDG_RUNTIME_DIR": str(place / "run")}
        for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            Path(env[key]).mkdir(parents=True, mode=0o700)
        yield Installed(folder, home, env, _offline_prefix())
    finally:
        shutil.rmtree(place, ignore_errors=True)


@pytest.fixture()
def desktop(request: pytest.FixtureRequest) -> Iterator[Desktop]:
    free = next((d for d in DISPLAYS if not Path(f"/tmp/.X11-unix/X{d}").exists()), None)
    if free is None:
        pytest.fail("no free X display among :70-:79")
    screen = Desktop(free, OUT / request.node.name)
    try:
        screen.start()
        yield screen
    finally:
        screen.close()


def pytest_report_header() -> str:
    return f"bundle under test: {the_archive() if list(DIST.glob('precinct-*')) else 'none'}"


os.environ.pop("PRECINCT_DB", None)
