"""The station's stock of ballot papers per contest: received, in use, left.

A desk cannot hand out a ballot the station does not have: issuing, replacing a
spoiled ballot and sending ballots out on a trip are refused when they would
take more ballots into use than the act of receipt records
(``Contest.ballots_received``).

Ballots in use for a contest (each term counts paper that has left the unused pile)::

    in_use = issued            live issuances not on a trip still under way
           + replaced          replacements: each spoilage of a live issuance
                               consumed one more ballot (the spoiled one is kept)
           + out_on_trips      ballots_taken of every trip still under way
           + spoiled_on_trips  ballots_spoiled of every finished trip

- An undone issuance consumes nothing: the record was a mistake (the voter did
  not take that ballot). Its replacement, if any, goes with it: a replacement
  recorded on the wrong voter is recorded again on the right one.
- A trip under way holds all it took, whatever was issued on it so far (those
  issuances are left out of ``issued`` so that they are not counted twice).
- A finished trip balances (taken = issued + returned + spoiled): its live
  issuances are in ``issued``, its spoiled ballots in ``spoiled_on_trips``, and
  what came back unused is back in the stock. ``issuance.undo`` refuses an
  issuance made on a trip that has come back, so that the trip stays balanced.
- A ballot spoiled on a trip is replaced from the trip's own ballots and
  counted in the trip's ``spoiled`` when the box comes back; ``issuance.spoil``
  therefore refuses a replacement for a ballot issued on a trip, so no paper is
  counted both as a replacement and as spoiled on a trip.

``ballots_left = received - in_use`` never goes below zero: every action that
takes ballots into use checks it in the same write transaction (``BEGIN
IMMEDIATE``), so two desks cannot both take the last ballot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import BindParameter, Select, String, Table, and_, bindparam, func, select
from sqlalchemy.orm import Session

from precinct_app.models import Contest, Issuance, OutsideTrip, Spoilage
from precinct_app.services.errors import InvalidInput, Refused


@dataclass(frozen=True)
class BallotStock:
    """The ballot account of one contest (see the module's formula)."""

    contest_id: str
    received: int
    issued: int  # live issuances not on a trip under way
    replaced: int  # replacements of spoiled ballots (live issuances)
    out_on_trips: int  # taken by trips under way
    spoiled_on_trips: int  # spoiled on finished trips

    @property
    def in_use(self) -> int:
        """Ballots no longer in the station's unused stock."""
        return self.issued + self.replaced + self.out_on_trips + self.spoiled_on_trips

    @property
    def left(self) -> int:
        """Unused ballots still at the station."""
        return self.received - self.in_use


_CONTESTS = cast(Table, Contest.__table__)
_ISSUANCES = cast(Table, Issuance.__table__)
_SPOILAGES = cast(Table, Spoilage.__table__)
_TRIPS = cast(Table, OutsideTrip.__table__)


def _stock_query() -> Select[tuple[int, int, int, int, int, int]]:
    # Built once, on the tables: the desks run it before every ballot they hand out.
    # Each part is shaped for the index it can use: live issuances are counted on the
    # partial index of live rows alone, the few trips and spoilages drive the rest.
    contest_id: BindParameter[str] = bindparam("contest_id", type_=String())
    i, sp, trip = _ISSUANCES.c, _SPOILAGES.c, _TRIPS.c
    live = (
        select(func.count())
        .select_from(_ISSUANCES)
        .where(i.contest_id == contest_id, i.undone_at.is_(None))
        .scalar_subquery()
    )
    on_this_trip = (
        select(func.count())
        .select_from(_ISSUANCES)
        .where(i.trip_id == trip.id, i.undone_at.is_(None))
        .scalar_subquery()
    )
    under_way = and_(trip.contest_id == contest_id, trip.ended_at.is_(None))
    live_on_open_trips = (
        select(func.coalesce(func.sum(on_this_trip), 0)).where(under_way).scalar_subquery()
    )
    out_on_trips = (
        select(func.coalesce(func.sum(trip.ballots_taken), 0)).where(under_way).scalar_subquery()
    )
    spoiled_on_trips = (
        select(func.coalesce(func.sum(trip.ballots_spoiled), 0))
        .where(trip.contest_id == contest_id, trip.ended_at.is_not(None))
        .scalar_subquery()
    )
    replaced = (
        select(func.count())
        .select_from(_SPOILAGES)
        .where(
            select(i.id)
            .where(i.id == sp.issuance_id, i.contest_id == contest_id, i.undone_at.is_(None))
            .exists()
        )
        .scalar_subquery()
    )
    return select(
        _CONTESTS.c.ballots_received, live, live_on_open_trips, replaced, out_on_trips,
        spoiled_on_trips,
    ).where(_CONTESTS.c.id == contest_id)


_STOCK = _stock_query()


def stock(session: Session, contest_id: str) -> BallotStock:
    """The ballot account of ``contest_id`` (one query)."""
    row = session.execute(_STOCK, {"contest_id": contest_id}).first()
    if row is None:
        raise InvalidInput("contest_unknown", contest=contest_id)
    received, live, live_on_open_trips, replaced, out_on_trips, spoiled_on_trips = (
        int(v) for v in row
    )
    return BallotStock(
        contest_id, received, live - live_on_open_trips, replaced, out_on_trips, spoiled_on_trips
    )


def in_use(session: Session, contest_id: str) -> int:
    """Ballots of ``contest_id`` no longer in the unused stock."""
    return stock(session, contest_id).in_use


def ballots_left(session: Session, contest_id: str) -> int:
    """Unused ballots of ``contest_id`` still at the station (for the screens)."""
    return stock(session, contest_id).left


def require_left(session: Session, contest_id: str, wanted: int = 1) -> BallotStock:
    """The stock, if ``wanted`` more ballots can be taken into use; ``Refused`` otherwise.

    ``no_ballots_left`` for one ballot (an issue or a replacement),
    ``trip_exceeds_stock`` for more (a trip leaving with ``wanted`` ballots).
    """
    found = stock(session, contest_id)
    if wanted > found.left:
        params = {"contest": contest_id, "received": found.received, "in_use": found.in_use}
        if wanted == 1:
            raise Refused("no_ballots_left", **params)
        raise Refused("trip_exceeds_stock", ballots=wanted, left=max(found.left, 0), **params)
    return found
