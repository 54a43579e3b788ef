"""``precinct backup``, ``precinct restore BACKUP`` and ``precinct paper-list --out FILE``.

``backup [--to DIR] [--keep N]`` writes one verified backup now (the GUI also does on a
timer and at every phase change); ``backup --list [--to DIR]`` checks and lists this
station's backups, newest first. Without ``--to`` the folder is ``backups`` beside the
database: a fallback only, since it is on the same disk; a real station points ``--to``
at a second medium (a USB stick or a second disk). ``restore BACKUP`` verifies a backup
and makes it the station database (docs/formats.md §5), keeping the database it
replaces beside it: the chair (``--member``) sees what the backup lacks and confirms
(``--yes`` for scripts). ``paper-list`` writes the paper fallback list (PDF) atomically.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from precinct_app.cli import signin
from precinct_app.cli.context import CliContext, Failure, hint
from precinct_app.cli.numbers import whole
from precinct_app.messages.disk import loss_lines
from precinct_app.models import CommissionMember
from precinct_app.services import backup, paper_list, pg_cluster, pins, server_backup
from precinct_app.services import laptop as laptop_service
from precinct_app.services.backup import BackupCheck
from precinct_app.services.errors import DomainError
from precinct_app.services.pdf_common import LANGS, save_pdf
from precinct_app.services.station import has_station


def register(sub: Any) -> None:
    """Add ``backup``, ``restore`` and ``paper-list``."""
    parser = sub.add_parser(
        "backup", help=hint("help_backup")
    )
    parser.add_argument("--to", metavar="DIR",
                        help=hint("help_backup_to"))
    parser.add_argument("--keep", type=whole(1, 1000), default=backup.DEFAULT_KEEP, metavar="N",
                        help=hint("help_backup_keep", default=backup.DEFAULT_KEEP))
    parser.add_argument("--list", action="store_true",
                        help=hint("help_backup_list"))
    parser.set_defaults(handler=cmd_backup)
    restore = sub.add_parser(
        "restore", help=hint("help_restore")
    )
    restore.add_argument("backup", metavar="BACKUP", help=hint("help_restore_backup"))
    restore.add_argument("--member", required=True, metavar="ID",
                         help=hint("help_restore_member"))
    restore.add_argument("--yes", action="store_true",
                         help=hint("help_restore_yes"))
    # The chair's PIN is proven by cmd_restore itself: the station may be what is lost.
    restore.set_defaults(handler=cmd_restore, sign_in=False)
    paper = sub.add_parser(
        "paper-list", help=hint("help_paper_list")
    )
    paper.add_argument("--out", required=True, metavar="FILE", help=hint("help_pdf_out"))
    paper.add_argument("--lang", choices=LANGS, default="kk+ru",
                       help=hint("help_pdf_lang"))
    paper.set_defaults(handler=cmd_paper_list)


def _folder(ctx: CliContext, args: argparse.Namespace) -> Path:
    return Path(args.to) if args.to else backup.default_backup_dir(ctx.db_path)


def _state(check: BackupCheck) -> dict[str, Any]:
    return {"phase": check.phase or "—", "seq": check.audit_seq,
            "at": check.last_event_local() or "—"}


def cmd_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    """Write one backup now, or list the backups with their check."""
    here = laptop_service.load()
    if here.role != laptop_service.SINGLE:  # the station lives on the server
        return _server_backup(ctx, args, here)
    folder = _folder(ctx, args)
    if args.list:
        found = backup.list_backups(folder, ctx.db_path, check=True)
        if not found:
            ctx.out(ctx.say("backup_none", path=folder))
        for item in found:
            check = item.check
            assert check is not None
            if check.ok:
                ctx.out(ctx.say("backup_list_ok", name=item.path.name, **_state(check)))
            else:
                problem = ctx.say(check.code or "backup_damaged", **check.params)
                ctx.out(ctx.say("backup_list_bad", name=item.path.name, problem=problem))
        return 0
    result = backup.backup_now(ctx.db_path, folder, ctx.clock, reason="manual", keep=args.keep)
    ctx.out(ctx.say("backup_written", path=result.path))
    ctx.out(ctx.say("backup_state", **_state(backup.check_backup(result.path))))
    for old in result.removed:
        ctx.out(ctx.say("backup_removed", path=old))
    return 0


def _server_backup(ctx: CliContext, args: argparse.Namespace,
                   here: laptop_service.Laptop) -> int:
    """On the server laptop: a checked pg_dump; on a desk or the standby: the server's job."""
    target = server_backup.target_for(here)  # refused on a desk: server_backup_on_desk
    folder = Path(args.to) if args.to else server_backup.default_dir(here, ctx.db_path)
    if args.list:
        found = server_backup.list_backups(folder, target.prefix)
        if not found:
            ctx.out(ctx.say("backup_none", path=folder))
        for item in found:
            check = server_backup.check_dump(target, item.path)
            if check.ok:
                ctx.out(ctx.say("backup_list_ok", name=item.path.name, **_state(check)))
            else:
                problem = ctx.say(check.code or "backup_damaged", **check.params)
                ctx.out(ctx.say("backup_list_bad", name=item.path.name, problem=problem))
        return 0
    result = server_backup.backup_now(target, folder, ctx.clock, reason="manual",
                                      keep=args.keep)
    ctx.out(ctx.say("backup_written", path=result.path))
    ctx.out(ctx.say("backup_state", phase=result.phase or "—", seq=result.audit_seq,
                    at=result.taken_at.strftime("%H:%M")))
    for old in result.removed:
        ctx.out(ctx.say("backup_removed", path=old))
    return 0


