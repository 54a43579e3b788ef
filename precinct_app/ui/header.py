"""The header bar: where am I, what state is the station in, who is at this desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.services.station import StationInfo
from precinct_app.ui.context import APP_NAME, LANGUAGES, AppContext
from precinct_app.ui.signals import emit

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def grouped(number: int) -> str:
    """Thousands separated by a thin space (ui.md), e.g. 2 214."""
    return f"{number:,}".replace(",", "\u2009")


def phase_word(phase: str | None) -> str:
    """A station phase as the header words it, in the interface language."""
    words = {
        "setup": QCoreApplication.translate("HeaderBar", "Set-up"),
        "voting_open": QCoreApplication.translate("HeaderBar", "Voting open"),
        "voting_closed": QCoreApplication.translate("HeaderBar", "Voting closed"),
        "counting": QCoreApplication.translate("HeaderBar", "Counting"),
        "signed": QCoreApplication.translate("HeaderBar", "Signed"),
    }
    return words.get(phase or "", phase or "")


def local_text(texts: dict[str, str], lang: str) -> str:
    """A {kk, ru, en} text in ``lang``, falling back to Russian then Kazakh."""
    return texts.get(lang) or texts.get("ru") or texts.get("kk") or ""


class HeaderBar(QFrame):
    """Election, precinct, phase, clock, list size, language switch and the TRAINING banner.

    Signals:
        language_chosen(str): the user picked another language.
        large_text_chosen(bool): the user switched large text on or off.
    """

    language_chosen = Signal(str)
    large_text_chosen = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._station: StationInfo | None = None
        self._issued: tuple[int, ...] = ()  # voters holding a ballot, per contest
        self._desk_member = ""
        self._timer = QTimer(self)
        self._timer.setInterval(15_000)
        self._setup_ui()
        self._connect_signals()
        self._timer.start()

    def _setup_ui(self) -> None:
        self.setObjectName("header")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        left = QVBoxLayout()
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.place = QLabel()
        left.addWidget(self.title)
        left.addWidget(self.place)
        layout.addLayout(left, 1)
        self.backup_alarm = QLabel()
        self.backup_alarm.setObjectName("backupAlarm")
        self.backup_alarm.hide()
        layout.addWidget(self.backup_alarm)
        self.training = QLabel()
        self.training.setObjectName("trainingBanner")
        layout.addWidget(self.training)
        self.phase = QLabel()
        self.phase.setObjectName("phaseBadge")
        layout.addWidget(self.phase)
        right = QVBoxLayout()
        self.clock = QLabel()
        clock_font = QFont(self.clock.font())
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        self.voters = QLabel()
        self.voters.setObjectName("headerIssued")
        self.member = QLabel()
        self.member.setObjectName("headerDeskMember")
        right.addWidget(self.clock)
        right.addWidget(self.voters)
        right.addWidget(self.member)
        layout.addLayout(right)
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

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self.language.currentIndexChanged.connect(self._on_language_index_changed)
        self.large_text_button.toggled.connect(self._on_large_text_button_toggled)

    def set_station(self, station: StationInfo | None, issued: tuple[int, ...] = ()) -> None:
        """Show ``station`` (None: no station yet) and the voters holding a ballot per contest."""
        self._station = station
        self._issued = issued
        self.retranslate_ui()

    def set_backup_problem(self, problem: str) -> None:
        """The last backup failed (``problem`` says why), or "" once one succeeds again."""
        self.backup_alarm.setToolTip(problem)
        self.backup_alarm.setVisible(bool(problem))

    def set_desk_member(self, name: str) -> None:
        """The member working at this desk (ui.md: always visible)."""
        self._desk_member = name
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        station, lang = self._station, self._ctx.lang
        # The switch shows the language in use, however it was chosen (no echo signal).
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(lang))
        self.language.blockSignals(False)
        self.training.setText(self.tr("TRAINING"))
        self.backup_alarm.setText(self.tr("BACKUP FAILED"))
        self.large_text_button.setToolTip(self.tr("Large text (on or off)"))
        if station is None:
            self.title.setText(APP_NAME)
            self.place.setText(self.tr("No station is set up on this computer yet"))
            for label in (self.phase, self.voters, self.training, self.member):
                label.hide()
            self._on_timer_timeout()
            return
        self.title.setText(local_text(station.election_title, lang))
        self.place.setText(
            self.tr("Precinct No. %1 · %2").replace("%1", station.precinct_number)
            .replace("%2", local_text(station.address, lang))
        )
        self.phase.setText(phase_word(station.phase))
        on_list = grouped(station.voters_on_list)
        if self._issued and station.phase != "setup":
            self.voters.setText(
                self.tr("Ballots issued: %1 of %2").replace(
                    "%1", " · ".join(grouped(n) for n in self._issued)).replace("%2", on_list)
            )
        else:
            self.voters.setText(self.tr("Voters on the list: %1").replace("%1", on_list))
        self.member.setText(
            self.tr("At this desk: %1").replace("%1", self._desk_member or "—"))
        self.member.setVisible(station.phase == "voting_open")
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
