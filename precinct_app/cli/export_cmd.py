"""``precinct export DIR`` and ``precinct verify PATH`` (docs/formats.md §3 and §5)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.services import export
from precinct_app.services.errors import DomainError
from precinct_app.services.verify import VerifyCheck, verify_folder


def register(sub: Any) -> None:
    """Add ``export`` and ``verify``."""
    exporting = sub.add_parser("export", help=hint("help_export"))
    exporting.add_argument("dir", metavar="DIR", help=hint("help_export_dir"))
    exporting.add_argument("--preliminary", action="store_true",
                           help=hint("help_export_preliminary"))
    # Not in docs/formats.md §5's line, but "no command assumes a member": the results leave
    # the station under a member the table lets export, proven by PIN like every --member.
    exporting.add_argument("--member", required=True, metavar="ID", help=hint("help_member_pin"))
    exporting.set_defaults(handler=cmd_export)
    verifying = sub.add_parser("verify", help=hint("help_verify"))
    verifying.add_argument("path", metavar="PATH", help=hint("help_verify_path"))
    verifying.add_argument("--key", metavar="FINGERPRINT", help=hint("help_verify_key"))
    verifying.add_argument("--code", metavar="CODE", help=hint("help_verify_code"))
    verifying.add_argument("--head", metavar="SEQ:HASH",
                           help=hint("help_verify_head"))
    verifying.set_defaults(handler=cmd_verify)


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    """Write the export folder, print its path, then record ``results.exported``."""
    member = args.member  # proven by PIN before this runs (cli.signin)
    db = ctx.open()
    with db.reading() as session:  # who and when, before anything is built or written
        export.require_may_export(session, member, preliminary=args.preliminary)
    with db.transaction() as session:  # short: the stick is written outside it
        bundle = export.prepare(session, ctx.clock, ctx.db_path, preliminary=args.preliminary)
    # Refused (ExportNotVerified) unless the folder on the stick passes all of verify.
    result = export.write(bundle, Path(args.dir))
    try:
        with db.transaction() as session:
            export.record_export(session, ctx.clock, member, result)
    except (DomainError, SQLAlchemyError) as exc:
        # The folder is on the stick and verifies, but the log does not say it left.
        reason = (ctx.say(exc.code, **exc.params) if isinstance(exc, DomainError) else
                  ctx.say("db_write_failed", detail=str(getattr(exc, "orig", None) or exc)
                          .splitlines()[0]))
        raise Failure(ctx.say("export_not_recorded", path=str(result.path),
                              reason=reason)) from exc
    ctx.out(str(result.path))
    ctx.err(ctx.say("export_written", path=str(result.path)))
    return 0


def check_text(ctx: CliContext, check: VerifyCheck) -> str:
    """One check in the user's words (the manifest's mode and status words too)."""
    params = dict(check.params)
    for word in ("mode", "status"):
        if isinstance(params.get(word), str):
            params[word] = ctx.say(f"verify_word_{params[word]}")
    return ctx.say(check.code, **params)


def cmd_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    """One line per check; the verdict last; exit 0 iff every check passes."""
    report = verify_folder(Path(args.path), key=args.key, code=args.code, head=args.head)
    ok_mark, fail_mark = ctx.say("verify_mark_ok"), ctx.say("verify_mark_fail")
    for check in report.checks:
        ctx.out(f"[{ok_mark if check.ok else fail_mark}] {check_text(ctx, check)}")
    total = len(report.checks)
    if not report.ok:
        first = report.main_failure()
        assert first is not None
        failed = sum(1 for c in report.checks if not c.ok)
        raise Failure(ctx.say("verify_verdict_failed", failed=failed, total=total,
                              reason=check_text(ctx, first)))
    if report.preliminary:
        ctx.out(ctx.say("verify_preliminary"))
    key = next((c.params.get("found", "") for c in report.checks if c.id == "station_key"), "")
    if report.training:
        ctx.out(ctx.say("verify_training"))
        ctx.out(ctx.say("verify_verdict_ok_training", total=total, key=key))
    else:
        ctx.out(ctx.say("verify_verdict_ok", total=total, key=key))
    return 0
