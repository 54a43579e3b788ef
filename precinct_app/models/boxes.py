"""Portable boxes opened at the count, and absentee certificates issued before voting day."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base, partial_unique_index

_MEMBER_FK = "commission_member.id"


class PortableBoxCount(Base):
    """The ballots found in one trip's portable box at the count, beside its requests.

    ``requests`` is frozen when counted (the live issuances on the trip); the box is
    over when ``found > requests`` and then every ballot in it is invalid (art. 43).
    """

    __tablename__ = "portable_box_count"
    __table_args__ = (
        CheckConstraint("found >= 0", name="found_nonneg"),
        CheckConstraint("requests >= 0", name="requests_nonneg"),
        Index("uq_portable_box_count_trip_contest", "trip_id", "contest_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("outside_trip.id"))
    contest_id: Mapped[str] = mapped_column(String(64), ForeignKey("contest.id"))
    found: Mapped[int]
    requests: Mapped[int]
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    at: Mapped[str] = mapped_column(String(40))  # UTC ISO 8601


class AbsenteeCertificate(Base):
    """An absentee certificate issued to a voter on this station's list.

    Cancelling (the certificate came back unused before the deadline) marks the row,
    never deletes it; a voter holds at most one live certificate.
    """

    __tablename__ = "absentee_certificate"
    __table_args__ = (
        CheckConstraint(
            "(cancelled_at IS NULL AND cancelled_by IS NULL AND cancel_reason IS NULL)"
            " OR (cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL"
            " AND cancel_reason IS NOT NULL)",
            name="cancel_complete",
        ),
        partial_unique_index("uq_absentee_live_voter", "voter_id",
                             where="cancelled_at IS NULL"),
        partial_unique_index("uq_absentee_live_number", "number",
                             where="cancelled_at IS NULL"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    voter_id: Mapped[int] = mapped_column(ForeignKey("voter.id"))
    number: Mapped[str] = mapped_column(String(32))
    issued_at: Mapped[str] = mapped_column(String(40))
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    cancelled_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    cancelled_by: Mapped[str | None] = mapped_column(
        String(64), ForeignKey(_MEMBER_FK), nullable=True
    )
    cancel_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
