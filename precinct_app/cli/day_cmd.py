"""``precinct day open|close`` and ``precinct ballots receive CONTEST N``."""

from __future__ import annotations

import argparse
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.cli.numbers import whole
from precinct_app.services import phases
from precinct_app.services.localize import clock_text
from precinct_app.services.station import load_station


def register(sub: Any) -> None:
    """Add ``day`` and ``ballots``."""
    day = sub.add_parser("day", help=hint("help_day"))
    day_sub = day.add_subparsers(dest="day_command", required=True, metavar="ACTION")
    opening = day_sub.add_parser("open", help=hint("help_day_open"))
    opening.add_argument("--member", required=True, metavar="ID", help=hint("help_member_pin"))
    opening.set_defaults(handler=cmd_open)
    closing = day_sub.add_parser("close", help=hint("help_day_close"))
    closing.add_argument("--member", required=True, metavar="ID", help=hint("help_member_pin"))
    closing.add_argument("--reason", default="", metavar="TEXT", help=hint("help_day_close_reason"))
    closing.set_defaults(handler=cmd_close)
    ballots = sub.add_parser("ballots", help=hint("help_ballots"))
    ballots_sub = ballots.add_subparsers(dest="ballots_command", required=True, metavar="ACTION")
    receive = ballots_sub.add_parser("receive", help=hint("help_ballots_receive"))
    receive.add_argument("contest", metavar="CONTEST")
    receive.add_argument("count", type=whole(), metavar="N")
    receive.add_argument("--member", required=True, metavar="ID", help=hint("help_member_pin"))
    receive.set_defaults(handler=cmd_receive)


def _report(ctx: CliContext, code: str, result: phases.PhaseResult, tz: str) -> None:
    if result.outside_hours:
        ctx.err(ctx.say("training_outside_hours"))
    at = clock_text(result.at, tz)
    ctx.out(ctx.say(code, at=at, member=result.member.name))


def cmd_open(ctx: CliContext, args: argparse.Namespace) -> int:
    """Open voting."""
    member = args.member  # proven by PIN before this runs (cli.signin)
    with ctx.open().transaction() as session:
        result = phases.open_voting(session, ctx.clock, member)
        tz = load_station(session).timezone
    _report(ctx, "day_opened", result, tz)
    return 0


def cmd_close(ctx: CliContext, args: argparse.Namespace) -> int:
    """Close voting."""
    member = args.member  # proven by PIN before this runs (cli.signin)
    with ctx.open().transaction() as session:
        result = phases.close_voting(session, ctx.clock, member, args.reason)
        tz = load_station(session).timezone
    _report(ctx, "day_closed", result, tz)
    return 0


def cmd_receive(ctx: CliContext, args: argparse.Namespace) -> int:
    """Correct the number of ballots received for a contest."""
    with ctx.open().transaction() as session:
        result = phases.receive_ballots(
            session, ctx.clock, args.member, args.contest, args.count
        )
    ctx.out(
        ctx.say("ballots_received_set", contest=result.contest_id, before=result.before,
                after=result.after)
    )
    return 0
