"""The system's reasons (a full stick, a read-only disk, a busy database) are said in the
user's language, not in the operating system's English (issue 11, item 6)."""

from __future__ import annotations

import errno

import pytest
from sqlalchemy.exc import OperationalError

from precinct_app.ui.ops import error_text


@pytest.mark.parametrize(("lang", "words"), [("kk", "дискіде орын жоқ"),
                                             ("ru", "на диске нет места"),
                                             ("en", "the disk is full")])
def test_a_full_stick_is_said_in_the_users_language(lang: str, words: str) -> None:
    said = error_text(OSError(errno.ENOSPC, "No space left on device", "/media/STICK"), lang)
    assert words in said and "/media/STICK" in said
    assert "No space left" not in said


def test_the_printer_that_did_not_start_is_not_explained_in_english() -> None:
    said = error_text(OSError(errno.EIO, "the printer did not start", "HP_LaserJet"), "ru")
    assert "HP_LaserJet" in said and "printer" not in said and "устройство" in said


def test_a_full_disk_under_the_database_is_said_in_the_users_language() -> None:
    failure = OperationalError("INSERT ...", {}, Exception("database or disk is full"))
    said = error_text(failure, "kk")
    assert "дискіде орын жоқ" in said and "database or disk" not in said


def test_an_unknown_reason_keeps_the_systems_words() -> None:
    said = error_text(OSError(errno.ELOOP, "Too many levels of symbolic links", "/x"), "ru")
    assert "Too many levels of symbolic links" in said
