"""The ``precinct`` command: argument parsing and output only.

Every command calls the same services as the GUI. A refusal exits non-zero
and ends with a one-line reason on stderr in the user's language; usage
errors (exit 2) come from argparse.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from precinct_app import __version__
from precinct_app.cli import (
    audit_cmd,
    backup_cmd,
    count_cmd,
    day_cmd,
    export_cmd,
    issue_cmd,
    outside_cmd,
    protocol_cmd,
    station_cmd,
    turnout_cmd,
    voters_cmd,
)
from precinct_app.cli.context import CliContext, Failure
from precinct_app.messages import text, user_language
from precinct_app.services.errors import DomainError


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = argparse.ArgumentParser(
        prog="precinct", description="Precinct: station software for a precinct commission"
    )
    parser.add_argument("--version", action="version", version=f"precinct {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="station database (default: PRECINCT_DB or the data folder)"
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
    backup_cmd.register(sub)
    export_cmd.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``precinct``; returns the exit code."""
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = user_language()
    ctx = CliContext.from_args(args, lang)
    try:
        code: int = args.handler(ctx, args)
        return code
    except Failure as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except DomainError as exc:
        print(text(exc.code, lang, **exc.params), file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            text("io_error", lang, path=exc.filename or "", detail=exc.strerror or str(exc)),
            file=sys.stderr,
        )
        return 1
    except SQLAlchemyError as exc:
        # A full disk, a locked or damaged file: the transaction has rolled back.
        print(text("db_write_failed", lang, detail=_first_line(exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()


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
