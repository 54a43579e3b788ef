"""Search folding and keyboard-layout conversion."""

from __future__ import annotations

import pytest

from precinct_app.services.text import fold, from_latin_kazakh_layout, from_latin_layout

KAZAKH_UPPER = "ӘҒҚҢӨҰҮҺІЁ"
KAZAKH_LOWER = "әғқңөұүһіё"
RUSSIAN_NEIGHBOURS = "агкноууxие".replace("x", "х")


def test_every_kazakh_letter_folds_to_its_russian_neighbour_in_both_cases() -> None:
    assert fold(KAZAKH_UPPER) == RUSSIAN_NEIGHBOURS
    assert fold(KAZAKH_LOWER) == RUSSIAN_NEIGHBOURS


def test_every_russian_letter_is_case_insensitive() -> None:
    upper = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    assert fold(upper) == upper.lower()
    assert fold(upper.lower()) == upper.lower()


def test_spaces_are_collapsed_and_trimmed() -> None:
    assert fold("  Ахметов \t Ерлан ") == "ахметов ерлан"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("F[vtnjd", "Ахметов"), ("ctrbh,fq", "секирбай"), ("{jh`", "Хорё"), ("t;", "еж")],
)
def test_latin_keys_become_the_russian_layout(typed: str, meant: str) -> None:
    assert from_latin_layout(typed) == meant


def test_text_without_latin_keys_is_not_converted() -> None:
    assert from_latin_layout("Ахметов") is None
    assert from_latin_layout("12345") is None


def test_kazakh_layout_puts_kazakh_letters_on_the_number_row() -> None:
    assert from_latin_kazakh_layout("2,3itdf") == "әбішева"
    assert from_latin_kazakh_layout("0fcsvjdf 34r2h") == "қасымова іңкәр"
    assert from_latin_kazakh_layout("5f,lekkby") == "ғабдуллин"
    assert from_latin_kazakh_layout("8ctyjd =fheY") == "үсенов һаруН"
    assert from_latin_kazakh_layout("9ks0,tr -v3h") == "ұлықбек өмір"


def test_kazakh_layout_only_when_letters_and_number_keys_mix() -> None:
    assert from_latin_kazakh_layout("F[vtnjd") is None  # the Russian layout covers it
    assert from_latin_kazakh_layout("2024") is None
    assert from_latin_kazakh_layout("Әбішева 2") is None
