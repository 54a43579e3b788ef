"""Who is signed in at which desk, and the chair's idle-lock time (docs/formats.md §7)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from precinct_app.models.base import Base


class DeskSession(Base):
    """One desk (a computer, by its name) and the member signed in there, if any.

    Kept in the station database, not in the window, so that a member signed in at one
    desk is shown as such at every other desk on the same station (issue 15's server).
    """

    __tablename__ = "desk_session"

    desk: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("commission_member.id"), nullable=True
    )
    since: Mapped[str] = mapped_column(String(40))  # UTC ISO 8601: signed in (or out)


class DeskSetting(Base):
    """The single row of the station's desk settings, set by the chair."""

    __tablename__ = "desk_setting"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("idle_minutes BETWEEN 1 AND 60", name="idle_minutes_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    idle_minutes: Mapped[int] = mapped_column(default=10)
