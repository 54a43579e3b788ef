"""The server laptop dies under load; its synchronous standby takes over.

Each round: a station server on PostgreSQL (127.0.0.1, a HOME of its own), its standby
(services/standby.py), a desk; three desk processes issue ballots, one a transaction,
and write each acknowledged one down; at a random point the server's PostgreSQL is
killed (-9, the postmaster and its children); the standby is promoted. Checked: every
acknowledged ballot is on the new server, the audit chain verifies, reconciliation finds
nothing, no voter holds two ballots, and the desk follows the new server by itself.
A trial is one acknowledged ballot checked; rounds go on until ``trials`` are.
"""

from __future__ import annotations

import multiprocessing
import random
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from bench import standby as lab
from precinct_app.db import open_server_database
from precinct_app.models import Issuance
from precinct_app.services import (
    audit,
    issuance,
    laptop,
    pg_cluster,
    reconcile,
    standby,
    station_server,
)
from precinct_app.services.clock import Clock
from reliability import Row, Section

WRITERS = 3
PER_WRITER = 80
MEMBERS = ("c4", "c5", "c6")


def _round(kill_after: int, row: Row) -> int:
    """One failover; the number of acknowledged ballots checked."""
    # Under /tmp, not the suite's workdir: the cluster's user (as root: postgres) must
    # pass every folder above its data, and a test's tmp_path is closed to others.
    root = Path(tempfile.mkdtemp(prefix="precinct-failover-"))
    root.chmod(0o711)
    homes = [lab.new_home(root, n) for n in ("server", "standby", "desk")]
    server = spare = promoted = None
    try:
        server = lab.start_server(homes[0], lab.free_port(), WRITERS * PER_WRITER + 10)
        spare = lab.make_standby(homes[1], server, lab.free_port())
        lab.join_desk(homes[2], server, "desk-1")
        with lab.as_laptop(homes[2]):
            db = laptop.open_station(laptop.load())
            ids = lab.voter_ids(db)
            db.dispose()
        acks = [root / f"ack-{n}" for n in range(WRITERS)]
        context = multiprocessing.get_context("fork")
        writers = [context.Process(target=lab.writer, args=(
            homes[2], ids[n * PER_WRITER:(n + 1) * PER_WRITER], MEMBERS[n], acks[n]))
            for n in range(WRITERS)]
        for w in writers:
            w.start()
        while len(lab.acknowledged(acks)) < kill_after and any(w.is_alive() for w in writers):
            time.sleep(0.01)
        lab.kill_cluster(server)
        for w in writers:
            w.join()
        acknowledged = lab.acknowledged(acks)
        with lab.as_laptop(homes[1]):
            promoted = standby.promote()
        db = open_server_database("postgresql+psycopg://", migrate_schema=False,
                                  connect_args=station_server.owner_args(promoted))
        try:
            with db.reading() as s:
                present = set(s.scalars(select(Issuance.voter_id)
                                        .where(Issuance.undone_at.is_(None))))
                for voter_id in sorted(acknowledged - present):
                    row.fail(f"kill after {kill_after}: acknowledged ballot of voter id"
                             f" {voter_id} lost")
                chain = audit.verify_chain(s)
                if not chain.ok:
                    row.fail(f"audit chain broken at seq {chain.broken_seq}: {chain.problem}")
                report = reconcile.reconcile(s)
                for found in report.discrepancies[:3]:
                    row.fail(f"reconciliation: {found.code} {dict(found.params)}")
                doubles = s.scalar(select(func.count()).select_from(
                    select(Issuance.voter_id).where(Issuance.undone_at.is_(None))
                    .group_by(Issuance.voter_id).having(func.count() > 1).subquery()))
                if doubles:
                    row.fail(f"{doubles} voters hold two ballots")
        finally:
            db.dispose()
        with lab.as_laptop(homes[2]):
            db = laptop.open_station(laptop.load())
            try:
                with db.transaction() as s:
                    issuance.issue(s, Clock(), next(v for v in ids if v not in present),
                                   lab.CONTEST, lab.MEMBER)
            except Exception as exc:
                row.fail(f"the desk did not follow the promotion: {exc!r}")
            finally:
                db.dispose()
        return len(acknowledged)
    finally:
        for lap in (server, spare, promoted):
            lab.stop_quietly(lap)
        shutil.rmtree(root, ignore_errors=True)


def run(trials: int, workdir: Path, rng: random.Random) -> list[Row]:
    """Failovers until ``trials`` acknowledged ballots were checked."""
    row = Row("standby: server killed (-9) under load, standby promoted")
    if pg_cluster.find_bin_dir() is None:
        row.detail = "not run: PostgreSQL's server binaries are missing"
        return [row]
    del workdir
    rounds = 0
    while row.trials < trials:
        row.trials += _round(rng.randint(5, 60), row)
        rounds += 1
    row.detail = f"{rounds} failovers, {WRITERS} desk processes each"
    return [row]


SECTION = Section("standby", 300, run,
                  "3 desk processes issue ballots to a station server with a synchronous"
                  " standby; the server's PostgreSQL is killed (-9) at a random point and the"
                  " standby promoted: every acknowledged ballot there, the chain and the"
                  " reconciliation verify, the desk follows")
