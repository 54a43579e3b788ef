"""Signing a contest's protocol: a decision, so a modal dialog.

The signer ticks the members present, and each one types their own PIN (docs/formats.md
§7: the quorum counts those who confirmed); the dialog shows the quorum live, who signs
(docs/domain.md §11: the first present of chair, deputy chair, secretary; shown,
not chosen), a dissenting opinion per member present, and everything that still
blocks signing. Sign runs ``services.protocol.sign`` in one transaction; a refusal
is shown in place and the dialog stays open. Once signed, the code is shown big.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import text
from precinct_app.services import counting, phases, pins, protocol
from precinct_app.services.errors import DomainError
from precinct_app.services.localize import clock_text, in_language
from precinct_app.services.protocol_data import MemberEntry, ProtocolData
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.ops import run_op
from precinct_app.ui.pin_dialog import pin_edit
from precinct_app.ui.sizes import scaled

OK_COLOUR, BAD_COLOUR, MUTED_COLOUR = palette.OK_TEXT, palette.ERROR_TEXT, palette.TEXT_MUTED


class MemberRow(QObject):
    """One member's line in the grid: "present" box, role, dissent mark, "Dissent…".

    ``on_change`` is called when the presence or the dissent changes (a plain
    callback: PySide6 6.12 loses a reference to True on every Python-side emit).
    """

    def __init__(self, member: MemberEntry, grid: QGridLayout, row: int,
                 on_change: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self._on_change = on_change
        self._dissent_word = ""
        self.present = QCheckBox(member.name)
        self.present.setObjectName(f"present_{member.id}")
        self.role = QLabel()
        self.role.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.mark = QLabel()
        self.mark.setStyleSheet(f"color: {BAD_COLOUR}; font-weight: bold;")
        self.pin = pin_edit(f"pin_{member.id}")  # the member's own confirmation
        self.pin.setMaximumWidth(120)
        self.pin.setEnabled(False)  # until ticked present
        self.dissent_button = QPushButton()
        self.dissent_button.setObjectName(f"dissent_{member.id}")
        self.dissent_button.setCheckable(True)
        self.dissent_text = QPlainTextEdit()
        self.dissent_text.setObjectName(f"dissentText_{member.id}")
        self.dissent_text.setTabChangesFocus(True)
        self.dissent_text.setFixedHeight(72)
        self.dissent_text.hide()
        grid.addWidget(self.present, 2 * row, 0)
        grid.addWidget(self.role, 2 * row, 1)
        grid.addWidget(self.mark, 2 * row, 2)
        grid.addWidget(self.pin, 2 * row, 3)
        grid.addWidget(self.dissent_button, 2 * row, 4)
        grid.addWidget(self.dissent_text, 2 * row + 1, 0, 1, 5)
        self.present.toggled.connect(self._on_present_toggled)
        self.pin.textChanged.connect(self._on_pin_text_changed)
        self.dissent_button.toggled.connect(self._on_dissent_button_toggled)
        self.dissent_text.textChanged.connect(self._on_dissent_text_changed)
        self.dissent_button.setEnabled(False)  # until ticked present

    def retranslate(self, lang: str, dissent_word: str, dissent_button: str) -> None:
        """Role, mark and button texts in ``lang``."""
        self.pin.setPlaceholderText("PIN")
        self.role.setText(text(f"role_{self.member.role}", lang))
        self.dissent_button.setText(dissent_button)
        self._dissent_word = dissent_word
        self._update_mark()

    @property
    def dissent(self) -> str | None:
        """The dissenting opinion as typed (None when the box is closed or absent)."""
        if not self.present.isChecked() or not self.dissent_button.isChecked():
            return None
        return self.dissent_text.toPlainText()

    @property
    def confirming(self) -> bool:
        """Ticked present with a PIN typed (4 to 8 digits)."""
        return self.present.isChecked() and pins.valid_format(self.pin.text())

    def lock(self) -> None:
        """After signing nothing changes any more."""
        self.pin.clear()
        for widget in (self.present, self.dissent_button, self.pin):
            widget.setEnabled(False)
        self.dissent_text.setReadOnly(True)

    def _update_mark(self) -> None:
        has = bool((self.dissent or "").strip())
        self.mark.setText(f"✎ {self._dissent_word}" if has else "")

    @Slot()
    def _on_present_toggled(self) -> None:
        checked = self.present.isChecked()
        self.dissent_button.setEnabled(checked)
        self.pin.setEnabled(checked)
        if checked:
            self.pin.setFocus()
        else:
            self.pin.clear()
        self.dissent_text.setVisible(checked and self.dissent_button.isChecked())
        self._update_mark()
        self._on_change()

    @Slot()
    def _on_pin_text_changed(self) -> None:
        self._on_change()

    @Slot()
    def _on_dissent_button_toggled(self) -> None:
        checked = self.dissent_button.isChecked()
        self.dissent_text.setVisible(checked and self.present.isChecked())
        if checked:
            self.dissent_text.setFocus()
        self._update_mark()
        self._on_change()

    @Slot()
    def _on_dissent_text_changed(self) -> None:
        self._update_mark()
        self._on_change()


class SignDialog(QDialog):
    """Members present, quorum, signer, dissents, what blocks; Sign or Cancel."""

    def __init__(self, ctx: AppContext, contest_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.db is not None
        self._ctx = ctx
        self._contest_id = contest_id
        self.data: ProtocolData | None = None
        self.signed: ProtocolData | None = None
        self._phase = phases.SETUP
        self._next_step: str | None = None
        self.rows: list[MemberRow] = []
        self._load()
        self._setup_ui()
        self._connect_signals()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        assert self.data is not None
        self.setMinimumWidth(scaled(self, 760))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.heading.setFont(bold)
        layout.addWidget(self.heading)
        self.members_box = QGroupBox()
        grid = QGridLayout(self.members_box)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        for i, member in enumerate(self.data.commission):
            self.rows.append(MemberRow(member, grid, i, self._on_row_changed, self.members_box))
        layout.addWidget(self.members_box)
        self.quorum = QLabel()
        self.quorum.setObjectName("signQuorum")
        self.signer = QLabel()
        self.signer.setObjectName("signSigner")
        self.signer.setWordWrap(True)
        strong = QFont(self.font())
        strong.setBold(True)
        for label in (self.quorum, self.signer):
            label.setFont(strong)
            layout.addWidget(label)
        self.blockers = Banner("signBlockers", hide_when_empty=True)
        layout.addWidget(self.blockers)
        self.outcome = Banner("signResult", hide_when_empty=True)
        layout.addWidget(self.outcome)
        self.code = QLabel()
        self.code.setObjectName("signCode")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.code.setFont(big)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.hide()
        layout.addWidget(self.code)
        self.buttons = QDialogButtonBox()
        self.sign_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("primary")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.sign_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter on a tick box neither signs nor cancels
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text in the current language."""
        assert self.data is not None
        lang, data = self._ctx.lang, self.data
        self.setWindowTitle(self.tr("Sign the protocol"))
        heading = fill(self.tr("Protocol: %1 — version %2"),
                       in_language(dict(data.contest_title), lang), str(data.version))
        if data.repeated:
            heading += " · " + text("word_repeated_protocol", lang)
        self.heading.setText(heading)
        self.members_box.setTitle(self.tr(
            "Members present at signing (tick each one; each types their own PIN)"))
        for row in self.rows:
            row.retranslate(lang, text("word_dissenting_opinion", lang), self.tr("Dissent…"))
            row.dissent_button.setToolTip(self.tr(
                "A member present who disagrees signs with a dissenting opinion, "
                "printed as an annex and marked beside the name"))
            row.dissent_text.setPlaceholderText(
                fill(self.tr("The dissenting opinion of %1"), row.member.name))
        self.sign_button.setText(self.tr("Sign the protocol"))
        self.cancel_button.setText(self.tr("Close") if self.signed else self.tr("Cancel"))
        self._update()

    # -- data --------------------------------------------------------------------------------

    def _load(self) -> None:
        assert self._ctx.db is not None
        with self._ctx.db.reading() as session:
            self.data = protocol.build(session, self._ctx.clock, self._contest_id)
            self._phase = phases.current_phase(session)
            self._next_step = counting.status(session, self._ctx.clock).next_step

    @property
    def present_ids(self) -> list[str]:
        """The members ticked present with their PIN typed, in the commission's order."""
        return [row.member.id for row in self.rows if row.confirming]

    @property
    def dissents(self) -> dict[str, str]:
        """Member id -> dissenting opinion, for each open dissent box of a member present."""
        return {row.member.id: d for row in self.rows if (d := row.dissent) is not None}

    @property
    def expected_signer(self) -> MemberEntry | None:
        """Who signs, given those present (None when no one who may sign is present)."""
        assert self.data is not None
        signer = protocol.expected_signer(self.data.commission, set(self.present_ids))
        return next((m for m in self.data.commission if m.id == signer), None)

    def blockers_text(self) -> list[str]:
        """What stops signing in the protocol and the count (not quorum or signer)."""
        assert self.data is not None
        lang, data, out = self._ctx.lang, self.data, []
        if self._phase != phases.COUNTING:
            out.append(fill(self.tr("The protocol is signed at the end of the count (the station "
                               "is in: %1)"), text(f"phase_{self._phase}", lang)))
        elif self._next_step not in (None, counting.SIGN):
            out.append(text("count_steps_pending", lang, step=self._next_step))
        empty = data.empty_lines()
        if empty:
            out.append(fill(self.tr("Lines not filled: %1"),
                            ", ".join(line.number for line in empty)))
        for check in data.blocking():
            message = in_language(dict(check.message), lang)
            if check.severity == "error":
                out.append(fill(self.tr("Control ratio fails: %1 (%2 against %3, difference %4)"),
                                message, str(check.left), str(check.right), str(check.difference)))
            else:
                out.append(fill(self.tr("Warning without a written explanation: %1"), message))
        for row in self.rows:
            if row.present.isChecked() and not row.confirming:
                out.append(fill(self.tr("%1 is ticked present: their PIN (4 to 8 digits)"),
                                row.member.name))
            if row.dissent is not None and not row.dissent.strip():
                out.append(fill(self.tr("Write the dissenting opinion of %1, or close its box"),
                                row.member.name))
        return out

    def _update(self) -> None:
        assert self.data is not None
        if self.signed is not None:
            return
        total = len(self.data.commission)
        present, needed = len(self.present_ids), protocol.quorum(total)
        quorum_ok = present >= needed
        figure = fill(self.tr("present %1 of %2; at least %3 needed"), str(present), str(total),
                      str(needed))
        word = self.tr("Quorum") if quorum_ok else self.tr("No quorum")
        self.quorum.setText(f"{'✔' if quorum_ok else '✕'}  {word}: {figure}")
        self.quorum.setStyleSheet(f"color: {OK_COLOUR if quorum_ok else BAD_COLOUR};")
        signer = self.expected_signer
        if signer is not None:
            self.signer.setText("✔  " + fill(self.tr("Signs the protocol: %1 — %2"), signer.name,
                                             text(f"role_{signer.role}", self._ctx.lang)))
        else:
            self.signer.setText("✕  " + self.tr(
                "Nobody present may sign: the chair signs; the deputy chair when the chair "
                "is absent; the secretary when both are absent"))
        self.signer.setStyleSheet(f"color: {OK_COLOUR if signer else BAD_COLOUR};")
        blockers = self.blockers_text()
        if blockers:
            self.blockers.show_text("warn", "■  " + self.tr("Signing is not possible yet:")
                                    + "\n" + "\n".join(f"•  {b}" for b in blockers))
        else:
            self.blockers.clear_message()
        reasons = ([] if quorum_ok else [word + ": " + figure]) + (
            [] if signer else [self.signer.text()[3:]]) + blockers
        self.sign_button.setEnabled(not reasons)
        self.sign_button.setToolTip("\n".join(reasons) if reasons else self.tr(
            "Fixes the protocol code and locks this version"))

    def sign(self) -> ProtocolData | None:
        """Sign with the members ticked and their dissents; the result or None (refused)."""
        signer = self.expected_signer
        if signer is None or not self.sign_button.isEnabled():
            return None
        ctx, contest, present, dissent = (self._ctx, self._contest_id, self.present_ids,
                                          self.dissents)
        if not self._confirm_pins():
            return None
        refused: list[str] = []
        result = run_op(
            self, ctx,
            lambda s: protocol.sign(s, ctx.clock, signer.id, contest, present, dissent),
            on_error=refused.append,
        )
        if result is None:
            self._load()
            self._update()
            self.outcome.show_message("error", refused[0] if refused else "")
            return None
        self.signed = self.data = result
        self._show_signed(result)
        return result

    def _confirm_pins(self) -> bool:
        """Each member present proven by their PIN; a wrong one is named and cleared.

        On the GUI thread with a busy cursor (a fifth of a second a member): signing is
        a single decision everyone waits for, and nothing else may happen meanwhile.
        """
        assert self._ctx.db is not None
        typed = {row.member.id: row.pin.text() for row in self.rows if row.confirming}
        self.outcome.show_message("warn", self.tr("Checking the PINs…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            for member_id, pin in typed.items():
                pins.authenticate(self._ctx.db.transaction, self._ctx.clock, member_id, pin)
        except DomainError as exc:
            for row in self.rows:
                if row.member.id == exc.params.get("member"):
                    row.pin.clear()
                    row.pin.setFocus()
            self.outcome.show_message("error", text(exc.code, self._ctx.lang, **exc.params))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.outcome.clear_message()
        return True

    def _show_signed(self, data: ProtocolData) -> None:
        for row in self.rows:
            row.lock()
        at = clock_text(data.signed_at, data.timezone) if data.signed_at else ""
        self.blockers.clear_message()
        self.outcome.show_message("ok", fill(self.tr(
            "Signed at %1. Write this code on the paper protocol: it identifies these "
            "numbers"), at))
        self.code.setText(data.code or "")
        self.code.show()
        self.sign_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setFocus()

    # -- events ------------------------------------------------------------------------------

    @Slot()
    def _on_row_changed(self) -> None:
        self.outcome.clear_message()
        self._update()

    @Slot()
    def _on_sign_button_clicked(self) -> None:
        self.sign()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self.signed is not None:
            self.accept()
        else:
            self.reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, contest_id: str) -> bool:
        """Run the dialog; True when the protocol was signed (tests replace this)."""
        dialog = cls(ctx, contest_id, parent)
        try:
            dialog.exec()
            return dialog.signed is not None
        finally:
            dialog.deleteLater()
