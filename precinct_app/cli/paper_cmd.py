"""``precinct paper enter|conflicts|resolve``: ballots issued from the paper list while a desk
had lost the server, entered afterwards (docs/domain.md §5, services.paper_entries)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.cli.numbers import whole
from precinct_app.services import paper_entries
from precinct_app.services.localize import clock_text
from precinct_app.services.station import load_station


def register(sub: Any) -> None:
    """Add ``paper`` and its actions."""
    parser = sub.add_parser("paper", help=hint("help_paper"))
    p_sub = parser.add_subparsers(dest="paper_command", required=True, metavar="ACTION")
    enter = p_sub.add_parser("enter", help=hint("help_paper_enter"))
    enter.add_argument("--voter", required=True, metavar="VOTER", help=hint("help_paper_voter"))
    enter.add_argument("--at", required=True, metavar="HH:MM", help=hint("help_paper_at"))
    enter.add_argument("--contest", action="append", metavar="ID",
                       help=hint("help_paper_contest"))
    enter.add_argument("--issued-by", metavar="ID", help=hint("help_paper_issued_by"))
    enter.add_argument("--member", required=True, metavar="ID")
    enter.set_defaults(handler=cmd_enter)
    listing = p_sub.add_parser("conflicts", help=hint("help_paper_conflicts"))
    listing.add_argument("--json", action="store_true", help=hint("help_json"))
    listing.set_defaults(handler=cmd_conflicts)
    resolve = p_sub.add_parser("resolve", help=hint("help_paper_resolve"))
    resolve.add_argument("entry", type=whole(1), metavar="ID")
    resolve.add_argument("--as", dest="resolution", required=True,
                         choices=paper_entries.RESOLUTIONS, help=hint("help_paper_as"))
    resolve.add_argument("--reason", required=True, metavar="TEXT")
    resolve.add_argument("--member", required=True, metavar="ID")
    resolve.set_defaults(handler=cmd_resolve)


def cmd_enter(ctx: CliContext, args: argparse.Namespace) -> int:
    """Enter one mark; a conflict is recorded too (exit 0) and said so."""
    with ctx.open().transaction() as session:
        done = paper_entries.enter(session, ctx.clock, args.member, args.voter, args.at,
                                   args.issued_by, args.contest)
        names = {m.id: m.name for m in load_station(session).commission}
    for line in done.lines:
        if line.conflict is None:
            ctx.out(ctx.say("paper_entered", list_no=done.list_no, contest=line.contest_id,
                            at=done.paper_hhmm, member=names.get(done.issued_by, "")))
        else:
            ctx.out(ctx.say("paper_entered_conflict", list_no=done.list_no,
                            contest=line.contest_id, entry=line.entry_id,
                            conflict=ctx.say(f"paper_conflict_{line.conflict}")))
    return 0


def _json(item: paper_entries.Conflict) -> dict[str, Any]:
    def iso(value: Any) -> str | None:
        return value.isoformat().replace("+00:00", "Z") if value is not None else None

    return {
        "id": item.entry_id, "list_no": item.list_no, "contest": item.contest_id,
        "conflict": item.conflict, "looks_duplicate": item.looks_duplicate,
        "paper": {"at": iso(item.paper_at), "issued_by": item.issued_by, "desk": item.desk,
                  "entered_at": iso(item.entered_at), "entered_by": item.entered_by},
        "recorded": None if item.other_at is None else {
            "at": iso(item.other_at), "issued_by": item.other_member,
            "desk": item.other_desk or "", "from_paper": item.other_from_paper},
        "resolution": item.resolution, "resolved_at": iso(item.resolved_at),
        "resolved_by": item.resolved_by, "reason": item.reason, "journal": item.journal_entry,
    }


def cmd_conflicts(ctx: CliContext, args: argparse.Namespace) -> int:
    """Every conflict, open ones first, both sides."""
    with ctx.open().reading() as session:
        found = paper_entries.conflicts(session)
        tz = load_station(session).timezone
    if args.json:
        ctx.out(json.dumps([_json(x) for x in found], ensure_ascii=False, indent=1))
        return 0
    if not found:
        ctx.out(ctx.say("paper_conflicts_none"))
        return 0
    for item in found:
        state = (ctx.say("paper_conflict_open") if not item.resolved
                 else ctx.say("paper_resolution_" + str(item.resolution)))
        ctx.out(f"{item.entry_id}. № {item.list_no}  {item.contest_id}  "
                f"{ctx.say('paper_conflict_' + item.conflict)}  [{state}]")
        ctx.out("   " + ctx.say("paper_conflict_paper_side", at=clock_text(item.paper_at, tz),
                                member=item.issued_by, desk=item.desk or "—",
                                entered=clock_text(item.entered_at, tz),
                                enterer=item.entered_by))
        if item.other_at is not None:
            ctx.out("   " + ctx.say("paper_conflict_other_side",
                                    at=clock_text(item.other_at, tz),
                                    member=item.other_member or "", desk=item.other_desk or "—"))
        if item.resolved and item.resolved_at is not None:
            ctx.out("   " + ctx.say("paper_resolved_line", at=clock_text(item.resolved_at, tz),
                                    member=item.resolved_by or "",
                                    resolution=ctx.say(f"paper_resolution_{item.resolution}"),
                                    reason=item.reason or ""))
    return 0


def cmd_resolve(ctx: CliContext, args: argparse.Namespace) -> int:
    """The chair resolves one conflict."""
    with ctx.open().transaction() as session:
        done = paper_entries.resolve(session, ctx.clock, args.member, args.entry,
                                     args.resolution, args.reason)
    resolution = ctx.say(f"paper_resolution_{done.resolution}")
    if done.journal_entry is not None:
        ctx.out(ctx.say("paper_resolved_act", entry=done.entry_id, resolution=resolution,
                        journal=done.journal_entry))
    else:
        ctx.out(ctx.say("paper_resolved", entry=done.entry_id, resolution=resolution))
    return 0
