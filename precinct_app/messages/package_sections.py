"""Messages of the typed package and forms (services.package, services.forms; issue 13)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    # A form in the station database that no longer reads as a form: only an edited database.
    "form_stored_invalid": Entry(
        "the protocol form stored in the station database is damaged ({path}); restore the station from a backup",
        "форма протокола в базе данных участка повреждена ({path}); восстановите участок из резервной копии",
        "учаске дерекқорындағы хаттама нысаны бүлінген ({path}); учаскені резервтік көшірмеден қалпына келтіріңіз",
    ),
    # The election package the station stored no longer reads: only an edited database.
    "package_stored_invalid": Entry(
        "the election package stored in the station database is damaged ({path}); restore the station from a backup",
        "пакет выборов в базе данных участка повреждён ({path}); восстановите участок из резервной копии",
        "учаске дерекқорындағы сайлау пакеті бүлінген ({path}); учаскені резервтік көшірмеден қалпына келтіріңіз",
    ),
}
