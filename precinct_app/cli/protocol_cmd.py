"""``precinct protocol set|explain|check|sign|correct|pdf`` (docs/formats.md §5); ``copy``,
``posted`` and ``copies`` live in :mod:`precinct_app.cli.people_cmd`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from precinct_app.cli import people_cmd, signin
from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.cli.numbers import whole
from precinct_app.services import bounds, protocol, reconcile
from precinct_app.services.errors import InvalidInput
from precinct_app.services.localize import DATE_TIME, clock_text, in_language
from precinct_app.services.protocol_data import ProtocolData

LANGS = ("kk+ru", "kk", "ru", "en")


def register(sub: Any) -> None:
    """Add ``protocol`` and its actions."""
    parser = sub.add_parser("protocol", help=hint("help_protocol"))
    p_sub = parser.add_subparsers(dest="protocol_command", required=True, metavar="ACTION")
    set_ = p_sub.add_parser("set", help=hint("help_protocol_set"))
    set_.add_argument("contest", metavar="CONTEST")
    set_.add_argument("values", nargs="+", metavar="KEY=VALUE")
    set_.add_argument("--member", required=True, metavar="ID")
    set_.add_argument("--reason", default="", metavar="TEXT",
                      help=hint("help_protocol_reason"))
    set_.add_argument("--confirmed-by", metavar="ID",
                      help=hint("help_protocol_confirmed_by"))
    # The member who typed the lines again blind confirms with their PIN (cli.signin).
    set_.set_defaults(handler=cmd_set, confirm="confirmed_by")
    explain = p_sub.add_parser("explain", help=hint("help_protocol_explain"))
    explain.add_argument("contest", metavar="CONTEST")
    explain.add_argument("check", metavar="CHECK_ID")
    explain.add_argument("text", metavar="TEXT")
    explain.add_argument("--member", required=True, metavar="ID")
    explain.set_defaults(handler=cmd_explain)
    check = p_sub.add_parser("check", help=hint("help_protocol_check"))
    check.add_argument("contest", metavar="CONTEST")
    check.add_argument("--json", action="store_true", help=hint("help_json"))
    check.add_argument("--version", type=whole(), metavar="N", help=hint("help_protocol_version"))
    check.set_defaults(handler=cmd_check)
    sign = p_sub.add_parser("sign", help=hint("help_protocol_sign"))
    sign.add_argument("contest", metavar="CONTEST")
    sign.add_argument("--member", required=True, metavar="ID")
    sign.add_argument("--present", required=True, metavar="ID,ID,...",
                      help=hint("help_sign_present"))
    sign.add_argument("--dissent", action="append", default=[], metavar="ID:TEXT")
    sign.set_defaults(handler=cmd_sign, confirm="present")
    correct = p_sub.add_parser("correct", help=hint("help_protocol_correct"))
    correct.add_argument("contest", metavar="CONTEST")
    correct.add_argument("--reason", required=True, metavar="TEXT")
    correct.add_argument("--member", required=True, metavar="ID")
    correct.set_defaults(handler=cmd_correct)
    pdf = p_sub.add_parser("pdf", help=hint("help_protocol_pdf"))
    pdf.add_argument("contest", metavar="CONTEST")
    pdf.add_argument("--out", required=True, metavar="FILE")
    pdf.add_argument("--lang", choices=LANGS, default="kk+ru")
    pdf.add_argument("--copy", type=whole(), metavar="N", help=hint("help_protocol_copy"))
    pdf.add_argument("--enlarged", action="store_true", help=hint("help_protocol_enlarged"))
    pdf.add_argument("--version", type=whole(), metavar="N", help=hint("help_protocol_version"))
    pdf.set_defaults(handler=cmd_pdf)
    people_cmd.register_protocol(p_sub)  # copy, posted, copies (issue 14)


def _values(items: list[str]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for item in items:
        key, sep, number = item.partition("=")
        key, number = key.strip(), number.strip()
        if not sep or not key:
            raise InvalidInput("protocol_value_bad", item=item)
        if number == "":
            out[key] = None
            continue
        if not (number.isascii() and number.isdigit()):
            raise InvalidInput("protocol_value_bad", item=item)
        if bounds.too_long(number):  # the service's range check needs an int() first
            raise InvalidInput("protocol_value_out_of_range", value=bounds.shown(number),
                               limit=protocol.MAX_VALUE)
        out[key] = int(number)
    return out


def _print_lines(ctx: CliContext, data: ProtocolData) -> None:
    lang = ctx.lang
    for line in data.lines:
        value = "" if line.value is None else str(line.value)
        mark = ""
        if line.overridden:
            mark = f"  * {line.computed} -> {line.value}: {line.override_reason}"
        elif line.is_computed:
            mark = "  (=)"
        label = in_language(line.label, lang) or line.key
        ctx.out(f"{line.number:>3}  {value:>8}  {label}{mark}")


def _print_problems(ctx: CliContext, data: ProtocolData) -> None:
    for line in data.empty_lines():
        ctx.err(ctx.say("protocol_line_empty", number=line.number))
    for c in data.failing():
        ctx.err(ctx.say("protocol_check_fails", severity=c.severity, check=c.id, rule=c.rule,
                        left=c.left, right=c.right, difference=c.difference))
        message = in_language(c.message, ctx.lang)
        ctx.err("    " + message)
        if c.explanation:
            ctx.err("    " + ctx.say("protocol_explained", text=c.explanation))


def _json(data: ProtocolData) -> dict[str, Any]:
    return {
        "contest": data.contest_id, "version": data.version, "status": data.status,
        "code": data.code, "ready": protocol.ready(data),
        "signed_at": data.signed_at.isoformat() if data.signed_at else None,
        "lines": [
            {"number": x.number, "key": x.key, "value": x.value, "source": x.source,
             "computed": x.computed, "override_reason": x.override_reason}
            for x in data.lines
        ],
        "checks": [
            {"id": c.id, "severity": c.severity, "rule": c.rule, "holds": c.holds,
             "left": c.left, "right": c.right, "difference": c.difference,
             "missing": list(c.missing), "explanation": c.explanation}
            for c in data.checks
        ],
    }


def cmd_set(ctx: CliContext, args: argparse.Namespace) -> int:
    """Set protocol lines in one transaction."""
    values = _values(args.values)
    with ctx.open().transaction() as session:
        data = protocol.set_values(session, ctx.clock, args.member, args.contest, values,
                                   args.reason, args.confirmed_by)
    _print_lines(ctx, data)
    _print_problems(ctx, data)
    return 0


def cmd_explain(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record an explanation of a failing warning."""
    with ctx.open().transaction() as session:
        data = protocol.explain(session, ctx.clock, args.member, args.contest, args.check,
                                args.text)
    check = next(c for c in data.checks if c.id == args.check)
    ctx.out(ctx.say("protocol_explained", text=check.explanation or ""))
    return 0


