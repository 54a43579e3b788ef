"""Election package validation in detail: shapes, types, zips, and words for every problem."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from precinct_app import messages
from precinct_app.services import election, forms, package, rules
from precinct_app.services.election import validate_election
from precinct_app.services.package import PackageInvalid, load_package

SERVICES = Path(package.__file__).parent
KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


def _copy(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(doc))
    return result


def _problems(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(p.path, p.code) for p in validate_election(doc)}


def _write(folder: Path, election: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "election.json").write_text(json.dumps(election, ensure_ascii=False), "utf-8")
    return folder


def test_the_shipped_sample_is_valid(sample_election: dict[str, Any]) -> None:
    assert validate_election(sample_election) == []


def test_wrong_types_and_missing_fields_are_named(sample_election: dict[str, Any]) -> None:
    bad = _copy(sample_election)
    bad["precinct"]["number"] = 164  # a number, not the string "164"
    bad["precinct"]["special"] = "no"
    bad["precinct"]["outside_voting_requests_until"] = "noon"
    bad["precinct"]["address"] = "Астана"
    del bad["election"]["id"]
    bad["election"]["date"] = "20241006"
    bad["commission"][0]["role"] = "boss"
    bad["contests"][0]["kind"] = "plebiscite"
    bad["contests"][0]["ballots_received"] = 2237.0
    bad["contests"][0]["options"][0]["id"] = "Yes!"
    bad["contests"][0]["options"][1]["label"] = {"en": "No"}
    assert _problems(bad) == {
        ("precinct.number", "not_string"),
        ("precinct.special", "not_bool"),
        ("precinct.outside_voting_requests_until", "not_time"),
        ("precinct.address", "not_text_map"),
        ("election.id", "missing_string"),
        ("election.date", "not_date"),
        ("commission[0].role", "bad_role"),
        ("commission", "chair_count"),
        ("contests[0].kind", "bad_kind"),
        ("contests[0].ballots_received", "not_count"),
        ("contests[0].options[0].id", "bad_key"),
        ("contests[0].options[1].label.kk", "missing_string"),
        ("contests[0].options[1].label.ru", "missing_string"),
    }


def test_empty_document_parts(sample_election: dict[str, Any]) -> None:
    bad = _copy(sample_election)
    bad["commission"] = []
    bad["contests"] = []
    del bad["precinct"]
    assert _problems(bad) == {
        ("commission", "not_nonempty_list"),
        ("contests", "not_nonempty_list"),
        ("precinct", "missing"),
    }
    assert _problems([]) == {("$", "not_object")}  # type: ignore[arg-type]


def test_an_option_named_like_a_line_is_refused(sample_election: dict[str, Any]) -> None:
    bad = _copy(sample_election)
    bad["contests"][0]["options"][1]["id"] = "valid"
    assert ("contests[0].options", "option_clashes_with_line") in _problems(bad)
    bad["contests"][0]["options"][1]["id"] = "options"
    assert ("contests[0].options", "option_clashes_with_line") in _problems(bad)


def test_candidates_with_plain_name_labels_load(
    tmp_path: Path, sample_election: dict[str, Any]
) -> None:
    election = _copy(sample_election)
    contest = election["contests"][0]
    contest.update(kind="candidates", protocol_form="kz-election")
    contest.pop("question", None)
    contest["options"] = [
        {"id": "c1", "label": "Әлиев Нұрлан Серікұлы"},
        {"id": "c2", "label": "Иванова Анна Сергеевна"},
        {"id": "against_all", "label": {"kk": "Барлығына қарсы", "ru": "Против всех"}},
    ]
    loaded = load_package(_write(tmp_path / "pkg", election))
    labels = [o.label for o in loaded.election.contests[0].options]
    assert labels[0] == {"kk": "Әлиев Нұрлан Серікұлы", "ru": "Әлиев Нұрлан Серікұлы",
                         "en": "Әлиев Нұрлан Серікұлы"}
    assert labels[2]["ru"] == "Против всех"
    assert set(loaded.forms) == {"kz-election"}
    contest["options"][0]["label"] = "  "
    with pytest.raises(PackageInvalid) as info:
        load_package(_write(tmp_path / "pkg2", election))
    assert [(p.path, p.code) for p in info.value.problems] == [
        ("contests[0].options[0].label", "not_string")
    ]


def test_inline_form_whose_options_overlap_fixed_numbers() -> None:
    form = forms.builtin_form("kz-referendum")
    form["lines"][-1]["number_from"] = "12"  # line 12 is not_accounted
    problems = forms.validate_form(form, "f", ["yes", "no"])
    assert [(p.path, p.code, p.params) for p in problems] == [
        ("f.lines[12].number_from", "options_number_clash", {"value": "12"})
    ]
    form["lines"][-1]["number_from"] = "١٣"  # Arabic-Indic digits are not line numbers
    assert [p.code for p in forms.validate_form(form, "f", [])] == ["not_number_string"]


def test_zip_without_election_json_and_missing_path(tmp_path: Path) -> None:
    archive = tmp_path / "p.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a/b/election.json", "{}")  # two folders deep: not a package
    with pytest.raises(PackageInvalid) as info:
        load_package(archive)
    assert info.value.code == "package_no_election_json"
    with pytest.raises(PackageInvalid) as info:
        load_package(tmp_path / "absent")
    assert info.value.code == "package_not_found"


def test_corrupt_zip_member_is_a_clear_error(
    tmp_path: Path, sample_election: dict[str, Any]
) -> None:
    archive = tmp_path / "p.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("election.json", json.dumps(sample_election) * 3)
    data = bytearray(archive.read_bytes())
    middle = len(data) // 3
    data[middle : middle + 40] = b"\xff" * 40  # damage the compressed bytes
    archive.write_bytes(bytes(data))
    with pytest.raises(PackageInvalid) as info:
        load_package(archive)
    assert info.value.code in ("package_bad_zip", "package_bad_json")


def test_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "election.json").write_bytes('{"format": "выборы"}'.encode("cp1251"))
    with pytest.raises(PackageInvalid) as info:
        load_package(folder)
    assert info.value.code == "package_not_utf8"


def _codes_in_source() -> set[str]:
    """Problem and error codes the package, form and rule services can produce."""
    pattern = re.compile(
        r'(?:\.add\([^,\n]+, |Problem\([^,\n]+, |RuleError\(|PackageInvalid\()\s*"([a-z0-9_]+)"'
    )
    codes: set[str] = set()
    for module in (package, election, forms, rules):
        codes |= set(pattern.findall(Path(module.__file__).read_text("utf-8")))
    return codes


def test_every_code_has_words_in_three_languages() -> None:
    codes = _codes_in_source()
    assert len(codes) > 30  # the scan itself works
    for code in codes:
        entry = messages.CATALOG.get(code)
        assert entry is not None, code
        assert entry.en and entry.ru and entry.kk, code
    kazakh = "".join(messages.CATALOG[c].kk for c in codes)
    assert KAZAKH_LETTERS & set(kazakh)
