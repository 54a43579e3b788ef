"""Messages of the voter search and voter states."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "find_count": Entry("{count} found", "найдено: {count}", "табылды: {count}"),
    "status_active": Entry("on the list", "в списке", "тізімде"),
    # A voter who holds a ballot is still on the list, but "on the list" would hide it.
    "status_has_ballot": Entry("ballot issued · {time}", "бюллетень выдан · {time}",
                               "бюллетень берілді · {time}"),
    "status_excluded": Entry("excluded", "исключён", "шығарылған"),
}
