"""Every coded error raised in the services carries what its message needs.

``messages.text`` raises on a missing placeholder (a bug must show), so a refusal raised
without one of its words' values would lose its message on the screen. Read statically:
each ``DomainError``-family call with a literal code and keyword data, anywhere in
``precinct_app``, must give every placeholder its catalog entry names in any language.
"""

from __future__ import annotations

import ast
from pathlib import Path

from precinct_app.messages import CATALOG
from precinct_app.messages.catalog import placeholders, templates

ROOT = Path(__file__).parents[2] / "precinct_app"
ERRORS = {"DomainError", "StationExists", "NoStation", "InvalidInput", "PermissionDenied",
          "WrongPhase", "Refused", "BackupError", "MediaError", "KeyError_", "error"}


def _needed(code: str) -> set[str]:
    entry = CATALOG[code]
    names: set[str] = set()
    for lang in ("kk", "ru", "en"):
        for template in templates(getattr(entry, lang)):
            names |= placeholders(template)
    return names


def _raised() -> list[tuple[str, int, str, set[str]]]:
    found = []
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            if name not in ERRORS or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if any(k.arg is None for k in node.keywords):  # **data: not knowable here
                continue
            given = {k.arg for k in node.keywords if k.arg is not None}
            found.append((str(path.relative_to(ROOT)), node.lineno, first.value, given))
    return found


def test_the_scan_finds_the_raise_sites() -> None:
    codes = {code for _, _, code, _ in _raised()}
    assert {"already_issued", "voter_excluded", "voter_not_found"} <= codes


def test_every_raised_code_gives_what_its_message_names() -> None:
    missing = [f"{path}:{line} {code} lacks {sorted(_needed(code) - given)}"
               for path, line, code, given in _raised()
               if code in CATALOG and _needed(code) - given]
    assert missing == []
