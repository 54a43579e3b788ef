"""One numbered line of the protocol entry: number, label, value, value in words, source.

The value is a line edit of digits, right-aligned; empty is empty, not zero (the
placeholder says so). Its words appear as the digits are typed. A mark beside the
number tells that a failing check involves the line (or that the two entries of a
double entry differ there), with the reason in the tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QFont, QRegularExpressionValidator, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QScrollArea, QWidget

from precinct_app.messages import word
from precinct_app.services import number_words
from precinct_app.services.localize import grouped, in_language
from precinct_app.services.protocol_data import LineValue
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.i18n import fill, interface_language
from precinct_app.ui.signals import emit

VALUE_WIDTH = 92
WORDS_WIDTH = 155
# Digits, with spaces (thin or not) between the thousands as the screen shows them.
_DIGITS = QRegularExpression(r"[0-9 \x{202f}\x{2009}\x{00a0}]{0,11}")
_TINTS = {"error": palette.ERROR_TINT, "warning": palette.WARN_TINT, "mismatch": palette.ERROR_TINT}
_MARKS = {"error": "✕", "warning": "■", "mismatch": "≠"}
_MUTED = palette.TEXT_MUTED
_AMBER = palette.WARN_TEXT


def parse_value(typed: str) -> int | None:
    """The number typed (spaces ignored); ``None`` for an empty field."""
    digits = "".join(ch for ch in typed if ch.isdigit() and ch.isascii())
    return int(digits) if digits else None


def value_text(value: int | None) -> str:
    """How a stored value shows in its field (thin-space thousands; empty stays empty)."""
    return "" if value is None else grouped(value)


def other_labels(line: LineValue, lang: str) -> str:
    """The label in the other language(s) of the protocol, for the tooltip."""
    others = {"kk": ("ru",), "ru": ("kk",)}.get(lang, ("kk", "ru"))
    return "\n".join(line.label[x] for x in others if line.label.get(x))


class LineRow(QObject):
    """The widgets of one line, placed on ``grid`` at ``row`` (children of ``parent``)."""

    def __init__(self, grid: QGridLayout, row: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.line: LineValue | None = None
        self.mark = QLabel(parent)
        self.mark.setFixedWidth(14)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number = QLabel(parent)
        bold = QFont(self.number.font())
        bold.setBold(True)
        self.number.setFont(bold)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label = QLabel(parent)
        self.label.setWordWrap(True)
        self.edit = QLineEdit(parent)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setValidator(QRegularExpressionValidator(_DIGITS, self.edit))
        self.edit.setFixedWidth(VALUE_WIDTH)
        self.words = QLabel(parent)
        self.words.setWordWrap(True)
        self.words.setFixedWidth(WORDS_WIDTH)
        self.words.setStyleSheet(f"color: {_MUTED};")
        self.source = QLabel(parent)
        self.source.setWordWrap(True)
        for column, widget in enumerate((self.mark, self.number, self.label, self.edit,
                                         self.words, self.source)):
            grid.addWidget(widget, row, column)
        self.tint = ""

    @property
    def key(self) -> str:
        """The line's key ('' before ``set_line``)."""
        return self.line.key if self.line else ""

    def value(self) -> int | None:
        """The value as typed now."""
        return parse_value(self.edit.text())

    def set_line(self, line: LineValue, lang: str) -> None:
        """Show ``line``'s number and labels (the value is set by the entry)."""
        self.line = line
        self.number.setText(line.number)
        self.label.setText(in_language(dict(line.label), lang))
        self.label.setToolTip(other_labels(line, lang))
        self.edit.setAccessibleName(
            fill(self.tr("Line %1: %2"), line.number, in_language(dict(line.label), lang)))
        self.edit.setPlaceholderText(self.tr("empty"))

    def set_value(self, value: int | None) -> None:
        """Put ``value`` in the field."""
        self.edit.setText(value_text(value))

    def set_editable(self, editable: bool) -> None:
        """Typing allowed, and reachable by Tab, only when ``editable``."""
        self.edit.setReadOnly(not editable)
        self.edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable
                                 else Qt.FocusPolicy.NoFocus)
        self._style_edit()

    def show_words(self, lang: str, first: int | None = None, second: int | None = None,
                   mismatch: bool = False) -> None:
        """The value in words; on a double-entry mismatch, both entries instead."""
        if mismatch:
            self.words.setText(
                fill(self.tr("first: %1 · second: %2"), value_text(first) or self.tr("empty"),
                     value_text(second) or self.tr("empty")))
            self.words.setStyleSheet(f"color: {palette.ERROR_TEXT}; font-weight: bold;")
            return
        self.words.setStyleSheet(f"color: {_MUTED};")
        value = self.value()
        self.words.setText("" if value is None else number_words.words(value, lang))

    def show_source(self, typed: int | None) -> None:
        """Where the value comes from: the records, a change of them, or the commission."""
        line = self.line
        if line is None:
            return
        colour = _MUTED
        tip = ""
        if not line.is_computed:
            word = self.tr("entered")
        elif typed is not None and typed != line.computed:
            word = fill(self.tr("records: %1"), grouped(line.computed or 0))
            colour = _AMBER
            if line.override_reason and typed == line.value:
                word = fill(self.tr("changed (records: %1)"), grouped(line.computed or 0))
                tip = fill(self.tr("Reason: %1"), line.override_reason)
        else:
            word = self.tr("records")
        self.source.setText(word)
        self.source.setToolTip(tip)
        self.source.setStyleSheet(f"color: {colour};")

    def set_tint(self, kind: str, tip: str = "") -> None:
        """Highlight the line: ``error``, ``warning``, ``mismatch`` or '' (none)."""
        self.tint = kind
        self.mark.setText(_MARKS.get(kind, ""))
        self.mark.setToolTip(tip)
        self.number.setToolTip(tip)
        colour = {"warning": _AMBER}.get(kind, palette.ERROR_TEXT)
        self.mark.setStyleSheet(f"color: {colour}; font-weight: bold;" if kind else "")
        self._style_edit()

    def _style_edit(self) -> None:
        background = _TINTS.get(self.tint) or (
            palette.PANEL_SUNKEN if self.edit.isReadOnly() else "")
        self.edit.setStyleSheet(f"QLineEdit {{ background: {background}; }}" if background
                                else "")


