"""Export to a stick from the window, and the territorial commission's check of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from precinct_app.models import AuditEvent
from precinct_app.services import protocol
from precinct_app.services.medium import MediaError
from precinct_app.services.volumes import Volume
from precinct_app.ui import export_screen as export_screen_module
from precinct_app.ui.context import AppContext
from precinct_app.ui.export_screen import ExportScreen
from precinct_app.ui.start_screen import StartScreen
from precinct_app.ui.verify_screen import VerifyDialog, VerifyScreen
from tests.gui.signable import CONSISTENT, make_signable
from tests.gui.windows import sign_in
from tests.unit.test_export import station, write_export


def _stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake USB stick: a folder reported as a removable volume."""
    stick = tmp_path / "stick"
    stick.mkdir()
    volume = Volume(path=stick, label="KINGSTON", device="/dev/sdb1", removable=True,
                          read_only=False, free_bytes=8_000_000_000,
                          total_bytes=8_000_000_000, fs_type="exfat")
    monkeypatch.setattr(export_screen_module.volumes, "removable_volumes", lambda: [volume])
    return stick


def _screen(qtbot: QtBot, ctx: AppContext) -> ExportScreen:
    screen = ExportScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1150, 620)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _sign(ctx: AppContext) -> str:
    make_signable(ctx)
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        data = protocol.sign(s, ctx.clock, "c1", "npp", ["c1", "c2", "c3", "c4"])
    assert data.code
    return data.code


