"""A compact voter chooser for forms: a search box and the matching voters.

Used where an action needs one voter (an outside-voting application, an
exclusion). Typing filters at once; Up/Down move; Esc clears; Enter calls the
form's action when one is given. The search is the same as the desk's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from precinct_app.services import search
from precinct_app.services.voters import VoterView
from precinct_app.ui.context import AppContext
from precinct_app.ui.search_keys import SearchKeys, select_row, step_selection
from precinct_app.ui.signals import emit
from precinct_app.ui.sizes import scaled
from precinct_app.ui.voter_model import Column, VoterRole, VoterTableModel

SEARCH_DELAY_MS = 100


class VoterPicker(QWidget):
    """Search box over a short result table; ``voter`` is the selected one.

    Signals:
        voter_changed(object): the selected ``VoterView``, or None.
    """

    voter_changed = Signal(object)

    def __init__(
        self, ctx: AppContext, enter: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert ctx.db is not None
        self._ctx = ctx
        self.model = VoterTableModel(ctx.db, ctx.lang, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._resolved: str | None = None
        self._setup_ui(enter)
        self._connect_signals()
        self.retranslate_ui()

    def _setup_ui(self, enter: Callable[[], None] | None) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        SearchKeys(self.search_box, self._move_selection, self.clear, enter)
        layout.addWidget(self.search_box)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays in the search box
        for column in (Column.IIN, Column.SECTION):
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(Column.LIST_NO, scaled(self, 64))
        self.table.setColumnWidth(Column.BIRTH_DATE, scaled(self, 100))
        self.table.setColumnWidth(Column.STATUS, scaled(self, 110))
        layout.addWidget(self.table, 1)

    def _connect_signals(self) -> None:
        self.search_box.textEdited.connect(self._on_search_box_text_edited)
        self._timer.timeout.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.clicked.connect(lambda _index: self.search_box.setFocus())

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.search_box.setPlaceholderText(self.tr("IIN, list number or surname"))
        self.model.set_language(self._ctx.lang)

    @property
    def voter(self) -> VoterView | None:
        """The selected voter, after resolving the text as typed now (never a stale result)."""
        if self._timer.isActive() or self._resolved != self.search_box.text():
            self.reload()
        index = self.table.selectionModel().currentIndex()
        found = index.data(VoterRole) if index.isValid() else None
        return found if isinstance(found, VoterView) else None

    @Slot()
    def reload(self) -> None:
        """Run the search for the current text; the first match is selected."""
        assert self._ctx.db is not None
        self._timer.stop()
        query = self.search_box.text()
        with self._ctx.db.reading() as session:
            ids = search.find_voter_ids(session, query) if query.strip() else []
        self._resolved = query
        self.model.set_ids(ids)
        if ids:
            self._select_row(0)
        else:
            emit(self.voter_changed, None)

    def clear(self) -> None:
        """Empty the box and the results."""
        self.search_box.clear()
        self.reload()

    def _select_row(self, row: int) -> None:
        select_row(self.table, row)

    def _move_selection(self, step: int) -> None:
        step_selection(self.table, step)

    @Slot(str)
    def _on_search_box_text_edited(self, _text: str) -> None:
        self._timer.start()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        emit(self.voter_changed, current.data(VoterRole) if current.isValid() else None)
