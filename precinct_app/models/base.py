"""Declarative base and shared column types."""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import Index, MetaData, String, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, mapped_column
from sqlalchemy.schema import CreateIndex

# Explicit constraint names keep Alembic migrations stable across backends.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

str_id = Annotated[str, mapped_column(String(64))]


class Base(DeclarativeBase):
    """The one declarative base of the station schema."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def partial_unique_index(name: str, *columns: str, where: str) -> Index:
    """A unique index over the rows where ``where`` holds, on SQLite and on PostgreSQL.

    SQLite's own ``sqlite_where``; PostgreSQL's WHERE is added when the index is created
    there (below), because a ``postgresql_where`` argument makes SQLAlchemy import its
    whole PostgreSQL dialect with the models, a tenth of a second of every start-up of
    a station that never uses it.
    """
    return Index(name, *columns, unique=True, sqlite_where=text(where),
                 info={"postgresql_where": where})


@compiles(CreateIndex, "postgresql")
def _create_partial_index(create: CreateIndex, compiler: Any, **kw: Any) -> str:
    sql: str = compiler.visit_create_index(create, **kw)
    where = create.element.info.get("postgresql_where")
    return f"{sql} WHERE {where}" if where else sql
