"""``precinct-app``'s entry point: the cyclic collector stays off while the app loads.

Loading the app makes some 100,000 objects (SQLAlchemy's, Qt's and our own classes and
tables) that live as long as it does, so every collection Python would run meanwhile
is wasted: about a tenth of the start-up's CPU on a 2-core laptop. The window's own
collector (ui/collector.py) takes over as the app starts and freezes what was loaded.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence


def load() -> Callable[[Sequence[str] | None], int]:
    """Load the app with collection off; its ``main``."""
    gc.disable()
    from precinct_app.ui.app import main as run_app

    return run_app


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app."""
    return load()(argv)
