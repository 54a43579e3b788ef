"""What every window gets at start-up: the database, the clock, settings, the signal bridge."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from precinct_app.db import Database
from precinct_app.services import bounds
from precinct_app.services.clock import Clock
from precinct_app.services.errors import InvalidInput
from precinct_app.ui.desk_session import DeskSignIn

APP_NAME = "Precinct"  # a product name: the same in every language
LANGUAGES = ("kk", "ru", "en")
SETTINGS_VERSION = 1


class Bridge(QObject):
    """The one place views hear that data changed.

    Signals:
        data_changed: emitted once after every successful write.
        language_changed: emitted with the new language code.
    """

    data_changed = Signal()
    language_changed = Signal(str)

    # What the write that emitted data_changed touched: BALLOTS_ONLY for an issuance, a
    # replacement or an undo (the station's phase, members, contests and list unchanged),
    # so the header recounts ballots without re-reading the station after every voter.
    ANY, BALLOTS_ONLY = "any", "ballots"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scope = Bridge.ANY


class Settings:
    """Typed access to the few per-machine preferences (station facts live in the database)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings("Precinct", "Precinct")
        if self._whole("settings_version", 0, 0, 1000) < SETTINGS_VERSION:
            self._store.setValue("settings_version", SETTINGS_VERSION)

    @property
    def language(self) -> str:
        """The interface language: kk, ru or en (default Kazakh, the state language)."""
        value = str(self._store.value("language", "kk"))
        return value if value in LANGUAGES else "kk"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value)

    @property
    def desk_member(self) -> str:
        """The commission member last chosen at this desk (their id; empty: none yet)."""
        return str(self._store.value("desk_member", ""))

    @desk_member.setter
    def desk_member(self, value: str) -> None:
        self._store.setValue("desk_member", value)

    @property
    def desk_name(self) -> str:
        """This desk's name in the audit log and at other desks (empty: the host name)."""
        return str(self._store.value("desk_name", ""))

    @desk_name.setter
    def desk_name(self, value: str) -> None:
        self._store.setValue("desk_name", value)

    @property
    def backup_dir(self) -> str:
        """Where backups go (a second medium); empty: the folder beside the database."""
        return str(self._store.value("backup_dir", ""))

    @backup_dir.setter
    def backup_dir(self, value: str) -> None:
        self._store.setValue("backup_dir", value)

    @property
    def large_text(self) -> bool:
        """The "large text" setting (docs/screens.md §1): every text about a quarter larger."""
        return str(self._store.value("large_text", "false")).lower() in ("true", "1")

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self._store.setValue("large_text", "true" if value else "false")

    @property
    def backup_minutes(self) -> int:
        """Minutes between timed backups (default 10)."""
        return self._whole("backup_minutes", 10, 1, 240)

    def _whole(self, key: str, default: int, low: int, high: int) -> int:
        # A hand-edited or damaged settings file (5,000 digits, "abc") gives the default,
        # never a start-up traceback.
        try:
            return bounds.parse_whole(str(self._store.value(key, default)), low, high, key)
        except InvalidInput:
            return default


@dataclass
class AppContext:
    """Built once in ``app.main`` and passed to every window (no globals)."""

    db_path: Path
    clock: Clock
    settings: Settings
    bridge: Bridge = field(default_factory=Bridge)
    db: Database | None = None
    # True when --db or PRECINCT_DB named the database: new stations go exactly there.
    db_path_explicit: bool = False
    # Who is signed in at this desk (docs/formats.md §7); every member combo follows it.
    signin: DeskSignIn = field(default_factory=DeskSignIn)
    # ``precinct-app --member ID``: the sign-in opens with that member chosen.
    start_member: str = ""
    # Why the station server is lost ("" while it answers): nothing is written meanwhile,
    # the desk issues from the paper list (services/live.py).
    server_lost: str = ""

    @property
    def lang(self) -> str:
        """The current interface language."""
        return self.settings.language
