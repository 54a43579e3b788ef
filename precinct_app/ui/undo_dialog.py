"""Undoing a mistaken issuance: a decision, so a modal dialog (chair or deputy, with a reason)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from precinct_app.messages import capitalized
from precinct_app.services.station import Member
from precinct_app.ui.i18n import fill, interface_language
from precinct_app.ui.reason_dialog import ReasonDialog


class UndoDialog(ReasonDialog):
    """Who undoes it and why; OK stays disabled until a reason is written."""

    def __init__(
        self, voter_text: str, commission: tuple[Member, ...], lang: str,
        parent: QWidget | None = None,
    ) -> None:
        self._voter_text = voter_text
        super().__init__("undo", commission, lang, parent)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(self.tr("Undo a mistaken issuance"))
        self.intro.setText(
            fill(self.tr("The issuance stays in the records, marked undone, with your reason and "
                    "name in the audit log.\n%1"), self._voter_text)
        )
        self.member_caption.setText(self.tr("Undone by (chair or deputy):"))
        self.reason_caption.setText(capitalized("word_reason", interface_language()) + ":")
        self.reason.setPlaceholderText(self.tr("Why the issuance was a mistake"))
        self.ok_button.setText(self.tr("Undo issuance"))
        self.cancel_button.setText(self.tr("Cancel"))

    @staticmethod
    def voter_words(full_name: str, list_no: int) -> str:
        """The voter as the dialog names them: name and list number (№ in kk and ru)."""
        return fill(QCoreApplication.translate("UndoDialog", "%1, No. %2"), full_name, str(list_no))

    @classmethod
    def ask(
        cls, parent: QWidget | None, voter_text: str, commission: tuple[Member, ...], lang: str,
    ) -> tuple[str, str] | None:
        """(member id, reason), or None when cancelled (tests replace this)."""
        return cls(voter_text, commission, lang, parent).answer()
