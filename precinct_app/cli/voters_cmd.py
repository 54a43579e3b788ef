"""``precinct voters ...``: one parser, the actions registered by their modules."""

from __future__ import annotations

from typing import Any

from precinct_app.cli import boxes_cmd, voters_day_cmd, voters_find_cmd, voters_import_cmd
from precinct_app.cli.context import hint


def register(sub: Any) -> None:
    """Add ``voters`` and its actions."""
    parser = sub.add_parser("voters", help=hint("help_voters"))
    voters_sub = parser.add_subparsers(dest="voters_command", required=True, metavar="ACTION")
    voters_import_cmd.register(voters_sub)
    voters_find_cmd.register(voters_sub)
    voters_day_cmd.register(voters_sub)
    boxes_cmd.register_voters(voters_sub)
