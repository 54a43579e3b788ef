"""The window's colours: one palette, each pair readable (WCAG AA), no colour elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

from precinct_app.ui import palette

UI = Path(palette.__file__).parent
HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def _colours() -> dict[str, str]:
    return {name: value for name, value in vars(palette).items()
            if name.isupper() and isinstance(value, str) and HEX.fullmatch(value)}


def test_every_pair_the_palette_defines_is_readable() -> None:
    weak = [(fg, bg, kind, round(palette.contrast(fg, bg), 2))
            for fg, bg, kind in palette.PAIRS
            if palette.contrast(fg, bg) < palette.MINIMUM[kind]]
    assert weak == []


def test_every_colour_is_checked_or_decorative() -> None:
    checked = {c for fg, bg, _kind in palette.PAIRS for c in (fg, bg)}
    unchecked = {name for name, value in _colours().items()
                 if value not in checked and value not in palette.DECORATIVE}
    assert unchecked == set()


def test_the_contrast_formula_matches_wcag() -> None:
    assert round(palette.contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(palette.contrast("#777777", "#ffffff"), 2) == 4.48  # the well-known near miss
    assert palette.contrast("#1f5f8b", "#1f5f8b") == 1.0


def test_no_colour_literal_outside_the_palette() -> None:
    found = [f"{path.name}:{number}: {line.strip()}"
             for path in sorted(UI.glob("*.py")) if path.name != "palette.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if HEX.search(line.split("  # ")[0])]
    assert found == []


def test_translated_strings_are_filled_in_one_pass() -> None:
    # Chained .replace("%1", a).replace("%2", b) fills "%2" inside a again: ui.i18n.fill.
    chained = [f"{path.name}:{number}"
               for path in sorted(UI.glob("*.py"))
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if "``" not in line  # a docstring naming the old way
               and (re.search(r"""\.replace\(\s*["']%\d""", line)
                    or re.fullmatch(r"""\s*["']%\d["'],.*""", line))]
    assert chained == []
