"""``precinct-app``: start the GUI on the station database (or the start screen)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

# The Qt-free layers the window needs come first: once PySide6 is imported, its import
# hook reads the source of every module imported after it (shiboken's feature check),
# a sixth of a second of CPU for SQLAlchemy, the models and the services.
from sqlalchemy.exc import SQLAlchemyError

from precinct_app.db import (
    Database,
    DatabaseError,
    open_database,
    open_read_only,
    resolve_db_path,
    software_folders,
)
from precinct_app.messages import text
from precinct_app.services import backup, issuance, phases, search, turnout, voters  # noqa: F401
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError
from precinct_app.services.file_modes import too_wide
from precinct_app.services.station import has_station

# isort: split
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from precinct_app.ui.collector import GuiThreadCollector
from precinct_app.ui.context import APP_NAME, AppContext, Settings
from precinct_app.ui.i18n import install_language
from precinct_app.ui.shell import WindowHost, apply_look, load_fonts
from precinct_app.ui.sizes import BASE_POINT_SIZE


def show_fatal(message: str) -> None:
    """Tell the user why the app cannot start (tests replace this)."""
    QMessageBox.critical(None, APP_NAME, message)


def offer_restore(ctx: AppContext, problem: str, backups: list[backup.BackupInfo]) -> bool:
    """Ask to restore a backup as the station database (tests replace this)."""
    from precinct_app.ui.restore_dialog import RestoreDialog  # only for a lost station

    dialog = RestoreDialog(ctx, problem, backups)
    return dialog.exec() == QDialog.DialogCode.Accepted


def restore_if_needed(ctx: AppContext) -> bool:
    """Before opening: offer a restore for a lost or damaged station; False: quit.

    A damaged database is always offered (even with no backup found, a file can be
    chosen); a missing one only when backups of it exist, since otherwise this is a new
    machine or an interrupted set-up, and the start screen follows.
    """
    health = backup.database_health(ctx.db_path)
    if health == "ok":
        return True
    from precinct_app.ui.restore_dialog import find_backups

    backups = find_backups(ctx)
    if health == "missing" and not backups:
        return True
    return offer_restore(ctx, health, backups) or health == "missing"


def show_warning(message: str) -> None:
    """A problem the station can carry on with (tests replace this)."""
    QMessageBox.warning(None, APP_NAME, message)


def on_server(ctx: AppContext) -> bool:
    """True when this laptop works on a station server (docs/formats.md §8) and no
    ``--db``/``PRECINCT_DB`` names a station file instead."""
    if ctx.db_path_explicit:
        return False
    from precinct_app.services import laptop

    return laptop.load().on_server


def open_station(ctx: AppContext) -> Database:
    """Open the station; on a full disk, read-only (and say so: what works, what to do).

    The rescue paths (search, paper list, backup to a stick, audit verify) must work
    when the disk has no room even for SQLite's shared-memory file. On a station server's
    laptop (the server's own or a desk) the station is the server's; when no address of
    it answers, ``server_unreachable`` says which and what to do (the paper list).
    """
    if on_server(ctx):
        from precinct_app.services import station_server

        return station_server.open_station()
    try:
        return open_database(ctx.db_path)
    except (SQLAlchemyError, OSError) as exc:
        try:
            db = open_read_only(ctx.db_path)
        except (SQLAlchemyError, OSError):
            raise DatabaseError("db_write_failed", detail=str(exc).splitlines()[0]) from exc
    if db.read_only:
        show_warning(text("disk_full_read_only", ctx.lang, path=ctx.db_path))
    return db


def warn_wide_modes(ctx: AppContext) -> None:
    """Say which station files other users of the laptop could read, and how to fix it."""
    wide = too_wide(ctx.db_path, folders=software_folders(ctx.db_path))
    if wide:
        show_warning("\n\n".join(text(w.code, ctx.lang, path=w.path, mode=w.mode)
                                   for w in wide))


def build_context(argv: Sequence[str]) -> AppContext:
    """The app's context from its command line (``--db PATH``) and environment."""
    parser = argparse.ArgumentParser(prog="precinct-app")
    parser.add_argument("--db", metavar="PATH", help="station database")
    # docs/formats.md §7: the sign-in opens with this member chosen and the PIN field focused.
    parser.add_argument("--member", metavar="ID", default="", help="member signing in")
    args, _qt_args = parser.parse_known_args(argv)
    return AppContext(
        db_path=resolve_db_path(args.db),
        clock=Clock.from_env(),
        settings=Settings(),
        db_path_explicit=bool(args.db or os.environ.get("PRECINCT_DB")),
        start_member=str(args.member),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``precinct-app``."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    family = load_fonts()
    app.setFont(QFont(family, BASE_POINT_SIZE))  # for a message before the settings are read
    try:
        ctx = build_context(sys.argv[1:] if argv is None else argv)
    except DomainError as exc:  # a malformed PRECINCT_NOW
        show_fatal(text(exc.code, "en", **exc.params))
        return 1
    install_language(ctx.lang)
    apply_look(app, ctx.settings, family)
    # Before any worker thread runs (the restore dialog's is the first one).
    collector = GuiThreadCollector(app)
    collector.start()
    try:
        shared = on_server(ctx)
    except DomainError as exc:  # unreadable laptop settings
        show_fatal(text(exc.code, ctx.lang, **exc.params))
        return 1
    if not shared and not restore_if_needed(ctx):
        return 1  # the dialog said what is wrong; the damaged file is left as it was
    if shared or ctx.db_path.exists():
        if not shared:
            warn_wide_modes(ctx)  # before SQLite adds -wal/-shm of the same mode
        try:
            db = open_station(ctx)
        except DomainError as exc:
            show_fatal(text(exc.code, ctx.lang, **exc.params))
            return 1
        with db.reading() as session:
            if has_station(session):
                ctx.db = db
            else:  # an empty database (an interrupted set-up): offer the start screen
                db.dispose()
    host = WindowHost(ctx)
    host.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
