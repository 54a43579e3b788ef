"""Pixel sizes that grow with the text ("large text"): fixed column widths and the like."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

BASE_POINT_SIZE = 11  # the normal text size; "large text" is larger (ui.shell)


def scaled(widget: QWidget, pixels: int) -> int:
    """``pixels`` measured at the normal text size, for ``widget``'s text size now."""
    size = widget.font().pointSizeF()
    return round(pixels * size / BASE_POINT_SIZE) if size > 0 else pixels


def text_width(widget: QWidget, sample: str) -> int:
    """Pixels for ``sample`` in ``widget``'s font, with a table cell's padding."""
    return widget.fontMetrics().horizontalAdvance(sample) + 18
