"""Restoring a backup from the GUI: on start when the station is lost or damaged, and
from the start screen of a new laptop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from precinct_app.db import open_database
from precinct_app.services import audit, backup, issuance, phases
from precinct_app.ui import app
from precinct_app.ui.context import AppContext
from precinct_app.ui.restore_dialog import RestoreDialog, find_backups
from precinct_app.ui.start_screen import StartScreen

# SQLite backups restored in the window
pytestmark = pytest.mark.sqlite_only


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions the dialog asked before replacing a database (answered yes)."""
    questions: list[str] = []

    def confirm(_dialog: RestoreDialog, question: str) -> bool:
        questions.append(question)
        return True

    monkeypatch.setattr(RestoreDialog, "confirm", confirm)
    return questions


def _backup(ctx: AppContext, issued: int) -> backup.BackupResult:
    """Issue ``issued`` ballots, then back up into the default folder beside the database."""
    assert ctx.db is not None
    with ctx.db.transaction() as s:
        phases.open_voting(s, ctx.clock, "c1")
    for voter_id in range(1, issued + 1):
        with ctx.db.transaction() as s:
            issuance.issue(s, ctx.clock, voter_id, "npp", "c4")
    return backup.backup_now(ctx.db_path, backup.default_backup_dir(ctx.db_path), ctx.clock,
                             reason="timer")


def _close(ctx: AppContext) -> None:
    assert ctx.db is not None
    ctx.db.dispose()
    ctx.db = None


