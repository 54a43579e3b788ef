"""The chair's idle-lock time (1 to 60 minutes) on the Station screen (docs/formats.md §7).

Shown only while the chair is signed in at this desk: the setting is the chair's, and
every desk on the station follows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from precinct_app.messages import text
from precinct_app.services import desks, permissions
from precinct_app.ui.context import AppContext
from precinct_app.ui.ops import run_op


class IdleLockSetting(QGroupBox):
    """Minutes without input before every desk locks; the chair sets them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("idleLockSetting")
        row = QHBoxLayout(self)
        self.caption = QLabel()
        row.addWidget(self.caption)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("idleMinutes")
        self.minutes.setRange(desks.IDLE_MIN, desks.IDLE_MAX)
        self.minutes.setAlignment(Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.minutes)
        self.set_button = QPushButton()
        row.addWidget(self.set_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.set_button.clicked.connect(self._on_set_button_clicked)
        ctx.signin.changed.connect(self._on_signin_changed)
        self.refresh()
        self.retranslate_ui()

    def refresh(self) -> None:
        """The minutes in force; shown only to the chair."""
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.minutes.setValue(desks.idle_minutes(session))
        member = self._ctx.signin.acting
        self.setVisible(member is not None and permissions.allowed(member.role, "idle_lock"))

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.setTitle(self.tr("Idle lock"))
        self.caption.setText(self.tr("Lock every desk after this many minutes without input:"))
        self.set_button.setText(self.tr("Set"))

    @Slot()
    def _on_signin_changed(self) -> None:
        self.refresh()

    @Slot()
    def _on_set_button_clicked(self) -> None:
        ctx, member_id, value = self._ctx, self._ctx.signin.member_id, self.minutes.value()
        done = run_op(self, ctx, lambda s: desks.set_idle_minutes(s, ctx.clock, member_id, value),
                      on_error=self.message.setText)
        if done is not None:
            self.message.setText(text("desk_idle_set", ctx.lang, minutes=done))
