"""Words of the ``precinct`` command itself: argparse's frame, in the user's language.

argparse words its frame ("usage:", "error:", "the following arguments are required")
through ``gettext``; :func:`argparse_text` answers those calls from the catalog (the CLI
installs it before building its parser). The English entries are argparse's own texts,
``%(name)s`` placeholders included, which argparse fills after translating.
"""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "argparse_usage": Entry("usage: ", "использование: ", "қолданылуы: "),
    "argparse_error": Entry(
        "%(prog)s: error: %(message)s\n", "%(prog)s: ошибка: %(message)s\n",
        "%(prog)s: қате: %(message)s\n",
    ),
    "argparse_positionals": Entry("positional arguments", "аргументы", "аргументтер"),
    "argparse_options": Entry("options", "параметры", "параметрлер"),
    "argparse_help": Entry(
        "show this help message and exit", "показать эту справку и выйти",
        "осы анықтаманы көрсету және шығу",
    ),
    "argparse_argument": Entry(
        "argument %(argument_name)s: %(message)s", "аргумент %(argument_name)s: %(message)s",
        "%(argument_name)s аргументі: %(message)s",
    ),
    "argparse_required": Entry(
        "the following arguments are required: %s", "не указаны обязательные аргументы: %s",
        "міндетті аргументтер көрсетілмеген: %s",
    ),
    "argparse_one_required": Entry(
        "one of the arguments %s is required", "нужно указать один из аргументов %s",
        "%s аргументтерінің бірін көрсету керек",
    ),
    "argparse_unrecognized": Entry(
        "unrecognized arguments: %s", "непонятные аргументы: %s", "түсініксіз аргументтер: %s",
    ),
    "argparse_not_allowed_with": Entry(
        "not allowed with argument %s", "нельзя указывать вместе с аргументом %s",
        "%s аргументімен бірге көрсетуге болмайды",
    ),
    "argparse_ignored_explicit": Entry(
        "ignored explicit argument %r", "лишнее значение аргумента: %r",
        "аргументтің артық мәні: %r",
    ),
    "argparse_expected_one": Entry(
        "expected one argument", "нужно одно значение", "бір мән керек",
    ),
    "argparse_expected_at_most_one": Entry(
        "expected at most one argument", "нужно не больше одного значения",
        "ең көбі бір мән керек",
    ),
    "argparse_expected_at_least_one": Entry(
        "expected at least one argument", "нужно хотя бы одно значение", "кемінде бір мән керек",
    ),
    # argparse asks ngettext("expected %s argument", "expected %s arguments", n): worded so
    # the number needs no agreeing noun ("значений: 2").
    "argparse_expected_n": Entry(
        "expected %s arguments", "нужно значений: %s", "керек мәндер саны: %s",
    ),
    "argparse_ambiguous": Entry(
        "ambiguous option: %(option)s could match %(matches)s",
        "неоднозначный параметр: %(option)s подходит к %(matches)s",
        "екіұшты параметр: %(option)s мыналарға сәйкес келеді: %(matches)s",
    ),
    "argparse_unexpected_option": Entry(
        "unexpected option string: %s", "неожиданный параметр: %s", "күтілмеген параметр: %s",
    ),
    "argparse_invalid_value": Entry(
        "invalid %(type)s value: %(value)r", "недопустимое значение (%(type)s): %(value)r",
        "жарамсыз мән (%(type)s): %(value)r",
    ),
    "argparse_invalid_choice": Entry(
        "invalid choice: %(value)r (choose from %(choices)s)",
        "недопустимый вариант: %(value)r (выберите из: %(choices)s)",
        "жарамсыз нұсқа: %(value)r (мыналардың бірін таңдаңыз: %(choices)s)",
    ),
    "argparse_unknown_parser": Entry(
        "unknown parser %(parser_name)r (choices: %(choices)s)",
        "неизвестная команда %(parser_name)r (варианты: %(choices)s)",
        "белгісіз команда %(parser_name)r (нұсқалары: %(choices)s)",
    ),
    "argparse_cannot_open": Entry(
        "can't open '%(filename)s': %(error)s", "не удаётся открыть '%(filename)s': %(error)s",
        "'%(filename)s' ашу мүмкін емес: %(error)s",
    ),
    # Help of the commands and options (``precinct --help``, ``precinct COMMAND --help``).
    "help_description": Entry(
        "Precinct: station software for a precinct commission",
        "Precinct: программа участковой избирательной комиссии",
        "Precinct: учаскелік сайлау комиссиясының бағдарламасы",
    ),
    "help_version": Entry(
        "show the version and exit",
        "показать версию и выйти",
        "нұсқасын көрсету және шығу",
    ),
    "help_db": Entry(
        "station database (default: PRECINCT_DB or the data folder)",
        "база участка (по умолчанию: PRECINCT_DB или папка данных)",
        "учаске дерекқоры (әдепкісі: PRECINCT_DB немесе деректер қалтасы)",
    ),
    "help_audit": Entry(
        "the audit log",
        "журнал аудита",
        "аудит журналы",
    ),
    "help_audit_verify": Entry(
        "recompute the audit chain",
        "пересчитать цепочку журнала аудита",
        "аудит журналының тізбегін қайта есептеу",
    ),
    "help_backup": Entry(
        "write a verified backup of the station database now (or --list them)",
        "сейчас записать проверенную резервную копию базы участка (или --list: список копий)",
        "учаске дерекқорының тексерілген сақтық көшірмесін қазір жазу (немесе --list: көшірмелер тізімі)",
    ),
    "help_backup_to": Entry(
        "backup folder, on a second medium (default: 'backups' beside the database)",
        "папка резервных копий на втором носителе (по умолчанию: 'backups' рядом с базой)",
        "екінші тасығыштағы сақтық көшірмелер қалтасы (әдепкісі: дерекқордың жанындағы 'backups')",
    ),
    "help_backup_keep": Entry(
        "keep the newest N backups of this station, and the newest of each phase change (default {default})",
        "хранить N последних резервных копий участка и последнюю копию каждой смены этапа (по умолчанию {default})",
        "учаскенің соңғы N сақтық көшірмесін және әр кезең ауысуының соңғы көшірмесін сақтау (әдепкісі {default})",
    ),
    "help_backup_list": Entry(
        "check and list this station's backups in the folder",
        "проверить и перечислить резервные копии участка в папке",
        "қалтадағы учаске сақтық көшірмелерін тексеру және тізімдеу",
    ),
    "help_restore": Entry(
        "verify a backup and make it the station database",
        "проверить резервную копию и сделать её базой участка",
        "сақтық көшірмені тексеріп, оны учаске дерекқоры ету",
    ),
    "help_restore_backup": Entry(
        "a backup file (.sqlite3; or a station server's .dump, made a single-laptop "
        "station at --db)",
        "файл резервной копии (.sqlite3; или .dump сервера участка: он становится "
        "участком на одном ноутбуке в --db)",
        "сақтық көшірме файлы (.sqlite3; немесе учаске серверінің .dump файлы: ол --db "
        "ішінде бір ноутбуктағы учаскеге айналады)",
    ),
    "help_restore_member": Entry(
        "the chair, who decides to replace the station's records",
        "председатель, который решает заменить записи участка",
        "учаске жазбаларын ауыстыру туралы шешім қабылдайтын төраға",
    ),
    "help_restore_yes": Entry(
        "replace without asking (what the backup lacks is still shown)",
        "заменить без вопроса (чего нет в резервной копии, всё равно показывается)",
        "сұрамай ауыстыру (сақтық көшірмеде жоқ нәрсе бәрібір көрсетіледі)",
    ),
    "help_paper_list": Entry(
        "write the paper fallback: the voter list with every issuance mark",
        "записать бумажный резерв: список избирателей со всеми отметками о выдаче",
        "қағаз қорын жазу: бюллетень беру белгілері бар сайлаушылар тізімі",
    ),
    "help_pdf_out": Entry(
        "the PDF to write",
        "PDF-файл, который нужно записать",
        "жазылатын PDF файлы",
    ),
    "help_pdf_lang": Entry(
        "language of the PDF (default: kk+ru, bilingual)",
        "язык PDF (по умолчанию: kk+ru, на двух языках)",
        "PDF тілі (әдепкісі: kk+ru, екі тілде)",
    ),
    "help_count": Entry(
        "the counting sequence after closing",
        "порядок подсчёта голосов после закрытия",
        "дауыс беру жабылғаннан кейінгі санау реті",
    ),
    "help_count_step": Entry(
        "record the next counting step: {steps}",
        "отметить следующий этап подсчёта: {steps}",
        "санаудың келесі кезеңін белгілеу: {steps}",
    ),
    "help_count_cancelled": Entry(
        "cancel_unused: ballots cancelled (unused and spoiled), per contest",
        "cancel_unused: погашено бюллетеней (неиспользованных и испорченных), по каждому голосованию",
        "cancel_unused: жойылған бюллетеньдер (пайдаланылмаған және бүлінген), әр дауыс беру бойынша",
    ),
    "help_count_status": Entry(
        "the steps done, the next one, the 12-hour limit",
        "пройденные этапы, следующий этап, 12-часовой срок",
        "өткен кезеңдер, келесі кезең, 12 сағаттық мерзім",
    ),
    "help_json": Entry(
        "print JSON",
        "вывести JSON",
        "JSON шығару",
    ),
    "help_day": Entry(
        "open or close voting",
        "открыть или закрыть голосование",
        "дауыс беруді ашу немесе жабу",
    ),
    "help_day_open": Entry(
        "open voting: ballots are issued from then on",
        "открыть голосование: с этого момента выдаются бюллетени",
        "дауыс беруді ашу: осы сәттен бастап бюллетень беріледі",
    ),
    "help_day_close": Entry(
        "close voting: no ballot is issued after it",
        "закрыть голосование: после этого бюллетени не выдаются",
        "дауыс беруді жабу: одан кейін бюллетень берілмейді",
    ),
    "help_day_close_reason": Entry(
        "why closing early",
        "почему голосование закрывается досрочно",
        "дауыс беру неге мерзімінен бұрын жабылады",
    ),
    "help_ballots": Entry(
        "ballots received (the act of receipt)",
        "полученные бюллетени (акт получения)",
        "алынған бюллетеньдер (алу актісі)",
    ),
    "help_ballots_receive": Entry(
        "correct the act before opening",
        "исправить акт до открытия голосования",
        "дауыс беру ашылғанға дейін актіні түзету",
    ),
    "help_export": Entry(
        "write the signed results export into DIR",
        "записать выгрузку подписанных результатов в DIR",
        "қол қойылған нәтижелердің түсірілімін DIR ішіне жазу",
    ),
    "help_export_dir": Entry(
        "folder to write into (the USB stick)",
        "папка для записи (флешка)",
        "жазылатын қалта (флешка)",
    ),
    "help_export_preliminary": Entry(
        "export even though a protocol is not signed (marked)",
        "выгрузить, даже если протокол не подписан (с пометкой)",
        "хаттамаға қол қойылмаса да жазып алу (белгісімен)",
    ),
    "help_verify": Entry(
        "verify an export folder (no station needed)",
        "проверить папку выгрузки (база участка не нужна)",
        "түсірілім қалтасын тексеру (учаске дерекқоры қажет емес)",
    ),
    "help_verify_path": Entry(
        "the export folder",
        "папка выгрузки",
        "түсірілім қалтасы",
    ),
    "help_verify_key": Entry(
        "the expected station key",
        "ожидаемый ключ участка",
        "күтілетін учаске кілті",
    ),
    "help_verify_code": Entry(
        "the code on the paper protocol",
        "код на бумажном протоколе",
        "қағаз хаттамадағы код",
    ),
    "help_verify_head": Entry(
        "an audit head written down during the day (e.g. 1234:7F3A-91C2)",
        "конец журнала аудита, записанный в течение дня (например, 1234:7F3A-91C2)",
        "күн ішінде жазып алынған аудит журналының соңы (мысалы, 1234:7F3A-91C2)",
    ),
    "help_issue": Entry(
        "issue a ballot",
        "выдать бюллетень",
        "бюллетень беру",
    ),
    "help_voter": Entry(
        "IIN or list number",
        "ИИН или номер в списке",
        "ЖСН немесе тізімдегі нөмірі",
    ),
    "help_issue_outside": Entry(
        "outside the premises",
        "вне помещения для голосования",
        "дауыс беру үй-жайынан тыс",
    ),
    "help_issue_document": Entry(
        "kind of document shown: {documents}",
        "предъявленный документ: {documents}",
        "көрсетілген құжат: {documents}",
    ),
    "help_issue_trip": Entry(
        "the outside trip",
        "выезд для голосования вне помещения",
        "үй-жайдан тыс дауыс беруге шығу",
    ),
    "help_spoil": Entry(
        "replace a spoiled ballot (once)",
        "заменить испорченный бюллетень (один раз)",
        "бүлінген бюллетеньді ауыстыру (бір рет)",
    ),
    "help_undo": Entry(
        "undo a mistaken issuance (chair or deputy)",
        "отменить ошибочную выдачу (председатель или заместитель)",
        "қате берілген бюллетеньді болдырмау (төраға немесе орынбасары)",
    ),
    "help_outside": Entry(
        "voting outside the premises",
        "голосование вне помещения",
        "үй-жайдан тыс дауыс беру",
    ),
    "help_outside_apply": Entry(
        "register an application to vote outside the premises",
        "зарегистрировать заявление о голосовании вне помещения",
        "үй-жайдан тыс дауыс беру туралы өтінішті тіркеу",
    ),
    "help_outside_late": Entry(
        "why accepted after the deadline",
        "почему принято после срока",
        "неге мерзімнен кейін қабылданды",
    ),
    "help_outside_trip": Entry(
        "start or end a trip of the portable box",
        "начать или завершить выезд с переносным ящиком",
        "тасымалы жәшікпен шығуды бастау немесе аяқтау",
    ),
    "help_outside_trip_start": Entry(
        "two members leave with ballots",
        "два члена комиссии выезжают с бюллетенями",
        "комиссияның екі мүшесі бюллетеньдермен шығады",
    ),
    "help_outside_trip_end": Entry(
        "the box comes back",
        "ящик возвращается",
        "жәшік қайтып келеді",
    ),
    "help_protocol": Entry(
        "the protocol of a contest",
        "протокол голосования",
        "дауыс беру хаттамасы",
    ),
    "help_protocol_set": Entry(
        "set lines: KEY=VALUE (key or line number; KEY= clears)",
        "заполнить строки: КЛЮЧ=ЗНАЧЕНИЕ (ключ или номер строки; КЛЮЧ= очищает)",
        "жолдарды толтыру: КІЛТ=МӘН (кілт немесе жол нөмірі; КІЛТ= тазартады)",
    ),
    "help_protocol_reason": Entry(
        "why a computed line is overridden (the chair)",
        "почему рассчитанная строка изменена (председатель)",
        "есептелген жол неге өзгертілді (төраға)",
    ),
    "help_protocol_confirmed_by": Entry(
        "the member who typed the values again blind (double entry)",
        "член комиссии, который вслепую ввёл значения повторно (двойной ввод)",
        "мәндерді соқыр түрде қайта енгізген мүше (қос енгізу)",
    ),
    "help_protocol_explain": Entry(
        "explain a failing warning (the chair)",
        "объяснить невыполненное предупреждение (председатель)",
        "орындалмаған ескертуді түсіндіру (төраға)",
    ),
    "help_protocol_check": Entry(
        "exit 0 iff every line is filled and no error fails",
        "код 0, только если все строки заполнены и нет ошибок",
        "барлық жол толтырылып, қате болмаса ғана 0 кодымен шығу",
    ),
    "help_protocol_version": Entry(
        "an earlier version",
        "предыдущая версия",
        "алдыңғы нұсқасы",
    ),
    "help_protocol_sign": Entry(
        "sign and lock the protocol",
        "подписать и закрыть протокол",
        "хаттамаға қол қойып, оны жабу",
    ),
    "help_protocol_correct": Entry(
        "open a new version of a signed protocol",
        "открыть новую версию подписанного протокола",
        "қол қойылған хаттаманың жаңа нұсқасын ашу",
    ),
    "help_protocol_pdf": Entry(
        "write the protocol PDF",
        "записать протокол в PDF",
        "хаттаманы PDF ретінде жазу",
    ),
    "help_protocol_copy": Entry(
        "certified copy number N",
        "заверенная копия номер N",
        "N нөмірлі куәландырылған көшірме",
    ),
    "help_protocol_enlarged": Entry(
        "enlarged A3 form for posting",
        "увеличенная форма A3 для вывешивания",
        "ілуге арналған үлкейтілген A3 нысаны",
    ),
    "help_demo": Entry(
        "create the demo (training) station",
        "создать демонстрационный (учебный) участок",
        "демо (оқу) учаскесін құру",
    ),
    "help_demo_voters": Entry(
        "synthetic voters (default {default})",
        "вымышленных избирателей (по умолчанию {default})",
        "ойдан шығарылған сайлаушылар (әдепкісі {default})",
    ),
    "help_init": Entry(
        "create the station from an election package",
        "создать участок из пакета выборов",
        "сайлау пакетінен учаске құру",
    ),
    "help_init_package": Entry(
        "folder or .zip",
        "папка или .zip",
        "қалта немесе .zip",
    ),
    "help_turnout": Entry(
        "turnout: live and at the report times",
        "явка: сейчас и на время отчётов",
        "дауыс беруге қатысу: қазір және есеп уақыттарында",
    ),
    "help_turnout_pdf": Entry(
        "write the printable turnout report (A4 PDF) and print its path",
        "записать отчёт о явке для печати (A4, PDF) и вывести путь к нему",
        "қатысу туралы басып шығаруға арналған есепті (A4, PDF) жазып, жолын шығару",
    ),
    "help_voters": Entry(
        "the voter list",
        "список избирателей",
        "сайлаушылар тізімі",
    ),
    "help_voters_add": Entry(
        "add a voter on the day",
        "включить избирателя в день голосования",
        "дауыс беру күні сайлаушыны қосу",
    ),
    "help_voters_exclude": Entry(
        "exclude a voter with a reason",
        "исключить избирателя с указанием причины",
        "сайлаушыны себебін көрсетіп шығару",
    ),
    "help_voters_find": Entry(
        "find voters by IIN, list number or name",
        "найти избирателей по ИИН, номеру в списке или имени",
        "сайлаушыларды ЖСН, тізімдегі нөмірі немесе аты бойынша табу",
    ),
    "help_voters_find_json": Entry(
        "print a JSON array",
        "вывести массив JSON",
        "JSON массивін шығару",
    ),
    "help_voters_find_limit": Entry(
        "at most N matches",
        "не больше N совпадений",
        "ең көбі N сәйкестік",
    ),
    "help_voters_import": Entry(
        "import the voter list from a CSV or XLSX file",
        "загрузить список избирателей из файла CSV или XLSX",
        "сайлаушылар тізімін CSV немесе XLSX файлынан жүктеу",
    ),
    "help_voters_import_strict": Entry(
        "import nothing if any row is rejected",
        "ничего не загружать, если отклонена хоть одна строка",
        "бір жол қабылданбаса да, ештеңе жүктемеу",
    ),
    "help_voters_import_report": Entry(
        "write the rejected rows to a CSV",
        "записать отклонённые строки в CSV",
        "қабылданбаған жолдарды CSV файлына жазу",
    ),
}

# argparse's own text -> the code that words it.
ARGPARSE = {entry.en: code for code, entry in MESSAGES.items() if code.startswith("argparse_")}
ARGPARSE["expected %s argument"] = "argparse_expected_n"


def argparse_text(message: str, lang: str) -> str:
    """argparse's ``message`` in ``lang`` (itself when the catalog does not word it)."""
    code = ARGPARSE.get(message)
    if code is None or lang == "en":
        return message
    form = getattr(MESSAGES[code], lang)
    return form if isinstance(form, str) else message
