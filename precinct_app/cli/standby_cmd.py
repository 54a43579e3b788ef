"""``precinct server standby``, ``server promote`` and ``server forget-standby``
(docs/formats.md §8): thin shells over ``services/standby.py``.

:func:`add_commands` adds them to the ``server`` group's subparsers (cli/server_cmd.py).
"""

from __future__ import annotations

import argparse
from typing import Any

from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.messages import text
from precinct_app.services import standby


def add_commands(server_sub: Any) -> None:
    """Add ``standby``, ``promote`` and ``forget-standby`` to ``precinct server``."""
    make = server_sub.add_parser("standby", help=hint("help_server_standby"))
    make.add_argument("address", nargs="?", metavar="ADDR:PORT",
                      help=hint("help_standby_address"))
    make.add_argument("code", nargs="?", metavar="CODE", help=hint("help_standby_code"))
    make.add_argument("--port", type=int, metavar="N", help=hint("help_standby_port"))
    make.set_defaults(handler=cmd_standby)
    promote = server_sub.add_parser("promote", help=hint("help_server_promote"))
    promote.set_defaults(handler=cmd_promote)
    forget = server_sub.add_parser("forget-standby", help=hint("help_server_forget_standby"))
    forget.set_defaults(handler=cmd_forget_standby)


def cmd_standby(ctx: CliContext, args: argparse.Namespace) -> int:
    """Make this laptop the standby, or (no arguments) start this standby again."""
    if (args.address is None) != (args.code is None):
        raise Failure(text("standby_usage", ctx.lang), exit_code=2)
    if args.address is None:
        laptop = standby.start_standby()
    else:
        # The station's data folder: where this laptop's station file would be.
        laptop = standby.make_standby(args.address, args.code, ctx.db_path.parent, args.port)
    own = laptop.servers[-1]
    print(text("standby_ready", ctx.lang, server=laptop.servers[0], address=own))
    return 0


def cmd_promote(ctx: CliContext, args: argparse.Namespace) -> int:
    """This standby becomes the station server."""
    del args
    laptop = standby.promote()
    print(text("standby_promoted", ctx.lang, address=laptop.servers[0]))
    return 0


def cmd_forget_standby(ctx: CliContext, args: argparse.Namespace) -> int:
    """The server stops waiting for a lost standby."""
    del args
    standby.forget_standby()
    print(text("standby_forgotten", ctx.lang))
    return 0
