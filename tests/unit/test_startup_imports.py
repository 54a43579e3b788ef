"""Start-up stays light without a timing test: what the app imports before its window.

ReportLab, openpyxl, Alembic, cryptography and num2words each take a noticeable part of
a second to import on a 2-core laptop; they are imported on first use (issue 11 item
10). Each check runs in a fresh interpreter, since this one has imported them already.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from precinct_app import db as dbmod
from precinct_app.db import HEAD_REVISION, current_revision, head_revision, open_database

# Fresh interpreters open a SQLite station file: what a single laptop imports to start.
pytestmark = pytest.mark.sqlite_only

# The PostgreSQL dialect: only for a station server (issue 15), never for a laptop's SQLite.
HEAVY = ("reportlab", "openpyxl", "alembic", "cryptography", "num2words",
         "sqlalchemy.dialects.postgresql")


def _loaded_after(code: str) -> list[str]:
    """The HEAVY packages in ``sys.modules`` after a new interpreter runs ``code``."""
    probe = (
        f"{code}\nimport sys\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    return [m for m in line.split(",") if m]


def test_importing_the_app_imports_no_heavy_package() -> None:
    assert _loaded_after("import precinct_app.ui.app") == []


def test_head_revision_constant_is_the_newest_migration() -> None:
    # A new migration must move HEAD_REVISION too, or every start would consult Alembic.
    assert HEAD_REVISION == head_revision()
    newest = max(p.stem.split("_")[0] for p in (dbmod.MIGRATIONS_DIR / "versions").glob("0*.py"))
    assert HEAD_REVISION == newest


def test_a_station_at_head_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    open_database(path, create=True).dispose()
    code = f"from precinct_app.db import open_database\nopen_database({str(path)!r}).dispose()"
    assert _loaded_after(code) == []


def test_an_older_station_is_still_migrated(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "station.sqlite3"
    engine = dbmod.make_engine(path)
    command.upgrade(dbmod._alembic_config(engine), "0003")  # a station of an older release
    engine.dispose()
    code = f"from precinct_app.db import open_database\nopen_database({str(path)!r}).dispose()"
    assert "alembic" in _loaded_after(code)
    db = open_database(path)
    assert current_revision(db.engine) == HEAD_REVISION
    db.dispose()


def test_the_window_on_a_station_imports_no_heavy_package(tmp_path: Path) -> None:
    # The whole start-up of a demo station's window, shown: the screens it opens on do
    # not need the PDF, spreadsheet, signing or migration libraries.
    path = tmp_path / "station.sqlite3"
    db = open_database(path, create=True)
    from precinct_app.services.clock import Clock
    from precinct_app.services.demo import build_demo

    build_demo(db, Clock(), db_path=path, voters=50)
    db.dispose()
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QSettings\n"
        "app = QApplication([])\n"
        "from pathlib import Path\n"
        "from precinct_app.db import open_database\n"
        "from precinct_app.services.clock import Clock\n"
        "from precinct_app.ui.context import AppContext, Settings\n"
        "from precinct_app.ui.main_window import MainWindow\n"
        f"settings = Settings(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))\n"
        f"ctx = AppContext(db_path=Path({str(path)!r}), clock=Clock(), settings=settings)\n"
        "ctx.db = open_database(ctx.db_path)\n"
        "window = MainWindow(ctx)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "assert window.station is not None and window.sign_in.isVisible()\n"
        "window.backups.wait()\n"
    )
    assert _loaded_after(code) == []


def test_partial_unique_indexes_hold_their_where_on_both_engines() -> None:
    # The one-live-ballot guarantee must reach PostgreSQL as well, though the models no
    # longer name its dialect.
    from sqlalchemy.dialects import postgresql, sqlite
    from sqlalchemy.schema import CreateIndex

    from precinct_app.models import Base

    wanted = {"uq_issuance_live": "WHERE undone_at IS NULL",
              "uq_protocol_current": "WHERE status <> 'superseded'"}
    found = {ix.name: ix for table in Base.metadata.tables.values() for ix in table.indexes}
    for name, where in wanted.items():
        for dialect in (postgresql.dialect(), sqlite.dialect()):
            assert str(CreateIndex(found[name]).compile(dialect=dialect)).strip().endswith(where)
