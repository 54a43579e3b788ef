"""The voter list."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base


class Voter(Base):
    """One entry of the voter list.

    ``surname_key`` and ``given_name_key`` hold the search-folded names (see
    ``services.text.fold``) so that prefix search is an index range scan that is
    case-insensitive for every Kazakh and Russian letter.
    """

    __tablename__ = "voter"
    __table_args__ = (
        CheckConstraint("list_no > 0", name="list_no_positive"),
        CheckConstraint("length(iin) = 12", name="iin_length"),
        CheckConstraint("status IN ('active', 'excluded')", name="status"),
        CheckConstraint("origin IN ('list', 'added')", name="origin"),
        Index("ix_voter_name_keys", "surname_key", "given_name_key", "list_no"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_no: Mapped[int] = mapped_column(unique=True)
    iin: Mapped[str] = mapped_column(String(12), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(300), default="")
    section: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(16), default="active")
    origin: Mapped[str] = mapped_column(String(16), default="list")
    surname_key: Mapped[str] = mapped_column(String(100))
    given_name_key: Mapped[str] = mapped_column(String(100))
