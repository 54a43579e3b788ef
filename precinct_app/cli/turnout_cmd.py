"""``precinct turnout [--json]``: live turnout and the snapshots at the report times."""

from __future__ import annotations

import argparse
import json
from typing import Any

from precinct_app.cli.context import CliContext
from precinct_app.services import turnout


def register(sub: Any) -> None:
    """Add ``turnout``."""
    parser = sub.add_parser("turnout", help="turnout: live and at the report times")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=cmd_turnout)


def cmd_turnout(ctx: CliContext, args: argparse.Namespace) -> int:
    """Freeze any due snapshots, then print turnout."""
    with ctx.open().transaction() as session:
        turnout.take_due_snapshots(session, ctx.clock)
        rep = turnout.report(session)
    if args.json:
        data = {
            "contests": [
                {"contest": x.contest_id, "issued": x.issued, "on_list": x.on_list,
                 "percent": x.percent} for x in rep.station
            ],
            "sections": [
                {"contest": x.contest_id, "section": x.section, "issued": x.issued,
                 "on_list": x.on_list, "percent": x.percent} for x in rep.sections
            ],
            "per_hour": [{"contest": c, "hour": h, "issued": n} for c, h, n in rep.per_hour],
            "snapshots": [
                {"time": s.report_time, "contest": s.contest_id, "issued": s.issued,
                 "on_list": s.on_list} for s in rep.snapshots
            ],
        }
        ctx.out(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    for x in rep.station:
        ctx.out(ctx.say("turnout_line", contest=x.contest_id, issued=x.issued,
                        on_list=x.on_list, percent=x.percent))
    for s in rep.snapshots:
        ctx.out(f"  {s.report_time}  {s.contest_id}  {s.issued}/{s.on_list}")
    return 0
