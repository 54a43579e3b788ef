"""The list-changes screen's "Add a voter" form, with live feedback on the IIN.

The IIN is checked as it is typed (12 digits, the check digit, the birth date
read from it, 18 on voting day, already on the list?); the service checks it
again. Enter moves to the next field; Enter in the last field adds.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from precinct_app.messages import capitalized
from precinct_app.messages.list_changes import basis_text
from precinct_app.services import iin, list_changes
from precinct_app.services.station import StationInfo
from precinct_app.ui import palette
from precinct_app.ui.banner import Banner
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.signals import emit

_FEEDBACK = {"ok": palette.OK_TEXT, "error": palette.ERROR_TEXT, "": palette.TEXT_SECONDARY}
_SEPARATORS = str.maketrans("", "", " -\u2009\u00a0")


def iin_digits(raw: str) -> str:
    """The IIN as typed without spaces and dashes."""
    return raw.translate(_SEPARATORS)


class AddVoterForm(QGroupBox):
    """Surname, given name, patronymic, IIN, basis, reference, the member; Add.

    Signals:
        action_done(str): the confirmation, for the status line.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.station: StationInfo | None = None
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        box = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.surname, self.given_name, self.patronymic, self.iin_box, self.reference = (
            QLineEdit() for _ in range(5))
        for edit, limit in ((self.surname, 100), (self.given_name, 100), (self.patronymic, 100),
                            (self.iin_box, 20), (self.reference, 200)):
            edit.setMaxLength(limit)
        self.iin_feedback = QLabel()
        self.iin_feedback.setObjectName("iinFeedback")
        self.iin_feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.iin_feedback.setWordWrap(True)
        self.basis = QComboBox()
        for code in list_changes.BASES:
            self.basis.addItem("", code)
        self.member = MemberCombo("list_change")
        self.member.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a form: Tab reaches it
        self.captions = {key: QLabel() for key in (
            "surname", "given_name", "patronymic", "iin", "basis", "reference", "member")}
        for key, field in (("surname", self.surname), ("given_name", self.given_name),
                           ("patronymic", self.patronymic), ("iin", self.iin_box)):
            form.addRow(self.captions[key], field)
        form.addRow("", self.iin_feedback)
        form.addRow(self.captions["basis"], self.basis)
        form.addRow(self.captions["reference"], self.reference)
        form.addRow(self.captions["member"], self.member)
        box.addLayout(form)
        self.add_button = QPushButton()
        self.add_button.setObjectName("primary")
        self.add_button.setAutoDefault(True)  # Enter on the focused button presses it
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = Banner("addResult", hide_when_empty=True)
        box.addWidget(self.result)
        box.addStretch(1)
        chain = (self.surname, self.given_name, self.patronymic, self.iin_box, self.basis,
                 self.reference, self.member, self.add_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        for edit in (self.surname, self.given_name, self.patronymic, self.iin_box):
            edit.returnPressed.connect(self.focusNextChild)
        self.reference.returnPressed.connect(self.add_voter)  # the last field submits
        self.add_button.clicked.connect(self.add_voter)
        self.iin_box.textChanged.connect(self._on_iin_box_text_changed)
        self.basis.currentIndexChanged.connect(self._on_basis_index_changed)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        lang = self._ctx.lang
        self.setTitle(self.tr("Add a voter"))
        # The voter's fields in the catalog's words (as import errors name them).
        captions = {key: capitalized(f"column_{key}", lang) + ":"
                    for key in ("surname", "given_name", "patronymic", "iin")}
        captions |= {"basis": self.tr("Basis:"), "member": self.tr("Acting:")}
        for key, caption in captions.items():
            self.captions[key].setText(caption)
        self.iin_box.setPlaceholderText(self.tr("12 digits"))
        for i in range(self.basis.count()):
            self.basis.setItemText(i, basis_text(str(self.basis.itemData(i)), lang))
        self.add_button.setText(self.tr("Add to the list"))
        self.member.retranslate(lang)
        self._on_basis_index_changed(self.basis.currentIndex())
        self._on_iin_box_text_changed(self.iin_box.text())

    def set_station(self, station: StationInfo) -> None:
        """The commission and voting day of ``station``; the IIN re-checked against the list."""
        self.station = station
        self.member.fill(station.commission, self._ctx.lang, self._ctx.settings.desk_member)
        self._on_iin_box_text_changed(self.iin_box.text())

    def iin_check(self, raw: str) -> tuple[str, str]:
        """Live feedback on the IIN as typed: (kind "ok"/"error"/"", words)."""
        digits = iin_digits(raw)
        if not digits or self.station is None:
            return "", ""
        if not (digits.isascii() and digits.isdigit()):
            return "error", "✕  " + self.tr("An IIN has digits only")
        if len(digits) < 12:
            return "", fill(self.tr("%1 of 12 digits"), str(len(digits)))
        if len(digits) > 12:
            return "error", "✕  " + self.tr("Too many digits: an IIN has 12")
        problem = iin.problem(digits)
        if problem is iin.IinProblem.CENTURY:
            return "error", "✕  " + self.tr("The 7th digit is not a century and sex code")
        if problem is iin.IinProblem.DATE:
            return "error", "✕  " + self.tr("The first 6 digits are not a date of birth")
        if problem is not None:
            return "error", "✕  " + self.tr("Wrong check digit: check the number")
        born = iin.birth_date(digits)
        assert born is not None and self._ctx.db is not None
        born_text = born.strftime("%d.%m.%Y")
        if iin.age_on(born, self.station.election_date) < list_changes.ADULT_AGE:
            return "error", "✕  " + fill(self.tr("Born %1: under 18 on voting day"), born_text)
        with self._ctx.db.reading() as session:
            listed = list_changes.listed_with_iin(session, digits)
        if listed is not None:
            return "error", "✕  " + fill(self.tr("Already on the list as No. %1: %2"),
                                         str(listed.list_no), listed.full_name)
        return "ok", "✔  " + fill(self.tr("Valid IIN · born %1"), born_text)

    def add_voter(self) -> None:
        """Add the voter in the form; the new list number is confirmed in place."""
        if not self.isEnabled():
            return
        ctx, member_id = self._ctx, self.member.member_id
        basis = str(self.basis.currentData())
        names = (self.surname.text(), self.given_name.text(), self.patronymic.text())
        iin_text, reference = iin_digits(self.iin_box.text()), self.reference.text()
        result = run_op(
            self, ctx,
            lambda s: list_changes.add_voter(
                s, ctx.clock, member_id, surname=names[0], given_name=names[1],
                patronymic=names[2], iin_text=iin_text, basis=basis, reference=reference),
            on_error=lambda message: self.result.show_message("error", message),
        )
        if result is None:
            return
        full_name = " ".join(n.strip() for n in names if n.strip())
        message = fill(self.tr("Added as No. %1: %2"), str(result.list_no), full_name)
        self.result.show_message("ok", message)
        emit(self.action_done, message)
        for edit in (self.surname, self.given_name, self.patronymic, self.iin_box,
                     self.reference):
            edit.clear()
        self.surname.setFocus()

    @Slot(str)
    def _on_iin_box_text_changed(self, raw: str) -> None:
        kind, words = self.iin_check(raw)
        self.iin_feedback.setText(words)
        self.iin_feedback.setStyleSheet(f"color: {_FEEDBACK[kind]};")

    @Slot(int)
    def _on_basis_index_changed(self, _index: int) -> None:
        basis = str(self.basis.currentData())
        captions = {"absentee": self.tr("Certificate No.:"),
                    "court": self.tr("Court decision No.:"),
                    "registration": self.tr("Registration No.:")}
        hints = {"absentee": self.tr("Number of the absentee certificate"),
                 "court": self.tr("Number and date of the decision"),
                 "registration": self.tr("Number of the registration record")}
        self.captions["reference"].setText(captions.get(basis, self.tr("Document:")))
        self.reference.setPlaceholderText(hints.get(basis, ""))
