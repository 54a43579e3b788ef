"""Counting: the guided sequence after closing, the 12-hour limit, and the protocol entry.

The steps of services.counting.SEQUENCE are shown in order: done (time and who),
the current one (highlighted), the rest greyed; the current step's action sits above
the list, always at the same place. The first step takes the ballots cancelled per
contest, counted blind: what the records expect shows once a figure is typed. Filling
and checking the protocol are confirmed on the "Protocol lines" tab, where the values
are typed; the last step opens the signing dialog. Refusals are shown in place.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text
from precinct_app.services import counting, disputes, phases, protocol
from precinct_app.services.counting import CountStatus, Expected
from precinct_app.services.localize import clock_text
from precinct_app.services.station import load_station
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.boxes_panel import BoxesPanel
from precinct_app.ui.context import AppContext
from precinct_app.ui.counting_records import RecordsBox
from precinct_app.ui.counting_steps import (
    CURRENT,
    DONE,
    PENDING,
    CancelEntry,
    LimitLabel,
    StepRow,
    capitalised,
)
from precinct_app.ui.dispute_panel import DisputePanel
from precinct_app.ui.header import ElidedLabel
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.outside_models import short_name
from precinct_app.ui.protocol_entry import ProtocolEntry
from precinct_app.ui.protocol_entry_rows import RoomyBanner, vertical_scroll
from precinct_app.ui.screen_base import Screen
from precinct_app.ui.signals import emit
from precinct_app.ui.sizes import scaled

LIMIT_CHECK_MS = 30_000  # the time left is shown to the minute
ENTRY_STEPS = (counting.FILL, counting.CHECK, counting.SIGN)


def _keep_room(widget: QWidget) -> None:
    """``widget`` keeps its room in the layout while hidden (nothing below it moves)."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class CountingScreen(Screen):
    """The steps of the count on one tab, the protocol entry on the other.

    Signals:
        action_done(str): a step, a save or a signature succeeded; the status line's text.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.status: CountStatus | None = None
        self.expected: list[Expected] = []
        self.signed: dict[str, bool] = {}  # contest id -> its current protocol is signed
        # contest id -> (when, by whom) its current protocol was signed
        self.signatures: dict[str, tuple[dt.datetime, str]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(LIMIT_CHECK_MS)
        self._build("now_quiet")  # its reading words it
        self._timer.start()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_steps_page(), "")
        self.tabs.addTab(self._build_protocol_page(), "")
        self.disputes = DisputePanel(self._ctx)  # disputed ballots (issue 14)
        self.tabs.addTab(self.disputes, "")
        # The heading and the 12-hour limit beside the tabs: the entry needs the height.
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setContentsMargins(0, 0, 12, 0)
        self.tabs.setCornerWidget(self.heading, Qt.Corner.TopLeftCorner)
        self.limit_label = LimitLabel()
        self.tabs.setCornerWidget(self.limit_label, Qt.Corner.TopRightCorner)
        layout.addWidget(self.tabs, 1)

    def _build_steps_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.steps_layout = QVBoxLayout()
        self.steps_layout.setSpacing(3)
        # Before closing and once signed there is no step to take: the phase is said here.
        self.phase_banner = Banner("countPhase", hide_when_empty=True)
        self.steps_layout.addWidget(self.phase_banner)
        # The current step's action sits above the list, always at the same place and
        # height: a Confirm moving with every step would be clicked where the last one was.
        self.action_panel = QWidget()
        panel = QVBoxLayout(self.action_panel)
        panel.setContentsMargins(8, 10, 4, 8)
        self.action_caption = QLabel()
        self.action_caption.setObjectName("actionCaption")
        self.action_caption.setWordWrap(True)
        self.action_caption.setStyleSheet(
            f"#actionCaption {{ color: {palette.TEXT_STRONG}; font-weight: bold; }}")
        # Two lines whatever the step's name: the controls under it stay where they are.
        self.action_caption.setFixedHeight(2 * self.action_caption.fontMetrics().lineSpacing())
        self.action_caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        panel.addWidget(self.action_caption)
        self.cancel_box = QWidget()
        cancel_grid = QGridLayout(self.cancel_box)
        cancel_grid.setContentsMargins(0, 0, 0, 0)
        cancel_grid.setColumnStretch(1, 1)  # the expectation takes the width: one line
        self.cancel = CancelEntry(cancel_grid, self.cancel_box)
        self.cancel_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        _keep_room(self.cancel_box)  # the later steps keep the first one's room
        panel.addWidget(self.cancel_box)
        # The portable step: the ballots found per box (§15), in the cancel box's place.
        self.boxes_panel = BoxesPanel(self._ctx, lambda: self.member_combo.member_id)
        self.boxes_panel.hide()
        panel.addWidget(self.boxes_panel)
        buttons = QHBoxLayout()
        self.member_caption = QLabel()
        buttons.addWidget(self.member_caption)
        self.member_combo = MemberCombo("count")
        buttons.addWidget(self.member_combo)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("primary")
        buttons.addWidget(self.confirm_button)
        self.open_entry_button = QPushButton()
        self.open_entry_button.setObjectName("primary")
        buttons.addWidget(self.open_entry_button)
        buttons.addStretch(1)
        panel.addLayout(buttons)
        # The result of a step, in room kept from the start (two lines).
        self.banner = RoomyBanner("countBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        panel.addWidget(self.banner)
        self.action_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.steps_layout.addWidget(self.action_panel)
        # The list scrolls, if it must, under the panel; it never squeezes the panel.
        steps = QWidget()
        steps_list = QVBoxLayout(steps)
        steps_list.setContentsMargins(0, 0, 0, 0)
        steps_list.setSpacing(3)
        self.step_rows = {step: StepRow(step, i + 1)
                          for i, step in enumerate(counting.SEQUENCE)}
        for step_row in self.step_rows.values():
            steps_list.addWidget(step_row)
        steps_list.addStretch(1)
        self.steps_layout.addWidget(vertical_scroll(steps), 1)
        row.addLayout(self.steps_layout, 1)
        self.records = RecordsBox()
        self.records.setFixedWidth(scaled(self.records, 280))  # the steps' width never changes
        right = QVBoxLayout()
        right.addWidget(self.records)
        right.addStretch(1)
        row.addLayout(right)
        return page

    def _build_protocol_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 2, 0, 0)
        self.entry = ProtocolEntry(self._ctx)
        layout.addWidget(self.entry, 1)
        # The step taken here, beside Save; its result shares the entry's banner.
        # One line, shortened when the Save button's caption grows: a caption wrapping to
        # two lines would push the row up over the sheet as the lines are typed.
        self.step_caption = ElidedLabel()
        self.step_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.step_caption.setObjectName("stepCaption")
        self.step_caption.setStyleSheet(
            f"#stepCaption {{ color: {palette.TEXT_STRONG}; font-weight: bold; }}")
        self.entry.add_action(self.step_caption, 1)
        self.step_confirm_button = QPushButton()
        self.entry.add_action(self.step_confirm_button)
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("primary")
        self.entry.add_action(self.sign_button)
        self.step_banner = self.entry.banner
        # The disputed ballots decided, for whoever types the lines (never added for them):
        # one line, whole in its tooltip, so the sheet keeps its height.
        self.dispute_summary = ElidedLabel()
        self.dispute_summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.dispute_summary)
        return page

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.step_confirm_button.clicked.connect(self._on_step_confirm_button_clicked)
        self.open_entry_button.clicked.connect(self._on_open_entry_button_clicked)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.entry.saved.connect(self.action_done)
        self.disputes.recorded.connect(self.action_done)
        self.boxes_panel.action_done.connect(self.action_done)
        self.member_combo.activated.connect(self._on_member_combo_activated)
        self.entry.member_combo.activated.connect(self._on_entry_member_combo_activated)
        self.entry.contest_combo.activated.connect(self._on_entry_contest_combo_activated)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        lang = self._ctx.lang
        self.heading.setText(self.tr("Counting"))
        self.tabs.setTabText(0, self.tr("&Steps of the count"))
        # Not "Protocol": that is the screen where the signed protocols are printed.
        self.tabs.setTabText(1, self.tr("&Protocol lines"))
        self.tabs.setTabText(2, self.tr("&Disputed ballots"))
        self.disputes.retranslate_ui()
        summary = self.disputes.summary().replace("\n", " · ")
        self.dispute_summary.setText(summary)
        self.dispute_summary.setVisible(bool(summary))
        self.member_caption.setText(self.tr("Confirmed by:"))
        self.member_combo.retranslate(lang)
        self.confirm_button.setText(self.tr("Confirm the step"))
        self.open_entry_button.setText(self.tr("Go to the protocol entry"))
        self.step_confirm_button.setToolTip(self.tr(
            "Confirmed by the member chosen under “Entered by”"))
        self.sign_button.setText(self.tr("Sign the protocol…"))
        self.step_confirm_button.setText(self.tr("Confirm the step"))
        if self.station is not None:
            self.cancel.fill(self.station.contests, self.expected, lang)
            counted = self.status is not None and self.status.record(counting.CANCEL) is not None
            self.records.show_records(self.station, self.expected, lang, blind=not counted)
        self.entry.retranslate_ui()
        self.boxes_panel.retranslate_ui()
        self._show()

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the station, the count's progress and the protocols (reads only)."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            self.status = counting.status(session, self._ctx.clock)
            self.expected = counting.expected(session)
            built = [protocol.build(session, self._ctx.clock, c.id)
                     for c in self.station.contests]
            rule, tallies = disputes.rule(session), disputes.tallies(session)
        self.disputes.refresh(self.station, rule, tallies)
        self.signed = {data.contest_id: data.signed for data in built}
        self.signatures = {data.contest_id: (data.signed_at, data.signed_by or "")
                           for data in built if data.signed and data.signed_at is not None}
        lang = self._ctx.lang
        self.member_combo.fill(self.station.commission, lang, self._ctx.settings.desk_member)
        self.entry.refresh()
        self.boxes_panel.refresh()
        self.retranslate_ui()

    @property
    def next_step(self) -> str | None:
        """The step to take now (None before closing and once signed)."""
        if self.status is None or self.status.phase in (phases.SETUP, phases.OPEN):
            return None
        return self.status.next_step

    def _hhmm(self, at: dt.datetime) -> str:
        return clock_text(at, self.station.timezone if self.station else "UTC")

    def _show(self) -> None:
        if self.station is None or self.status is None:
            return
        self._show_phase()
        self._show_limit()
        self._show_steps()
        self._show_step_bar()

    def _show_phase(self) -> None:
        assert self.station is not None
        if self.station.phase in (phases.SETUP, phases.OPEN):
            self.phase_banner.show_message("warn", self.tr(
                "Voting is not closed yet. The count starts once voting is closed "
                "(on the Station screen); the steps below are then taken in order."))
        elif self.station.phase == phases.SIGNED:
            self.phase_banner.show_message("ok", self.tr(
                "Every protocol is signed: print them on the Protocol screen."))
        else:
            self.phase_banner.clear_message()

    def _show_limit(self) -> None:
        assert self.status is not None
        self.limit_label.show_limit(self.status, self._ctx.clock.now_utc(), self._hhmm)

    def _show_steps(self) -> None:
        assert self.station is not None and self.status is not None
        lang = self._ctx.lang
        names = {m.id: m.name for m in self.station.commission}
        words = {DONE: self.tr("done"), CURRENT: self.tr("now"), PENDING: self.tr("to do")}
        current = self.next_step
        for step, row in self.step_rows.items():
            record = self.status.record(step)
            detail = tip = ""
            if record is not None:
                state = DONE
                who = short_name(names.get(record.member_id, record.member_id))
                detail = f"{self._hhmm(record.at)} · {who}"
                if step == counting.CANCEL:
                    tip = "\n".join(
                        text("count_cancel_line", lang, contest=cid, **figures)
                        for cid, figures in record.detail.items())
            elif step == counting.SIGN and self.status.phase == phases.SIGNED:
                state = DONE
                if self.signatures:  # the last protocol signed: when, and by whom
                    at, who = max(self.signatures.values())
                    detail = f"{self._hhmm(at)} · {short_name(names.get(who, who))}"
            elif step == current:
                state = CURRENT
                if step == counting.SIGN and len(self.signed) > 1:
                    detail = fill(self.tr("%1 of %2 signed"), str(sum(self.signed.values())),
                                  str(len(self.signed)))
            else:
                state = PENDING
            row.show_step(state, text(f"step_{step}", lang), words[state], detail)
            row.setToolTip(tip)
        self.action_panel.setVisible(current is not None)
        if current is not None:
            self.action_caption.setText(fill(self.tr("Step %1 of %2: %3"),
                                             str(counting.SEQUENCE.index(current) + 1),
                                             str(len(counting.SEQUENCE)),
                                             capitalised(text(f"step_{current}", lang))))
        on_entry = current in ENTRY_STEPS
        self.cancel_box.setVisible(current == counting.CANCEL)
        self.cancel.set_enabled(current == counting.CANCEL)
        portable = current == counting.PORTABLE and bool(self.boxes_panel.boxes)
        policy = self.cancel_box.sizePolicy()  # the boxes take the cancel box's room
        policy.setRetainSizeWhenHidden(not portable)
        self.cancel_box.setSizePolicy(policy)
        self.boxes_panel.setVisible(portable)
        self.boxes_panel.set_enabled(portable)
        for widget in (self.member_caption, self.member_combo, self.confirm_button):
            widget.setVisible(not on_entry)
        self.open_entry_button.setVisible(on_entry)

    def _show_step_bar(self) -> None:
        current = self.next_step
        lang = self._ctx.lang
        for widget in (self.step_caption, self.step_confirm_button, self.sign_button):
            widget.setVisible(current is not None)
        if current is None:
            return
        number = counting.SEQUENCE.index(current) + 1
        name = text(f"step_{current}", lang)
        caption = (self.tr("Step %1 of %2: %3") if current in ENTRY_STEPS
                   else self.tr("Step %1 of %2 is on the Steps tab"))
        self.step_caption.setText(fill(caption, str(number), str(len(counting.SEQUENCE)), name))
        self.step_caption.setToolTip(capitalised(name))
        self.step_confirm_button.setVisible(current in (counting.FILL, counting.CHECK))
        contest = self.entry.contest_id
        self.sign_button.setVisible(current == counting.SIGN)
        self.sign_button.setEnabled(not self.signed.get(contest, False))

    # -- actions -----------------------------------------------------------------------------

    def confirm_step(self, step: str | None = None, member_id: str | None = None,
                     banner: Banner | None = None) -> bool:
        """Record ``step`` (the next one by default); the result is shown in place."""
        banner = banner or self.banner
        step = step or self.next_step
        if step is None:
            return False
        if step in (counting.FILL, counting.CHECK) and self.entry.changed_values():
            banner.show_message("error", self.tr(
                "Save the changed lines first: the step checks the saved protocol."))
            return False
        member = member_id or self.member_combo.member_id
        cancelled: dict[str, int] | None = None
        if step == counting.CANCEL:
            typed = self.cancel.values()
            empty = self.cancel.first_empty()
            if empty is not None:  # said here: the service's refusal names the expected figure
                banner.show_message("error", self.tr(
                    "Type the number of ballots cancelled, as counted: nothing is recorded "
                    "until every figure is entered."))
                empty.setFocus()
                return False
            cancelled = {cid: value for cid, value in typed.items() if value is not None}
        result = run_op(self, self._ctx, lambda s: counting.record_step(
            s, self._ctx.clock, member, step, cancelled),
            on_error=lambda message: banner.show_message("error", message))
        if result is None:
            return False
        if step == counting.CANCEL:
            self.cancel.clear()  # recorded: the figures live on in the step's tooltip
        name = next((m.name for m in self.station.commission if m.id == result.member_id),
                    result.member_id) if self.station else result.member_id
        message = text("count_step_recorded", self._ctx.lang, at=self._hhmm(result.at),
                       member=name, step=result.step)
        banner.show_message("ok", capitalised(message))
        emit(self.action_done, capitalised(message))
        if self.next_step in ENTRY_STEPS:
            self.tabs.setCurrentIndex(1)
        return True

    def _open_sign_dialog(self, contest_id: str) -> bool:
        # Imported here: the dialog imports the services it signs with; nothing else needs it.
        from precinct_app.ui.sign_dialog import SignDialog

        return SignDialog.ask(self, self._ctx, contest_id)

    # -- events ------------------------------------------------------------------------------

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.status is not None and self.isVisible():
            self._show_limit()

    @Slot()
    def _on_confirm_button_clicked(self) -> None:
        self.confirm_step()

    @Slot()
    def _on_step_confirm_button_clicked(self) -> None:
        self.confirm_step(member_id=self.entry.member_combo.member_id, banner=self.step_banner)

    @Slot()
    def _on_open_entry_button_clicked(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.entry.focus_first_empty()

    @Slot()
    def _on_sign_button_clicked(self) -> None:
        contest = self.entry.contest_id
        if self._open_sign_dialog(contest):
            message = capitalized("phase_signed", self._ctx.lang)
            self.step_banner.show_message("ok", message)
            emit(self.action_done, message)

    @Slot(int)
    def _on_entry_contest_combo_activated(self, _index: int) -> None:
        self._show_step_bar()  # signing is per contest

    @Slot(int)
    def _on_member_combo_activated(self, _index: int) -> None:
        combo = self.entry.member_combo
        combo.setCurrentIndex(max(0, combo.findData(self.member_combo.member_id)))

    @Slot(int)
    def _on_entry_member_combo_activated(self, _index: int) -> None:
        self.member_combo.setCurrentIndex(
            max(0, self.member_combo.findData(self.entry.member_combo.member_id)))