class LineSheet(QWidget):
    """The numbered lines under their column headers, like the paper form.

    Enter moves to the next line one may type, as Tab does.

    Signals:
        edited(str): the key of the line just typed in.
        left_last(): Enter on the last line (the Save button is next).
        moved_to(QWidget): Enter put the cursor on this field (the scroll area shows it).
    """

    edited = Signal(str)
    left_last = Signal()
    moved_to = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, LineRow] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 4, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(1)
        self.grid.setColumnStretch(2, 1)
        self.headers = [QLabel(self) for _ in range(6)]
        for column, label in enumerate(self.headers):
            label.setStyleSheet(f"color: {palette.TEXT_SECONDARY}; font-weight: bold;")
            self.grid.addWidget(label, 0, column)

    def retranslate_ui(self) -> None:
        """The column headers in the current language."""
        lang = interface_language()
        for label, said in zip(self.headers, ("", word("word_no", lang), self.tr("Line"),
                                              self.tr("Value"), word("word_in_words", lang),
                                              self.tr("Source")), strict=True):
            label.setText(said)

    def set_lines(self, lines: Sequence[LineValue], lang: str) -> bool:
        """Label the rows for ``lines`` (built anew when the lines differ); True if built."""
        built = list(self.rows) != [x.key for x in lines]
        if built:
            self._build(lines)
        for line in lines:
            self.rows[line.key].set_line(line, lang)
        return built

    def _build(self, lines: Sequence[LineValue]) -> None:
        for row in self.rows.values():
            for widget in (row.mark, row.number, row.label, row.edit, row.words, row.source):
                self.grid.removeWidget(widget)
                widget.deleteLater()
            row.deleteLater()
        self.rows = {}
        for index in range(self.grid.rowCount()):
            self.grid.setRowStretch(index, 0)
        self.grid.setRowStretch(len(lines) + 1, 1)  # spare height below the last line
        previous: QLineEdit | None = None
        for i, line in enumerate(lines):
            row = LineRow(self.grid, i + 1, self)
            row.edit.textEdited.connect(self._on_edit_text_edited)
            row.edit.returnPressed.connect(self._on_edit_return_pressed)
            row.edit.editingFinished.connect(self._on_edit_editing_finished)
            self.rows[line.key] = row
            if previous is not None:
                QWidget.setTabOrder(previous, row.edit)
            previous = row.edit

    def last_edit(self) -> QLineEdit | None:
        """The field of the last line (Tab goes from it to Save)."""
        return list(self.rows.values())[-1].edit if self.rows else None

    def first_empty(self) -> QLineEdit | None:
        """The first empty line one may type (else the first one may type)."""
        open_rows = [r for r in self.rows.values() if not r.edit.isReadOnly()]
        target = next((r for r in open_rows if r.value() is None),
                      open_rows[0] if open_rows else None)
        return None if target is None else target.edit

    def _row_of(self, sender: object) -> LineRow | None:
        return next((r for r in self.rows.values() if r.edit is sender), None)

    @Slot(str)
    def _on_edit_text_edited(self, _text: str) -> None:
        row = self._row_of(self.sender())
        if row is not None:
            emit(self.edited, row.key)

    @Slot()
    def _on_edit_return_pressed(self) -> None:
        edits = [r.edit for r in self.rows.values()
                 if r.edit.focusPolicy() != Qt.FocusPolicy.NoFocus]
        sender = self.sender()
        after = edits[edits.index(sender) + 1:] if sender in edits else []
        if after:
            after[0].setFocus()
            emit(self.moved_to, after[0])
        else:
            emit(self.left_last)

    @Slot()
    def _on_edit_editing_finished(self) -> None:
        row = self._row_of(self.sender())
        if row is not None and row.edit.text():  # thin-space thousands once typed
            row.set_value(row.value())


