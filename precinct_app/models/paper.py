"""Ballots issued from the paper list while a desk had lost the server, entered afterwards.

Each row is one voter's ballot in one contest as written on the paper list. Entered
without a clash, it points at the issuance it made (``issuance_id``; that issuance's
``document`` is ``paper_list``); when the voter already held a live ballot (or was
excluded, or holds an absentee certificate) no issuance is made and the row is a
conflict (``conflict``, ``other_issuance_id``) until the chair resolves it.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base

_MEMBER_FK = "commission_member.id"


class PaperEntry(Base):
    """One paper-list mark entered: the ballot it made, or the conflict it raised."""

    __tablename__ = "paper_entry"
    __table_args__ = (
        CheckConstraint(
            "(conflict IS NULL AND issuance_id IS NOT NULL)"
            " OR (conflict IS NOT NULL AND issuance_id IS NULL)",
            name="entered_or_conflict",
        ),
        CheckConstraint(
            "(resolution IS NULL AND resolved_at IS NULL AND resolved_by IS NULL"
            " AND resolve_reason IS NULL)"
            " OR (conflict IS NOT NULL AND resolution IS NOT NULL AND resolved_at IS NOT NULL"
            " AND resolved_by IS NOT NULL AND resolve_reason IS NOT NULL)",
            name="resolve_complete",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    voter_id: Mapped[int] = mapped_column(ForeignKey("voter.id"))
    contest_id: Mapped[str] = mapped_column(String(64), ForeignKey("contest.id"))
    issued_by: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    paper_at: Mapped[str] = mapped_column(String(40))  # the time on the paper, as UTC ISO
    entered_at: Mapped[str] = mapped_column(String(40))
    entered_by: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    desk: Mapped[str] = mapped_column(String(64), default="")  # "" on a single laptop
    issuance_id: Mapped[int | None] = mapped_column(
        ForeignKey("issuance.id"), nullable=True, unique=True
    )
    conflict: Mapped[str | None] = mapped_column(String(32), nullable=True)
    other_issuance_id: Mapped[int | None] = mapped_column(
        ForeignKey("issuance.id"), nullable=True
    )
    other_desk: Mapped[str | None] = mapped_column(String(64), nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True)
    resolved_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(
        String(64), ForeignKey(_MEMBER_FK), nullable=True
    )
    resolve_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    journal_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("journal_entry.id"), nullable=True
    )
