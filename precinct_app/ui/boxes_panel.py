"""The portable boxes at the count's portable step (docs/domain.md §15; docs/screens.md).

One row per trip: its number, the two members who carried the box, the written
requests served on it, a field for the ballots found (Enter records it), and the
verdict. A box over its requests shows red with "act required" and a button that
saves the act (PDF, kk+ru). The counting screen shows the panel while the portable
step is the next one; the step itself is confirmed with the screen's Confirm button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.services import portable_boxes
from precinct_app.services.errors import DomainError
from precinct_app.services.localize import grouped
from precinct_app.services.portable_boxes import BoxView
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import error_text, run_op
from precinct_app.ui.outside_models import short_name
from precinct_app.ui.protocol_entry_rows import parse_value
from precinct_app.ui.signals import emit
from precinct_app.ui.sizes import scaled

_DIGITS = QRegularExpression(r"[0-9 \x{202f}\x{2009}\x{00a0}]{0,7}")
_OVER = (f"background: {palette.ERROR_TINT}; color: {palette.ERROR_TEXT}; font-weight: bold;"
         " padding: 2px 6px;")
_WITHIN = f"color: {palette.OK_TEXT}; padding: 2px 6px;"


class _Row:
    """The widgets of one trip's row."""

    def __init__(self, parent: QWidget) -> None:
        self.trip = QLabel(parent)
        self.members = QLabel(parent)
        self.requests = QLabel(parent)
        self.requests.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.found = QLineEdit(parent)
        self.found.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.found.setValidator(QRegularExpressionValidator(_DIGITS, self.found))
        self.found.setFixedWidth(scaled(self.found, 90))
        self.state = QLabel(parent)
        self.act_button = QPushButton(parent)


class BoxesPanel(QWidget):
    """The trips' boxes with a field for the ballots found in each.

    Signals:
        action_done(str): a box count or an act was saved; the status line's text.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, member_id: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member_id = member_id
        self.boxes: list[BoxView] = []
        self.rows: dict[int, _Row] = {}
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.heads = [QLabel() for _ in range(5)]
        for column, head in enumerate(self.heads):
            head.setStyleSheet(f"color: {palette.TEXT_STRONG}; font-weight: bold;")
            self.grid.addWidget(head, 0, column)
        layout.addLayout(self.grid)
        self.banner = Banner("boxesBanner", hide_when_empty=True)
        layout.addWidget(self.banner)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.caption.setText(self.tr(
            "Open each portable box and type the ballots found in it (Enter saves). A box "
            "with more ballots than the requests served on its trip: all its ballots are "
            "invalid and an act is drawn up."))
        for head, word in zip(self.heads, (self.tr("Trip"), self.tr("Carried by"),
                                           self.tr("Requests"), self.tr("Ballots found"),
                                           self.tr("Verdict")), strict=True):
            head.setText(word)
        self._show()

    def refresh(self) -> None:
        """Re-read the boxes (reads only)."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.boxes = portable_boxes.boxes(session)
        self.retranslate_ui()

    def _row(self, trip_id: int) -> _Row:
        row = self.rows.get(trip_id)
        if row is None:
            row = _Row(self)
            line = len(self.rows) + 1
            for column, widget in enumerate((row.trip, row.members, row.requests, row.found,
                                             row.state, row.act_button)):
                self.grid.addWidget(widget, line, column)
            row.found.returnPressed.connect(lambda t=trip_id: self.record(t))
            row.act_button.clicked.connect(lambda _=False, t=trip_id: self.save_act(t))
            self.rows[trip_id] = row
        return row

    def _show(self) -> None:
        lang = self._ctx.lang
        for b in self.boxes:
            row = self._row(b.trip_id)
            row.trip.setText(fill(self.tr("No. %1"), str(b.trip_id)))
            row.members.setText(", ".join(short_name(c.name) for c in b.carriers))
            row.members.setToolTip("\n".join(
                f"{c.name} — {text('role_' + c.role, lang)}" for c in b.carriers))
            row.requests.setText(grouped(b.requests))
            if b.found is not None and not row.found.hasFocus():
                row.found.setText(str(b.found))
            row.found.setPlaceholderText(self.tr("count them"))
            if b.found is None:
                row.state.setText(text("box_not_counted_word", lang))
                row.state.setStyleSheet("")
            elif b.over:
                row.state.setText("■ " + text("box_act_required", lang))
                row.state.setStyleSheet(_OVER)
                row.state.setToolTip(text("box_over", lang, found=b.found))
            else:
                row.state.setText("✔ " + text("box_within", lang))
                row.state.setStyleSheet(_WITHIN)
            row.act_button.setText(self.tr("Save the act…"))
            row.act_button.setVisible(b.over)

    def set_enabled(self, enabled: bool) -> None:
        """Counts are typed only while the portable step is the next one."""
        for row in self.rows.values():
            row.found.setEnabled(enabled)

    def first_empty(self) -> QLineEdit | None:
        """The first box not counted yet."""
        return next((r.found for t, r in self.rows.items()
                     if any(b.trip_id == t and b.found is None for b in self.boxes)), None)

    def record(self, trip_id: int) -> bool:
        """Record the ballots typed for ``trip_id``'s box; the verdict shows in the row."""
        row = self.rows[trip_id]
        found = parse_value(row.found.text())
        if found is None:
            self.banner.show_message("error", self.tr("Type the ballots found in the box."))
            return False
        member = self._member_id()
        result = run_op(self, self._ctx, lambda s: portable_boxes.record(
            s, self._ctx.clock, member, trip_id, found),
            on_error=lambda message: self.banner.show_message("error", message))
        if result is None:
            return False
        lang = self._ctx.lang
        message = text("box_counted_done", lang, trip=trip_id, found=result.found,
                       requests=result.requests)
        if result.over:
            message += ". " + text("box_over", lang, found=result.found)
        self.banner.show_message("error" if result.over else "ok", message)
        emit(self.action_done, message)
        self.refresh()
        following = self.first_empty()
        if following is not None:
            following.setFocus()
        return True

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str) -> str:
        """Where to save the act (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, parent.tr("Save the act"), suggested, "PDF (*.pdf)")
        return path

    def save_act(self, trip_id: int) -> bool:
        """Ask where, then save the act of ``trip_id``'s box (kk+ru)."""
        from precinct_app.services import box_act_page, box_act_pdf  # ReportLab: on use
        from precinct_app.services.pdf_common import save_pdf

        path = self.ask_path(self, f"act-trip-{trip_id}.pdf")
        if not path:
            return False
        assert self._ctx.db is not None
        try:
            with self._ctx.db.reading() as session:
                page = box_act_page.act_page(session, self._ctx.clock, trip_id, "kk+ru")
            saved = save_pdf(Path(path), box_act_pdf.build(page))
        except (DomainError, OSError) as exc:
            self.banner.show_message("error", error_text(exc, self._ctx.lang))
            return False
        message = text("box_act_saved", self._ctx.lang, trip=trip_id, path=str(saved))
        self.banner.show_message("ok", message)
        emit(self.action_done, message)
        return True
