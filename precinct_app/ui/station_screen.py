"""The station screen: the day's controls, the election as loaded, the commission, the key,
the list import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, word
from precinct_app.services.localize import grouped, in_language
from precinct_app.services.station import StationInfo
from precinct_app.ui.context import AppContext
from precinct_app.ui.day_panel import DayPanel
from precinct_app.ui.i18n import fill
from precinct_app.ui.signals import emit


class StationScreen(QScrollArea):
    """What the package set up, for the commission to check against the paper.

    Signals:
        import_requested: the user wants to import the voter list.
    """

    import_requested = Signal()
    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._station: StationInfo | None = None
        self._audit_head = ""
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self._layout = layout
        self.day_panel = DayPanel(self._ctx)
        layout.addWidget(self.day_panel)
        self.election_box = QGroupBox()
        self.election_form = QFormLayout(self.election_box)
        self.election_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addWidget(self.election_box)
        row = QHBoxLayout()
        self.contests_box = QGroupBox()
        self.contests_label = QLabel()
        self.contests_label.setWordWrap(True)
        self.contests_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        QVBoxLayout(self.contests_box).addWidget(self.contests_label)
        row.addWidget(self.contests_box, 1)
        self.commission_box = QGroupBox()
        self.commission_label = QLabel()
        self.commission_label.setWordWrap(True)
        self.commission_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        QVBoxLayout(self.commission_box).addWidget(self.commission_label)
        row.addWidget(self.commission_box, 1)
        layout.addLayout(row)
        self.list_box = QGroupBox()
        list_layout = QHBoxLayout(self.list_box)
        self.list_label = QLabel()
        self.list_label.setWordWrap(True)
        list_layout.addWidget(self.list_label, 1)
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        list_layout.addWidget(self.import_button)
        layout.addWidget(self.list_box)
        layout.addStretch(1)
        self.setWidget(body)

    def add_section(self, widget: QWidget) -> None:
        """Another part of the screen, right below the day's controls (the backups)."""
        self._layout.insertWidget(1, widget)

    def _connect_signals(self) -> None:
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.day_panel.action_done.connect(self.action_done)

    def set_station(self, station: StationInfo) -> None:
        """Show ``station``."""
        self._station = station
        self.day_panel.set_station(station)
        self.retranslate_ui()

    def set_audit_head(self, head: str) -> None:
        """The audit head (``1234 · 7F3A-91C2``) for observers to write down."""
        if head != self._audit_head:
            self._audit_head = head
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.election_box.setTitle(self.tr("Election"))
        self.contests_box.setTitle(self.tr("Contests and ballots received"))
        self.commission_box.setTitle(self.tr("Commission"))
        self.list_box.setTitle(self.tr("Voter list"))
        self.import_button.setText(self.tr("Import voter list…"))
        self.day_panel.retranslate_ui()
        station, lang = self._station, self._ctx.lang
        if station is None:
            return
        while self.election_form.rowCount():
            self.election_form.removeRow(0)
        rows = [
            (self.tr("Election"), in_language(station.election_title, lang)),
            (word("word_voting_day", lang), station.election_date.strftime("%d.%m.%Y")),
            (self.tr("Voting hours"), f"{station.opens}–{station.closes} ({station.timezone})"),
            (self.tr("Precinct"), station.precinct_number),
            (word("word_territory", lang), in_language(station.territory, lang)),
            (capitalized("column_address", lang), in_language(station.address, lang)),
            (word("word_key_fingerprint", lang), station.key_fingerprint or "—"),
            # Observers write it down during the day; ``precinct verify --head`` checks it.
            (word("word_audit_head", lang), self._audit_head or "—"),
        ]
        for caption, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            self.election_form.addRow(caption, label)
        self.contests_label.setText("\n\n".join(
            f"{in_language(c.title, lang)}\n"
            + fill(self.tr("Options: %1"), "; ".join(in_language(o.label, lang) for o in c.options))
            + "\n" + fill(self.tr("Ballots received: %1"), str(c.ballots_received))
            for c in station.contests
        ))
        self.commission_label.setText("\n".join(
            f"{m.name} — {capitalized(f'role_{m.role}', lang)}" for m in station.commission
        ))
        self.list_label.setText(
            fill(self.tr("Voters on the list: %1"), grouped(station.voters_on_list))
        )
        in_setup = station.phase == "setup"
        self.import_button.setEnabled(in_setup)
        self.import_button.setToolTip(
            "" if in_setup else self.tr("The list can be imported only during set-up")
        )

    @Slot()
    def _on_import_button_clicked(self) -> None:
        emit(self.import_requested)
