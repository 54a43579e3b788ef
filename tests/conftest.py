"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from precinct_app.db import Database, open_database
from precinct_app.resources import resource_path
from precinct_app.services.clock import Clock
from tests.pg import install_shim, on_postgresql, pg_bin_dir

# Two busy cores in CI: no per-example deadline, fixed derandomised runs.
settings.register_profile(
    "precinct", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
# On the PostgreSQL run every example's station is a database of the cluster: fewer
# examples there (the properties are the engine's, not the shrinker's, to find).
settings.register_profile("precinct-pg", parent=settings.get_profile("precinct"),
                          max_examples=10, stateful_step_count=20)
settings.load_profile("precinct-pg" if on_postgresql() else "precinct")

# ``ctx`` and ``demo_ctx``, the window's context, for tests/gui and tests/window alike;
# ``cli``, the command line in-process.
pytest_plugins = ["tests.qt_fixtures", "tests.cli_fixtures"]

DATA = Path(__file__).parent / "data"
VOTING_DAY_MORNING = dt.datetime.fromisoformat("2024-10-06T09:00:00+05:00")


def pytest_configure(config: pytest.Config) -> None:
    del config
    if on_postgresql() and pg_bin_dir() is None:
        pytest.exit("PRECINCT_TEST_ENGINE=postgresql needs PostgreSQL's server binaries "
                    "(initdb): run tools/system-deps.sh as root, or apt-get install "
                    "postgresql", returncode=1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as ``gui`` so ``-m 'not gui'`` runs anywhere; on the
    PostgreSQL run, skip what only a SQLite file has (``sqlite_only``) and what runs on
    PostgreSQL in the first run already (``postgresql_itself``)."""
    skip_sqlite = pytest.mark.skip(reason="a SQLite file's own behaviour")
    skip_repeat = pytest.mark.skip(reason="on PostgreSQL in the first run already")
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "/gui/" in str(item.fspath):
            item.add_marker(pytest.mark.gui)
        if on_postgresql() and item.get_closest_marker("sqlite_only"):
            item.add_marker(skip_sqlite)
        if on_postgresql() and item.get_closest_marker("postgresql_itself"):
            item.add_marker(skip_repeat)


@pytest.fixture(autouse=True)
def _station_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # PRECINCT_TEST_ENGINE=postgresql: every station the test opens lives on PostgreSQL.
    if not on_postgresql():
        yield
        return
    made = install_shim(monkeypatch)
    # The previous test's databases go now, not at its teardown: a window's timer that
    # fires while pytest-qt closes it still finds its station.
    made.drop_made()
    yield


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No test may touch the real user data directory or inherit a station.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.delenv("PRECINCT_DB", raising=False)
    monkeypatch.delenv("PRECINCT_NOW", raising=False)
    monkeypatch.setenv("PRECINCT_LANG", "en")


@pytest.fixture(autouse=True)
def _quick_pin_hash(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Every PIN is still checked, by the same argon2id, at the lowest cost: the station's
    # cost (about 0.15 s a check, more on a loaded machine) is measured by
    # ``python -m bench --only pin``, not paid by every command of every test.
    from argon2 import PasswordHasher

    from precinct_app.services import pins

    monkeypatch.setattr(pins, "_HASHER", PasswordHasher(time_cost=1, memory_cost=256,
                                                        parallelism=1))
    pins.demo_hash.cache_clear()
    yield
    pins.demo_hash.cache_clear()


@pytest.fixture
def clock() -> Clock:
    """A replaced clock that ticks from the morning of the sample election day.

    It advances with real time, as a station's clock does between and within actions,
    so a test meets what two readings of the clock do; a test that asserts a time
    takes ``frozen_clock``.
    """
    return Clock.ticking(VOTING_DAY_MORNING)


@pytest.fixture
def frozen_clock() -> Clock:
    """A clock held at the morning of the sample election day (tests that assert a time)."""
    return Clock(fixed=VOTING_DAY_MORNING)


@pytest.fixture
def db() -> Iterator[Database]:
    """A fresh, migrated in-memory station database with no station."""
    database = open_database(None)
    yield database
    database.dispose()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """Where a file-backed station database would go."""
    return tmp_path / "station.sqlite3"


@pytest.fixture
def sample_election() -> dict[str, Any]:
    """The shipped sample ``election.json`` (KZ referendum, precinct 164)."""
    data: dict[str, Any] = json.loads(
        resource_path("demo/election.json").read_text(encoding="utf-8")
    )
    return data
