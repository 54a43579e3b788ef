"""The acting member of an action: the member signed in at this desk (docs/formats.md §7).

Screens build one per action (``MemberCombo("issue")``) and read ``member_id``/``member``
as before; it now shows the member signed in at this desk, read-only, or says that
member's role may not take the action (never offering somebody else: acting as another
member is a switch, with that member's PIN). Clicking it asks to switch member.

``choose=True`` is a real choice, for members who confirm with their own PIN (the two
members of an outside trip, the double entry's second member) and for the restore
dialog, where no desk is signed in yet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from precinct_app.messages import text
from precinct_app.services import permissions
from precinct_app.services.station import Member
from precinct_app.ui import desk_session
from precinct_app.ui.combos import ShrinkableCombo
from precinct_app.ui.signals import emit

_MEMBER = Qt.ItemDataRole.UserRole + 1


class MemberCombo(ShrinkableCombo):
    """The member allowed ``action`` (docs/domain.md §2), worded "Name — role".

    It never takes the keyboard focus from a search box by tabbing (click focus).
    """

    def __init__(self, action: str, parent: QWidget | None = None, *,
                 choose: bool = False) -> None:
        super().__init__(parent, chars=22)
        self._action = action
        self._choose = choose
        self._commission: tuple[Member, ...] = ()
        self._lang = "en"
        self._filled = False
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._signin = desk_session.current()
        if self._signin is not None:
            self._signin.changed.connect(self._on_signin_changed)

    @property
    def follows_desk(self) -> bool:
        """True when it shows the desk's member (not a choice)."""
        return not self._choose and self._signin is not None

    def fill(self, commission: tuple[Member, ...], lang: str, preferred: str = "") -> None:
        """Show the desk's member; a choice list keeps the current one, else ``preferred``."""
        chosen = self.member_id or preferred
        self._commission, self._lang, self._filled = commission, lang, True
        self.blockSignals(True)
        self.clear()
        desk = self._signin.acting if self._signin is not None else None
        if self.follows_desk:
            if desk is not None and permissions.allowed(desk.role, self._action):
                self._add(desk)
            self.setCurrentIndex(0 if self.count() else -1)
        else:
            for member in commission:
                if permissions.allowed(member.role, self._action):
                    self._add(member)
            self.setCurrentIndex(max(0, self.findData(chosen)) if self.count() else -1)
        self.blockSignals(False)
        self.retranslate(lang)

    def _add(self, member: Member) -> None:
        self.addItem("", member.id)
        self.setItemData(self.count() - 1, member, _MEMBER)

    def retranslate(self, lang: str) -> None:
        """Re-word the roles in ``lang`` (and what the desk's member may not do)."""
        self._lang = lang
        for i in range(self.count()):
            member: Member = self.itemData(i, _MEMBER)
            self.setItemText(i, f"{member.name} — {text(f'role_{member.role}', lang)}")
        desk = self._signin.acting if self._signin is not None else None
        if not self.follows_desk or self.count():
            note = ""
        elif desk is None:
            note = text("desk_nobody", lang)
        else:
            note = text("desk_may_not", lang, name=desk.name, role=desk.role)
        if self.follows_desk:
            self.setPlaceholderText(note)
            self.setToolTip(note or self.currentText())

    def showPopup(self) -> None:
        """A desk's member is changed by signing in: clicking asks to switch."""
        if self.follows_desk and self._signin is not None:
            emit(self._signin.switch_requested)
            return
        super().showPopup()

    @Slot()
    def _on_signin_changed(self) -> None:
        if self._filled:
            self.fill(self._commission, self._lang)
            emit(self.activated, self.currentIndex())  # screens hear a new actor

    @property
    def member_id(self) -> str:
        """The acting member's id ('' when nobody may take the action)."""
        return str(self.currentData() or "")

    @property
    def member(self) -> Member | None:
        """The acting member."""
        found = self.currentData(_MEMBER)
        return found if isinstance(found, Member) else None
