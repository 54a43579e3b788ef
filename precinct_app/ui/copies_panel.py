"""The people screen's "Certified copies" panel: give a numbered certified copy of the
signed protocol to someone present (or a name typed), save its PDF, record the posted
copy, and save the copies register (docs/domain.md §12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from precinct_app.messages import capitalized, text
from precinct_app.services import copies, pdf_common, permissions, protocol
from precinct_app.services.attendance import PresentView
from precinct_app.services.localize import DATE_TIME, clock_text
from precinct_app.services.station import Member, StationInfo
from precinct_app.ui.banner import Banner
from precinct_app.ui.combos import ShrinkableCombo
from precinct_app.ui.contest_combo import ContestCombo
from precinct_app.ui.context import AppContext
from precinct_app.ui.i18n import fill
from precinct_app.ui.member_combo import MemberCombo
from precinct_app.ui.ops import run_op
from precinct_app.ui.pin_dialog import confirm_pin
from precinct_app.ui.signals import emit

_OTHER = -1  # the "To" choice of a name typed


class CopiesPanel(QGroupBox):
    """Contest, to whom, chair and secretary; Give a copy, Posted, Save the register.

    Signals:
        action_done(str): the confirmation, for the status line.
    """

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.station: StationInfo | None = None
        self._secretaries: dict[str, Member] = {}
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        box = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contest = ContestCombo()
        self.to = ShrinkableCombo(chars=18)
        self.to.setObjectName("copyTo")
        self.other_name, self.other_org = QLineEdit(), QLineEdit()
        self.other_name.setObjectName("copyName")
        self.other_name.setMaxLength(200)
        self.other_org.setMaxLength(200)
        self.chair = MemberCombo("copy_certify")
        self.secretary = ShrinkableCombo(chars=18)
        self.secretary.setObjectName("copySecretary")
        self.captions = {k: QLabel() for k in ("contest", "to", "name", "org", "chair", "sec")}
        for key, field in (("contest", self.contest), ("to", self.to), ("name", self.other_name),
                           ("org", self.other_org), ("chair", self.chair),
                           ("sec", self.secretary)):
            form.addRow(self.captions[key], field)
        box.addLayout(form)
        # Two rows: the three labels side by side are wider than half the window in Kazakh.
        buttons, more = QHBoxLayout(), QHBoxLayout()
        self.give_button = QPushButton()
        self.give_button.setObjectName("giveCopy")
        self.posted_button = QPushButton()
        self.posted_button.setObjectName("markPosted")
        self.register_button = QPushButton()
        self.register_button.setObjectName("saveCopiesRegister")
        buttons.addWidget(self.give_button)
        buttons.addStretch(1)
        for button in (self.posted_button, self.register_button):
            more.addWidget(button)
        more.addStretch(1)
        box.addLayout(buttons)
        box.addLayout(more)
        self.state = QLabel()
        self.state.setObjectName("copiesState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.state)
        self.result = Banner("copyResult", hide_when_empty=True)
        box.addWidget(self.result)
        box.addStretch(1)

    def _connect_signals(self) -> None:
        self.give_button.clicked.connect(self.give_copy)
        self.posted_button.clicked.connect(self.mark_posted)
        self.register_button.clicked.connect(self.save_register)
        self.to.currentIndexChanged.connect(self._on_to_index_changed)
        self.contest.currentIndexChanged.connect(self._on_to_index_changed)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Certified copies of the protocol"))
        lang = self._ctx.lang
        for key, caption in (("contest", self.tr("Contest:")), ("to", self.tr("To:")),
                             ("name", capitalized("column_present_name", lang) + ":"),
                             ("org", capitalized("column_present_organisation", lang) + ":"),
                             ("chair", self.tr("Certified by:")),
                             ("sec", capitalized("role_secretary", lang) + ":")):
            self.captions[key].setText(caption)
        self.give_button.setText(self.tr("Give a certified copy…"))
        self.posted_button.setText(self.tr("Protocol posted"))
        self.register_button.setText(self.tr("Copies register (PDF)…"))
        if self.to.count():
            self.to.setItemText(self.to.count() - 1, self.tr("Someone else (type the name)"))
        self.contest.retranslate(self._ctx.lang)
        self.chair.retranslate(self._ctx.lang)
        self._on_to_index_changed()

    def set_people(self, station: StationInfo, present: list[PresentView]) -> None:
        """The station's contests and officers; those present to choose from."""
        self.station = station
        lang = self._ctx.lang
        self.contest.fill(station.contests, lang)
        self.chair.fill(station.commission, lang, self._ctx.settings.desk_member)
        chosen = self.to.currentData()
        self.to.blockSignals(True)
        self.to.clear()
        for person in present:
            self.to.addItem(f"{person.id}. {person.name}"
                            + (f" — {person.organisation}" if person.organisation else ""),
                            person.id)
        self.to.addItem(self.tr("Someone else (type the name)"), _OTHER)
        self.to.setCurrentIndex(max(0, self.to.findData(chosen)))
        self.to.blockSignals(False)
        self.secretary.clear()
        self._secretaries = {m.id: m for m in station.commission
                             if m.role == permissions.SECRETARY}
        for member in self._secretaries.values():
            self.secretary.addItem(member.name, member.id)
        self._on_to_index_changed()

    @Slot()
    def _on_to_index_changed(self, _index: int = 0) -> None:
        other = self.to.currentData() == _OTHER
        for widget in (self.other_name, self.other_org):
            widget.setEnabled(other)
        self._show_state()

    def _show_state(self) -> None:
        """The contest's protocol: signed or not, copies given, posted when."""
        contest = self.contest.contest_id
        if self._ctx.db is None or not contest or self.station is None:
            return
        tz = self.station.timezone
        with self._ctx.db.reading() as session:
            data = protocol.build(session, self._ctx.clock, contest)
            given = copies.copies_register(session, contest)
            posted = [p for p in copies.postings(session, contest) if p.version == data.version]
        signed = data.status == "signed"
        if not signed:
            words = fill(self.tr("Version %1 is not signed yet: no copies, not posted"),
                         str(data.version))
        else:
            words = fill(self.tr("Version %1 signed · certified copies given: %2 · %3"),
                         str(data.version), str(len(given)),
                         fill(self.tr("posted at %1"), clock_text(posted[0].posted_at, tz,
                                                                 DATE_TIME))
                         if posted else text("posted_not_yet", self._ctx.lang))
        self.state.setText(words)
        self.give_button.setEnabled(signed)
        self.posted_button.setEnabled(signed and not posted)

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str) -> str:
        """Where to save a PDF ('' when cancelled); tests replace this."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("CopiesPanel", "Save the PDF"), suggested,
            "PDF (*.pdf)")
        return path

    def give_copy(self) -> None:
        """Ask where to save the copy's PDF, then register it and save it with its number.

        Asked first: a cancelled dialog registers nothing. The number in the suggested name
        is the next one; the PDF carries the number the copy gets.
        """
        from precinct_app.services import protocol_pdf

        ctx, contest = self._ctx, self.contest.contest_id
        chair, secretary = self.chair.member_id, str(self.secretary.currentData() or "")
        person = self.to.currentData()
        name, org = self.other_name.text(), self.other_org.text()
        if ctx.db is None or not contest:
            return
        with ctx.db.reading() as session:
            number = copies.next_number(session, contest)
        path = self.ask_path(self, f"protocol_{contest}_copy{number}.pdf")
        if not path:
            return
        # The secretary certifies with the chair: they prove they are here with their PIN.
        certifying = self._secretaries.get(secretary)
        if (certifying is not None and certifying.id != ctx.signin.member_id
                and not confirm_pin(self, ctx, certifying)):
            return

        def give(session: Session) -> tuple[copies.CopyView, bytes]:
            done = copies.issue_copy(
                session, ctx.clock, chair, contest, secretary,
                person_id=None if person == _OTHER else int(person), name=name,
                organisation=org)
            data = protocol.build(session, ctx.clock, contest, done.version)
            return done, protocol_pdf.build(data, "kk+ru", copy=done.number)

        result = run_op(self, ctx, give,
                        on_error=lambda message: self.result.show_message("error", message))
        if result is None:
            return
        done, pdf = result
        message = text("copy_issued_done", ctx.lang, number=done.number, contest=contest,
                       version=done.version, name=done.name)
        try:
            pdf_common.save_pdf(Path(path), pdf)
        except OSError as exc:
            # Registered all the same: the paper is printed again with its number.
            self.result.show_message("error", message + " · " + text(
                "io_error", ctx.lang, path=exc.filename or path, detail=exc.strerror or ""))
            return
        self.result.show_message("ok", message)
        self.other_name.clear()
        self.other_org.clear()
        emit(self.action_done, message)

    def mark_posted(self) -> None:
        """Record the posted copy of the signed version."""
        ctx, contest, member = self._ctx, self.contest.contest_id, self.chair.member_id
        done = run_op(self, ctx, lambda s: copies.post(s, ctx.clock, member, contest),
                      on_error=lambda message: self.result.show_message("error", message))
        if done is None or self.station is None:
            return
        message = text("posted_done", ctx.lang, contest=contest, version=done.version,
                       at=clock_text(done.posted_at, self.station.timezone, DATE_TIME))
        self.result.show_message("ok", message)
        emit(self.action_done, message)

    def save_register(self) -> None:
        """The copies register and those present as the PDF annex."""
        from precinct_app.services import people_pdf

        if self._ctx.db is None or self.station is None:
            return
        with self._ctx.db.reading() as session:
            pdf = people_pdf.render(session, self._ctx.clock)
        path = self.ask_path(self, people_pdf.default_file_name(self.station, self._ctx.clock))
        if path:
            pdf_common.save_pdf(Path(path), pdf)
            self.result.show_message("ok", fill(self.tr("Saved: %1"), path))
