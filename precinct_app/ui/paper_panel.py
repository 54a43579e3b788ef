"""The paper list's entries on the Station screen: how many conflicts are open, and the way
in to "Enter from the paper list" (ui/paper_dialog.py; docs/domain.md §5)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from precinct_app.services import paper_entries, permissions, phases
from precinct_app.ui import palette
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill


class PaperPanel(QGroupBox):
    """A line and a button; the dialog opens on demand (one at a time)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QWidget | None = None
        self.setObjectName("paperPanel")
        row = QHBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        row.addWidget(self.state, 1)
        self.open_button = QPushButton()
        self.open_button.setObjectName("paperOpen")
        row.addWidget(self.open_button)
        self.open_button.clicked.connect(self.open_dialog)
        ctx.bridge.data_changed.connect(self.refresh)
        self._open = 0
        self.refresh()
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        """Words again at a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @Slot()
    def refresh(self) -> None:
        """How many conflicts are open; shown while there is something to do here."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self._open = paper_entries.open_count(session)
            phase = permissions.phase_now(session)
        # Nothing to enter before voting opens; after the count starts, only what is open.
        self.setVisible(phase in (phases.OPEN, phases.CLOSED) or self._open > 0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.setTitle(self.tr("Paper list"))
        self.open_button.setText(self.tr("Enter from the paper list…"))
        if self._open:
            self.state.setText(fill(self.tr(
                "Conflicts of the paper list open: %1. The chair resolves them before the"
                " protocol is signed."), str(self._open)))
            self.state.setStyleSheet(f"color: {palette.WARN_TEXT}; font-weight: bold;")
        else:
            self.state.setText(self.tr(
                "Ballots issued on the paper list while this desk had lost the server are"
                " entered here once the link is back."))
            self.state.setStyleSheet("")

    @Slot()
    def open_dialog(self) -> QWidget:
        """Show the dialog (built on first use: its lists are read then)."""
        from precinct_app.ui.paper_dialog import PaperDialog

        if self.dialog is None:
            self.dialog = PaperDialog(self._ctx, self.window())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
