"""``precinct count step STEP --member ID [--cancelled [CONTEST=]N]...`` and ``count status``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from precinct_app.cli import boxes_cmd, journal_cmd
from precinct_app.cli.context import CliContext, hint
from precinct_app.services import bounds, counting, issuance
from precinct_app.services.errors import InvalidInput
from precinct_app.services.localize import clock_text
from precinct_app.services.station import load_station

DAY_CLOCK = "%d.%m %H:%M"  # the 12-hour limit may end the next day


def register(sub: Any) -> None:
    """Add ``count``."""
    parser = sub.add_parser("count", help=hint("help_count"))
    count_sub = parser.add_subparsers(dest="count_command", required=True, metavar="ACTION")
    step = count_sub.add_parser(
        "step", help=hint("help_count_step", steps=", ".join(counting.STEPS))
    )
    step.add_argument("step", metavar="STEP", help=", ".join(counting.STEPS))
    step.add_argument("--member", required=True, metavar="ID")
    step.add_argument(
        "--cancelled", action="append", default=[], metavar="[CONTEST=]N",
        help=hint("help_count_cancelled"),
    )
    step.set_defaults(handler=cmd_step)
    state = count_sub.add_parser("status", help=hint("help_count_status"))
    state.add_argument("--json", action="store_true", help=hint("help_json"))
    state.set_defaults(handler=cmd_status)
    journal_cmd.register_count(count_sub)  # count dispute, count disputes (issue 14)
    boxes_cmd.register_count(count_sub)


def _cancelled(ctx: CliContext, items: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:
        contest, _, number = item.rpartition("=")
        if not contest:
            with ctx.open().reading() as session:
                contest = issuance.default_contest(session, None)
        if not (number.isascii() and number.isdigit()):
            raise InvalidInput("protocol_value_bad", item=item)
        out[contest] = bounds.parse_whole(number, 0, bounds.SQLITE_MAX,
                                             field=bounds.shown(item))
    return out


def cmd_step(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record one step."""
    cancelled = _cancelled(ctx, args.cancelled) if args.cancelled else None
    with ctx.open().transaction() as session:
        record = counting.record_step(session, ctx.clock, args.member, args.step, cancelled)
        station = load_station(session)
        state = counting.status(session, ctx.clock)
    name = next((m.name for m in station.commission if m.id == record.member_id), record.member_id)
    ctx.out(ctx.say("count_step_recorded", step=record.step,
                    at=clock_text(record.at, station.timezone), member=name))
    if record.step == counting.CANCEL:
        for contest, detail in record.detail.items():
            ctx.out("  " + ctx.say("count_cancel_line", contest=contest, **detail))
    if state.next_step:
        ctx.out(ctx.say("count_next_step", step=state.next_step))
    return 0


def cmd_status(ctx: CliContext, args: argparse.Namespace) -> int:
    """Print the count's progress."""
    with ctx.open().reading() as session:
        state = counting.status(session, ctx.clock)
        expected = counting.expected(session)
        tz = load_station(session).timezone
    if args.json:
        doc = {
            "phase": state.phase,
            "steps": [{"step": r.step, "member": r.member_id, "at": r.at.isoformat(),
                       "detail": r.detail} for r in state.done],
            "next_step": state.next_step,
            "started_at": state.started_at.isoformat() if state.started_at else None,
            "deadline": state.deadline.isoformat() if state.deadline else None,
            "over_limit": state.over_limit,
            "expected": [{"contest": e.contest_id, "received": e.received, "issued": e.issued,
                          "to_cancel": e.to_cancel, "spoiled": e.spoiled} for e in expected],
        }
        ctx.out(json.dumps(doc, ensure_ascii=False, indent=1))
        return 0
    for r in state.done:
        ctx.out(f"{clock_text(r.at, tz)}  {r.member_id:<8} {ctx.say('step_' + r.step)}")
    if state.started_at and state.deadline:
        deadline = clock_text(state.deadline, tz, DAY_CLOCK)
        ctx.out(ctx.say("count_limit", started=clock_text(state.started_at, tz),
                        deadline=deadline))
        if state.over_limit:
            ctx.out(ctx.say("count_over_limit", deadline=deadline))
    if state.next_step:
        ctx.out(ctx.say("count_next_step", step=state.next_step))
        if state.next_step == counting.CANCEL:
            for e in expected:
                ctx.out("  " + ctx.say("count_cancel_line", contest=e.contest_id,
                                       cancelled="?", expected=e.to_cancel, spoiled=e.spoiled))
    return 0
