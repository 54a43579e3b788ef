"""The GUI as a commission member uses it: load a package, import, search, switch language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from precinct_app.db import open_database
from precinct_app.models import Voter
from precinct_app.services import search
from precinct_app.services.package import load_package
from precinct_app.services.setup import init_station
from precinct_app.ui.context import AppContext
from precinct_app.ui.import_dialog import ImportDialog
from precinct_app.ui.main_window import MainWindow
from precinct_app.ui.start_screen import StartScreen
from precinct_app.ui.voter_list import VoterListScreen
from precinct_app.ui.voter_model import VoterTableModel
from tests.gui.windows import sign_in

ROOT = Path(__file__).parents[2]


def _package(tmp_path: Path, voters: str | None = None, **broken: str) -> Path:
    folder = tmp_path / "package"
    folder.mkdir()
    election = json.loads((ROOT / "resources" / "demo" / "election.json").read_text("utf-8"))
    for key, value in broken.items():
        election["precinct"]["voting_hours"][key] = value
    (folder / "election.json").write_text(json.dumps(election, ensure_ascii=False), "utf-8")
    if voters:
        shutil.copy(voters, folder / "voters.csv")
    return folder


def _count(ctx: AppContext) -> int:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return s.scalar(select(func.count()).select_from(Voter)) or 0


def test_start_screen_loads_a_package_and_shows_the_station(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _package(tmp_path, voters=str(ROOT / "tests" / "data" / "sample_voters.csv"))
    monkeypatch.setattr(
        StartScreen, "ask_package", classmethod(lambda _cls, _parent, **_kw: folder)
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.start_screen
    window.start_screen.folder_button.click()
    qtbot.waitUntil(lambda: window.station is not None, timeout=10_000)
    assert window.header.title.text() == "Republican referendum"
    assert "164" in window.header.place.text()
    assert window.voter_list is not None and window.voter_list.model.rowCount() == 30
    assert window.station is not None and window.station.key_fingerprint


def test_start_screen_loads_a_zipped_package(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _package(tmp_path)
    archive = Path(shutil.make_archive(str(tmp_path / "package"), "zip", folder))
    monkeypatch.setattr(
        StartScreen, "ask_package", classmethod(lambda _cls, _parent, **_kw: archive)
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start_screen.zip_button.click()
    qtbot.waitUntil(lambda: window.station is not None, timeout=10_000)
    assert window.header.title.text() == "Republican referendum"
    assert window.status.currentMessage() == "The station is set up."
    assert ctx.db_path.exists()


def test_invalid_package_lists_problems_and_creates_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    folder = _package(tmp_path, opens="7am", closes="25:00")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start_screen.load(folder)
    problems = window.start_screen.problems.toPlainText()
    assert "precinct.voting_hours.opens: not a time HH:MM (7am)" in problems
    assert "precinct.voting_hours.closes: not a time HH:MM (25:00)" in problems
    assert window.station is None
    assert not ctx.db_path.exists()


def test_demo_button_builds_the_training_station(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start_screen.demo_button.click()
    qtbot.waitUntil(lambda: window.station is not None, timeout=20_000)
    assert window.station is not None and window.station.voters_on_list == 2214
    assert window.header.training.text() == "TRAINING"
    assert not window.header.training.isHidden()


def _station_without_voters(ctx: AppContext, tmp_path: Path) -> None:
    db = open_database(ctx.db_path, create=True)
    init_station(db, ctx.clock, load_package(_package(tmp_path)), db_path=ctx.db_path)
    ctx.db = db


def test_import_preview_writes_nothing_until_confirmed(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    _station_without_voters(ctx, tmp_path)
    sample = ROOT / "docs" / "samples" / "voters_cp1251_ru.csv"
    dialog = ImportDialog(ctx, sample)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "cp1251" in dialog.summary.text() and "rejected 5" in dialog.summary.text()
    model = dialog.rejected_view.model()
    assert model.rowCount() == 5
    assert model.index(0, 1).data() == "bad IIN check digit (871008401428)"
    assert dialog.import_button.text() == "Import 3 voters"
    assert _count(ctx) == 0
    dialog.cancel_button.click()
    assert _count(ctx) == 0
    dialog = ImportDialog(ctx, sample)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(ctx.bridge.data_changed, timeout=10_000):
        dialog.import_button.click()
    assert dialog.imported == 3 and _count(ctx) == 3


def test_cancel_during_a_large_import_leaves_the_list_unchanged(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from precinct_app.services.demo import generate_voter_rows, voters_csv_bytes

    _station_without_voters(ctx, tmp_path)
    big = tmp_path / "big.csv"
    big.write_bytes(voters_csv_bytes(generate_voter_rows(20_000, 1, ctx.clock.now_utc().date())))
    dialog = ImportDialog(ctx, big)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30_000)
    progressed: list[int] = []
    dialog.progress.valueChanged.connect(progressed.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(progressed), timeout=30_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.result() == 0, timeout=30_000)
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30_000)
    # Cancelled in time: nothing written; the import won the race: all of it. Never part.
    assert (_count(ctx), dialog.imported) in ((0, 0), (20_000, 20_000))


def test_search_box_filters_and_shows_every_match(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = VoterListScreen(demo_ctx)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 300
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        expected = search.find_voter_ids(s, "ахметов")
    assert len(expected) >= 2
    qtbot.keyClicks(screen.search_box, "F[vtnjd")  # typed on the Latin layout
    qtbot.waitUntil(lambda: screen.model.rowCount() == len(expected), timeout=5_000)
    first = screen.model.voter_at(0)
    assert first is not None and screen.details._name.text() == first.full_name
    assert screen.count_label.text() == f"{len(expected)} of 300"
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Down)  # focus stays in the search box
    second = screen.model.voter_at(1)
    assert second is not None and screen.details._name.text() == second.full_name
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Escape)  # Esc: back to the whole list
    assert screen.search_box.text() == ""
    qtbot.waitUntil(lambda: screen.model.rowCount() == 300, timeout=5_000)
    assert screen.details._values["status"].text().endswith("on the list")  # a word, not a colour


def test_language_switch_relabels_the_window(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    assert window.nav.item(1).text() == "Voter list"
    window.set_language("ru")
    assert window.nav.item(1).text() == "Список избирателей"
    assert window.header.training.text() == "ОБУЧЕНИЕ"
    assert window.header.title.text() == "Республиканский референдум"
    window.set_language("kk")
    assert window.nav.item(1).text() == "Сайлаушылар тізімі"
    assert window.voter_list is not None
    assert window.voter_list.model.headerData(2, Qt.Orientation.Horizontal) == "ЖСН"
    assert demo_ctx.settings.language == "kk"
    assert window.header.language.currentData() == "kk"  # the switch shows the language in use


def test_words_shared_with_the_documents_follow_the_language_switch(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    # The window takes these from the catalog (messages/words.py), as the documents do.
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)

    def station_captions() -> list[str]:
        assert window.station_screen is not None
        form = window.station_screen.election_form
        return [form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget().text()
                for i in range(form.rowCount())]

    window.set_language("kk")
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Қатысу" in nav and "Хаттама" in nav
    assert "Учаске кілтінің ізі" in station_captions()
    window.set_language("ru")
    assert {"Отпечаток ключа участка", "Конец журнала аудита", "Территория"} <= set(
        station_captions())
    assert window.voter_list is not None
    assert window.voter_list.model.headerData(0, Qt.Orientation.Horizontal) == "№"
    window.set_language("en")
    assert "Station key fingerprint" in station_captions()


def test_closing_the_window_builds_no_screen_it_never_showed(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    sign_in(qtbot, window)
    window.show()
    built = set(window._lazy_screens)
    window.close()  # closing used to build (and import) the Verify screen to stop it
    assert set(window._lazy_screens) == built
    assert "verify" not in built


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_window_fits_a_1366x768_laptop_in_every_language(
    qtbot: QtBot, qapp: QApplication, demo_ctx: AppContext, lang: str, large: bool
) -> None:
    from precinct_app.ui.main_window import LAZY
    from precinct_app.ui.shell import apply_look, load_fonts

    app = qapp
    demo_ctx.settings.large_text = large
    apply_look(app, demo_ctx.settings, load_fonts())  # the shipped Noto Sans, as the app
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        sign_in(qtbot, window)
        for key in LAZY:  # screens are built on first show: build every one for the measure
            window._lazy(key)
        window.set_language(lang)
        # The stack's minimum covers every screen; 40 px are left for the taskbar.
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768 - 40, (lang, large, hint)
    finally:
        demo_ctx.settings.large_text = False
        apply_look(app, demo_ctx.settings)


def test_voter_model_passes_the_model_tester(qtmodeltester: object, demo_ctx: AppContext) -> None:
    assert demo_ctx.db is not None
    model = VoterTableModel(demo_ctx.db, "en")
    with demo_ctx.db.reading() as s:
        model.set_ids(search.find_voter_ids(s, "а"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_voter_model_fetches_rows_a_page_at_a_time(
    demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from precinct_app.services import voters
    from precinct_app.ui import voter_model

    assert demo_ctx.db is not None
    fetched: list[int] = []
    real = voters.get_many
    monkeypatch.setattr(voters, "get_many", lambda s, ids: fetched.append(len(ids)) or real(s, ids))
    monkeypatch.setattr(voter_model, "PAGE", 50)
    model = VoterTableModel(demo_ctx.db, "en")
    with demo_ctx.db.reading() as s:
        model.set_ids(voters.all_ids(s))
    assert model.rowCount() == 300 and fetched == []  # ids only until a row is shown
    assert model.index(0, 1).data() and model.index(49, 1).data()
    assert fetched == [50]
    assert model.index(299, 0).data() == "300"
    assert fetched == [50, 50]
