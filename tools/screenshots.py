"""Saves the README's screenshots to docs/screenshots/ (``make screenshots``).

Builds a demo station in a temporary folder, opens the real windows offscreen at
1366x768 (the common commission laptop) and grabs them in each language.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from precinct_app.db import Database, open_database
from precinct_app.services import (
    absentee,
    attendance,
    backup,
    copies,
    counting,
    disputes,
    issuance,
    journal,
    list_changes,
    outside,
    people_pdf,
    phases,
    portable_boxes,
    protocol,
    protocol_pdf,
    turnout,
    turnout_pdf,
    voters,
)
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.package import load_package
from precinct_app.services.setup import init_station
from precinct_app.services.volumes import Volume
from precinct_app.ui import shell, volumes
from precinct_app.ui.context import AppContext, Settings
from precinct_app.ui.i18n import install_language
from precinct_app.ui.import_dialog import ImportDialog
from precinct_app.ui.main_window import NAV, MainWindow
from precinct_app.ui.restore_dialog import RestoreDialog
from precinct_app.ui.verify_screen import VerifyDialog

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
CLOCK = Clock(fixed=dt.datetime.fromisoformat("2024-10-06T10:42:00+05:00"))


def _wait(qapp: QApplication, condition: object, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        qapp.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def _context(tmp: Path, lang: str, db_name: str, clock: Clock = CLOCK) -> AppContext:
    settings = Settings(QSettings(str(tmp / f"{lang}.ini"), QSettings.Format.IniFormat))
    settings.language = lang
    install_language(lang)
    return AppContext(db_path=tmp / db_name, clock=clock, settings=settings,
                      db_path_explicit=True)


def _at(hhmm: str) -> Clock:
    return Clock(fixed=dt.datetime.fromisoformat(f"2024-10-06T{hhmm}:00+05:00"))


def _morning(db: Database) -> Any:
    """A morning's work through the services, spread over the hours; returns the excluded voter."""
    with db.transaction() as session:
        phases.open_voting(session, _at("07:00"), "c1")
    minutes = 7 * 60 + 3
    for list_no in range(1, 180, 3):  # the other desks since 07:00
        minutes += 3 if list_no < 90 else 2
        clock = _at(f"{minutes // 60:02d}:{minutes % 60:02d}")
        with db.transaction() as session:
            voter = voters.resolve(session, str(list_no))
            issuance.issue(session, clock, voter.id, "npp", "c5" if list_no % 2 else "c4")
            turnout.take_due_snapshots(session, clock)
    with db.transaction() as session:  # those present since the morning (issue 14)
        for hhmm, member, name, kind, organisation, mandate in _PEOPLE:
            attendance.arrive(session, _at(hhmm), member, name=name, kind=kind,
                              organisation=organisation, mandate=mandate)
    with db.transaction() as session:
        excluded = voters.resolve(session, "11")
        list_changes.exclude_voter(session, _at("09:12"), "c3", excluded.id, "absentee_issued")
        list_changes.add_voter(session, _at("09:40"), "c2", surname="Оспанов",
                               given_name="Бауыржан", patronymic="Серікұлы",
                               iin_text="850612300122", basis="absentee",
                               reference="ОУ № 004217")
        for list_no, reason, address in ((42, "illness", ""), (53, "remoteness", ""),
                                         (62, "caring_for_relative", "")):
            voter = voters.resolve(session, str(list_no))
            outside.apply(session, _at("09:5" + str(list_no % 10)), "c3", voter.id, reason,
                          address or voter.address)
        trip = outside.start_trip(session, _at("10:15"), ("c4", "c6"), 2, "npp")
        first = voters.resolve(session, "42")
        issuance.issue(session, _at("10:31"), first.id, "npp", "c4", place="outside",
                       trip_id=trip.trip_id)
    return excluded


_PEOPLE = (
    ("07:00", "c3", "Ingrid Sørensen", "international_observer", "OSCE/ODIHR", "EOM-0142"),
    ("07:00", "c3", "Әлия Жаңабаева", "party_observer", "«Amanat» партиясы", ""),
    ("08:10", "c4", "Иванов Пётр", "media", "Хабар 24", "ПР-17"),
    ("09:30", "c4", "Kenji Watanabe", "international_observer", "CIS mission", "CIS-0031"),
)


