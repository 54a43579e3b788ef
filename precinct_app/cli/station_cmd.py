"""``precinct init PACKAGE`` and ``precinct demo [--voters N]``."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.cli.numbers import whole
from precinct_app.cli.voters_import_cmd import print_import_summary
from precinct_app.db import Database, default_db_path, remember_current
from precinct_app.services import bounds, demo, package, setup
from precinct_app.services.localize import in_language
from precinct_app.services.setup import InitResult


def register(sub: Any) -> None:
    """Add ``demo`` and ``init``."""
    demo_parser = sub.add_parser("demo", help=hint("help_demo"))
    demo_parser.add_argument(
        "--voters", type=whole(0, bounds.MAX_LIST_NO), default=demo.DEFAULT_VOTERS, metavar="N",
        help=hint("help_demo_voters", default=demo.DEFAULT_VOTERS),
    )
    demo_parser.set_defaults(handler=cmd_demo)
    init_parser = sub.add_parser("init", help=hint("help_init"))
    init_parser.add_argument("package", metavar="PACKAGE", help=hint("help_init_package"))
    init_parser.set_defaults(handler=cmd_init)


def _target(ctx: CliContext, election_id: str) -> tuple[Path, bool]:
    """Where the new station goes; True when it is the default location."""
    explicit = ctx.db_arg is not None or bool(os.environ.get("PRECINCT_DB"))
    return (ctx.db_path, False) if explicit else (default_db_path(election_id), True)


def _create(path: Path, build: Callable[[Database, Path], InitResult]) -> InitResult:
    # Built aside and renamed: a refusal or a kill leaves nothing taken for a station.
    return setup.create_aside(path, build)


def _print_station(ctx: CliContext, result: InitResult, path: Path) -> None:
    ctx.out(ctx.say("station_database", path=path))
    ctx.out(ctx.say("station_key", fingerprint=result.station.key_fingerprint))
    if result.preview is not None:
        print_import_summary(ctx, result.preview, result.imported)


def cmd_demo(ctx: CliContext, args: argparse.Namespace) -> int:
    """Build the training station with synthetic voters."""
    path, default = _target(ctx, "DEMO-" + demo.demo_election_id())
    result = _create(
        path, lambda db, p: demo.build_demo(db, ctx.clock, db_path=p, voters=args.voters)
    )
    if default:
        remember_current(path)
    ctx.out(
        ctx.say(
            "demo_created",
            precinct=result.station.precinct_number,
            voters=result.station.voters_on_list,
        )
    )
    _print_station(ctx, result, path)
    return 0


def cmd_init(ctx: CliContext, args: argparse.Namespace) -> int:
    """Validate the package and create the station from it."""
    try:
        loaded = package.load_package(Path(args.package))
    except package.PackageInvalid as exc:
        for problem in exc.problems:
            ctx.err(f"{problem.path}: {ctx.say(problem.code, **problem.params)}")
        raise Failure(ctx.say(exc.code, **exc.params)) from exc
    ctx.out(ctx.say("package_unsigned"))
    path, default = _target(ctx, loaded.election.id)
    result = _create(
        path, lambda db, p: setup.init_station(db, ctx.clock, loaded, db_path=p)
    )
    if default:
        remember_current(path)
    title = in_language(result.station.election_title, ctx.lang)
    ctx.out(
        ctx.say(
            "station_created",
            precinct=result.station.precinct_number,
            election=title,
            election_id=result.station.election_id,
            date=result.station.election_date.isoformat(),
        )
    )
    _print_station(ctx, result, path)
    if result.preview is None:
        ctx.out(ctx.say("station_no_voter_list"))
    return 0
