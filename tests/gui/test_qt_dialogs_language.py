"""Qt's own dialogs (Yes/No, file and print dialogs) speak the user's language (issue 11, item 5).

The language is switched as a member does, in the header; dialogs already open are
worded again, and English comes back with English.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from precinct_app.ui.i18n import install_language
from precinct_app.ui.main_window import MainWindow
from tests.gui.windows import switch_language

LATIN = re.compile("[A-Za-z]")
ENGLISH_BUTTONS = {"&Yes", "&No", "Cancel"}
ENGLISH_FILE_LABELS = {"&Look in:", "File &name:", "Files of &type:"}


def _question() -> QMessageBox:
    buttons = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
               | QMessageBox.StandardButton.Cancel)
    return QMessageBox(QMessageBox.Icon.Question, "Precinct", "?", buttons)


def _button_texts(box: QMessageBox) -> set[str]:
    return {button.text() for button in box.buttons()}


def _file_dialog(mode: QFileDialog.FileMode) -> QFileDialog:
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setFileMode(mode)
    return dialog


def _file_texts(dialog: QFileDialog) -> set[str]:
    """The labels and buttons a member reads (not the folder path or the filter)."""
    labels = {dialog.findChild(QLabel, name).text()
              for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    return labels | {button.text() for button in box.findChildren(QAbstractButton)}


def _no_latin(texts: set[str]) -> list[str]:
    return sorted(t for t in texts if LATIN.search(t))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_yes_no_cancel_and_the_file_dialog_follow_the_language_switch(
    qtbot: QtBot, window: MainWindow, lang: str,
) -> None:
    box, opened = _question(), _file_dialog(QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(box)
    qtbot.addWidget(opened)
    assert _button_texts(box) == ENGLISH_BUTTONS
    assert ENGLISH_FILE_LABELS <= _file_texts(opened)

    switch_language(window, lang)
    # Built before the switch or after it: not one English word.
    assert _no_latin(_button_texts(box)) == []
    assert _no_latin(_file_texts(opened)) == []
    fresh = _file_dialog(QFileDialog.FileMode.Directory)
    qtbot.addWidget(fresh)
    assert _no_latin(_file_texts(fresh)) == []
    assert _no_latin(_button_texts(_question())) == []

    switch_language(window, "en")
    assert _button_texts(box) == ENGLISH_BUTTONS
    assert ENGLISH_FILE_LABELS <= _file_texts(opened)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_ok_and_the_print_dialog_have_no_english_word(qtbot: QtBot, lang: str) -> None:
    """OK of a warning box, and the printer dialog the protocol is printed from."""
    assert install_language(lang)
    try:
        warning = QMessageBox(QMessageBox.Icon.Warning, "Precinct", "!",
                              QMessageBox.StandardButton.Ok)
        qtbot.addWidget(warning)
        assert _no_latin(_button_texts(warning)) == []
        dialog = QPrintDialog(QPrinter())
        qtbot.addWidget(dialog)
        shown = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(
            QAbstractButton) if w.text() and w.text() != "..."]
        assert shown and _no_latin(set(shown)) == []
    finally:
        install_language("en")


def test_the_file_dialogs_are_qts_own_so_they_are_translated(qapp: object) -> None:  # noqa: ARG001
    """A native (GTK, portal) dialog would speak the desktop's language, not the app's."""
    install_language("en")
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
