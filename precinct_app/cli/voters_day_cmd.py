"""``precinct voters add`` and ``precinct voters exclude`` (changes on the voting day)."""

from __future__ import annotations

import argparse
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.services import list_changes, voters


def register(sub: Any) -> None:
    """Add ``voters add`` and ``voters exclude``."""
    add = sub.add_parser("add", help=hint("help_voters_add"))
    add.add_argument("--surname", required=True, metavar="S")
    add.add_argument("--given-name", required=True, metavar="G")
    add.add_argument("--patronymic", default="", metavar="P")
    add.add_argument("--iin", required=True, metavar="IIN")
    add.add_argument("--basis", required=True, choices=list_changes.BASES)
    add.add_argument("--reference", required=True, metavar="TEXT")
    add.add_argument("--member", required=True, metavar="ID")
    add.set_defaults(handler=cmd_add)
    exclude = sub.add_parser("exclude", help=hint("help_voters_exclude"))
    exclude.add_argument("voter", metavar="VOTER", help=hint("help_voter"))
    exclude.add_argument("--reason", required=True, metavar="TEXT")
    exclude.add_argument("--member", required=True, metavar="ID")
    exclude.set_defaults(handler=cmd_exclude)


def cmd_add(ctx: CliContext, args: argparse.Namespace) -> int:
    """Add the voter and print their list number."""
    with ctx.open().transaction() as session:
        change = list_changes.add_voter(
            session, ctx.clock, args.member, surname=args.surname, given_name=args.given_name,
            patronymic=args.patronymic, iin_text=args.iin, basis=args.basis,
            reference=args.reference,
        )
    ctx.out(ctx.say("voter_added", list_no=change.list_no))
    return 0


def cmd_exclude(ctx: CliContext, args: argparse.Namespace) -> int:
    """Exclude the voter."""
    with ctx.open().transaction() as session:
        voter = voters.resolve(session, args.voter)
        change = list_changes.exclude_voter(session, ctx.clock, args.member, voter.id, args.reason)
    ctx.out(ctx.say("voter_excluded_done", list_no=change.list_no))
    return 0
