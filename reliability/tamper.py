"""Tampering with a station file behind the program's back (issue 12 section 1): all seen.

A signed station with every kind of day record (a voter added, one excluded, an
outside-voting application and trip, a spoiled ballot, an undone one, turnout
snapshots) is built once; the audit head shown on the screen and printed on the
protocol is written down, as an observer would, and an export is made. Then each
trial copies the station (and its key), changes it with plain sqlite3 in a random way
of one kind (a row deleted, inserted or edited; signed values changed, with or without
the code recomputed; the log cut at its tail with the head row moved back; the chain
rewritten...) and checks it is detected where a user would notice:

- *station*: ``reconcile.require_intact`` refuses; so do ``export.build_export`` and
  ``precinct protocol pdf`` (no file written, a one-line reason, no traceback); where
  the signed values changed under their code, the PDF renderer itself refuses too;
- *anchor*: a tampering that leaves the tables agreeing with a (shortened or rewritten)
  log cannot be seen on the station: the export it then makes must fail
  ``verify_folder(..., head=...)`` with the head written down before.

A tampering is detected when either holds in full; a control row checks that an
untampered copy passes all of them (no false alarm).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from precinct_app.cli import main as cli_main
from precinct_app.db import Database, open_database
from precinct_app.services import (
    anchor,
    audit,
    counting,
    export,
    issuance,
    keys,
    list_changes,
    outside,
    phases,
    portable_boxes,
    protocol,
    protocol_pdf,
    reconcile,
    turnout,
)
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.errors import DomainError
from precinct_app.services.iin import make_iin
from precinct_app.services.protocol_data import protocol_code
from precinct_app.services.verify import verify_folder
from reliability import Row, Section
from reliability.stations import CONTEST, EVENING, SIGNABLE

ADDED_IIN = make_iin(dt.date(1990, 5, 17), True, 4321)


def day_station(path: Path) -> None:
    """A signed 50-voter demo at ``path`` with every kind of record the day makes."""
    clock = Clock(fixed=EVENING)
    db = open_database(path, create=True)
    try:
        build_demo(db, clock, db_path=path, voters=50)
        with db.transaction() as s:
            phases.open_voting(s, clock, "c1")
            for list_no in range(1, 31):
                issuance.issue(s, clock, list_no, CONTEST, "c4")
            assert ADDED_IIN is not None
            list_changes.add_voter(s, clock, "c2", surname="Жаңабаева", given_name="Әлия",
                                   patronymic="Серікқызы", iin_text=ADDED_IIN,
                                   basis="absentee", reference="Ж-77123")
            outside.apply(s, clock, "c2", 45, "болеет", address="ул. Тестовая, 7",
                          late_reason="позвонили вечером")
            list_changes.exclude_voter(s, clock, "c2", 46, "died")
            trip = outside.start_trip(s, clock, ("c5", "c6"), 1, CONTEST)
            outside.end_trip(s, clock, trip.trip_id, returned=1)
            issuance.spoil(s, clock, 3, CONTEST, "c4")
            issuance.undo(s, clock, 4, CONTEST, "c1", "wrong voter")
            issuance.issue(s, clock, 4, CONTEST, "c4")
            phases.close_voting(s, clock, "c1")
            turnout.take_due_snapshots(s, clock)
            cancel = {e.contest_id: e.to_cancel for e in counting.expected(s)}
            counting.record_step(s, clock, "c1", counting.CANCEL, cancel)
            for step in counting.STEPS[1:5]:
                if step == counting.PORTABLE:  # the box came back empty: found 0
                    portable_boxes.record(s, clock, "c1", trip.trip_id, 0)
                counting.record_step(s, clock, "c1", step)
            protocol.set_values(s, clock, "c1", CONTEST, SIGNABLE)
            for step in (counting.FILL, counting.CHECK):
                counting.record_step(s, clock, "c1", step)
            protocol.sign(s, clock, "c1", CONTEST, ["c1", "c2", "c3", "c4"],
                          {"c4": "Не согласен с подсчётом"})
    finally:
        db.dispose()


# --- the tamperings: each changes the file with sqlite3 and says what it did ---------

Tamper = Callable[[sqlite3.Connection, random.Random], str]


def _one(conn: sqlite3.Connection, sql: str, *args: object) -> list[tuple[object, ...]]:
    return list(conn.execute(sql, args))


def _pick(conn: sqlite3.Connection, rng: random.Random, sql: str) -> object:
    return rng.choice([r[0] for r in conn.execute(sql)])


def _copy_row(conn: sqlite3.Connection, table: str, row_id: object,
              **changed: object) -> None:
    """Insert a copy of a row with a new id and some columns changed."""
    cols = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if c[1] != "id"]
    values = [changed.get(c) for c in cols]
    picks = ", ".join("?" if c in changed else c for c in cols)
    args = [v for c, v in zip(cols, values, strict=True) if c in changed]
    conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picks} FROM {table} "
                 "WHERE id = ?", (*args, row_id))


def _no_ballot(conn: sqlite3.Connection, rng: random.Random) -> int:
    return int(str(_pick(conn, rng, "SELECT id FROM voter WHERE status != 'excluded' AND id "
                                    "NOT IN (SELECT voter_id FROM issuance)")))


def issuance_deleted(conn: sqlite3.Connection, rng: random.Random) -> str:
    row = _pick(conn, rng, "SELECT id FROM issuance")
    conn.execute("DELETE FROM issuance WHERE id = ?", (row,))
    return f"issuance row {row} deleted"


def issuance_inserted(conn: sqlite3.Connection, rng: random.Random) -> str:
    voter = _no_ballot(conn, rng)
    _copy_row(conn, "issuance", _pick(conn, rng, "SELECT id FROM issuance WHERE undone_at IS "
                                                 "NULL"), voter_id=voter)
    return f"an issuance row with no event inserted for voter id {voter}"


def issuance_edited(conn: sqlite3.Connection, rng: random.Random) -> str:
    row = _pick(conn, rng, "SELECT id FROM issuance")
    how = rng.choice(("voter", "place"))
    if how == "voter":
        conn.execute("UPDATE issuance SET voter_id = ? WHERE id = ?", (_no_ballot(conn, rng), row))
    else:
        conn.execute("UPDATE issuance SET place = 'outside' WHERE id = ?", (row,))
    return f"issuance row {row}: {how} changed"


def spoilage_changed(conn: sqlite3.Connection, rng: random.Random) -> str:
    if rng.random() < 0.5:
        conn.execute("DELETE FROM spoilage")
        return "the spoilage row deleted"
    row = _pick(conn, rng, "SELECT id FROM issuance WHERE undone_at IS NULL AND id NOT IN "
                           "(SELECT issuance_id FROM spoilage)")
    conn.execute("INSERT INTO spoilage (issuance_id, member_id, at) SELECT id, member_id, "
                 "issued_at FROM issuance WHERE id = ?", (row,))
    return f"a spoilage with no event inserted for issuance {row}"


def undo_changed(conn: sqlite3.Connection, rng: random.Random) -> str:
    if rng.random() < 0.5:
        # Two live ballots are refused by the database itself: the undo moves to the other.
        undone, undone_at = _one(conn, "SELECT id, undone_at FROM issuance WHERE undone_at "
                                       "IS NOT NULL")[0]
        conn.execute("UPDATE issuance SET undone_at = ?, undone_by = 'c1', undo_reason = 'x' "
                     "WHERE id = (SELECT max(id) FROM issuance WHERE voter_id = (SELECT "
                     "voter_id FROM issuance WHERE id = ?))", (undone_at, undone))
        conn.execute("UPDATE issuance SET undone_at = NULL, undone_by = NULL, undo_reason = "
                     "NULL WHERE id = ?", (undone,))
        return f"the undo moved from issuance {undone} to the voter's other ballot"
    row = _pick(conn, rng, "SELECT id FROM issuance WHERE undone_at IS NULL")
    conn.execute("UPDATE issuance SET undone_at = issued_at, undone_by = 'c1', undo_reason = "
                 "'x' WHERE id = ?", (row,))
    return f"issuance {row} undone with no event"


def list_changed(conn: sqlite3.Connection, rng: random.Random) -> str:
    how = rng.choice(("added-deleted", "added-as-listed", "unexcluded", "excluded",
                      "application-deleted", "application-moved", "voter-inserted"))
    if how == "added-deleted":
        conn.execute("DELETE FROM voter WHERE origin = 'added'")
    elif how == "added-as-listed":
        conn.execute("UPDATE voter SET origin = 'list' WHERE origin = 'added'")
    elif how == "unexcluded":
        conn.execute("UPDATE voter SET status = 'active' WHERE status = 'excluded'")
    elif how == "excluded":
        conn.execute("UPDATE voter SET status = 'excluded' WHERE id = ?", (_no_ballot(conn, rng),))
    elif how == "application-deleted":
        conn.execute("DELETE FROM outside_application")
    elif how == "application-moved":
        voter = _no_ballot(conn, rng)
        while _one(conn, "SELECT 1 FROM outside_application WHERE voter_id = ?", voter):
            voter = _no_ballot(conn, rng)
        conn.execute("UPDATE outside_application SET voter_id = ?", (voter,))
    else:
        copied = _pick(conn, rng, "SELECT id FROM voter WHERE origin = 'list'")
        serial = rng.randrange(5000, 9000)
        new_iin = None
        while new_iin is None:
            serial += 1
            new_iin = make_iin(dt.date(1980, 1, 2), False, serial)
        _copy_row(conn, "voter", copied, list_no=1000 + serial, iin=new_iin)
        return f"a voter row copied from voter id {copied}, as no. {1000 + serial}"
    return how


def trip_changed(conn: sqlite3.Connection, rng: random.Random) -> str:
    how = rng.choice(("returned", "taken", "deleted"))
    if how == "deleted":
        conn.execute("DELETE FROM outside_trip")
    else:
        column = f"ballots_{how}"
        conn.execute(f"UPDATE outside_trip SET {column} = {column} + ?", (rng.randrange(1, 5),))
    return f"outside trip: {how}"


def phase_changed(conn: sqlite3.Connection, rng: random.Random) -> str:
    how = rng.choice(("row-deleted", "row-edited", "station-phase", "row-inserted"))
    if how == "row-deleted":
        conn.execute("DELETE FROM phase_change WHERE id = ?",
                     (_pick(conn, rng, "SELECT id FROM phase_change"),))
    elif how == "row-edited":
        conn.execute("UPDATE phase_change SET to_phase = 'voting_open' WHERE id = ?",
                     (_pick(conn, rng, "SELECT id FROM phase_change WHERE to_phase != "
                                       "'voting_open'"),))
    elif how == "station-phase":
        phase = rng.choice(("voting_open", "voting_closed", "counting"))
        conn.execute("UPDATE station SET phase = ?", (phase,))
    else:
        conn.execute("INSERT INTO phase_change (at, member_id, from_phase, to_phase, reason) "
                     "SELECT at, member_id, to_phase, 'voting_open', 'x' FROM phase_change "
                     "ORDER BY id DESC LIMIT 1")
    return how


def step_changed(conn: sqlite3.Connection, rng: random.Random) -> str:
    step = _pick(conn, rng, "SELECT step FROM count_step")
    conn.execute("DELETE FROM count_step WHERE step = ?", (step,))
    return f"count step {step} deleted"


def snapshot_changed(conn: sqlite3.Connection, rng: random.Random) -> str:
    row = _pick(conn, rng, "SELECT id FROM turnout_snapshot")
    if rng.random() < 0.5:
        conn.execute("UPDATE turnout_snapshot SET issued = issued + ? WHERE id = ?",
                     (rng.randrange(1, 20), row))
        return f"turnout snapshot {row}: issued changed"
    conn.execute("DELETE FROM turnout_snapshot WHERE id = ?", (row,))
    return f"turnout snapshot {row} deleted"


def _changed_lines(conn: sqlite3.Connection, rng: random.Random) -> tuple[dict[str, int], str]:
    """New values for the signed protocol: one or two entered lines moved."""
    values = {str(k): int(str(v)) for k, v in _one(conn, "SELECT key, value FROM "
                                                         "protocol_value")}
    moved = rng.sample(sorted(SIGNABLE), rng.choice((1, 2)))
    a, b = moved[0], moved[-1]
    if len(moved) == 2 and values[a] != values[b] and rng.random() < 0.5:
        values[a], values[b] = values[b], values[a]  # votes moved from one line to another
        return values, f"{a} <-> {b}"
    for line in moved:
        delta = rng.choice((1, 2, 3, 10))
        # Never below zero, and always a change (a line at 0 only goes up).
        values[line] += -delta if values[line] >= delta and rng.random() < 0.5 else delta
    return values, ", ".join(sorted(moved))


def _rewrite_signed(conn: sqlite3.Connection, values: dict[str, int], code: str | None) -> None:
    (raw,) = _one(conn, "SELECT lines_json FROM protocol")[0]
    frozen = json.loads(str(raw))
    for line in frozen["lines"]:
        line["value"] = values.get(line["key"], line["value"])
    conn.execute("UPDATE protocol SET lines_json = ?", (audit.canonical_json(frozen),))
    for key, value in values.items():
        conn.execute("UPDATE protocol_value SET value = ? WHERE key = ?", (value, key))
    if code is not None:
        conn.execute("UPDATE protocol SET code = ?", (code,))


def signed_values(conn: sqlite3.Connection, rng: random.Random) -> str:
    values, moved = _changed_lines(conn, rng)
    _rewrite_signed(conn, values, None)
    return f"signed values changed: {moved}"


def signed_values_recoded(conn: sqlite3.Connection, rng: random.Random) -> str:
    values, moved = _changed_lines(conn, rng)
    election, precinct = _one(conn, "SELECT election_id, precinct_number FROM station")[0]
    code = protocol_code(str(election), str(precinct), CONTEST, 1, values)
    _rewrite_signed(conn, values, code)
    return f"signed values changed and the code recomputed: {moved}"


def value_row(conn: sqlite3.Connection, rng: random.Random) -> str:
    key = _pick(conn, rng, "SELECT key FROM protocol_value")
    conn.execute("UPDATE protocol_value SET value = value + ? WHERE key = ?",
                 (rng.choice((1, 2, 5)), key))  # up: never below zero
    return f"protocol_value {key} changed (the frozen lines not)"


def signatures_changed(conn: sqlite3.Connection, rng: random.Random) -> str:
    how = rng.choice(("deleted", "dissent", "added"))
    if how == "deleted":
        conn.execute("DELETE FROM protocol_signature WHERE member_id = ?",
                     (_pick(conn, rng, "SELECT member_id FROM protocol_signature"),))
    elif how == "dissent":
        conn.execute("UPDATE protocol_signature SET dissent = NULL WHERE dissent IS NOT NULL")
    else:
        conn.execute("INSERT INTO protocol_signature (protocol_id, member_id) SELECT "
                     "protocol_id, 'c5' FROM protocol_signature LIMIT 1")
    return f"signatures: {how}"


def _events(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    return [(int(s), str(a), str(h)) for s, a, h in
            conn.execute("SELECT seq, action, hash FROM audit_event ORDER BY seq")]


def _move_head(conn: sqlite3.Connection, seq: int, hash_: str) -> None:
    conn.execute("UPDATE audit_head SET seq = ?, hash = ?", (seq, hash_))


def log_cut(conn: sqlite3.Connection, rng: random.Random) -> str:
    events = _events(conn)
    k = rng.randrange(1, min(40, len(events) - 1))
    keep = events[-k - 1]
    conn.execute("DELETE FROM audit_event WHERE seq > ?", (keep[0],))
    _move_head(conn, keep[0], keep[2])
    return f"the last {k} events cut, the head row moved back to {keep[0]}"


def log_cut_clean(conn: sqlite3.Connection, _rng: random.Random) -> str:
    """The signing and the end of counting cut with their rows: the tables agree."""
    events = _events(conn)
    signed = next(seq for seq, action, _ in events if action == "protocol.signed")
    keep = next(e for e in events if e[0] == signed - 1)
    conn.execute("DELETE FROM audit_event WHERE seq > ?", (keep[0],))
    _move_head(conn, keep[0], keep[2])
    conn.execute("DELETE FROM protocol_signature")
    conn.execute("UPDATE protocol SET status = 'draft', code = NULL, lines_json = NULL, "
                 "signed_at = NULL")
    (last,) = _one(conn, "SELECT max(id) FROM phase_change")[0]
    conn.execute("UPDATE station SET phase = (SELECT from_phase FROM phase_change WHERE id = ?)",
                 (last,))
    conn.execute("DELETE FROM phase_change WHERE id = ?", (last,))
    return f"the signing cut with its rows, the head row moved back to {keep[0]}"


def event_edited(conn: sqlite3.Connection, rng: random.Random) -> str:
    seq, action, _ = rng.choice(_events(conn))
    column = rng.choice(("actor", "at", "payload"))
    value = {"actor": "c7", "at": "2024-10-06T03:00:00.000000Z", "payload": "{}"}[column]
    conn.execute(f"UPDATE audit_event SET {column} = ? WHERE seq = ?", (value, seq))
    return f"event {seq} ({action}): {column} edited"


def event_deleted(conn: sqlite3.Connection, rng: random.Random) -> str:
    seq, action, _ = rng.choice(_events(conn)[:-1])
    conn.execute("DELETE FROM audit_event WHERE seq = ?", (seq,))
    return f"event {seq} ({action}) deleted from the middle"


def chain_rewritten(conn: sqlite3.Connection, rng: random.Random) -> str:
    """An event's actor changed and every hash after it recomputed: a consistent chain."""
    rows = list(conn.execute("SELECT seq, at, actor, action, payload FROM audit_event "
                             "ORDER BY seq"))
    target = rng.choice([r[0] for r in rows if r[3] == "ballot.issued"])
    prev = audit.GENESIS_HASH
    for seq, at, actor, action, payload in rows:
        if seq == target:
            actor = "c5" if actor != "c5" else "c6"
        hashed = audit.event_hash(prev, seq, at, actor, action, json.loads(payload))
        conn.execute("UPDATE audit_event SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (actor, prev, hashed, seq))
        prev = hashed
    _move_head(conn, rows[-1][0], prev)
    return f"event {target}: actor changed, the chain rehashed from there"


@dataclass(frozen=True)
class Kind:
    """One kind of tampering; what, besides the station's check and export, must refuse."""

    group: str  # the row of the table it counts in
    name: str
    tamper: Tamper
    # Printing is tried where the protocol or the log changed (it refuses on any change
    # the station's check finds: elsewhere that is the same check, and slow to repeat).
    prints: bool = False
    renderer: bool = False  # the signed values changed under their code: the PDF refuses


ROWS, PROTOCOL, LOG = "a table row", "the signed protocol", "the audit log"
KINDS: tuple[Kind, ...] = (
    Kind(ROWS, "issuance deleted", issuance_deleted),
    Kind(ROWS, "issuance inserted", issuance_inserted),
    Kind(ROWS, "issuance edited", issuance_edited),
    Kind(ROWS, "spoilage", spoilage_changed),
    Kind(ROWS, "undo", undo_changed),
    Kind(ROWS, "list change", list_changed),
    Kind(ROWS, "trip", trip_changed),
    Kind(ROWS, "phase change", phase_changed),
    Kind(ROWS, "count step", step_changed),
    Kind(ROWS, "turnout snapshot", snapshot_changed),
    Kind(PROTOCOL, "signed values", signed_values, renderer=True, prints=True),
    Kind(PROTOCOL, "values + code", signed_values_recoded, prints=True),
    Kind(PROTOCOL, "value row", value_row, prints=True),
    Kind(PROTOCOL, "signatures", signatures_changed, prints=True),
    Kind(LOG, "tail cut", log_cut, prints=True),
    Kind(LOG, "tail cut with rows", log_cut_clean, prints=True),
    Kind(LOG, "event edited", event_edited, prints=True),
    Kind(LOG, "event deleted", event_deleted),
    Kind(LOG, "chain rewritten", chain_rewritten, prints=True),
)


# --- the checks ----------------------------------------------------------------------

@dataclass(frozen=True)
class Base:
    """The untampered station, its key, and the head an observer wrote down."""

    db: Path
    head: str  # as the screen shows it, e.g. "45 · 5C1C-928D"
    before: bool  # the export made before any tampering passes verify with that head


def _build(workdir: Path) -> Base:
    path = workdir / "base" / "station.sqlite3"
    path.parent.mkdir(parents=True)
    day_station(path)
    db = open_database(path)
    try:
        with db.transaction() as s:
            bundle = export.prepare(s, Clock(fixed=EVENING), path)  # the key, due snapshots
        with db.reading() as s:
            reconcile.require_intact(s)
            head = anchor.head_text(audit.head(s))
    finally:
        db.dispose()
    (workdir / "before").mkdir()
    before = export.write(bundle, workdir / "before").path
    return Base(path, head, verify_folder(before, head=head).ok)


def _copy(base: Base, folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / base.db.name
    shutil.copy(base.db, path)
    shutil.copy(keys.key_path_for(base.db), keys.key_path_for(path))
    return path


def _print(path: Path) -> tuple[int, str, bool]:
    """``precinct protocol pdf`` on the station: exit code, stderr, whether a file exists."""
    out = path.parent / "protocol.pdf"
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = cli_main(["--db", str(path), "protocol", "pdf", CONTEST, "--out", str(out)])
    return code, err.getvalue(), out.exists()


def _export_made(db: Database, path: Path, stick: Path) -> tuple[Path | None, str]:
    """The export the station makes now (preliminary if unsigned), or why it refused."""
    with db.transaction() as s:
        try:
            bundle = export.build_export(s, Clock(fixed=EVENING), path)
        except DomainError as exc:
            if exc.code != "export_unsigned":
                return None, exc.code
            bundle = export.build_export(s, Clock(fixed=EVENING), path, preliminary=True)
    stick.mkdir()
    return export.write(bundle, stick).path, ""


def examine(path: Path, head: str, kind: Kind | None) -> tuple[str | None, list[str]]:
    """How the tampered (or not) station at ``path`` is caught: ``station``, ``anchor``
    or None (passes everything); and anything that did not hold (partial refusals)."""
    wrong: list[str] = []
    db = open_database(path)  # one engine for the checks: each new one compiles anew
    try:
        with db.reading() as s:
            try:
                reconcile.require_intact(s)
                intact = True
            except reconcile.IntegrityFailed:
                intact = False
            if kind is not None and kind.renderer and not intact:
                try:
                    protocol_pdf.build(protocol.build(s, Clock(fixed=EVENING), CONTEST))
                    wrong.append("the PDF renderer printed the changed values")
                except DomainError:
                    pass
        folder, refused = _export_made(db, path, path.parent / "stick")
    finally:
        db.dispose()
    printed, said, exists = _print(path) if kind is None or kind.prints else (None, "", False)
    if "Traceback" in said:
        wrong.append(f"protocol pdf: a traceback: {said.strip().splitlines()[-1]}")
    if not intact:
        if folder is not None:
            wrong.append("require_intact refused but the export was built")
        if printed == 0 or exists:
            wrong.append("require_intact refused but the protocol was printed")
        return "station", wrong
    if refused:
        wrong.append(f"the station passes require_intact but the export refused: {refused}")
    if printed is not None and (printed != 0 or not exists):
        wrong.append(f"the station passes but printing refused: {said.strip()[-200:]}")
    if folder is None:
        return None, wrong
    if not verify_folder(folder).ok:
        wrong.append("the new export does not verify even without the head")
    if not verify_folder(folder, head=head).ok:
        return "anchor", wrong
    return None, wrong


def _schedule(trials: int, rng: random.Random) -> list[Kind | None]:
    """``trials`` tamperings of each group (its kinds in turn, shuffled), ``trials``
    controls (None), in a random order."""
    out: list[Kind | None] = [None] * trials
    for group in (ROWS, PROTOCOL, LOG):
        kinds = [k for k in KINDS if k.group == group]
        rng.shuffle(kinds)
        out += [kinds[n % len(kinds)] for n in range(trials)]
    rng.shuffle(out)
    return out


def run(trials: int, workdir: Path, rng: random.Random) -> list[Row]:
    """``trials`` tamperings of each group (a random kind of it, each a random variant),
    and ``trials`` untouched copies."""
    base = _build(workdir)
    rows = {g: Row(f"tamper: {g}") for g in (ROWS, PROTOCOL, LOG)}
    tried: dict[str, int] = {k.name: 0 for k in KINDS}
    caught: dict[str, int] = {k.name: 0 for k in KINDS}
    anchored: dict[str, int] = {g: 0 for g in rows}
    control = Row("tamper: control (untouched copy)")
    if not base.before:
        control.fail(f"the export made before any tampering fails verify --head {base.head}")
    for n, kind in enumerate(_schedule(trials, rng)):
        path = _copy(base, workdir / f"t{n}")
        what = "untouched"
        try:
            if kind is not None:
                conn = sqlite3.connect(path)
                try:
                    with conn:
                        what = kind.tamper(conn, rng)
                finally:
                    conn.close()
            by, wrong = examine(path, base.head, kind)
        except Exception as exc:  # any crash is a failure of the trial, never of the run
            by, wrong = "crash", [f"{exc!r}"]  # (what: the tampering, if it got that far)
        row = control if kind is None else rows[kind.group]
        row.trials += 1
        if kind is None:
            if by is not None or wrong:
                row.fail(f"false alarm ({by}): {'; '.join(wrong)}")
        else:
            tried[kind.name] += 1
            if by is None or by == "crash" or wrong:
                row.fail(f"{kind.name}: {what}: {'not detected' if by is None else by}; "
                         f"{'; '.join(wrong)}")
            else:
                caught[kind.name] += 1
                anchored[kind.group] += by == "anchor"
        shutil.rmtree(path.parent, ignore_errors=True)
    for group, row in rows.items():
        kinds = ", ".join(f"{k.name} {caught[k.name]}/{tried[k.name]}"
                          for k in KINDS if k.group == group and tried[k.name])
        row.detail = (f"detected {sum(caught[k.name] for k in KINDS if k.group == group)}"
                      f"/{row.trials} ({anchored[group]} only by verify --head): {kinds}")
    control.detail = (f"{control.trials - control.failures}/{control.trials} pass reconcile,"
                      " export, print and verify --head (as does the export made before)")
    return [*rows.values(), control]


SECTION = Section("tamper", 150, run,
                  "a station file changed with sqlite3 (rows, signed values, the log cut or"
                  " rewritten): refused by reconcile, export and print, or its new export fails"
                  " verify --head; an untouched copy passes all")
