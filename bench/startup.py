"""``python -m bench --only startup``: start-up to a usable window against a bare window.

"Usable" is the main window shown, painted and the event loop idle (bench/startup_probe.py
measures it from outside the app). The baseline is a bare PySide6 window (QApplication +
QMainWindow shown) started the same way in the same run, alternating with the app.

Cold: after dropping the page cache (needs root: ``/proc/sys/vm/drop_caches``), so every
library is read from disk again, as after the laptop was switched on; warm: the run
right after. On a machine where the cache cannot be dropped, cold is not measured.
Both wall time and the CPU time of the process are reported: on a shared machine the
wall time varies with the load, the CPU time much less.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from precinct_app.db import open_database
from precinct_app.services import phases
from precinct_app.services.clock import Clock
from precinct_app.services.demo import DEFAULT_VOTERS, build_demo

ROUNDS = 5
TARGET = 3.0  # the usable window within 3x the bare window


def qt_platform() -> tuple[dict[str, str], str]:
    """Environment overrides for a Qt process here, and how its window is shown."""
    name = os.environ.get("QT_QPA_PLATFORM", "")
    if name and not (name == "xcb" and os.environ.get("DISPLAY")):
        return {}, f"QT_QPA_PLATFORM={name}" + (" (no real window)" if name == "offscreen"
                                                  else "")
    if os.environ.get("DISPLAY"):
        return {}, f"a real window on the X display {os.environ['DISPLAY']} (xcb)"
    if os.environ.get("WAYLAND_DISPLAY"):
        return {}, "a real window on Wayland"
    return {"QT_QPA_PLATFORM": "offscreen"}, "offscreen (no display found: no real window)"


def drop_caches() -> bool:
    """Empty the page cache (root only); False when this machine does not allow it."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w", encoding="ascii") as fh:
            fh.write("3\n")
    except OSError:
        return False
    return True


def _start(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """One start: (seconds to the usable window, CPU seconds the process spent on it)."""
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    done = subprocess.run([sys.executable, "-m", "bench.startup_probe", *args], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    said = [line.split() for line in done.stdout.splitlines() if line.startswith("USABLE ")]
    if done.returncode != 0 or not said or said[0][3] != "ok":
        raise RuntimeError(f"{args[0]} did not start as expected (exit {done.returncode}):\n"
                           f"{done.stdout}\n{done.stderr}")
    return float(said[0][1]) - start, float(said[0][2])


def _station(folder: Path) -> Path:
    """The 2,214-voter demo station on the voting day (voting open: the desk is shown)."""
    path = folder / "station.sqlite3"
    clock = Clock()
    db = open_database(path, create=True)
    build_demo(db, clock, db_path=path, voters=DEFAULT_VOTERS)
    with db.transaction() as s:
        phases.open_voting(s, clock, "c1")
    db.dispose()
    return path


def bench_startup() -> bool:
    """Cold and warm start-up of precinct-app vs a bare window; True when within 3x."""
    platform_env, platform_said = qt_platform()
    folder = Path(tempfile.mkdtemp(prefix="precinct-startup-"))
    try:
        station = _station(folder)
        env = {**os.environ, **platform_env,
               "XDG_CONFIG_HOME": str(folder / "config"),  # the app's settings: not the user's
               "XDG_DATA_HOME": str(folder / "data")}
        # A user's Python writes the app's byte code at its first start and reuses it after;
        # a developer's PYTHONDONTWRITEBYTECODE would make every start compile it again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("PRECINCT_DB", None)
        kinds = {"bare": ["bare"], "app": ["app", "--db", str(station)]}
        for args in kinds.values():  # byte code written, fonts cached: not what is measured
            _start(args, env)
        cold_possible = drop_caches()
        runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for _ in range(ROUNDS):
            for kind, args in kinds.items():
                if cold_possible:
                    drop_caches()
                    runs.setdefault((kind, "cold"), []).append(_start(args, env))
                runs.setdefault((kind, "warm"), []).append(_start(args, env))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return _report(runs, platform_said)


def _report(runs: dict[tuple[str, str], list[tuple[float, float]]], platform_said: str) -> bool:
    print(f"start-up to a usable window ({DEFAULT_VOTERS:,}-voter demo station, voting open;"
          f" main window shown, painted, event loop idle; {platform_said}; median of"
          f" {ROUNDS} rounds, alternating; seconds):")
    print(f"  {'':<28} {'wall':>7} {'CPU':>7}")
    medians: dict[tuple[str, str], tuple[float, float]] = {}
    for (kind, temp), values in runs.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        medians[kind, temp] = wall, cpu
    met = True
    for temp in ("cold", "warm"):
        if ("app", temp) not in medians:
            print(f"  {temp}: not measured (dropping the page cache needs root:"
                  " /proc/sys/vm/drop_caches)")
            continue
        bare, app = medians["bare", temp], medians["app", temp]
        print(f"  {'bare PySide6 window, ' + temp:<28} {bare[0]:7.2f} {bare[1]:7.2f}")
        print(f"  {'precinct-app, ' + temp:<28} {app[0]:7.2f} {app[1]:7.2f}")
        ratio, cpu_ratio = app[0] / bare[0], app[1] / bare[1]
        met &= ratio <= TARGET
        print(f"  {temp}: ratio {ratio:.1f}x wall, {cpu_ratio:.1f}x CPU (target <="
              f" {TARGET:g}x the bare window: {'met' if ratio <= TARGET else 'NOT MET'})")
    return met
