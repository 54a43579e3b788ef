"""The voter list screen: a search box that always has focus, the list, the voter's details."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized, text, word
from precinct_app.services import search, voters
from precinct_app.services.localize import grouped
from precinct_app.services.voters import VoterView
from precinct_app.ui import palette
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.screen_base import Screen
from precinct_app.ui.search_keys import SearchKeys, select_row, step_selection
from precinct_app.ui.sizes import text_width
from precinct_app.ui.voter_model import (
    HAS_BALLOT,
    STATUS_COLOURS,
    Column,
    VoterRole,
    VoterTableModel,
    status_key,
    status_words,
)

SEARCH_DELAY_MS = 120


class VoterDetails(QFrame):
    """The selected voter in large type, status in words."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._voter: VoterView | None = None
        self._held_since: dt.datetime | None = None
        self._setup_ui()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("voterDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(400 if self._ctx.settings.large_text else 380)  # the list needs room
        layout = QVBoxLayout(self)
        self._name = QLabel()
        font = QFont(self._name.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self._name.setFont(font)
        self._name.setWordWrap(True)
        layout.addWidget(self._name)
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._values = {key: QLabel() for key in ("list_no", "iin", "born", "address",
                                                  "section", "status")}
        self._captions = {key: QLabel() for key in self._values}
        for key, value in self._values.items():
            value.setWordWrap(True)
            # Only the status is markup (its coloured mark); voter data is shown verbatim.
            value.setTextFormat(Qt.TextFormat.RichText if key == "status"
                                else Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(self._captions[key], value)
        layout.addLayout(self._form)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        """Captions in the current language."""
        lang = self._ctx.lang
        captions = {  # the voter's fields in the catalog's words (as import errors name them)
            "list_no": capitalized("column_list_no", lang), "iin": word("column_iin", lang),
            "born": self.tr("Date of birth"), "address": capitalized("column_address", lang),
            "section": capitalized("column_section", lang), "status": self.tr("Status"),
        }
        for key, caption in captions.items():
            self._captions[key].setText(caption)
        self.show_voter(self._voter, self._held_since)

    def show_voter(self, voter: VoterView | None, held_since: dt.datetime | None = None) -> None:
        """Fill in ``voter`` (or a hint when none is selected); ``held_since``: when the
        ballot they hold was issued."""
        self._voter, self._held_since = voter, held_since
        if voter is None:
            self._name.setText(self.tr("No voter selected"))
            for value in self._values.values():
                value.setText("")
            return
        self._name.setText(voter.full_name)
        self._values["list_no"].setText(str(voter.list_no))
        self._values["iin"].setText(voter.iin)
        self._values["born"].setText(voter.birth_date.strftime("%d.%m.%Y"))
        self._values["address"].setText(voter.address or "—")
        self._values["section"].setText(voter.section or "—")
        key = status_key(voter, held_since)
        mark = {"active": "●", HAS_BALLOT: "■"}.get(key, "✕")  # the desk's marks
        colour = STATUS_COLOURS.get(key, palette.TEXT_MUTED)
        word = html.escape(status_words(voter, held_since, self._ctx.lang))
        self._values["status"].setText(f'<span style="color:{colour}">{mark}</span> {word}')


class VoterListScreen(Screen):
    """Search, list and details. Typing filters at once; Up/Down move; every match is listed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        assert ctx.db is not None
        self._total = 0
        self.model = VoterTableModel(ctx.db, ctx.lang, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._build("words_first")

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        font = QFont(self.search_box.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.search_box.setFont(font)
        SearchKeys(self.search_box, self._move_selection, self._clear_search)
        top.addWidget(self.search_box, 1)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        layout.addLayout(top)
        body = QHBoxLayout()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays in the search box
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # Numbers as wide as their digits in the current text size; the name takes the rest.
        for column, sample in ((Column.LIST_NO, "00000"), (Column.IIN, "000000000000"),
                               (Column.BIRTH_DATE, "00.00.0000"), (Column.SECTION, "00000")):
            self.table.setColumnWidth(column, text_width(self, sample))
        # With large text the section is in the details only: the names need the room.
        self.table.setColumnHidden(Column.SECTION, self._ctx.settings.large_text)
        body.addWidget(self.table, 1)
        self.details = VoterDetails(self._ctx)
        body.addWidget(self.details)
        layout.addLayout(body, 1)

    def _connect_signals(self) -> None:
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.clicked.connect(lambda _index: self.search_box.setFocus())

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.search_box.setPlaceholderText(
            self.tr("Search: IIN, list number or surname [given name]")
        )
        self.model.set_language(self._ctx.lang)
        # The status column fits its longest words in this language ("ballot issued · 10:42").
        lang = self._ctx.lang
        longest = max((text(key, lang, time="00:00") for key in
                       ("status_active", "status_excluded", "status_has_ballot")),
                      key=lambda words: self.table.fontMetrics().horizontalAdvance(words))
        self.table.setColumnWidth(Column.STATUS, text_width(self.table, longest) + 20)  # + icon
        self.details.retranslate_ui()
        self._update_count()

    def showEvent(self, event: QEvent) -> None:
        """The search box has focus whenever the screen is shown."""
        super().showEvent(event)  # type: ignore[arg-type]
        self.search_box.setFocus()

    def _clear_search(self) -> None:
        self.search_box.clear()

    def refresh(self) -> None:
        """Re-run the current search against the database."""
        assert self._ctx.db is not None
        query = self.search_box.text()
        with self._ctx.db.reading() as session:
            self._total = voters.count(session)
            ids = (search.find_voter_ids(session, query) if query.strip()
                   else voters.all_ids(session))
        self.model.set_ids(ids)
        self._update_count()
        if ids:
            self._select_row(0)
        else:
            self.details.show_voter(None)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(
            fill(self.tr("%1 of %2"), grouped(shown), grouped(self._total))
        )

    def _select_row(self, row: int) -> None:
        select_row(self.table, row)

    def _move_selection(self, step: int) -> None:
        step_selection(self.table, step)

    @Slot(str)
    def _on_search_box_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.refresh()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = current.data(VoterRole) if current.isValid() else None
        self.details.show_voter(view, self.model.held_since(view.id) if view else None)
