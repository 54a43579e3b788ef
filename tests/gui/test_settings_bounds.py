"""A damaged settings file (a 5,000-digit or non-numeric value) starts the app on defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from precinct_app.ui.context import SETTINGS_VERSION, Settings


@pytest.mark.parametrize(
    ("stored", "minutes", "version"),
    [("9" * 5000, 10, SETTINGS_VERSION), (str(2**64), 10, SETTINGS_VERSION),
     ("abc", 10, SETTINGS_VERSION), ("²", 10, SETTINGS_VERSION), ("0", 10, SETTINGS_VERSION),
     ("30", 30, 30)],  # a newer settings version is left as it is
)
def test_numbers_in_the_settings_file_are_bounded(
    tmp_path: Path, stored: str, minutes: int, version: int
) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text(f"[General]\nsettings_version={stored}\nbackup_minutes={stored}\n",
                   encoding="utf-8")
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))  # no ValueError
    assert settings.backup_minutes == minutes
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    assert int(str(store.value("settings_version"))) == version
