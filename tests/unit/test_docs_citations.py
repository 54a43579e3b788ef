"""Every citation of the project's docs resolves inside the repository.

The code and the tests cite ``docs/<file>.md`` and often a section of it (``docs/formats.md
§3``); the docs cite each other the same way without the folder (``domain.md §4``). A
citation naming a file that is not there, or a section number the file has no heading for,
sends a reader nowhere: the test names each one with its file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
CODE_FOLDERS = ("precinct_app", "tests", "reliability", "bench", "tools")
# A section number after the file: "§3", "§ 1.1".
SECTION = r"(?:\s*§\s*(\d+(?:\.\d+)*))?"
IN_CODE = re.compile(r"docs/([A-Za-z0-9_.-]+?\.md)" + SECTION)
IN_DOCS = re.compile(r"(?<![/\w.-])([A-Za-z0-9_.-]+?\.md)" + SECTION)
# "## 3. Results export", "### 1.1 Protocol forms"
HEADING = re.compile(r"^#{2,4}\s+(\d+(?:\.\d+)*)\.?\s", re.MULTILINE)


def _sections(doc: Path) -> set[str]:
    return set(HEADING.findall(doc.read_text(encoding="utf-8")))


def _unresolved(text: str, pattern: re.Pattern[str], base: Path, where: str) -> list[str]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in pattern.finditer(line):
            name, section = match.group(1), match.group(2)
            doc = base / name
            if not doc.is_file():
                problems.append(f"{where}:{number}: {match.group(0)!r}: no such file")
            elif section and section not in _sections(doc):
                problems.append(f"{where}:{number}: {match.group(0)!r}: no section {section}")
    return problems


def _code_files() -> list[Path]:
    found = [ROOT / "README.md"]
    for folder in CODE_FOLDERS:
        found.extend(sorted((ROOT / folder).rglob("*.py")))
    # This file's own examples of wrong citations are test data.
    return [path for path in found if path != Path(__file__).resolve()]


def test_every_docs_citation_in_the_code_resolves() -> None:
    problems: list[str] = []
    for path in _code_files():
        where = str(path.relative_to(ROOT))
        problems += _unresolved(path.read_text(encoding="utf-8"), IN_CODE, DOCS, where)
    assert problems == []


def test_the_code_cites_the_docs_of_the_repository() -> None:
    # formats.md, domain.md and ui.md once lived outside the repository; a citation of them
    # without the docs/ folder is one a reader cannot open.
    bare = re.compile(r"(?<![/\w.-])(?:formats|domain|ui)\.md")
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _code_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if bare.search(line)
    ]
    assert found == []


def test_the_docs_cite_each_other_by_existing_sections() -> None:
    problems: list[str] = []
    for doc in sorted(DOCS.glob("*.md")):
        where = str(doc.relative_to(ROOT))
        problems += _unresolved(doc.read_text(encoding="utf-8"), IN_DOCS, DOCS, where)
    assert problems == []


def test_a_wrong_citation_is_caught(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "formats.md").write_text("# F\n\n## 3. Export\n", encoding="utf-8")
    text = "ok: docs/formats.md §3\nno section: docs/formats.md §9\nno file: docs/ui.md\n"
    assert _unresolved(text, IN_CODE, tmp_path / "docs", "x.py") == [
        "x.py:2: 'docs/formats.md §9': no section 9",
        "x.py:3: 'docs/ui.md': no such file",
    ]


def test_the_documentation_is_linked_from_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("formats.md", "domain.md", "screens.md", "architecture.md"):
        assert f"(docs/{name})" in readme, name
