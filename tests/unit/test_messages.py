"""The catalog of words: complete in three languages, counted nouns agree, errors fail.

Words live in one place: the catalog (``precinct_app/messages``) for everything the core
says, Qt Linguist (``resources/i18n/*.ts``) for window chrome only.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from precinct_app.messages import CATALOG, LANGUAGES, text
from precinct_app.messages.catalog import (
    Entry,
    MessageFormatError,
    Plural,
    categories,
    placeholders,
    templates,
)

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def _entry_placeholders(entry: Entry, lang: str) -> list[set[str]]:
    return [placeholders(t) for t in templates(getattr(entry, lang))]


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_every_entry_has_three_languages_with_the_same_placeholders(code: str) -> None:
    entry = CATALOG[code]
    expected = placeholders(templates(entry.en)[0])
    for lang in LANGUAGES:
        forms = templates(getattr(entry, lang))
        assert all(form.strip() for form in forms), f"{code}: empty {lang}"
        for names in _entry_placeholders(entry, lang):
            assert names == expected, f"{code} ({lang}): {sorted(names)} != {sorted(expected)}"


@pytest.mark.parametrize("code", sorted(c for c, e in CATALOG.items()
                                        if any(isinstance(f, Plural) for f in e)))
def test_every_plural_has_the_categories_of_its_language(code: str) -> None:
    entry = CATALOG[code]
    for lang in LANGUAGES:
        form = getattr(entry, lang)
        if not isinstance(form, Plural):
            continue
        assert set(form.forms()) == categories(lang), f"{code} ({lang})"
        assert form.count in placeholders(form.other), f"{code} ({lang}): count not shown"


def test_the_catalog_has_plurals_where_numbers_meet_nouns() -> None:
    plurals = [c for c, e in CATALOG.items() if any(isinstance(f, Plural) for f in e)]
    assert len(plurals) >= 25


# Real words for 1, 2, 5 and 21 in each language: Russian has three forms (21 is "one"),
# English two, Kazakh keeps the noun singular after any numeral.
AUDIT = {
    "en": ["1 event,", "2 events,", "5 events,", "21 events,"],
    "ru": ["1 событие,", "2 события,", "5 событий,", "21 событие,"],
    "kk": ["1 оқиға,", "2 оқиға,", "5 оқиға,", "21 оқиға,"],
}
TURNOUT = {
    "en": ["of 1 voter (", "of 2 voters (", "of 5 voters (", "of 21 voters ("],
    "ru": ["из 1 избирателя (", "из 2 избирателей (", "из 5 избирателей (",
           "из 21 избирателя ("],
    # Not "{issued}-і": the possessive after a numeral follows the spoken number (2-сі, 6-сы).
    "kk": ["1 сайлаушыдан 1 (", "2 сайлаушыдан 1 (", "5 сайлаушыдан 1 (", "21 сайлаушыдан 1 ("],
}
RECEIVED = {
    "en": ["1 ballot was received", "2 ballots were received", "5 ballots were received",
           "21 ballots were received"],
    "ru": ["получен 1 бюллетень", "получено 2 бюллетеня", "получено 5 бюллетеней",
           "получен 21 бюллетень"],
    "kk": ["1 бюллетень алынған", "2 бюллетень алынған", "5 бюллетень алынған",
           "21 бюллетень алынған"],
}
LONGER = {
    "en": ["than 1 character", "than 2 characters", "than 5 characters", "than 21 characters"],
    "ru": ["длиннее 1 символа", "длиннее 2 символов", "длиннее 5 символов",
           "длиннее 21 символа"],
    "kk": ["1 таңбадан ұзын", "2 таңбадан ұзын", "5 таңбадан ұзын", "21 таңбадан ұзын"],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_counted_nouns_agree_for_1_2_5_21(lang: str) -> None:
    for n, expected in zip((1, 2, 5, 21), AUDIT[lang], strict=True):
        assert expected in text("audit_ok", lang, events=n, seq=n, hash="ab12"), n
    for n, expected in zip((1, 2, 5, 21), TURNOUT[lang], strict=True):
        said = text("turnout_line", lang, contest="ref", issued=1, on_list=n, percent="5.0")
        assert expected in said, said
    for n, expected in zip((1, 2, 5, 21), RECEIVED[lang], strict=True):
        said = text("count_cancelled_out_of_range", lang, contest="ref", value=99, received=n)
        assert expected in said, said
    for n, expected in zip((1, 2, 5, 21), LONGER[lang], strict=True):
        said = text("rule_too_long", lang, rule="a", limit=n)
        assert expected in said, said


def test_kazakh_hangs_no_case_suffix_on_a_number() -> None:
    # A suffix after a numeral follows the spoken number ("10:40-та", "10:30-да",
    # "1000000-нан"): "{at}-де" read wrong for most times. Only ordinals, written with a
    # hyphen before their noun ("5-жол", "3-позицияда"), and file names may follow a brace.
    allowed = {"жол", "жолда", "жолы", "баған", "позиция", "позицияда", "позициядағы", "wal",
               "бөлім", "нұсқаның"}
    found = [f"{code}: {template}" for code, entry in CATALOG.items()
             for template in templates(entry.kk)
             for suffix in re.findall(r"\}-(\w+)", template) if suffix not in allowed]
    ordinals = allowed | {"нұсқа", "нұсқаны", "нұсқамен", "кезең"}
    for _context, source, translation in _ts_messages("kk"):
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        found += [f"{source}: {form}" for form in forms
                  for suffix in re.findall(r"%[0-9n]-(\w+)", form) if suffix not in ordinals]
    assert found == []
    said = text("ballot_issued", "kk", list_no=7, contest="ref", at="10:40", member="Ахметов")
    assert said == "№ 7 сайлаушыға бюллетень (ref) берілді: уақыты 10:40, берген Ахметов"


def test_russian_quorum_verb_agrees_with_the_members_present() -> None:
    assert "присутствует 1 из 7" in text("sign_no_quorum", "ru", present=1, total=7, needed=4)
    assert "присутствуют 3 из 7" in text("sign_no_quorum", "ru", present=3, total=7, needed=4)
    assert "присутствует 21 из 30" in text("sign_no_quorum", "ru", present=21, total=30,
                                           needed=22)


def test_a_missing_placeholder_fails() -> None:
    with pytest.raises(MessageFormatError, match="hash"):
        text("audit_ok", "en", events=3, seq=3)


def test_a_count_that_is_not_a_whole_number_fails() -> None:
    with pytest.raises(MessageFormatError, match="events"):
        text("audit_ok", "ru", events="21", seq=3, hash="ab")


def test_a_plural_without_the_category_fails() -> None:
    from precinct_app.messages.catalog import fill

    broken = Plural(count="n", one="{n} событие", other="{n} события")  # no few, many
    assert fill(broken, "ru", {"n": 21}) == "21 событие"
    with pytest.raises(MessageFormatError, match="many"):
        fill(broken, "ru", {"n": 5})


def test_a_bad_format_spec_fails() -> None:
    from precinct_app.messages.catalog import fill

    with pytest.raises(MessageFormatError):
        fill("{n:d}", "en", {"n": "five"})


def test_an_unknown_code_still_reads_as_the_code_and_its_data() -> None:
    assert text("no_such_code", "ru", seq=4) == "no_such_code (seq=4)"


def test_extra_data_is_allowed() -> None:
    # A code's data may carry more than its sentence words (the JSON output uses it).
    assert text("key_missing", "en", path="/x", detail="y") == "the station key is missing: /x"


# --- The window's chrome (Qt Linguist) and the catalog do not word the same thing ---

def _ts_messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(I18N / f"precinct_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_window_text_is_translated(lang: str) -> None:
    untranslated = []
    for context, source, translation in _ts_messages(lang):
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                f.strip() for f in forms):
            untranslated.append(f"{context}: {source}")
    assert untranslated == []


def _key(source: str) -> str:
    """A text as a reader compares it: no case, no punctuation, no accelerator marks."""
    return " ".join(re.findall(r"\w+", source.replace("&", "").lower()))


# Window texts that read like a catalog entry but are not the same word, each with why.
ALLOWED = {
    # The name of the Counting screen (navigation and its title), not the phase word.
    ("MainWindow", "Counting"), ("CountingScreen", "Counting"),
    # A button and a dialog title (verbs the user clicks), not the counting step's name.
    ("CountingScreen", "Sign the protocol…"), ("SignDialog", "Sign the protocol"),
    # A screen's heading and a dialog's title (nouns: "Выгрузка результатов"), not the
    # permission's words (an infinitive after "may not": "выгружать результаты").
    ("ExportScreen", "Export the results"), ("RestoreDialog", "Restore the station from a backup"),
}


def test_no_english_text_lives_in_two_stores() -> None:
    catalog: dict[str, list[str]] = {}
    for code, entry in CATALOG.items():
        for template in templates(entry.en):
            catalog.setdefault(_key(template), []).append(code)
    twice = [f"{context}: {source!r} = {catalog[_key(source)]}"
             for context, source, _ in _ts_messages("ru")
             if _key(source) in catalog and (context, source) not in ALLOWED]
    assert twice == []
