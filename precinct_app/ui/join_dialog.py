"""Join a station server as a desk (docs/formats.md §8): the QR code scanned off the
server's screen, or its address and join code typed, the desk's name, and the server's
certificate fingerprint shown for the member to compare before joining.

A USB QR scanner types the code's text like a keyboard, then Enter: the scanned field
takes it whole. Joining runs off the GUI thread (it reaches the server over the network).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.services import desks
from precinct_app.services.errors import DomainError
from precinct_app.ui import palette
from precinct_app.ui.context import APP_NAME, AppContext
from precinct_app.ui.ops import error_text
from precinct_app.ui.server_model import fingerprint_groups, server_api
from precinct_app.ui.tasks import Task

DESK_NAME_MAX = 40


def server_fingerprint(address: str) -> str:
    """The fingerprint of the certificate the server at ``address`` presents (unverified:
    the member compares it with the server's screen, the join code then proves it)."""
    from precinct_app.services import laptop, pg_cluster

    host, port = laptop.split_address(address)
    return pg_cluster.fingerprint(pg_cluster.fetch_certificate(host, port))


def join_and_open(address: str, code: str, name: str, expected: str | None) -> Any:
    """Join, then open the station on the server as this desk (a ``Database``)."""
    from precinct_app.services import laptop

    joined = server_api().join_desk(address, code, name, expected_fingerprint=expected)
    return laptop.open_station(joined)


class JoinDialog(QDialog):
    """This laptop becomes a desk of a station server.

    ``database`` is the station on the server once joined (the window reopens on it).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self._expected: str | None = None  # the fingerprint shown, pinned at the join
        self.database: Any = None
        self.setWindowTitle(APP_NAME)
        self._setup_ui()
        self._connect_signals()
        self.retranslate_ui()
        self.scan.setFocus()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.scan = QLineEdit()
        self.scan.setObjectName("joinScan")
        self.scan.setMaxLength(400)
        self.scan_caption = QLabel()
        form.addRow(self.scan_caption, self.scan)
        self.address = QLineEdit()
        self.address.setObjectName("joinAddress")
        self.address.setMaxLength(120)
        self.address_caption = QLabel()
        form.addRow(self.address_caption, self.address)
        self.code = QLineEdit()
        self.code.setObjectName("joinCode")
        self.code.setMaxLength(20)
        self.code_caption = QLabel()
        form.addRow(self.code_caption, self.code)
        self.name = QLineEdit(desks.desk_name(self._ctx.settings.desk_name))
        self.name.setObjectName("joinDeskName")
        self.name.setMaxLength(DESK_NAME_MAX)
        self.name_caption = QLabel()
        form.addRow(self.name_caption, self.name)
        layout.addLayout(form)
        self.fingerprint_caption = QLabel()
        self.fingerprint_caption.setWordWrap(True)
        layout.addWidget(self.fingerprint_caption)
        self.fingerprint = QLabel("—")
        self.fingerprint.setObjectName("joinFingerprint")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint)
        self.message = QLabel()
        self.message.setObjectName("joinMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.check_button = QPushButton()
        self.check_button.setObjectName("joinCheck")
        self.join_button = QPushButton()
        self.join_button.setObjectName("primary")
        self.join_button.setEnabled(False)
        self.cancel_button = QPushButton()
        for button in (self.check_button, self.join_button, self.cancel_button):
            button.setAutoDefault(True)  # Enter on the focused button presses it
            button.setMinimumHeight(36)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)

    def _connect_signals(self) -> None:
        self.scan.returnPressed.connect(self._on_scan_return_pressed)
        self.address.textEdited.connect(self._on_typed)
        self.code.textEdited.connect(self._on_typed)
        self.address.returnPressed.connect(self.code.setFocus)
        self.code.returnPressed.connect(self._on_check_button_clicked)
        self.name.returnPressed.connect(self._on_name_return_pressed)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.join_button.clicked.connect(self._on_join_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        self.heading.setText(self.tr("Join a station server as a desk"))
        self.intro.setText(self.tr(
            "On the station server (the chair's laptop), open Station server: it shows a QR "
            "code and a join code. Scan the QR code with the scanner here, or type the "
            "address and the code."))
        self.scan_caption.setText(self.tr("Scanned QR code"))
        self.scan.setPlaceholderText(self.tr("Scan here (the scanner types it, then Enter)"))
        self.address_caption.setText(self.tr("Server address"))
        self.address.setPlaceholderText("192.168.10.1:5433")
        self.code_caption.setText(self.tr("Join code"))
        self.name_caption.setText(self.tr("Name of this desk"))
        self.fingerprint_caption.setText(self.tr(
            "The server's certificate fingerprint: compare it group by group with the "
            "server's screen before joining. If one group differs, do not join: call the "
            "chair."))
        self.check_button.setText(self.tr("Check the server"))
        self.join_button.setText(self.tr("Join"))
        self.cancel_button.setText(self.tr("Cancel"))

    # -- what the member types or scans -----------------------------------------------

    def _say(self, message: str, error: bool = True) -> None:
        self.message.setStyleSheet(f"color: {palette.ERROR_TEXT};" if error else "")
        self.message.setText(message)

    def _show_fingerprint(self, fingerprint: str | None) -> None:
        self._expected = fingerprint
        self.fingerprint.setText(fingerprint_groups(fingerprint) if fingerprint else "—")
        self.join_button.setEnabled(fingerprint is not None and self._task is None)

    @Slot()
    def _on_typed(self) -> None:
        self._show_fingerprint(None)  # another server or code: compare again

    @Slot()
    def _on_scan_return_pressed(self) -> None:
        scanned = self.scan.text().strip()
        if not scanned:
            self.address.setFocus()
            return
        try:
            address, code, fingerprint = server_api().parse_join_text(scanned)
        except (DomainError, ValueError) as exc:
            # Scanned, not typed: "scan again", unless the text carries a malformed fingerprint.
            if isinstance(exc, DomainError) and exc.code == "join_fingerprint_bad":
                self._say(error_text(exc, self._ctx.lang))
            else:
                self._say(text("join_scan_unreadable", self._ctx.lang))
            self.scan.selectAll()
            return
        self.address.setText(address)
        self.code.setText(code)
        self._say("", error=False)
        if fingerprint:
            self._show_fingerprint(fingerprint)  # from the server's screen itself
            self.join_button.setDefault(True)
            self.join_button.setFocus()
        else:
            self._on_check_button_clicked()

    def _fields(self) -> tuple[str, str] | None:
        address, code = self.address.text().strip(), self.code.text().strip()
        if not address:
            self._say(text("join_address_missing", self._ctx.lang))
            self.address.setFocus()
            return None
        if not code:
            self._say(text("join_code_missing", self._ctx.lang))
            self.code.setFocus()
            return None
        return address, code

    @Slot()
    def _on_check_button_clicked(self) -> None:
        fields = self._fields()
        if fields is None or self._task is not None:
            return
        address = fields[0]
        self._start(lambda _p, _c: server_fingerprint(address), self._on_checked,
                    self.tr("Reaching the server…"))

    @Slot(object)
    def _on_checked(self, fingerprint: object) -> None:
        self._task = None
        self._set_busy(False)
        assert isinstance(fingerprint, str)
        self._say(self.tr("Compare the fingerprint with the server's screen, then Join."),
                  error=False)
        self._show_fingerprint(fingerprint)
        self.join_button.setDefault(True)
        self.join_button.setFocus()

    @Slot()
    def _on_name_return_pressed(self) -> None:
        if self.join_button.isEnabled():
            self._on_join_button_clicked()

    @Slot()
    def _on_join_button_clicked(self) -> None:
        fields = self._fields()
        if fields is None or self._task is not None or self._expected is None:
            return
        name = desks.clean_desk_name(self.name.text())
        if not name:
            self._say(text("join_desk_name_missing", self._ctx.lang))
            self.name.setFocus()
            return
        address, code = fields
        expected = self._expected
        self._start(lambda _p, _c: join_and_open(address, code, name, expected),
                    self._on_joined, self.tr("Joining the station server…"))

    def _start(self, job: Any, done: Any, busy: str) -> None:
        self._task = Task(job)
        self._task.succeeded.connect(done)
        self._task.failed.connect(self._on_task_failed)
        self._say(busy, error=False)
        self._set_busy(True)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.scan, self.address, self.code, self.name, self.check_button):
            widget.setEnabled(not busy)
        self.join_button.setEnabled(not busy and self._expected is not None)

    @Slot(object)
    def _on_joined(self, database: object) -> None:
        self._task = None
        self.database = database
        self.accept()

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        self._task = None
        self._set_busy(False)
        assert isinstance(exc, BaseException)
        self._say(error_text(exc, self._ctx.lang))
        if isinstance(exc, DomainError) and exc.code == "fingerprint_mismatch":
            self._show_fingerprint(None)  # never join that server by pressing Enter again
        (self.scan if self.scan.text() else self.code).setFocus()

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field is the field's (the scanner ends with it): it never presses
        the dialog's default button, so nobody joins before comparing the fingerprint.

        A focused button takes its own Enter before the dialog sees it; what reaches the
        dialog came from a field, even when that field's Enter already moved the focus
        to "Join" (a scan), so every Enter here is swallowed.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """A call to the server still running ends first (never a thread left behind)."""
        if self._task is not None:
            self._task.wait()
            self._task = None
        super().done(result)
