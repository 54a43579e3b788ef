"""A second member confirms with their own PIN (docs/formats.md §7).

For an action two members take together (an outside trip, the protocol's double entry)
and for the members present at signing: the member at the desk acts, the other proves
they are there. The check runs off the GUI thread; a wrong PIN names the member.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.services import pins
from precinct_app.services.station import Member
from precinct_app.ui import palette
from precinct_app.ui.context import APP_NAME, AppContext
from precinct_app.ui.ops import error_text
from precinct_app.ui.tasks import Task


def pin_edit(name: str) -> QLineEdit:
    """A masked field for 4 to 8 digits."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(pins.PIN_MAX)
    edit.setValidator(QRegularExpressionValidator(r"[0-9]{0,8}", edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                             | Qt.InputMethodHint.ImhSensitiveData)
    return edit


class PinDialog(QDialog):
    """``member`` types their PIN; accepted once it proves them."""

    def __init__(self, ctx: AppContext, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.member = member
        self._task: Task | None = None
        self.setWindowTitle(APP_NAME)
        layout = QVBoxLayout(self)
        self.caption = QLabel(text("desk_confirm_member", ctx.lang, name=member.name))
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.pin = pin_edit("confirmPin")
        layout.addWidget(self.pin)
        self.message = QLabel()
        self.message.setObjectName("confirmMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {palette.ERROR_TEXT};")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        self.pin.setFocus()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self._task is not None or self._ctx.db is None:
            return
        pin = self.pin.text()
        if not pins.valid_format(pin):
            self.message.setText(text("pin_format", self._ctx.lang, low=pins.PIN_MIN,
                                      high=pins.PIN_MAX, field="pin"))
            return
        db, clock, member_id = self._ctx.db, self._ctx.clock, self.member.id
        self._task = Task(lambda _p, _c: pins.authenticate(db.transaction, clock, member_id,
                                                           pin))
        self._task.succeeded.connect(self._on_task_succeeded)
        self._task.failed.connect(self._on_task_failed)
        self.message.setText(self.tr("Checking the PIN…"))
        self.buttons.setEnabled(False)
        self._task.start()

    @Slot(object)
    def _on_task_succeeded(self, _member: object) -> None:
        self._task = None
        self.accept()

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        assert isinstance(exc, BaseException)
        self.message.setText(error_text(exc, self._ctx.lang))
        self.pin.clear()
        self.pin.setFocus()

    def done(self, result: int) -> None:
        """A PIN check still running ends first (never a thread left behind)."""
        if self._task is not None:
            self._task.wait()
            self._task = None
        super().done(result)


def confirm_pin(parent: QWidget | None, ctx: AppContext, member: Member) -> bool:
    """True once ``member`` proved themselves with their PIN (tests type into the dialog)."""
    dialog = PinDialog(ctx, member, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
