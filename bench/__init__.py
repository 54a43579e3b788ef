"""Benchmarks (``make bench``): Precinct's own paths against raw SQLite baselines."""
