"""Ballots issued per hour of the voting day: a small bar chart drawn with QPainter.

PySide6-Essentials has no QtCharts. Every bar carries its number, so the chart
reads without colour; the hour still in progress is hatched and starred.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from precinct_app.services.localize import grouped
from precinct_app.ui import palette

BAR = QColor(palette.ACCENT)
BAR_OPEN = QColor(palette.ACCENT_PALE)
GRID = QColor(palette.CHART_GRID)
AXIS = QColor(palette.CHART_AXIS)


def nice_step(peak: int) -> int:
    """A round tick step giving at most four grid lines up to ``peak``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak <= step * 4:
            return step
    return 10_000


class TurnoutChart(QWidget):
    """Bars per hour ("HH", count) with hour labels, value labels and a value axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hours: tuple[tuple[str, int], ...] = ()
        self._current = ""
        self._axis_text = ""
        self._current_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_hours(self, hours: Sequence[tuple[str, int]], current: str = "") -> None:
        """Show these hours in order; ``current`` ("HH") is the hour still in progress.

        Hours after ``current`` are still to come and get no value label.
        """
        self._hours = tuple(hours)
        self._current = current
        self.setAccessibleDescription(", ".join(f"{h}: {n}" for h, n in self._hours
                                                if not self._future(h)))
        self.update()

    def set_texts(self, axis: str, current_note: str) -> None:
        """The caption under the hours and the note for the starred hour in progress."""
        self._axis_text = axis
        self._current_text = current_note
        self.update()

    @property
    def hours(self) -> tuple[tuple[str, int], ...]:
        """What the chart shows."""
        return self._hours

    def _future(self, hour: str) -> bool:
        return bool(self._current) and hour > self._current

    def sizeHint(self) -> QSize:
        """Room for a voting day's thirteen or so bars."""
        return QSize(560, 260)

    def minimumSizeHint(self) -> QSize:
        """Still readable in a narrow window."""
        return QSize(300, 180)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Grid and value axis, the bars with their numbers, the hours, the caption."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.9)
        bold = QFont(font)
        bold.setBold(True)
        fm, fm_small = QFontMetrics(font), QFontMetrics(small)
        peak = max((n for _, n in self._hours), default=0)
        step = nice_step(peak)
        top_value = max(step, -(-peak // step) * step)
        left = fm_small.horizontalAdvance(grouped(top_value)) + 12
        top = fm.height() + 6
        captions = [self._axis_text]
        if self._current and any(h == self._current for h, _ in self._hours):
            note = "* " + self._current_text
            joined = f"{captions[0]}    {note}"
            if fm_small.horizontalAdvance(joined) <= self.width() - left - 8:
                captions = [joined]
            else:
                captions.append(note)
        bottom = fm.height() + len(captions) * (fm_small.height() + 1) + 14
        plot = QRectF(left, top, max(10.0, self.width() - left - 8),
                      max(10.0, self.height() - top - bottom))
        # The value axis: light grid lines with their numbers.
        painter.setFont(small)
        for tick in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * tick / top_value
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y - fm_small.height() / 2, left - 6, fm_small.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             grouped(tick))
        slot = plot.width() / max(1, len(self._hours))
        label_every = 1 if slot >= fm.horizontalAdvance("00") + 6 else 2
        for i, (hour, count) in enumerate(self._hours):
            x = plot.left() + i * slot
            height = plot.height() * count / top_value
            bar = QRectF(x + slot * 0.16, plot.bottom() - height, slot * 0.68, height)
            in_progress = hour == self._current
            if count:
                painter.setPen(QPen(BAR, 1))
                painter.setBrush(BAR_OPEN if in_progress else BAR)
                painter.drawRect(bar)
                if in_progress:  # hatched: not colour alone
                    painter.setBrush(QBrush(BAR, Qt.BrushStyle.BDiagPattern))
                    painter.drawRect(bar)
            if not self._future(hour):
                painter.setFont(bold)
                painter.setPen(text_colour)
                label = grouped(count) + ("*" if in_progress else "")
                painter.drawText(QRectF(x - 10, bar.top() - fm.height() - 2, slot + 20,
                                        fm.height()),
                                 Qt.AlignmentFlag.AlignCenter, label)
            if i % label_every == 0:
                painter.setFont(font)
                painter.setPen(text_colour)
                painter.drawText(QRectF(x - 6, plot.bottom() + 4, slot + 12, fm.height()),
                                 Qt.AlignmentFlag.AlignCenter, hour)
        painter.setPen(QPen(AXIS, 1.5))
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()),
                         int(plot.bottom()))
        painter.drawLine(int(plot.left()), int(plot.top()), int(plot.left()),
                         int(plot.bottom()))
        painter.setFont(small)
        painter.setPen(text_colour)
        for row, line in enumerate(captions):
            painter.drawText(QRectF(plot.left(), self.height() - (len(captions) - row)
                                    * (fm_small.height() + 1) - 2,
                                    self.width() - plot.left(), fm_small.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        painter.end()