@pytest.mark.sqlite_only  # SQLite backups
def test_export_writes_verifies_and_says_safe_to_remove(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = _stick(tmp_path, monkeypatch)
    code = _sign(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    assert screen.model.row_texts(0)[0] == "KINGSTON"
    assert "Every protocol is signed" in screen.status.text()
    assert screen.export_button.isEnabled()
    screen.export_button.click()
    qtbot.waitUntil(lambda: "safe to remove" in screen.banner.text(), timeout=20_000)
    [folder] = [p for p in stick.iterdir() if not p.name.startswith(".")]
    assert folder.name.startswith("TRAINING_P164_KZ-2024-10-06-REF_")
    assert str(folder) in screen.banner.text()
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        actions = list(s.scalars(select(AuditEvent.action)))
    assert actions[-1] == "results.exported"

    # The territorial commission checks the stick with the code off the paper protocol.
    check = VerifyScreen(demo_ctx)
    qtbot.addWidget(check)
    check.folder_edit.setText(str(folder))
    check.code_edit.setText(code)
    report = check.run_verify()
    assert report is not None and report.ok
    assert "Verified: all" in check.verdict.text() and "TRAINING" in check.verdict.text()
    # The protocol as the stick carries it, to compare with the paper line by line.
    assert check.tabs.isTabEnabled(1)
    rows = [check.values_model.row_texts(r) for r in range(check.values_model.rowCount())]
    # The contest by its protocol's title, as the stick carries it (not its id, "npp").
    assert rows[0][:2] == ["«Precinct commission protocol of the referendum results»", "1"]
    assert rows[0][3] == "300"
    assert [r[1] for r in rows] == [str(n) for n in range(1, 15)]
    assert rows[-2][2] == "Да, согласен" and rows[-2][3] == str(CONSISTENT["yes"])
    data = folder / "results.csv"
    raw = bytearray(data.read_bytes())
    raw[-3] ^= 0x01
    data.write_bytes(bytes(raw))
    report = check.run_verify()
    assert report is not None and not report.ok
    assert check.verdict.text().endswith(
        "NOT VERIFIED: 2 of 25 checks fail: results.csv: SHA-256 differs from the manifest: "
        "the file was changed")
    assert not check.tabs.isTabEnabled(1) and check.values_model.rowCount() == 0
    failing = [check.lines.item(i).text() for i in range(check.lines.count())
               if check.lines.item(i).text().startswith("✕")]
    assert any("results.csv" in line for line in failing)


def test_a_double_click_on_write_makes_one_export(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = _stick(tmp_path, monkeypatch)
    _sign(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    qtbot.mouseDClick(screen.export_button, Qt.MouseButton.LeftButton)
    screen.export_button.click()
    assert not screen.start_export()  # the first write is still running
    qtbot.waitUntil(lambda: "safe to remove" in screen.banner.text(), timeout=20_000)
    assert len([p for p in stick.iterdir() if not p.name.startswith(".")]) == 1
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        actions = list(s.scalars(select(AuditEvent.action)))
    assert actions.count("results.exported") == 1
    assert screen.export_button.isEnabled()  # a second copy, on purpose, is possible


def test_a_failed_write_says_so_and_can_be_retried(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = _stick(tmp_path, monkeypatch)
    _sign(demo_ctx)
    screen = _screen(qtbot, demo_ctx)

    real_write = export_screen_module.export.write
    calls: list[int] = []

    def full_once(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise MediaError("media_full", path=str(stick), detail="", free_mb="0.1",
                             needed_mb="2.0", free_bytes=100_000, needed_bytes=2_000_000)
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export_screen_module.export, "write", full_once)
    screen.export_button.click()
    qtbot.waitUntil(lambda: screen.banner.kind == "error", timeout=20_000)
    assert "try again" in screen.banner.text()
    assert list(stick.iterdir()) == []
    assert screen.export_button.isEnabled()  # the chair may simply try again
    screen.export_button.click()  # a space freed on the stick: the retry writes it
    qtbot.waitUntil(lambda: "safe to remove" in screen.banner.text(), timeout=20_000)
    assert len([p for p in stick.iterdir() if not p.name.startswith(".")]) == 1


def test_an_export_that_fails_verification_is_not_called_verified(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every byte reads back as written, but the folder fails ``precinct verify``."""
    stick = _stick(tmp_path, monkeypatch)
    _sign(demo_ctx)
    assert demo_ctx.db is not None
    with demo_ctx.db.transaction() as s:  # one event changed, its hash left as it was
        s.execute(update(AuditEvent).where(AuditEvent.seq == 5).values(payload='{"x":1}'))
    demo_ctx.settings.language = "ru"
    screen = _screen(qtbot, demo_ctx)
    screen.export_button.click()
    qtbot.waitUntil(lambda: screen.banner.kind == "error", timeout=20_000)
    # Refused before anything is written (issue 12), naming the edited event.
    assert "база участка изменена в обход программы" in screen.banner.text()
    assert "журнал аудита нарушен на событии 5" in screen.banner.text()
    assert "safe to remove" not in screen.banner.text() and screen.last_result is None
    assert list(stick.iterdir()) == []
    with demo_ctx.db.reading() as s:
        assert "results.exported" not in list(s.scalars(select(AuditEvent.action)))


def test_an_unsigned_protocol_exports_only_as_preliminary(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stick(tmp_path, monkeypatch)
    make_signable(demo_ctx)  # counted, checked, not signed
    screen = _screen(qtbot, demo_ctx)
    assert "Not signed yet: On building a nuclear power plant" in screen.status.text()
    assert not screen.export_button.isEnabled()
    screen.preliminary_check.setChecked(True)
    assert screen.export_button.isEnabled()


@pytest.mark.sqlite_only  # SQLite backups
def test_backups_and_the_paper_list_from_the_window(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from precinct_app.services import backup
    from precinct_app.ui.backup_panel import BackupPanel, BackupScheduler

    _stick(tmp_path, monkeypatch)
    make_signable(demo_ctx)
    demo_ctx.settings.backup_dir = str(tmp_path / "second-disk")
    scheduler = BackupScheduler(demo_ctx)
    panel = BackupPanel(demo_ctx, scheduler)
    qtbot.addWidget(panel)
    assert str(tmp_path / "second-disk") in panel.where.text()
    panel.now_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind != "", timeout=20_000)
    assert panel.banner.kind == "ok", panel.banner.text()
    [taken] = backup.list_backups(tmp_path / "second-disk", demo_ctx.db_path, check=True)
    assert taken.check is not None and taken.check.ok
    target = tmp_path / "paper.pdf"
    assert panel.save_paper_list(str(target))
    text = PdfReader(target).pages[0].extract_text()
    assert "164" in text and "Paper list saved" in panel.banner.text()


@pytest.mark.sqlite_only  # SQLite backups
def test_a_backup_finishing_does_not_cover_a_paper_list_that_failed(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    from precinct_app.ui.backup_panel import BackupPanel, BackupScheduler

    demo_ctx.settings.backup_dir = str(tmp_path / "second-disk")
    scheduler = BackupScheduler(demo_ctx)
    panel = BackupPanel(demo_ctx, scheduler)
    qtbot.addWidget(panel)
    assert not panel.save_paper_list(str(tmp_path / "no-such-folder" / "paper.pdf"))
    failed = panel.banner.text()
    assert panel.banner.kind == "error" and failed
    panel.now_button.click()  # a backup succeeds meanwhile
    qtbot.waitUntil(lambda: scheduler.last is not None, timeout=20_000)
    qtbot.wait(50)
    assert panel.banner.kind == "error" and panel.banner.text() == failed
    assert panel.save_paper_list(str(tmp_path / "paper.pdf"))  # the member saves one
    assert panel.banner.kind == "ok" and "Paper list saved" in panel.banner.text()


def test_a_laptop_with_no_station_verifies_a_stick_from_the_start_screen(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    db, db_path = station(tmp_path / "precinct", name="p164")
    result = write_export(db, db_path, tmp_path / "stick")
    db.dispose()
    assert ctx.db is None and not ctx.db_path.exists()  # the territorial commission's laptop
    screen = StartScreen(ctx)
    qtbot.addWidget(screen)
    seen: list[str] = []

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, VerifyDialog)
        dialog.checker.folder_edit.setText(str(result.path))
        report = dialog.checker.run_verify()
        assert report is not None and report.ok
        seen.append(dialog.checker.verdict.text())

    StartScreen.run_dialog = staticmethod(check)  # type: ignore[method-assign]
    try:
        screen.verify_button.click()
    finally:
        del StartScreen.run_dialog
    assert len(seen) == 1 and "Verified: all" in seen[0]
    assert not ctx.db_path.exists()  # verifying made no station


@pytest.mark.sqlite_only  # SQLite backups
def test_a_failing_backup_is_shown_in_the_header_until_one_succeeds(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    from precinct_app.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)

    sign_in(qtbot, window)
    window.show()
    panel, alarm = window.backup_panel, window.header.backup_alarm
    assert panel.banner.kind == "warn" and "own disk" in panel.banner.text()
    pulled = tmp_path / "stick-was-here"
    pulled.write_text("not a folder any more")
    demo_ctx.settings.backup_dir = str(pulled)
    assert window.backups.request("timer")
    qtbot.waitUntil(lambda: alarm.isVisibleTo(window), timeout=20_000)
    assert alarm.text() == "BACKUP FAILED" and str(pulled) in alarm.toolTip()
    assert panel.banner.kind == "error"
    demo_ctx.settings.backup_dir = str(tmp_path / "second-disk")
    assert window.backups.request("manual")
    qtbot.waitUntil(lambda: not alarm.isVisibleTo(window), timeout=20_000)
    assert panel.banner.kind == "ok" and "Last backup: " in panel.banner.text()


def test_a_failure_to_record_the_export_is_never_shown_as_verified(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder is written and verified, then the audit log refuses the record (a full
    disk): the error stays on the screen and in the status line until the member acts."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    stick = _stick(tmp_path, monkeypatch)
    _sign(demo_ctx)
    screen = _screen(qtbot, demo_ctx)
    said: list[object] = []
    screen.action_done.connect(said.append)
    real_record = export_screen_module.export.record_export

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT INTO audit_event", {},
                               sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(export_screen_module.export, "record_export", full_disk)
    screen.export_button.click()
    qtbot.waitUntil(lambda: screen.banner.kind not in ("", "warn"), timeout=20_000)
    [folder] = [p for p in stick.iterdir() if not p.name.startswith(".")]
    assert screen.banner.kind == "error"
    assert "could not be recorded in the audit log" in screen.banner.text()
    assert str(folder) in screen.banner.text() and "safe to remove" not in screen.banner.text()
    assert screen.last_result is None  # not offered to the Verify screen as the day's export
    assert len(said) == 1 and "safe to remove" not in str(said[0])
    screen.refresh()  # a refresh (another desk's ballot, F5) is not the member acting
    assert screen.banner.kind == "error"
    assert demo_ctx.db is not None
    with demo_ctx.db.reading() as s:
        assert "results.exported" not in list(s.scalars(select(AuditEvent.action)))
    monkeypatch.setattr(export_screen_module.export, "record_export", real_record)
    screen.export_button.click()  # the member exports again: recorded, and only now "ok"
    qtbot.waitUntil(lambda: "safe to remove" in screen.banner.text(), timeout=20_000)
    assert screen.banner.kind == "ok"


def test_before_the_count_not_even_a_preliminary_export(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stick(tmp_path, monkeypatch)
    screen = _screen(qtbot, demo_ctx)  # the demo station, in set-up
    assert "after the count" in screen.status.text()
    screen.preliminary_check.setChecked(True)
    assert not screen.export_button.isEnabled()
    assert not screen.start_export()
