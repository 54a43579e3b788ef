"""``python tests/standby_cli.py server standby|promote|forget-standby ...``: the CLI with
the standby's commands under ``server`` (a stand-in until cli/server_cmd.py wires
``standby_cmd.add_commands`` into its group at the merge of issue 15)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from precinct_app import cli
from precinct_app.cli import standby_cmd

_build = cli.build_parser


def _with_standby() -> object:
    parser = _build()
    groups = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    if "server" in groups:
        server_sub = groups["server"]._subparsers._group_actions[0]
        if "promote" not in server_sub.choices:
            standby_cmd.add_commands(server_sub)
    else:
        server = parser._subparsers._group_actions[0].add_parser("server")  # type: ignore[union-attr]
        standby_cmd.add_commands(server.add_subparsers(dest="server_command", required=True))
    return parser


cli.build_parser = _with_standby  # type: ignore[assignment]

if __name__ == "__main__":
    sys.exit(cli.main(sys.argv[1:]))
