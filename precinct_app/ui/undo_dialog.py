"""Undoing a mistaken issuance: a decision, so a modal dialog (chair or deputy, with a reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from precinct_app.services.station import Member
from precinct_app.ui.member_combo import MemberCombo


class UndoDialog(QDialog):
    """Who undoes it and why; OK stays disabled until a reason is written."""

    def __init__(
        self, voter_text: str, commission: tuple[Member, ...], lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._setup_ui(voter_text)
        self.member.fill(commission, lang)
        self._connect_signals()
        self._on_reason_changed()

    def _setup_ui(self, voter_text: str) -> None:
        self.setWindowTitle(self.tr("Undo a mistaken issuance"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The issuance stays in the records, marked undone, with your reason and "
                    "name in the audit log.\n%1").replace("%1", voter_text)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.member = MemberCombo("undo")
        self.member.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a dialog: tab through it
        form.addRow(self.tr("Undone by (chair or deputy):"), self.member)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why the issuance was a mistake"))
        self.reason.setFixedHeight(90)
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Undo issuance"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_changed)

    @Slot()
    def _on_reason_changed(self) -> None:
        ok = bool(self.reason.toPlainText().strip()) and bool(self.member.member_id)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(
        cls, parent: QWidget | None, voter_text: str, commission: tuple[Member, ...], lang: str,
    ) -> tuple[str, str] | None:
        """(member id, reason), or None when cancelled (tests replace this)."""
        dialog = cls(voter_text, commission, lang, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.member.member_id, dialog.reason.toPlainText().strip()
        finally:
            dialog.deleteLater()
