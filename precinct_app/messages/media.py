"""Messages of writing to a USB stick (services.medium, services.media_write): what went wrong and what to do."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "media_full": Entry(
        "the stick is full ({path}): {free_mb} MB free, {needed_mb} MB needed; nothing was left under the final name; free space on it or use another stick",
        "на флешке не хватает места ({path}): свободно {free_mb} МБ, нужно {needed_mb} МБ; под итоговым именем ничего не записано; освободите место или возьмите другую флешку",
        "флешкада орын жетпейді ({path}): бос орын {free_mb} МБ, қажеті {needed_mb} МБ; соңғы атаумен ештеңе жазылған жоқ; флешкада орын босатыңыз немесе басқа флешканы алыңыз",
    ),
    "media_read_only": Entry(
        "the stick is write-protected ({path}: {detail}): nothing was written; slide its lock switch to unlock it, or use another stick",
        "флешка защищена от записи ({path}: {detail}): ничего не записано; сдвиньте переключатель защиты на флешке или возьмите другую флешку",
        "флешка жазудан қорғалған ({path}: {detail}): ештеңе жазылған жоқ; флешкадағы қорғау ауыстырғышын жылжытыңыз немесе басқа флешканы алыңыз",
    ),
    "media_gone": Entry(
        "the stick was removed during writing ({path}): nothing was left under the final name; insert it and try again",
        "флешку извлекли во время записи ({path}): под итоговым именем ничего не осталось; вставьте её и повторите запись",
        "жазу кезінде флешка алынып тасталды ({path}): соңғы атаумен ештеңе қалған жоқ; оны қайта салып, жазуды қайталаңыз",
    ),
    "media_gone_late": Entry(
        "the stick was removed just as the folder got its final name ({path}): it is either on the stick complete (every file had been read back) or not there at all; insert the stick and write again: the new copy gets a new name",
        "флешку извлекли в момент присвоения папке итогового имени ({path}): папка либо есть на флешке целиком (все файлы были прочитаны обратно), либо её нет совсем; вставьте флешку и повторите запись: новая копия получит новое имя",
        "бумаға соңғы атау берілген сәтте флешка алынып тасталды ({path}): бума флешкада не толық бар (барлық файл кері оқылып тексерілген), не мүлде жоқ; флешканы салып, жазуды қайталаңыз: жаңа көшірме жаңа атау алады",
    ),
    "media_io_error": Entry(
        "the stick could not be written or read ({path}: {detail}): nothing was left under the final name; try again, and if it fails again use another stick",
        "не удалось записать или прочитать флешку ({path}: {detail}): под итоговым именем ничего не осталось; повторите запись, а при повторной ошибке возьмите другую флешку",
        "флешкаға жазу немесе одан оқу мүмкін болмады ({path}: {detail}): соңғы атаумен ештеңе қалған жоқ; жазуды қайталаңыз, қате қайталанса, басқа флешканы алыңыз",
    ),
    "media_verify_failed": Entry(
        "what was read back from the stick differs from what was written ({detail}): the folder was removed; the stick may be faulty, use another stick",
        "прочитанное с флешки не совпало с записанным ({detail}): папка удалена; флешка может быть неисправна, возьмите другую",
        "флешкадан оқылғаны жазылғанмен сәйкес келмеді ({detail}): бума жойылды; флешка ақаулы болуы мүмкін, басқасын алыңыз",
    ),
    "media_not_a_folder": Entry(
        "{path} is not a folder that can be written to (it does not exist or is a file); choose the stick again",
        "{path} — не папка, в которую можно записать (её нет или это файл); выберите флешку заново",
        "{path} — жазуға болатын бума емес (ол жоқ немесе файл); флешканы қайта таңдаңыз",
    ),
    "media_folder_exists": Entry(
        "a folder {path} is already on the stick: it was not overwritten; try again and a new name will be chosen",
        "папка {path} уже есть на флешке: она не перезаписана; повторите запись, будет выбрано новое имя",
        "флешкада {path} бумасы бар: ол қайта жазылған жоқ; жазуды қайталаңыз, жаңа атау таңдалады",
    ),
}
