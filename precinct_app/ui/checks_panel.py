"""The control ratios beside the protocol entry: each with its rule, its numbers and its state.

The entry evaluates the rules on the values as typed (services.rules) and hands the
outcomes here on every keystroke. A state is a mark, a word and a colour, never the
colour alone. A failing warning offers "Explain…": an inline text box whose text the
chair saves (services.protocol.explain, through the entry).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

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

from precinct_app.messages import text
from precinct_app.services import rules
from precinct_app.services.localize import in_language
from precinct_app.services.protocol_data import CheckResult, ProtocolData
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.i18n import fill
from precinct_app.ui.signals import emit

HOLDS, FAILS, INCOMPLETE = "holds", "fails", "incomplete"
# (background, text) per state; the text colours keep 4.5:1 on their backgrounds.
STATE_COLOURS = {
    HOLDS: (palette.OK_TINT, palette.OK_TEXT), FAILS: (palette.ERROR_TINT, palette.ERROR_TEXT),
    "warning": (palette.WARN_TINT, palette.WARN_TEXT),
    INCOMPLETE: (palette.PANEL_SUNKEN, palette.TEXT_SECONDARY),
}
STATE_MARKS = {HOLDS: "✔", FAILS: "✕", "warning": "■", INCOMPLETE: "…"}
_OPS = {"==": "=", ">=": "≥", "<=": "≤"}


@dataclass(frozen=True)
class LiveCheck:
    """One check evaluated over the typed values (the stored explanation kept)."""

    check: CheckResult
    outcome: rules.CheckOutcome
    keys: frozenset[str]  # the lines it involves, ``options`` expanded

    @property
    def state(self) -> str:
        """``holds``, ``fails`` or ``incomplete``."""
        return {True: HOLDS, False: FAILS, None: INCOMPLETE}[self.outcome.holds]


def evaluate_live(data: ProtocolData, values: Mapping[str, int | None],
                  parsed: Mapping[str, rules.Rule]) -> list[LiveCheck]:
    """Every check of ``data`` evaluated over ``values`` (the lines as typed)."""
    options = [x.key for x in data.lines if x.is_option]
    out: list[LiveCheck] = []
    for check in data.checks:
        rule = parsed.get(check.id) or rules.parse_rule(check.rule)
        keys = rule.keys()
        if rules.OPTIONS in keys:
            keys = (keys - {rules.OPTIONS}) | set(options)
        out.append(LiveCheck(check, rules.evaluate(rule, values, options), frozenset(keys)))
    return out


def line_tints(checks: Sequence[LiveCheck], lang: str) -> dict[str, tuple[str, list[str]]]:
    """Line key -> (``error`` or ``warning``, the messages) for the lines of failing checks."""
    tints: dict[str, tuple[str, list[str]]] = {}
    for live in checks:
        if live.state != FAILS:
            continue
        for key in live.keys:
            kind, tips = tints.get(key, ("warning", []))
            if live.check.severity == "error":
                kind = "error"
            tints[key] = (kind, [*tips, in_language(dict(live.check.message), lang)])
    return tints


def signed_number(value: int) -> str:
    """A difference with its sign: +3, −2, 0 (a true minus sign)."""
    return f"+{value}" if value > 0 else f"−{-value}" if value < 0 else "0"


def rule_in_numbers(rule: rules.Rule, numbers: Mapping[str, str],
                    option_numbers: Sequence[str]) -> str:
    """The rule as the paper form writes it: ``2 = 3 + 4 + 5 + 11 − 12``."""
    def side(terms: tuple[rules.Term, ...]) -> str:
        out = ""
        for i, term in enumerate(terms):
            if term.literal is not None:
                word = str(term.literal)
            elif term.key == rules.OPTIONS:
                word = " + ".join(option_numbers) if option_numbers else "0"
            else:
                word = numbers.get(term.key or "", term.key or "")
            if i == 0:
                out = ("−" if term.sign < 0 else "") + word
            else:
                out += (" − " if term.sign < 0 else " + ") + word
        return out
    return f"{side(rule.left)} {_OPS[rule.op]} {side(rule.right)}"


class CheckCard(QFrame):
    """One check: state and message; the rule and its numbers; the explanation of a warning.

    Signals:
        explain_saved(str, str): the check id and the explanation typed.
    """

    explain_saved = Signal(str, str)

    def __init__(self, check_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_id = check_id
        self.live: LiveCheck | None = None
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

    def show_check(self, live: LiveCheck, lang: str, rule_text: str,
                   missing: Sequence[str], can_explain: bool) -> None:
        """Fill in the card for ``live``.

        ``missing``: the numbers of the empty lines it waits for; ``can_explain``: a
        failing warning the chair may explain now.
        """
        self.live = live
        check, outcome = live.check, live.outcome
        state = live.state
        tone = "warning" if state == FAILS and check.severity == "warning" else state
        background, colour = STATE_COLOURS[tone]
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {background}; border-radius: 6px; }}"
            f" #{self.objectName()} QLabel {{ color: {colour}; }}")
        word = self._state_word(state)
        if state == FAILS:  # a failing check says how grave, and what is wrong
            word += " · " + text(f"severity_{check.severity}", lang)
        self.state_text = f"{STATE_MARKS[tone]} {word}"
        message = in_language(dict(check.message), lang)
        self.message_label.setText(message)
        self.message_label.setVisible(state == FAILS)
        self.setToolTip("" if state == FAILS else message)
        if outcome.holds is None:
            numbers = fill(self.tr("%1 — wait for lines: %2"), rule_text, ", ".join(missing))
        else:
            numbers = (fill(self.tr("%1: %2 against %3, difference %4"), rule_text,
                            str(outcome.left), str(outcome.right),
                            signed_number(outcome.difference or 0)))
        self.numbers_text = numbers
        self.numbers_label.setText(f"<b>{html.escape(self.state_text)}</b>&nbsp; "
                                   f"{html.escape(numbers)}")
        failing_warning = state == FAILS and check.severity == "warning"
        self.explanation_label.setVisible(failing_warning and bool(check.explanation))
        self.explanation_label.setText(
            fill(self.tr("Explained: %1"), check.explanation or ""))
        self.explain_button.setVisible(failing_warning and can_explain)
        self.explain_button.setText(self.tr("Explain…") if not check.explanation
                                    else self.tr("Change the explanation…"))
        if not (failing_warning and can_explain):
            self._close_explain()

    def _state_word(self, state: str) -> str:
        return {HOLDS: self.tr("holds"), FAILS: self.tr("fails"),
                INCOMPLETE: self.tr("incomplete")}[state]

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
        self.explain_edit.setText(self.live.check.explanation or "" if self.live else "")
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
        self.heading.setText(self.tr("Control ratios"))
        for card in self.cards.values():
            card.retranslate_ui()

    def show_checks(self, checks: Sequence[LiveCheck], lang: str, numbers: Mapping[str, str],
                    option_numbers: Sequence[str], explainable: set[str]) -> None:
        """Show ``checks`` (their rules written with ``numbers`` of the lines)."""
        ids = [c.check.id for c in checks]
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
            card = self.cards[live.check.id]
            rule = rules.parse_rule(live.check.rule)
            card.show_check(live, lang, rule_in_numbers(rule, numbers, option_numbers),
                            [numbers.get(k, k) for k in live.outcome.missing],
                            live.check.id in explainable)
        failing = sum(1 for c in checks if c.state == FAILS)
        waiting = sum(1 for c in checks if c.state == INCOMPLETE)
        holding = len(checks) - failing - waiting
        self.summary.setText(f"{STATE_MARKS[HOLDS]} {holding} · {STATE_MARKS[FAILS]} {failing}"
                             f" · {STATE_MARKS[INCOMPLETE]} {waiting}")
        self.summary.setToolTip(
            fill(self.tr("%1 of %2 hold · %3 fail · %4 incomplete"), str(holding), str(len(checks)),
                 str(failing), str(waiting)))

    def show_live(self, data: ProtocolData, checks: Sequence[LiveCheck], lang: str,
                  editable: bool) -> None:
        """Show ``checks`` of ``data``; a warning failing as stored may be explained."""
        stored = {c.id: c for c in data.checks}
        explainable = {
            c.check.id for c in checks
            if editable and c.check.severity == "warning" and c.state == FAILS
            and stored[c.check.id].holds is False
        }
        self.show_checks(checks, lang, {x.key: x.number for x in data.lines},
                         [x.number for x in data.lines if x.is_option], explainable)

    @Slot(str, str)
    def _on_card_explain_saved(self, check_id: str, explanation: str) -> None:
        emit(self.explain_saved, check_id, explanation)
