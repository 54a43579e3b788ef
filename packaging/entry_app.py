"""The bundle's ``precinct-app`` (packaging/precinct.spec): the window's entry point."""

import sys

from precinct_app.ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