class RoomyBanner(Banner):
    """A banner ``lines`` lines tall from the start, empty or not, taller only for a
    longer message: a message coming up or going moves nothing beside or under it.

    (A wrapped label asks its layout for the height of a narrow guess, often a line
    more than it needs; this one asks for the height at the width it has.)
    """

    # Measured with the marks and the Kazakh letters: where they come from a fallback
    # font, its lines may be taller.
    _SAMPLE = "✔■✕ Шy ӘҒҚҢӨҰҮҺІ әғқңөұүһі"

    def __init__(self, name: str, lines: int = 2, padding: str = "4px 10px") -> None:
        self._lines = lines
        self._room = 0
        super().__init__(name, padding=padding)
        self._measure()

    def _measure(self) -> None:
        """The room: ``lines`` lines in this font and style (again once shown in the
        window, where the style is complete)."""
        kind, shown, sheet = self.kind, self.text(), self.styleSheet()
        self.setMinimumHeight(0)
        self.setMaximumHeight(16_777_215)
        super().show_text("ok", "\n".join(self._SAMPLE for _ in range(self._lines)))
        self.ensurePolished()
        self._room = self.sizeHint().height()
        self.kind = kind
        self.setStyleSheet(sheet)
        self.setText(shown)
        self._fit()

    def show_text(self, kind: str, text: str) -> None:
        """Show ``text`` (see :class:`Banner`), in the room kept or more if it needs it."""
        super().show_text(kind, text)
        self._fit()

    def clear_message(self) -> None:
        """Nothing to say: the room stays."""
        super().clear_message()
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        """Measured again where it is shown."""
        super().showEvent(event)
        self._measure()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Another width may need another number of lines."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        need = 0
        if self.text() and self.width() > 0:
            self.setMinimumHeight(0)  # the height for the width is bounded by them
            self.setMaximumHeight(16_777_215)
            need = self.heightForWidth(self.width())
        self.setFixedHeight(max(self._room, need))


def vertical_scroll(widget: QWidget) -> QScrollArea:
    """A frameless vertical scroll area: it scrolls only when the window is too small."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
