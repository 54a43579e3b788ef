"""What the command line prints is in the user's language: help, usage errors, argparse's frame."""

from __future__ import annotations

import argparse
import inspect
import re

import pytest

from precinct_app.cli import main
from precinct_app.messages import LANGUAGES
from precinct_app.messages import cli as cli_words


def _run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str,
         *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("PRECINCT_LANG", lang)
    try:
        code = main(list(argv))
    except SystemExit as exc:  # --help and usage errors end in argparse's exit
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_usage_error_is_worded_in_russian(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = _run(capsys, monkeypatch, "ru", "issue")
    assert code == 2
    assert err.startswith("использование: precinct issue")
    assert err.strip().splitlines()[-1] == (
        "precinct issue: ошибка: не указаны обязательные аргументы: VOTER, --member")


def test_a_bad_choice_is_worded_in_kazakh(capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = _run(capsys, monkeypatch, "kk", "turnout", "--lang", "xx")
    assert code == 2
    assert "қате: --lang аргументі: жарамсыз нұсқа: 'xx'" in err


def test_help_is_in_the_users_language(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = _run(capsys, monkeypatch, "kk", "backup", "--help")
    assert code == 0
    assert out.startswith("қолданылуы: precinct backup")
    assert "осы анықтаманы көрсету және шығу" in out and "сақтық көшірме" in out
    _, out, _ = _run(capsys, monkeypatch, "ru", "--help")
    assert "выдать бюллетень" in out and "показать версию и выйти" in out
    assert "usage" not in out and "show " not in out


def test_english_keeps_argparse_words(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = _run(capsys, monkeypatch, "en", "issue")
    assert code == 2
    assert err.strip().splitlines()[-1] == (
        "precinct issue: error: the following arguments are required: VOTER, --member")


def test_argparse_is_given_back_as_it_was(capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _run(capsys, monkeypatch, "ru", "issue")
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_every_argparse_text_worded_is_argparse_own() -> None:
    # A Python whose argparse words its frame differently would silently fall back to
    # English: the catalog's keys must be the running argparse's texts.
    source = inspect.getsource(argparse)
    for message in cli_words.ARGPARSE:
        assert repr(message)[1:-1] in source or message in source, message


@pytest.mark.parametrize("code", sorted(c for c in cli_words.MESSAGES if c.startswith("argparse_")))
def test_argparse_words_keep_its_placeholders(code: str) -> None:
    entry = cli_words.MESSAGES[code]
    wanted = sorted(re.findall(r"%(?:\(\w+\))?[sr]", str(entry.en)))
    for lang in LANGUAGES:
        assert sorted(re.findall(r"%(?:\(\w+\))?[sr]", str(getattr(entry, lang)))) == wanted
