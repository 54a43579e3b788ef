"""``precinct issue``, ``precinct spoil`` and ``precinct undo`` (VOTER: IIN or list number)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.cli.numbers import whole
from precinct_app.services import issuance, voters
from precinct_app.services.localize import clock_text
from precinct_app.services.station import load_station


def register(sub: Any) -> None:
    """Add ``issue``, ``spoil`` and ``undo``."""
    issue = sub.add_parser("issue", help=hint("help_issue"))
    issue.add_argument("voter", metavar="VOTER", help=hint("help_voter"))
    issue.add_argument("--member", required=True, metavar="ID")
    issue.add_argument("--outside", action="store_true", help=hint("help_issue_outside"))
    issue.add_argument("--contest", metavar="ID")
    issue.add_argument(
        "--document", default="id_card", choices=issuance.DOCUMENTS, metavar="TYPE",
        help=hint("help_issue_document", documents=", ".join(issuance.DOCUMENTS)),
    )
    issue.add_argument("--trip", type=whole(), metavar="TRIP", help=hint("help_issue_trip"))
    issue.set_defaults(handler=cmd_issue)
    spoil = sub.add_parser("spoil", help=hint("help_spoil"))
    spoil.add_argument("voter", metavar="VOTER")
    spoil.add_argument("--member", required=True, metavar="ID")
    spoil.add_argument("--contest", metavar="ID")
    spoil.set_defaults(handler=cmd_spoil)
    undo = sub.add_parser("undo", help=hint("help_undo"))
    undo.add_argument("voter", metavar="VOTER")
    undo.add_argument("--member", required=True, metavar="ID")
    undo.add_argument("--reason", required=True, metavar="TEXT")
    undo.add_argument("--contest", metavar="ID")
    undo.set_defaults(handler=cmd_undo)


def _ballot_action(
    ctx: CliContext,
    args: argparse.Namespace,
    message: str,
    action: Callable[[Any, int, str], Any],
    when: Callable[[Any], dt.datetime],
) -> int:
    """Resolve the voter and contest, run ``action`` in one transaction, print ``message``."""
    with ctx.open().transaction() as session:
        voter = voters.resolve(session, args.voter)
        contest = issuance.default_contest(session, args.contest)
        result = action(session, voter.id, contest)
        at = clock_text(when(result), load_station(session).timezone)
    ctx.out(
        ctx.say(message, contest=contest, list_no=result.list_no, at=at,
                member=result.member.name)
    )
    return 0


def cmd_issue(ctx: CliContext, args: argparse.Namespace) -> int:
    """Issue a ballot to the voter."""
    place = "outside" if args.outside else "premises"
    return _ballot_action(
        ctx, args, "ballot_issued",
        lambda s, voter_id, contest: issuance.issue(
            s, ctx.clock, voter_id, contest, args.member, place=place,
            document=args.document, trip_id=args.trip,
        ),
        lambda result: result.issued_at,
    )


def cmd_spoil(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record the one replacement of a spoiled ballot."""
    return _ballot_action(
        ctx, args, "ballot_spoiled",
        lambda s, voter_id, contest: issuance.spoil(s, ctx.clock, voter_id, contest, args.member),
        lambda result: result.at,
    )


def cmd_undo(ctx: CliContext, args: argparse.Namespace) -> int:
    """Mark a mistaken issuance undone."""
    return _ballot_action(
        ctx, args, "ballot_undone",
        lambda s, voter_id, contest: issuance.undo(
            s, ctx.clock, voter_id, contest, args.member, args.reason
        ),
        lambda result: result.at,
    )
