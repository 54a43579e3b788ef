"""The journal of complaints, remarks and observers' acts, and disputed-ballot decisions.

Rows are never deleted: a decision, once recorded, is final; a correction is a new
entry that refers to the one it corrects (``refers_to``), as on the paper journal.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base

_MEMBER_FK = "commission_member.id"


class JournalEntry(Base):
    """One complaint, remark or observer's act, and the commission's decision on it."""

    __tablename__ = "journal_entry"
    __table_args__ = (
        CheckConstraint("kind IN ('complaint', 'remark', 'act')", name="kind"),
        CheckConstraint("from_kind IN ('observer', 'voter', 'member', 'other')",
                        name="from_kind"),
        CheckConstraint("annex IN (0, 1) AND (annex = 0 OR kind = 'act')", name="annex_act"),
        CheckConstraint(
            "(decision IS NULL AND decided_at IS NULL AND decided_by IS NULL"
            " AND votes_for IS NULL AND votes_against IS NULL AND votes_abstained IS NULL)"
            " OR (decision IS NOT NULL AND decided_at IS NOT NULL AND decided_by IS NOT NULL"
            " AND votes_for >= 0 AND votes_against >= 0 AND votes_abstained >= 0)",
            name="decision_complete",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_at: Mapped[str] = mapped_column(String(40))  # UTC ISO 8601
    kind: Mapped[str] = mapped_column(String(16))
    from_kind: Mapped[str] = mapped_column(String(16))
    # As the person gave them for the record (no link to any register: docs/domain.md §13).
    from_name: Mapped[str] = mapped_column(String(300))
    from_organisation: Mapped[str] = mapped_column(String(300), default="")
    about: Mapped[str] = mapped_column(Text)
    annex: Mapped[int] = mapped_column(Integer, default=0)
    refers_to: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    decision: Mapped[str | None] = mapped_column(Text, nullable=True)
    votes_for: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes_against: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes_abstained: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(
        String(64), ForeignKey(_MEMBER_FK), nullable=True
    )
    decided_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


class DisputedBallot(Base):
    """The commission's vote on one disputed ballot at the count."""

    __tablename__ = "disputed_ballot"
    __table_args__ = (
        CheckConstraint("decision IN ('valid', 'invalid', 'not_counted')", name="decision"),
        CheckConstraint("(decision = 'valid') = (option_id IS NOT NULL)", name="valid_option"),
        CheckConstraint("votes_for >= 0 AND votes_against >= 0 AND votes_abstained >= 0",
                        name="votes_nonneg"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[str] = mapped_column(String(64), ForeignKey("contest.id"))
    decision: Mapped[str] = mapped_column(String(16))
    option_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    votes_for: Mapped[int] = mapped_column(Integer)
    votes_against: Mapped[int] = mapped_column(Integer)
    votes_abstained: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    at: Mapped[str] = mapped_column(String(40))
