"""One entry point for the files under the top-level ``resources/`` folder."""

from __future__ import annotations

from pathlib import Path

_ROOT = (Path(__file__).resolve().parent.parent / "resources").resolve()


def resource_root() -> Path:
    """The ``resources/`` folder shipped beside the package."""
    return _ROOT


def resource_path(name: str) -> Path:
    """Path of a shipped resource, e.g. ``fonts/NotoSans-Regular.ttf``.

    Refuses names that would escape the resources folder.
    """
    path = (_ROOT / name).resolve()
    if _ROOT not in path.parents and path != _ROOT:
        raise ValueError(f"resource name escapes the resources folder: {name!r}")
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {name}")
    return path
