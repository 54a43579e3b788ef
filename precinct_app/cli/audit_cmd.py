"""``precinct audit verify``."""

from __future__ import annotations

import argparse
from typing import Any

from precinct_app.cli.context import CliContext, Failure
from precinct_app.services import audit


def register(sub: Any) -> None:
    """Add the ``audit`` commands."""
    parser = sub.add_parser("audit", help="the audit log")
    audit_sub = parser.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = audit_sub.add_parser("verify", help="recompute the audit chain")
    verify.set_defaults(handler=cmd_verify)


def cmd_verify(ctx: CliContext, _args: argparse.Namespace) -> int:
    """Exit 0 iff the audit chain is intact; name the first broken event otherwise."""
    db = ctx.open_read_only()
    with db.reading() as session:
        report = audit.verify_chain(session)
    if not report.ok:
        raise Failure(ctx.say(f"audit_{report.problem}", seq=report.broken_seq))
    ctx.out(
        ctx.say("audit_ok", events=report.events, seq=report.head.seq, hash=report.head.hash)
    )
    return 0
