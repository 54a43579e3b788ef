"""A throwaway PostgreSQL cluster for the tests, and the switch that runs the suite on it.

``PRECINCT_TEST_ENGINE=postgresql`` (``make test`` sets it for the second run) puts
every station a test opens on PostgreSQL instead of SQLite: each station file the test
makes is given its own database, cloned from a migrated template, found again by the
file's identity (so a station built aside and renamed into place keeps its data) and
dropped when the test ends. Tests of what only a SQLite file has (the backup API, a full
disk under the WAL, file modes) carry ``@pytest.mark.sqlite_only`` and are skipped there.

The cluster is PostgreSQL's own server binaries (``initdb``, ``pg_ctl``) from the system
packages, started per test process on a free port of 127.0.0.1. As root it runs as the
unprivileged ``postgres`` user, as PostgreSQL requires.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENGINE_ENV = "PRECINCT_TEST_ENGINE"
SUPERUSER = "precinct"


def on_postgresql() -> bool:
    """True when this test run puts the stations on PostgreSQL."""
    return os.environ.get(ENGINE_ENV, "sqlite") == "postgresql"


def pg_bin_dir() -> Path | None:
    """Where the PostgreSQL server binaries are (``initdb``), or ``None``."""
    from precinct_app.services.pg_cluster import find_bin_dir

    return find_bin_dir()


def free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_as_cluster_user(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


@dataclass
class TestCluster:
    """One running throwaway cluster: trust on 127.0.0.1, no fsync (it is thrown away)."""

    root: Path
    port: int
    bin_dir: Path
    databases: dict[tuple[int, int], str] = field(default_factory=dict)
    made: list[str] = field(default_factory=list)
    free: list[str] = field(default_factory=list)
    template_tables: list[str] = field(default_factory=list)
    head: str = ""

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def admin(self) -> Any:
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                               dbname="postgres", autocommit=True)

    def new_database(self) -> str:
        """An empty migrated station database: a used one emptied, or a new clone."""
        name = self.free.pop() if self.free else self._clone()
        self.made.append(name)
        return name

    def _clone(self) -> str:
        name = "t_" + uuid.uuid4().hex[:16]
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE precinct_template')
        return name

    def drop_made(self) -> None:
        """Empty the last test's databases for the next one (a clone costs a second on a
        busy machine, emptying a few milliseconds); drop one whose schema a test changed."""
        import psycopg

        for name in self.made:
            try:
                with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                                     dbname=name, autocommit=True) as conn:
                    ok = conn.execute("SELECT precinct_test_reset(%s, %s)",
                                      (self.template_tables, self.head)).fetchone()
                if not (ok and ok[0]):
                    raise ValueError("schema changed")
                self.free.append(name)
            except (psycopg.Error, ValueError):
                with self.admin() as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.made.clear()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            run_as_cluster_user([str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"),
                                 "-m", "immediate", "stop"])
        shutil.rmtree(self.root, ignore_errors=True)


_STARTED: list[TestCluster] = []


def cluster() -> TestCluster:
    """This process's cluster, started at the first call and stopped at exit."""
    if not _STARTED:
        _STARTED.append(_start())
        atexit.register(_STARTED[0].stop)
    return _STARTED[0]


def _start() -> TestCluster:
    bin_dir = pg_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb) are missing: "
                           "run tools/system-deps.sh as root (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="precinct-pg-"))
    root.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    port = free_port()
    data = root / "data"
    run_as_cluster_user([str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER,
                         "--auth=trust", "--encoding=UTF8", "--locale=C", "-N"])
    opts = (f"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    run_as_cluster_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", opts,
                         "-l", str(root / "log"), "-w", "start"])
    made = TestCluster(root=root, port=port, bin_dir=bin_dir)
    with made.admin() as conn:
        conn.execute("CREATE DATABASE precinct_template")
    import psycopg

    from precinct_app.db import HEAD_REVISION, open_server_database

    open_server_database(made.url("precinct_template")).dispose()
    with psycopg.connect(host="127.0.0.1", port=port, user=SUPERUSER,
                         dbname="precinct_template") as conn:
        made.template_tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version' ORDER BY tablename")]
        conn.execute(_RESET_FUNCTION)
        conn.commit()
    made.head = HEAD_REVISION
    return made


# One round trip empties a used database (DELETE beats TRUNCATE on a test's few rows)
# and says whether its schema is still the template's (a migration test changes it).
_RESET_FUNCTION = """
CREATE FUNCTION precinct_test_reset(tables text[], head text) RETURNS boolean
LANGUAGE plpgsql AS $f$
DECLARE t text; s text;
BEGIN
  PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid();
  IF ARRAY(SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'
           AND tablename <> 'alembic_version' ORDER BY tablename) <> tables
     OR (SELECT max(version_num) FROM alembic_version) IS DISTINCT FROM head THEN
    RETURN false;
  END IF;
  SET LOCAL session_replication_role = replica;
  FOREACH t IN ARRAY tables LOOP EXECUTE format('DELETE FROM %I', t); END LOOP;
  FOR s IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
    PERFORM setval(format('%I', s), 1, false);
  END LOOP;
  RETURN true;
END $f$;
"""


def install_shim(monkeypatch: Any) -> TestCluster:
    """Make every station the test opens live on the cluster (see the module's text)."""
    from precinct_app import db as dbmod

    made = cluster()
    made.databases.clear()

    def engine_for(path: Path | None) -> Any:
        if path is None:
            name = made.new_database()
        else:
            st = Path(path).stat()
            key = (st.st_dev, st.st_ino)
            name = made.databases.get(key) or made.new_database()
            made.databases[key] = name
        return dbmod.make_pg_engine(made.url(name))

    def read_only_engine(path: Path, uri: str) -> Any:
        del uri
        return engine_for(path)

    monkeypatch.setattr(dbmod, "make_engine", engine_for)
    monkeypatch.setattr(dbmod, "_read_only_engine", read_only_engine)
    return made
