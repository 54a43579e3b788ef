"""What the Station server screen and the join dialog share: the server's services (imported
on use), the fingerprint and the code as people read them, this laptop's addresses, and the
model of the laptops the server has seen (docs/formats.md §8)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface

from precinct_app.ui import palette


class LaptopWords(Protocol):
    """Who words the model's cells (the screen, in the current language)."""

    def column_caption(self, column: str) -> str: ...
    def kind_word(self, kind: str) -> str: ...
    def connected_word(self, connected: bool) -> str: ...


_Index = QModelIndex | QPersistentModelIndex


def server_api() -> Any:
    """The station server's services (docs/formats.md §8), imported on use: PostgreSQL's
    driver is not loaded by a single laptop's window."""
    from precinct_app.services import station_server

    return station_server


def fingerprint_groups(fingerprint: str, per_line: int = 4) -> str:
    """``AB:CD:EF:01:...`` as people compare it aloud: groups of four hex digits, four
    groups a line (a SHA-256 is four lines)."""
    digits = "".join(c for c in fingerprint.upper() if c in "0123456789ABCDEF")
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    return "\n".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def code_groups(code: str) -> str:
    """The join code in two halves (``ABCD EFGH``): read and typed without losing the place."""
    half = (len(code) + 1) // 2
    return f"{code[:half]} {code[half:]}".strip()


def ipv4_addresses() -> list[str]:
    """This laptop's IPv4 addresses on its networks (loopback aside: always listened on)."""
    found: list[str] = []
    for address in QNetworkInterface.allAddresses():
        if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
            continue
        if address.isLoopback() or address == QHostAddress(QHostAddress.SpecialAddress.Any):
            continue
        value = address.toString()
        if value not in found:
            found.append(value)
    return found


def seen_time(value: str | None, zone: str) -> str:
    """An ISO time as the station's HH:MM:SS ("—": never seen)."""
    if not value:
        return "—"
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        from zoneinfo import ZoneInfo

        moment = moment.astimezone(ZoneInfo(zone))
    return moment.strftime("%H:%M:%S")


class DesksModel(QAbstractTableModel):
    """The laptops the server has seen: name, kind, last seen, connected."""

    COLUMNS = ("name", "kind", "last_seen", "connected")

    def __init__(self, words: LaptopWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screen = words
        self.rows: tuple[Any, ...] = ()
        self.zone = "Asia/Almaty"

    def set_rows(self, rows: tuple[Any, ...]) -> None:
        """Show ``rows`` (``LaptopSeen``)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """One row a laptop."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Name, kind, last seen, connected."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The columns' captions in the current language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._screen.column_caption(self.COLUMNS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell; "connected" says it in words and in colour (never colour alone)."""
        if not index.isValid():
            return None
        seen = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return seen.name
            if column == "kind":
                return self._screen.kind_word(seen.kind)
            if column == "last_seen":
                return seen_time(seen.last_seen, self.zone)
            return self._screen.connected_word(seen.connected)
        if role == Qt.ItemDataRole.ForegroundRole and column == "connected":
            return QColor(palette.OK_TEXT if seen.connected else palette.WARN_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return seen.address
        return None
