"""Every write from the GUI goes through :func:`run_op`: one transaction, one refresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from precinct_app.messages import text
from precinct_app.messages.system import db_reason, os_reason
from precinct_app.services.errors import DomainError
from precinct_app.ui.context import APP_NAME, AppContext
from precinct_app.ui.signals import emit

T = TypeVar("T")


def error_text(exc: BaseException, lang: str) -> str:
    """A user-facing sentence for any error (domain errors in the user's language)."""
    if isinstance(exc, DomainError):
        return text(exc.code, lang, **exc.params)
    if isinstance(exc, OSError):
        return text("io_error", lang, path=exc.filename or "", detail=os_reason(exc, lang))
    if isinstance(exc, SQLAlchemyError):  # a full disk, a damaged file: rolled back
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return text("db_write_failed", lang, detail=db_reason(detail, lang))
    return text("internal_error", lang, detail=type(exc).__name__)


def show_error(parent: QWidget | None, message: str) -> None:
    """A modal error box (tests replace this)."""
    QMessageBox.warning(parent, APP_NAME, message)


def run_op(
    parent: QWidget | None,
    ctx: AppContext,
    fn: Callable[[Session], T],
    on_error: Callable[[str], None] | None = None,
) -> T | None:
    """Run ``fn`` in one write transaction; report a failure; refresh every view on success.

    ``on_error`` receives the message instead of a modal box (the desk shows it in place).
    """
    assert ctx.db is not None
    ticking = ctx.clock
    ctx.clock = ticking.snapshot()  # one action, one instant: ``fn`` reads ctx.clock
    try:
        with ctx.db.transaction() as session:
            result = fn(session)
    except (DomainError, OSError, SQLAlchemyError) as exc:
        (on_error or (lambda message: show_error(parent, message)))(error_text(exc, ctx.lang))
        return None
    finally:
        ctx.clock = ticking
    emit(ctx.bridge.data_changed)
    return result
