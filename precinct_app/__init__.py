"""Precinct: station software for a precinct election commission."""

__version__ = "0.1.0"
