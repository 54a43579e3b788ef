"""Messages of hostile sticks and files (issue 12): files not read, caps, control characters."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # What a file that is not read is instead (param ``kind`` of the codes below).
    "file_kind_link": Entry("a link", "ссылка", "сілтеме"),
    "file_kind_folder": Entry("a folder", "папка", "қалта"),
    "file_kind_fifo": Entry("a pipe (FIFO)", "канал (FIFO)", "арна (FIFO)"),
    "file_kind_device": Entry("a device", "устройство", "құрылғы"),
    "file_kind_socket": Entry("a socket", "сокет", "сокет"),
    "file_kind_other": Entry("not a file", "не файл", "файл емес"),
    # Verifying an export (services.verify through services.safe_files).
    "verify_file_not_regular": Entry(
        "{name}: not a regular file but {kind}: not read",
        "{name}: не обычный файл, а {kind}: не прочитан",
        "{name}: кәдімгі файл емес, {kind}: оқылмады",
    ),
    "verify_file_too_big": Entry(
        Plural(
            count="size",
            one="{name}: {size} byte, more than the {limit} bytes a file of an export may have: not read",
            other="{name}: {size} bytes, more than the {limit} bytes a file of an export may have: not read",
        ),
        Plural(
            count="size",
            one="{name}: {size} байт, больше предела для файла выгрузки ({limit}): не прочитан",
            few="{name}: {size} байта, больше предела для файла выгрузки ({limit}): не прочитан",
            many="{name}: {size} байт, больше предела для файла выгрузки ({limit}): не прочитан",
            other="{name}: {size} байта, больше предела для файла выгрузки ({limit}): не прочитан",
        ),
        "{name}: {size} байт, экспорт файлына рұқсат етілген {limit} байттан көп: оқылмады",
    ),
    "verify_file_unreadable": Entry(
        "{name}: the file cannot be read ({detail})",
        "{name}: файл не читается ({detail})",
        "{name}: файл оқылмайды ({detail})",
    ),
    "verify_json_too_deep": Entry(
        Plural(
            count="limit",
            one="{name}: nested deeper than {limit} level: not an export file, not read",
            other="{name}: nested deeper than {limit} levels: not an export file, not read",
        ),
        Plural(
            count="limit",
            one="{name}: вложенность глубже {limit} уровня: это не файл выгрузки, не прочитан",
            few="{name}: вложенность глубже {limit} уровней: это не файл выгрузки, не прочитан",
            many="{name}: вложенность глубже {limit} уровней: это не файл выгрузки, не прочитан",
            other="{name}: вложенность глубже {limit} уровня: это не файл выгрузки, не прочитан",
        ),
        "{name}: {limit} деңгейден терең кірістірілген: экспорт файлы емес, оқылмады",
    ),
    "verify_cancelled": Entry(
        "the verification was cancelled: no verdict",
        "проверка отменена: заключения нет",
        "тексеру тоқтатылды: қорытынды жоқ",
    ),
    # Loading an election package (services.package).
    "package_file_not_regular": Entry(
        "{path}: {name} is not a regular file but {kind}: not read",
        "{path}: {name} не обычный файл, а {kind}: не прочитан",
        "{path}: {name} кәдімгі файл емес, {kind}: оқылмады",
    ),
    "package_file_too_big": Entry(
        Plural(
            count="size",
            one="{path}: {name} is {size} byte, more than the {limit} bytes it may have: not read",
            other="{path}: {name} is {size} bytes, more than the {limit} bytes it may have: not read",
        ),
        Plural(
            count="size",
            one="{path}: {name} размером {size} байт, больше предела ({limit}): не прочитан",
            few="{path}: {name} размером {size} байта, больше предела ({limit}): не прочитан",
            many="{path}: {name} размером {size} байт, больше предела ({limit}): не прочитан",
            other="{path}: {name} размером {size} байта, больше предела ({limit}): не прочитан",
        ),
        "{path}: {name} көлемі {size} байт, рұқсат етілген {limit} байттан көп: оқылмады",
    ),
    "package_file_unreadable": Entry(
        "{path}: {name} cannot be read ({detail})",
        "{path}: {name} не читается ({detail})",
        "{path}: {name} оқылмайды ({detail})",
    ),
    # Reading a backup (services.backup).
    "backup_not_regular": Entry(
        "{path} is not a regular file but {kind}: not read",
        "{path} не обычный файл, а {kind}: не прочитан",
        "{path} кәдімгі файл емес, {kind}: оқылмады",
    ),
    "restore_cancelled": Entry(
        "the restore was cancelled: the station database is as it was",
        "восстановление отменено: база участка не изменилась",
        "қалпына келтіру тоқтатылды: учаске дерекқоры өзгермеді",
    ),
    # Importing a voter list (services.voter_import).
    "import_file_too_big": Entry(
        Plural(
            count="size",
            one="{file} is {size} byte; a voter list may have at most {limit} bytes (a station has a few thousand voters): nothing imported",
            other="{file} is {size} bytes; a voter list may have at most {limit} bytes (a station has a few thousand voters): nothing imported",
        ),
        Plural(
            count="size",
            one="файл {file} размером {size} байт; предел для списка избирателей — {limit} (на участке несколько тысяч избирателей): ничего не загружено",
            few="файл {file} размером {size} байта; предел для списка избирателей — {limit} (на участке несколько тысяч избирателей): ничего не загружено",
            many="файл {file} размером {size} байт; предел для списка избирателей — {limit} (на участке несколько тысяч избирателей): ничего не загружено",
            other="файл {file} размером {size} байта; предел для списка избирателей — {limit} (на участке несколько тысяч избирателей): ничего не загружено",
        ),
        "{file} файлы {size} байт; сайлаушылар тізімі {limit} байттан аспауы керек "
        "(учаскеде бірнеше мың сайлаушы болады): ештеңе жүктелмеді",
    ),
    "import_too_many_rows": Entry(
        Plural(
            count="limit",
            one="{file} has more than {limit} row; a voter list may have at most {limit} (a station has a few thousand voters): nothing imported",
            other="{file} has more than {limit} rows; a voter list may have at most {limit} (a station has a few thousand voters): nothing imported",
        ),
        Plural(
            count="limit",
            one="в файле {file} больше {limit} строки; в списке избирателей может быть не больше {limit} (на участке несколько тысяч избирателей): ничего не загружено",
            few="в файле {file} больше {limit} строк; в списке избирателей может быть не больше {limit} (на участке несколько тысяч избирателей): ничего не загружено",
            many="в файле {file} больше {limit} строк; в списке избирателей может быть не больше {limit} (на участке несколько тысяч избирателей): ничего не загружено",
            other="в файле {file} больше {limit} строки; в списке избирателей может быть не больше {limit} (на участке несколько тысяч избирателей): ничего не загружено",
        ),
        "{file} файлында {limit} жолдан көп; сайлаушылар тізімінде {limit} жолдан аспауы "
        "керек (учаскеде бірнеше мың сайлаушы болады): ештеңе жүктелмеді",
    ),
    "import_xlsx_unpacks_too_big": Entry(
        Plural(
            count="size",
            one="{file} unpacks to {size} byte besides its sheets, more than the {limit} a voter list may have: nothing imported",
            other="{file} unpacks to {size} bytes besides its sheets, more than the {limit} a voter list may have: nothing imported",
        ),
        Plural(
            count="size",
            one="файл {file} распаковывается в {size} байт помимо листов, больше предела для списка избирателей ({limit}): ничего не загружено",
            few="файл {file} распаковывается в {size} байта помимо листов, больше предела для списка избирателей ({limit}): ничего не загружено",
            many="файл {file} распаковывается в {size} байт помимо листов, больше предела для списка избирателей ({limit}): ничего не загружено",
            other="файл {file} распаковывается в {size} байта помимо листов, больше предела для списка избирателей ({limit}): ничего не загружено",
        ),
        "{file} файлы парақтарынан бөлек {size} байтқа ашылады, сайлаушылар тізіміне "
        "рұқсат етілген {limit} байттан көп: ештеңе жүктелмеді",
    ),
    "import_not_regular": Entry(
        "{file} is not a regular file but {kind}: not read",
        "{file} не обычный файл, а {kind}: не прочитан",
        "{file} кәдімгі файл емес, {kind}: оқылмады",
    ),
    "import_cannot_read": Entry(
        "{file} cannot be read ({detail})",
        "файл {file} не читается ({detail})",
        "{file} файлы оқылмайды ({detail})",
    ),
    "import_progress_read": Entry(
        "{file}: row {done} of about {total} read",
        "{file}: прочитана строка {done} из примерно {total}",
        "{file}: шамамен {total} жолдың {done}-жолы оқылды",
    ),
    "import_progress_write": Entry(
        Plural(
            count="total",
            one="{file}: {done} of {total} voter written",
            other="{file}: {done} of {total} voters written",
        ),
        Plural(
            count="total",
            one="{file}: записано {done} из {total} избирателя",
            few="{file}: записано {done} из {total} избирателей",
            many="{file}: записано {done} из {total} избирателей",
            other="{file}: записано {done} из {total} избирателя",
        ),
        "{file}: {total} сайлаушыдан {done} жазылды",
    ),
    "control_character": Entry(
        "field '{field}' holds an invisible control character {char} (e.g. a text-direction "
        "mark): retype the field",
        "в поле «{field}» невидимый управляющий символ {char} (например, знак направления "
        "текста): наберите поле заново",
        "«{field}» өрісінде көрінбейтін басқару таңбасы {char} бар (мысалы, мәтін бағытының "
        "белгісі): өрісті қайта теріңіз",
    ),
}
