"""Parts of the counting screen: a step of the sequence, and the cancelled-ballots entry.

A step is done (a check mark and the word, the time and who confirmed it), the
current one (highlighted), or still to do (greyed). The first step asks how many
ballots were cancelled per contest; what the records expect shows once a figure is typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRegularExpression, Qt, Slot
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from precinct_app.services import phases
from precinct_app.services.counting import CountStatus, Expected
from precinct_app.services.localize import grouped, in_language
from precinct_app.services.station import ContestInfo
from precinct_app.ui import palette
from precinct_app.ui.checks_panel import signed_number
from precinct_app.ui.i18n import fill
from precinct_app.ui.protocol_entry_rows import parse_value
from precinct_app.ui.sizes import scaled

DONE, CURRENT, PENDING = "done", "current", "pending"
_FRAMES = {
    DONE: f"background: {palette.PANEL};",
    CURRENT: f"background: {palette.CURRENT_TINT}; border-left: 4px solid {palette.ACCENT};",
    PENDING: "background: transparent;",
}
# Text colours: 4.5:1 or more on their backgrounds; pending steps greyed, still readable.
_TEXTS = {DONE: palette.TEXT, CURRENT: palette.TEXT_STRONG, PENDING: palette.TEXT_MUTED}
_MARK_COLOURS = {DONE: palette.OK_TEXT, CURRENT: palette.ACCENT, PENDING: palette.TEXT_MUTED}
_MARKS = {DONE: "✔", CURRENT: "▶", PENDING: "○"}
# Digits, with the thousands spaces the screen may show (as on the protocol lines).
_DIGITS = QRegularExpression(r"[0-9 \x{202f}\x{2009}\x{00a0}]{0,7}")


def capitalised(sentence: str) -> str:
    """The first letter up (the step names are worded as sentence parts)."""
    return sentence[:1].upper() + sentence[1:]


class StepRow(QFrame):
    """One step of the sequence: number, state, name, who and when."""

    def __init__(self, step: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.state = PENDING
        self.setObjectName(f"step_{step}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        self.number = QLabel(f"{number}.")
        self.number.setFixedWidth(22)
        self.state_label = QLabel()
        self.state_label.setMinimumWidth(110)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.number)
        layout.addWidget(self.state_label)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.detail)

    def show_step(self, state: str, name: str, state_word: str, detail: str) -> None:
        """Show the step in ``state`` with its texts."""
        self.state = state
        name_ = self.objectName()
        self.setStyleSheet(f"#{name_} {{ {_FRAMES[state]} border-radius: 4px; }}"
                           f" #{name_} QLabel {{ color: {_TEXTS[state]}; }}")
        font = QFont(self.name.font())
        font.setBold(state == CURRENT)
        self.name.setFont(font)
        self.state_label.setFont(font)
        self.state_label.setStyleSheet(f"color: {_MARK_COLOURS[state]};")
        self.state_label.setText(f"{_MARKS[state]} {state_word}")
        self.name.setText(capitalised(name))
        self.detail.setText(detail)


class CancelEntry(QObject):
    """Per contest: the ballots cancelled, as counted, then what the records expect.

    The count is blind: every field starts empty, and what the records expect and the
    difference appear only once a figure is typed (issue 11 item 8), in room the grid
    keeps from the start.
    """

    def __init__(self, grid: QGridLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self._grid = grid
        self._parent = parent
        self.edits: dict[str, QLineEdit] = {}
        self.expected_labels: dict[str, QLabel] = {}
        self.difference_labels: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        self.expected: dict[str, Expected] = {}

    def fill(self, contests: Sequence[ContestInfo], expected: Sequence[Expected],
             lang: str) -> None:
        """One row per contest; what was typed is kept."""
        figures = {e.contest_id: e for e in expected}
        for row, contest in enumerate(contests):
            if contest.id not in self.edits:
                title = QLabel(self._parent)
                # One line, never wrapped: the box keeps the same room when hidden (a
                # wrapped label's height is not known then); a long title clips, whole
                # in the tooltip.
                title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                edit = QLineEdit(self._parent)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                edit.setValidator(QRegularExpressionValidator(_DIGITS, edit))
                edit.setFixedWidth(scaled(edit, 120))
                edit.textEdited.connect(self._on_edit_text_edited)
                expected_label = QLabel(self._parent)
                # Wrapped, never widening the window as it appears, in two lines' room
                # kept from the start.
                expected_label.setWordWrap(True)
                expected_label.setFixedHeight(2 * expected_label.fontMetrics().lineSpacing() + 4)
                difference = QLabel(self._parent)
                self._grid.addWidget(title, 2 * row, 0, 1, 3)  # the contest, then its figures
                for column, widget in enumerate((edit, expected_label, difference)):
                    self._grid.addWidget(widget, 2 * row + 1, column)
                self.titles[contest.id], self.edits[contest.id] = title, edit
                self.expected_labels[contest.id] = expected_label
                self.difference_labels[contest.id] = difference
            caption = fill(self.tr("Ballots cancelled: %1"), in_language(contest.title, lang))
            self.titles[contest.id].setText(caption)
            self.titles[contest.id].setToolTip(caption)
            self.edits[contest.id].setPlaceholderText(self.tr("count them"))
            figure = figures.get(contest.id)
            if figure is not None:
                self.expected[contest.id] = figure
        self.show_texts()

    def values(self) -> dict[str, int | None]:
        """Contest id -> ballots cancelled, as typed (None: not typed yet)."""
        return {cid: parse_value(edit.text()) for cid, edit in self.edits.items()}

    def clear(self) -> None:
        """Empty every field (the step was recorded)."""
        for edit in self.edits.values():
            edit.clear()
        self.show_texts()

    def show_texts(self) -> None:
        """The expected figures and the differences, for the figures typed only."""
        for cid, edit in self.edits.items():
            figure = self.expected.get(cid)
            value = parse_value(edit.text())
            expected_label, label = self.expected_labels[cid], self.difference_labels[cid]
            if figure is None or value is None:  # blind until counted
                expected_label.setText("")
                label.setText("")
                label.setStyleSheet("")
                continue
            expected_label.setText(
                fill(self.tr("the records expect %1 (of which %2 spoiled)"),
                     grouped(figure.to_cancel), grouped(figure.spoiled)))
            difference = value - figure.to_cancel
            if difference:
                label.setText(fill(self.tr("■ differs by %1"), signed_number(difference)))
                label.setStyleSheet(f"background: {palette.WARN_TINT}; color: {palette.WARN_TEXT};"
                                    " font-weight: bold; padding: 2px 6px; border-radius: 4px;")
            else:
                label.setText(self.tr("✔ as expected"))
                label.setStyleSheet(f"color: {palette.OK_TEXT}; padding: 2px 6px;")

    def set_enabled(self, enabled: bool) -> None:
        """The entry is open only while the first step is the next."""
        for edit in self.edits.values():
            edit.setEnabled(enabled)

    def first_empty(self) -> QLineEdit | None:
        """The first field not typed yet."""
        return next((e for e in self.edits.values() if not e.text().strip()), None)

    @Slot(str)
    def _on_edit_text_edited(self, _text: str) -> None:
        self.show_texts()


_OVER = (f"background: {palette.ERROR_TINT}; color: {palette.ERROR_TEXT}; font-weight: bold;"
         " padding: 2px 8px;")


class LimitLabel(QLabel):
    """The 12-hour limit of the count: started, limit, time left; past it, red and worded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countLimit")
        # As tall as its tallest look (bold, padded, past the limit) from the start: the
        # tabs beside it, and all under them, never move when the limit passes.
        self.setStyleSheet(_OVER)
        self.setText("✕ 0")
        self.setMinimumHeight(self.sizeHint().height())
        self.setText("")

    def show_limit(self, status: CountStatus, now: dt.datetime,
                   hhmm: Callable[[dt.datetime], str]) -> None:
        """Show where ``status`` stands at ``now`` (``hhmm``: a time in the election's zone)."""
        if status.started_at is None or status.deadline is None:
            self.setText(self.tr("The 12-hour limit runs from the first step of the count."))
            self.setStyleSheet(f"color: {palette.TEXT_SECONDARY};")
            return
        started, deadline = hhmm(status.started_at), hhmm(status.deadline)
        if status.phase == phases.SIGNED:
            self.setText(fill(self.tr("Count started at %1 · limit %2 · signed"), started,
                              deadline))
            self.setStyleSheet(f"color: {palette.OK_TEXT};")
        elif now > status.deadline:
            self.setText(
                fill(self.tr("✕ Over the 12-hour limit: started at %1, limit %2, passed by %3"),
                     started, deadline, self._duration(now - status.deadline)))
            self.setStyleSheet(_OVER)
        else:
            self.setText(fill(self.tr("Count started at %1 · limit %2 · %3 left"), started,
                              deadline, self._duration(status.deadline - now)))
            self.setStyleSheet(f"color: {palette.TEXT_STRONG}; font-weight: bold;")

    def _duration(self, span: dt.timedelta) -> str:
        minutes = max(0, int(span.total_seconds() // 60))
        return fill(self.tr("%1 h %2 min"), str(minutes // 60), f"{minutes % 60:02d}")
