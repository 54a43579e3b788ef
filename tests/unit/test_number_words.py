"""Numbers in words against a table checked by hand (the protocol prints every value so)."""

from __future__ import annotations

import pytest

from precinct_app.services.number_words import words

# Verified by hand, not copied from the library: cardinal, nominative, as a protocol
# writes them ("бір мың" / "одна тысяча" with the "one").
TABLE: dict[int, tuple[str, str, str]] = {
    0: ("нөл", "ноль", "zero"),
    1: ("бір", "один", "one"),
    11: ("он бір", "одиннадцать", "eleven"),
    21: ("жиырма бір", "двадцать один", "twenty-one"),
    100: ("жүз", "сто", "one hundred"),
    1000: ("бір мың", "одна тысяча", "one thousand"),
    2214: ("екі мың екі жүз он төрт", "две тысячи двести четырнадцать",
           "two thousand, two hundred and fourteen"),
    12345: ("он екі мың үш жүз қырық бес", "двенадцать тысяч триста сорок пять",
            "twelve thousand, three hundred and forty-five"),
    1000000: ("бір миллион", "один миллион", "one million"),
}

# More Kazakh and Russian, where a thin library goes wrong first: the tens, the
# gender of the thousands in Russian, and the plural of the millions.
MORE: dict[int, tuple[str, str]] = {
    9: ("тоғыз", "девять"),
    40: ("қырық", "сорок"),
    90: ("тоқсан", "девяносто"),
    2000: ("екі мың", "две тысячи"),
    2237: ("екі мың екі жүз отыз жеті", "две тысячи двести тридцать семь"),
    2206: ("екі мың екі жүз алты", "две тысячи двести шесть"),
    21000: ("жиырма бір мың", "двадцать одна тысяча"),
    5000000: ("бес миллион", "пять миллионов"),
}


@pytest.mark.parametrize("number", sorted(TABLE))
def test_the_checked_table_in_kazakh_russian_and_english(number: int) -> None:
    kk, ru, en = TABLE[number]
    assert words(number, "kk") == kk
    assert words(number, "ru") == ru
    assert words(number, "en") == en


@pytest.mark.parametrize("number", sorted(MORE))
def test_tens_thousands_and_millions(number: int) -> None:
    assert (words(number, "kk"), words(number, "ru")) == MORE[number]


def test_kz_is_accepted_as_the_library_spells_kazakh() -> None:
    assert words(2214, "kz") == words(2214, "kk") == "екі мың екі жүз он төрт"


def test_empty_is_no_words_and_negative_is_minus() -> None:
    assert words(None, "kk") == words(None, "ru") == ""
    assert words(-31, "kk") == "минус отыз бір"
    assert words(-31, "ru") == "минус тридцать один"
    assert words(-1, "en") == "minus one"


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        words(5, "de")
    with pytest.raises(TypeError):
        words(True, "ru")
    with pytest.raises(TypeError):
        words(2.5, "ru")  # type: ignore[arg-type]
