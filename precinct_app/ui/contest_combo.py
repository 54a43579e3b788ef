"""A chooser of the station's contests, worded in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from precinct_app.services.localize import in_language
from precinct_app.services.station import ContestInfo
from precinct_app.ui.combos import ShrinkableCombo


class ContestCombo(ShrinkableCombo):
    """The contests in ballot-paper order; it keeps the chosen one across refreshes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contests: tuple[ContestInfo, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # never takes a search box's focus

    def fill(self, contests: tuple[ContestInfo, ...], lang: str) -> None:
        """List ``contests``; the current one stays chosen when it is still there."""
        chosen = self.contest_id
        self._contests = contests
        self.blockSignals(True)
        self.clear()
        for contest in contests:
            self.addItem(in_language(contest.title, lang), contest.id)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def retranslate(self, lang: str) -> None:
        """Re-word the titles in ``lang``."""
        for i, contest in enumerate(self._contests):
            self.setItemText(i, in_language(contest.title, lang))

    @property
    def contest_id(self) -> str:
        """The chosen contest's id ('' before ``fill``)."""
        return str(self.currentData() or "")

    @property
    def several(self) -> bool:
        """True when there is a choice to make (more than one contest)."""
        return len(self._contests) > 1
