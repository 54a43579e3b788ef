"""Declarative base and shared column types."""

from __future__ import annotations

from typing import Annotated

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, mapped_column

# Explicit constraint names keep Alembic migrations stable across backends.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

str_id = Annotated[str, mapped_column(String(64))]
text_kk = Annotated[str, mapped_column(String(500), default="")]


class Base(DeclarativeBase):
    """The one declarative base of the station schema."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