def _restore_dump(ctx: CliContext, args: argparse.Namespace, path: Path) -> int:
    """A server backup made a single-laptop SQLite station at ``--db`` (which must not
    exist): the commission carries on from it when the server laptop is lost."""
    here = laptop_service.load()
    if here.role == laptop_service.DESK:
        raise backup.BackupError("server_backup_on_desk", role=here.role)

    def prove(candidate: Path) -> None:  # the chair, against the backup's own commission
        backup._require_chair(candidate, args.member)
        chair = next(m for m in backup.backup_commission(candidate) if m.id == args.member)
        pin = signin.pin_for(ctx, chair, os.environ.get(signin.PIN_ENV), signin.PIN_ENV)
        if not pins.verify_hash(backup.backup_pin_hash(candidate, args.member), pin):
            raise Failure(ctx.say("restore_pin_refused", member=chair.id, name=chair.name))

    if here.role == laptop_service.SERVER:
        made = server_backup.to_sqlite(server_backup.target_for(here), path, ctx.db_path,
                                       member=args.member, clock=ctx.clock, prove=prove)
    else:
        try:
            cluster = server_backup.throwaway_cluster()
            with cluster as target:
                made = server_backup.to_sqlite(target, path, ctx.db_path, member=args.member,
                                               clock=ctx.clock, prove=prove)
        except pg_cluster.ClusterError as exc:
            if exc.code != "pg_missing":
                raise
            raise backup.BackupError("server_backup_needs_server",
                                            detail=str(exc.params.get("program", ""))) from exc
    ctx.out(ctx.say("server_backup_to_sqlite_done", backup=path, path=ctx.db_path))
    ctx.out(ctx.say("backup_state", **_state(made)))
    return 0


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    """Verify the backup, show what it lacks, ask the chair, then make it the station."""
    path = Path(args.backup)
    if path.name.endswith(server_backup.SUFFIX):
        return _restore_dump(ctx, args, path)
    _check, loss = backup.plan_restore(path, ctx.db_path, args.member)
    _prove_chair(ctx, path, args.member)
    for line in loss_lines(loss, ctx.lang):
        ctx.err(line)
    if not args.yes and not _confirmed(ctx):
        raise Failure(ctx.say("restore_not_confirmed"))
    result = backup.restore(path, ctx.db_path, member=args.member, clock=ctx.clock)
    ctx.out(ctx.say("restore_done", backup=result.backup, path=result.db_path))
    ctx.out(ctx.say("backup_state", **_state(result.check)))
    if result.replaced is not None:
        ctx.out(ctx.say("restore_replaced", path=result.replaced))
    else:
        ctx.out(ctx.say("restore_nothing_replaced"))
    return 0


def _prove_chair(ctx: CliContext, path: Path, member_id: str) -> None:
    """The chair's PIN: against the station now (each failure recorded, the wait kept), or,
    when that station is missing, damaged or not theirs, against the backup (read only)."""
    if backup.database_health(ctx.db_path) == "ok":
        try:
            with ctx.open().reading() as session:
                known = has_station(session) and session.get(CommissionMember,
                                                             member_id) is not None
        except (DomainError, SQLAlchemyError):
            known = False
        if known:
            signin.acting(ctx, member_id)
            ctx.close()  # the file is about to be replaced
            return
        ctx.close()
    chair = next(m for m in backup.backup_commission(path) if m.id == member_id)
    pin = signin.pin_for(ctx, chair, os.environ.get(signin.PIN_ENV), signin.PIN_ENV)
    if not pins.verify_hash(backup.backup_pin_hash(path, member_id), pin):
        raise Failure(ctx.say("restore_pin_refused", member=chair.id, name=chair.name))


def _confirmed(ctx: CliContext) -> bool:
    """Ask on the terminal; no terminal (a script) means not confirmed: use --yes."""
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(ctx.say("restore_question"))
    except EOFError:
        return False
    return answer.strip().casefold() in {"yes", "y", "да", "д", "иә", "иа"}


def cmd_paper_list(ctx: CliContext, args: argparse.Namespace) -> int:
    """Write the paper list PDF atomically and print its path."""
    with ctx.open_read_only().reading() as session:
        data = paper_list.build(session, ctx.clock, args.lang)
    ctx.out(str(save_pdf(Path(args.out), data)))
    return 0
