"""What the printed protocol says, read from its data step without rendering a PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bench.protocol_pdf import referendum_protocol
from precinct_app.services.protocol_data import DRAFT, CheckResult, ProtocolData
from precinct_app.services.protocol_page import DRAFT_MARK, protocol_page

NNBSP = "\u202f"


@pytest.fixture
def signed() -> ProtocolData:
    """The demo referendum, signed: an overridden line, a dissent, one member absent."""
    return referendum_protocol()


def _with_explained_warning(data: ProtocolData) -> ProtocolData:
    first = data.checks[0]
    warning = replace(first, severity="warning", holds=False, left=(first.left or 0) + 2,
                      difference=2, explanation="Two ballots were found later")
    return replace(data, checks=(warning, *data.checks[1:]))


def test_the_signed_protocol_states_its_code_and_every_line_in_digits_and_words(
    signed: ProtocolData,
) -> None:
    page = protocol_page(signed, "kk+ru")
    assert page.facts.code.value == (signed.code,)
    assert page.footer.code == f"Хаттама коды / Код протокола: {signed.code}"
    assert page.draft_note is None
    first = page.lines[0]
    assert (first.number, first.digits) == ("1", f"2{NNBSP}214")
    assert first.label[0] == "Дауыс беру аяқталған кездегі тізімге енгізілген сайлаушылар саны"
    assert first.said == ("екі мың екі жүз он төрт", "две тысячи двести четырнадцать")
    overridden = next(row for row in page.lines if row.number == "3")
    assert overridden.digits == "31*"
    assert page.options_head == ("Берілген дауыстар саны:", "Число голосов, поданных за:")


def test_a_draft_says_not_signed_and_leaves_an_empty_line_empty(signed: ProtocolData) -> None:
    lines = list(signed.lines)
    lines[4] = replace(lines[4], value=None)
    draft = replace(signed, status=DRAFT, code=None, signed_at=None, lines=tuple(lines))
    page = protocol_page(draft, "en")
    assert page.footer.code is None
    assert page.facts.code.value == (DRAFT_MARK,)
    assert DRAFT_MARK == "ҚОЛ ҚОЙЫЛМАҒАН — ЖОБА · НЕ ПОДПИСАН — ПРОЕКТ · NOT SIGNED — DRAFT"
    assert page.draft_note == "Draft: the protocol code is fixed at signing"
    empty = page.lines[4]
    assert (empty.empty, empty.digits, empty.said) == (True, "—", ())
    assert "“—”: line not filled in (not zero)" in page.notes
    assert page.signed_when == "____.____.________  ____:____"
    # Before signing nobody is absent: every member gets a line to sign the annexes.
    assert not any(row.absent for row in page.signatures)
    assert len(page.signers) == len(signed.commission)


def test_checks_read_in_line_numbers_with_their_result_and_the_annex_that_explains_them(
    signed: ProtocolData,
) -> None:
    data = _with_explained_warning(signed)
    unknown = CheckResult("z", "invalid == 5", "error", {"en": "x"}, None, None, None, None,
                          ("invalid",))
    page = protocol_page(replace(data, checks=(*data.checks, unknown)), "en")
    warning, *_, empty = page.checks
    assert warning.fails and warning.kind == "warning"
    assert warning.result == ("fails", "(difference 2)", "explained: annex 1")
    assert (warning.rule, warning.values) == ("1 >= 3 + 4", f"2{NNBSP}216 >= 31")
    assert (empty.kind, empty.values, empty.result) == ("error", "—", ("line empty",))
    balance = page.checks[1]  # the shipped font has no minus sign: an en dash
    assert balance.rule == "2 = 3 + 4 + 5 + 11 – 12"
    assert balance.values == f"2{NNBSP}237 = 2{NNBSP}237"
    assert balance.result == ("holds",) and not balance.fails
    assert [c.rule for c in page.checks[-3:-1]] == ["6 <= 4", "6 + 7 <= 3 + 4"]


def test_annexes_are_numbered_in_the_order_printed_only_when_they_have_content(
    signed: ProtocolData,
) -> None:
    page = protocol_page(_with_explained_warning(signed), "en")
    assert [(a.kind, a.number) for a in page.annexes] == [
        ("warnings", 1), ("overrides", 2), ("dissent", 3)]
    warnings, overrides, dissent = page.annexes
    assert warnings.title == ("Annex 1 to the protocol",)
    assert warnings.warnings[0].explanation == "Two ballots were found later"
    assert overrides.overrides[0].line == "Line 3"
    assert (overrides.overrides[0].computed, overrides.overrides[0].value) == ("32", "31")
    assert dissent.dissents[0].role == "Deputy chair"
    assert page.notes[0] == "* Computed value replaced by the commission: see annex 2"
    # Without explained warnings the overrides are the first annex.
    plain = protocol_page(signed, "en")
    assert [(a.kind, a.number) for a in plain.annexes] == [("overrides", 1), ("dissent", 2)]


def test_a_signed_protocol_names_the_absent_and_the_dissenting_members(
    signed: ProtocolData,
) -> None:
    page = protocol_page(signed, "kk+ru")
    rows = {row.name: row for row in page.signatures}
    absent = next(m for m in signed.commission if not m.present)
    assert rows[absent.name].absent and rows[absent.name].note == ("болмады / отсутствовал(а)",)
    dissenting = next(m for m in signed.commission if m.dissent)
    assert rows[dissenting.name].note == ("ерекше пікір (№\u00a02 қосымша)",
                                          "особое мнение (приложение №\u00a02)")
    assert page.signatures[0].role == ("Комиссия төрағасы", "Председатель комиссии")
    assert absent.name not in page.signers


def test_every_page_says_its_number_copy_print_time_and_training(signed: ProtocolData) -> None:
    printed = dt.datetime(2024, 10, 6, 17, 0, tzinfo=dt.UTC)
    page = protocol_page(signed, "kk+ru", copy=2, printed_at=printed)
    assert page.copy == ("№\u00a02 дана", "Экземпляр №\u00a02")
    assert page.footer.page_of(2, 3) == (
        "Бет 2 / 3 · Стр. 2 из 3  |  №\u00a02 дана / Экземпляр №\u00a02  |  "
        "Басып шығарылды / Напечатано: 06.10.2024 22:00  |  ОҚУ · ОБУЧЕНИЕ · TRAINING")
    assert page.signed_when == "06.10.2024 22:40"
    assert page.signed_zone == "Asia/Almaty"


def test_a_copy_number_below_one_is_refused(signed: ProtocolData) -> None:
    with pytest.raises(ValueError, match="copy number"):
        protocol_page(signed, "en", copy=0)
