"""Messages of the database, the station, the clock, keys and the audit log."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    "db_missing": Entry(
        "no station database at {path}: run 'precinct init PACKAGE' or 'precinct demo' first",
        "нет базы участка {path}: сначала выполните 'precinct init ПАКЕТ' или 'precinct demo'",
        "{path} учаске дерекқоры жоқ: алдымен 'precinct init ПАКЕТ' немесе 'precinct demo' орындаңыз",
    ),
    "db_not_sqlite": Entry(
        "{path} is not a station database",
        "{path} не является базой участка",
        "{path} учаске дерекқоры емес",
    ),
    "db_too_new": Entry(
        "this database was made by a newer version of Precinct (schema {revision}); "
        "install that version to open it",
        "эта база создана более новой версией Precinct (схема {revision}); "
        "установите эту версию, чтобы открыть её",
        "бұл дерекқорды Precinct-тің жаңа нұсқасы жасаған (схема {revision}); "
        "оны ашу үшін сол нұсқаны орнатыңыз",
    ),
    "station_exists": Entry(
        "this database already holds a station; use another --db to create a new one",
        "в этой базе уже есть участок; для нового укажите другой --db",
        "бұл дерекқорда учаске бар; жаңасы үшін басқа --db көрсетіңіз",
    ),
    "no_station": Entry(
        "no station in this database yet: run 'precinct init PACKAGE' or 'precinct demo'",
        "в базе ещё нет участка: выполните 'precinct init ПАКЕТ' или 'precinct demo'",
        "дерекқорда әлі учаске жоқ: 'precinct init ПАКЕТ' немесе 'precinct demo' орындаңыз",
    ),
    "clock_bad_now": Entry(
        "PRECINCT_NOW is not an ISO 8601 time: {value}",
        "PRECINCT_NOW не является временем ISO 8601: {value}",
        "PRECINCT_NOW ISO 8601 уақыты емес: {value}",
    ),
    "clock_now_needs_offset": Entry(
        "PRECINCT_NOW needs a UTC offset, e.g. 2024-10-06T07:00:00+05:00: {value}",
        "в PRECINCT_NOW нужно смещение от UTC, например 2024-10-06T07:00:00+05:00: {value}",
        "PRECINCT_NOW ішінде UTC ығысуы керек, мысалы 2024-10-06T07:00:00+05:00: {value}",
    ),
    "key_exists": Entry(
        "a station key already exists at {path}",
        "ключ участка уже существует: {path}",
        "учаске кілті бар: {path}",
    ),
    "key_missing": Entry(
        "the station key is missing: {path}",
        "нет ключа участка: {path}",
        "учаске кілті жоқ: {path}",
    ),
    "key_wrong_type": Entry(
        "the station key at {path} is not an Ed25519 key",
        "ключ участка {path} не является ключом Ed25519",
        "{path} учаске кілті Ed25519 кілті емес",
    ),
    "audit_ok": Entry(
        Plural(
            count="events",
            one="audit log intact: {events} event, head {seq} {hash}",
            other="audit log intact: {events} events, head {seq} {hash}",
        ),
        Plural(
            count="events",
            one="журнал аудита цел: {events} событие, последнее {seq} {hash}",
            few="журнал аудита цел: {events} события, последнее {seq} {hash}",
            many="журнал аудита цел: {events} событий, последнее {seq} {hash}",
            other="журнал аудита цел: {events} события, последнее {seq} {hash}",
        ),
        "аудит журналы бүтін: {events} оқиға, соңғысы {seq} {hash}",
    ),
    "audit_hash_mismatch": Entry(
        "audit log broken at event {seq}: its contents do not match its hash",
        "журнал аудита нарушен на событии {seq}: содержимое не совпадает с хешем",
        "аудит журналы {seq} оқиғада бұзылған: мазмұны хешке сәйкес емес",
    ),
    "audit_prev_mismatch": Entry(
        "audit log broken at event {seq}: it does not follow the event before it",
        "журнал аудита нарушен на событии {seq}: оно не продолжает предыдущее",
        "аудит журналы {seq} оқиғада бұзылған: алдыңғы оқиғаны жалғастырмайды",
    ),
    "audit_seq_gap": Entry(
        "audit log broken at event {seq}: an event is missing or out of order",
        "журнал аудита нарушен на событии {seq}: событие пропущено или не на своём месте",
        "аудит журналы {seq} оқиғада бұзылған: оқиға жоқ немесе орнында емес",
    ),
    "audit_bad_payload": Entry(
        "audit log broken at event {seq}: its payload is not valid JSON",
        "журнал аудита нарушен на событии {seq}: данные не являются JSON",
        "аудит журналы {seq} оқиғада бұзылған: деректері JSON емес",
    ),
    "audit_truncated": Entry(
        "audit log broken at event {seq}: the newest events were removed",
        "журнал аудита нарушен на событии {seq}: последние события удалены",
        "аудит журналы {seq} оқиғада бұзылған: соңғы оқиғалар жойылған",
    ),
    "db_write_failed": Entry(
        "the station database could not be written ({detail}); nothing was changed",
        "не удалось записать базу участка ({detail}); ничего не изменено",
        "учаске дерекқорына жазу мүмкін болмады ({detail}); ештеңе өзгертілмеді",
    ),
    "internal_error": Entry(
        "unexpected error ({detail}); nothing was changed",
        "непредвиденная ошибка ({detail}); ничего не изменено",
        "күтпеген қате ({detail}); ештеңе өзгертілмеді",
    ),
    "io_error": Entry(
        "cannot read or write {path}: {detail}",
        "не удаётся прочитать или записать {path}: {detail}",
        "{path} оқу не жазу мүмкін емес: {detail}",
    ),
}
