"""Closing: the counting steps and the protocol of each contest, with its versions."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base, partial_unique_index

_MEMBER_FK = "commission_member.id"


class CountStep(Base):
    """One step of the counting sequence, confirmed by a member (each step once)."""

    __tablename__ = "count_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step: Mapped[str] = mapped_column(String(32), unique=True)
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    at: Mapped[str] = mapped_column(String(40))  # UTC ISO 8601
    # What the step recorded, canonical JSON (e.g. the ballots cancelled per contest).
    detail: Mapped[str] = mapped_column(Text, default="{}")


class Protocol(Base):
    """One version of a contest's protocol: a draft, signed (locked), or superseded."""

    __tablename__ = "protocol"
    __table_args__ = (
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("status IN ('draft', 'signed', 'superseded')", name="status"),
        CheckConstraint(
            "(status = 'draft' AND code IS NULL AND signed_at IS NULL)"
            " OR (status <> 'draft' AND code IS NOT NULL AND signed_at IS NOT NULL"
            " AND signed_by IS NOT NULL AND lines_json IS NOT NULL)",
            name="signed_complete",
        ),
        Index("uq_protocol_contest_version", "contest_id", "version", unique=True),
        # At most one version of a contest is open for entry or current.
        partial_unique_index("uq_protocol_current", "contest_id",
                             where="status <> 'superseded'"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[str] = mapped_column(String(64), ForeignKey("contest.id"))
    version: Mapped[int]
    status: Mapped[str] = mapped_column(String(16), default="draft")
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    correction_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    signed_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    signed_by: Mapped[str | None] = mapped_column(
        String(64), ForeignKey(_MEMBER_FK), nullable=True
    )
    code: Mapped[str | None] = mapped_column(String(19), nullable=True)
    # Frozen at signing: every line with value, source and override reason (canonical JSON).
    lines_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class ProtocolValue(Base):
    """A value the commission gave a line: entered, or an override of a computed line."""

    __tablename__ = "protocol_value"
    __table_args__ = (CheckConstraint("value >= 0", name="value_nonneg"),)

    protocol_id: Mapped[int] = mapped_column(
        ForeignKey("protocol.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int]
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    at: Mapped[str] = mapped_column(String(40))


class ProtocolExplanation(Base):
    """The written explanation of a failing warning, signed by the members as an annex."""

    __tablename__ = "protocol_explanation"

    protocol_id: Mapped[int] = mapped_column(
        ForeignKey("protocol.id", ondelete="CASCADE"), primary_key=True
    )
    check_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    member_id: Mapped[str] = mapped_column(String(64), ForeignKey(_MEMBER_FK))
    at: Mapped[str] = mapped_column(String(40))


class ProtocolSignature(Base):
    """A member present at signing, with a dissenting opinion when they gave one."""

    __tablename__ = "protocol_signature"

    protocol_id: Mapped[int] = mapped_column(
        ForeignKey("protocol.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[str] = mapped_column(
        String(64), ForeignKey(_MEMBER_FK), primary_key=True
    )
    dissent: Mapped[str | None] = mapped_column(Text, nullable=True)
