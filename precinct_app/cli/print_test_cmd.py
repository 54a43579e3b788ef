"""``precinct print-test [--out FILE] [--lang kk+ru|kk|ru|en]``: the printer test page.

Needs no station and no member: IT staff print it on a laptop before any station is set
up. When a station is there it is named on the page and its clock gives the time; one
that cannot be read (damaged, a server not answering) is said on stderr and the page is
written without it, since the printer is what is being tested. Like the other PDF
commands it writes atomically over an existing file and prints the path.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from precinct_app.cli.context import CliContext, hint
from precinct_app.services import build_id, pdf_common, print_test_pdf
from precinct_app.services.errors import DomainError
from precinct_app.services.station import StationInfo, has_station, load_station


def register(sub: Any) -> None:
    """Add ``print-test``."""
    parser = sub.add_parser("print-test", help=hint("help_print_test"))
    parser.add_argument("--out", metavar="FILE", help=hint("help_print_test_out"))
    parser.add_argument("--lang", choices=pdf_common.LANGS, default="kk+ru",
                        help=hint("help_pdf_lang"))
    parser.set_defaults(handler=cmd_print_test)


def _station(ctx: CliContext) -> StationInfo | None:
    """The station, when there is one and it reads; else None (said on stderr)."""
    try:
        if ctx.on_server() is None and not ctx.db_path.exists():
            return None
        with ctx.open_read_only().reading() as session:
            return load_station(session) if has_station(session) else None
    except DomainError as exc:
        detail = ctx.say(exc.code, **exc.params)
    except (SQLAlchemyError, OSError) as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    ctx.err(ctx.say("print_test_no_station", detail=detail))
    return None


def page_for(station: StationInfo | None, ctx: CliContext) -> print_test_pdf.PageFacts:
    """The page's facts: the station's time when there is a station, else this computer's."""
    clock = ctx.clock
    if station is None:
        printed_at: dt.datetime = clock.now_utc().astimezone()
        return print_test_pdf.PageFacts(build_id.current(), printed_at)
    return print_test_pdf.PageFacts(build_id.current(), clock.local(station.timezone), station,
                                   station.training(clock))


def cmd_print_test(ctx: CliContext, args: argparse.Namespace) -> int:
    """Write the test page and print its path."""
    page = page_for(_station(ctx), ctx)
    data = print_test_pdf.build(page, args.lang)
    target = Path(args.out) if args.out else Path(print_test_pdf.default_name(page.build))
    ctx.out(str(pdf_common.save_pdf(target, data)))
    return 0
