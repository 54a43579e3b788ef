"""``precinct server start|status|stop|join-code`` and ``precinct desk join|leave``
(docs/formats.md §8).

The standby's two commands (``server standby``, ``server promote``) live in
``cli/standby_cmd.py``: when that module is there, its ``add_commands`` adds them to the
``server`` group made here.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
from dataclasses import asdict
from typing import Any

from precinct_app.cli import signin
from precinct_app.cli.context import CliContext, hint
from precinct_app.cli.numbers import whole
from precinct_app.services import laptop, permissions, station_server
from precinct_app.services.station_server import ServerInfo

STANDBY_MODULE = "precinct_app.cli.standby_cmd"


def register(sub: Any) -> Any:
    """Add ``server`` and ``desk``; the ``server`` subcommands' group (for the standby's)."""
    server = sub.add_parser("server", help=hint("help_server"))
    server_sub = server.add_subparsers(dest="server_command", required=True, metavar="COMMAND")
    start = server_sub.add_parser("start", help=hint("help_server_start"))
    start.add_argument("--port", type=whole(1024, 65535), default=None, metavar="N",
                       help=hint("help_server_port", port=station_server.DEFAULT_PORT))
    start.add_argument("--listen", action="append", default=[], metavar="ADDR",
                       help=hint("help_server_listen"))
    start.add_argument("--member", required=True, metavar="ID", help=hint("help_member_chair"))
    # The PIN is proven in the handler: on a server laptop the station is on the cluster,
    # which must be started before anyone can be proven on it.
    start.set_defaults(handler=cmd_start, sign_in=False)
    status = server_sub.add_parser("status", help=hint("help_server_status"))
    status.add_argument("--json", action="store_true", help=hint("help_json"))
    status.set_defaults(handler=cmd_status)
    stop = server_sub.add_parser("stop", help=hint("help_server_stop"))
    stop.set_defaults(handler=cmd_stop)
    code = server_sub.add_parser("join-code", help=hint("help_server_join_code"))
    code.set_defaults(handler=cmd_join_code)
    plug_standby(server_sub)

    desk = sub.add_parser("desk", help=hint("help_desk"))
    desk_sub = desk.add_subparsers(dest="desk_command", required=True, metavar="COMMAND")
    join = desk_sub.add_parser("join", help=hint("help_desk_join"))
    join.add_argument("address", metavar="ADDR:PORT", help=hint("help_desk_address"))
    join.add_argument("code", metavar="CODE", help=hint("help_desk_code"))
    join.add_argument("--desk", default=None, metavar="NAME", help=hint("help_desk_name"))
    join.set_defaults(handler=cmd_desk_join)
    leave = desk_sub.add_parser("leave", help=hint("help_desk_leave"))
    leave.set_defaults(handler=cmd_desk_leave)
    return server_sub


def plug_standby(server_sub: Any) -> None:
    """``server standby`` and ``server promote``, when their module is installed."""
    if importlib.util.find_spec(STANDBY_MODULE) is None:
        return
    add_commands = getattr(importlib.import_module(STANDBY_MODULE), "add_commands", None)
    if add_commands is not None:
        add_commands(server_sub)


def print_join(ctx: CliContext, info: ServerInfo) -> None:
    # The first line's words are a format (docs/formats.md §8), not translated.
    ctx.out(f"join: {info.address} {info.code}")
    ctx.out(ctx.say("server_fingerprint_line", fingerprint=info.fingerprint))
    ctx.out(ctx.say("server_join_text_line", text=info.join_text))
    ctx.out(ctx.say("server_code_valid", minutes=station_server.CODE_VALID_MINUTES))


def cmd_start(ctx: CliContext, args: argparse.Namespace) -> int:
    """Make this laptop the station server (moving the station), or start it again."""
    here = laptop.load()
    restarting = here.role == laptop.SERVER
    if restarting:
        station_server.start_cluster(here, args.port, args.listen)
    try:
        member = signin.acting(ctx, args.member)
        with ctx.open().reading() as session:
            permissions.require(session, member.id, "run_server", phase_too=False)
    except BaseException:
        if restarting:  # nobody proven: the server stays as it was, stopped
            station_server.stop_server()
        raise
    sqlite_path = ctx.db_path
    ctx.close()  # the station file must be free to be sealed once moved
    info = station_server.start_server(
        data_folder=sqlite_path.parent, sqlite_path=sqlite_path, clock=ctx.clock,
        member_id=member.id, port=args.port, listen=args.listen)
    print_join(ctx, info)
    if not restarting:
        ctx.out(ctx.say("server_moved_line", path=sqlite_path))
    return 0


def cmd_status(ctx: CliContext, args: argparse.Namespace) -> int:
    """The server, its desks and its standby."""
    found = station_server.server_status()
    if args.json:
        ctx.out(json.dumps(asdict(found), ensure_ascii=False, indent=1))
        return 0
    ctx.out(ctx.say("server_running_line" if found.running else "server_stopped_line",
                    address=found.address))
    if found.fingerprint:
        ctx.out(ctx.say("server_fingerprint_line", fingerprint=found.fingerprint))
    if not found.running:
        return 0
    never = ctx.say("server_never")
    for desk in found.desks:
        ctx.out(ctx.say("server_desk_line", name=desk.name, address=desk.address or "-",
                        joined=desk.joined_at, seen=desk.last_seen or never,
                        online=ctx.say("server_desk_online") if desk.connected else ""))
    if not found.desks:
        ctx.out(ctx.say("server_no_desks"))
    if found.standby is None:
        ctx.out(ctx.say("server_no_standby"))
    else:
        ctx.out(ctx.say("server_standby_line", name=found.standby.name,
                        address=found.standby.address,
                        sync=found.standby.sync_state or never))
    return 0


def cmd_stop(ctx: CliContext, args: argparse.Namespace) -> int:
    """Stop the cluster on this laptop."""
    del args
    station_server.stop_server()
    ctx.out(ctx.say("server_stopped"))
    return 0


def cmd_join_code(ctx: CliContext, args: argparse.Namespace) -> int:
    """A new one-time join code."""
    del args
    print_join(ctx, station_server.new_join_code())
    return 0


def cmd_desk_join(ctx: CliContext, args: argparse.Namespace) -> int:
    """This laptop becomes a desk of the server."""
    address, code, _ = station_server.parse_join_text(f"{args.address} {args.code}")
    name = args.desk if args.desk is not None else station_server.default_desk_name()
    joined = station_server.join_desk(address, code, name)
    ctx.out(ctx.say("desk_joined", desk=joined.desk, address=address))
    ctx.out(ctx.say("server_fingerprint_line", fingerprint=joined.fingerprint))
    return 0


def cmd_desk_leave(ctx: CliContext, args: argparse.Namespace) -> int:
    """This laptop stops being a desk."""
    del args
    ctx.out(ctx.say("desk_left" if station_server.leave_desk() else "desk_left_untold"))
    return 0