def _people_shots(qapp: QApplication, tmp: Path, db: Database) -> None:
    """After signing: a certified copy given, the protocol posted, a journalist gone; the
    People present screen (kk, en) and the copies register's first page."""
    with db.transaction() as session:
        copies.post(session, _at("21:17"), "c3", "npp")
        copies.issue_copy(session, _at("21:18"), "c1", "npp", "c3", person_id=1)
        copies.issue_copy(session, _at("21:19"), "c1", "npp", "c3", person_id=2)
        attendance.leave(session, _at("21:20"), "c4", 3)
    for lang in ("kk", "en"):
        window = _window(tmp, lang, db, _at("21:21"))
        window.nav.setCurrentRow(NAV.index("people"))
        qapp.processEvents()
        _save(window, f"people-{lang}.png")
        window.close_checked()
    pdf = tmp / "copies.pdf"
    with db.reading() as session:
        pdf.write_bytes(people_pdf.render(session, _at("21:21")))
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", "1", "-l", "1",
                    str(pdf), str(OUT / "copies-register-pdf")], check=True)


def _sign_in(qapp: QApplication, window: MainWindow, member: str = "c2") -> None:
    """As a member does it (the demo's PIN 1234): choose, type, Enter."""
    window.sign_in.choose(member)
    window.sign_in.pin.setText("1234")
    window.sign_in.submit()
    _wait(qapp, lambda: window.signed_in)


def _window(tmp: Path, lang: str, db: Database, clock: Clock = CLOCK,
            member: str = "c2") -> MainWindow:
    ctx = _context(tmp, lang, "demo.sqlite3", clock)
    ctx.db = db
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    _sign_in(qapp_of(window), window, member)
    return window


def qapp_of(_window: QWidget) -> QApplication:
    """The application (for waiting)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _sign_in_shots(qapp: QApplication, tmp: Path, db: Database) -> None:
    """The sign-in (a wrong PIN said) and the idle lock, in Kazakh."""
    ctx = _context(tmp, "kk", "demo.sqlite3")
    ctx.db = db
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    window.sign_in.choose("c4")
    window.sign_in.pin.setText("9999")
    window.sign_in.submit()
    _wait(qapp, lambda: "PIN" in window.sign_in.message.text()
          and "…" not in window.sign_in.message.text())
    window.sign_in.pin.setText("12")
    qapp.processEvents()
    _save(window, "sign-in-kk.png")
    window.sign_in.pin.setText("1234")
    window.sign_in.submit()
    _wait(qapp, lambda: window.signed_in)
    window.nav.setCurrentRow(NAV.index("voters"))
    window.lock()
    qapp.processEvents()
    _save(window, "lock-kk.png")
    window.close_checked()


def _large_text_shot(qapp: QApplication, tmp: Path, db: Database) -> None:
    """The desk with "large text" on (Kazakh, the longest words), then back to normal."""
    ctx = _context(tmp, "kk", "demo.sqlite3")
    ctx.db = db
    ctx.settings.large_text = True
    shell.apply_look(qapp, ctx.settings)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    _sign_in(qapp, window, "c4")
    assert window.desk is not None
    window.nav.setCurrentRow(NAV.index("desk"))
    window.desk.search_box.setText("ахм")  # QTest types ASCII only
    window.desk.reload()
    qapp.processEvents()
    assert window.width() <= 1366, window.width()
    _save(window, "desk-large-kk.png")
    window.close_checked()
    ctx.settings.large_text = False
    shell.apply_look(qapp, ctx.settings)


def _day_shots(qapp: QApplication, tmp: Path, db: Database) -> None:
    """The voting day: the desk (normal, confirmed, issued already, excluded), the Station
    screen's day panel, outside voting, list changes, turnout and its PDF."""
    excluded = _morning(db)
    for lang in ("kk", "ru", "en"):
        window = _window(tmp, lang, db, member="c4")  # a member issues ballots
        desk = window.desk
        assert desk is not None
        window.nav.setCurrentRow(NAV.index("desk"))
        desk.search_box.setText("ахм")
        desk.reload()
        for _row in range(desk.model.rowCount()):
            if desk.card.voter is not None and desk.card.voter.kind == "may_issue":
                break
            desk._move_selection(1)
        qapp.processEvents()
        _save(window, f"desk-normal-{lang}.png")
        if lang == "ru":
            assert desk.card.voter is not None
            iin = desk.card.voter.view.iin
            desk._move_selection(0)  # the member chose this row (several match "ахм")
            desk.issue_selected()  # the confirmation
            qapp.processEvents()
            _save(window, "desk-confirmed-ru.png")
            desk.search_box.setText(iin)  # the same ID scanned again
            desk.issue_selected()
            qapp.processEvents()
            _save(window, "desk-issued-ru.png")
            desk.search_box.setText(excluded.iin)
            desk.issue_selected()
            qapp.processEvents()
            _save(window, "desk-excluded-ru.png")
            for key in ("station", "outside", "changes"):
                window.nav.setCurrentRow(NAV.index(key))
                qapp.processEvents()
                _save(window, f"{key}-day-ru.png")
            assert window.outside is not None
            window.nav.setCurrentRow(NAV.index("outside"))
            window.outside.tabs.setCurrentIndex(1)
            qapp.processEvents()
            _save(window, "outside-trips-ru.png")
        if lang in ("kk", "ru"):
            window.nav.setCurrentRow(NAV.index("turnout"))
            qapp.processEvents()
            _save(window, f"turnout-{lang}.png")
        window.close_checked()
    pdf = tmp / "turnout.pdf"
    with db.reading() as session:
        pdf.write_bytes(turnout_pdf.render_turnout_pdf(session, CLOCK, "kk+ru"))
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(OUT / "turnout-pdf")], check=True)
    print(OUT / "turnout-pdf-1.png")


