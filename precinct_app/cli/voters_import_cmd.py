"""``precinct voters import FILE [--strict] [--report OUT.csv]``."""

from __future__ import annotations

import argparse
import csv
import io
import os
from pathlib import Path
from typing import Any

from precinct_app.cli.context import CliContext, Failure
from precinct_app.messages.system import os_reason
from precinct_app.services import voter_import
from precinct_app.services.durable import fsync_dir, write_synced
from precinct_app.services.voter_import import COLUMNS, ImportPreview

_DELIMITER_NAMES = {",": "','", ";": "';'", "\t": "tab"}


def register(sub: Any) -> None:
    """Add ``voters import``."""
    parser = sub.add_parser("import", help="import the voter list from a CSV or XLSX file")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--strict", action="store_true", help="import nothing if any row is rejected"
    )
    parser.add_argument("--report", metavar="OUT.csv", help="write the rejected rows to a CSV")
    parser.set_defaults(handler=cmd_import)


def print_import_summary(ctx: CliContext, preview: ImportPreview, imported: int | None) -> None:
    """File, counts, then every rejected row with its line number and reason."""
    if preview.file_format == "xlsx":
        ctx.out(ctx.say("import_summary_xlsx", file=preview.source))
    else:
        ctx.out(
            ctx.say(
                "import_summary_file",
                file=preview.source,
                format="CSV",
                encoding=preview.encoding,
                delimiter=_DELIMITER_NAMES.get(preview.delimiter or "", "-"),
            )
        )
    ctx.out(
        ctx.say(
            "import_summary_counts",
            rows=preview.rows,
            accepted=len(preview.accepted),
            rejected=len(preview.rejected),
        )
    )
    if preview.ignored_columns:
        ctx.out(ctx.say("import_summary_ignored", columns=", ".join(preview.ignored_columns)))
    for row in preview.rejected:
        reason = ctx.say(row.reason, **row.params)
        ctx.out(ctx.say("import_rejected_line", line=row.line, reason=reason))
    if imported is not None:
        ctx.out(ctx.say("import_summary_imported", imported=imported))


def write_report(ctx: CliContext, preview: ImportPreview, path: Path) -> None:
    """The rejected rows with their fields, line and reason; written atomically."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["line", "reason", *COLUMNS])
    for row in preview.rejected:
        reason = ctx.say(row.reason, **row.params)
        writer.writerow([row.line, reason, *(row.fields.get(c, "") for c in COLUMNS)])
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if path.is_dir():
            raise IsADirectoryError(21, os.strerror(21), str(path))
        # BOM: Excel then opens the Cyrillic text correctly. Owner-only: it holds IINs.
        write_synced(tmp, out.getvalue().encode("utf-8-sig"), 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)  # a full disk leaves nothing, not a .tmp
        raise Failure(ctx.say("import_report_failed", path=path.absolute(),
                              detail=os_reason(exc, ctx.lang))) from exc
    fsync_dir(path.absolute().parent)


def cmd_import(ctx: CliContext, args: argparse.Namespace) -> int:
    """Import the accepted rows, list the rejected ones."""
    db = ctx.open()
    with db.reading() as session:
        preview = voter_import.preview_import(session, Path(args.file))
    if args.report:
        write_report(ctx, preview, Path(args.report))
    if args.strict and preview.rejected:
        print_import_summary(ctx, preview, None)
        raise Failure(ctx.say("import_strict_refused", rejected=len(preview.rejected)))
    with db.transaction() as session:
        result = voter_import.apply_import(session, ctx.clock, preview)
    print_import_summary(ctx, preview, result.imported)
    if args.report:
        ctx.out(ctx.say("import_report_written", path=args.report))
    return 0
