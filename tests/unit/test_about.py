"""What About says about the software and about the check of its files, in every language."""

from __future__ import annotations

from pathlib import Path

from precinct_app.services import about
from precinct_app.services.build_id import BuildInfo, CheckResult

OFFICIAL = BuildInfo("0.1.0", "3F2A9-C1B77-D01E4-F9A2B", "bundle", Path("/opt/p"),
                     "2026-12-01T10:00:00+00:00", "windows-x86_64")


def test_the_kind_of_software_in_words() -> None:
    assert about.kind_text(OFFICIAL, "en") == "Official build of 01.12.2026 for windows-x86_64"
    assert about.kind_text(OFFICIAL, "kk") == "windows-x86_64 үшін 01.12.2026 ресми құрастыруы"
    assert about.official(OFFICIAL)
    lost = BuildInfo("0.1.0", "UNKNOWN", "bundle", Path("/opt/p"))  # no build file
    assert not about.official(lost) and "not an official build" in about.kind_text(lost, "en")
    source = BuildInfo("0.1.0", "ABCDE-ABCDE-ABCDE-ABCDE", "source", Path("."))
    assert about.kind_text(source, "ru") == "Запуск из исходного кода: не официальная сборка"


def test_an_intact_installation_is_one_line() -> None:
    assert about.check_lines(CheckResult(12, (), (), ()), "ru") == [
        "Проверено файлов: 12. Все совпадают с номером сборки."]


def test_the_first_five_files_of_each_kind_and_how_many_more() -> None:
    changed = tuple(f"f{n}" for n in range(8))
    lines = about.check_lines(CheckResult(30, changed, ("gone",), ()), "en")
    assert lines[0].startswith("Files checked: 30. The installation does not match")
    assert lines[1] == "Changed (8): f0, f1, f2, f3, f4 … and 3 more"
    assert lines[2] == "Missing (1): gone"
    assert len(lines) == 3  # nothing added: no line for it
    kk = about.check_lines(CheckResult(30, changed, (), ("x",)), "kk")
    assert kk[1] == "Өзгертілген (8): f0, f1, f2, f3, f4 … және тағы 3"
    assert kk[2] == "Құрастыруға кірмейді (1): x"


def test_the_facts_name_the_data_folder_and_the_station(tmp_path: Path) -> None:
    facts = about.facts(OFFICIAL, tmp_path / "s.sqlite3")
    assert facts.db_path == tmp_path / "s.sqlite3"
    assert facts.data_folder.name == "precinct"  # in the (test's) user data folder
    assert "OFL" in facts.fonts_licence and facts.python.startswith("3.")
