"""``precinct version [--check]``: the build observers compare (services/build_id.py)."""

from __future__ import annotations

import argparse
from typing import Any

from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.services import build_id

SHOWN = 20  # files named before "... and N more"


def register(sub: Any) -> None:
    """Add ``version``."""
    parser = sub.add_parser("version", help=hint("help_version_cmd"))
    parser.add_argument("--check", action="store_true", help=hint("help_version_check"))
    parser.set_defaults(handler=cmd_version)


def cmd_version(ctx: CliContext, args: argparse.Namespace) -> int:
    """First line ``precinct X.Y.Z build ID`` (the export manifest's ``software``), then
    what it is and where; ``--check`` hashes the files again (exit 1 if one differs)."""
    from precinct_app.db import HEAD_REVISION

    info = build_id.current()
    ctx.out(info.software)
    ctx.out(ctx.say("build_line", build=info.build_id))
    if info.kind == build_id.SOURCE:
        ctx.out(ctx.say("build_kind_source", root=str(info.root)))
    elif info.build_id == build_id.UNKNOWN:
        ctx.out(ctx.say("build_unknown", file=build_id.BUILD_FILE_NAME))
    else:
        ctx.out(ctx.say("build_kind_bundle", date=info.built_at, platform=info.platform,
                        root=str(info.root)))
    ctx.out(ctx.say("build_schema", revision=HEAD_REVISION))
    if not args.check:
        return 0
    result = build_id.check(info)
    if result.intact:
        ctx.out(ctx.say("build_check_ok", files=result.files, build=info.build_id))
        return 0
    named = ([("build_file_changed", p) for p in result.changed]
             + [("build_file_missing", p) for p in result.missing]
             + [("build_file_added", p) for p in result.added])
    for state, path in named[:SHOWN]:
        ctx.out(ctx.say("build_check_file", state=ctx.say(state), path=path))
    if len(named) > SHOWN:
        ctx.out(ctx.say("integrity_more", count=len(named) - SHOWN))
    raise Failure(ctx.say("build_check_failed", build=info.build_id, count=len(named)))
