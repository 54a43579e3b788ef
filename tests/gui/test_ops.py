"""Writes from the GUI (run_op) and start-up failures: a message, never a traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from precinct_app.models import AuditEvent
from precinct_app.services import audit
from precinct_app.services.errors import InvalidInput
from precinct_app.ui import app, ops
from precinct_app.ui.context import AppContext


def _events(ctx: AppContext) -> int:
    assert ctx.db is not None
    with ctx.db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_run_op_commits_and_refreshes_every_view(qtbot: QtBot, demo_ctx: AppContext) -> None:
    before = _events(demo_ctx)

    def write(session: Session) -> str:
        audit.record(session, demo_ctx.clock, "test", "note", {"list_no": 1})
        return "done"

    with qtbot.waitSignal(demo_ctx.bridge.data_changed, timeout=1_000):
        assert ops.run_op(None, demo_ctx, write) == "done"
    assert _events(demo_ctx) == before + 1


def test_one_write_from_the_window_is_one_instant(demo_ctx: AppContext) -> None:
    """Whatever the operation reads off the context's clock is one instant (issue 11)."""
    ticking = demo_ctx.clock

    def read_twice(_session: Session) -> tuple[object, object, bool]:
        first = demo_ctx.clock.utc_iso()
        time.sleep(0.002)
        return first, demo_ctx.clock.utc_iso(), demo_ctx.clock.replaced

    first, second, replaced = ops.run_op(None, demo_ctx, read_twice) or (None, None, False)
    assert first == second and replaced  # training stays training
    assert demo_ctx.clock is ticking and ticking.utc_iso() > str(second)  # ticking again


def test_run_op_reports_a_domain_error_in_the_users_language_and_writes_nothing(
    demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ops, "show_error", lambda _parent, message: shown.append(message))
    demo_ctx.settings.language = "ru"
    before = _events(demo_ctx)
    refreshed: list[bool] = []
    demo_ctx.bridge.data_changed.connect(lambda: refreshed.append(True))

    def fail(session: Session) -> None:
        audit.record(session, demo_ctx.clock, "test", "note", {"list_no": 1})
        raise InvalidInput("internal_error", detail="X")

    assert ops.run_op(None, demo_ctx, fail) is None
    assert shown == ["непредвиденная ошибка (X); ничего не изменено"]
    assert _events(demo_ctx) == before  # the half-done write was rolled back
    assert not refreshed


@pytest.mark.usefixtures("qapp")
def test_a_file_that_is_not_a_database_is_offered_a_restore_and_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")
    offered: list[str] = []
    monkeypatch.setattr(app, "offer_restore",
                        lambda _ctx, problem, _backups: offered.append(problem) or False)
    monkeypatch.setattr(app, "show_fatal", pytest.fail)
    assert app.main(["--db", str(bad)]) == 1  # declined: the app quits
    assert offered == ["damaged"]
    assert bad.read_bytes() == b"not a database at all"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_refusal_names_the_contest_by_its_title_not_its_id(
    demo_ctx: AppContext, lang: str
) -> None:
    """The package's contest id ("npp") is a code; the member reads the contest's title."""
    from precinct_app.services.errors import DomainError

    titles = {"kk": "Атом электр станциясын салу туралы",
              "ru": "О строительстве атомной электростанции",
              "en": "On building a nuclear power plant"}
    demo_ctx.settings.language = lang
    shown: list[str] = []

    def refused(_session: Session) -> None:
        raise DomainError("no_ballots_left", contest="npp", received=3, in_use=3)

    assert ops.run_op(None, demo_ctx, refused, on_error=shown.append) is None
    assert titles[lang] in shown[0] and "npp" not in shown[0], shown