def _damage(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.write(b"\0" * 100)  # the header: SQLite no longer recognises the file


def _events(path: Path) -> list[audit.EventRow]:
    db = open_database(path)
    try:
        with db.reading() as s:
            assert audit.verify_chain(s).ok
            return list(audit.iter_events(s))
    finally:
        db.dispose()


def test_a_damaged_station_is_restored_from_its_newest_sound_backup(
    demo_ctx: AppContext, qtbot: QtBot
) -> None:
    older = _backup(demo_ctx, 3)
    newest = backup.backup_now(demo_ctx.db_path, older.path.parent, demo_ctx.clock,
                               reason="manual")
    _close(demo_ctx)
    _damage(demo_ctx.db_path)
    assert backup.database_health(demo_ctx.db_path) == "damaged"
    dialog = RestoreDialog(demo_ctx, "damaged", find_backups(demo_ctx))
    qtbot.addWidget(dialog)
    assert "failed its integrity check" in dialog.problem.text()
    assert dialog.backups.topLevelItemCount() == 2
    first = dialog.backups.topLevelItem(0)
    assert first is not None and first.text(4) == newest.path.name  # newest first
    assert first.text(1) == "Voting open" and first.text(3) == "sound"
    assert dialog.cancel_button.text() == "Quit"
    assert dialog.restore_button.isEnabled()
    assert "its last audit event is No." in dialog.details.text()
    qtbot.keyClicks(dialog.chair_pin, "1234")  # the chair's PIN (the demo's)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.restore_button.click()
    assert dialog.restored is not None and dialog.restored.backup == newest.path
    assert backup.database_health(demo_ctx.db_path) == "ok"
    replaced = dialog.restored.replaced
    assert replaced is not None and replaced.exists()  # the damaged file kept aside
    events = _events(demo_ctx.db_path)
    assert events[-1].action == "backup.restored"
    assert json.loads(events[-1].payload)["database_was"] == "damaged"


def test_an_unusable_backup_is_listed_with_its_problem_and_cannot_be_restored(
    demo_ctx: AppContext, qtbot: QtBot
) -> None:
    made = _backup(demo_ctx, 2)
    with made.path.open("r+b") as fh:
        fh.seek(8192)
        fh.write(b"tampered")
    _close(demo_ctx)
    demo_ctx.db_path.unlink()
    dialog = RestoreDialog(demo_ctx, "missing", find_backups(demo_ctx))
    qtbot.addWidget(dialog)
    assert "is missing" in dialog.problem.text()
    item = dialog.backups.topLevelItem(0)
    assert item is not None and item.text(3) == "NOT USABLE"
    dialog.backups.setCurrentItem(item)
    assert "no longer match its checksum" in dialog.details.text()
    assert not dialog.restore_button.isEnabled()
    assert not dialog.restore_selected()
    assert not demo_ctx.db_path.exists()


def test_a_refused_restore_says_why_and_the_dialog_stays(
    demo_ctx: AppContext, qtbot: QtBot
) -> None:
    made = _backup(demo_ctx, 1)
    _close(demo_ctx)
    _damage(demo_ctx.db_path)
    demo_ctx.db_path.with_name(demo_ctx.db_path.name + ".key").write_text("not a key")
    dialog = RestoreDialog(demo_ctx, "damaged", find_backups(demo_ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.chair_pin, "1234")  # the chair's PIN (the demo's)
    assert dialog.restore_selected()
    assert not dialog.restore_button.isEnabled()  # no second restore while one runs
    assert not dialog.restore_selected()
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.is_running(),
                    timeout=20_000)
    assert dialog.restored is None
    assert dialog.banner.text() == (
        f"✕  the station key beside the database cannot be read ({demo_ctx.db_path}.key); "
        "nothing was changed")
    assert dialog.restore_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert backup.database_health(demo_ctx.db_path) == "damaged"  # left as it was
    assert made.path.exists()


def test_cancel_during_a_restore_stops_it_and_leaves_the_station_as_it_was(
    demo_ctx: AppContext, qtbot: QtBot
) -> None:
    made = _backup(demo_ctx, 1)
    _close(demo_ctx)
    _damage(demo_ctx.db_path)
    before = demo_ctx.db_path.read_bytes()
    dialog = RestoreDialog(demo_ctx, "damaged", find_backups(demo_ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.chair_pin, "1234")  # the chair's PIN (the demo's)
    assert dialog.restore_selected()
    assert dialog.cancel_button.isEnabled()  # a slow or hostile stick can be given up on
    dialog.cancel_button.click()
    assert dialog.isVisible()  # not closed mid-restore: stopped, then it says so
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.is_running(),
                    timeout=20_000)
    assert dialog.restored is None
    assert dialog.banner.text() == (
        "✕  the restore was cancelled: the station database is as it was")
    assert demo_ctx.db_path.read_bytes() == before and made.path.exists()
    assert sorted(p.name for p in demo_ctx.db_path.parent.iterdir()
                  if "restore" in p.name or "replaced" in p.name) == []
    assert dialog.restore_button.isEnabled() and dialog.cancel_button.isEnabled()


def test_a_new_laptop_restores_from_a_file_on_the_stick(
    demo_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    made = _backup(demo_ctx, 4)
    stick = tmp_path / "stick"
    stick.mkdir()
    on_stick = stick / made.path.name
    on_stick.write_bytes(made.path.read_bytes())
    _close(demo_ctx)
    new_laptop = tmp_path / "new-laptop" / "station.sqlite3"
    demo_ctx.db_path = new_laptop
    screen = StartScreen(demo_ctx)
    qtbot.addWidget(screen)
    assert screen.restore_button.text() == "Restore from a backup (another laptop failed)…"

    def choose_and_restore(dialog: RestoreDialog) -> bool:
        assert dialog.backups.topLevelItemCount() == 0
        assert not dialog.restore_button.isEnabled()
        assert dialog.add_file(on_stick)
        qtbot.keyClicks(dialog.chair_pin, "1234")  # the chair's PIN (the demo's)
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            dialog.restore_button.click()
        return True

    StartScreen.run_restore = staticmethod(choose_and_restore)  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(screen.station_ready) as ready:
            screen.restore_button.click()
    finally:
        del StartScreen.run_restore
    opened = ready.args[0]
    try:
        with opened.reading() as s:
            assert audit.head(s).seq == made.audit_seq + 1
    finally:
        opened.dispose()
    assert demo_ctx.db_path == new_laptop
    assert [e.action for e in _events(new_laptop)][-1] == "backup.restored"


def test_a_file_that_is_not_a_backup_is_refused_with_its_name(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    junk = tmp_path / "photo.sqlite3"
    junk.write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    dialog = RestoreDialog(ctx, None, [])
    qtbot.addWidget(dialog)
    assert not dialog.add_file(junk)
    assert str(junk) in dialog.banner.text()
    assert not dialog.restore_button.isEnabled()


@pytest.mark.usefixtures("qapp")
def test_on_start_a_lost_station_with_backups_is_offered_and_a_new_machine_is_not(
    demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[tuple[str, int]] = []

    def offer(_ctx: AppContext, problem: str, backups: list[backup.BackupInfo]) -> bool:
        offered.append((problem, len(backups)))
        return False

    monkeypatch.setattr(app, "offer_restore", offer)
    assert app.restore_if_needed(demo_ctx)  # a sound station: nothing offered
    _backup(demo_ctx, 1)
    _close(demo_ctx)
    demo_ctx.db_path.unlink()
    assert app.restore_if_needed(demo_ctx)  # declined: on to the start screen
    assert offered == [("missing", 1)]
    demo_ctx.db_path = demo_ctx.db_path.with_name("another.sqlite3")
    assert app.restore_if_needed(demo_ctx)  # no backups of it: a new machine
    assert offered == [("missing", 1)]


def test_the_chair_sees_what_the_backup_lacks_and_may_decline(
    demo_ctx: AppContext, qtbot: QtBot, asked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _backup(demo_ctx, 1)
    assert demo_ctx.db is not None
    for voter_id in (2, 3, 4):  # acknowledged ballots the backup does not hold
        with demo_ctx.db.transaction() as s:
            issuance.issue(s, demo_ctx.clock, voter_id, "npp", "c4")
    _close(demo_ctx)
    before = _events(demo_ctx.db_path)
    dialog = RestoreDialog(demo_ctx, None, find_backups(demo_ctx))
    qtbot.addWidget(dialog)
    assert dialog.chair.count() == 1 and dialog.chair.member_id == "c1"  # the chair only
    monkeypatch.setattr(RestoreDialog, "confirm",
                        lambda _d, question: asked.append(question) and False)
    qtbot.keyClicks(dialog.chair_pin, "1234")  # the chair's PIN (the demo's)
    assert not dialog.restore_selected()  # declined: nothing replaced
    assert "audit events" in asked[0] and "ballots issued: 3" in asked[0]
    assert "kept aside" in asked[0]
    assert _events(demo_ctx.db_path) == before
    monkeypatch.setattr(RestoreDialog, "confirm", lambda _d, _q: True)
    qtbot.keyClicks(dialog.chair_pin, "1234")  # the chair's PIN (the demo's)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.restore_button.click()
    events = _events(demo_ctx.db_path)
    assert events[-1].action == "backup.restored" and events[-1].actor == "c1"
    assert json.loads(events[-1].payload)["lost"] == {"ballot.issued": 3}
    assert made.path.exists()


def test_a_wrong_chairs_pin_restores_nothing_and_says_whose(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _backup(demo_ctx, 1)
    dialog = RestoreDialog(demo_ctx, None, find_backups(demo_ctx))
    qtbot.addWidget(dialog)
    assert dialog.chair_pin.echoMode() == dialog.chair_pin.EchoMode.Password
    qtbot.keyClicks(dialog.chair_pin, "9999")
    assert not dialog.restore_selected()
    assert "The PIN of Жұмабекова Айгерім Серікқызы does not match" in dialog.banner.text()
    assert dialog.task is None and dialog.chair_pin.text() == ""
