"""Every command that acts as a member proves that member by PIN (docs/formats.md §5, §7).

The dispatcher calls :func:`prove` for every parsed command before its handler runs, so a
new command gets the check by declaring its arguments, nothing more:

- an argument ``member`` (``--member ID``): the acting member, whose PIN comes from env
  ``PRECINCT_PIN``, else is asked on the terminal; with neither the command is refused.
  A member with no PIN chooses one (where §7 lets them): env ``PRECINCT_NEW_PIN``, else
  asked twice on the terminal.
- ``set_defaults(confirm="present")``: the attribute naming other members who confirm
  (``ID,ID`` text or a list); their PINs come from env ``PRECINCT_PINS``
  (``c2=1234,c3=5678``), else are asked on the terminal one by one. Every one is tried
  (each wrong PIN recorded), and the command is refused naming those who did not confirm.
- ``set_defaults(sign_in=False)``: the handler proves the member itself (``restore``,
  whose station may be the very thing that is missing).

The PINs never reach an argument list (``ps`` shows those) nor any output.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from precinct_app.cli.context import CliContext, Failure
from precinct_app.services import permissions, pins
from precinct_app.services.errors import DomainError, InvalidInput
from precinct_app.services.station import Member

PIN_ENV, NEW_PIN_ENV, PINS_ENV = "PRECINCT_PIN", "PRECINCT_NEW_PIN", "PRECINCT_PINS"
CONFIRMED = "confirmed_members"  # the attribute prove() sets: the ids proven, in order


def _terminal() -> bool:
    return sys.stdin.isatty()


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return ""


def member_ids(value: object) -> list[str]:
    """``ID,ID`` text or a list of ids, stripped, empty ones dropped, order kept."""
    items = value.split(",") if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    seen: list[str] = []
    for item in (str(x).strip() for x in items):
        if item and item not in seen:
            seen.append(item)
    return seen


def pins_from_env() -> dict[str, str]:
    """``PRECINCT_PINS`` as {member: pin}; a malformed one is refused (no PIN shown)."""
    raw = os.environ.get(PINS_ENV, "")
    found: dict[str, str] = {}
    for part in raw.split(","):
        if not part.strip():
            continue
        member, sep, pin = part.partition("=")
        if not sep or not member.strip():
            raise InvalidInput("pins_env_format", env=PINS_ENV)
        found[member.strip()] = pin.strip()
    return found


def new_pin(ctx: CliContext, who: Member) -> str:
    env = os.environ.get(NEW_PIN_ENV)
    if env is not None:
        return env
    if not _terminal():
        raise Failure(ctx.say("pin_choose_how", member=who.id, name=who.name,
                              env=NEW_PIN_ENV))
    ctx.err(ctx.say("pin_choose", member=who.id, name=who.name))
    first = _ask(ctx.say("pin_prompt_new", member=who.id, name=who.name))
    if not pins.valid_format(first):
        raise InvalidInput("pin_format", field="new_pin", low=pins.PIN_MIN, high=pins.PIN_MAX)
    if _ask(ctx.say("pin_prompt_again")) != first:
        raise Failure(ctx.say("pin_mismatch", member=who.id, name=who.name))
    return first


def pin_for(ctx: CliContext, who: Member, given: str | None, env: str) -> str:
    if given is not None:
        return given
    if not _terminal():
        raise Failure(ctx.say("pin_needed", member=who.id, name=who.name, env=env))
    return _ask(ctx.say("pin_prompt", member=who.id, name=who.name))


def prove_member(ctx: CliContext, member_id: str, pin: Callable[[Member], str]) -> Member:
    """``member_id`` proven by ``pin(who)`` (or choosing one); ``PinRefused`` otherwise."""
    db = ctx.open()
    with db.reading() as session:
        who = permissions.member(session, member_id)
        state = pins.state(session, who.id)
    if not state.is_set and state.may_choose:
        return pins.authenticate(db.transaction, ctx.clock, who.id, None, new_pin(ctx, who))
    return pins.authenticate(db.transaction, ctx.clock, who.id, pin(who))


def acting(ctx: CliContext, member_id: str) -> Member:
    """The acting member (``--member``), by ``PRECINCT_PIN`` or the terminal."""
    return prove_member(ctx, member_id,
                        lambda who: pin_for(ctx, who, os.environ.get(PIN_ENV), PIN_ENV))


def confirm(ctx: CliContext, member_ids: list[str]) -> list[Member]:
    """Each member proven by their own PIN; refused naming every one who did not confirm."""
    given = pins_from_env()
    proven: list[Member] = []
    failed: list[str] = []
    for member_id in member_ids:
        try:
            proven.append(prove_member(
                ctx, member_id,
                lambda who: pin_for(ctx, who, given.get(who.id), PINS_ENV)))
        except (DomainError, Failure) as exc:
            # Each one's own reason first (a wrong PIN is recorded), then the verdict.
            ctx.err(exc.message if isinstance(exc, Failure) else ctx.say(exc.code, **exc.params))
            failed.append(member_id)
    if failed:
        raise Failure(ctx.say("confirm_failed", members=", ".join(failed)))
    return proven


def prove(ctx: CliContext, args: argparse.Namespace) -> None:
    """Prove the acting member and those who confirm, before the handler runs."""
    if not getattr(args, "sign_in", True):
        return
    proven: list[str] = []
    member_id = getattr(args, "member", None)
    if member_id is not None:
        proven.append(acting(ctx, member_id).id)
    attribute = getattr(args, "confirm", None)
    if attribute:
        others = [m for m in member_ids(getattr(args, attribute, None)) if m not in proven]
        proven += [who.id for who in confirm(ctx, others)]
    setattr(args, CONFIRMED, proven)


def confirmed(args: argparse.Namespace) -> list[str]:
    """The members :func:`prove` proved for this command (the acting one first)."""
    return list(getattr(args, CONFIRMED, []))
