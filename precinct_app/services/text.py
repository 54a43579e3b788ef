"""Text folding for search: case, Kazakh letters and keyboard layouts."""

from __future__ import annotations

# Kazakh letters folded to the nearest Russian ones: lists typed in Windows-1251
# write them that way, and a Russian keyboard cannot type them.
_KAZAKH_TO_RUSSIAN = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
     "і": "и", "ё": "е"}
)

# Latin keys of a US keyboard -> the Cyrillic letters of the Russian layout.
_LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_CYRILLIC = "йцукенгшщзхъфывапролджэячсмитьбюё"
_SHIFTED_LATIN = "{}:\"<>~"
_SHIFTED_CYRILLIC = "ХЪЖЭБЮЁ"
_LAYOUT_KEYS = frozenset(_LATIN + _LATIN.upper() + _SHIFTED_LATIN)
_LAYOUT = str.maketrans(
    _LATIN + _LATIN.upper() + _SHIFTED_LATIN, _CYRILLIC + _CYRILLIC.upper() + _SHIFTED_CYRILLIC
)


def fold(text: str) -> str:
    """Search key of a name: case-folded, Kazakh letters to Russian, spaces collapsed."""
    return " ".join(text.casefold().translate(_KAZAKH_TO_RUSSIAN).split())


def from_latin_layout(text: str) -> str | None:
    """``text`` as if typed on the Russian layout (``F[vtnjd`` -> ``Ахметов``).

    ``None`` when the text has no Latin letters or layout punctuation to convert.
    """
    if not any(c in _LAYOUT_KEYS for c in text):
        return None
    return text.translate(_LAYOUT)

