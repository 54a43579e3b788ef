"""A decision taken by a member with a written reason (undo an issuance, correct a protocol).

The subclass words it (so the translations stay in its own context) and names the
action whose members may decide; OK stays disabled until a member and a reason are there.
"""

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
from precinct_app.ui.sizes import scaled


class ReasonDialog(QDialog):
    """Who decides (a member whose role may take ``action``) and why.

    Subclasses word it in ``retranslate_ui`` (their own translation context).
    """

    def __init__(
        self, action: str, commission: tuple[Member, ...], lang: str,
        parent: QWidget | None = None, width: int = 520,
    ) -> None:
        super().__init__(parent)
        self._setup_ui(action, width)
        self.retranslate_ui()
        self.member.fill(commission, lang)
        self._connect_signals()
        self._on_reason_changed()

    def _setup_ui(self, action: str, width: int) -> None:
        self.setMinimumWidth(scaled(self, width))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.member = MemberCombo(action)
        self.member.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a dialog: tab through it
        self.member_caption = QLabel()
        form.addRow(self.member_caption, self.member)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(90)
        self.reason.setTabChangesFocus(True)
        self.reason_caption = QLabel()
        form.addRow(self.reason_caption, self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def retranslate_ui(self) -> None:
        """The subclass's texts."""
        raise NotImplementedError

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_changed)

    @Slot()
    def _on_reason_changed(self) -> None:
        ok = bool(self.reason.toPlainText().strip()) and bool(self.member.member_id)
        self.ok_button.setEnabled(ok)

    def answer(self) -> tuple[str, str] | None:
        """Run it: (member id, reason), or None when cancelled."""
        try:
            if self.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.member.member_id, self.reason.toPlainText().strip()
        finally:
            self.deleteLater()
