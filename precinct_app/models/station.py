"""The station: its election, precinct, commission and contests (from the package)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base, str_id


class Station(Base):
    """The single row describing this polling station and its election."""

    __tablename__ = "station"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    election_id: Mapped[str_id]
    election_date: Mapped[str] = mapped_column(String(10))  # ISO date
    timezone: Mapped[str] = mapped_column(String(64))
    precinct_number: Mapped[str] = mapped_column(String(32))
    # The whole validated election.json, canonical JSON: the source for texts and hours.
    package_json: Mapped[str] = mapped_column(Text)
    is_demo: Mapped[bool] = mapped_column(default=False)
    phase: Mapped[str] = mapped_column(String(16), default="setup")
    created_at: Mapped[str] = mapped_column(String(40))  # UTC ISO 8601
    key_fingerprint: Mapped[str] = mapped_column(String(32), default="")


class CommissionMember(Base):
    """A member of the precinct commission, as listed in the package."""

    __tablename__ = "commission_member"
    __table_args__ = (
        CheckConstraint(
            "role IN ('chair', 'deputy_chair', 'secretary', 'member')", name="role"
        ),
    )

    id: Mapped[str_id] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    position: Mapped[int]


class Contest(Base):
    """A contest (referendum question or race) with its resolved protocol form."""

    __tablename__ = "contest"
    __table_args__ = (
        CheckConstraint("ballots_received >= 0", name="ballots_received_nonneg"),
        CheckConstraint("kind IN ('referendum', 'candidates', 'party_list')", name="kind"),
    )

    id: Mapped[str_id] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int]
    protocol_form_id: Mapped[str] = mapped_column(String(64))
    # The whole form (lines and checks) as canonical JSON, frozen at station creation.
    form_json: Mapped[str] = mapped_column(Text)
    ballots_received: Mapped[int]


class ContestOption(Base):
    """One option of a contest (yes/no, a candidate, a party), in ballot order."""

    __tablename__ = "contest_option"

    contest_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("contest.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str_id] = mapped_column(primary_key=True)
    position: Mapped[int]
