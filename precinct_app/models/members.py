"""Members' PINs (docs/formats.md §7): a slow salted hash, the failures and the wait."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base


class MemberPin(Base):
    """One member's PIN: never in the clear, never exported.

    ``pin_hash`` is NULL until the member chooses a PIN, and again after the chair
    resets it (``reset_by``), which lets the member choose once voting has opened.
    """

    __tablename__ = "member_pin"
    __table_args__ = (CheckConstraint("failures >= 0", name="failures_nonneg"),)

    member_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("commission_member.id"), primary_key=True
    )
    pin_hash: Mapped[str | None] = mapped_column(Text, nullable=True)
    set_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    # Wrong PINs in a row, counted before the (slow) check so that parallel guesses count.
    failures: Mapped[int] = mapped_column(default=0)
    # UTC on the system clock (not the replaceable station clock): until then, refused.
    wait_until: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reset_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reset_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
