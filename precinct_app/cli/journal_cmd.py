"""``precinct journal add|decide|list|pdf`` and ``precinct count dispute|disputes``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from precinct_app.cli.context import CliContext, hint
from precinct_app.cli.numbers import whole
from precinct_app.services import disputes, journal, pdf_common
from precinct_app.services.journal_words import dispute_decision_text, tally_text, vote_text
from precinct_app.services.localize import DATE_TIME, clock_text
from precinct_app.services.station import load_station

_VOTE = whole(0, 10_000)  # a commission has a dozen members; the service says how many


def register(sub: Any) -> None:
    """Add ``journal`` and its actions."""
    parser = sub.add_parser("journal", help=hint("help_journal"))
    j_sub = parser.add_subparsers(dest="journal_command", required=True, metavar="ACTION")
    add = j_sub.add_parser("add", help=hint("help_journal_add"))
    add.add_argument("--from-kind", required=True, choices=journal.FROM_KINDS,
                     help=hint("help_journal_from_kind"))
    add.add_argument("--from", dest="from_name", required=True, metavar="NAME",
                     help=hint("help_journal_from"))
    add.add_argument("--organisation", default="", metavar="O",
                     help=hint("help_journal_organisation"))
    add.add_argument("--about", required=True, metavar="TEXT", help=hint("help_journal_about"))
    add.add_argument("--kind", default="complaint", choices=journal.KINDS,
                     help=hint("help_journal_kind"))
    add.add_argument("--annex", action="store_true", help=hint("help_journal_annex"))
    add.add_argument("--refers-to", type=whole(1), metavar="ENTRY",
                     help=hint("help_journal_refers"))
    add.add_argument("--member", required=True, metavar="ID")
    add.set_defaults(handler=cmd_add)
    decide = j_sub.add_parser("decide", help=hint("help_journal_decide"))
    decide.add_argument("entry", type=whole(1), metavar="ENTRY")
    decide.add_argument("--decision", required=True, metavar="TEXT")
    _vote_options(decide)
    decide.add_argument("--member", required=True, metavar="ID")
    decide.set_defaults(handler=cmd_decide)
    listing = j_sub.add_parser("list", help=hint("help_journal_list"))
    listing.add_argument("--json", action="store_true", help=hint("help_json"))
    listing.set_defaults(handler=cmd_list)
    pdf = j_sub.add_parser("pdf", help=hint("help_journal_pdf"))
    pdf.add_argument("--out", required=True, metavar="FILE", help=hint("help_pdf_out"))
    pdf.add_argument("--lang", choices=pdf_common.LANGS, default="kk+ru",
                     help=hint("help_pdf_lang"))
    pdf.set_defaults(handler=cmd_pdf)


def register_count(count_sub: Any) -> None:
    """Add ``count dispute`` and ``count disputes`` to ``count``."""
    dispute = count_sub.add_parser("dispute", help=hint("help_count_dispute"))
    dispute.add_argument("contest", metavar="CONTEST")
    dispute.add_argument("--decision", required=True, metavar="invalid|valid:OPTION|not_counted",
                         help=hint("help_dispute_decision"))
    _vote_options(dispute)
    dispute.add_argument("--note", default="", metavar="T")
    dispute.add_argument("--member", required=True, metavar="ID")
    dispute.set_defaults(handler=cmd_dispute)
    listing = count_sub.add_parser("disputes", help=hint("help_count_disputes"))
    listing.add_argument("--json", action="store_true", help=hint("help_json"))
    listing.set_defaults(handler=cmd_disputes)


def _vote_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--for", dest="votes_for", required=True, type=_VOTE, metavar="N",
                        help=hint("help_vote_for"))
    parser.add_argument("--against", dest="votes_against", required=True, type=_VOTE,
                        metavar="N", help=hint("help_vote_against"))
    parser.add_argument("--abstained", type=_VOTE, default=0, metavar="N",
                        help=hint("help_vote_abstained"))


def cmd_add(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record an entry."""
    with ctx.open().transaction() as session:
        item = journal.add(
            session, ctx.clock, args.member, kind=args.kind, from_kind=args.from_kind,
            from_name=args.from_name, about=args.about, organisation=args.organisation,
            annex=args.annex, refers_to=args.refers_to)
    ctx.out(ctx.say("journal_added", entry=item.id, kind=ctx.say(f"journal_kind_{item.kind}")))
    return 0


