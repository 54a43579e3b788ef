"""The shape of a message entry: a text per language, or a plural form chosen by a count.

``Entry(en, ru, kk)`` holds a template per language with named ``{placeholders}``. Where a
number stands next to a noun ("21 событие", "5 событий"), the template is a
:class:`Plural`: one template per CLDR plural category of that language, chosen by
Babel's rules for the count (never hand-written rules). Kazakh nouns do not inflect
after a numeral ("1 оқиға", "21 оқиға"), so its template is usually a plain string.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from babel import Locale

_FORMATTER = string.Formatter()


class MessageFormatError(ValueError):
    """A message could not be filled: a missing or unknown placeholder, or a bad plural.

    It is a bug in the catalog or its caller, raised so a test finds it, never a
    sentence shown with its braces or silently cut short.
    """


@dataclass(frozen=True)
class Plural:
    """A template per CLDR plural category, chosen by the parameter named ``count``.

    The categories are CLDR's: English and Kazakh have ``one`` and ``other``; Russian
    ``one`` (1, 21, 101), ``few`` (2-4, 22-24), ``many`` (0, 5-20, 25...) and ``other``
    (fractions). ``other`` is required because it is CLDR's fallback category.
    """

    count: str
    other: str
    one: str | None = None
    few: str | None = None
    many: str | None = None

    def forms(self) -> dict[str, str]:
        """The templates given, by category."""
        given = {"one": self.one, "few": self.few, "many": self.many, "other": self.other}
        return {category: form for category, form in given.items() if form is not None}

    def choose(self, lang: str, params: Mapping[str, Any]) -> str:
        """The template for the count in ``params``, by the plural rules of ``lang``."""
        value = params.get(self.count)
        if isinstance(value, bool) or not isinstance(value, int):
            raise MessageFormatError(
                f"plural needs a whole number in {{{self.count}}}, got {value!r}")
        category = plural_category(lang, value)
        form = self.forms().get(category)
        if form is None:
            raise MessageFormatError(
                f"plural for {lang} has no form for category {category!r} ({value})")
        return form


Form = str | Plural


class Entry(NamedTuple):
    """One message in three languages; ``{name}`` placeholders take the code's data."""

    en: Form
    ru: Form
    kk: Form


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def plural_category(lang: str, n: int) -> str:
    """CLDR's plural category of ``n`` in ``lang`` (Babel): one, few, many or other."""
    category: str = _locale(lang).plural_form(n)
    return category


def categories(lang: str) -> frozenset[str]:
    """Every plural category ``lang`` distinguishes, ``other`` included."""
    return frozenset(_locale(lang).plural_form.tags) | {"other"}


def placeholders(template: str) -> set[str]:
    """The names of the ``{placeholders}`` in one template."""
    names = set()
    for _literal, name, _spec, _conversion in _FORMATTER.parse(template):
        if name is not None:
            names.add(name)
    return names


def templates(form: Form) -> list[str]:
    """Every template of a language's form (one, or one per plural category)."""
    return list(form.forms().values()) if isinstance(form, Plural) else [form]


def fill(form: Form, lang: str, params: Mapping[str, Any]) -> str:
    """The form in ``lang`` with ``params`` filled in, or :class:`MessageFormatError`.

    Every placeholder must be given. Extra parameters are fine: a code's data may carry
    more than its sentence says (the same data serves the JSON output).
    """
    template = form.choose(lang, params) if isinstance(form, Plural) else form
    missing = placeholders(template) - set(params)
    if missing:
        raise MessageFormatError(f"missing placeholder(s) {sorted(missing)} in {template!r}")
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        raise MessageFormatError(f"cannot fill {template!r}: {exc}") from exc
