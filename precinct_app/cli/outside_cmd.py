"""``precinct outside apply`` and ``precinct outside trip start|end``."""

from __future__ import annotations

import argparse
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.cli.numbers import whole
from precinct_app.services import issuance, outside, voters
from precinct_app.services.errors import InvalidInput


def register(sub: Any) -> None:
    """Add ``outside`` and its actions."""
    parser = sub.add_parser("outside", help=hint("help_outside"))
    out_sub = parser.add_subparsers(dest="outside_command", required=True, metavar="ACTION")
    apply = out_sub.add_parser("apply", help=hint("help_outside_apply"))
    apply.add_argument("voter", metavar="VOTER")
    apply.add_argument("--reason", required=True, metavar="TEXT")
    apply.add_argument("--member", required=True, metavar="ID")
    apply.add_argument("--address", default="", metavar="TEXT")
    apply.add_argument("--late-reason", metavar="TEXT", help=hint("help_outside_late"))
    apply.set_defaults(handler=cmd_apply)
    trip = out_sub.add_parser("trip", help=hint("help_outside_trip"))
    trip_sub = trip.add_subparsers(dest="trip_command", required=True, metavar="ACTION")
    start = trip_sub.add_parser("start", help=hint("help_outside_trip_start"))
    start.add_argument("--members", required=True, metavar="ID,ID")
    start.add_argument("--ballots", required=True, type=whole(), metavar="N")
    start.add_argument("--contest", metavar="ID")
    # Both members going out confirm with their PINs (PRECINCT_PINS or the terminal).
    start.set_defaults(handler=cmd_trip_start, confirm="members")
    end = trip_sub.add_parser("end", help=hint("help_outside_trip_end"))
    end.add_argument("trip", type=whole(), metavar="TRIP")
    end.add_argument("--returned", required=True, type=whole(), metavar="N")
    end.add_argument("--spoiled", type=whole(), default=0, metavar="N")
    end.set_defaults(handler=cmd_trip_end)


def cmd_apply(ctx: CliContext, args: argparse.Namespace) -> int:
    """Register an outside-voting application."""
    with ctx.open().transaction() as session:
        voter = voters.resolve(session, args.voter)
        result = outside.apply(
            session, ctx.clock, args.member, voter.id, args.reason, args.address, args.late_reason
        )
    ctx.out(ctx.say("outside_applied", id=result.application_id, list_no=result.list_no))
    return 0


def cmd_trip_start(ctx: CliContext, args: argparse.Namespace) -> int:
    """Start a trip and print its number."""
    members = [m.strip() for m in args.members.split(",") if m.strip()]
    if len(members) != 2:
        raise InvalidInput("trip_needs_two_members")
    with ctx.open().transaction() as session:
        contest = issuance.default_contest(session, args.contest)
        result = outside.start_trip(
            session, ctx.clock, (members[0], members[1]), args.ballots, contest
        )
    ctx.out(
        ctx.say("trip_started", trip=result.trip_id, ballots=result.taken,
                contest=result.contest_id)
    )
    return 0


def cmd_trip_end(ctx: CliContext, args: argparse.Namespace) -> int:
    """End a trip; it must balance."""
    with ctx.open().transaction() as session:
        result = outside.end_trip(session, ctx.clock, args.trip, args.returned, args.spoiled)
    ctx.out(
        ctx.say("trip_ended", trip=result.trip_id, taken=result.taken, issued=result.issued,
                returned=result.returned, spoiled=result.spoiled)
    )
    return 0