def cmd_decide(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record the decision on an entry."""
    with ctx.open().transaction() as session:
        item = journal.decide(session, ctx.clock, args.member, args.entry, args.decision,
                              args.votes_for, args.votes_against, args.abstained)
    assert item.vote is not None
    ctx.out(ctx.say("journal_decided", entry=item.id, votes_for=item.vote.votes_for,
                    votes_against=item.vote.votes_against, abstained=item.vote.abstained))
    return 0


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> int:
    """Print the journal: one block per entry, or the export's JSON."""
    with ctx.open().reading() as session:
        items = journal.entries(session)
        station = load_station(session)
        exported = journal.exported(session) if args.json else []
    if args.json:
        # The station's own copy: the names as recorded (voters' too), unlike the export.
        for doc, item in zip(exported, items, strict=True):
            doc["from"] = item.from_name
        ctx.out(json.dumps(exported, ensure_ascii=False, indent=1))
        return 0
    if not items:
        ctx.out(ctx.say("journal_none"))
        return 0
    names = {m.id: m.name for m in station.commission}
    tz = station.timezone
    for item in items:
        sender = ", ".join(x for x in (item.from_name, item.organisation) if x)
        flags = ctx.say(f"journal_kind_{item.kind}")
        if item.annex:
            flags += "; " + ctx.say("doc_journal_annex_asked")
        if item.refers_to is not None:
            flags += "; " + ctx.say("doc_journal_refers", entry=item.refers_to)
        ctx.out(f"{item.id}. {clock_text(item.received_at, tz, DATE_TIME)}  "
                f"{ctx.say('journal_from_' + item.from_kind)}: {sender}  [{flags}]")
        ctx.out(f"   {item.about}")
        if item.decided_at and item.decided_by:
            ctx.out(f"   → {item.decision}  ({vote_text(item.vote, [ctx.lang])}; "
                    f"{names.get(item.decided_by, item.decided_by)}, "
                    f"{clock_text(item.decided_at, tz, DATE_TIME)})")
        else:
            ctx.out(f"   → {ctx.say('journal_pending')}")
    return 0


def cmd_pdf(ctx: CliContext, args: argparse.Namespace) -> int:
    """Write the journal's PDF."""
    from precinct_app.services import journal_pdf  # ReportLab: only when printing

    with ctx.open().reading() as session:
        data = journal_pdf.render_journal_pdf(session, ctx.clock, args.lang)
    path = pdf_common.save_pdf(Path(args.out), data)
    ctx.out(ctx.say("journal_pdf_written", path=path))
    return 0


def cmd_dispute(ctx: CliContext, args: argparse.Namespace) -> int:
    """Record the decision on one disputed ballot."""
    decision, option = disputes.parse_decision(args.decision)
    with ctx.open().transaction() as session:
        item = disputes.decide(session, ctx.clock, args.member, args.contest, decision, option,
                               args.votes_for, args.votes_against, args.abstained, args.note)
        station = load_station(session)
    ctx.out(ctx.say("dispute_recorded", dispute=item.id, contest=item.contest_id,
                    decision=dispute_decision_text(item, station, ctx.lang)))
    return 0


def cmd_disputes(ctx: CliContext, args: argparse.Namespace) -> int:
    """List the disputed ballots decided and the tally per contest."""
    with ctx.open().reading() as session:
        found = disputes.decisions(session)
        tallies = disputes.tallies(session)
        station = load_station(session)
        exported = disputes.exported(session) if args.json else []
    if args.json:
        ctx.out(json.dumps({"decisions": exported, "tallies": [
            {"contest": t.contest_id, "invalid": t.invalid, "not_counted": t.not_counted,
             "valid": t.valid, "total": t.total} for t in tallies]},
            ensure_ascii=False, indent=1))
        return 0
    if not found:
        ctx.out(ctx.say("disputes_none"))
        return 0
    tz = station.timezone
    for item in found:
        note = f"  «{item.note}»" if item.note else ""
        ctx.out(f"{item.id}. {clock_text(item.at, tz)}  {item.contest_id}  "
                f"{dispute_decision_text(item, station, ctx.lang)}  "
                f"({vote_text(item.vote, [ctx.lang])}; {item.member_id}){note}")
    for tally in tallies:
        if tally.total:
            ctx.out(tally_text(tally, station, ctx.lang))
    return 0
