"""``precinct members list|set-pin|reset-pin`` (docs/formats.md §7).

``list`` shows whose PIN is set, never a hash. ``set-pin ID`` is the member's own act:
the new PIN from ``PRECINCT_NEW_PIN`` or asked twice, the old one (when set) from
``PRECINCT_PIN`` or asked. ``reset-pin ID --member CHAIR`` is the chair's (the chair's PIN
proven by the dispatcher, like every ``--member``).
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from precinct_app.cli import signin
from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.services import permissions, pins
from precinct_app.services.station import load_station


def register(sub: Any) -> None:
    """Add ``members`` and its actions."""
    parser = sub.add_parser("members", help=hint("help_members"))
    members_sub = parser.add_subparsers(dest="members_command", required=True,
                                        metavar="ACTION")
    listing = members_sub.add_parser("list", help=hint("help_members_list"))
    listing.add_argument("--json", action="store_true", help=hint("help_json"))
    listing.set_defaults(handler=cmd_list)
    set_pin = members_sub.add_parser("set-pin", help=hint("help_members_set_pin"))
    set_pin.add_argument("target", metavar="ID", help=hint("help_members_id"))
    set_pin.set_defaults(handler=cmd_set_pin)
    reset = members_sub.add_parser("reset-pin", help=hint("help_members_reset_pin"))
    reset.add_argument("target", metavar="ID", help=hint("help_members_id"))
    reset.add_argument("--member", required=True, metavar="ID", help=hint("help_member_chair"))
    reset.set_defaults(handler=cmd_reset_pin)


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> int:
    """Id, name, role and whether a PIN is set (and any wait), one member a line."""
    with ctx.open_read_only().reading() as session:
        commission = load_station(session).commission
        states = pins.states(session)
    rows: list[dict[str, Any]] = []
    for member in commission:
        state = states.get(member.id)
        rows.append({"id": member.id, "name": member.name, "role": member.role,
                     "pin_set": bool(state and state.is_set),
                     "may_choose": bool(state and state.may_choose),
                     "failures": state.failures if state else 0,
                     "wait_s": state.wait_s if state else 0})
    if args.json:
        ctx.out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        if row["pin_set"]:
            pin = ctx.say("members_pin_set")
        elif row["may_choose"]:
            pin = ctx.say("members_pin_to_choose")
        else:
            pin = ctx.say("members_pin_ask_chair")
        if row["wait_s"]:
            pin += "; " + ctx.say("members_pin_waiting", seconds=row["wait_s"])
        ctx.out(ctx.say("members_row", id=row["id"], name=row["name"],
                        role=ctx.say(f"role_{row['role']}"), pin=pin))
    return 0


def cmd_set_pin(ctx: CliContext, args: argparse.Namespace) -> int:
    """The member sets their own PIN (the old one proves them when one is set)."""
    db = ctx.open()
    with db.reading() as session:
        who = permissions.member(session, args.target)
        state = pins.state(session, who.id)
    if not state.is_set and not state.may_choose:
        # The chair's reset comes first: say so before asking anything.
        pins.authenticate(db.transaction, ctx.clock, who.id, None)
    old = None
    if state.is_set:
        old = signin.pin_for(ctx, who, os.environ.get(signin.PIN_ENV), signin.PIN_ENV)
        # Proven before the new PIN is asked: a wrong old PIN wastes no typing.
        pins.authenticate(db.transaction, ctx.clock, who.id, old)
    new = signin.new_pin(ctx, who)
    if old is not None and new == old:
        raise Failure(ctx.say("pin_same", member=who.id, name=who.name))
    pins.change(db.transaction, ctx.clock, who.id, old, new)
    ctx.out(ctx.say("members_pin_changed", member=who.id, name=who.name))
    return 0


def cmd_reset_pin(ctx: CliContext, args: argparse.Namespace) -> int:
    """The chair clears a member's PIN: they choose a new one at their next action."""
    with ctx.open().transaction() as session:
        who = pins.reset(session, ctx.clock, args.member, args.target)
    ctx.out(ctx.say("members_pin_reset", member=who.id, name=who.name))
    return 0
