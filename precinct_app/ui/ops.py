"""Every write from the GUI goes through :func:`run_op`: one transaction, one refresh."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from precinct_app.messages import text
from precinct_app.messages.system import db_reason, os_reason
from precinct_app.services import live, permissions
from precinct_app.services.errors import DomainError
from precinct_app.services.localize import in_language
from precinct_app.services.station import load_station
from precinct_app.ui.context import APP_NAME, AppContext, Bridge
from precinct_app.ui.signals import emit

T = TypeVar("T")


def error_text(exc: BaseException, lang: str, contests: Mapping[str, str] | None = None) -> str:
    """A user-facing sentence for any error (domain errors in the user's language).

    ``contests`` names each contest id by its title in ``lang``: a member reads the title
    ("On building a nuclear power plant"), never the package's id ("npp").
    """
    lost = live.as_domain_error(exc)  # a dropped connection to the station server
    if lost is not None:
        exc = lost
    if isinstance(exc, DomainError):
        params = dict(exc.params)
        if contests and isinstance(params.get("contest"), str):
            params["contest"] = contests.get(params["contest"], params["contest"])
        return text(exc.code, lang, **params)
    if isinstance(exc, OSError):
        return text("io_error", lang, path=exc.filename or "", detail=os_reason(exc, lang))
    if isinstance(exc, SQLAlchemyError):  # a full disk, a damaged file: rolled back
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return text("db_write_failed", lang, detail=db_reason(detail, lang))
    return text("internal_error", lang, detail=type(exc).__name__)


def contest_titles(ctx: AppContext) -> dict[str, str]:
    """Contest id -> its title in the user's language ({} when no station can be read)."""
    if ctx.db is None:
        return {}
    try:
        with ctx.db.reading() as session:
            station = load_station(session)
    except (DomainError, SQLAlchemyError):
        return {}
    return {contest.id: in_language(contest.title, ctx.lang) for contest in station.contests}


def record_refusal(ctx: AppContext, exc: BaseException) -> None:
    """A refused action (role or phase) is recorded with the member at this desk, in its
    own transaction after the action rolled back (issue 14: every refusal recorded).
    """
    if ctx.db is not None and isinstance(exc, DomainError):
        permissions.record_refusal(ctx.db.transaction, ctx.clock, exc, ctx.signin.member_id)


def show_error(parent: QWidget | None, message: str) -> None:
    """A modal error box (tests replace this)."""
    QMessageBox.warning(parent, APP_NAME, message)


def run_op(
    parent: QWidget | None,
    ctx: AppContext,
    fn: Callable[[Session], T],
    on_error: Callable[[str], None] | None = None,
    scope: str = Bridge.ANY,
) -> T | None:
    """Run ``fn`` in one write transaction; report a failure; refresh every view on success.

    ``on_error`` receives the message instead of a modal box (the desk shows it in place).
    """
    assert ctx.db is not None
    if ctx.server_lost:
        # Nothing can be recorded, and a ballot must not be tried: another desk may have
        # issued one the server has and this desk cannot see.
        code = "server_lost_issue" if scope == Bridge.BALLOTS_ONLY else "server_lost_write"
        message = text(code, ctx.lang, detail=ctx.server_lost)
        (on_error or (lambda shown: show_error(parent, shown)))(message)
        return None
    ticking = ctx.clock
    ctx.clock = ticking.snapshot()  # one action, one instant: ``fn`` reads ctx.clock
    try:
        with ctx.db.transaction() as session:
            result = fn(session)
    except (DomainError, OSError, SQLAlchemyError) as exc:
        lost = live.is_connection_lost(exc)  # the header's red state follows the listener
        if not lost:
            record_refusal(ctx, exc)
        message = error_text(exc, ctx.lang, {} if lost else contest_titles(ctx))
        (on_error or (lambda shown: show_error(parent, shown)))(message)
        return None
    finally:
        ctx.clock = ticking
    ctx.bridge.scope = scope  # read by the listeners during the emit
    try:
        emit(ctx.bridge.data_changed)
    finally:
        ctx.bridge.scope = Bridge.ANY
    return result
