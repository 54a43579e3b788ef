"""Messages of the station's own disk: full, too widely readable files, a restore's cost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from precinct_app.messages.catalog import Entry

if TYPE_CHECKING:
    from precinct_app.services.backup import RestoreLoss

MESSAGES: dict[str, Entry] = {
    # A full station disk: what still works and what to do.
    "disk_full_read_only": Entry(
        "the station's disk is full ({path}): nothing can be recorded now. Still working: voter search, the paper list, a backup to a stick, audit verify. Free space on this disk (delete other files), or write a backup to a stick and restore it on another laptop",
        "диск участка заполнен ({path}): записать сейчас ничего нельзя. Работают: поиск избирателя, бумажный список, резервная копия на флешку, проверка журнала. Освободите место на диске (удалите другие файлы) или запишите резервную копию на флешку и восстановите её на другом ноутбуке",
        "учаске дискісі толды ({path}): қазір ештеңе жазуға болмайды. Жұмыс істейді: сайлаушыны іздеу, қағаз тізім, флешкаға сақтық көшірме, журналды тексеру. Дискіде орын босатыңыз (басқа файлдарды жойыңыз) немесе сақтық көшірмені флешкаға жазып, оны басқа ноутбукта қалпына келтіріңіз",
    ),
    "db_disk_full_wal": Entry(
        "the station database {path} cannot be read without writing ({detail}): its newest records are in {path}-wal and the disk is full; free some space on this disk (delete other files) and try again; do not delete {path}-wal",
        "базу участка {path} нельзя прочитать без записи ({detail}): последние записи в {path}-wal, а диск заполнен; освободите место на диске (удалите другие файлы) и повторите; не удаляйте {path}-wal",
        "{path} учаске дерекқорын жазбай оқу мүмкін емес ({detail}): соңғы жазбалар {path}-wal файлында, ал диск толы; дискіде орын босатып (басқа файлдарды жойып), қайталаңыз; {path}-wal файлын жоймаңыз",
    ),
    "db_read_failed": Entry(
        "the station database {path} could not be read ({detail}); nothing was changed",
        "не удалось прочитать базу участка {path} ({detail}); ничего не изменено",
        "{path} учаске дерекқорын оқу мүмкін болмады ({detail}); ештеңе өзгертілмеді",
    ),
    "db_needs_upgrade": Entry(
        "the station database {path} was made by an older version and must be updated before it can be read, which needs free space on its disk; free some space and start the program",
        "база участка {path} создана более старой версией, и её нужно обновить перед чтением, для чего нужно свободное место на диске; освободите место и запустите программу",
        "{path} учаске дерекқоры ескі нұсқада жасалған, оны оқудан бұрын жаңарту керек, ол үшін дискіде бос орын қажет; орын босатып, бағдарламаны іске қосыңыз",
    ),
    # Permissions: the station's files hold voters' IINs.
    "perm_file_too_wide": Entry(
        "{path} can be read by other users of this laptop (permissions {mode}) and holds voters' IINs: make it owner-only with: chmod 600 \"{path}\"",
        "{path} доступен для чтения другим пользователям ноутбука (права {mode}), а в нём ИИН избирателей: оставьте доступ только владельцу: chmod 600 \"{path}\"",
        "{path} файлын ноутбуктың басқа пайдаланушылары оқи алады (рұқсаттар {mode}), ал онда сайлаушылардың ЖСН-дері бар: тек иесіне рұқсат қалдырыңыз: chmod 600 \"{path}\"",
    ),
    "perm_folder_too_wide": Entry(
        "the folder {path} can be opened by other users of this laptop (permissions {mode}) and holds the station's files: make it owner-only with: chmod 700 \"{path}\"",
        "папка {path} доступна другим пользователям ноутбука (права {mode}), а в ней файлы участка: оставьте доступ только владельцу: chmod 700 \"{path}\"",
        "{path} бумасын ноутбуктың басқа пайдаланушылары аша алады (рұқсаттар {mode}), ал онда учаске файлдары бар: тек иесіне рұқсат қалдырыңыз: chmod 700 \"{path}\"",
    ),
    # The rejected-rows report of a voter import.
    "import_report_failed": Entry(
        "the report of rejected rows could not be written to {path}: {detail}; nothing was left there and no voter was imported; free space on that disk or name another file with --report",
        "не удалось записать отчёт об отклонённых строках в {path}: {detail}; там ничего не осталось, и ни один избиратель не загружен; освободите место на том диске или укажите другой файл в --report",
        "қабылданбаған жолдар туралы есепті {path} ішіне жазу мүмкін болмады: {detail}; онда ештеңе қалған жоқ және бірде-бір сайлаушы жүктелген жоқ; сол дискіде орын босатыңыз немесе --report арқылы басқа файл көрсетіңіз",
    ),
    # A stick whose file table is full although bytes remain (FAT/exFAT/ext: inodes).
    "media_no_inodes": Entry(
        "the stick has no room for more files ({path}): {files_free} more files fit, {files_needed} are needed, although there is space left; nothing was left under the final name; delete files or folders from it, or use another stick",
        "на флешке нет места для новых файлов ({path}): поместится ещё файлов — {files_free}, нужно — {files_needed}, хотя место есть; под итоговым именем ничего не записано; удалите с неё файлы или папки, или возьмите другую флешку",
        "флешкада жаңа файлдарға орын жоқ ({path}): тағы {files_free} файл сыяды, қажеті {files_needed}, бос орын болса да; соңғы атаумен ештеңе жазылған жоқ; одан файлдарды не бумаларды жойыңыз немесе басқа флешканы алыңыз",
    ),
    # Restore: who, what is lost, and the question.
    "restore_needs_chair": Entry(
        "restoring a backup replaces the station's records: the chair must do it; name the chair with --member",
        "восстановление из резервной копии заменяет записи участка: это делает председатель; укажите председателя в --member",
        "сақтық көшірмеден қалпына келтіру учаске жазбаларын ауыстырады: мұны төраға жасайды; төрағаны --member арқылы көрсетіңіз",
    ),
    "restore_not_chair": Entry(
        "{name} ({member}) is {role}: only the chair may restore a backup",
        "{name} ({member}) — {role}: восстановить резервную копию может только председатель",
        "{name} ({member}) — {role}: сақтық көшірмені тек төраға қалпына келтіре алады",
    ),
    "restore_loses": Entry(
        "the backup lacks what the station recorded after it was made (audit events {first}–{last}):",
        "в резервной копии нет того, что участок записал после её создания (события журнала {first}–{last}):",
        "сақтық көшірмеде ол жасалғаннан кейін учаске жазғандар жоқ (журнал оқиғалары {first}–{last}):",
    ),
    "restore_loses_line": Entry(
        "  {action}: {count}",
        "  {action}: {count}",
        "  {action}: {count}",
    ),
    "restore_loses_nothing": Entry(
        "the backup holds everything the station has recorded (audit event {seq})",
        "в резервной копии есть всё, что записал участок (событие журнала {seq})",
        "сақтық көшірмеде учаске жазғанның бәрі бар (журнал оқиғасы {seq})",
    ),
    "restore_diverged": Entry(
        "the backup's last audit event ({seq}) is not in the station's log: the station has a different history since event {common}",
        "последнего события журнала резервной копии ({seq}) нет в журнале участка: история участка расходится с ней начиная с события {common}",
        "сақтық көшірме журналының соңғы оқиғасы ({seq}) учаске журналында жоқ: учаске тарихы {common} оқиғасынан бастап басқаша",
    ),
    "restore_current_unreadable": Entry(
        "the station database cannot be read ({health}): what it holds beyond the backup cannot be shown",
        "базу участка прочитать нельзя ({health}): что в ней есть сверх резервной копии, показать невозможно",
        "учаске дерекқорын оқу мүмкін емес ({health}): онда сақтық көшірмеден тыс не барын көрсету мүмкін емес",
    ),
    "restore_question": Entry(
        "Replace the station database with this backup? Type yes to go on: ",
        "Заменить базу участка этой резервной копией? Введите да, чтобы продолжить: ",
        "Учаске дерекқорын осы сақтық көшірмемен ауыстыру керек пе? Жалғастыру үшін иә деп жазыңыз: ",
    ),
    "restore_question_window": Entry(
        "Replace the station database with this backup? The database now in use is kept aside, not deleted.",
        "Заменить базу участка этой резервной копией? Текущая база будет сохранена рядом, а не удалена.",
        "Учаске дерекқорын осы сақтық көшірмемен ауыстыру керек пе? Қазіргі дерекқор жойылмайды, қасында сақталады.",
    ),
    "restore_not_confirmed": Entry(
        "nothing was restored: the replacement was not confirmed (answer yes, or add --yes)",
        "ничего не восстановлено: замена не подтверждена (ответьте да или добавьте --yes)",
        "ештеңе қалпына келтірілмеді: ауыстыру расталмады (иә деп жауап беріңіз немесе --yes қосыңыз)",
    ),
    "action_restore": Entry(
        "restore the station from a backup", "восстанавливать участок из резервной копии",
        "учаскені сақтық көшірмеден қалпына келтіру",
    ),
    "health_missing": Entry("it is missing", "её нет", "ол жоқ"),
    "health_damaged": Entry("it is damaged", "она повреждена", "ол бүлінген"),
    # Audit actions, as the restore's comparison counts them.
    "audit_word_ballot_issued": Entry("ballots issued", "выдано бюллетеней", "берілген бюллетеньдер"),
    "audit_word_ballot_spoiled": Entry("spoiled ballots replaced", "заменено испорченных бюллетеней", "ауыстырылған бүлінген бюллетеньдер"),
    "audit_word_ballot_undone": Entry("issuances undone", "отменено выдач", "күші жойылған берулер"),
    "audit_word_voter_added": Entry("voters added to the list", "избирателей включено в список", "тізімге қосылған сайлаушылар"),
    "audit_word_voter_excluded": Entry("voters excluded from the list", "избирателей исключено из списка", "тізімнен шығарылған сайлаушылар"),
    "audit_word_voters_imported": Entry("voter list imports", "загрузок списка избирателей", "сайлаушылар тізімін жүктеу"),
    "audit_word_outside_applied": Entry("requests to vote outside", "заявлений о голосовании вне помещения", "үй-жайдан тыс дауыс беру өтініштері"),
    "audit_word_outside_trip_started": Entry("outside trips started", "выездов начато", "басталған шығулар"),
    "audit_word_outside_trip_ended": Entry("outside trips ended", "выездов завершено", "аяқталған шығулар"),
    "audit_word_voting_opened": Entry("voting opened", "открытие голосования", "дауыс беруді ашу"),
    "audit_word_voting_closed": Entry("voting closed", "закрытие голосования", "дауыс беруді жабу"),
    "audit_word_ballots_received": Entry("acts of receipt of ballots", "актов получения бюллетеней", "бюллетеньдерді алу актілері"),
    "audit_word_turnout_snapshot": Entry("turnout reports", "сведений о явке", "келу туралы мәліметтер"),
    "audit_word_counting_started": Entry("counting started", "начало подсчёта", "санауды бастау"),
    "audit_word_counting_reopened": Entry("counting reopened", "подсчёт возобновлён", "санау қайта ашылды"),
    "audit_word_counting_finished": Entry("counting finished", "подсчёт завершён", "санау аяқталды"),
    "audit_word_count_step": Entry("counting steps", "шагов подсчёта", "санау қадамдары"),
    "audit_word_protocol_values_set": Entry("protocol entries", "записей в протокол", "хаттамаға жазбалар"),
    "audit_word_protocol_warning_explained": Entry("protocol explanations", "пояснений к протоколу", "хаттамаға түсіндірмелер"),
    "audit_word_protocol_signed": Entry("protocols signed", "подписано протоколов", "қол қойылған хаттамалар"),
    "audit_word_protocol_corrected": Entry("protocol corrections", "исправлений протокола", "хаттаманы түзету"),
    "audit_word_results_exported": Entry("results exports", "выгрузок результатов", "нәтижелерді шығару"),
    "audit_word_backup_restored": Entry("restores from a backup", "восстановлений из резервной копии", "сақтық көшірмеден қалпына келтіру"),
    "audit_word_other": Entry("other records", "других записей", "басқа жазбалар"),
}


def loss_lines(loss: RestoreLoss, lang: str) -> list[str]:
    """What a backup lacks compared with the station, one line per action (CLI and window)."""
    from precinct_app.messages import CATALOG, text  # the package imports this module

    if loss.current != "ok":
        return [text("restore_current_unreadable", lang,
                      health=text(f"health_{loss.current}", lang))]
    lines = []
    if loss.diverged:
        lines.append(text("restore_diverged", lang, seq=loss.common + 1, common=loss.common))
    if not loss.counts:
        return [*lines, text("restore_loses_nothing", lang, seq=loss.common)]
    lines.append(text("restore_loses", lang, first=loss.first, last=loss.last))
    for action, count in loss.counts:
        word = f"audit_word_{action.replace('.', '_')}"
        lines.append(text("restore_loses_line", lang, count=count,
                          action=text(word if word in CATALOG else "audit_word_other", lang)))
    return lines
