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
    "build_kind_bundle": Entry(
        "Installed bundle built on {date} for {platform}, in {root}",
        "Установленная сборка от {date} для {platform}, в {root}",
        "{platform} үшін {date} күні құрастырылған орнату, {root} ішінде",
    ),
    "build_kind_source": Entry(
        "Source checkout in {root}: not an official build (its id changes with every edit)",
        "Исходный код в {root}: не официальная сборка (её номер меняется при каждой правке)",
        "{root} ішіндегі бастапқы код: ресми құрастыру емес (нөмірі әр түзетуде өзгереді)",
    ),
    "build_unknown": Entry(
        "This bundle has no build file ({file}): it was not made by 'make dist', and its build is UNKNOWN",
        "В этой сборке нет файла сборки ({file}): она сделана не через 'make dist', её номер НЕИЗВЕСТЕН",
        "Бұл орнатуда құрастыру файлы ({file}) жоқ: ол 'make dist' арқылы жасалмаған, нөмірі БЕЛГІСІЗ",
    ),
    "build_schema": Entry(
        "Database schema it writes: {revision}",
        "Схема базы данных, которую она пишет: {revision}",
        "Ол жазатын дерекқор схемасы: {revision}",
    ),
    "build_check_ok": Entry(
        "Files checked: {files}; every one matches build {build}",
        "Проверено файлов: {files}; все совпадают со сборкой {build}",
        "Тексерілген файлдар: {files}; бәрі {build} құрастыруымен сәйкес",
    ),
    "build_check_file": Entry(
        "{state}: {path}",
        "{state}: {path}",
        "{state}: {path}",
    ),
    "build_file_changed": Entry("changed", "изменён", "өзгертілген"),
    "build_file_missing": Entry("missing", "отсутствует", "жоқ"),
    "build_file_added": Entry("added", "добавлен", "қосылған"),
    "build_check_failed": Entry(
        "The installation's files differ from build {build} ({count} files): do not use it on election day; install the published bundle again",
        "Файлы установки отличаются от сборки {build} ({count} файлов): не используйте её в день выборов; установите опубликованную сборку заново",
        "Орнату файлдары {build} құрастыруынан өзгеше ({count} файл): оны сайлау күні қолданбаңыз; жарияланған орнатуды қайта орнатыңыз",
    ),
}
MESSAGES["db_upgrade_copy_failed"] = Entry(
    "Could not keep a copy of the station before upgrading its database in {path} ({detail}): nothing was changed; free space there and start again",
    "Не удалось сохранить копию участка перед обновлением базы данных в {path} ({detail}): ничего не изменено; освободите там место и запустите снова",
    "Дерекқорды жаңартар алдында учаске көшірмесін {path} ішіне сақтау мүмкін болмады ({detail}): ештеңе өзгертілмеді; сол жерде орын босатып, қайта іске қосыңыз",
)
