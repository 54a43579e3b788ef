"""The header bar: where am I, what state is the station in, who is at this desk."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text
from precinct_app.services.localize import grouped, in_language
from precinct_app.services.station import StationInfo
from precinct_app.ui.context import APP_NAME, LANGUAGES, AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.signals import emit

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def phase_word(phase: str | None, lang: str) -> str:
    """A station phase in ``lang``: the catalog's word, the one every screen and the CLI use."""
    return capitalized(f"phase_{phase}", lang) if phase else ""


class ElidedLabel(QLabel):
    """One line that gives way: shortened with "…" when the bar is narrow (the whole text
    in the tooltip), so a long title or address never widens the window."""

    def minimumSizeHint(self) -> QSize:
        """A few characters wide: the rest of the bar keeps its room."""
        height = super().minimumSizeHint().height()
        return QSize(self.fontMetrics().horizontalAdvance("Ww…"), height)

    def setText(self, text: str) -> None:
        """The text, whole in the tooltip."""
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The text elided to the width there is."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              room.width())
        painter.drawText(room, int(self.alignment()), shown)


class HeaderBar(QFrame):
    """Election, precinct, phase, clock, list size, language switch and the TRAINING banner.

    Signals:
        language_chosen(str): the user picked another language.
        large_text_chosen(bool): the user switched large text on or off.
        switch_requested(): "Switch member" was pressed (a sign-in follows).
        lock_requested(): "Lock" was pressed.
        about_requested(): "?" was pressed (About, docs/screens.md §19).
    """

    language_chosen = Signal(str)
    large_text_chosen = Signal(bool)
    switch_requested = Signal()
    lock_requested = Signal()
    about_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._station: StationInfo | None = None
        self._issued: tuple[int, ...] = ()  # voters holding a ballot, per contest
        self._desk_member = ""
        self._desk_role = ""
        self._audit_head = ""  # "1234 · 7F3A-91C2", for observers to write down
        self._server_lost: tuple[str, str] | None = None  # (since HH:MM, reason)
        self._server = ("", "")  # this laptop's desk name and its station server's address
        self._timer = QTimer(self)
        self._timer.setInterval(15_000)
        self._setup_ui()
        self._connect_signals()
        self._timer.start()

    def _setup_ui(self) -> None:
        self.setObjectName("header")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        left = QVBoxLayout()
        left.setSpacing(0)
        self.title = ElidedLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.place = ElidedLabel()
        left.addWidget(self.title)
        left.addWidget(self.place)
        layout.addLayout(left, 1)
        self.backup_alarm = QLabel()
        self.backup_alarm.setObjectName("backupAlarm")
        self.backup_alarm.hide()
        layout.addWidget(self.backup_alarm)
        # The tables disagree with the audit log (issue 12): seen from every screen.
        self.integrity_alarm = QLabel()
        self.integrity_alarm.setObjectName("integrityAlarm")
        self.integrity_alarm.hide()
        layout.addWidget(self.integrity_alarm)
        # The station server is lost (issue 15): the desk issues from the paper list.
        self.server_alarm = QLabel()
        self.server_alarm.setObjectName("serverAlarm")
        self.server_alarm.hide()
        layout.addWidget(self.server_alarm)
        self.training = QLabel()
        self.training.setObjectName("trainingBanner")
        layout.addWidget(self.training)
        self.phase = QLabel()
        self.phase.setObjectName("phaseBadge")
        layout.addWidget(self.phase)
        # Two rows whatever the phase: the clock and the member at this desk, then the
        # list or the ballots issued. A row that appears with voting would push the
        # navigation down under the pointer (issue 11 item 7).
        right = QGridLayout()
        right.setVerticalSpacing(0)
        right.setHorizontalSpacing(16)
        self.clock = QLabel()
        clock_font = QFont(self.clock.font())
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        self.voters = QLabel()
        self.voters.setObjectName("headerIssued")
        self.member = ElidedLabel()  # a long name and role give way, whole in the tooltip
        self.member.setObjectName("headerDeskMember")
        right.addWidget(self.clock, 0, 0)
        right.addWidget(self.member, 0, 1)
        right.addWidget(self.voters, 1, 0, 1, 2)
        layout.addLayout(right)
        # Who acts here is changed by a sign-in (docs/formats.md §7), never by a list.
        self.switch_button = QToolButton()
        self.switch_button.setObjectName("switchMember")
        self.lock_button = QToolButton()
        self.lock_button.setObjectName("lockDesk")
        for button in (self.switch_button, self.lock_button):
            button.hide()
            layout.addWidget(button)
        self.language = QComboBox()
        self.language.setObjectName("languageSwitch")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(self._ctx.lang))
        layout.addWidget(self.language)
        self.large_text_button = QToolButton()
        self.large_text_button.setObjectName("largeTextButton")
        self.large_text_button.setText("A+")
        self.large_text_button.setCheckable(True)
        self.large_text_button.setChecked(self._ctx.settings.large_text)
        layout.addWidget(self.large_text_button)
        # About (F1): the build id an observer compares, the printer test.
        self.about_button = QToolButton()
        self.about_button.setObjectName("aboutButton")
        self.about_button.setText("?")
        layout.addWidget(self.about_button)
        # What comes and goes keeps its room, so nothing beside or below it moves.
        for label in (self.training, self.phase, self.voters, self.member):
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            label.setSizePolicy(policy)
        self.setFixedHeight(self._fixed_height(layout))

    def _fixed_height(self, layout: QHBoxLayout) -> int:
        """The bar's height for this text size: the taller of the two text columns,
        measured once, not from the texts shown now."""
        margins = layout.contentsMargins()
        title = QFontMetrics(self.title.font()).height() + self.place.fontMetrics().height()
        rows = QFontMetrics(self.clock.font()).height() + self.voters.fontMetrics().height()
        return max(title, rows) + margins.top() + margins.bottom() + 2

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self.language.currentIndexChanged.connect(self._on_language_index_changed)
        self.large_text_button.toggled.connect(self._on_large_text_button_toggled)
        self.switch_button.clicked.connect(lambda: emit(self.switch_requested))
        self.lock_button.clicked.connect(lambda: emit(self.lock_requested))
        self.about_button.clicked.connect(lambda: emit(self.about_requested))

    def set_station(self, station: StationInfo | None, issued: tuple[int, ...] = ()) -> None:
        """Show ``station`` (None: no station yet) and the voters holding a ballot per contest."""
        self._station = station
        self._issued = issued
        self.retranslate_ui()

    def set_backup_problem(self, problem: str) -> None:
        """The last backup failed (``problem`` says why), or "" once one succeeds again."""
        self.backup_alarm.setToolTip(problem)
        self.backup_alarm.setVisible(bool(problem))

    def set_integrity_problem(self, problem: str) -> None:
        """The records disagree with the audit log (``problem`` says how), or ""."""
        self.integrity_alarm.setToolTip(problem)
        self.integrity_alarm.setVisible(bool(problem))

    def set_server_lost(self, since: str, reason: str = "") -> None:
        """The station server lost since ``since`` (HH:MM) for ``reason``, or "" once back."""
        self._server_lost = (since, reason) if since else None
        self._show_server_lost()

    def _show_server_lost(self) -> None:
        lost = self._server_lost
        self.server_alarm.setVisible(lost is not None)
        if lost is not None:
            lang = self._ctx.lang
            self.server_alarm.setText(f"⚠  {text('server_lost_short', lang)}\n"
                                      f"{text('server_lost_paper', lang)}")
            self.server_alarm.setToolTip(text("server_lost_since", lang, at=lost[0],
                                              reason=lost[1]))

    def set_audit_head(self, head: str) -> None:
        """The audit head as observers write it down (``1234 · 7F3A-91C2``)."""
        if head != self._audit_head:
            self._audit_head = head
            self._show_audit_head()

    def _show_audit_head(self) -> None:
        # In the header's details: its tooltip, and under the place's full text.
        line = fill(self.tr("Audit head: %1"), self._audit_head) if self._audit_head \
            else ""
        self.setToolTip(line)
        self.place.setToolTip("\n".join(t for t in (self.place.text(), line) if t))

    def set_server(self, desk: str, address: str) -> None:
        """This laptop works on a station server (docs/formats.md §8): its desk name and
        the server's address ("", "": a single laptop)."""
        if (desk, address) != self._server:
            self._server = (desk, address)
            self.retranslate_ui()

    def set_desk_member(self, name: str, role: str = "") -> None:
        """The member signed in at this desk (docs/screens.md §1: always visible)."""
        self._desk_member, self._desk_role = name, role
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        station, lang = self._station, self._ctx.lang
        # The switch shows the language in use, however it was chosen (no echo signal).
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(lang))
        self.language.blockSignals(False)
        self.training.setText(text("mark_training", lang))
        self._show_server_lost()
        self.backup_alarm.setText(self.tr("BACKUP FAILED"))
        self.integrity_alarm.setText(self.tr("RECORDS CHANGED"))
        self.large_text_button.setToolTip(self.tr("Large text (on or off)"))
        self.about_button.setToolTip(self.tr(
            "About Precinct: the build id, a check of the files, the printer test (F1)"))
        if station is None:
            self.title.setText(APP_NAME)
            self.place.setText(self.tr("No station is set up on this computer yet"))
            for label in (self.phase, self.voters, self.training, self.member,
                          self.switch_button, self.lock_button):
                label.hide()
            self._on_timer_timeout()
            return
        self.title.setText(in_language(station.election_title, lang))
        desk, server = self._server
        if server:  # which desk of which server, in place of the street (on the Station screen)
            self.place.setText(fill(self.tr("Precinct No. %1 · desk %2 · station server %3"),
                                    station.precinct_number, desk, server))
        else:
            self.place.setText(
                fill(self.tr("Precinct No. %1 · %2"), station.precinct_number,
                     in_language(station.address, lang))
            )
        self._show_audit_head()
        self.phase.setText(phase_word(station.phase, lang))
        on_list = grouped(station.voters_on_list)
        if self._issued and station.phase != "setup":
            self.voters.setText(
                fill(self.tr("Ballots issued: %1 of %2"),
                     " · ".join(grouped(n) for n in self._issued), on_list)
            )
        else:
            self.voters.setText(fill(self.tr("Voters on the list: %1"), on_list))
        # Surname and initials: the row beside the clock stays narrow (the full name in
        # the tooltip).
        surname, *given = self._desk_member.split() or ["—"]
        short = " ".join([surname, *(f"{part[0]}." for part in given)])
        role = text(f"role_{self._desk_role}", lang) if self._desk_role else ""
        self.member.setText(fill(self.tr("At this desk: %1"),
                                 " — ".join(t for t in (short, role) if t)))
        self.member.setToolTip(" — ".join(t for t in (self._desk_member, role) if t))
        self.member.setVisible(bool(self._desk_member))
        self.switch_button.setText(self.tr("Switch member"))
        self.switch_button.setToolTip(self.tr("Another member signs in at this desk (Ctrl+M)"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Hide the voters until a PIN is typed (Ctrl+L)"))
        self.switch_button.setVisible(bool(self._desk_member))
        self.lock_button.setVisible(bool(self._desk_member))
        self.training.setVisible(station.training(self._ctx.clock))
        self.phase.show()
        self.voters.show()
        self._on_timer_timeout()

    @Slot()
    def _on_timer_timeout(self) -> None:
        zone = self._station.timezone if self._station else "Asia/Almaty"
        now = self._ctx.clock.local(zone)
        self.clock.setText(now.strftime("%d.%m.%Y  %H:%M"))

    @Slot(int)
    def _on_language_index_changed(self, index: int) -> None:
        emit(self.language_chosen, str(self.language.itemData(index)))

    def show_large_text(self, on: bool) -> None:
        """Set the button without asking again (a switch that was refused goes back)."""
        self.large_text_button.blockSignals(True)
        self.large_text_button.setChecked(on)
        self.large_text_button.blockSignals(False)

    @Slot(bool)
    def _on_large_text_button_toggled(self, on: bool) -> None:
        emit(self.large_text_chosen, on)
