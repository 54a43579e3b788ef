"""``precinct count box|boxes|box-act`` (portable boxes at the count) and ``precinct voters
certificate|certificates`` (absentee certificates): docs/formats.md §5."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.cli.numbers import whole
from precinct_app.services import absentee, pdf_common, portable_boxes, reconcile, voters
from precinct_app.services.localize import DATE_TIME, clock_text
from precinct_app.services.station import load_station


def register_count(count_sub: Any) -> None:
    """Add ``count box``, ``count boxes`` and ``count box-act``."""
    box = count_sub.add_parser("box", help=hint("help_count_box"))
    box.add_argument("trip", metavar="TRIP", type=whole(1))
    box.add_argument("--found", required=True, metavar="N", type=whole(),
                     help=hint("help_count_box_found"))
    box.add_argument("--contest", metavar="ID")
    box.add_argument("--member", required=True, metavar="ID")
    box.set_defaults(handler=cmd_box)
    listing = count_sub.add_parser("boxes", help=hint("help_count_boxes"))
    listing.add_argument("--json", action="store_true", help=hint("help_json"))
    listing.set_defaults(handler=cmd_boxes)
    act = count_sub.add_parser("box-act", help=hint("help_count_box_act"))
    act.add_argument("trip", metavar="TRIP", type=whole(1))
    act.add_argument("--out", required=True, metavar="FILE", help=hint("help_pdf_out"))
    act.add_argument("--lang", default="kk+ru", choices=pdf_common.LANGS,
                     help=hint("help_pdf_lang"))
    act.set_defaults(handler=cmd_box_act)


def register_voters(voters_sub: Any) -> None:
    """Add ``voters certificate`` and ``voters certificates``."""
    cert = voters_sub.add_parser("certificate", help=hint("help_voters_certificate"))
    cert.add_argument("voter", metavar="VOTER", help=hint("help_voter"))
    what = cert.add_mutually_exclusive_group(required=True)
    what.add_argument("--number", metavar="TEXT", help=hint("help_voters_certificate_number"))
    what.add_argument("--cancel", metavar="REASON",
                      help=hint("help_voters_certificate_cancel"))
    cert.add_argument("--member", required=True, metavar="ID")
    cert.set_defaults(handler=cmd_certificate)
    listing = voters_sub.add_parser("certificates", help=hint("help_voters_certificates"))
    listing.add_argument("--json", action="store_true", help=hint("help_json"))
    listing.set_defaults(handler=cmd_certificates)


def _state(ctx: CliContext, b: portable_boxes.BoxView) -> str:
    if b.found is None:
        return ctx.say("box_not_counted_word")
    return ctx.say("box_act_required" if b.over else "box_within")


def cmd_box(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record the ballots found in one box; say when the law voids them."""
    with ctx.open().transaction() as session:
        b = portable_boxes.record(session, ctx.clock, args.member, args.trip, args.found,
                                  args.contest)
    ctx.out(ctx.say("box_counted_done", trip=b.trip_id, found=b.found, requests=b.requests))
    if b.over:
        ctx.out(ctx.say("box_over", found=b.found))
    return 0


def cmd_boxes(ctx: CliContext, args: argparse.Namespace) -> int:
    """List every trip's box."""
    with ctx.open().reading() as session:
        views = portable_boxes.boxes(session)
    if args.json:
        ctx.out(json.dumps([
            {"trip": b.trip_id, "contest": b.contest_id,
             "members": [{"id": c.id, "name": c.name, "role": c.role} for c in b.carriers],
             "requests": b.requests, "found": b.found, "over": b.over,
             "invalid_by_law": b.invalid_by_law,
             "counted_at": b.counted_at.isoformat() if b.counted_at else None}
            for b in views], ensure_ascii=False, indent=1))
        return 0
    if not views:
        ctx.out(ctx.say("box_none"))
    for b in views:
        ctx.out(ctx.say("box_row", trip=b.trip_id, contest=b.contest_id,
                        members=", ".join(c.name for c in b.carriers), requests=b.requests,
                        found="?" if b.found is None else b.found, state=_state(ctx, b)))
    return 0


def cmd_box_act(ctx: CliContext, args: argparse.Namespace) -> int:
    """Write the act of an over box (PDF) atomically and print its path."""
    from precinct_app.services import box_act_page, box_act_pdf

    with ctx.open().reading() as session:
        reconcile.require_intact(session)  # never print from a database changed behind the log
        page = box_act_page.act_page(session, ctx.clock, args.trip, args.lang)
    pdf = box_act_pdf.build(page)
    ctx.out(str(pdf_common.save_pdf(Path(args.out), pdf)))
    return 0


def cmd_certificate(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record (or cancel) a voter's absentee certificate."""
    with ctx.open().transaction() as session:
        voter = voters.resolve(session, args.voter)
        if args.cancel is not None:
            done = absentee.cancel(session, ctx.clock, args.member, voter.id, args.cancel)
        else:
            done = absentee.issue(session, ctx.clock, args.member, voter.id, args.number)
    code = "absentee_cancelled_done" if args.cancel is not None else "absentee_issued_done"
    ctx.out(ctx.say(code, number=done.number, list_no=done.list_no))
    return 0


def cmd_certificates(ctx: CliContext, args: argparse.Namespace) -> int:
    """List the certificates (list number and certificate number; names stay on screen)."""
    with ctx.open().reading() as session:
        rows = absentee.certificates(session)
        tz = load_station(session).timezone
        until = absentee.deadline_text(session)
    if args.json:
        ctx.out(json.dumps([
            {"list_no": r.list_no, "number": r.number, "issued_at": r.issued_at.isoformat(),
             "member": r.member_id, "live": r.live,
             "cancelled_at": r.cancelled_at.isoformat() if r.cancelled_at else None,
             "cancel_reason": r.cancel_reason}
            for r in rows], ensure_ascii=False, indent=1))
        return 0
    ctx.out(ctx.say("absentee_deadline_line", deadline=until))
    if not rows:
        ctx.out(ctx.say("absentee_list_none"))
    for r in rows:
        line = ctx.say("absentee_list_row", list_no=r.list_no, number=r.number,
                       at=clock_text(r.issued_at, tz, DATE_TIME), member=r.member_name)
        if r.cancelled_at is not None:
            line += "  " + ctx.say("absentee_list_cancelled",
                                   at=clock_text(r.cancelled_at, tz, DATE_TIME),
                                   reason=r.cancel_reason or "")
        ctx.out(line)
    return 0
