"""The unpacked folder, as IT staff check it before election day: the build id recomputed
without Precinct, and what the app loads by name rather than by import is there."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import ROOT, Installed

from precinct_app.services import build_id


def test_the_build_id_is_recomputed_with_sha256sum_as_its_readme_says(
    installed: Installed,
) -> None:
    doc = json.loads((installed.folder / "_internal" / build_id.BUILD_FILE_NAME)
                     .read_text(encoding="utf-8"))
    readme = (installed.folder / "README.txt").read_text(encoding="utf-8")
    block = readme.split("  cd ", 1)[1].split("\n\n", 1)[0]  # the command as printed
    command = block.replace("\\\n", " ").split("&&", 1)[1]  # after its "cd <folder> &&"
    done = subprocess.run(["bash", "-c", command], cwd=installed.folder, capture_output=True,
                          text=True, check=True, env={"PATH": "/usr/bin:/bin"})
    assert done.stdout.strip().upper() == doc["build_id"].replace("-", "")
    # The same as Precinct's own check of the installed folder.
    hashes = build_id.hash_files(installed.folder, build_id.bundle_files(installed.folder))
    assert build_id.id_of(hashes) == doc["build_id"] and hashes == doc["files"]
    assert doc["platform"] == "linux-x86_64" and doc["version"] in readme


def test_what_the_app_loads_by_name_is_in_the_folder(installed: Installed) -> None:
    internal = installed.folder / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    shipped = {p.name for p in (internal / "precinct_app/migrations/versions").glob("*.py")}
    ours = {p.name for p in (ROOT / "precinct_app/migrations/versions").glob("*.py")}
    assert shipped == ours and (internal / "precinct_app/migrations/env.py").exists()
    assert {"resources/i18n/precinct_kk.qm", "resources/i18n/precinct_ru.qm",
            "resources/fonts/NotoSans-Regular.ttf", "resources/fonts/OFL.txt",
            "resources/demo/election.json", "resources/forms/kz-election.json",
            "PySide6/Qt/translations/qtbase_ru.qm",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"} <= names
    assert not any(n.endswith(".ts") for n in names)  # sources of translations stay home
    assert any(n.startswith("psycopg_binary.libs/libpq") for n in names)  # PostgreSQL's
    assert any(n.startswith("psycopg_binary/_psycopg") for n in names)
    assert any(n.startswith("tzdata/zoneinfo/Asia/Almaty") for n in names)
    assert any(n.startswith("babel/locale-data/kk") for n in names)
    for unused in ("tkinter", "_pytest", "pytest", "hypothesis", "mypy", "PySide6/QtQml"):
        assert not any(n == unused or n.startswith(unused + "/") or
                       n.startswith(unused + ".") for n in names), unused


def test_both_programs_run_without_the_checkout(installed: Installed, tmp_path: Path) -> None:
    help_text = installed.cli("--help").stdout
    assert "usage: precinct" in help_text
    done = installed.cli("--db", str(tmp_path / "none.sqlite3"), "turnout", check=False)
    assert done.returncode != 0 and "Traceback" not in done.stdout + done.stderr


def test_a_changed_file_in_the_installation_is_named_by_its_check(
    installed: Installed, tmp_path: Path,
) -> None:
    copy = tmp_path / "precinct"
    subprocess.run(["cp", "-a", str(installed.folder), str(copy)], check=True)
    ofl = copy / "_internal" / "resources" / "fonts" / "OFL.txt"
    ofl.write_text(ofl.read_text(encoding="utf-8") + " ", encoding="utf-8")
    (copy / "_internal" / "sitecustomize.py").write_text("print('hello')\n", encoding="utf-8")
    env = dict(installed.env, PRECINCT_LANG="en")
    done = subprocess.run([*installed.offline, str(copy / "precinct"), "version", "--check"],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Changed (1): _internal/resources/fonts/OFL.txt" in done.stdout
    assert "Not part of the build (1): _internal/sitecustomize.py" in done.stdout
    assert "does not match its build id" in done.stderr
