"""Turnout: live figures per contest, the report times, per section, per hour; the PDF.

The screen only reads: the main window freezes the snapshots when their time comes.
It refreshes after every write (``data_changed``) and every 30 s, as desks issue.
No vote totals exist here: only ballots issued against voters on the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from precinct_app.messages import capitalized, text
from precinct_app.services import pdf_common, turnout, turnout_pdf
from precinct_app.services.errors import DomainError
from precinct_app.services.localize import grouped, in_language
from precinct_app.services.station import load_station
from precinct_app.services.turnout import ReportTime, TurnoutLine, TurnoutReport
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.contest_combo import ContestCombo
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import error_text
from precinct_app.ui.screen_base import Screen
from precinct_app.ui.turnout_chart import TurnoutChart

REFRESH_MS = 30_000
PDF_LANGUAGES = (("kk+ru", "Қазақша + Русский"), ("kk", "Қазақша"), ("ru", "Русский"),
                 ("en", "English"))
_MUTED = QColor(palette.TEXT_MUTED)
_Index = QModelIndex | QPersistentModelIndex


def percent_text(value: float, lang: str) -> str:
    """One decimal and a per cent sign; a decimal comma in Kazakh and Russian."""
    out = f"{value:.1f}"
    return (out if lang == "en" else out.replace(".", ",")) + "%"


def _fit_columns(table: QTableView) -> None:
    """The first column as wide as its texts; the numbers share the rest."""
    header = table.horizontalHeader()
    if header.count():
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)


class RowsModel(QAbstractTableModel):
    """A few rows of text: numbers right-aligned, muted rows greyed, a bold total row."""

    # Empty, at class level too: when the window is torn down, Python's collector may clear
    # this object's attributes while its view still asks for the header (an exception in
    # the event loop, seen in the test suite); it then reads an empty table.
    _text_columns: frozenset[int] = frozenset({0})
    _headers: Sequence[str] = ()
    _rows: Sequence[Sequence[str]] = ()
    _muted: AbstractSet[int] = frozenset()
    _bold: AbstractSet[int] = frozenset()

    def __init__(self, parent: QObject | None = None,
                 text_columns: frozenset[int] = frozenset({0})) -> None:
        super().__init__(parent)
        self._text_columns = text_columns  # left-aligned; the others hold numbers

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
                 muted: set[int] | None = None, bold: set[int] | None = None) -> None:
        """Replace everything the table shows."""
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._muted = muted or frozenset()
        self._bold = bold or frozenset()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Columns shown."""
        return 0 if parent.isValid() else len(self._headers)

    def row_texts(self, row: int) -> list[str]:
        """The texts of one row (for tests and screen readers)."""
        return list(self._rows[row])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment, colour and weight of a cell."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (Qt.AlignmentFlag.AlignLeft if column in self._text_columns
                    else Qt.AlignmentFlag.AlignHCenter
                    if row in self._muted else Qt.AlignmentFlag.AlignRight)
            return side | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and row in self._muted:
            return _MUTED
        if role == Qt.ItemDataRole.FontRole and row in self._bold:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if section < len(self._headers) else None
        return None


