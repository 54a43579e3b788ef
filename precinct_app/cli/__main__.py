"""``python -m precinct_app.cli``."""

import sys

from precinct_app.cli import main

sys.exit(main())
