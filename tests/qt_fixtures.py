"""The window's context for the GUI tests (tests/gui) and the real-window tests
(tests/window): one definition, imported by both folders' conftest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from precinct_app.db import open_database
from precinct_app.services import desks, pins
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.ui import desk_session
from precinct_app.ui.context import AppContext, Settings
from precinct_app.ui.i18n import install_language


@pytest.fixture
def ctx(
    tmp_path: Path, clock: Clock, qapp: object, request: pytest.FixtureRequest  # noqa: ARG001
) -> Iterator[AppContext]:
    """A context with private settings, in English, no station yet; its database path is
    explicit (tmp).

    Its clock ticks; a test that asserts a time asks for ``frozen_clock`` too
    (``@pytest.mark.usefixtures("frozen_clock")``) and gets that one.
    """
    if "frozen_clock" in request.fixturenames:
        clock = request.getfixturevalue("frozen_clock")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    install_language("en")
    context = AppContext(db_path=tmp_path / "station.sqlite3", clock=clock, settings=settings,
                         db_path_explicit=True)
    desk_session.bind(context.signin)  # screens built alone follow this test's desk
    yield context
    install_language("en")  # a test that switched the language leaves English behind
    if context.db is not None:
        context.db.dispose()


@pytest.fixture
def demo_ctx(ctx: AppContext) -> AppContext:
    """The context with the demo station (300 voters) open."""
    db = open_database(ctx.db_path, create=True)
    build_demo(db, ctx.clock, db_path=ctx.db_path, voters=300)
    ctx.db = db
    sign_in_desk(ctx, "c2")
    return ctx


def sign_in_desk(ctx: AppContext, member_id: str, pin: str = "1234") -> None:
    """``member_id`` proves their PIN and is signed in at the test's desk (for screens
    built alone, without the window's sign-in; the window's own tests type the PIN).

    The demo's deputy chair (c2) by default: the one role that may take every day's
    action but the chair's own (override, restore, PIN reset, idle lock).
    """
    assert ctx.db is not None
    member = pins.authenticate(ctx.db.transaction, ctx.clock, member_id, pin)
    ctx.signin.desk = desks.desk_name(ctx.settings.desk_name)  # as the window names it
    with ctx.db.transaction() as session:
        desks.sign_in(session, ctx.clock, ctx.signin.desk, member.id)
    ctx.signin.set_member(member)
