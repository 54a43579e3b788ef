"""Messages of backups, restore and the paper fallback list (services.backup, services.paper_list)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # Refusals of a backup.
    "backup_keep_invalid": Entry(
        "the number of backups to keep must be at least 1 (not {keep})",
        "число хранимых резервных копий должно быть не меньше 1 (указано {keep})",
        "сақталатын сақтық көшірмелер саны кемінде 1 болуы керек ({keep} емес)",
    ),
    "backup_source_missing": Entry(
        "there is no station database to back up at {path}",
        "нет базы участка для резервного копирования: {path}",
        "сақтық көшірме жасайтын учаске дерекқоры жоқ: {path}",
    ),
    "backup_dest_unusable": Entry(
        "the backup folder {path} cannot be used: {detail}",
        "папку резервных копий {path} использовать нельзя: {detail}",
        "{path} сақтық көшірмелер қалтасын пайдалану мүмкін емес: {detail}",
    ),
    "backup_no_space": Entry(
        Plural(
            count="need",
            one="not enough free space for a backup in {path}: {need} byte needed, {free} free",
            other="not enough free space for a backup in {path}: {need} bytes needed, {free} free",
        ),
        Plural(
            count="need",
            one="недостаточно места для резервной копии в {path}: нужен {need} байт, свободно {free}",
            few="недостаточно места для резервной копии в {path}: нужно {need} байта, свободно {free}",
            many="недостаточно места для резервной копии в {path}: нужно {need} байт, свободно {free}",
            other="недостаточно места для резервной копии в {path}: нужно {need} байта, свободно {free}",
        ),
        "{path} ішінде сақтық көшірмеге орын жетпейді: {need} байт керек, бос орын {free}",
    ),
    "backup_failed": Entry(
        "the backup could not be written to {path} ({detail}); earlier backups are kept",
        "не удалось записать резервную копию в {path} ({detail}); прежние копии сохранены",
        "сақтық көшірме {path} ішіне жазылмады ({detail}); бұрынғы көшірмелер сақталды",
    ),
    "backup_copy_damaged": Entry(
        "the new backup in {path} failed its check ({detail}) and was not kept; "
        "earlier backups are kept",
        "новая резервная копия в {path} не прошла проверку ({detail}) и не сохранена; "
        "прежние копии сохранены",
        "{path} ішіндегі жаңа сақтық көшірме тексеруден өтпеді ({detail}) және сақталмады; "
        "бұрынғы көшірмелер сақталды",
    ),
    # What a check of a backup finds (also the refusals of a restore).
    "backup_not_found": Entry(
        "there is no backup file at {path}",
        "нет файла резервной копии: {path}",
        "сақтық көшірме файлы жоқ: {path}",
    ),
    "backup_not_sqlite": Entry(
        "{path} is not a backup of a station database (not an SQLite file)",
        "{path} не является резервной копией базы участка (это не файл SQLite)",
        "{path} учаске дерекқорының сақтық көшірмесі емес (SQLite файлы емес)",
    ),
    "backup_unreadable": Entry(
        "{path} cannot be read as a backup: {detail}",
        "{path} не читается как резервная копия: {detail}",
        "{path} сақтық көшірме ретінде оқылмайды: {detail}",
    ),
    "backup_checksum_mismatch": Entry(
        "the backup {path} is damaged: its contents no longer match its checksum",
        "резервная копия {path} повреждена: содержимое не совпадает с контрольной суммой",
        "{path} сақтық көшірмесі бүлінген: мазмұны бақылау сомасына сәйкес емес",
    ),
    "backup_damaged": Entry(
        "the backup {path} is damaged ({detail})",
        "резервная копия {path} повреждена ({detail})",
        "{path} сақтық көшірмесі бүлінген ({detail})",
    ),
    "backup_not_station": Entry(
        "{path} is not a backup of a station database",
        "{path} не является резервной копией базы участка",
        "{path} учаске дерекқорының сақтық көшірмесі емес",
    ),
    "backup_too_new": Entry(
        "the backup {path} was made by a newer version of Precinct (schema {revision}); "
        "install that version to restore it",
        "резервная копия {path} создана более новой версией Precinct (схема {revision}); "
        "установите эту версию, чтобы восстановить её",
        "{path} сақтық көшірмесін Precinct-тің жаңа нұсқасы жасаған (схема {revision}); "
        "қалпына келтіру үшін сол нұсқаны орнатыңыз",
    ),
    "backup_audit_broken": Entry(
        "the backup {path} cannot be trusted: its audit log is broken at event {seq}",
        "резервной копии {path} доверять нельзя: журнал аудита нарушен на событии {seq}",
        "{path} сақтық көшірмесіне сенуге болмайды: аудит журналы {seq} оқиғада бұзылған",
    ),
    # Refusals of a restore.
    "restore_onto_itself": Entry(
        "{path} is the station database itself; choose a backup file",
        "{path} и есть база участка; выберите файл резервной копии",
        "{path} учаске дерекқорының өзі; сақтық көшірме файлын таңдаңыз",
    ),
    "restore_key_mismatch": Entry(
        "the backup belongs to the station with key {backup_key}, but the key beside the "
        "database ({path}) is {station_key}; nothing was changed",
        "резервная копия принадлежит участку с ключом {backup_key}, а ключ рядом с базой "
        "({path}) — {station_key}; ничего не изменено",
        "сақтық көшірме {backup_key} кілті бар учаскеге тиесілі, ал дерекқор жанындағы кілт "
        "({path}) — {station_key}; ештеңе өзгертілмеді",
    ),
    "restore_key_unreadable": Entry(
        "the station key beside the database cannot be read ({path}); nothing was changed",
        "ключ участка рядом с базой не читается ({path}); ничего не изменено",
        "дерекқор жанындағы учаске кілті оқылмайды ({path}); ештеңе өзгертілмеді",
    ),
    "restore_other_station": Entry(
        "the backup is of precinct {precinct} ({election}), but {path} holds precinct "
        "{current_precinct} ({current_election}); nothing was changed",
        "резервная копия участка № {precinct} ({election}), а в {path} участок "
        "№ {current_precinct} ({current_election}); ничего не изменено",
        "сақтық көшірме № {precinct} учаскесінікі ({election}), ал {path} ішінде "
        "№ {current_precinct} учаске ({current_election}); ештеңе өзгертілмеді",
    ),
    "restore_copy_damaged": Entry(
        "the restored copy failed its check ({detail}); the station database was not changed",
        "восстановленная копия не прошла проверку ({detail}); база участка не изменена",
        "қалпына келтірілген көшірме тексеруден өтпеді ({detail}); учаске дерекқоры "
        "өзгертілмеді",
    ),
    "restore_failed": Entry(
        "the backup could not be made the station database {path} ({detail}); "
        "the station database was not changed",
        "не удалось сделать резервную копию базой участка {path} ({detail}); "
        "база участка не изменена",
        "сақтық көшірмені {path} учаске дерекқоры ету мүмкін болмады ({detail}); "
        "учаске дерекқоры өзгертілмеді",
    ),
    # Output of the commands.
    "backup_written": Entry(
        "backup written and checked: {path}",
        "резервная копия записана и проверена: {path}",
        "сақтық көшірме жазылып, тексерілді: {path}",
    ),
    "backup_state": Entry(
        "phase: {phase}; last audit event {seq} at {at}",
        "этап: {phase}; последнее событие журнала {seq} в {at}",
        "кезең: {phase}; журналдың соңғы оқиғасы {seq}, сағат {at}",
    ),
    "backup_removed": Entry(
        "older backup removed: {path}",
        "удалена старая резервная копия: {path}",
        "ескі сақтық көшірме жойылды: {path}",
    ),
    "backup_none": Entry(
        "no backups of this station in {path}",
        "в {path} нет резервных копий этого участка",
        "{path} ішінде бұл учаскенің сақтық көшірмелері жоқ",
    ),
    "backup_list_ok": Entry(
        "{name}  ok  phase: {phase}; last audit event {seq} at {at}",
        "{name}  исправна  этап: {phase}; последнее событие журнала {seq} в {at}",
        "{name}  жарамды  кезең: {phase}; журналдың соңғы оқиғасы {seq}, сағат {at}",
    ),
    "backup_list_bad": Entry(
        "{name}  NOT USABLE: {problem}",
        "{name}  НЕПРИГОДНА: {problem}",
        "{name}  ЖАРАМСЫЗ: {problem}",
    ),
    "restore_done": Entry(
        "restored {backup} as the station database {path}",
        "резервная копия {backup} восстановлена как база участка {path}",
        "{backup} сақтық көшірмесі {path} учаске дерекқоры ретінде қалпына келтірілді",
    ),
    "restore_replaced": Entry(
        "the database it replaced is kept as {path}",
        "заменённая база сохранена как {path}",
        "ауыстырылған дерекқор {path} ретінде сақталды",
    ),
    "restore_nothing_replaced": Entry(
        "there was no station database before",
        "прежней базы участка не было",
        "бұрын учаске дерекқоры болмаған",
    ),
}
