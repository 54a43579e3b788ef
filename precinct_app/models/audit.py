"""The hash-chained audit log (docs/formats.md §4)."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base


class AuditEvent(Base):
    """One audit event; ``hash`` chains it to the previous one."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRecord(Base):
    """The chain's newest seq and hash, kept apart from the events.

    Removing the newest events leaves a valid but shorter chain; comparing it
    with this record shows the truncation.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
