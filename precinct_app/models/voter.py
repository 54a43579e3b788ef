"""The voter list."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, Index, Integer, String, Text
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
        CheckConstraint(
            "add_basis IS NULL OR add_basis IN ('absentee', 'court', 'registration')",
            name="add_basis",
        ),
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
    # Changes on the voting day (migration 0003): why and by whom a voter was added or excluded.
    add_basis: Mapped[str | None] = mapped_column(String(16), nullable=True)
    add_reference: Mapped[str | None] = mapped_column(String(200), nullable=True)
    added_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    added_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    exclusion_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    excluded_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    excluded_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
