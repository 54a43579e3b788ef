"""``python -m bench --only bundle_startup``: the bundle's start-up against the source
checkout's, on the same demo station (issue 16: the bundle must not start slower).

The bundle cannot host bench/startup_probe.py (its Python is its own), so both are timed
the same way from outside: from the process's start to its main window mapped and
visible on the X display (``xdotool search --onlyvisible``, polled every 50 ms), plus
the CPU seconds the process had spent by then (/proc). Alternating bundle and source,
cold (page cache dropped, root only) and warm. Runs when ``dist/precinct`` exists (``make
dist``) and an X display is set (``make bench`` gives one); says so otherwise.
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

from bench.startup import ROUNDS, _station, drop_caches

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "precinct" / "precinct-app"
SOURCE = Path(sys.executable).parent / "precinct-app"
POLL = 0.05  # a new X client each poll: faster polling crowds the X server out
TICKS = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) the process has spent so far."""
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def _visible(env: dict[str, str], pid: int) -> bool:
    done = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid),
                           "--name", "Precinct"], env=env, capture_output=True, timeout=30,
                          check=False)
    return bool(done.stdout.strip())


def start_once(program: Path, station: Path, env: dict[str, str]) -> tuple[float, float]:
    """One start: (seconds to the visible window, CPU seconds by then); then closed."""
    said = tempfile.TemporaryFile()  # a file, not a pipe: a chatty app never blocks on it
    start = time.monotonic()
    proc = subprocess.Popen([str(program), "--db", str(station)], env=env,
                            stdout=subprocess.DEVNULL, stderr=said)
    try:
        while not _visible(env, proc.pid):
            if proc.poll() is not None:
                said.seek(0)
                raise RuntimeError(f"{program} ended (exit {proc.returncode}) before its "
                                   f"window:\n{said.read().decode(errors='replace')}")
            if time.monotonic() - start > 120:
                raise RuntimeError(f"{program}: no window after 120 s")
            time.sleep(POLL)
        return time.monotonic() - start, _cpu(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(15)
        said.close()


def bench_bundle_startup(rounds: int = ROUNDS) -> dict[tuple[str, str], tuple[float, float]]:
    """Cold and warm medians per kind (``bundle``, ``source``); {} when not measured."""
    if not BUNDLE.exists():
        print(f"bundle start-up: not measured: no bundle at {BUNDLE} (run make dist)")
        return {}
    if not os.environ.get("DISPLAY") or not (shutil.which("xdotool") and shutil.which("xprop")):
        print("bundle start-up: not measured: needs an X display (make bench runs one), "
              "xdotool and xprop")
        return {}
    folder = Path(tempfile.mkdtemp(prefix="precinct-bundle-startup-"))
    # One client holds the display the whole time: with none left between two starts,
    # xvfb-run's Xvfb resets and refuses the next program's connection for a moment.
    keeper = subprocess.Popen(["xprop", "-root", "-spy"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        station = _station(folder)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(folder / "home"),
               "DISPLAY": os.environ["DISPLAY"], "LANG": "C.UTF-8",
               "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data")}
        if "XAUTHORITY" in os.environ:  # xvfb-run's display wants its cookie
            env["XAUTHORITY"] = os.environ["XAUTHORITY"]
        kinds = {"bundle": BUNDLE, "source": SOURCE}
        for program in kinds.values():  # byte code written, fonts cached: not measured
            start_once(program, station, env)
        cold = drop_caches()
        runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for _ in range(rounds):
            for kind, program in kinds.items():
                if cold:
                    drop_caches()
                    runs.setdefault((kind, "cold"), []).append(start_once(program, station, env))
                runs.setdefault((kind, "warm"), []).append(start_once(program, station, env))
    finally:
        keeper.terminate()
        keeper.wait(15)
        shutil.rmtree(folder, ignore_errors=True)
    medians = {key: (statistics.median(v[0] for v in values),
                     statistics.median(v[1] for v in values)) for key, values in runs.items()}
    print(f"bundle vs source checkout: start to the main window visible (2,214-voter demo, "
          f"voting open; X display {os.environ['DISPLAY']}; median of {rounds} rounds, "
          f"alternating; seconds):")
    print(f"  {'':<22} {'wall':>7} {'CPU':>7}")
    for temp in ("cold", "warm"):
        if ("bundle", temp) not in medians:
            print(f"  {temp}: not measured (dropping the page cache needs root)")
            continue
        for kind in ("bundle", "source"):
            wall, cpu = medians[kind, temp]
            print(f"  {kind + ', ' + temp:<22} {wall:7.2f} {cpu:7.2f}")
        ratio = medians["bundle", temp][0] / medians["source", temp][0]
        print(f"  {temp}: bundle/source {ratio:.2f}x wall (target <= 1: "
              f"{'met' if ratio <= 1.0 else 'NOT MET'})")
    return medians
