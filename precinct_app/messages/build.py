"""Messages of the build's identity: ``precinct version`` (services/build_id.py)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "help_version_cmd": Entry(
        "show the version and the build id observers compare with the published one",
        "показать версию и номер сборки, который наблюдатели сверяют с опубликованным",
        "нұсқасын және бақылаушылар жарияланғанмен салыстыратын құрастыру нөмірін көрсету",
    ),
    "help_version_check": Entry(
        "hash every file of the installation again and compare them with the build id (exit 1 if one differs)",
        "заново посчитать хеш каждого файла установки и сверить с номером сборки (код 1, если что-то отличается)",
        "орнатудың әр файлының хешін қайта есептеп, құрастыру нөмірімен салыстыру (бірі өзгеше болса, 1 кодымен шығады)",
    ),
    "build_line": Entry(
        "Build: {build}",
        "Сборка: {build}",
        "Құрастыру: {build}",
    ),
    "build_folder": Entry(
        "Folder: {root}",
        "Папка: {root}",
        "Қалта: {root}",
    ),
    "build_schema": Entry(
        "Database schema it writes: {revision}",
        "Схема базы данных, которую она пишет: {revision}",
        "Ол жазатын дерекқор схемасы: {revision}",
    ),
}
MESSAGES["db_upgrade_copy_failed"] = Entry(
    "Could not keep a copy of the station before upgrading its database in {path} ({detail}): nothing was changed; free space there and start again",
    "Не удалось сохранить копию участка перед обновлением базы данных в {path} ({detail}): ничего не изменено; освободите там место и запустите снова",
    "Дерекқорды жаңартар алдында учаске көшірмесін {path} ішіне сақтау мүмкін болмады ({detail}): ештеңе өзгертілмеді; сол жерде орын босатып, қайта іске қосыңыз",
)
