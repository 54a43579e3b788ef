"""The ``precinct`` command: argument parsing and output only.

Every command calls the same services as the GUI. A refusal exits non-zero
and ends with a one-line reason on stderr in the user's language; usage
errors (exit 2) come from argparse.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from precinct_app.cli import (
    audit_cmd,
    backup_cmd,
    count_cmd,
    day_cmd,
    export_cmd,
    issue_cmd,
    journal_cmd,
    members_cmd,
    outside_cmd,
    paper_cmd,
    people_cmd,
    print_test_cmd,
    protocol_cmd,
    server_cmd,
    signin,
    station_cmd,
    turnout_cmd,
    version_cmd,
    voters_cmd,
)
from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.messages import text, user_language
from precinct_app.messages.cli import argparse_text
from precinct_app.services import live, permissions
from precinct_app.services.errors import DomainError


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = argparse.ArgumentParser(
        prog="precinct", description=hint("help_description")
    )
    parser.add_argument("--version", action=_VersionAction, help=hint("help_version"))
    parser.add_argument(
        "--db", metavar="PATH", help=hint("help_db")
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    station_cmd.register(sub)
    voters_cmd.register(sub)
    audit_cmd.register(sub)
    day_cmd.register(sub)
    issue_cmd.register(sub)
    outside_cmd.register(sub)
    turnout_cmd.register(sub)
    count_cmd.register(sub)
    protocol_cmd.register(sub)
    people_cmd.register(sub)
    backup_cmd.register(sub)
    export_cmd.register(sub)
    journal_cmd.register(sub)
    members_cmd.register(sub)
    server_cmd.register(sub)  # returns the `server` group (standby_cmd plugs into it)
    paper_cmd.register(sub)
    version_cmd.register(sub)
    print_test_cmd.register(sub)
    return parser


class _VersionAction(argparse.Action):
    """``--version``: the export manifest's ``software`` line, the build id hashed only
    when asked for (the source checkout's costs some 10 ms every command would pay)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        from precinct_app.services import build_id

        print(build_id.current().software)  # stdout, as argparse's own version action
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``precinct``; returns the exit code."""
    _utf8_streams()
    lang = user_language()
    with _argparse_words(lang):
        args = build_parser().parse_args(argv)
    ctx = CliContext.from_args(args, lang)
    try:
        signin.prove(ctx, args)  # every --member by PIN, before the handler (docs/formats.md §7)
        code: int = args.handler(ctx, args)
        return code
    except Failure as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except DomainError as exc:
        _record_refusal(ctx, args, exc)
        print(text(exc.code, lang, **exc.params), file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            text("io_error", lang, path=exc.filename or "", detail=exc.strerror or str(exc)),
            file=sys.stderr,
        )
        return 1
    except SQLAlchemyError as exc:
        lost = live.as_domain_error(exc)  # the station server dropped the connection
        if lost is not None:
            print(text(lost.code, lang, **lost.params), file=sys.stderr)
            return 1
        # A full disk, a locked or damaged file: the transaction has rolled back.
        print(text("db_write_failed", lang, detail=_first_line(exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()


def _record_refusal(ctx: CliContext, args: argparse.Namespace, exc: DomainError) -> None:
    # A refusal by role or phase stays in the audit log, in a transaction of its own:
    # the refused action's has rolled back (docs/domain.md §2).
    if not isinstance(exc, permissions.REFUSALS) or ctx.opened is None:
        return
    member = exc.params.get("member") or getattr(args, "member", None)
    words = [str(args.command)] + [
        str(v) for k, v in vars(args).items() if k.endswith("_command") and isinstance(v, str)]
    permissions.record_refusal(ctx.opened.transaction, ctx.clock, exc,
                               str(member) if member else None, " ".join(words))


@contextmanager
def _argparse_words(lang: str) -> Iterator[None]:
    """argparse's frame ("usage:", "error:", "the following arguments are required") in
    ``lang`` while the command line is parsed (and its help or usage error printed).

    argparse words it through gettext, looked up in its module's globals at each call:
    those calls are answered from the catalog, and argparse is given back as it was.
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    setattr(argparse, "_", lambda message: argparse_text(message, lang))  # noqa: B010
    setattr(argparse, "ngettext",  # noqa: B010
            lambda one, many, n: argparse_text(one if n == 1 else many, lang))
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _first_line(exc: SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None)
    return str(original if original is not None else exc).splitlines()[0]


def _utf8_streams() -> None:
    # --json output is UTF-8 whatever the console's locale says. A path typed or found
    # with bytes that are not UTF-8 is shown escaped, never a UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


if __name__ == "__main__":
    sys.exit(main())
