"""What the day's records say, per contest, beside the steps of the count.

The commission summarises the list data (step 2) and cancels the unused and spoiled
ballots (step 1) against these figures: voters on the list, ballots received, issued
in and outside the premises, spoiled, and what should be left to cancel.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from precinct_app.messages import capitalized
from precinct_app.services.counting import Expected
from precinct_app.services.localize import grouped, in_language
from precinct_app.services.station import StationInfo
from precinct_app.ui.i18n import interface_language


class RecordsBox(QGroupBox):
    """The figures of every contest from the records, numbers right-aligned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._grids: list[tuple[QLabel, list[QLabel], list[QLabel]]] = []

    def _captions(self) -> list[str]:
        return [capitalized("word_voters_on_list", interface_language()),
                self.tr("Ballots received"),
                self.tr("Issued in the premises"), self.tr("Issued outside the premises"),
                self.tr("Spoiled (replaced)"), self.tr("Left to cancel (unused + spoiled)")]

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("What the records say"))
        for _title, captions, _values in self._grids:
            for label, caption in zip(captions, self._captions(), strict=True):
                label.setText(caption)

    def show_records(self, station: StationInfo, expected: Sequence[Expected],
                     lang: str, blind: bool = False) -> None:
        """One block per contest; ``blind``: the figure left to cancel is held back until
        the commission has counted and recorded its own (step 1)."""
        while len(self._grids) < len(expected):
            title = QLabel()
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            title.setWordWrap(True)
            self._layout.addWidget(title)
            grid = QGridLayout()
            grid.setColumnStretch(0, 1)
            captions = [QLabel() for _ in range(6)]
            values = [QLabel() for _ in range(6)]
            for row, (caption, value) in enumerate(zip(captions, values, strict=True)):
                caption.setWordWrap(True)
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(caption, row, 0)
                grid.addWidget(value, row, 1)
            bold = QFont(values[-1].font())
            bold.setBold(True)
            values[-1].setFont(bold)
            captions[-1].setFont(bold)
            self._layout.addLayout(grid)
            self._grids.append((title, captions, values))
        titles = {c.id: in_language(c.title, lang) for c in station.contests}
        for (title, _captions, values), figure in zip(self._grids, expected, strict=False):
            title.setText(titles.get(figure.contest_id, figure.contest_id))
            numbers = (figure.voters_on_list, figure.received, figure.issued_in_premises,
                       figure.issued_outside, figure.spoiled, figure.to_cancel)
            for label, number in zip(values, numbers, strict=True):
                label.setText(grouped(number))
            values[-1].setText("—" if blind else grouped(figure.to_cancel))
            values[-1].setToolTip(self.tr(
                "Shown once the ballots cancelled are counted and recorded (step 1)")
                if blind else "")
        self.retranslate_ui()
