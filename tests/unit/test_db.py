"""The station database: pragmas on every connection, migrations, refusing newer schemas."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from precinct_app.db import DatabaseError, current_revision, head_revision, open_database


@pytest.mark.sqlite_only
def test_pragmas_on_every_connection(db_file: Path) -> None:
    db = open_database(db_file, create=True)
    for _ in range(2):
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        db.engine.dispose()  # the next loop gets a brand-new connection


def test_new_database_is_at_head(db_file: Path) -> None:
    db = open_database(db_file, create=True)
    assert current_revision(db.engine) == head_revision()


def test_missing_file_is_not_created_silently(db_file: Path) -> None:
    with pytest.raises(DatabaseError) as info:
        open_database(db_file)
    assert info.value.code == "db_missing"
    assert not db_file.exists()


def test_older_database_is_upgraded(db_file: Path) -> None:
    # A database from before the first schema (empty file) is brought to head.
    db_file.write_bytes(b"")
    db = open_database(db_file)
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM voter")).scalar() == 0


@pytest.mark.sqlite_only
def test_database_from_the_first_release_is_upgraded_with_its_data(db_file: Path) -> None:
    from alembic import command

    from precinct_app.db import _alembic_config, make_engine

    engine = make_engine(db_file)
    command.upgrade(_alembic_config(engine), "0001")  # the schema as the first release made it
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO voter (list_no, iin, surname, given_name, patronymic, birth_date,"
            " address, section, status, origin, surname_key, given_name_key) VALUES (1,"
            " '871008401427', 'Ахметов', 'Ерлан', '', '1987-10-08', '', '1', 'active', 'list',"
            " 'ахметов', 'ерлан')"
        ))
    engine.dispose()
    db = open_database(db_file)
    assert current_revision(db.engine) == head_revision() != "0001"
    with db.reading() as s:
        assert s.execute(text("SELECT surname FROM voter")).scalar() == "Ахметов"
        indexed = s.execute(text("PRAGMA index_info('ix_voter_name_keys')")).all()
    assert [row[2] for row in indexed] == ["surname_key", "given_name_key", "list_no"]


def test_newer_database_is_refused(db_file: Path) -> None:
    db = open_database(db_file, create=True)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(DatabaseError) as info:
        open_database(db_file)
    assert info.value.code == "db_too_new"
    assert info.value.params["revision"] == "9999_future"


def test_not_a_database_is_refused(db_file: Path) -> None:
    db_file.write_text("list_no,iin\n", encoding="utf-8")
    with pytest.raises(DatabaseError) as info:
        open_database(db_file)
    assert info.value.code == "db_not_sqlite"
    assert db_file.read_text(encoding="utf-8") == "list_no,iin\n"


def test_read_session_does_not_wait_for_a_writer(db_file: Path) -> None:
    db = open_database(db_file, create=True)
    with db.transaction() as writer:
        writer.execute(text("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, 'x')"))
        writer.flush()
        with db.reading() as reader:  # would block for busy_timeout with BEGIN IMMEDIATE
            assert reader.execute(text("SELECT count(*) FROM audit_head")).scalar() == 0
