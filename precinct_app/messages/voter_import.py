"""Messages of the voter list import."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # The whole file.
    "import_no_file": Entry("no such file: {file}", "файл не найден: {file}", "файл табылмады: {file}"),
    "import_empty": Entry("{file} is empty or has no header row", "файл {file} пуст или в нём нет строки заголовков", "{file} файлы бос немесе тақырып жолы жоқ"),
    "import_too_big": Entry("{file} is too large for a voter list", "файл {file} слишком велик для списка избирателей", "{file} файлы сайлаушылар тізімі үшін тым үлкен"),
    "import_unreadable": Entry("{file}, line {line}: the file cannot be read ({detail})", "{file}, строка {line}: файл не читается ({detail})", "{file}, {line}-жол: файл оқылмайды ({detail})"),
    "import_bad_xlsx": Entry("{file} is not a readable XLSX workbook ({detail})", "{file} не является читаемой книгой XLSX ({detail})", "{file} оқылатын XLSX кітабы емес ({detail})"),
    "import_missing_columns": Entry("{file}: the header has no column for {columns} (expected e.g. iin / ИИН / ЖСН, surname / Фамилия / Тегі, given_name / Имя / Аты)", "{file}: в заголовке нет столбца {columns} (ожидаются, например, ИИН, Фамилия, Имя)", "{file}: тақырыпта {columns} бағаны жоқ (мысалы, ЖСН, Тегі, Аты күтіледі)"),
    "import_duplicate_column": Entry("{file}: the header has the column {column} twice", "{file}: в заголовке дважды столбец {column}", "{file}: тақырыпта {column} бағаны екі рет кездеседі"),
    "import_not_in_setup": Entry("the list can be imported only during set-up (the station is in phase {phase}); add voters on the day instead", "список можно загрузить только при подготовке (сейчас этап {phase}); в день голосования добавляйте избирателей по одному", "тізімді тек дайындық кезінде жүктеуге болады (қазір {phase} кезеңі); дауыс беру күні сайлаушыларды жеке қосыңыз"),
    "import_stale": Entry("the voter list changed since {file} was checked; check the file again", "список избирателей изменился после проверки {file}; проверьте файл заново", "{file} тексерілгеннен кейін тізім өзгерді; файлды қайта тексеріңіз"),
    "import_cancelled": Entry("import cancelled; nothing was written", "загрузка отменена; ничего не записано", "жүктеу тоқтатылды; ештеңе жазылмады"),
    "import_strict_refused": Entry("{rejected} rows rejected; with --strict nothing was imported", "отклонено строк: {rejected}; с --strict ничего не загружено", "{rejected} жол қабылданбады; --strict режимінде ештеңе жүктелмеді"),
    # Summary lines.
    "import_summary_file": Entry("file {file}: {format}, encoding {encoding}, delimiter {delimiter}", "файл {file}: {format}, кодировка {encoding}, разделитель {delimiter}", "файл {file}: {format}, кодтау {encoding}, бөлгіш {delimiter}"),
    "import_summary_xlsx": Entry("file {file}: XLSX, first sheet", "файл {file}: XLSX, первый лист", "файл {file}: XLSX, бірінші парақ"),
    "import_summary_counts": Entry("rows read {rows}, accepted {accepted}, rejected {rejected}", "прочитано строк {rows}, принято {accepted}, отклонено {rejected}", "оқылған жолдар {rows}, қабылданды {accepted}, қабылданбады {rejected}"),
    "import_summary_imported": Entry("imported {imported} voters", "загружено избирателей: {imported}", "жүктелген сайлаушылар: {imported}"),
    "import_summary_ignored": Entry("columns ignored: {columns}", "пропущены столбцы: {columns}", "өткізілген бағандар: {columns}"),
    "import_rejected_line": Entry("line {line}: {reason}", "строка {line}: {reason}", "{line}-жол: {reason}"),
    "import_report_written": Entry("rejected rows written to {path}", "отклонённые строки записаны в {path}", "қабылданбаған жолдар {path} файлына жазылды"),
    # Column names, used in reasons that name a field.
    "column_list_no": Entry("list number", "№ в списке", "тізімдегі №"),
    "column_iin": Entry("IIN", "ИИН", "ЖСН"),
    "column_surname": Entry("surname", "фамилия", "тегі"),
    "column_given_name": Entry("given name", "имя", "аты"),
    "column_patronymic": Entry("patronymic", "отчество", "әкесінің аты"),
    "column_birth_date": Entry("birth date", "дата рождения", "туған күні"),
    "column_address": Entry("address", "адрес", "мекенжайы"),
    "column_section": Entry("section", "раздел", "бөлім"),
    # Row reasons.
    "unreadable_row": Entry("unreadable row: field '{field}' holds bytes that are not text in the file's encoding", "строка не читается: в поле «{field}» байты, которые не являются текстом в кодировке файла", "жол оқылмайды: «{field}» өрісінде файл кодтауындағы мәтін емес байттар бар"),
    "wrong_field_count": Entry("unreadable row: {fields} fields, the header has {expected}", "строка не читается: полей {fields}, а в заголовке {expected}", "жол оқылмайды: {fields} өріс бар, ал тақырыпта {expected}"),
    "missing_field": Entry("required field '{field}' is empty", "не заполнено обязательное поле «{field}»", "міндетті «{field}» өрісі бос"),
    "field_too_long": Entry(
        Plural(
            count="limit",
            one="field '{field}' is longer than {limit} character",
            other="field '{field}' is longer than {limit} characters",
        ),
        Plural(
            count="limit",
            one="поле «{field}» длиннее {limit} символа",
            few="поле «{field}» длиннее {limit} символов",
            many="поле «{field}» длиннее {limit} символов",
            other="поле «{field}» длиннее {limit} символа",
        ),
        "«{field}» өрісі {limit} таңбадан ұзын",
    ),
    "bad_name": Entry("field '{field}' has no letters", "в поле «{field}» нет букв", "«{field}» өрісінде әріп жоқ"),
    "iin_format": Entry("IIN {value} is not 12 digits of a person's IIN", "ИИН {value} не является 12-значным ИИН физического лица", "ЖСН {value} жеке тұлғаның 12 таңбалы ЖСН-і емес"),
    "iin_checksum": Entry("bad IIN check digit ({value})", "неверная контрольная цифра ИИН ({value})", "ЖСН бақылау саны қате ({value})"),
    "iin_duplicate": Entry("duplicate IIN (first on line {first_line})", "повторяющийся ИИН (впервые в строке {first_line})", "ЖСН қайталанады (алғаш {first_line}-жолда)"),
    "iin_on_list": Entry("this IIN is already on the station's list", "этот ИИН уже есть в списке участка", "бұл ЖСН учаске тізімінде бар"),
    "bad_birth_date": Entry("birth date {value} is not a date (YYYY-MM-DD or DD.MM.YYYY)", "дата рождения {value} не распознана (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)", "туған күні {value} танылмады (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ)"),
    "birth_date_mismatch": Entry("birth date {value} disagrees with the IIN ({from_iin})", "дата рождения {value} не совпадает с ИИН ({from_iin})", "туған күні {value} ЖСН-мен сәйкес емес ({from_iin})"),
    "under_18": Entry("under 18 on voting day (born {birth_date})", "нет 18 лет на день голосования (родился {birth_date})", "дауыс беру күні 18 жасқа толмаған (туған күні {birth_date})"),
    "bad_list_no": Entry("list number {value} is not a positive whole number", "номер в списке {value} не является целым положительным числом", "тізімдегі нөмір {value} оң бүтін сан емес"),
    "list_no_duplicate": Entry("list number {value} is used twice (first on line {first_line})", "номер в списке {value} повторяется (впервые в строке {first_line})", "тізімдегі {value} нөмірі қайталанады (алғаш {first_line}-жолда)"),
    "list_no_on_list": Entry("list number {value} is already used on the station's list", "номер {value} уже занят в списке участка", "{value} нөмірі учаске тізімінде бар"),
}