def cmd_check(ctx: CliContext, args: argparse.Namespace) -> int:
    """Print the lines and the checks; exit 0 iff filled and no error fails."""
    with ctx.open().reading() as session:
        data = protocol.build(session, ctx.clock, args.contest, args.version)
    ok = protocol.ready(data)
    if args.json:
        ctx.out(json.dumps(_json(data), ensure_ascii=False, indent=1))
    else:
        _print_lines(ctx, data)
        _print_problems(ctx, data)
    if not ok:
        raise Failure(ctx.say("protocol_check_failed", contest=data.contest_id,
                              version=data.version))
    if not args.json:
        ctx.out(ctx.say("protocol_check_ok", contest=data.contest_id, version=data.version))
    return 0


def cmd_sign(ctx: CliContext, args: argparse.Namespace) -> int:
    """Sign the current version."""
    # Each present member confirmed by PIN before this runs (cli.signin, or it refused):
    # the quorum counts those who did.
    proven = set(signin.confirmed(args))
    present = [m for m in signin.member_ids(args.present) if m in proven]
    dissent: dict[str, str] = {}
    for item in args.dissent:
        member, sep, text = item.partition(":")
        if not sep:
            raise InvalidInput("dissent_empty", member=member)
        dissent[member.strip()] = text
    with ctx.open().transaction() as session:
        data = protocol.sign(session, ctx.clock, args.member, args.contest, present, dissent)
    at = clock_text(data.signed_at, data.timezone, DATE_TIME) if data.signed_at else ""
    ctx.out(ctx.say("protocol_signed_done", contest=data.contest_id, version=data.version,
                    at=at, protocol_code=data.code))
    return 0


def cmd_correct(ctx: CliContext, args: argparse.Namespace) -> int:
    """Open the next version of a signed protocol."""
    with ctx.open().transaction() as session:
        data = protocol.correct(session, ctx.clock, args.member, args.contest, args.reason)
    ctx.out(ctx.say("protocol_corrected", contest=data.contest_id, version=data.version,
                    previous=data.version - 1))
    return 0


def cmd_pdf(ctx: CliContext, args: argparse.Namespace) -> int:
    """Write the protocol PDF atomically and print its path."""
    from precinct_app.services import pdf_common, protocol_pdf

    with ctx.open().reading() as session:
        reconcile.require_intact(session)  # never print from a database changed behind the log
        data = protocol.build(session, ctx.clock, args.contest, args.version)
    if args.copy is not None and args.copy < 1:
        raise InvalidInput("copy_number_bad", value=args.copy)
    # No print time: the same protocol gives the same bytes, whenever it is printed.
    pdf = protocol_pdf.build(data, args.lang, copy=args.copy, enlarged=args.enlarged)
    ctx.out(str(pdf_common.save_pdf(Path(args.out), pdf)))
    return 0
