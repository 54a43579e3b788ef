"""The station server screen and the join dialog, over stand-ins of the server's services
(tests/server_fakes.py): what the chair and a desk's member see and what reaches the
server."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from precinct_app.messages import text
from precinct_app.services.errors import DomainError
from precinct_app.services.laptop import Laptop
from precinct_app.services.station import Member, load_station
from precinct_app.ui.context import AppContext
from precinct_app.ui.header import HeaderBar
from precinct_app.ui.join_dialog import JoinDialog
from precinct_app.ui.main_window import NAV
from precinct_app.ui.qr_code import QrCode, qr_matrix
from precinct_app.ui.server_model import fingerprint_groups
from precinct_app.ui.server_screen import LOOPBACK, ServerScreen
from precinct_app.ui.start_screen import StartScreen
from tests import server_fakes
from tests.gui.windows import WindowFactory
from tests.server_fakes import ADDRESS, FINGERPRINT, FakeServer


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> FakeServer:
    return server_fakes.install(monkeypatch, FakeServer())


def _member(ctx: AppContext, role: str) -> Member:
    assert ctx.db is not None
    with ctx.db.reading() as session:
        return next(m for m in load_station(session).commission if m.role == role)


def _screen(qtbot: QtBot, ctx: AppContext, role: str = "chair") -> ServerScreen:
    ctx.signin.set_member(_member(ctx, role))
    screen = ServerScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 640)
    screen.show()
    return screen


def test_fingerprint_in_groups_of_four() -> None:
    lines = fingerprint_groups(FINGERPRINT).splitlines()
    assert lines == ["A0A1 A2A3 A4A5 A6A7", "A8A9 AAAB ACAD AEAF",
                     "B0B1 B2B3 B4B5 B6B7", "B8B9 BABB BCBD BEBF"]


@pytest.mark.sqlite_only  # a SQLite station moves into the server
def test_the_chair_makes_this_laptop_the_server(qtbot: QtBot, demo_ctx: AppContext,
                                                server: FakeServer) -> None:
    screen = _screen(qtbot, demo_ctx)
    assert screen.setup_box.isVisible() and not screen.running_box.isVisible()
    assert screen.network.itemData(screen.network.count() - 1) == LOOPBACK
    screen.port.setValue(5544)
    screen.network.setCurrentIndex(screen.network.count() - 1)  # training: loopback only
    with qtbot.waitSignal(screen.station_changed, timeout=10_000) as changed:
        screen.start_button.click()  # the chair's PIN typed (the pins_typed fixture)
    assert changed.args == [server.opened]  # the window reopens on the server's station
    started = server.named("start_server")[0]
    assert started["port"] == 5544 and started["listen"] == ()
    assert started["member_id"] == _member(demo_ctx, "chair").id
    assert started["sqlite_path"] == demo_ctx.db_path  # the SQLite station moves in
    assert started["data_folder"] == demo_ctx.db_path.parent
    qtbot.waitUntil(screen.running_box.isVisible, timeout=10_000)
    assert screen.code.text() == "K7QM 3XPA"
    assert ADDRESS in screen.address.text()
    assert screen.fingerprint.text() == fingerprint_groups(FINGERPRINT)
    assert screen.qr.text() == f"precinct-join {ADDRESS} K7QM3XPA {FINGERPRINT}"
    assert screen.model.rowCount() == 2
    assert screen.model.index(0, 0).data() == "Стол 2 — Әлия"
    assert screen.model.index(0, 2).data() == "10:41:57"
    assert screen.model.index(0, 3).data() == "connected"
    assert screen.model.index(1, 3).data() == "not connected"
    assert "No standby copy" in screen.standby.text()
    assert not screen.setup_box.isVisible()


def test_a_new_code_replaces_the_old_and_stop_asks(qtbot: QtBot, demo_ctx: AppContext,
                                                   server: FakeServer,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    server.running = True
    server.laptop = Laptop(role="server", desk="chair", servers=(ADDRESS,), port=5433)
    server.standby = server_fakes.LaptopSeen("Secretary", "standby", "192.168.10.20",
                                             "2024-10-06T06:50:00+05:00",
                                             "2024-10-06T10:41:58+05:00", True, "sync")
    screen = _screen(qtbot, demo_ctx)
    qtbot.waitUntil(screen.running_box.isVisible, timeout=10_000)
    assert screen.code.text() == "— —" and not screen.qr.isVisible()  # shown once only
    assert "Secretary" in screen.standby.text() and "sync" in screen.standby.text()
    screen.new_code_button.click()
    qtbot.waitUntil(lambda: screen.code.text() == "R2D2 C3PX", timeout=10_000)
    assert "R2D2C3PX" in screen.qr.text()
    asked: list[bool] = []
    monkeypatch.setattr(ServerScreen, "ask_stop",
                        classmethod(lambda _cls, _parent: asked.append(True) or False))
    screen.stop_button.click()
    assert asked and not server.named("stop_server")  # the chair said no
    monkeypatch.setattr(ServerScreen, "ask_stop", classmethod(lambda _cls, _parent: True))
    screen.stop_button.click()
    qtbot.waitUntil(lambda: bool(server.named("stop_server")), timeout=10_000)
    qtbot.waitUntil(screen.setup_box.isVisible, timeout=10_000)
    assert "stopped" in screen.message.text()
    assert screen.start_button.text() == "Start the station server…"


def test_only_the_chair(qtbot: QtBot, demo_ctx: AppContext, server: FakeServer,
                        make_window: WindowFactory) -> None:
    screen = _screen(qtbot, demo_ctx, role="deputy_chair")
    assert not screen.start_button.isEnabled()
    assert screen.start_button.toolTip() == text("server_window_chair_only", "en")
    screen.start_button.click()
    assert not server.named("start_server")
    window = make_window(member="c2")  # the deputy chair: the screen is not theirs
    item = window.nav.item(NAV.index("server"))
    assert not item.flags() & item.flags().ItemIsEnabled
    assert item.toolTip() == text("server_window_chair_only", "en")


def test_a_refused_start_is_said(qtbot: QtBot, demo_ctx: AppContext,
                                 server: FakeServer) -> None:
    server.fail = DomainError("internal_error", detail="voting is open")
    screen = _screen(qtbot, demo_ctx)
    screen.start_button.click()
    qtbot.waitUntil(lambda: "voting is open" in screen.message.text(), timeout=10_000)
    assert screen.start_button.isEnabled() and screen.setup_box.isVisible()


def test_a_desk_names_its_server(qtbot: QtBot, demo_ctx: AppContext,
                                 server: FakeServer) -> None:
    server.laptop = Laptop(role="desk", desk="Desk 2", servers=(ADDRESS,))
    screen = _screen(qtbot, demo_ctx)
    assert screen.desk_line.isVisible() and "Desk 2" in screen.desk_line.text()
    assert ADDRESS in screen.desk_line.text()
    assert not screen.setup_box.isVisible() and not screen.running_box.isVisible()


def test_header_names_the_desk_and_the_server(qtbot: QtBot, demo_ctx: AppContext) -> None:
    header = HeaderBar(demo_ctx)
    qtbot.addWidget(header)
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as session:
        header.set_station(load_station(session))
    header.set_server("Desk 2", ADDRESS)
    assert "desk Desk 2" in header.place.text() and ADDRESS in header.place.text()
    header.set_server("", "")
    assert ADDRESS not in header.place.text()


# -- the join dialog ---------------------------------------------------------------------

def _dialog(qtbot: QtBot, ctx: AppContext) -> JoinDialog:
    dialog = JoinDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_join_with_the_scanned_code(qtbot: QtBot, demo_ctx: AppContext,
                                    server: FakeServer) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    assert dialog.name.text()  # the host name by default
    dialog.name.setText("Desk 2")
    dialog.scan.setText(server_fakes.info().join_text)
    dialog.scan.returnPressed.emit()
    assert dialog.address.text() == ADDRESS and dialog.code.text() == "K7QM3XPA"
    assert dialog.fingerprint.text() == fingerprint_groups(FINGERPRINT)
    assert dialog.join_button.isEnabled() and not server.named("join_desk")  # not yet
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.database is not None, timeout=10_000)
    assert server.named("join_desk") == [{"address": ADDRESS, "code": "K7QM3XPA",
                                          "desk_name": "Desk 2",
                                          "expected_fingerprint": FINGERPRINT}]
    assert dialog.database is server.opened


def test_join_typed_by_hand_shows_the_fingerprint_first(
        qtbot: QtBot, demo_ctx: AppContext, server: FakeServer,  # noqa: ARG001 (no real server)
        monkeypatch: pytest.MonkeyPatch) -> None:
    from precinct_app.ui import join_dialog

    reached: list[str] = []
    monkeypatch.setattr(join_dialog, "server_fingerprint",
                        lambda address: reached.append(address) or FINGERPRINT)
    dialog = _dialog(qtbot, demo_ctx)
    dialog.check_button.click()
    assert dialog.message.text() == text("join_address_missing", "en")
    dialog.address.setText(ADDRESS)
    dialog.check_button.click()
    assert dialog.message.text() == text("join_code_missing", "en")
    dialog.code.setText("k7qm 3xpa")
    dialog.code.returnPressed.emit()
    qtbot.waitUntil(dialog.join_button.isEnabled, timeout=10_000)
    assert reached == [ADDRESS]
    assert dialog.fingerprint.text() == fingerprint_groups(FINGERPRINT)
    dialog.address.setText("192.168.10.2:5433")
    dialog.address.textEdited.emit("192.168.10.2:5433")
    assert not dialog.join_button.isEnabled()  # another server: compare again
    assert dialog.fingerprint.text() == "—"


def test_join_errors_in_the_members_language(qtbot: QtBot, demo_ctx: AppContext,
                                             server: FakeServer) -> None:
    demo_ctx.settings.language = "kk"
    dialog = _dialog(qtbot, demo_ctx)
    dialog.scan.setText("https://example.org/not-ours")
    dialog.scan.returnPressed.emit()
    assert dialog.message.text() == text("join_scan_unreadable", "kk")
    dialog.name.setText("   ")
    dialog.scan.setText(server_fakes.info().join_text)
    dialog.scan.returnPressed.emit()
    dialog.join_button.click()
    assert dialog.message.text() == text("join_desk_name_missing", "kk")
    assert not server.named("join_desk")
    dialog.name.setText("Үстел 3")
    server.fail = DomainError("fingerprint_mismatch", address=ADDRESS, expected="AA",
                              found="BB")  # as station_server.join_desk raises it
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == text(
        "fingerprint_mismatch", "kk", address=ADDRESS, expected="AA", found="BB"),
        timeout=10_000)
    assert not dialog.join_button.isEnabled()  # Enter again does not join that server
    assert dialog.database is None and dialog.isVisible()


def test_the_start_screen_offers_to_join(qtbot: QtBot, ctx: AppContext, server: FakeServer,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def run(dialog: JoinDialog) -> bool:
        dialog.database = server.opened
        return True

    monkeypatch.setattr(StartScreen, "run_join", classmethod(lambda _cls, d: run(d)))
    start = StartScreen(ctx)
    qtbot.addWidget(start)
    assert "Join a station server" in start.join_button.text()
    with qtbot.waitSignal(start.station_ready) as ready:
        start.join_button.click()
    assert ready.args == [server.opened]


def test_the_qr_code_reads_back(qtbot: QtBot, tmp_path: Path) -> None:
    payload = server_fakes.info().join_text
    assert len(qr_matrix(payload)) >= 21
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg is not installed: the QR is not read back")
    holder = QWidget()
    qtbot.addWidget(holder)
    qr = QrCode(holder)
    qr.set_text(payload)
    qr.resize(qr.sizeHint())
    png = tmp_path / "qr.png"
    assert qr.grab().save(str(png))
    read = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True,
                          text=True, check=True)
    assert read.stdout.strip() == payload


@pytest.mark.sqlite_only  # a SQLite station moves into the server
def test_the_window_reopens_on_the_server_with_the_code_shown(
        qtbot: QtBot, demo_ctx: AppContext, server: FakeServer) -> None:
    from precinct_app.db import open_database
    from precinct_app.ui.shell import WindowHost
    from tests.gui.windows import sign_in

    server.opened = open_database(demo_ctx.db_path)  # stands for the station on the server
    demo_ctx.signin.set_member(None)
    host = WindowHost(demo_ctx)
    first = host.show()
    sign_in(qtbot, first, "c1")  # the chair
    first.nav.setCurrentRow(NAV.index("server"))
    screen = first.server
    assert screen is not None
    screen.start_button.click()
    qtbot.waitUntil(lambda: host.window is not first, timeout=10_000)
    window = host.window
    assert window is not None and demo_ctx.db is server.opened
    assert window.pages.currentWidget() is window.server  # still on the same screen
    assert window.server is not None
    qtbot.waitUntil(lambda: window.server is not None and window.server.code.text()
                    == "K7QM 3XPA", timeout=10_000)
    window.close_checked()
    window.deleteLater()