def _server_lost_shots(qapp: QApplication, tmp: Path, db: Database) -> None:
    """A desk of a station server that lost it (issue 15): the header's red state and the
    desk's refusal after Enter, in each language. The header is the same on SQLite: the
    listener's "lost" is given to the window as its thread would."""
    for lang in ("kk", "ru", "en"):
        window = _window(tmp, lang, db, member="c4")
        desk = window.desk
        assert desk is not None
        window.nav.setCurrentRow(NAV.index("desk"))
        window._on_live_lost('connection to server at "192.168.10.1", port 5433 failed: '
                             "No route to host")
        desk.search_box.setText("ахм")
        desk.reload()
        desk.issue_selected()
        qapp.processEvents()
        _save(window, f"desk-server-lost-{lang}.png")
        window.close_checked()


def _closing(db: Database) -> None:
    """The evening: the trip comes back, voting closes, the count's first four steps."""
    with db.transaction() as session:
        outside.end_trip(session, _at("10:50"), 1, returned=1)
        phases.close_voting(session, _at("20:00"), "c1")
        [expected] = counting.expected(session)
        counting.record_step(session, _at("20:04"), "c1", counting.CANCEL,
                             {"npp": expected.to_cancel})
        for minute, step in ((9, counting.SUMMARISE), (15, counting.PORTABLE),
                             (18, counting.STATIONARY)):
            if step == counting.PORTABLE:  # the trip's box: one ballot, one request served
                portable_boxes.record(session, _at("20:12"), "c3", 1, 1)
            counting.record_step(session, _at(f"20:{minute:02d}"), "c3", step)


