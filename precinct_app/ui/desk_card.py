"""The desk's voter card: the voter in large type and their state for the chosen contest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from precinct_app.messages import capitalized, text, word
from precinct_app.messages.list_changes import reason_text
from precinct_app.services.issuance import VoterDayState
from precinct_app.services.localize import clock_text
from precinct_app.services.voters import VoterView
from precinct_app.ui import palette
from precinct_app.ui.i18n import fill

# docs/screens.md §1: the colour is never the only signal; each state has a word and a mark too.
GREEN, AMBER, RED, BLUE = "may_issue", "issued", "excluded", "outside"
STATE_COLOURS = {GREEN: palette.STATE_MAY_ISSUE, AMBER: palette.STATE_ISSUED,
                 RED: palette.STATE_EXCLUDED, BLUE: palette.STATE_OUTSIDE}
STATE_MARKS = {GREEN: "✔", AMBER: "■", RED: "✕", BLUE: "⌂"}


def mask_iin(iin: str) -> str:
    """An IIN partly hidden for the screen: 871012•••427 -> 8710•••••427."""
    return iin[:4] + "•" * max(0, len(iin) - 7) + iin[-3:] if len(iin) > 7 else iin


@dataclass(frozen=True)
class DeskVoter:
    """A voter as the desk shows them: the list row, the day's state, the contest."""

    view: VoterView
    state: VoterDayState
    contest_id: str
    timezone: str

    @property
    def kind(self) -> str:
        """GREEN, AMBER, RED or BLUE (excluded first, then a ballot held, then outside)."""
        if self.state.status != "active":
            return RED
        if self.state.has_ballot(self.contest_id):
            return AMBER
        if self.state.absentee_certificate is not None:  # no ballot here (§16)
            return RED
        if self.state.outside_application:
            return BLUE
        return GREEN

    def replaced(self) -> bool:
        """True when the live ballot in the contest has had its one replacement."""
        return any(b.contest_id == self.contest_id and b.issuance_id and b.replaced
                   for b in self.state.ballots)

    def issued_at_member(self) -> tuple[str, str]:
        """(HH:MM in the election's time zone, member's name) of the live ballot."""
        for ballot in self.state.ballots:
            if ballot.contest_id == self.contest_id and ballot.issuance_id:
                at = ballot.issued_at or dt.datetime.now(dt.UTC)
                return clock_text(at, self.timezone), ballot.member_name or ballot.member_id or ""
        return "", ""


class Stripe(QWidget):
    """The state's colour down the card's left edge, painted directly: a new colour is a
    repaint of ten pixels, not a style sheet re-applied (milliseconds at every Enter)."""

    WIDTH = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(self.WIDTH)
        self.colour: str | None = None

    def set_colour(self, colour: str | None) -> None:
        """``colour`` as #rrggbb, or None for no stripe."""
        if colour != self.colour:
            self.colour = colour
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Fill the stripe with its colour."""
        if self.colour is not None:
            QPainter(self).fillRect(self.rect(), QColor(self.colour))


class VoterCard(QFrame):
    """Full name, list number, masked IIN, birth date, address and the state in words."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voter: DeskVoter | None = None
        self._caption_words: dict[str, str] = {}
        self.lang = lang  # for the words of stored reason codes
        self._setup_ui()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("voterCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The card's frame never changes; the state's colour is a stripe of its own, so a
        # new colour re-styles one small widget, not the card and every label in it.
        self.setStyleSheet(f"#voterCard {{ background: {palette.CARD};"
                           f" border: 1px solid {palette.BORDER}; }}")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)  # spacing kept: nested layouts inherit it
        self.stripe = Stripe()
        self.stripe.setObjectName("cardStripe")
        outer.addWidget(self.stripe)
        layout = QVBoxLayout()
        layout.setContentsMargins(12, 14, 18, 14)
        outer.addLayout(layout, 1)
        self.name = QLabel()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        layout.addWidget(self.name)
        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        self.status.setWordWrap(True)
        status_font = QFont(self.status.font())
        status_font.setPointSizeF(status_font.pointSizeF() * 1.35)
        status_font.setBold(True)
        self.status.setFont(status_font)
        layout.addWidget(self.status)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        big = QFont(self.name.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.2)
        big.setBold(False)
        self.values = {key: QLabel() for key in ("list_no", "iin", "born", "address")}
        self._captions = {key: QLabel() for key in self.values}
        for key, value in self.values.items():
            value.setFont(big)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # voter data verbatim
            form.addRow(self._captions[key], value)
        layout.addLayout(form)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        """Captions and the state in the current language."""
        captions = {"list_no": capitalized("column_list_no", self.lang),
                    "iin": word("column_iin", self.lang), "born": self.tr("Date of birth"),
                    "address": capitalized("column_address", self.lang)}
        self._caption_words = captions
        self.show_voter(self.voter)

    def state_text(self) -> str:
        """The voter's state in words (empty when no voter is shown)."""
        voter = self.voter
        if voter is None:
            return ""
        kind = voter.kind
        if kind == RED and voter.state.absentee_certificate is not None:
            return text("voter_absentee", self.lang, list_no=voter.view.list_no,
                        number=voter.state.absentee_certificate)
        if kind == RED:
            reason = voter.state.exclusion_reason
            return fill(self.tr("Excluded from the list: %1"),
                        reason_text(reason, self.lang) if reason else "—")
        if kind == AMBER:
            at, member = voter.issued_at_member()
            issued = fill(self.tr("Already has a ballot: issued at %1 by %2"), at, member)
            if voter.replaced():
                issued += " · " + self.tr("a spoiled ballot was replaced once")
            return issued
        if kind == BLUE:
            return self.tr("On an outside-voting application: the ballot goes to the portable box")
        return self.tr("May receive a ballot")

    @staticmethod
    def _set_sheet(widget: QWidget, sheet: str) -> None:
        # A style sheet set again re-styles the card and every label in it (milliseconds
        # at each Enter): only when the colour really changes.
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)

    def show_voter(self, voter: DeskVoter | None) -> None:
        """Fill in ``voter`` (or a hint when there is none)."""
        self.voter = voter
        if voter is None:
            self.name.setText(self.tr("Scan the ID card or type an IIN, list number or surname"))
            self.status.setText("")
            self.stripe.set_colour(None)
            # Blank, not hidden: the card keeps its size (nothing jumps at the next scan),
            # and showing eight hidden labels again cost milliseconds at every Enter.
            for key, value in self.values.items():
                value.setText("")
                self._captions[key].setText("")
            return
        for key, caption in self._caption_words.items():
            self._captions[key].setText(caption)
        view, kind = voter.view, voter.kind
        colour = STATE_COLOURS[kind]
        self.name.setText(view.full_name)
        self.values["list_no"].setText(str(view.list_no))
        self.values["iin"].setText(mask_iin(view.iin))
        self.values["born"].setText(view.birth_date.strftime("%d.%m.%Y"))
        self.values["address"].setText(view.address or "—")
        self.status.setText(f"{STATE_MARKS[kind]}  {self.state_text()}")
        self._set_sheet(self.status, f"color: {colour};")
        self.stripe.set_colour(colour)
