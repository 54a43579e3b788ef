"""Members signed in at the desks, and the idle lock's time (docs/formats.md §7).

The window proves the member with :func:`pins.authenticate` first, then records the
sign-in here: one transaction, the audit event with the desk's name in it. The rows
live in the station database so that a member signed in at one desk is shown as such
at every desk on the same station.
"""

from __future__ import annotations

import socket
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from precinct_app.models import DeskSession, DeskSetting
from precinct_app.services import audit, bounds, build_id, permissions, pins
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput
from precinct_app.services.station import Member

IDLE_DEFAULT, IDLE_MIN, IDLE_MAX = 10, 1, 60  # minutes
DESK_NAME_MAX = 64


@dataclass(frozen=True)
class DeskState:
    """One desk and who is signed in there (``member_id`` '' when nobody)."""

    desk: str
    member_id: str
    since: str  # UTC ISO 8601


def clean_desk_name(name: str) -> str:
    """A desk name fit for the audit log: printable, trimmed, at most 64 characters."""
    shown = "".join(c for c in name if unicodedata.category(c)[0] not in "CZ" or c == " ")
    return " ".join(shown.split())[:DESK_NAME_MAX]


def desk_name(setting: str = "") -> str:
    """This computer's desk name: the setting, else the host name, else ``desk``."""
    return clean_desk_name(setting) or clean_desk_name(socket.gethostname()) or "desk"


def _row(session: Session, desk: str, clock: Clock) -> DeskSession:
    row = session.get(DeskSession, desk)
    if row is None:
        row = DeskSession(desk=desk, member_id=None, since=clock.utc_iso())
        session.add(row)
    return row


def sign_in(session: Session, clock: Clock, desk: str, member_id: str) -> Member:
    """Record ``member_id`` (already proven by their PIN) as the member at ``desk``.

    A different member still signed in there is signed out first (a switch), in the
    same transaction. Signing in again after the idle lock is recorded too.
    """
    who = permissions.member(session, member_id)
    row = _row(session, desk, clock)
    if row.member_id and row.member_id != who.id:
        audit.record(session, clock, row.member_id, "member.signed_out",
                     {"member": row.member_id, "desk": desk, "reason": "switch"})
    again = row.member_id == who.id
    row.member_id, row.since = who.id, clock.utc_iso()
    # The build the desk runs: the log then says which software recorded the day, for
    # the territorial commission to hold against the published id (docs/formats.md §9).
    audit.record(session, clock, who.id, "member.signed_in",
                 {"member": who.id, "desk": desk, "again": again,
                  "build": build_id.current().build_id})
    return who


def sign_out(session: Session, clock: Clock, desk: str, reason: str = "sign_out") -> str:
    """Nobody at ``desk`` any more; the member who was there ('' when nobody was)."""
    row = session.get(DeskSession, desk)
    if row is None or not row.member_id:
        return ""
    was = row.member_id
    row.member_id, row.since = None, clock.utc_iso()
    audit.record(session, clock, was, "member.signed_out",
                 {"member": was, "desk": desk, "reason": reason})
    return was


def desks(session: Session) -> list[DeskState]:
    """Every desk with a member signed in, by desk name."""
    rows = session.scalars(select(DeskSession).where(DeskSession.member_id.is_not(None))
                           .order_by(DeskSession.desk))
    return [DeskState(r.desk, r.member_id or "", r.since) for r in rows]


def elsewhere(session: Session, desk: str) -> dict[str, str]:
    """Members signed in at another desk than ``desk``: member id -> that desk."""
    return {d.member_id: d.desk for d in desks(session) if d.desk != desk}


def idle_minutes(session: Session) -> int:
    """Minutes without input before the window locks (default 10)."""
    row = session.get(DeskSetting, 1)
    return row.idle_minutes if row is not None else IDLE_DEFAULT


def set_idle_minutes(session: Session, clock: Clock, member_id: str, value: str | int) -> int:
    """The chair sets the idle-lock time (1 to 60 minutes); the minutes now in force."""
    chair = permissions.require(session, member_id, "idle_lock")
    try:
        minutes = bounds.parse_whole(str(value), IDLE_MIN, IDLE_MAX, "idle_minutes")
    except InvalidInput:
        raise InvalidInput("desk_idle_bounds", low=IDLE_MIN, high=IDLE_MAX) from None
    row = session.get(DeskSetting, 1)
    if row is None:
        row = DeskSetting(id=1, idle_minutes=IDLE_DEFAULT)
        session.add(row)
    if row.idle_minutes != minutes:
        before = row.idle_minutes
        row.idle_minutes = minutes
        audit.record(session, clock, chair.id, "desk.idle_lock_set",
                     {"minutes": minutes, "before": before})
    return minutes


def backup_pin_matches(path: Path, member_id: str, pin: str) -> bool:
    """True when ``pin`` is ``member_id``'s PIN as the backup at ``path`` holds it.

    For the restore, where the station database may be lost or damaged: the chair
    proves themselves against the records being restored. A backup holding no PIN for
    them (made before PINs, or never set) proves nothing: refused (``False``).
    """
    from precinct_app.services import backup  # the restore's module: not at start-up

    return pins.verify_hash(backup.backup_pin_hash(path, member_id), pin)
