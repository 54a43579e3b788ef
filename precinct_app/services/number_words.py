"""Numbers in words, as the protocol writes every value: Kazakh, Russian, English.

A wrapper over num2words (``kz``, ``ru``, ``en``). The library's Kazakh is thin, so
its output is checked against a table in tests/unit/test_number_words.py; every value
of that table was verified by hand (cardinal numbers, nominative, as a protocol writes
them: "бір мың", "одна тысяча"). Where the library is wrong, the fix goes here.
"""

from __future__ import annotations

from functools import lru_cache

from num2words import num2words

LANGS = ("kk", "ru", "en")
# Our language codes -> num2words': Kazakh is "kz" there (not the ISO "kk").
_LIBRARY_LANG = {"kk": "kz", "kz": "kz", "ru": "ru", "en": "en"}
_MINUS = {"kz": "минус", "ru": "минус", "en": "minus"}


def words(n: int | None, lang: str) -> str:
    """``n`` written in words in ``lang`` (``kk``, ``ru`` or ``en``); ``None`` gives ``""``.

    An empty protocol line has no words (it is not zero). A negative number, e.g. the
    difference of a failing check, is "minus" and the words of its magnitude.
    """
    if n is None:
        return ""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"words() needs an int, not {type(n).__name__}")
    try:
        code = _LIBRARY_LANG[lang]
    except KeyError:
        raise ValueError(f"number words language must be one of {', '.join(LANGS)}: "
                         f"{lang!r}") from None
    return _cached(n, code)


def clear_cache() -> None:
    """Forget the words already computed (benchmarks measure a first call with it)."""
    _cached.cache_clear()


@lru_cache(maxsize=4096)
def _cached(n: int, code: str) -> str:
    if n < 0:
        # Done here, not by the library, so every language says it the same way.
        return f"{_MINUS[code]} {_cached(-n, code)}"
    text: str = num2words(n, lang=code)
    # Checked against the table (0, 1, 11, 21, 100, 1000, 2214, 12345, 1000000 and the
    # tens, hundreds and thousands between): num2words 0.5.x is right for kz, ru and en,
    # so nothing is corrected yet. Only spacing is normalised, for the PDF's line breaks.
    return " ".join(text.split())
