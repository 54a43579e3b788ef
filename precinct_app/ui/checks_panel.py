"""The control ratios beside the protocol entry: each with its rule, its numbers and its state.

The entry has the core evaluate and word the rules on the values as typed
(``services.rules.check_lines``) and hands the results here on every keystroke. A state is
a mark, a word and a colour, never the colour alone. A failing warning offers "Explain…":
an inline text box whose text the chair saves (services.protocol.explain, through the entry).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text
from precinct_app.services import protocol, rules
from precinct_app.services.localize import in_language
from precinct_app.services.protocol_data import CheckResult, ProtocolData
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.i18n import fill, interface_language
from precinct_app.ui.signals import emit

HOLDS, FAILS, INCOMPLETE = rules.HOLDS, rules.FAILS, rules.INCOMPLETE
# (background, text) per state; the text colours keep 4.5:1 on their backgrounds.
STATE_COLOURS = {
    HOLDS: (palette.OK_TINT, palette.OK_TEXT), FAILS: (palette.ERROR_TINT, palette.ERROR_TEXT),
    "warning": (palette.WARN_TINT, palette.WARN_TEXT),
    INCOMPLETE: (palette.PANEL_SUNKEN, palette.TEXT_SECONDARY),
}
STATE_MARKS = {HOLDS: "✔", FAILS: "✕", "warning": "■", INCOMPLETE: "…"}
# Kept for the screens that import it from here (the counting steps).
signed_number = rules.signed_number


def line_tints(checks: Sequence[rules.Check], lang: str) -> dict[str, tuple[str, list[str]]]:
    """Line key -> (``error`` or ``warning``, the messages) for the lines of failing checks."""
    tints: dict[str, tuple[str, list[str]]] = {}
    for check in checks:
        if check.state != FAILS:
            continue
        for key in check.keys:
            kind, tips = tints.get(key, ("warning", []))
            if check.severity == rules.ERROR:
                kind = "error"
            tints[key] = (kind, [*tips, in_language(dict(check.message), lang)])
    return tints


class CheckCard(QFrame):
    """One check: state and message; the rule and its numbers; the explanation of a warning.

    Signals:
        explain_saved(str, str): the check id and the explanation typed.
    """

    explain_saved = Signal(str, str)

    def __init__(self, check_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_id = check_id
        self.live: rules.Check | None = None
        self.explanation = ""  # the stored explanation of a failing warning
        self.state_text = ""  # mark and word, e.g. "✕ fails · error"
        self.numbers_text = ""  # the rule with its numbers
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setObjectName(f"check_{self.check_id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        # One wrapped line: the state in bold, then the rule with its numbers.
        self.numbers_label = QLabel()
        self.numbers_label.setWordWrap(True)
        self.numbers_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.numbers_label)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message_label)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.explanation_label)
        row = QHBoxLayout()
        self.explain_button = QPushButton()
        row.addWidget(self.explain_button)
        self.explain_edit = QLineEdit()
        row.addWidget(self.explain_edit, 1)
        self.explain_save = QPushButton()
        row.addWidget(self.explain_save)
        layout.addLayout(row)
        self.explain_banner = Banner(f"explainBanner_{self.check_id}", padding="2px 6px",
                                     hide_when_empty=True)
        layout.addWidget(self.explain_banner)
        self.explain_edit.hide()
        self.explain_save.hide()
        self.explain_button.hide()

    def _connect_signals(self) -> None:
        self.explain_button.clicked.connect(self._on_explain_button_clicked)
        self.explain_save.clicked.connect(self._on_explain_save_clicked)
        self.explain_edit.returnPressed.connect(self._on_explain_save_clicked)

    def show_check(self, live: rules.Check, stored: CheckResult, lang: str,
                   can_explain: bool) -> None:
        """Fill in the card for ``live`` (the core's check over the values as typed).

        ``stored``: the check as saved (its explanation); ``can_explain``: a failing
        warning the chair may explain now.
        """
        self.live = live
        self.explanation = stored.explanation or ""
        state = live.state
        tone = "warning" if state == FAILS and live.severity == rules.WARNING else state
        background, colour = STATE_COLOURS[tone]
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {background}; border-radius: 6px; }}"
            f" #{self.objectName()} QLabel {{ color: {colour}; }}")
        word = text(live.state_code, lang)
        if state == FAILS:  # a failing check says how grave, and what is wrong
            word += " · " + text(live.severity_code, lang)
        self.state_text = f"{STATE_MARKS[tone]} {word}"
        message = in_language(dict(live.message), lang)
        self.message_label.setText(message)
        self.message_label.setVisible(state == FAILS)
        self.setToolTip("" if state == FAILS else message)
        code, params = live.numbers_message()
        self.numbers_text = text(code, lang, **params)
        self.numbers_label.setText(f"<b>{html.escape(self.state_text)}</b>&nbsp; "
                                   f"{html.escape(self.numbers_text)}")
        failing_warning = state == FAILS and live.severity == rules.WARNING
        self.explanation_label.setVisible(failing_warning and bool(self.explanation))
        self.explanation_label.setText(
            fill(self.tr("Explained: %1"), self.explanation))
        self.explain_button.setVisible(failing_warning and can_explain)
        self.explain_button.setText(self.tr("Explain…") if not self.explanation
                                    else self.tr("Change the explanation…"))
        if not (failing_warning and can_explain):
            self._close_explain()

    def retranslate_ui(self) -> None:
        """Texts of the explanation box."""
        self.explain_edit.setPlaceholderText(
            self.tr("Why the numbers are so (printed as an annex for the members to sign)"))
        self.explain_save.setText(self.tr("Save explanation"))
        self.explain_save.setToolTip(self.tr("The chair explains a warning"))

    def show_explain_error(self, message: str) -> None:
        """The service's refusal, under the box."""
        self.explain_banner.show_message("error", message)

    def _close_explain(self) -> None:
        self.explain_edit.hide()
        self.explain_save.hide()
        self.explain_banner.clear_message()

    @Slot()
    def _on_explain_button_clicked(self) -> None:
        self.explain_edit.setText(self.explanation)
        self.explain_edit.show()
        self.explain_save.show()
        self.explain_button.hide()
        self.explain_edit.setFocus()

    @Slot()
    def _on_explain_save_clicked(self) -> None:
        emit(self.explain_saved, self.check_id, self.explain_edit.text())


class ChecksPanel(QWidget):
    """The checks of one protocol, in the form's order.

    Signals:
        explain_saved(str, str): a check id and the explanation typed for it.
    """

    explain_saved = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, CheckCard] = {}
        self._setup_ui()

    def _setup_ui(self) -> None:
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        top = QHBoxLayout()
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # the panel is narrow with large text
        top.addWidget(self.heading, 1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        self._layout.addLayout(top)
        self._layout.addStretch(1)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.heading.setText(capitalized("word_control_ratios", interface_language()))
        for card in self.cards.values():
            card.retranslate_ui()

    def show_checks(self, checks: Sequence[rules.Check], stored: Mapping[str, CheckResult],
                    lang: str, explainable: set[str]) -> None:
        """Show ``checks`` (the core's, over the values as typed); ``stored``: by id, as saved."""
        ids = [c.id for c in checks]
        if list(self.cards) != ids:
            for card in self.cards.values():
                card.deleteLater()
            self.cards = {}
            for i, check_id in enumerate(ids):
                card = CheckCard(check_id)
                card.explain_saved.connect(self._on_card_explain_saved)
                card.retranslate_ui()
                self._layout.insertWidget(1 + i, card)
                self.cards[check_id] = card
        for live in checks:
            self.cards[live.id].show_check(live, stored[live.id], lang, live.id in explainable)
        counted = rules.tally(checks)
        self.summary.setText(
            f"{STATE_MARKS[HOLDS]} {counted.holding} · {STATE_MARKS[FAILS]} {counted.failing}"
            f" · {STATE_MARKS[INCOMPLETE]} {counted.waiting}")
        self.summary.setToolTip(
            fill(self.tr("%1 of %2 hold · %3 fail · %4 incomplete"), str(counted.holding),
                 str(counted.total), str(counted.failing), str(counted.waiting)))

    def show_live(self, data: ProtocolData, checks: Sequence[rules.Check], lang: str,
                  editable: bool) -> None:
        """Show ``checks`` of ``data``; a warning failing as stored may be explained."""
        explainable = protocol.explainable(data, checks) if editable else set()
        self.show_checks(checks, {c.id: c for c in data.checks}, lang, explainable)

    @Slot(str, str)
    def _on_card_explain_saved(self, check_id: str, explanation: str) -> None:
        emit(self.explain_saved, check_id, explanation)
