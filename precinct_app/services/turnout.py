"""Turnout: live per contest and list section, per-hour rate, and frozen snapshots.

Turnout = voters holding a ballot / voters on the list. Snapshots at the
configured report times are computed from issuance times (not from when the
app happened to run), so a report time passed while the app was closed still
gets its true figure; once stored, a snapshot never changes.
No vote totals exist here: only ballots issued.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from precinct_app.models import Issuance, PhaseChange, TurnoutSnapshot, Voter
from precinct_app.services import audit, localize
from precinct_app.services.clock import Clock
from precinct_app.services.issuance import contest_ids
from precinct_app.services.phases import parse_utc
from precinct_app.services.station import StationInfo, load_station


@dataclass(frozen=True)
class TurnoutLine:
    """Ballots issued against voters on the list, for a contest (and a section)."""

    contest_id: str
    section: str  # "" for the whole station
    issued: int
    on_list: int

    @property
    def percent(self) -> float:
        """Turnout in percent, one decimal."""
        return round(100.0 * self.issued / self.on_list, 1) if self.on_list else 0.0


@dataclass(frozen=True)
class Snapshot:
    """Turnout frozen at a report time (HH:MM in the election's time zone)."""

    report_time: str
    contest_id: str
    issued: int
    on_list: int

    @property
    def percent(self) -> float:
        """Turnout in percent, one decimal (as :attr:`TurnoutLine.percent`)."""
        return round(100.0 * self.issued / self.on_list, 1) if self.on_list else 0.0


@dataclass(frozen=True)
class TurnoutReport:
    """Live turnout, the issuance rate per local hour, and the snapshots so far."""

    station: tuple[TurnoutLine, ...]
    sections: tuple[TurnoutLine, ...]
    per_hour: tuple[tuple[str, str, int], ...]  # (contest, "HH", ballots issued in that hour)
    snapshots: tuple[Snapshot, ...]
    # The local date the report times fall on: the day voting was opened (None before).
    day: dt.date | None = None


@dataclass(frozen=True)
class ReportTime:
    """One configured report time of one contest, frozen or still to come."""

    report_time: str
    contest_id: str
    snapshot: Snapshot | None  # None: not frozen (yet)
    due: bool  # the time has come; a due time without a snapshot is about to be frozen


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _counts_at(session: Session, contest_id: str, at: str) -> tuple[int, int]:
    """(issued, on list) as they stood at the UTC instant ``at``."""
    issued = session.scalar(
        select(func.count()).select_from(Issuance).where(
            Issuance.contest_id == contest_id,
            Issuance.issued_at <= at,
            or_(Issuance.undone_at.is_(None), Issuance.undone_at > at),
        )
    ) or 0
    on_list = session.scalar(
        select(func.count()).select_from(Voter).where(
            or_(Voter.excluded_at.is_(None), Voter.excluded_at > at),
            or_(Voter.added_at.is_(None), Voter.added_at <= at),
        )
    ) or 0
    return issued, on_list


def voting_day(session: Session, info: StationInfo) -> dt.date | None:
    """The local date voting was opened on; the report times fall on it.

    In official mode that is the election date (the hours are enforced). A training
    run on another day then gets its report times on the day it is run, instead of
    snapshots of an election day long past. None until voting has been opened.
    """
    opened = session.scalar(
        select(PhaseChange.at).where(PhaseChange.to_phase == "voting_open")
        .order_by(PhaseChange.id).limit(1)
    )
    return parse_utc(opened).astimezone(localize.zone(info.timezone)).date() if opened else None


def take_due_snapshots(session: Session, clock: Clock) -> list[Snapshot]:
    """Store the snapshot of every report time already passed and not yet stored."""
    clock = clock.snapshot()  # one instant for every time this action stores
    info = load_station(session)
    zone = localize.zone(info.timezone)
    now = clock.now_utc()
    day = voting_day(session, info)
    if day is None:
        return []  # nothing can have been issued before voting opened
    have = {
        (r.report_time, r.contest_id)
        for r in session.execute(select(TurnoutSnapshot.report_time, TurnoutSnapshot.contest_id))
    }
    made: list[Snapshot] = []
    for hhmm in info.turnout_report_times:
        hours, minutes = (int(p) for p in hhmm.split(":"))
        moment = dt.datetime.combine(day, dt.time(hours, minutes), tzinfo=zone)
        if moment > now:
            continue
        for contest_id in contest_ids(session):
            if (hhmm, contest_id) in have:
                continue
            issued, on_list = _counts_at(session, contest_id, _iso(moment))
            session.add(
                TurnoutSnapshot(report_time=hhmm, contest_id=contest_id, issued=issued,
                                on_list=on_list, taken_at=clock.utc_iso())
            )
            made.append(Snapshot(hhmm, contest_id, issued, on_list))
    if made:
        session.flush()
        audit.record(
            session, clock, "system", "turnout.snapshot",
            {"snapshots": [[s.report_time, s.contest_id, s.issued, s.on_list] for s in made]},
        )
    return made


def report(session: Session) -> TurnoutReport:
    """Live turnout per contest and per section, the hourly rate and the stored snapshots."""
    info = load_station(session)
    zone = localize.zone(info.timezone)
    live = Issuance.undone_at.is_(None)
    active = Voter.status == "active"
    station_lines: list[TurnoutLine] = []
    section_lines: list[TurnoutLine] = []
    hours: list[tuple[str, str, int]] = []
    on_list = session.scalar(select(func.count()).select_from(Voter).where(active)) or 0
    by_section = dict(
        session.execute(select(Voter.section, func.count()).where(active).group_by(Voter.section))
        .all()
    )
    for contest_id in contest_ids(session):
        issued = session.scalar(
            select(func.count()).select_from(Issuance)
            .where(Issuance.contest_id == contest_id, live)
        ) or 0
        station_lines.append(TurnoutLine(contest_id, "", issued, on_list))
        issued_by_section = dict(
            session.execute(
                select(Voter.section, func.count())
                .join(Issuance, Issuance.voter_id == Voter.id)
                .where(Issuance.contest_id == contest_id, live)
                .group_by(Voter.section)
            ).all()
        )
        for section in sorted(set(by_section) | set(issued_by_section)):
            section_lines.append(
                TurnoutLine(contest_id, section, issued_by_section.get(section, 0),
                            by_section.get(section, 0))
            )
        per_hour: dict[str, int] = {}
        for at in session.scalars(
            select(Issuance.issued_at).where(Issuance.contest_id == contest_id, live)
        ):
            hour = parse_utc(at).astimezone(zone).strftime("%H")
            per_hour[hour] = per_hour.get(hour, 0) + 1
        hours.extend((contest_id, h, n) for h, n in sorted(per_hour.items()))
    snapshots = tuple(
        Snapshot(r.report_time, r.contest_id, r.issued, r.on_list)
        for r in session.scalars(
            select(TurnoutSnapshot).order_by(
                TurnoutSnapshot.report_time, TurnoutSnapshot.contest_id
            )
        )
    )
    return TurnoutReport(tuple(station_lines), tuple(section_lines), tuple(hours), snapshots,
                         voting_day(session, info))


def _report_moment(info: StationInfo, day: dt.date | None, hhmm: str) -> dt.datetime:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    return dt.datetime.combine(day or info.election_date, dt.time(hours, minutes),
                               tzinfo=localize.zone(info.timezone))


def report_times(
    rep: TurnoutReport, info: StationInfo, now: dt.datetime
) -> tuple[ReportTime, ...]:
    """Every configured report time per contest with its snapshot, if stored (read only).

    Stored snapshots of a time no longer configured are kept too, so nothing frozen
    is ever hidden.
    """
    stored = {(s.report_time, s.contest_id): s for s in rep.snapshots}
    times = sorted(set(info.turnout_report_times) | {t for t, _ in stored})
    contests = [line.contest_id for line in rep.station] or sorted({c for _, c in stored})
    return tuple(
        ReportTime(hhmm, contest_id, stored.get((hhmm, contest_id)),
                   rep.day is not None and _report_moment(info, rep.day, hhmm) <= now)
        for hhmm in times
        for contest_id in contests
    )


def day_hours(
    rep: TurnoutReport, info: StationInfo, contest_id: str
) -> tuple[tuple[str, int], ...]:
    """Ballots issued per local hour ("HH", n) over the voting hours, every hour listed.

    The range runs from the opening hour to the last hour before closing and is
    widened to any hour with issuance (training runs at any time of day).
    """
    counts = {h: n for c, h, n in rep.per_hour if c == contest_id}
    first = int(info.opens[:2])
    close_h, close_m = (int(p) for p in info.closes.split(":"))
    last = close_h - 1 if close_m == 0 else close_h
    wanted = {int(h) for h in counts} | set(range(first, max(first, last) + 1))
    return tuple((f"{h:02d}", counts.get(f"{h:02d}", 0))
                 for h in range(min(wanted), max(wanted) + 1))
