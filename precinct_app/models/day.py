"""The voting day: phases, ballot issuance, spoilage, outside voting, turnout snapshots."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base, partial_unique_index

_MEMBER_FK = "commission_member.id"


class PhaseChange(Base):
    """One transition of the station's phase: who, when, from, to and why."""

    __tablename__ = "phase_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40))  # UTC ISO 8601
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    from_phase: Mapped[str] = mapped_column(String(16))
    to_phase: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")


class OutsideApplication(Base):
    """A written application to vote outside the premises (one per voter)."""

    __tablename__ = "outside_application"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    voter_id: Mapped[int] = mapped_column(ForeignKey("voter.id"), unique=True)
    received_at: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(300), default="")
    reason: Mapped[str] = mapped_column(Text)
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    # Set only when the application came after the configured deadline.
    late_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class OutsideTrip(Base):
    """One trip of the portable box: two members, the ballots taken and brought back."""

    __tablename__ = "outside_trip"
    __table_args__ = (
        CheckConstraint("ballots_taken >= 0", name="taken_nonneg"),
        CheckConstraint(
            "ballots_returned IS NULL OR ballots_returned >= 0", name="returned_nonneg"
        ),
        CheckConstraint("ballots_spoiled IS NULL OR ballots_spoiled >= 0", name="spoiled_nonneg"),
        CheckConstraint("member1_id <> member2_id", name="two_members"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[str] = mapped_column(String(64), ForeignKey("contest.id"))
    member1_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    member2_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    ballots_taken: Mapped[int]
    ballots_returned: Mapped[int | None] = mapped_column(nullable=True)
    ballots_spoiled: Mapped[int | None] = mapped_column(nullable=True)
    started_at: Mapped[str] = mapped_column(String(40))
    ended_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


class Issuance(Base):
    """One ballot handed to a voter for a contest; undoing marks it, never deletes it."""

    __tablename__ = "issuance"
    __table_args__ = (
        CheckConstraint("place IN ('premises', 'outside')", name="place"),
        CheckConstraint(
            "(undone_at IS NULL AND undone_by IS NULL AND undo_reason IS NULL)"
            " OR (undone_at IS NOT NULL AND undone_by IS NOT NULL AND undo_reason IS NOT NULL)",
            name="undo_complete",
        ),
        # The database's own guarantee of one live ballot per voter and contest.
        partial_unique_index("uq_issuance_live", "voter_id", "contest_id",
                             where="undone_at IS NULL"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    voter_id: Mapped[int] = mapped_column(ForeignKey("voter.id"))
    contest_id: Mapped[str] = mapped_column(String(64), ForeignKey("contest.id"))
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    place: Mapped[str] = mapped_column(String(16))
    document: Mapped[str] = mapped_column(String(32))  # the kind of document, never its number
    trip_id: Mapped[int | None] = mapped_column(ForeignKey("outside_trip.id"), nullable=True)
    issued_at: Mapped[str] = mapped_column(String(40))
    undone_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    undone_by: Mapped[str | None] = mapped_column(
        String(64), ForeignKey(_MEMBER_FK), nullable=True
    )
    undo_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class Spoilage(Base):
    """The one replacement of a spoiled ballot (unique per issuance)."""

    __tablename__ = "spoilage"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuance_id: Mapped[int] = mapped_column(ForeignKey("issuance.id"), unique=True)
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    at: Mapped[str] = mapped_column(String(40))


class TurnoutSnapshot(Base):
    """Turnout frozen at a configured report time, computed from issuance times."""

    __tablename__ = "turnout_snapshot"
    __table_args__ = (
        CheckConstraint("issued >= 0", name="issued_nonneg"),
        CheckConstraint("on_list >= 0", name="on_list_nonneg"),
        Index("uq_turnout_snapshot_time_contest", "report_time", "contest_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_time: Mapped[str] = mapped_column(String(5))  # "HH:MM", election time zone
    contest_id: Mapped[str] = mapped_column(String(64), ForeignKey("contest.id"))
    issued: Mapped[int]
    on_list: Mapped[int]
    taken_at: Mapped[str] = mapped_column(String(40))
