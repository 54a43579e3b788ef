"""``precinct present add|leave|list`` and ``precinct protocol copy|posted|copies``
(docs/formats.md §5, docs/domain.md §12)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.services import attendance, copies, pdf_common, protocol, reconcile
from precinct_app.services.errors import InvalidInput
from precinct_app.services.localize import DATE_TIME, clock_text, station_time
from precinct_app.services.phases import parse_utc
from precinct_app.services.station import load_station

LANGS = ("kk+ru", "kk", "ru", "en")


def register(sub: Any) -> None:
    """Add ``present`` and its actions."""
    parser = sub.add_parser("present", help=hint("help_present"))
    p_sub = parser.add_subparsers(dest="present_command", required=True, metavar="ACTION")
    add = p_sub.add_parser("add", help=hint("help_present_add"))
    add.add_argument("--name", required=True, metavar="NAME")
    add.add_argument("--kind", required=True, metavar="KIND", help=hint("help_present_kind"))
    add.add_argument("--organisation", default="", metavar="ORG")
    add.add_argument("--mandate", default="", metavar="NUMBER")
    add.add_argument("--member", required=True, metavar="ID")
    add.set_defaults(handler=cmd_add)
    leave = p_sub.add_parser("leave", help=hint("help_present_leave"))
    leave.add_argument("person", metavar="PERSON")
    leave.add_argument("--member", required=True, metavar="ID")
    leave.set_defaults(handler=cmd_leave)
    list_ = p_sub.add_parser("list", help=hint("help_present_list"))
    list_.add_argument("--json", action="store_true", help=hint("help_json"))
    list_.set_defaults(handler=cmd_list)


def register_protocol(p_sub: Any) -> None:
    """Add ``protocol copy``, ``protocol posted`` and ``protocol copies``."""
    copy = p_sub.add_parser("copy", help=hint("help_protocol_copy_issue"))
    copy.add_argument("contest", metavar="CONTEST")
    to = copy.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", metavar="PERSON", help=hint("help_copy_to"))
    to.add_argument("--name", metavar="NAME")
    copy.add_argument("--organisation", default="", metavar="ORG")
    copy.add_argument("--member", required=True, metavar="ID")
    copy.add_argument("--secretary", required=True, metavar="ID")
    copy.add_argument("--out", metavar="FILE", help=hint("help_copy_out"))
    copy.add_argument("--lang", choices=LANGS, default="kk+ru")
    # The secretary certifies the copy with the chair: they confirm with their own PIN too.
    copy.set_defaults(handler=cmd_copy, confirm="secretary")
    posted = p_sub.add_parser("posted", help=hint("help_protocol_posted"))
    posted.add_argument("contest", metavar="CONTEST")
    posted.add_argument("--member", required=True, metavar="ID")
    posted.set_defaults(handler=cmd_posted)
    register_ = p_sub.add_parser("copies", help=hint("help_protocol_copies"))
    register_.add_argument("contest", metavar="CONTEST")
    register_.add_argument("--json", action="store_true", help=hint("help_json"))
    register_.add_argument("--pdf", metavar="OUT")
    register_.add_argument("--lang", choices=LANGS, default="kk+ru")
    register_.set_defaults(handler=cmd_copies)


def cmd_add(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record a person coming in."""
    with ctx.open().transaction() as session:
        done = attendance.arrive(session, ctx.clock, args.member, name=args.name,
                                 kind=args.kind, organisation=args.organisation,
                                 mandate=args.mandate)
        tz = load_station(session).timezone
    code = "present_returned_done" if done.returned else "present_arrived_done"
    ctx.out(ctx.say(code, person=done.person_id, name=done.name,
                    at=clock_text(parse_utc(done.at), tz)))
    return 0


