"""The Verify screen in the reader's language, and the folder just written offered on it
(issue 11, items 6 and 9)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from precinct_app.services import keys
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import install_language
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.verify_screen import VALUES_TAB, VerifyScreen
from tests.gui.test_export_screen import _sign, _stick
from tests.gui.windows import sign_in
from tests.unit.test_export import station, write_export
from tests.unit.test_verify import _re_sign

TITLE = {"en": "«Precinct commission protocol of the referendum results»",
         "ru": "«Протокол участковой комиссии об итогах голосования на референдуме»",
         "kk": "«Референдум қорытындылары туралы учаскелік комиссияның хаттамасы»"}
RAW = re.compile(r"(?<!-)\bnpp\b|signed_at|signed_by|(^|\s)-(;|$|\s)")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("verify_words")
    db, db_path = station(base)
    result = write_export(db, db_path, base / "stick")
    db.dispose()
    return result.path, keys.key_path_for(db_path)


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> Iterator[VerifyScreen]:
    checker = VerifyScreen(ctx)
    qtbot.addWidget(checker)
    yield checker
    install_language("en")


def _in(ctx: AppContext, screen: VerifyScreen, lang: str) -> None:
    ctx.settings.language = lang
    install_language(lang)
    screen.retranslate_ui()


def _lines(screen: VerifyScreen) -> list[str]:
    return [screen.lines.item(i).text() for i in range(screen.lines.count())]


def _tampered(pristine: tuple[Path, Path], tmp_path: Path) -> Path:
    """The time of signing changed in results.json, signed again with the station's key;
    and a stray file on the stick."""
    folder = Path(shutil.copytree(pristine[0], tmp_path / pristine[0].name))
    results = json.loads((folder / "results.json").read_bytes())
    results["contests"][0]["signed_at"] = "2024-10-06T21:59:00+05:00"
    (folder / "results.json").write_text(json.dumps(results, ensure_ascii=False), "utf-8")
    _re_sign(folder, keys.load_key(pristine[1]))
    (folder / "notes.txt").write_text("stray", "utf-8")
    return folder


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_failing_verdict_names_the_contest_and_the_fields_in_words(
    screen: VerifyScreen, ctx: AppContext, pristine: tuple[Path, Path], tmp_path: Path,
    lang: str,
) -> None:
    screen.folder_edit.setText(str(_tampered(pristine, tmp_path)))
    report = screen.run_verify()
    assert report is not None and not report.ok
    _in(ctx, screen, lang)
    shown = [*_lines(screen), screen.verdict.text()]
    assert [line for line in shown if RAW.search(line)] == []
    signing = next(line for line in _lines(screen) if TITLE[lang] in line and "✕" in line)
    assert {"en": "the time of signing", "ru": "время подписания",
            "kk": "қол қойылған уақыты"}[lang] in signing
    files = next(line for line in _lines(screen) if "notes.txt" in line)
    assert {"en": "not in the manifest", "ru": "нет в манифесте",
            "kk": "манифесте жоқ"}[lang] in files


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_verified_stick_shows_its_contest_by_title_and_its_lines_in_the_language(
    screen: VerifyScreen, ctx: AppContext, pristine: tuple[Path, Path], lang: str,
) -> None:
    _in(ctx, screen, lang)
    screen.folder_edit.setText(str(pristine[0]))
    report = screen.run_verify()
    assert report is not None and report.ok
    assert [line for line in _lines(screen) if RAW.search(line)] == []
    assert any(TITLE[lang] in line for line in _lines(screen))
    assert screen.tabs.isTabEnabled(VALUES_TAB)
    model = screen.values_model
    first = [model.index(0, c).data() for c in range(4)]
    assert first[0] == TITLE[lang]
    label = {"en": "Voters on the list at the end of voting",
             "ru": "Число избирателей, внесённых в список на момент окончания голосования",
             "kk": "Дауыс беру аяқталған кездегі тізімге енгізілген сайлаушылар саны"}[lang]
    assert first[2] == label


def test_a_new_folder_forgets_the_verdict_of_the_last_one(
    screen: VerifyScreen, pristine: tuple[Path, Path], tmp_path: Path,
) -> None:
    screen.folder_edit.setText(str(pristine[0]))
    assert screen.run_verify() is not None and screen.verdict.text()
    screen.folder_edit.setText(str(tmp_path))
    assert screen.report is None and screen.verdict.text() == "" and not _lines(screen)


def test_the_folder_just_written_is_offered_on_the_verify_screen(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = _stick(tmp_path, monkeypatch)
    _sign(demo_ctx)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    window.show()
    window.nav.setCurrentRow(NAV.index("export"))
    export = window.export
    assert export is not None
    qtbot.waitUntil(export.export_button.isEnabled, timeout=10_000)
    export.export_button.click()
    qtbot.waitUntil(lambda: "safe to remove" in export.banner.text(), timeout=20_000)
    [folder] = [p for p in stick.iterdir() if not p.name.startswith(".")]
    assert str(folder) in window.status.currentMessage()

    window.nav.setCurrentRow(NAV.index("verify"))
    verify = window.verify
    assert verify is not None
    assert verify.folder_edit.text() == str(folder)  # filled in: one click
    assert verify.offer_hint.isVisibleTo(verify)
    verify.verify_button.click()  # off the GUI thread: the verdict comes when ready
    qtbot.waitUntil(lambda: verify.report is not None, timeout=20_000)
    assert verify.report is not None and verify.report.ok
    assert "Verified: all" in verify.verdict.text()

    # Large text builds the window again: the offer and the status line stay.
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    again.carry_over(window)
    assert again.status.currentMessage() == window.status.currentMessage()
    assert again.verify is not None and again.verify.folder_edit.text() == str(folder)
