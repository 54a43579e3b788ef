"""The operating system's and SQLite's reasons in the user's language.

An ``OSError`` carries its reason in English (``No space left on device``), and so does
SQLite (``database or disk is full``); a Kazakh or Russian screen says the common ones
in its own words and keeps the original only for the rare rest.
"""

from __future__ import annotations

import errno

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "os_reason_full": Entry("the disk is full", "на диске нет места", "дискіде орын жоқ"),
    "os_reason_too_big": Entry("the file is too large for this disk", "файл слишком велик для этого диска", "файл бұл диск үшін тым үлкен"),
    "os_reason_denied": Entry("access is denied", "нет доступа", "рұқсат жоқ"),
    "os_reason_read_only": Entry("the disk is read-only", "диск только для чтения", "диск тек оқуға арналған"),
    "os_reason_missing": Entry("there is no such file or folder", "нет такого файла или папки", "мұндай файл не бума жоқ"),
    "os_reason_is_folder": Entry("it is a folder, not a file", "это папка, а не файл", "бұл файл емес, бума"),
    "os_reason_not_folder": Entry("it is not a folder", "это не папка", "бұл бума емес"),
    "os_reason_exists": Entry("it already exists", "уже существует", "бұрыннан бар"),
    "os_reason_device": Entry("the device did not respond, or the disk is damaged or was removed", "устройство не ответило, либо диск повреждён или извлечён", "құрылғы жауап бермеді, не диск бүлінген немесе алынып тасталған"),
    "os_reason_busy": Entry("it is in use by another program", "занят другой программой", "оны басқа бағдарлама пайдаланып тұр"),
    "db_reason_locked": Entry("the station database is in use by another program", "база данных участка занята другой программой", "учаске дерекқорын басқа бағдарлама пайдаланып тұр"),
    "db_reason_damaged": Entry("the station database file is damaged", "файл базы данных участка повреждён", "учаске дерекқорының файлы бүлінген"),
}

_BY_ERRNO = {
    errno.ENOSPC: "os_reason_full", errno.EDQUOT: "os_reason_full",
    errno.EFBIG: "os_reason_too_big",
    errno.EACCES: "os_reason_denied", errno.EPERM: "os_reason_denied",
    errno.EROFS: "os_reason_read_only",
    errno.ENOENT: "os_reason_missing", errno.ENODEV: "os_reason_device",
    errno.EISDIR: "os_reason_is_folder", errno.ENOTDIR: "os_reason_not_folder",
    errno.EEXIST: "os_reason_exists", errno.ENOTEMPTY: "os_reason_exists",
    errno.EIO: "os_reason_device", errno.ENXIO: "os_reason_device",
    errno.EBUSY: "os_reason_busy", errno.ETXTBSY: "os_reason_busy",
}
# SQLite's own words (sqlite3_errstr) -> ours.
_BY_SQLITE = {
    "database or disk is full": "os_reason_full",
    "attempt to write a readonly database": "os_reason_read_only",
    "disk i/o error": "os_reason_device",
    "database is locked": "db_reason_locked",
    "database table is locked": "db_reason_locked",
    "database disk image is malformed": "db_reason_damaged",
    "file is not a database": "db_reason_damaged",
    "unable to open database file": "os_reason_missing",
}


def os_reason(exc: OSError, lang: str) -> str:
    """Why ``exc`` happened, in ``lang`` when the reason is a common one."""
    from precinct_app.messages import text  # the package imports this module

    code = _BY_ERRNO.get(exc.errno or 0)
    return text(code, lang) if code else (exc.strerror or str(exc))


def db_reason(detail: str, lang: str) -> str:
    """SQLite's reason (the first line of its error) in ``lang`` when it is a common one."""
    from precinct_app.messages import text  # the package imports this module

    lowered = detail.lower()
    code = next((c for words, c in _BY_SQLITE.items() if words in lowered), None)
    return text(code, lang) if code else detail
