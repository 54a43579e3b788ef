"""The people at the station: those present (observers, proxies, media) and their
visits, the certified copies of the protocol given out, and the posted copy."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base, partial_unique_index

_MEMBER_FK = "commission_member.id"


class PresentPerson(Base):
    """A person the law lets into the station, as they gave themselves for the record."""

    __tablename__ = "present_person"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('international_observer', 'domestic_observer', 'party_observer',"
            " 'proxy', 'media')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    mandate: Mapped[str] = mapped_column(String(64), default="")
    # Folded name + kind + organisation: the same person coming back is found again.
    match_key: Mapped[str] = mapped_column(String(480), index=True)
    recorded_by: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    recorded_at: Mapped[str] = mapped_column(String(40))  # UTC ISO 8601


class PresenceVisit(Base):
    """One stay of a person at the station: in, and out once they leave."""

    __tablename__ = "presence_visit"
    __table_args__ = (
        CheckConstraint(
            "(left_at IS NULL AND left_by IS NULL) OR (left_at IS NOT NULL AND left_by IS NOT NULL"
            " AND left_at >= arrived_at)", name="left_complete"),
        # A person is in the station at most once at a time.
        partial_unique_index("uq_presence_visit_open", "person_id", where="left_at IS NULL"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("present_person.id"))
    arrived_at: Mapped[str] = mapped_column(String(40))
    arrived_by: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    left_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    left_by: Mapped[str | None] = mapped_column(String(64), ForeignKey(_MEMBER_FK), nullable=True)


class ProtocolCopy(Base):
    """A certified copy of a signed protocol version: its number, to whom, when, by whom."""

    __tablename__ = "protocol_copy"
    __table_args__ = (
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("chair_id <> secretary_id", name="two_signers"),
        # One numbering per contest: a number names one paper, whatever its version.
        Index("uq_protocol_copy_contest_number", "contest_id", "number", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[str] = mapped_column(String(64), ForeignKey("contest.id"))
    protocol_id: Mapped[int] = mapped_column(ForeignKey("protocol.id"))
    version: Mapped[int]
    number: Mapped[int]
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("present_person.id"), nullable=True
    )
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_organisation: Mapped[str] = mapped_column(String(200), default="")
    issued_at: Mapped[str] = mapped_column(String(40))
    chair_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    secretary_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))


class ProtocolPosting(Base):
    """The time a signed protocol version was posted for public review (once per version)."""

    __tablename__ = "protocol_posting"

    protocol_id: Mapped[int] = mapped_column(ForeignKey("protocol.id"), primary_key=True)
    contest_id: Mapped[str] = mapped_column(String(64), ForeignKey("contest.id"))
    version: Mapped[int]
    posted_at: Mapped[str] = mapped_column(String(40))
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