class ContestFigures(QFrame):
    """One contest in large type: ballots issued, voters on the list, turnout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turnoutFigures")
        self.setStyleSheet(f"#turnoutFigures {{ background: {palette.PANEL};"
                           f" border: 1px solid {palette.BORDER}; border-radius: 6px; }}")
        layout = QGridLayout(self)
        layout.setContentsMargins(14, 6, 14, 8)
        layout.setVerticalSpacing(2)
        self.title = QLabel()
        self.title.setWordWrap(True)
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        layout.addWidget(self.title, 0, 0, 1, 6)
        self.values = [QLabel() for _ in range(3)]
        self.captions = [QLabel() for _ in range(3)]
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * 2.1)
        for i, (value, caption) in enumerate(zip(self.values, self.captions, strict=True)):
            value.setFont(big)
            value.setObjectName(("issued", "on_list", "percent")[i])
            caption.setWordWrap(True)
            layout.addWidget(value, 1, 2 * i, Qt.AlignmentFlag.AlignBottom)
            layout.addWidget(caption, 1, 2 * i + 1,
                             Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
            layout.setColumnStretch(2 * i + 1, 1)

    def show_line(self, title: str, line: TurnoutLine, captions: Sequence[str],
                  lang: str) -> None:
        """Fill in the figures of ``line``."""
        self.title.setText(title)
        texts = (grouped(line.issued), grouped(line.on_list), percent_text(line.percent, lang))
        for label, value in zip(self.values, texts, strict=True):
            label.setText(value)
        for label, caption in zip(self.captions, captions, strict=True):
            label.setText(caption)


class TurnoutScreen(Screen):
    """Live turnout, the report times (frozen or pending), sections, the hourly chart."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: TurnoutReport | None = None
        self.now = ctx.clock.local("UTC")
        self.figures: list[ContestFigures] = []
        self.snapshot_model = RowsModel(self)
        self.section_model = RowsModel(self)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._build("now_quiet")  # its reading words it
        self._timer.start()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        self.heading.setFont(heading_font)
        top.addWidget(self.heading)
        self.as_of = QLabel()
        self.as_of.setObjectName("turnoutAsOf")
        top.addWidget(self.as_of)
        top.addStretch(1)
        self.contest_caption = QLabel()
        top.addWidget(self.contest_caption)
        self.contest_combo = ContestCombo()
        top.addWidget(self.contest_combo)
        self.lang_caption = QLabel()
        top.addWidget(self.lang_caption)
        self.lang_combo = QComboBox()
        for code, name in PDF_LANGUAGES:
            self.lang_combo.addItem(name, code)
        self.lang_caption.setBuddy(self.lang_combo)
        top.addWidget(self.lang_combo)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.banner = Banner("turnoutBanner", hide_when_empty=True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.banner)
        self.figures_row = QHBoxLayout()
        layout.addLayout(self.figures_row)
        body = QHBoxLayout()
        self.chart_box = QGroupBox()
        self.chart = TurnoutChart()
        QVBoxLayout(self.chart_box).addWidget(self.chart)
        # With large text the tables need the room more than the chart does.
        body.addWidget(self.chart_box, 3 if self._ctx.settings.large_text else 5)
        self.snapshot_box = QGroupBox()
        self.snapshot_table = self._table(self.snapshot_model)
        QVBoxLayout(self.snapshot_box).addWidget(self.snapshot_table)
        body.addWidget(self.snapshot_box, 4 if self._ctx.settings.large_text else 3)
        self.section_box = QGroupBox()
        self.section_table = self._table(self.section_model)
        QVBoxLayout(self.section_box).addWidget(self.section_table)
        body.addWidget(self.section_box, 4 if self._ctx.settings.large_text else 3)
        layout.addLayout(body, 1)

    def _table(self, model: RowsModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        return table

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.contest_combo.activated.connect(self._on_contest_combo_activated)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.heading.setText(capitalized("word_turnout", self._ctx.lang))
        self.contest_caption.setText(self.tr("Contest:"))
        self.lang_caption.setText(self.tr("Report language:"))
        self.save_button.setText(self.tr("Save turnout report (PDF)…"))
        self.save_button.setToolTip(self.tr(
            "An A4 report for the territorial commission: turnout now, at the report times, "
            "by section and per hour, with lines for the chair's and secretary's signatures"))
        self.chart_box.setTitle(text("word_per_hour", self._ctx.lang))
        self.snapshot_box.setTitle(self.tr("At the report times"))
        self.section_box.setTitle(text("word_by_section", self._ctx.lang))
        self.chart.setAccessibleName(text("word_per_hour", self._ctx.lang))
        self.chart.set_texts(self.tr("hour of the day (local time)"),
                             self.tr("the current hour, so far"))
        self._show()

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the live figures and the stored snapshots (reads only)."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.station = load_station(session)
            self.report = turnout.report(session)
        self.now = self._ctx.clock.local(self.station.timezone)
        self._fill_contests()
        self.retranslate_ui()

    @property
    def contest_id(self) -> str:
        """The contest whose report times, sections and hours are shown."""
        return self.contest_combo.contest_id

    def _fill_contests(self) -> None:
        assert self.station is not None
        self.contest_combo.fill(self.station.contests, self._ctx.lang)
        self.contest_combo.setVisible(self.contest_combo.several)
        self.contest_caption.setVisible(self.contest_combo.several)
        while len(self.figures) < len(self.station.contests):
            figures = ContestFigures()
            self.figures.append(figures)
            self.figures_row.addWidget(figures, 1)

    def _show(self) -> None:
        station, rep, lang = self.station, self.report, self._ctx.lang
        if station is None or rep is None:
            return
        self.as_of.setText(fill(self.tr("as of %1"), self.now.strftime("%H:%M")))
        captions = (text("audit_word_ballot_issued", lang), text("word_voters_on_list", lang),
                    text("word_turnout", lang))
        titles = {c.id: in_language(c.title, lang) for c in station.contests}
        for figures, line in zip(self.figures, rep.station, strict=False):
            figures.show_line(titles.get(line.contest_id, line.contest_id), line, captions, lang)
        contest = self.contest_id
        self._show_snapshots([r for r in turnout.report_times(rep, station, self.now)
                              if r.contest_id == contest])
        self._show_sections([x for x in rep.sections if x.contest_id == contest],
                            next((x for x in rep.station if x.contest_id == contest), None))
        today = self.now.date() == (rep.day or station.election_date)
        self.chart.set_hours(turnout.day_hours(rep, station, contest),
                             self.now.strftime("%H") if today else "")

    def _figure_headers(self, first: str) -> list[str]:
        return [first, self.tr("Issued"), capitalized("status_active", self._ctx.lang),
                capitalized("word_turnout", self._ctx.lang)]

    def _show_snapshots(self, rows: Sequence[ReportTime]) -> None:
        lang = self._ctx.lang
        texts: list[list[str]] = []
        muted: set[int] = set()
        for i, row in enumerate(rows):
            snap = row.snapshot
            if snap is None:  # muted, and the word says why
                muted.add(i)
                state = text("word_not_recorded" if row.due else "word_pending", lang)
                texts.append([row.report_time, state, "", ""])
            else:
                texts.append([snap.report_time, grouped(snap.issued), grouped(snap.on_list),
                              percent_text(snap.percent, lang)])
        self.snapshot_model.set_rows(self._figure_headers(text("word_time", lang)), texts, muted)
        self.snapshot_table.clearSpans()
        for index in muted:  # the word spans the figures it stands for
            self.snapshot_table.setSpan(index, 1, 1, 3)
        _fit_columns(self.snapshot_table)

    def _show_sections(self, lines: Sequence[TurnoutLine], total: TurnoutLine | None) -> None:
        lang = self._ctx.lang
        # ASCII digits only: a section "²" passes isdigit() and then fails int().
        ordered = sorted(lines, key=lambda x: (not _digits(x.section),
                                               int(x.section) if _digits(x.section) else 0,
                                               x.section))
        texts = [[x.section or "—", grouped(x.issued), grouped(x.on_list),
                  percent_text(x.percent, lang)] for x in ordered]
        bold: set[int] = set()
        if total is not None:
            bold.add(len(texts))
            texts.append([text("word_total", lang), grouped(total.issued), grouped(total.on_list),
                          percent_text(total.percent, lang)])
        section = capitalized("column_section", lang)
        self.section_model.set_rows(self._figure_headers(section), texts, bold=bold)
        _fit_columns(self.section_table)

    # -- the report --------------------------------------------------------------------------

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str) -> str:
        """Where to save the PDF ('' when cancelled); tests replace this."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("TurnoutScreen", "Save turnout report"),
            suggested, "PDF (*.pdf)")
        return path

    def save_report(self) -> Path | None:
        """Ask where, render the PDF in the chosen language, write it; show the result."""
        assert self._ctx.db is not None
        if self.station is None:
            return None
        name = turnout_pdf.default_file_name(self.station, self._ctx.clock)
        path = self.ask_path(self, str(Path.home() / name))
        if not path:
            return None
        target = pdf_common.pdf_target(path)
        try:
            with self._ctx.db.reading() as session:
                data = turnout_pdf.render_turnout_pdf(session, self._ctx.clock,
                                                      str(self.lang_combo.currentData()))
            saved = pdf_common.save_pdf(target, data)
        except (DomainError, OSError, SQLAlchemyError) as exc:
            self.banner.show_message("error", error_text(exc, self._ctx.lang))
            return None
        self.banner.show_message(
            "ok", fill(self.tr("Turnout report saved: %1"), str(saved)))
        return saved

    # -- events ------------------------------------------------------------------------------

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._lazy.request()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save_report()

    @Slot(int)
    def _on_contest_combo_activated(self, _index: int) -> None:
        self._show()


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()
