"""Messages of the station server's backups (services.server_backup)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "server_backup_on_desk": Entry(
        "this laptop is not the station server (it is: {role}); the station's backups are "
        "taken on the server laptop, on its timer and at every phase change",
        "этот ноутбук не сервер участка (он: {role}); резервные копии участка делает "
        "ноутбук-сервер, по таймеру и при каждой смене этапа",
        "бұл ноутбук учаске сервері емес (ол: {role}); учаскенің сақтық көшірмелерін "
        "сервер-ноутбук жасайды, таймер бойынша және әр кезең ауысқанда",
    ),
    "server_backup_unreachable": Entry(
        "the station server's database does not answer, so no backup was taken ({detail}); "
        "earlier backups are kept",
        "база сервера участка не отвечает, резервная копия не сделана ({detail}); "
        "прежние копии сохранены",
        "учаске серверінің дерекқоры жауап бермейді, сақтық көшірме жасалмады ({detail}); "
        "бұрынғы көшірмелер сақталды",
    ),
    "server_backup_not_dump": Entry(
        "{path} is not a backup of a station server (not a PostgreSQL custom-format dump)",
        "{path} не резервная копия сервера участка (не дамп PostgreSQL в формате custom)",
        "{path} учаске серверінің сақтық көшірмесі емес (PostgreSQL custom пішіміндегі "
        "дамп емес)",
    ),
    "server_backup_out_exists": Entry(
        "{path} already exists: choose a new file for the single-laptop station",
        "{path} уже существует: выберите новый файл для участка на одном ноутбуке",
        "{path} бар: бір ноутбуктағы учаске үшін жаңа файл таңдаңыз",
    ),
    "server_backup_to_sqlite_done": Entry(
        "the server backup {backup} is now the single-laptop station {path}",
        "резервная копия сервера {backup} стала участком на одном ноутбуке: {path}",
        "сервердің сақтық көшірмесі {backup} бір ноутбуктағы учаскеге айналды: {path}",
    ),
    "server_backup_needs_server": Entry(
        "a server backup is checked and opened with PostgreSQL's own programs, which are "
        "not installed on this laptop ({detail})",
        "резервная копия сервера проверяется и открывается программами PostgreSQL, "
        "а они не установлены на этом ноутбуке ({detail})",
        "сервердің сақтық көшірмесі PostgreSQL бағдарламаларымен тексеріледі және "
        "ашылады, ал олар бұл ноутбукта орнатылмаған ({detail})",
    ),
}
