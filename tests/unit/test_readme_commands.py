"""The README's command-line walk-through runs as written: the day, the closing, the export,
then ``precinct verify`` accepts the folder and a single changed byte in any file fails it,
naming the file (issue 5's "done when", on the demo station)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from precinct_app.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"
STICK = "/media/usb-stick"


def _block_after(heading: str) -> list[str]:
    """The logical lines (continuations joined) of the first shell block after ``heading``."""
    text = README.read_text("utf-8")
    start = text.index(heading)
    match = re.search(r"```\n(.*?)```", text[start:], re.S)
    assert match is not None, heading
    lines: list[str] = []
    for raw in match.group(1).splitlines():
        if raw.startswith("$ "):
            lines.append(raw[2:])
        elif raw.startswith(">") and lines:
            lines[-1] += " " + raw[1:].strip()
        elif lines and lines[-1].rstrip().endswith("\\"):
            lines[-1] = lines[-1].rstrip()[:-1] + " " + raw.strip()
    return lines


def _run(line: str, stick: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Run one README line in-process; returns what the precinct commands printed."""
    words = shlex.split(line.replace(STICK, str(stick)), comments=True)
    refused = "refused" in line.partition("#")[2]
    if words[0] == "export":
        for assignment in words[1:]:
            name, _, value = assignment.partition("=")
            monkeypatch.setenv(name, value)
        return []
    if words[0] == "for":  # for VAR in WORDS; do COMMAND; done
        var, items = words[1], words[3:words.index("do")]
        body = " ".join(words[words.index("do") + 1:words.index("done")]).rstrip(";")
        out: list[str] = []
        for item in items:
            out += _run(body.replace("$" + var, item.rstrip(";")), stick, monkeypatch, capsys)
        return out
    assert words[0] == ".venv/bin/precinct", line
    code = main(words[1:])
    printed, err = capsys.readouterr()
    assert "Traceback" not in err, line
    assert (code != 0) == refused, f"{line}: exit {code}: {err}"
    return printed.splitlines()


def test_the_readme_walk_through_exports_a_folder_that_verifies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    printed: list[str] = []
    for heading in ("The whole day from the command line", "The closing from the command line",
                    "### The chair exports the signed results"):
        for line in _block_after(heading):
            printed = _run(line, stick, monkeypatch, capsys)
    folder = Path(printed[-1])  # export prints the folder it wrote
    assert folder.parent == stick and folder.name.startswith("TRAINING_P164_")

    monkeypatch.setenv("PRECINCT_DB", str(tmp_path / "no-station-here.sqlite3"))
    assert main(["verify", str(folder)]) == 0
    assert "an intact TRAINING export" in capsys.readouterr().out
    for original in sorted(folder.iterdir()):
        copy = tmp_path / "tampered" / original.name
        shutil.copytree(folder, copy.parent)
        data = bytearray(copy.read_bytes())
        data[len(data) // 2] ^= 0x01
        copy.write_bytes(bytes(data))
        assert main(["verify", str(copy.parent)]) == 1, original.name
        out, err = capsys.readouterr()
        failing = [line for line in out.splitlines() if line.startswith("[FAIL]")]
        assert any(original.name in line for line in failing), (original.name, failing)
        assert original.name in err.splitlines()[-1]  # the verdict names the file
        shutil.rmtree(copy.parent)
