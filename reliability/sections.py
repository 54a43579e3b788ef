"""Every section of the suite, in the order the table lists them.

To add one: a module with a ``SECTION`` (see ``reliability/__init__.py``), one line here.
"""

from __future__ import annotations

from reliability import (
    Section,
    flipped_byte,
    full_disk,
    fuzz,
    hostile_stick,
    kill_child,
    kill_cli,
    racing_desks,
    standby_failover,
    tamper,
)

SECTIONS: tuple[Section, ...] = (
    kill_cli.SECTION,
    kill_child.SECTION,
    racing_desks.SECTION,
    flipped_byte.SECTION,
    tamper.SECTION,
    hostile_stick.SECTION,
    fuzz.SECTION,
    full_disk.SECTION,
    standby_failover.SECTION,
)
