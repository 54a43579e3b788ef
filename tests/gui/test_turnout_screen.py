"""The turnout screen: live figures as desks issue, the report times, sections, the PDF."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from precinct_app.models import TurnoutSnapshot
from precinct_app.services import issuance, phases, turnout
from precinct_app.services.clock import Clock
from precinct_app.ui.context import AppContext
from precinct_app.ui.signals import emit
from precinct_app.ui.turnout_screen import REFRESH_MS, TurnoutScreen


def _at(hhmm: str) -> Clock:
    return Clock(fixed=dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00"))


def _issue(ctx: AppContext, *list_nos: int) -> None:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        for no in list_nos:
            issuance.issue(s, ctx.clock, no, "npp", "c4")


def _screen(qtbot: QtBot, ctx: AppContext) -> TurnoutScreen:
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.open_voting(s, ctx.clock, "c1")
    screen = TurnoutScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 620)
    screen.show()
    return screen


def _figures(screen: TurnoutScreen) -> tuple[str, str, str]:
    values = screen.figures[0].values
    return values[0].text(), values[1].text(), values[2].text()


def _rows(screen: TurnoutScreen, which: str) -> list[list[str]]:
    model = screen.snapshot_model if which == "snapshots" else screen.section_model
    return [model.row_texts(r) for r in range(model.rowCount())]


def test_live_figures_follow_the_desks(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    assert _figures(screen) == ("0", "300", "0.0%")
    _issue(demo_ctx, 1, 2, 3)
    emit(demo_ctx.bridge.data_changed)  # what run_op does after every write
    assert _figures(screen) == ("3", "300", "1.0%")
    # 300 demo voters: section 1 holds 250 of them, section 2 the other 50.
    assert _rows(screen, "sections") == [
        ["1", "3", "250", "1.2%"], ["2", "0", "50", "0.0%"], ["Total", "3", "300", "1.0%"]]
    assert dict(screen.chart.hours)["09"] == 3 and screen.chart.hours[0] == ("07", 0)
    assert screen.as_of.text() == "as of 09:00"


def test_the_timer_refreshes_without_a_signal(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    assert screen._timer.isActive() and screen._timer.interval() == REFRESH_MS == 30_000
    _issue(demo_ctx, 5, 6)  # another desk, another process: no signal here
    assert _figures(screen)[0] == "0"
    emit(screen._timer.timeout)
    assert _figures(screen) == ("2", "300", "0.7%")


def test_report_times_frozen_pending_and_not_yet_recorded(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    screen = _screen(qtbot, demo_ctx)
    _issue(demo_ctx, 1, 2, 3)
    assert _rows(screen, "snapshots")[0] == ["10:00", "pending", "", ""]
    demo_ctx.clock = _at("10:30")
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:  # the main window's timer does this
        turnout.take_due_snapshots(s, demo_ctx.clock)
    _issue(demo_ctx, 4)  # after 10:00: the frozen figure does not move
    emit(demo_ctx.bridge.data_changed)
    rows = _rows(screen, "snapshots")
    assert rows[0] == ["10:00", "3", "300", "1.0%"]
    assert rows[1:] == [[t, "pending", "", ""] for t in ("12:00", "14:00", "16:00", "18:00",
                                                         "20:00")]
    assert _figures(screen)[0] == "4"
    # 12:00 has passed but nobody froze it yet: the screen says so and writes nothing.
    demo_ctx.clock = _at("12:05")
    screen.refresh()
    assert _rows(screen, "snapshots")[1] == ["12:00", "not recorded yet", "", ""]
    with demo_ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(TurnoutSnapshot)) == 1


def test_save_writes_the_pdf_and_says_where(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(_cls: type, _parent: object, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "turnout")  # no suffix typed: .pdf is added

    monkeypatch.setattr(TurnoutScreen, "ask_path", classmethod(ask))
    screen = _screen(qtbot, demo_ctx)
    _issue(demo_ctx, 1, 2, 3)
    emit(demo_ctx.bridge.data_changed)
    screen.lang_combo.setCurrentIndex(screen.lang_combo.findData("en"))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == "TRAINING_turnout_P164_20241006T0900.pdf"
    saved = tmp_path / "turnout.pdf"
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    text = " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())
    assert "Voter turnout report" in text and "3 300 1.0" in text and "TRAINING" in text
    assert screen.banner.isVisible() and str(saved) in screen.banner.text()


def test_a_cancelled_or_failed_save_changes_nothing(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    _no_modal_boxes: list[str],
) -> None:
    answer = {"path": ""}
    monkeypatch.setattr(TurnoutScreen, "ask_path",
                        classmethod(lambda _cls, _parent, _suggested: answer["path"]))
    screen = _screen(qtbot, demo_ctx)
    assert screen.save_report() is None and not screen.banner.isVisible()
    answer["path"] = str(tmp_path / "missing" / "t.pdf")
    assert screen.save_report() is None
    assert screen.banner.isVisible() and str(tmp_path / "missing" / "t.pdf") in (
        screen.banner.text())
    assert not (tmp_path / "missing").exists() and _no_modal_boxes == []


def test_russian_figures_use_a_decimal_comma(qtbot: QtBot, demo_ctx: AppContext) -> None:
    screen = _screen(qtbot, demo_ctx)
    _issue(demo_ctx, 1, 2, 3)
    demo_ctx.settings.language = "ru"
    screen.refresh()
    assert _figures(screen) == ("3", "300", "1,0%")
    assert screen.figures[0].title.text() == "О строительстве атомной электростанции"
