"""``precinct voters find TEXT [--json] [--limit N]``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.cli.numbers import whole
from precinct_app.services import bounds, search


def register(sub: Any) -> None:
    """Add ``voters find``."""
    parser = sub.add_parser("find", help=hint("help_voters_find"))
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument("--json", action="store_true", help=hint("help_voters_find_json"))
    parser.add_argument("--limit", type=whole(1, bounds.MAX_ID), metavar="N",
                        help=hint("help_voters_find_limit"))
    parser.set_defaults(handler=cmd_find)


def cmd_find(ctx: CliContext, args: argparse.Namespace) -> int:
    """Print every match (or the first N)."""
    db = ctx.open_read_only()
    with db.reading() as session:
        found = search.find_voters(session, args.text, args.limit)
    if args.json:
        ctx.out(json.dumps([v.to_json() for v in found], ensure_ascii=False, indent=1))
        return 0
    # Widths from the rows shown, so columns line up without a fixed, too-wide name field.
    number_width = max((len(str(v.list_no)) for v in found), default=1)
    name_width = max((len(v.full_name) for v in found), default=0)
    section_width = max((len(v.section) for v in found), default=0)
    for v in found:
        status = ctx.say(f"status_{v.status}")
        ctx.out(
            f"{v.list_no:>{number_width}}  {v.iin}  {v.full_name:<{name_width}}  "
            f"{v.birth_date:%d.%m.%Y}  {v.section:<{section_width}}  {status}"
        )
    ctx.out(ctx.say("find_count", count=len(found)))
    return 0
