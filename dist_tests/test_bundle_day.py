"""The bundle on a commission laptop: first start, the demo, a ballot, the protocol's PDF,
then the export and its check, all from the unpacked archive (conftest.py), offline.

What a person does is typed and clicked on the window (xdotool): the demo button and the
PIN on the first start, a list number and Enter at the desk, *Save PDF…* on the Protocol
screen and the path typed in its dialog. The day's steps between (open voting, close it,
the count's first step) are the chair's commands on the bundle's own command line, with
the app closed, so each window run starts the program again as a laptop would.
Screenshots: dist/dist-test/<test>/NN-*.png.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

from conftest import OUT, Installed
from desktop import Desktop

PIN = "1234"  # every demo member's (the start screen says so)
VOTER = "17"  # a list number typed at the desk
# The Protocol screen's "Save PDF…" button at 1366x768 in Kazakh (the first start's
# language): the screen has no key for it, so the member clicks it.
SAVE_BUTTON = (963, 157)


def _start(desktop: Desktop, installed: Installed, *args: str,
           name: str) -> tuple[subprocess.Popen[bytes], str, float]:
    """Start precinct-app; its process, window and seconds to the window shown."""
    started = time.monotonic()
    proc = desktop.launch(installed.app_args(*args), installed.env, OUT / f"app-{name}.log")
    window = desktop.wait_window("Precinct", 120)
    shown = time.monotonic() - started
    desktop.settle()
    desktop.focus(window)
    return proc, window, shown


def _station_file(installed: Installed) -> Path | None:
    pointer = installed.home / ".local/share/precinct/current"
    if not pointer.exists():
        return None
    path = pointer.parent / pointer.read_text(encoding="utf-8").strip()
    return path if path.exists() else None


def _issued(installed: Installed) -> int:
    doc = json.loads(installed.cli("turnout", "--json").stdout)
    return sum(int(c["issued"]) for c in doc["contests"])


def test_first_start_demo_ballot_protocol_and_verified_export(
    installed: Installed, desktop: Desktop, tmp_path: Path
) -> None:
    # 1. First start on a laptop with no station: the start screen; the demo from keys.
    app, _window, first = _start(desktop, installed, name="first")
    desktop.shot("01-first-start")
    # The header (language, A+, ?), then the buttons down to the demo: five presses.
    desktop.key("Tab", "Tab", "Tab", "Tab", "Tab")
    desktop.shot("02-demo-button-focused")
    desktop.key("space")
    deadline = time.monotonic() + 180
    while _station_file(installed) is None:
        assert app.poll() is None, "the app ended while creating the demo station"
        assert time.monotonic() < deadline, "no demo station after 180 s"
        time.sleep(0.2)
    desktop.settle()
    desktop.shot("03-sign-in")
    desktop.type(PIN)  # the PIN field has the keyboard; the chair is chosen
    desktop.key("Return")
    desktop.settle()
    desktop.shot("04-signed-in")
    desktop.stop(app)

    # 2. The chair opens voting (command line); a member works at the desk.
    installed.cli("day", "open", "--member", "c1", pin=PIN)
    app, _window, second = _start(desktop, installed, "--member", "c4", name="desk")
    desktop.type(PIN)
    desktop.key("Return")
    desktop.settle()
    desktop.shot("05-desk")
    desktop.type(VOTER)  # the search box has the focus: the list number, then Enter
    desktop.key("Return")
    desktop.settle()
    desktop.shot("06-ballot-issued")
    desktop.stop(app)
    assert _issued(installed) == 1, "the ballot issued at the desk is not recorded"
    installed.cli("audit", "verify")  # the records agree with the audit log

    # 3. Voting closed; the chair saves the draft protocol as a PDF from its screen.
    installed.cli("day", "close", "--member", "c1", pin=PIN)
    app, _window, _third = _start(desktop, installed, "--member", "c1", name="protocol")
    desktop.type(PIN)
    desktop.key("Return")
    desktop.settle()
    desktop.key("ctrl+8")  # the Protocol screen
    desktop.settle()
    desktop.shot("07-protocol")
    before = set(desktop.windows("."))
    desktop.click(*SAVE_BUTTON)
    deadline = time.monotonic() + 30
    while not (dialogs := set(desktop.windows(".")) - before):
        assert time.monotonic() < deadline, "no save dialog after clicking Save PDF…"
        time.sleep(0.1)
    desktop.settle()
    desktop.shot("08-save-dialog")
    desktop.focus(sorted(dialogs)[0])
    pdf = tmp_path / "protocol.pdf"
    desktop.type(str(pdf))  # the file name field is selected: the path replaces it
    desktop.key("Return")
    deadline = time.monotonic() + 30
    while not pdf.exists():
        assert time.monotonic() < deadline, f"no {pdf} after the save dialog"
        time.sleep(0.1)
    desktop.settle()
    desktop.shot("09-protocol-saved")
    desktop.stop(app)
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    (OUT / "protocol.txt").write_text(words, encoding="utf-8")
    # Kazakh, in the shipped font: letters only Kazakh has, as text the PDF carries.
    assert "хаттамасы" in words and "Қ" in words, words[:500]

    # 4. The bundle's own command line: its build (the files checked), the same build on
    # every page of the protocol and in the export's manifest, the export verified.
    version = installed.cli("version", "--check").stdout.splitlines()
    software, build = version[0], version[0].rsplit(" ", 1)[-1]
    assert software == f"precinct 0.1.0 build {build}" and "All match" in version[-1]
    pages = words.split("\f")[:-1]
    assert pages and all(f"build {build}" in page for page in pages), "a page without the build"
    installed.cli("count", "step", "cancel_unused", "--member", "c1", "--cancelled", "2236",
                  pin=PIN)
    stick = tmp_path / "stick"
    stick.mkdir()
    folder = installed.cli("export", str(stick), "--preliminary", "--member", "c1",
                           pin=PIN).stdout.strip().splitlines()[-1]
    manifest = json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["software"] == software
    verified = installed.cli("verify", folder).stdout
    assert "checks pass" in verified and software in verified, verified
    print(f"\nbundle: window shown {first:.2f} s after the first start, {second:.2f} s "
          f"on a station (each including the wait for its window's name)")
    print(f"offline: {'yes (unshare -n)' if installed.offline else 'NO (not root)'}")
