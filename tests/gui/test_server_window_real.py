"""The window makes this laptop the station server with the real services (no stand-ins):
the chair signs in, Station server, PIN, and the window reopens on PostgreSQL with a
join code a desk then redeems."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from precinct_app.db import open_database
from precinct_app.services import laptop, station_server
from precinct_app.services.demo import build_demo
from precinct_app.ui.context import AppContext
from precinct_app.ui.main_window import NAV
from precinct_app.ui.server_screen import LOOPBACK
from precinct_app.ui.shell import WindowHost
from tests.gui.windows import sign_in
from tests.pg import free_port, pg_bin_dir

pytestmark = [
    pytest.mark.sqlite_only,  # a SQLite station moves into the server
    pytest.mark.skipif(pg_bin_dir() is None, reason="PostgreSQL's server binaries missing"),
]


@pytest.fixture
def laptop_home(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A HOME the cluster's user can pass through (as root PostgreSQL runs as postgres)."""
    home = Path(tempfile.mkdtemp(prefix="precinct-window-server-"))
    home.chmod(0o711)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    yield home
    with contextlib.suppress(Exception):
        if laptop.load().role == laptop.SERVER:
            station_server.stop_server()
    shutil.rmtree(home, ignore_errors=True)


def test_the_chair_starts_the_server_from_the_window_and_a_desk_joins(
        qtbot: QtBot, ctx: AppContext, laptop_home: Path, pins_typed: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    del pins_typed  # the chair's PIN is typed into the confirmation
    folder = laptop_home / "data" / "precinct"
    ctx.db_path = folder / "station.sqlite3"
    db = open_database(ctx.db_path, create=True)
    build_demo(db, ctx.clock, db_path=ctx.db_path, voters=30)
    ctx.db = db
    host = WindowHost(ctx)
    first = host.show()
    sign_in(qtbot, first, "c1")  # the chair
    first.nav.setCurrentRow(NAV.index("server"))
    screen = first.server
    assert screen is not None
    screen.port.setValue(free_port())
    screen.network.setCurrentIndex(screen.network.findData(LOOPBACK))
    screen.start_button.click()
    qtbot.waitUntil(lambda: host.window is not first, timeout=120_000)
    window = host.window
    assert window is not None and ctx.db is not None and ctx.db.shared  # now on PostgreSQL
    assert laptop.load().role == laptop.SERVER
    assert not ctx.db_path.stat().st_mode & 0o222  # the file kept beside, read-only
    qtbot.waitUntil(lambda: window.server is not None and len(window.server.code.text()) == 9,
                    timeout=30_000)
    assert window.server is not None
    code = window.server.code.text().replace(" ", "")
    join_text = window.server.qr.text()
    assert code in join_text and join_text.startswith("precinct-join 127.0.0.1:")

    # A desk (its own config folder) redeems the code shown on the screen.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(laptop_home / "desk-config"))
    address, typed_code, fingerprint = station_server.parse_join_text(join_text)
    desk = station_server.join_desk(address, typed_code, "desk-2",
                                    expected_fingerprint=fingerprint)
    assert desk.role == laptop.DESK
    monkeypatch.setenv("XDG_CONFIG_HOME", str(laptop_home / "config"))
    qtbot.waitUntil(lambda: window.server is not None and any(
        "desk-2" in str(window.server.model.index(row, 0).data())
        for row in range(window.server.model.rowCount())), timeout=30_000)
    window.close_checked()
    window.deleteLater()
