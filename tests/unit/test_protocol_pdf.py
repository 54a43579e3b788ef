"""The printable protocol: values in digits and words, members, code, QR, marks, same bytes."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from precinct_app.services import forms, protocol_pdf, rules
from precinct_app.services.protocol_data import (
    SIGNED,
    CheckResult,
    LineValue,
    MemberEntry,
    ProtocolData,
    protocol_code,
)

ROOT = Path(__file__).parents[2]
# The consistent referendum example of docs/domain.md §10, with line 6 (portable boxes) raised to 1
# and line 7 lowered to 30 so that the "6 <= 4" warning fails and is explained.
VALUES = {"voters_on_list": 2214, "ballots_received": 2237, "issued_in_premises": 31,
          "issued_outside": 0, "cancelled": 2206, "in_portable_boxes": 1,
          "in_stationary_boxes": 30, "invalid": 1, "valid": 30, "valid_not_counted": 1,
          "lost": 0, "not_accounted": 0, "yes": 18, "no": 11}
OPTIONS = (("yes", {"kk": "Иә, келісемін", "ru": "Да, согласен", "en": "Yes, I agree"}),
           ("no", {"kk": "Жоқ, келіспеймін", "ru": "Нет, не согласен", "en": "No, I disagree"}))
FINGERPRINT = "3F2A9-C1B77-D01E4-F9A2B"
OVERRIDE_REASON = "Бір бюллетень пакеті екі рет есептелген (акт № 3)"
EXPLANATION = "Сайлаушы жылжымалы жәшікке өз бюллетенін салды, акт жасалды"
DISSENT = "Не согласен с решением по двум спорным бюллетеням"


def _form() -> dict[str, object]:
    result: dict[str, object] = json.loads(
        (ROOT / "resources" / "forms" / "kz-referendum.json").read_text(encoding="utf-8"))
    return result


def _checks(form: dict[str, object], lines: tuple[LineValue, ...]) -> tuple[CheckResult, ...]:
    keys = [x.key for x in lines if not x.is_option]
    options = [x.key for x in lines if x.is_option]
    values = {x.key: x.value for x in lines}
    out = []
    for check in form["checks"]:  # type: ignore[attr-defined]
        outcome = rules.evaluate(rules.parse_rule(check["rule"], keys), values, options)
        explanation = EXPLANATION if check["id"] == "portable_within_outside" else None
        out.append(CheckResult(check["id"], check["rule"], check["severity"], check["message"],
                               outcome.holds, outcome.left, outcome.right, outcome.difference,
                               outcome.missing, explanation))
    return tuple(out)


def make_protocol(**changes: object) -> ProtocolData:
    """The referendum protocol of precinct 164, signed, by hand (no database)."""
    form = _form()
    lines = []
    for line in forms.expand_lines(forms.load_builtin_form("kz-referendum"), OPTIONS):
        value = VALUES[line.key]
        if line.key == "issued_in_premises":  # overridden: the records said 32
            lines.append(LineValue(line.key, line.number, line.label, line.source, value,
                                   computed=32, override_reason=OVERRIDE_REASON))
        elif line.source != "entered":
            lines.append(LineValue(line.key, line.number, line.label, line.source, value,
                                   computed=value))
        else:
            lines.append(LineValue(line.key, line.number, line.label, line.source, value,
                                   is_option=line.is_option))
    tup = tuple(lines)
    commission = (
        MemberEntry("c1", "Жұмабекова Айгерім Серікқызы", "chair", True),
        MemberEntry("c2", "Петров Сергей Иванович", "deputy_chair", True, DISSENT),
        MemberEntry("c3", "Оспанова Гүлнар Асқарқызы", "secretary", True),
        MemberEntry("c4", "Ахметов Нұрлан Ерланұлы", "member", True),
        MemberEntry("c5", "Ким Елена Викторовна", "member", False),
        MemberEntry("c6", "Сәрсенбаев Дәулет Қайратұлы", "member", True),
    )
    data = ProtocolData(
        election_id="KZ-2024-10-06-REF",
        election_title={"kk": "Республикалық референдум", "ru": "Республиканский референдум",
                        "en": "Republican referendum"},
        election_date=dt.date(2024, 10, 6), timezone="Asia/Almaty", precinct_number="164",
        territory={"kk": "Астана қаласы", "ru": "город Астана", "en": "Astana"},
        address={"kk": "Астана қ., Тұран даңғылы, 20", "ru": "г. Астана, пр. Туран, 20",
                 "en": "20 Turan Ave, Astana"},
        contest_id="npp",
        contest_title={"kk": "Атом электр станциясын салу туралы",
                       "ru": "О строительстве атомной электростанции",
                       "en": "On building a nuclear power plant"},
        contest_question={"kk": "Қазақстанда атом электр станциясын салуға келісесіз бе?",
                          "ru": "Согласны ли Вы со строительством атомной электростанции?",
                          "en": "Do you agree to building a nuclear power plant?"},
        form_id="kz-referendum", form_title=form["title"],  # type: ignore[arg-type]
        version=1, status=SIGNED, correction_reason=None, lines=tup,
        checks=_checks(form, tup), commission=commission,
        signed_at=dt.datetime(2024, 10, 6, 17, 40, tzinfo=dt.UTC), signed_by="c1",
        code=protocol_code("KZ-2024-10-06-REF", "164", "npp", 1,
                           {x.key: x.value for x in tup}),
        key_fingerprint=FINGERPRINT, training=False,
    )
    return replace(data, **changes) if changes else data  # type: ignore[arg-type]


def _pages(pdf: bytes) -> list[str]:
    """Each page's text, every run of white space one space.

    The thousands' narrow no-break space (the font draws it with the space glyph)
    comes back as a space: 2 214.
    """
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def _flat(pdf: bytes) -> str:
    return " ".join(_pages(pdf))


@pytest.fixture(scope="module")
def data() -> ProtocolData:
    return make_protocol()


@pytest.fixture(scope="module")
def bilingual(data: ProtocolData) -> bytes:
    return protocol_pdf.build(data, copy=2)


def test_the_example_is_consistent_but_for_the_explained_warning(data: ProtocolData) -> None:
    failing = [c.id for c in data.failing()]
    assert failing == ["portable_within_outside"] and data.blocking() == ()


def test_values_words_members_and_code_are_printed(data: ProtocolData, bilingual: bytes) -> None:
    text = _flat(bilingual)
    assert data.code and re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", data.code)
    for expected in (
        "Референдум қорытындылары туралы учаскелік комиссияның хаттамасы",
        "Протокол участковой комиссии об итогах голосования на референдуме",
        "Республикалық референдум", "Атом электр станциясын салу туралы",
        "Астана қ., Тұран даңғылы, 20", "г. Астана, пр. Туран, 20", "город Астана",
        "06.10.2024", "2 214", "2 237", "2 206",
        "екі мың екі жүз он төрт", "две тысячи двести четырнадцать",
        "екі мың екі жүз отыз жеті", "две тысячи двести тридцать семь",
        "он сегіз", "восемнадцать", "он бір", "одиннадцать",
        "Иә, келісемін", "Да, согласен",
        "Жұмабекова Айгерім Серікқызы", "Петров Сергей Иванович", "Ким Елена Викторовна",
        "Комиссия төрағасы", "Председатель комиссии",
        data.code, FINGERPRINT, "KZ-2024-10-06-REF",
        "№ 2 дана", "Экземпляр № 2",
        "М.О. / М.П.",
        "06.10.2024 22:40",  # signed 17:40 UTC = 22:40 in Asia/Almaty (UTC+5)
    ):
        assert expected in text, expected
    for letter in "әғқңөұүі":  # every Kazakh letter of the labels (no word here has һ)
        assert letter in text, letter
    assert "Copy No." not in text  # kk+ru only


def test_the_lines_table_reads_number_label_digits_words(bilingual: bytes) -> None:
    text = _flat(bilingual)
    # Line 1 row: number, label (kk over ru), digits, words (kk over ru).
    assert re.search(r"1 Дауыс беру аяқталған .* 2 214 екі мың екі жүз он төрт", text)
    # A zero is written "нөл / ноль", it is a value.
    assert "0 нөл ноль" in text


def test_overrides_dissent_absence_and_explained_warning_reach_the_annexes(
    bilingual: bytes,
) -> None:
    pages = _pages(bilingual)
    face, annexes = " ".join(pages[:-1]), pages[-1]
    assert "31*" in face or "31 *" in face  # line 3 overridden, marked
    assert "приложение № 2" in face
    # The dissent mark beside Petrov (kk over ru), the absence beside Kim.
    assert re.search("Петров Сергей Иванович ерекше пікір .*особое мнение", face)
    assert "Ким Елена Викторовна — болмады / отсутствовал(а)" in face
    assert "Приложение № 1 к протоколу" in annexes
    assert EXPLANATION in annexes and OVERRIDE_REASON in annexes and DISSENT in annexes
    assert "6 <= 4: 1 <= 0" in annexes  # the font has no ≤: spelled in ASCII
    assert "Приложение № 2 к протоколу" in annexes and "Приложение № 3 к протоколу" in annexes
    assert "32" in annexes  # the computed value beside the protocol's 31


def test_the_same_data_gives_the_same_bytes(data: ProtocolData, bilingual: bytes) -> None:
    assert protocol_pdf.build(data, copy=2) == bilingual
    assert protocol_pdf.build(data, copy=3) != bilingual
    at = dt.datetime(2024, 10, 6, 18, 5, tzinfo=dt.UTC)
    printed = protocol_pdf.build(data, copy=2, printed_at=at)
    assert printed != bilingual and "23:05" in _flat(printed)


def test_every_page_has_code_fingerprint_election_and_page_x_of_n(
    data: ProtocolData, bilingual: bytes,
) -> None:
    pages = _pages(bilingual)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert data.code and data.code in page
        assert FINGERPRINT in page and "KZ-2024-10-06-REF" in page
        assert f"Бет {number} / {len(pages)}" in page
        assert f"Стр. {number} из {len(pages)}" in page
        assert "Экземпляр № 2" in page
        assert "TRAINING" not in page and "ОБУЧЕНИЕ" not in page


def test_training_is_marked_on_every_page(data: ProtocolData) -> None:
    pdf = protocol_pdf.build(replace(data, training=True))
    pages = _pages(pdf)
    for page in pages:
        assert "TRAINING" in page and "ОҚУ" in page and "ОБУЧЕНИЕ" in page
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None and "TRAINING" in (metadata.title or "")
    assert protocol_pdf.default_file_name(replace(data, training=True)).startswith("TRAINING_")


def test_a_corrected_version_prints_repeated_protocol(data: ProtocolData) -> None:
    reason = "Строка 5 исправлена по акту пересчёта"
    # A signed version 2 has its own code (the renderer refuses a code its values do not give).
    code = protocol_code(data.election_id, data.precinct_number, data.contest_id, 2,
                         data.values())
    text = _flat(protocol_pdf.build(replace(data, version=2, correction_reason=reason,
                                            code=code)))
    assert "ҚАЙТАЛАНҒАН ХАТТАМА" in text and "ПОВТОРНЫЙ ПРОТОКОЛ" in text
    assert reason in text
    assert "ПОВТОРНЫЙ" not in _flat(protocol_pdf.build(data))


def test_an_unsigned_protocol_says_draft_instead_of_a_code(data: ProtocolData) -> None:
    draft = replace(data, code=None, status="draft", signed_at=None, signed_by=None,
                    commission=tuple(replace(m, present=False) for m in data.commission))
    pages = _pages(protocol_pdf.build(draft))
    for page in pages:
        assert "НЕ ПОДПИСАН — ПРОЕКТ" in page and "ҚОЛ ҚОЙЫЛМАҒАН — ЖОБА" in page
        assert "NOT SIGNED — DRAFT" in page
        assert data.code and data.code not in page
    assert "отсутствовал" not in " ".join(pages)  # nobody is absent from a draft
    assert protocol_pdf.default_file_name(draft).endswith("_DRAFT.pdf")


def test_an_empty_line_is_a_dash_never_zero(data: ProtocolData) -> None:
    lines = tuple(replace(x, value=None) if x.key == "lost" else x for x in data.lines)
    text = _flat(protocol_pdf.build(replace(data, lines=lines, code=None)))
    assert "11 Жоғалған бюллетеньдер саны Число утраченных бюллетеней — —" in text
    assert "строка не заполнена (не ноль)" in text


def test_enlarged_is_a3_and_the_default_is_a4(data: ProtocolData, bilingual: bytes) -> None:
    a4 = PdfReader(io.BytesIO(bilingual)).pages[0].mediabox
    a3 = PdfReader(io.BytesIO(protocol_pdf.build(data, enlarged=True))).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(a3.width)), round(float(a3.height))) == (842, 1191)


@pytest.mark.parametrize(("lang", "present", "absent"), [
    ("ru", ("Протокол участковой комиссии", "две тысячи двести четырнадцать",
            "Стр. 1 из", "Код протокола"), ("хаттама", "екі мың", "Бет 1")),
    ("kk", ("хаттамасы", "екі мың екі жүз он төрт", "Бет 1 /", "Хаттама коды"),
     ("Протокол участковой", "две тысячи", "Стр. 1")),
    ("en", ("Precinct commission protocol", "two thousand, two hundred and fourteen",
            "Page 1 of", "Protocol code", "Copy No. 4"), ("две тысячи", "екі мың")),
])
def test_single_language_layouts(
    data: ProtocolData, lang: str, present: tuple[str, ...], absent: tuple[str, ...],
) -> None:
    text = _flat(protocol_pdf.build(data, lang=lang, copy=4))
    for expected in present:
        assert expected in text, expected
    for unexpected in absent:
        assert unexpected not in text, unexpected
    with pytest.raises(ValueError, match="language"):
        protocol_pdf.build(data, lang="de")


def test_default_file_name_is_ascii(data: ProtocolData) -> None:
    name = protocol_pdf.default_file_name(data, copy=2, enlarged=True, lang="kk+ru")
    assert name == "protocol_P164_npp_v1_copy2_A3_kk-ru.pdf"
    assert name.isascii()


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="pdftoppm or zbarimg not installed")
@pytest.mark.parametrize(("variant", "page", "dpi"), [
    ("bilingual", 1, 200), ("bilingual", 3, 200), ("training_a3", 2, 150),
])
def test_the_qr_code_decodes_to_the_payload(
    data: ProtocolData, bilingual: bytes, tmp_path: Path, variant: str, page: int, dpi: int,
) -> None:
    source = replace(data, training=True) if variant == "training_a3" else data
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(bilingual if variant == "bilingual"
                    else protocol_pdf.build(source, enlarged=True))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(tmp_path / "page")], check=True, timeout=60)
    out = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "page.png")],
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.stdout.strip() == source.qr_payload()
    assert source.code and source.qr_payload().endswith(f"|{source.code}")
    assert "1=2214;2=2237;3=31" in out.stdout  # the line values travel with the code
