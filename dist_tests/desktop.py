"""A person at a screen, for the bundle's test: Xvfb, xdotool's keys, screenshots.

Keys go where a person's would: to the window under the pointer (Xvfb has no window
manager, so X's focus follows the pointer), and in it to Qt's focused widget. Every wait
polls (a window's name, a process's exit) with a deadline; nothing sleeps a fixed time
except the short pauses a typist makes between keys.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

SCREEN = "1366x768x24"


class Desktop:
    """One Xvfb display and the programs started on it (all ended by :meth:`close`)."""

    def __init__(self, display: int, shots: Path) -> None:
        self.display = f":{display}"
        self.shots = shots
        self.shots.mkdir(parents=True, exist_ok=True)
        self._xvfb: subprocess.Popen[bytes] | None = None
        self._started: list[subprocess.Popen[bytes]] = []

    @property
    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.display, "PATH": "/usr/bin:/bin"}

    def start(self) -> None:
        socket = Path(f"/tmp/.X11-unix/X{self.display[1:]}")
        if socket.exists():
            raise RuntimeError(f"display {self.display} is taken ({socket})")
        self._xvfb = subprocess.Popen(
            # -noreset: between two programs (no client left) Xvfb would otherwise reset
            # and refuse the next one's connection for a moment.
            ["Xvfb", self.display, "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: socket.exists() and self.x("xdpyinfo").returncode == 0,
                 30, f"Xvfb on {self.display}")
        # The pointer in the middle: the window put there (Qt centres it) gets the keys.
        self.x("xdotool", "mousemove", "683", "384")

    def x(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), env=self.env, capture_output=True, text=True,
                              timeout=30, check=False)

    def launch(self, args: Sequence[str], env: dict[str, str],
               log: Path) -> subprocess.Popen[bytes]:
        """Start a program on this display (its output into ``log``)."""
        with log.open("ab") as out:
            proc = subprocess.Popen(list(args), env={**env, "DISPLAY": self.display},
                                    stdout=out, stderr=subprocess.STDOUT)
        self._started.append(proc)
        return proc

    @staticmethod
    def stop(proc: subprocess.Popen[bytes]) -> None:
        """End a program started here (the window has no close key and Xvfb no window
        manager to close it: every write was committed when its action was shown)."""
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(15)

    def windows(self, name: str) -> list[str]:
        done = self.x("xdotool", "search", "--onlyvisible", "--name", name)
        return done.stdout.split()

    def wait_window(self, name: str, timeout: float = 60) -> str:
        """The id of the first visible window whose title matches ``name``."""
        found: list[str] = []

        def seen() -> bool:
            found[:] = self.windows(name)
            return bool(found)

        wait_for(seen, timeout, f"a window named {name!r}")
        return found[0]

    def focus(self, window: str) -> None:
        """Point at the window (no window manager: focus follows the pointer) and
        give it X's focus."""
        geo = self.x("xdotool", "getwindowgeometry", "--shell", window).stdout
        vals = dict(line.split("=", 1) for line in geo.split() if "=" in line)
        x = int(vals.get("X", "0")) + int(vals.get("WIDTH", "200")) // 2
        y = int(vals.get("Y", "0")) + int(vals.get("HEIGHT", "200")) // 2
        self.x("xdotool", "mousemove", str(x), str(y))
        self.x("xdotool", "windowfocus", "--sync", window)

    def type(self, text: str) -> None:
        """Type as a person would: one key after another."""
        self.x("xdotool", "type", "--delay", "60", text)

    def key(self, *keys: str) -> None:
        for name in keys:
            self.x("xdotool", "key", "--delay", "80", name)
            time.sleep(0.15)  # a typist's pause: Qt handles one key before the next

    def settle(self, quiet: float = 1.5, timeout: float = 60) -> None:
        """Wait until the screen shows nothing new for ``quiet`` seconds (a text cursor's
        blink shows two pictures again and again: those are not new)."""
        seen: set[str] = set()
        last_new = time.monotonic()
        deadline = last_new + timeout
        while time.monotonic() - last_new < quiet:
            if time.monotonic() > deadline:
                raise AssertionError(f"the screen kept changing for {timeout:g} s")
            grab = subprocess.run(["xwd", "-root", "-silent"], env=self.env,
                                  capture_output=True, timeout=30, check=False)
            digest = hashlib.sha256(grab.stdout).hexdigest()
            if digest not in seen:
                seen.add(digest)
                last_new = time.monotonic()
            time.sleep(0.2)

    def click(self, x: int, y: int) -> None:
        self.x("xdotool", "mousemove", str(x), str(y), "click", "1")

    def shot(self, name: str) -> Path:
        """The whole screen as ``<shots>/<name>.png``."""
        path = self.shots / f"{name}.png"
        self.x("import", "-window", "root", str(path))
        return path

    def close(self) -> None:
        """End every program started here, then Xvfb, whatever state they are in."""
        for proc in [*self._started, self._xvfb]:
            if proc is None or proc.poll() is not None:
                continue
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def wait_for(check: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``check`` every 0.1 s until true; fail naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.1)


def tools_missing() -> list[str]:
    return [t for t in ("Xvfb", "xdotool", "import", "xdpyinfo", "pdftotext", "tar")
            if shutil.which(t) is None]


def is_root() -> bool:
    return os.geteuid() == 0