def _count_values(db: Database) -> dict[str, int]:
    with db.reading() as session:
        [e] = counting.expected(session)
    valid = e.issued_in_premises + e.issued_outside - 2
    return {"in_portable_boxes": e.issued_outside, "in_stationary_boxes": e.issued_in_premises,
            "invalid": 2, "valid": valid, "valid_not_counted": 1, "lost": 0,
            "not_accounted": 0, "yes": valid - 1 - valid // 3, "no": valid // 3}


def _closing_shots(qapp: QApplication, tmp: Path, db: Database) -> None:
    """The count: its steps, the protocol entry (all in order, and a broken ratio), the
    Protocol screen after signing, and the signed protocol's first and last PDF pages."""
    _closing(db)
    window = _window(tmp, "ru", db, _at("20:31"))
    window.nav.setCurrentRow(NAV.index("counting"))
    qapp.processEvents()
    _save(window, "counting-steps-ru.png")
    window.close_checked()
    values = _count_values(db)
    with db.transaction() as session:
        counting.record_step(session, _at("20:40"), "c3", counting.SORT)
        protocol.set_values(session, _at("21:02"), "c3", "npp", values)
    for lang in ("kk", "ru"):
        window = _window(tmp, lang, db, _at("21:05"))
        window.nav.setCurrentRow(NAV.index("counting"))
        assert window.counting is not None
        window.counting.tabs.setCurrentIndex(1)
        qapp.processEvents()
        _save(window, f"counting-protocol-{lang}.png")
        if lang == "ru":  # one vote too many typed for "yes": the ratio fails as you type
            edit = window.counting.entry.rows["yes"].edit
            edit.setFocus()
            edit.selectAll()
            QTest.keyClicks(edit, str(values["yes"] + 1))
            qapp.processEvents()
            _save(window, "counting-broken-ru.png")
        window.close_checked()
    with db.transaction() as session:
        counting.record_step(session, _at("21:06"), "c3", counting.FILL)
        counting.record_step(session, _at("21:07"), "c3", counting.CHECK)
        protocol.sign(session, _at("21:15"), "c1", "npp", ["c1", "c2", "c3", "c4", "c5", "c6"],
                      {"c5": "Два бюллетеня признаны недействительными ошибочно."})
    window = _window(tmp, "ru", db, _at("21:16"))
    window.nav.setCurrentRow(NAV.index("protocol"))
    assert window.protocol is not None
    _wait(qapp, lambda: window.protocol is not None and window.protocol.document.pageCount())
    _wait(qapp, lambda: False, seconds=1.5)  # the view renders its pages in the background
    _save(window, "protocol-screen-ru.png")
    window.close_checked()
    pdf = tmp / "protocol.pdf"
    with db.reading() as session:
        pdf.write_bytes(protocol_pdf.build(protocol.build(session, _at("21:16"), "npp")))
    pages = len(PdfReader(pdf).pages)
    for page, name in ((1, "protocol-pdf-1"), (pages, "protocol-pdf-last")):
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page),
                        "-l", str(page), str(pdf), str(OUT / name)], check=True)


