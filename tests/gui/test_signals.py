"""PySide6 6.12.0 loses a reference to True on every Python-side emit; ui.signals.emit mends it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

UI = Path(__file__).parents[2] / "precinct_app" / "ui"

_SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from precinct_app.ui.signals import emit
app = QApplication([])
class Source(QObject):
    changed = Signal(str)
source, seen = Source(), []
source.changed.connect(seen.append)
before = sys.getrefcount(True)
for _ in range(30_000):   # more emits than True has references in a fresh process
    emit(source.changed, "x")
assert len(seen) == 30_000
print(sys.getrefcount(True) - before)
"""


def test_many_emits_do_not_abort_the_process() -> None:
    # A whole day's emits in a child process: with a bare .emit() under PySide6 6.12.0
    # it dies with "Fatal Python error: bool_dealloc".
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True,
                          timeout=120, check=False, env={"QT_QPA_PLATFORM": "offscreen",
                                                         "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert abs(int(done.stdout.strip())) < 50


def test_no_bare_emit_in_the_ui() -> None:
    bare = re.compile(r"\.emit\(")
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(UI.glob("*.py")) if path.name != "signals.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert offenders == [], "use precinct_app.ui.signals.emit(signal, ...) instead"