def cmd_leave(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record a person leaving."""
    with ctx.open().transaction() as session:
        person = attendance.resolve(session, args.person)
        done = attendance.leave(session, ctx.clock, args.member, person)
        tz = load_station(session).timezone
    ctx.out(ctx.say("present_left_done", person=done.person_id, name=done.name,
                    at=clock_text(parse_utc(done.at), tz)))
    return 0


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> int:
    """The register of those present, with every visit."""
    with ctx.open().reading() as session:
        people = attendance.register(session)
        tz = load_station(session).timezone
    if args.json:
        ctx.out(json.dumps([
            {"id": p.id, "name": p.name, "kind": p.kind, "organisation": p.organisation,
             "mandate": p.mandate, "present": p.present,
             "visits": [{"in": station_time(v.arrived_at, tz).isoformat(),
                         "in_by": v.arrived_by,
                         "out": station_time(v.left_at, tz).isoformat() if v.left_at else None,
                         "out_by": v.left_by} for v in p.visits]}
            for p in people], ensure_ascii=False, indent=1))
        return 0
    if not people:
        ctx.out(ctx.say("present_none"))
        return 0
    for p in people:
        stays = "; ".join(f"{clock_text(v.arrived_at, tz)}–"
                          + (clock_text(v.left_at, tz) if v.left_at else "") for v in p.visits)
        mark = "*" if p.present else " "
        ctx.out(f"{p.id:>4} {mark} {p.name} · {ctx.say('present_kind_' + p.kind)} · "
                f"{p.organisation or '—'} · {p.mandate or '—'} · {stays}")
    ctx.out(ctx.say("present_count", count=sum(p.present for p in people)))
    return 0


def cmd_copy(ctx: CliContext, args: argparse.Namespace) -> int:
    """Register a certified copy, print its number, and write its PDF if asked."""
    from precinct_app.services import protocol_pdf

    with ctx.open().transaction() as session:
        reconcile.require_intact(session)  # never certify a copy of a changed database
        person = attendance.resolve(session, args.to) if args.to is not None else None
        if person is None and not (args.name or "").strip():
            raise InvalidInput("copy_to_needed")
        done = copies.issue_copy(session, ctx.clock, args.member, args.contest,
                                 args.secretary, person_id=person, name=args.name or "",
                                 organisation=args.organisation)
        data = protocol.build(session, ctx.clock, args.contest, done.version)
    ctx.out(ctx.say("copy_issued_done", number=done.number, contest=done.contest_id,
                    version=done.version, name=done.name))
    if args.out:
        pdf = protocol_pdf.build(data, args.lang, copy=done.number)
        ctx.out(str(pdf_common.save_pdf(Path(args.out), pdf)))
    return 0


def cmd_posted(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record the posted copy."""
    with ctx.open().transaction() as session:
        done = copies.post(session, ctx.clock, args.member, args.contest)
        tz = load_station(session).timezone
    ctx.out(ctx.say("posted_done", contest=done.contest_id, version=done.version,
                    at=clock_text(done.posted_at, tz, DATE_TIME)))
    return 0


def cmd_copies(ctx: CliContext, args: argparse.Namespace) -> int:
    """The copies register of a contest, as lines, JSON or the PDF annex."""
    from precinct_app.services import people_pdf

    with ctx.open().reading() as session:
        protocol.build(session, ctx.clock, args.contest)  # an unknown contest is refused
        given = copies.copies_register(session, args.contest)
        posted = copies.postings(session, args.contest)
        tz = load_station(session).timezone
        pdf = people_pdf.render(session, ctx.clock, args.lang, args.contest) if args.pdf else b""
    if args.pdf:
        ctx.out(str(pdf_common.save_pdf(Path(args.pdf), pdf)))
        return 0
    if args.json:
        ctx.out(json.dumps({
            "copies": [{"number": c.number, "version": c.version, "code": c.code,
                        "person": c.person_id, "name": c.name,
                        "organisation": c.organisation, "issued_at": c.issued_at.isoformat(),
                        "chair": c.chair_id, "secretary": c.secretary_id} for c in given],
            "posted": [{"version": p.version, "code": p.code,
                        "posted_at": p.posted_at.isoformat(), "member": p.member_id}
                       for p in posted]}, ensure_ascii=False, indent=1))
        return 0
    if not given:
        ctx.out(ctx.say("copies_none"))
    for c in given:
        ctx.out(f"{c.number:>4}  v{c.version}  {clock_text(c.issued_at, tz, DATE_TIME)}  "
                f"{c.name}" + (f" · {c.organisation}" if c.organisation else "")
                + f"  ({c.chair_name}, {c.secretary_name})")
    for p in posted:
        ctx.out(ctx.say("posted_done", contest=p.contest_id, version=p.version,
                        at=clock_text(p.posted_at, tz, DATE_TIME)))
    if not posted:
        ctx.out(ctx.say("posted_not_yet"))
    return 0