def _export_shots(qapp: QApplication, tmp: Path, db: Database) -> None:
    """The Export screen with a (fake) USB stick after a verified write, and the Verify
    screen on the folder written (after the protocol was signed)."""
    stick = tmp / "KINGSTON"
    stick.mkdir()
    volume = Volume(path=stick, label="KINGSTON", device="/dev/sdb1", removable=True,
                          read_only=False, free_bytes=7_812_000_000,
                          total_bytes=8_002_000_000, fs_type="exfat")
    volumes.removable_volumes = lambda: [volume]
    window = _window(tmp, "ru", db, _at("21:20"))
    window.nav.setCurrentRow(NAV.index("export"))
    assert window.export is not None
    window.export.refresh()
    window.export.start_export()
    _wait(qapp, lambda: window.export is not None and "✔" in window.export.banner.text())
    qapp.processEvents()
    _save(window, "export-done-ru.png")
    folder = next(p for p in stick.iterdir() if not p.name.startswith("."))
    window.nav.setCurrentRow(NAV.index("verify"))
    assert window.verify is not None
    window.verify.folder_edit.setText(str(folder))
    window.verify.run_verify()
    qapp.processEvents()
    _save(window, "verify-ru.png")
    window.verify.tabs.setCurrentIndex(1)  # the protocol values, to compare with the paper
    qapp.processEvents()
    _save(window, "verify-values-ru.png")
    window.close_checked()
    # At the territorial commission: no station on the laptop, one byte changed on the stick.
    tampered = tmp / "tampered" / folder.name
    shutil.copytree(folder, tampered)
    data = bytearray((tampered / "results.csv").read_bytes())
    data[len(data) // 2] ^= 0x01
    (tampered / "results.csv").write_bytes(bytes(data))
    dialog = VerifyDialog(_context(tmp, "ru", "no-station.sqlite3"))
    dialog.resize(1180, 700)
    dialog.checker.folder_edit.setText(str(tampered))
    dialog.checker.run_verify()
    dialog.show()
    qapp.processEvents()
    _save(dialog, "verify-failed-ru.png")
    dialog.close()


def _boxes_shots(qapp: QApplication, tmp: Path) -> None:
    """A portable box over its requests at the count (act required), and the absentee
    certificate form the day before voting (each a station of its own)."""
    path = tmp / "boxes.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, _at("07:00"), db_path=path)
    with db.transaction() as session:
        for voter_id in (1, 2, 3):
            outside.apply(session, _at("07:30"), "c3", voter_id, "illness")
        phases.open_voting(session, _at("08:00"), "c1")
        trip = outside.start_trip(session, _at("11:00"), ("c4", "c5"), 3, "npp")
        for voter_id in (1, 2):
            issuance.issue(session, _at("11:20"), voter_id, "npp", "c4", place="outside",
                           trip_id=trip.trip_id)
        outside.end_trip(session, _at("12:10"), trip.trip_id, returned=1)
        phases.close_voting(session, _at("20:00"), "c1")
        cancel = {e.contest_id: e.to_cancel for e in counting.expected(session)}
        counting.record_step(session, _at("20:05"), "c1", counting.CANCEL, cancel)
        counting.record_step(session, _at("20:10"), "c1", counting.SUMMARISE)
        portable_boxes.record(session, _at("20:15"), "c3", trip.trip_id, 3)  # 2 requests
    window = _window(tmp, "ru", db, _at("20:16"))
    window.nav.setCurrentRow(NAV.index("counting"))
    qapp.processEvents()
    _save(window, "boxes-ru.png")
    window.close_checked()
    db.dispose()
    day_before = Clock(fixed=dt.datetime.fromisoformat("2024-10-05T15:20:00+05:00"))
    path = tmp / "absentee.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, day_before, db_path=path)
    with db.transaction() as session:
        absentee.issue(session, day_before, "c3", 14, "№ 004211")
    window = _window(tmp, "ru", db, day_before)
    window.nav.setCurrentRow(NAV.index("changes"))
    assert window.list_changes is not None
    picker = window.list_changes.absentee_form.picker  # the holder looked up again
    picker.search_box.setText("14")
    picker.reload()
    qapp.processEvents()
    _save(window, "absentee-ru.png")
    window.close_checked()
    db.dispose()


def _journal_shots(qapp: QApplication, tmp: Path) -> None:
    """The journal of complaints and acts in each language, and the disputed ballots
    recorded on the counting screen (a station of its own, closed and counting)."""
    path = tmp / "journal.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, _at("07:00"), db_path=path)
    with db.transaction() as session:
        phases.open_voting(session, _at("07:00"), "c1")
        act = journal.add(session, _at("09:14"), "c5", kind="act", from_kind="observer",
                          from_name="Anna Kowalska", organisation="ENEMO",
                          about="The portable box left for a trip without its seal checked "
                                "in the observers' presence.", annex=True)
        journal.decide(session, _at("09:40"), "c1", act.id,
                       "The seal was checked again in the observers' presence; intact.",
                       6, 0, 1)
        journal.add(session, _at("10:05"), "c4", kind="complaint", from_kind="voter",
                    from_name="Сейітов А.", about="Тізімде тегі қате жазылған.")
        journal.add(session, _at("10:21"), "c3", kind="remark", from_kind="observer",
                    from_name="Құрманғалиева Әсел", organisation="«Ақ жол» партиясы",
                    about="Кабиналардың біреуі жарық емес. Одна из кабин плохо освещена.")
    for lang in ("kk", "ru", "en"):
        window = _window(tmp, lang, db, _at("10:42"))
        window.nav.setCurrentRow(NAV.index("journal"))
        qapp.processEvents()
        _save(window, f"journal-{lang}.png")
        window.close_checked()
    with db.transaction() as session:
        phases.close_voting(session, _at("20:00"), "c1")
        cancel = {e.contest_id: e.to_cancel for e in counting.expected(session)}
        counting.record_step(session, _at("20:05"), "c1", counting.CANCEL, cancel)
        disputes.decide(session, _at("20:41"), "c3", "npp", "valid", "yes", 6, 1,
                        note="Белгі шаршыдан шығып кеткен")
        disputes.decide(session, _at("20:44"), "c3", "npp", "invalid", None, 5, 2)
    window = _window(tmp, "ru", db, _at("20:45"))
    window.nav.setCurrentRow(NAV.index("counting"))
    assert window.counting is not None
    window.counting.tabs.setCurrentIndex(2)
    qapp.processEvents()
    _save(window, "counting-disputes-ru.png")
    window.close_checked()


def _paper_shots(qapp: QApplication, tmp: Path) -> None:
    """Back from an outage: the paper list's marks typed in, some conflicts for the chair
    (a station of its own per language, the same marks in each; docs/domain.md §5)."""
    from precinct_app.services import paper_entries
    from precinct_app.ui.paper_dialog import PaperDialog

    for lang in ("ru", "kk", "en"):
        path = tmp / f"paper-{lang}.sqlite3"
        db = open_database(path, create=True)
        build_demo(db, _at("07:00"), db_path=path)
        with db.transaction() as session:
            phases.open_voting(session, _at("07:00"), "c1")
            for list_no in (12, 15, 17):  # desk 2 kept its link
                issuance.issue(session, _at(f"10:2{list_no % 10}"), list_no, "npp", "c5")
            paper_entries.enter(session, _at("11:30"), "c4", "3", "10:05", "c4")
        window = _window(tmp, lang, db, _at("11:40"), member="c4")
        window.nav.setCurrentRow(NAV.index("station"))
        qapp.processEvents()
        if lang == "ru":
            _save(window, "paper-station-ru.png")
        dialog = window.paper_panel.open_dialog()
        assert isinstance(dialog, PaperDialog)
        for hhmm, numbers in (("10:05", ("3", "4")), ("10:12", ("15", "18", "99999", "19"))):
            dialog.time_edit.setText(hhmm)
            for number in numbers:
                dialog.voter_edit.setText(number)
                dialog.enter_typed()
        qapp.processEvents()
        _save(dialog, f"paper-entry-{lang}.png")
        dialog.close()
        window.close_checked()
        db.dispose()


def _restore_shot(qapp: QApplication, tmp: Path) -> None:
    """The restore offered on start for a damaged station: backups checked and listed."""
    path = tmp / "restore.sqlite3"
    db = open_database(path, create=True)
    build_demo(db, _at("06:00"), db_path=path, voters=300)
    with db.transaction() as s:
        phases.open_voting(s, _at("07:00"), "c1")
    folder = tmp / "backup-stick"
    voter_id = 0
    for hhmm, ballots in (("09:30", 12), ("12:10", 31), ("14:40", 18)):
        for _ in range(ballots):
            voter_id += 1
            with db.transaction() as s:
                issuance.issue(s, _at(hhmm), voter_id, "npp", "c4")
        backup.backup_now(path, folder, _at(hhmm), reason="timer")
    db.dispose()
    newest = backup.list_backups(folder, path)[0].path
    with newest.open("r+b") as fh:  # the newest was damaged on the stick
        fh.seek(8192)
        fh.write(b"\0" * 16)
    ctx = _context(tmp, "ru", path.name)
    dialog = RestoreDialog(ctx, "damaged", backup.list_backups(folder, path, check=True))
    dialog.resize(1000, 460)
    dialog.show()
    qapp.processEvents()
    _save(dialog, "restore-ru.png")
    dialog.close()


def _server_shots(qapp: QApplication, tmp: Path, db: Database) -> None:
    """The Station server screen (join code, fingerprint, QR, two desks) in Kazakh and
    English, and a desk's join dialog after a scan in Kazakh and Russian.

    The server's services are the tests' stand-ins (tests/server_fakes.py): the screen
    is the same on a real cluster, and a screenshot run needs no PostgreSQL.
    """
    from precinct_app.services import laptop as laptop_service
    from precinct_app.services import station_server
    from precinct_app.ui.join_dialog import JoinDialog

    if str(ROOT) not in sys.path:  # run as tools/screenshots.py: the tests' stand-ins
        sys.path.insert(0, str(ROOT))
    from tests import server_fakes

    server = server_fakes.FakeServer(running=True, laptop=laptop_service.Laptop(
        role="server", desk="Төраға", servers=(server_fakes.ADDRESS,), port=5433))
    saved = {name: getattr(station_server, name, None) for name in (
        "start_server", "server_status", "new_join_code", "stop_server", "join_desk",
        "parse_join_text")}
    saved_load = laptop_service.load
    for name in saved:
        setattr(station_server, name, getattr(server, name, None)
                or server_fakes.parse_join_text)
    laptop_service.load = lambda: server.laptop  # type: ignore[assignment]
    try:
        for lang in ("kk", "en"):
            window = _window(tmp, lang, db, member="c1")  # the chair
            window.nav.setCurrentRow(NAV.index("server"))
            screen = window.server
            assert screen is not None
            screen.info = server_fakes.info()
            screen.refresh()
            _wait(qapp, lambda s=screen: s.running_box.isVisible() and s.model.rowCount() == 2)
            qapp.processEvents()
            assert window.width() <= 1366, window.width()
            _save(window, f"server-{lang}.png")
            window.close_checked()
        server.laptop = laptop_service.Laptop()  # a laptop still alone, about to join
        for lang in ("kk", "ru"):
            ctx = _context(tmp, lang, "demo.sqlite3")
            dialog = JoinDialog(ctx)
            dialog.name.setText("Үстел 2" if lang == "kk" else "Стол 2")
            dialog.show()
            dialog.scan.setText(server_fakes.info().join_text)
            dialog.scan.returnPressed.emit()
            qapp.processEvents()
            _save(dialog, f"join-{lang}.png")
            dialog.close()
    finally:
        for name, value in saved.items():
            if value is None:
                delattr(station_server, name)
            else:
                setattr(station_server, name, value)
        laptop_service.load = saved_load  # type: ignore[assignment]


def main() -> None:
    """Grab every screenshot."""
    qapp = QApplication([])
    qapp.setFont(QFont(shell.load_fonts(), shell.BASE_POINT_SIZE))
    qapp.setStyleSheet(shell.style_sheet(shell.BASE_POINT_SIZE))
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="precinct-shots-"))
    try:
        demo_path = tmp / "demo.sqlite3"
        db = open_database(demo_path, create=True)
        build_demo(db, CLOCK, db_path=demo_path)
        _sign_in_shots(qapp, tmp, db)
        if sys.argv[1:] == ["sign-in"]:  # only these (python -m tools.screenshots sign-in)
            return
        if sys.argv[1:] == ["paper"]:  # only the paper list's entries
            _paper_shots(qapp, tmp)
            return
        if sys.argv[1:] == ["server-lost"]:  # only the desk that lost its server
            _morning(db)
            _server_lost_shots(qapp, tmp, db)
            return
        if sys.argv[1:] == ["boxes"]:  # only the portable box and absentee shots
            _boxes_shots(qapp, tmp)
            return
        if sys.argv[1:] == ["server"]:  # only the station server and the join dialog
            _server_shots(qapp, tmp, db)
            return
        for lang in ("kk", "ru", "en"):
            ctx = _context(tmp, lang, "demo.sqlite3")
            ctx.db = db
            window = MainWindow(ctx)
            window.resize(1366, 768)
            window.show()
            _sign_in(qapp, window)
            assert window.voter_list is not None
            window.voter_list.search_box.setText("ахм")
            window.voter_list.refresh()
            window.voter_list._move_selection(2)
            qapp.processEvents()
            _save(window, f"voter-list-{lang}.png")
            if lang == "ru":
                window.nav.setCurrentRow(NAV.index("station"))
                qapp.processEvents()
                _save(window, "station-ru.png")
            window.close_checked()
        _day_shots(qapp, tmp, db)
        _server_lost_shots(qapp, tmp, db)
        _large_text_shot(qapp, tmp, db)
        _closing_shots(qapp, tmp, db)
        _people_shots(qapp, tmp, db)
        _export_shots(qapp, tmp, db)
        _restore_shot(qapp, tmp)
        _journal_shots(qapp, tmp)
        _boxes_shots(qapp, tmp)
        _paper_shots(qapp, tmp)
        _server_shots(qapp, tmp, db)

        start = MainWindow(_context(tmp, "en", "none.sqlite3"))
        start.resize(1366, 768)
        start.show()
        qapp.processEvents()
        _save(start, "start-en.png")
        start.close_checked()

        package = tmp / "package"
        package.mkdir()
        election = json.loads((ROOT / "resources" / "demo" / "election.json").read_text("utf-8"))
        (package / "election.json").write_text(json.dumps(election, ensure_ascii=False), "utf-8")
        ctx = _context(tmp, "ru", "empty.sqlite3")
        ctx.db = open_database(ctx.db_path, create=True)
        init_station(ctx.db, CLOCK, load_package(package), db_path=ctx.db_path)
        dialog = ImportDialog(ctx, ROOT / "docs" / "samples" / "voters_cp1251_ru.csv")
        dialog.resize(1200, 560)
        dialog.show()
        _wait(qapp, dialog.import_button.isEnabled)
        qapp.processEvents()
        _save(dialog, "import-preview-ru.png")
        dialog.close()
        ctx.db.dispose()
        db.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
