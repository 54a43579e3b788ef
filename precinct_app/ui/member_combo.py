"""A commission-member chooser limited to the roles that may take one action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from precinct_app.messages import text
from precinct_app.services import permissions
from precinct_app.services.station import Member
from precinct_app.ui.combos import ShrinkableCombo

_MEMBER = Qt.ItemDataRole.UserRole + 1


class MemberCombo(ShrinkableCombo):
    """Members allowed ``action`` (docs/domain.md §2), worded "Name — role".

    It never takes the keyboard focus from a search box by tabbing (click focus).
    """

    def __init__(self, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, chars=22)
        self._action = action
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def fill(self, commission: tuple[Member, ...], lang: str, preferred: str = "") -> None:
        """List the allowed members; keep the current one, else ``preferred``, else the first."""
        chosen = self.member_id or preferred
        self.blockSignals(True)
        self.clear()
        for member in commission:
            if permissions.allowed(member.role, self._action):
                self.addItem("", member.id)
                self.setItemData(self.count() - 1, member, _MEMBER)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        """Re-word the roles in ``lang``."""
        for i in range(self.count()):
            member: Member = self.itemData(i, _MEMBER)
            self.setItemText(i, f"{member.name} — {text(f'role_{member.role}', lang)}")

    @property
    def member_id(self) -> str:
        """The chosen member's id ('' when nobody may take the action)."""
        return str(self.currentData() or "")

    @property
    def member(self) -> Member | None:
        """The chosen member."""
        found = self.currentData(_MEMBER)
        return found if isinstance(found, Member) else None
