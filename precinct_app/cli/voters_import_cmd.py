"""``precinct voters import FILE [--strict] [--report OUT.csv]``."""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
from pathlib import Path
from typing import Any

from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.messages.system import os_reason
from precinct_app.services import voter_import
from precinct_app.services.durable import fsync_dir, write_synced
from precinct_app.services.voter_import import COLUMNS, ImportPreview

_DELIMITER_NAMES = {",": "','", ";": "';'", "\t": "tab"}
# A cell starting with one of these is a formula to Excel and LibreOffice (OWASP "CSV
# injection"): the report quotes it with a leading apostrophe, shown as the text itself.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: str) -> str:
    """``value`` as a CSV cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def register(sub: Any) -> None:
    """Add ``voters import``."""
    parser = sub.add_parser("import", help=hint("help_voters_import"))
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--strict", action="store_true", help=hint("help_voters_import_strict")
    )
    parser.add_argument("--report", metavar="OUT.csv", help=hint("help_voters_import_report"))
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
        writer.writerow([row.line, spreadsheet_cell(reason),
                         *(spreadsheet_cell(row.fields.get(c, "")) for c in COLUMNS)])
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


class _Progress:
    """Rows read and voters written, on stderr: on a terminal one line kept up to date."""

    def __init__(self, ctx: CliContext, code: str, file: str) -> None:
        self._ctx, self._code, self._file = ctx, code, file
        self._tty = sys.stderr.isatty()
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        if done >= total:  # the end: the summary follows
            self.end()
            return
        line = self._ctx.say(self._code, file=self._file, done=done, total=total)
        if self._tty:
            print(f"\r{line}", end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr)
        self._shown = True

    def end(self) -> None:
        if self._tty and self._shown:
            print(file=sys.stderr)
        self._shown = False


def cmd_import(ctx: CliContext, args: argparse.Namespace) -> int:
    """Import the accepted rows, list the rejected ones."""
    db = ctx.open()
    name = Path(args.file).name
    reading = _Progress(ctx, "import_progress_read", name)
    with db.reading() as session:
        try:
            preview = voter_import.preview_import(session, Path(args.file), progress=reading)
        finally:
            reading.end()
    if args.report:
        write_report(ctx, preview, Path(args.report))
    if args.strict and preview.rejected:
        print_import_summary(ctx, preview, None)
        raise Failure(ctx.say("import_strict_refused", rejected=len(preview.rejected)))
    writing = _Progress(ctx, "import_progress_write", name)
    with db.transaction() as session:
        try:
            result = voter_import.apply_import(session, ctx.clock, preview, progress=writing)
        finally:
            writing.end()
    print_import_summary(ctx, preview, result.imported)
    if args.report:
        ctx.out(ctx.say("import_report_written", path=args.report))
    return 0
