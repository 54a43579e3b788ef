"""The bundle's ``precinct`` (packaging/precinct.spec): the command line's entry point."""

import sys

from precinct_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
