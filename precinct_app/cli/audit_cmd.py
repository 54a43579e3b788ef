"""``precinct audit verify``."""

from __future__ import annotations

import argparse
from typing import Any

from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.services import anchor, audit, reconcile


def register(sub: Any) -> None:
    """Add the ``audit`` commands."""
    parser = sub.add_parser("audit", help=hint("help_audit"))
    audit_sub = parser.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = audit_sub.add_parser("verify", help=hint("help_audit_verify"))
    verify.set_defaults(handler=cmd_verify)


SHOWN = 50  # discrepancies listed before "... and N more"


def cmd_verify(ctx: CliContext, _args: argparse.Namespace) -> int:
    """Exit 0 iff the audit chain is intact and the tables are what it says.

    The chain's first broken event is named; then every record that does not agree
    with the log (services.reconcile), one a line, the verdict last.
    """
    db = ctx.open_read_only()
    with db.reading() as session:
        report = audit.verify_chain(session)
        if not report.ok:
            raise Failure(ctx.say(f"audit_{report.problem}", seq=report.broken_seq))
        found = reconcile.reconcile(session)
    for item in found.discrepancies[:SHOWN]:
        ctx.out(ctx.say(item.code, **item.params))
    if len(found.discrepancies) > SHOWN:
        ctx.out(ctx.say("integrity_more", count=len(found.discrepancies) - SHOWN))
    if not found.ok:
        raise Failure(ctx.say("integrity_failed", count=len(found.discrepancies),
                              first=found.discrepancies[0]))
    ctx.out(
        ctx.say("audit_ok", events=report.events, seq=report.head.seq, hash=report.head.hash)
    )
    ctx.out(ctx.say("integrity_ok", events=found.events))
    ctx.out(ctx.say("head_anchor", head=anchor.head_text(report.head)))
    return 0
