"""Messages of the voter search and voter states."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "find_count": Entry("{count} found", "найдено: {count}", "табылды: {count}"),
    "status_active": Entry("on the list", "в списке", "тізімде"),
    "status_excluded": Entry("excluded", "исключён", "шығарылған"),
}
