"""Protocol entry that looks like the paper form, with the control ratios checked live.

Each line: number, label, value (digits; empty is not zero), the value in words as it
is typed, and where it comes from. Computed lines are prefilled from the records;
typing another value there is an override: a reason field appears and only the chair
may save it (the service says so in place otherwise). The checks beside the lines are
evaluated on every keystroke over the values as typed; a failing check marks the lines
it involves. Save writes every changed line in one transaction (services.protocol.
set_values). With the double entry, a second member types the entered lines again,
blind, and nothing is saved until both entries agree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.services import permissions, phases, protocol, rules
from precinct_app.services.localize import clock_text
from precinct_app.services.protocol_data import ProtocolData
from precinct_app.services.station import StationInfo, load_station
from precinct_app.ui import palette
from precinct_app.ui.checks_panel import ChecksPanel, line_tints
from precinct_app.ui.contest_combo import ContestCombo
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.protocol_entry_double import DoubleEntry
from precinct_app.ui.protocol_entry_rows import (
    LineRow,
    LineSheet,
    RoomyBanner,
    vertical_scroll,
)
from precinct_app.ui.shortcuts import press, screen_key
from precinct_app.ui.signals import emit


class ProtocolEntry(QWidget):
    """The lines of one contest's protocol and its checks.

    Signals:
        saved(str): a write succeeded; the sentence for the status line.
    """

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.db is not None
        self._ctx = ctx
        self.ctx = ctx  # the double entry's second member confirms through it
        self.station: StationInfo | None = None
        self.data: ProtocolData | None = None
        self.dirty: set[str] = set()  # keys typed and not saved
        self._note = ""  # the state the banner describes: "signed", "not_counting" or ""
        self._setup_ui()
        self.double = DoubleEntry(self)
        self._connect_signals()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.contest_combo = ContestCombo()
        top.addWidget(self.contest_combo)
        self.member_caption = QLabel()
        top.addWidget(self.member_caption)
        self.member_combo = MemberCombo("count")
        top.addWidget(self.member_combo)
        self.double_check = QCheckBox()
        top.addWidget(self.double_check)
        self.second_combo = MemberCombo("count", choose=True)  # the double entry's second member
        top.addWidget(self.second_combo)
        top.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("protocolStatus")
        top.addWidget(self.status_label)
        layout.addLayout(top)
        body = QHBoxLayout()
        body.setSpacing(10)
        body.addLayout(self._build_lines(), 9)
        self.checks_panel = ChecksPanel()
        self.checks_scroll = vertical_scroll(self.checks_panel)
        # The lines take most of the width: fewer labels wrap, so all of them fit at
        # 1366x768 in each language (the checks wrap in their narrower column).
        self.checks_scroll.setMinimumWidth(300)
        right = QVBoxLayout()
        right.addWidget(self.checks_scroll, 1)
        # The reason for changing a computed line comes up under the checks: the lines'
        # sheet never shrinks over its last line when it appears (issue 11 item 7).
        self.reason_row = QFrame()
        self.reason_row.setObjectName("reasonRow")
        self.reason_row.setStyleSheet(
            f"#reasonRow {{ background: {palette.WARN_TINT}; border-radius: 6px; }}")
        reason = QVBoxLayout(self.reason_row)
        reason.setContentsMargins(8, 4, 8, 6)
        self.reason_caption = QLabel()
        self.reason_caption.setWordWrap(True)
        self.reason_caption.setStyleSheet(f"color: {palette.WARN_TEXT}; font-weight: bold;")
        reason.addWidget(self.reason_caption)
        self.reason_edit = QLineEdit()
        reason.addWidget(self.reason_edit)
        right.addWidget(self.reason_row)
        body.addLayout(right, 3)
        layout.addLayout(body, 1)

    def _build_lines(self) -> QVBoxLayout:
        left = QVBoxLayout()
        left.setSpacing(2)
        self.sheet = LineSheet()
        self.sheet_scroll = vertical_scroll(self.sheet)
        left.addWidget(self.sheet_scroll, 1)
        self.action_row = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        # The entry's key, not the button's: its caption changes with every keystroke.
        screen_key(self, QKeySequence.StandardKey.Save, press(self.save_button))
        self.action_row.addWidget(self.save_button)
        self.restart_button = QPushButton()
        for button in (self.save_button, self.restart_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.action_row.addWidget(self.restart_button)
        self.action_row.addStretch(0)  # takes the room while the screen's actions are hidden
        self.screen_actions = QWidget()  # the screen's own actions: hidden while typing blind
        self.screen_actions_row = QHBoxLayout(self.screen_actions)
        self.screen_actions_row.setContentsMargins(0, 0, 0, 0)
        self.action_row.addWidget(self.screen_actions, 1)
        left.addLayout(self.action_row)
        # Two lines' room kept from the start: a message appearing or going neither moves
        # the Save row nor shrinks the sheet over its last line (issue 11 items 7, 9).
        self.banner = RoomyBanner("entryBanner", padding="2px 10px")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        left.addWidget(self.banner)
        return left

    def add_action(self, widget: QWidget, stretch: int = 0) -> None:
        """Put ``widget`` in the row of the Save button (the screen's own actions)."""
        self.screen_actions_row.addWidget(widget, stretch)

    def _connect_signals(self) -> None:
        self.contest_combo.activated.connect(self._on_contest_combo_activated)
        self.sheet.edited.connect(self._on_sheet_edited)
        self.sheet.left_last.connect(self._on_sheet_left_last)
        self.sheet.moved_to.connect(self._on_sheet_moved_to)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.restart_button.clicked.connect(self.double.restart)
        self.double_check.toggled.connect(self.double.set_enabled)
        self.reason_edit.returnPressed.connect(self.save_button.setFocus)
        self.checks_panel.explain_saved.connect(self._on_checks_panel_explain_saved)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        lang = self._ctx.lang
        self.contest_combo.retranslate(lang)
        self.member_caption.setText(self.tr("Entered by:"))
        self.member_combo.retranslate(lang)
        self.double_check.setText(self.tr("Second member checks:"))
        self.double_check.setToolTip(self.tr(
            "A second member types the entered lines again without seeing the first entry; "
            "nothing is saved until both agree"))
        self.second_combo.setToolTip(self.tr("Types the entered lines again, blind"))
        self.second_combo.retranslate(lang)
        self.sheet.retranslate_ui()
        self.reason_edit.setPlaceholderText(self.tr("The reason, printed in the annex"))
        self.restart_button.setText(self.tr("Back to the first entry"))
        self.checks_panel.retranslate_ui()
        if self.data is not None:
            self.sheet.set_lines(self.data.lines, lang)
        self.show_state()

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the station and the chosen contest's protocol; unsaved typing is kept."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            self.contest_combo.fill(self.station.contests, self._ctx.lang)
            self.contest_combo.setVisible(self.contest_combo.several)
            data = protocol.build(session, self._ctx.clock, self.contest_combo.contest_id)
        preferred = self._ctx.settings.desk_member
        self.member_combo.fill(self.station.commission, self._ctx.lang, preferred)
        other = next((m.id for m in self.station.commission if m.id != self.member_combo.member_id
                      and permissions.allowed(m.role, "count")), "")
        self.second_combo.fill(self.station.commission, self._ctx.lang, other)
        self._set_data(data)

    @property
    def lang(self) -> str:
        """The interface language."""
        return self._ctx.lang

    @property
    def contest_id(self) -> str:
        """The contest whose protocol is shown."""
        return self.contest_combo.contest_id

    @property
    def editable(self) -> bool:
        """Values may be typed: the count has started and this protocol is not signed."""
        return (self.station is not None and self.data is not None
                and protocol.may_enter(self.station.phase, self.data))

    def _set_data(self, data: ProtocolData) -> None:
        same = self.data is not None and self.data.contest_id == data.contest_id
        if not same:
            self.dirty.clear()
            self.double.reset()
        self.data = data
        lang = self._ctx.lang
        last = self.sheet.last_edit() if self.sheet.set_lines(data.lines, lang) else None
        if last is not None:
            QWidget.setTabOrder(last, self.save_button)
        for line in data.lines:
            row = self.rows[line.key]
            if line.key not in self.dirty or row.value() == line.value:
                self.dirty.discard(line.key)
                if not (self.double.blind and not line.is_computed):
                    row.set_value(line.value)
        self.show_state()

    @property
    def rows(self) -> dict[str, LineRow]:
        """Line key -> its row on the sheet."""
        return self.sheet.rows

    def typed_values(self) -> dict[str, int | None]:
        """Every line's value as typed now."""
        return {key: row.value() for key, row in self.rows.items()}

    def changed_values(self) -> dict[str, int | None]:
        """The lines whose typed value differs from the stored one."""
        if self.data is None:
            return {}
        stored = self.data.values()
        return {k: v for k, v in self.typed_values().items() if v != stored.get(k)}

    def pending_overrides(self) -> list[str]:
        """Numbers of computed lines typed with another value than the records and not saved."""
        if self.data is None:
            return []
        typed = self.typed_values()
        return [line.number for line in self.data.lines
                if line.is_computed and typed[line.key] is not None
                and typed[line.key] != line.computed and typed[line.key] != line.value]

    def live_checks(self) -> tuple[rules.Check, ...]:
        """The form's checks evaluated over the values as typed (by the core)."""
        if self.data is None:
            return ()
        return rules.check_lines(self.data.checks, self.data.lines, self.typed_values())

    # -- showing -----------------------------------------------------------------------------

    def show_state(self) -> None:
        """Everything shown again over the data held and the values as typed."""
        data = self.data
        if data is None:
            return
        editable = self.editable
        for line in data.lines:
            self.rows[line.key].set_editable(editable and self.double.may_type(line))
        self._show_status()
        self._show_lines()

    def _show_status(self) -> None:
        data = self.data
        assert data is not None and self.station is not None
        version = fill(self.tr("Version %1"), str(data.version))
        if data.repeated:
            version += " · " + text("word_repeated_protocol", self._ctx.lang)
        state = self.tr("signed") if data.signed else self.tr("draft")
        self.status_label.setText(f"{version} · {state}")
        double = self.double_check.isChecked() and not data.signed
        self.second_combo.setVisible(double)
        self.status_label.setVisible(not double)  # the toolbar's room goes to the second member
        self.screen_actions.setVisible(not self.double.blind)
        self.double_check.setEnabled(self.editable)
        for widget in (self.save_button, self.member_caption, self.member_combo):
            widget.setVisible(not data.signed)
        self.double_check.setVisible(not data.signed)
        self.restart_button.setVisible(self.double.blind)
        note = ("signed" if data.signed else "" if self.station.phase == phases.COUNTING
                else "not_counting")
        if note == "signed":
            at = clock_text(data.signed_at, self._timezone()) if data.signed_at else ""
            self.banner.show_message("ok", fill(
                self.tr("Signed at %1, code %2. The protocol is locked: only a correction can "
                        "change it."), at, data.code or ""))
        elif note and self.banner.kind != "error":
            self.banner.show_message("warn", self.tr(
                "The values are entered once the count has started (the first step)."))
        elif self._note and self.banner.text() and not note:
            self.banner.clear_message()  # the state it described is over (count began, correction)
        self._note = note

    def _timezone(self) -> str:
        return self.station.timezone if self.station else "UTC"

    def _show_lines(self) -> None:
        """Words, sources, checks and their marks over the values as typed (every keystroke)."""
        data = self.data
        if data is None:
            return
        lang = self._ctx.lang
        typed = self.typed_values()
        checks = self.live_checks()
        tints = line_tints(checks, lang)
        mismatches = self.double.mismatches
        for line in data.lines:
            row = self.rows[line.key]
            row.show_source(typed[line.key])
            found = mismatches.get(line.key)
            if found is not None:
                row.show_words(lang, found.first, found.second, mismatch=True)
                row.set_tint("mismatch", self.tr("The two entries differ on this line"))
            else:
                row.show_words(lang)
                kind, tips = tints.get(line.key, ("", []))
                row.set_tint(kind, "\n".join(tips))
        self.checks_panel.show_live(data, checks, lang, self.editable)
        pending = self.pending_overrides()
        self.reason_row.setVisible(bool(pending) and self.editable)
        self.reason_caption.setText(fill(
            self.tr("Line %1 differs from the records: only the chair may change it, with a "
                    "reason:"), ", ".join(pending)))
        self._show_save()

    def _show_save(self) -> None:
        changed = len(self.changed_values())
        self.save_button.setEnabled(self.editable and (changed > 0 or self.double.active))
        saved_word = self.tr("Saved") if changed == 0 else self.tr(
            "Save %n changed line(s)", "", changed)
        self.save_button.setText(self.double.button_text() or saved_word)
        self.save_button.setToolTip(self.tr("Saves every changed line at once (Ctrl+S)"))

    # -- saving ------------------------------------------------------------------------------

    def save(self, values: dict[str, int | None] | None = None,
             confirmed_by: str | None = None) -> bool:
        """Write ``values`` (the changed lines by default) in one transaction; report in place."""
        data = self.data
        if data is None:
            return False
        values = self.changed_values() if values is None else values
        member = self.member_combo.member_id
        reason = self.reason_edit.text()
        contest = data.contest_id
        result = run_op(self, self._ctx, lambda s: protocol.set_values(
            s, self._ctx.clock, member, contest, values, reason, confirmed_by),
            on_error=lambda message: self.banner.show_message("error", message))
        if result is None:
            return False
        self.dirty.clear()
        self.reason_edit.clear()
        name = self.member_combo.member.name if self.member_combo.member else member
        at = self._ctx.clock.local(result.timezone).strftime("%H:%M")
        message = fill(self.tr("%n line(s) saved at %1 by %2", "", len(values)), at, name)
        self.banner.show_message("ok", message)
        self._set_data(result)
        emit(self.saved, message)
        return True

    def focus_first_empty(self) -> None:
        """Put the cursor on the first empty line one may type (else the first line)."""
        target = self.sheet.first_empty()
        if target is not None:
            target.setFocus()
            self.sheet_scroll.ensureWidgetVisible(target)

    # -- events ------------------------------------------------------------------------------

    @Slot(str)
    def _on_sheet_edited(self, key: str) -> None:
        self.dirty.add(key)
        self.double.typed(key)
        if self.banner.kind == "ok":
            self.banner.clear_message()
        self._show_lines()

    @Slot(QWidget)
    def _on_sheet_moved_to(self, edit: QWidget) -> None:
        # Large text: the lines scroll; the one typed next is never under the edge.
        self.sheet_scroll.ensureWidgetVisible(edit)

    @Slot()
    def _on_sheet_left_last(self) -> None:
        self.save_button.setFocus()

    @Slot(int)
    def _on_contest_combo_activated(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if self.double.active:
            self.double.advance()
        else:
            self.save()

    @Slot(str, str)
    def _on_checks_panel_explain_saved(self, check_id: str, explanation: str) -> None:
        card = self.checks_panel.cards[check_id]
        member, contest = self.member_combo.member_id, self.contest_id
        result = run_op(self, self._ctx, lambda s: protocol.explain(
            s, self._ctx.clock, member, contest, check_id, explanation),
            on_error=card.show_explain_error)
        if result is not None:
            message = fill(self.tr("Explanation of %1 saved"), check_id)
            self.banner.show_message("ok", message)
            self._set_data(result)
            emit(self.saved, message)
