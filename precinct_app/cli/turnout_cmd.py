"""``precinct turnout [--json | --pdf FILE [--lang kk+ru|kk|ru|en]]``.

Live turnout and the snapshots at the report times; ``--pdf`` writes the printable
report atomically and prints its path.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.services import anchor, audit, pdf_common, turnout, turnout_pdf
from precinct_app.services.station import load_station


def register(sub: Any) -> None:
    """Add ``turnout``."""
    parser = sub.add_parser("turnout", help=hint("help_turnout"))
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=hint("help_json"))
    output.add_argument("--pdf", metavar="FILE",
                        help=hint("help_turnout_pdf"))
    parser.add_argument("--lang", choices=pdf_common.LANGS, default="kk+ru",
                        help=hint("help_pdf_lang"))
    parser.set_defaults(handler=cmd_turnout)


def cmd_turnout(ctx: CliContext, args: argparse.Namespace) -> int:
    """Freeze any due snapshots, then print turnout (or write the PDF)."""
    with ctx.open().transaction() as session:
        turnout.take_due_snapshots(session, ctx.clock)
        rep = turnout.report(session)
        station = load_station(session)
        head = anchor.head_text(audit.head(session))
    if args.pdf:
        clock = ctx.clock
        data = turnout_pdf.build(rep, station, clock.local(station.timezone),
                                 station.training(clock), args.lang, head)
        ctx.out(str(pdf_common.save_pdf(Path(args.pdf), data)))
        return 0
    if args.json:
        doc = {
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
        ctx.out(json.dumps(doc, ensure_ascii=False, indent=1))
        return 0
    for x in rep.station:
        ctx.out(ctx.say("turnout_line", contest=x.contest_id, issued=x.issued,
                        on_list=x.on_list, percent=x.percent))
    for s in rep.snapshots:
        ctx.out(f"  {s.report_time}  {s.contest_id}  {s.issued}/{s.on_list}")
    return 0
