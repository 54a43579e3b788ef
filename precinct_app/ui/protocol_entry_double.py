"""The double entry of the protocol: a second member types the entered lines again, blind.

Stages: the first member types (``first``); "Hand over" keeps the first entry aside and
blanks the entered lines; the second member types them again (``second``); "Compare"
lists the lines where the two differ (services.protocol.compare_entries), in place,
and saves nothing until they agree; then everything is saved in one call with
``confirmed_by`` = the second member.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from precinct_app.messages import text
from precinct_app.services import protocol
from precinct_app.services.protocol import Mismatch
from precinct_app.services.protocol_data import LineValue
from precinct_app.ui.i18n import fill
from precinct_app.ui.pin_dialog import confirm_pin

if TYPE_CHECKING:
    from precinct_app.ui.protocol_entry import ProtocolEntry

OFF, FIRST, SECOND = "", "first", "second"


class DoubleEntry(QObject):
    """The state of the double entry of one :class:`ProtocolEntry`."""

    def __init__(self, entry: ProtocolEntry) -> None:
        super().__init__(entry)
        self._entry = entry
        self.stage = OFF
        self.first: dict[str, int | None] = {}
        self.mismatches: dict[str, Mismatch] = {}

    @property
    def active(self) -> bool:
        """The double entry is chosen."""
        return self.stage != OFF

    @property
    def blind(self) -> bool:
        """The second member is typing: the entered lines show their entry, not the first."""
        return self.stage == SECOND

    def may_type(self, line: LineValue) -> bool:
        """While the second member types, only the entered lines are open."""
        return not (self.blind and line.is_computed)

    def button_text(self) -> str:
        """What the entry's Save button says now ('' = an ordinary save)."""
        if self.stage == FIRST:
            return self.tr("Hand over to the second member")
        if self.stage == SECOND:
            return self.tr("Compare the entries and save")
        return ""

    def reset(self) -> None:
        """Forget both entries (another contest, or after a save)."""
        self.stage = FIRST if self.stage != OFF else OFF
        self.first = {}
        self.mismatches = {}

    def typed(self, key: str) -> None:
        """A line was typed: its mismatch is being put right."""
        self.mismatches.pop(key, None)

    def _entered(self) -> list[LineValue]:
        data = self._entry.data
        return [] if data is None else [x for x in data.lines if not x.is_computed]

    @Slot(bool)
    def set_enabled(self, on: bool) -> None:
        """The checkbox: start the double entry, or drop it (the first entry comes back)."""
        if not on and self.stage == SECOND:
            self._restore_first()
        self.stage = FIRST if on else OFF
        self.first = {}
        self.mismatches = {}
        self._entry.banner.clear_message()
        self._entry.show_state()

    def advance(self) -> None:
        """The Save button in double entry: hand over, or compare and save."""
        if self.stage == FIRST:
            self._hand_over()
        elif self.stage == SECOND:
            self._compare()

    def _hand_over(self) -> None:
        entry = self._entry
        first, second = entry.member_combo.member, entry.second_combo.member
        if first is None or second is None:
            return
        if first.id == second.id:
            entry.banner.show_message(
                "error", text("double_entry_same_member", entry.lang, member=first.name))
            return
        if not confirm_pin(entry, entry.ctx, second):  # the second member types their PIN
            return
        typed = entry.typed_values()
        lines = self._entered()
        self.first = {x.key: typed[x.key] for x in lines}
        self.stage = SECOND
        self.mismatches = {}
        for line in lines:
            entry.rows[line.key].set_value(None)
            entry.dirty.add(line.key)
        entry.banner.show_message("warn", fill(self.tr(
            "%1 now types lines %2 again; the first entry is hidden."), second.name,
                                               ", ".join(x.number for x in lines)))
        entry.show_state()
        entry.focus_first_empty()

    def _compare(self) -> None:
        entry = self._entry
        data = entry.data
        second_member = entry.second_combo.member_id
        if data is None:
            return
        typed = entry.typed_values()
        second = {x.key: typed[x.key] for x in self._entered()}
        found = protocol.compare_entries(data.lines, self.first, second)
        if found:
            self.mismatches = {m.key: m for m in found}
            entry.banner.show_message("error", fill(self.tr(
                "The entries differ on %n line(s): %1. Nothing is saved: correct the second "
                "entry.", "", len(found)), ", ".join(m.number for m in found)))
            entry.show_state()
            entry.sheet_scroll.ensureWidgetVisible(entry.rows[found[0].key].edit)
            return
        values = {k: v for k, v in entry.changed_values().items() if k not in second}
        values.update(second)
        if entry.save(values, confirmed_by=second_member):
            self.stage = FIRST
            self.first = {}
            self.mismatches = {}
            entry.show_state()

    def _restore_first(self) -> None:
        for key, value in self.first.items():
            row = self._entry.rows.get(key)
            if row is not None:
                row.set_value(value)

    @Slot()
    def restart(self) -> None:
        """Back to the first entry: its values return, the second entry is dropped."""
        if self.stage == SECOND:
            self._restore_first()
        self.stage = FIRST
        self.first = {}
        self.mismatches = {}
        self._entry.banner.clear_message()
        self._entry.show_state()
