"""Text folding for search: case, Kazakh letters and keyboard layouts."""

from __future__ import annotations

# Kazakh letters folded to the nearest Russian ones: lists typed in Windows-1251
# write them that way, and a Russian keyboard cannot type them.
_KAZAKH_TO_RUSSIAN = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
     "і": "и", "ё": "е"}
)

# Keys of a US keyboard -> the Cyrillic letters of the Russian layout. Letter keys
# map case to case; punctuation keys carry letters too, their shifted forms the
# capitals (``[`` -> ``х``, ``{`` -> ``Х``).
_LATIN_LETTERS = "qwertyuiopasdfghjklzxcvbnm"
_CYRILLIC_OF_LETTERS = "йцукенгшщзфывапролдячсмить"
_PUNCTUATION = "[];',.`"
_CYRILLIC_OF_PUNCTUATION = "хъжэбюё"
_SHIFTED_PUNCTUATION = '{}:"<>~'
_LAYOUT_FROM = _LATIN_LETTERS + _LATIN_LETTERS.upper() + _PUNCTUATION + _SHIFTED_PUNCTUATION
_LAYOUT_TO = (_CYRILLIC_OF_LETTERS + _CYRILLIC_OF_LETTERS.upper() + _CYRILLIC_OF_PUNCTUATION
              + _CYRILLIC_OF_PUNCTUATION.upper())
_LAYOUT_KEYS = frozenset(_LAYOUT_FROM)
_LAYOUT = str.maketrans(_LAYOUT_FROM, _LAYOUT_TO)
# The Kazakh layout is the Russian one with Kazakh letters on the number row.
_KAZAKH_NUMBER_ROW = {"2": "ә", "3": "і", "4": "ң", "5": "ғ", "8": "ү", "9": "ұ", "0": "қ",
                      "-": "ө", "=": "һ"}
_KAZAKH_LAYOUT = str.maketrans({**dict(zip(_LAYOUT_FROM, _LAYOUT_TO, strict=True)),
                                **_KAZAKH_NUMBER_ROW})


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



def from_latin_kazakh_layout(text: str) -> str | None:
    """``text`` as if typed on the Kazakh layout (``2,3itdf`` -> ``әбішева``).

    ``None`` unless the text mixes Latin letters with number-row keys, the only
    sign that Kazakh letters were meant.
    """
    if not any(c.isascii() and c.isalpha() for c in text):
        return None
    if not any(c in _KAZAKH_NUMBER_ROW for c in text):
        return None
    return text.translate(_KAZAKH_LAYOUT)
