"""Layering rules that keep the domain testable without Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "precinct_app"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules_outside(sub: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if sub not in p.relative_to(PACKAGE).parts[:1]]


def test_pyside6_is_imported_only_under_ui() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _modules_outside("ui")
        if any(m == "PySide6" or m.startswith("PySide6.") for m in _imported_modules(p))
    ]
    assert offenders == []


def test_services_do_not_import_the_shells() -> None:
    services = (PACKAGE / "services").rglob("*.py")
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in services
        if any(m.startswith(("precinct_app.ui", "precinct_app.cli")) for m in _imported_modules(p))
    ]
    assert offenders == []


def test_the_check_sees_a_qt_import(tmp_path: Path) -> None:
    # Guard against the scan silently finding nothing.
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imported_modules(bad)
    assert len(_modules_outside("ui")) > 5
