"""``precinct version [--check]``: the build observers compare (services/build_id.py), in
the words About uses (services/about.py)."""

from __future__ import annotations

import argparse
from typing import Any

from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.services import about, build_id

SHOWN = 20  # files of each kind named before "... and N more"


def register(sub: Any) -> None:
    """Add ``version``."""
    parser = sub.add_parser("version", help=hint("help_version_cmd"))
    parser.add_argument("--check", action="store_true", help=hint("help_version_check"))
    parser.set_defaults(handler=cmd_version)


def cmd_version(ctx: CliContext, args: argparse.Namespace) -> int:
    """First line ``precinct X.Y.Z build ID`` (the export manifest's ``software``), then
    what it is and where; ``--check`` hashes the files again (exit 1 if one differs, the
    verdict last on stderr)."""
    from precinct_app.db import HEAD_REVISION

    info = build_id.current()
    ctx.out(info.software)
    ctx.out(ctx.say("build_line", build=info.build_id))
    ctx.out(about.kind_text(info, ctx.lang))
    ctx.out(ctx.say("build_folder", root=str(info.root)))
    ctx.out(ctx.say("build_schema", revision=HEAD_REVISION))
    if not args.check:
        return 0
    result = build_id.check(info)
    verdict, *files = about.check_lines(result, ctx.lang, SHOWN)
    for line in files:
        ctx.out(line)
    if result.intact:
        ctx.out(verdict)
        return 0
    raise Failure(verdict)
