"""The words of the printed documents: the protocol, the turnout report, the paper list.

The protocol's wording is a legal template; the reports share the signature block and
the page furniture (``doc_*`` without a document's prefix). ``{name}`` placeholders are
filled per language by the document's data step. A document in two languages (kk+ru)
prints each entry once per language, different texts once.
"""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    # Shared by the documents: the signature block of the reports, the page footer and
    # the training note, and the facts every document heads with.
    "doc_sign_chair": Entry(
        "Chair of the precinct election commission",
        "Председатель участковой избирательной комиссии",
        "Учаскелік сайлау комиссиясының төрағасы",
    ),
    "doc_sign_secretary": Entry(
        "Secretary of the precinct election commission",
        "Секретарь участковой избирательной комиссии",
        "Учаскелік сайлау комиссиясының хатшысы",
    ),
    "doc_signature": Entry(
        "(signature)",
        "(подпись)",
        "(қолы)",
    ),
    # Marks every training page in all three languages, whatever the document's language.
    "doc_training": Entry("TRAINING", "ОБУЧЕНИЕ", "ОҚУ"),
    "doc_page": Entry(
        "Page {page} of {pages}",
        "Стр. {page} из {pages}",
        "Бет {page} / {pages}",
    ),
    "doc_not_official": Entry(
        "Training mode: not an official document",
        "Учебный режим: не является официальным документом",
        "Оқу режимі: ресми құжат емес",
    ),
    # The protocol of one contest (services.protocol_page): a legal template. The kind of
    # a check is the catalog's severity_* word.
    # Printed, in all three languages, instead of the code of a protocol not signed yet.
    "doc_protocol_draft_mark": Entry(
        "NOT SIGNED — DRAFT",
        "НЕ ПОДПИСАН — ПРОЕКТ",
        "ҚОЛ ҚОЙЫЛМАҒАН — ЖОБА",
    ),
    "doc_protocol_copy": Entry(
        "Copy No. {n}",
        "Экземпляр №\u00a0{n}",
        "№\u00a0{n} дана",
    ),
    "doc_protocol_repeated_note": Entry(
        "Replaces the protocol of version {old}",
        "Составлен взамен протокола версии {old}",
        "Осы хаттама {old}-нұсқаның орнына жасалды",
    ),
    "doc_protocol_reason": Entry(
        "Reason for the correction",
        "Причина исправления",
        "Түзету себебі",
    ),
    "doc_protocol_draft_note": Entry(
        "Draft: the protocol code is fixed at signing",
        "Проект: код протокола присваивается при подписании",
        "Жоба: хаттама коды қол қойылған кезде беріледі",
    ),
    "doc_protocol_commission": Entry(
        "Precinct election commission of polling station No. {number}",
        "Участковая избирательная комиссия избирательного участка №\u00a0{number}",
        "№\u00a0{number} учаскелік сайлау комиссиясы",
    ),
    "doc_protocol_precinct": Entry(
        "Polling station",
        "Избирательный участок",
        "Сайлау учаскесі",
    ),
    "doc_address": Entry(
        "Address",
        "Адрес",
        "Мекенжайы",
    ),
    "doc_protocol_version": Entry(
        "Protocol version",
        "Версия протокола",
        "Хаттама нұсқасы",
    ),
    "doc_protocol_code": Entry(
        "Protocol code",
        "Код протокола",
        "Хаттама коды",
    ),
    "doc_election_id": Entry(
        "Election id",
        "Идентификатор выборов",
        "Сайлау сәйкестендіргіші",
    ),
    "doc_protocol_col_line": Entry(
        "Line name",
        "Наименование строки",
        "Жолдың атауы",
    ),
    "doc_protocol_col_digits": Entry(
        "In digits",
        "Цифрами",
        "Цифрмен",
    ),
    "doc_protocol_options": Entry(
        "Votes cast for:",
        "Число голосов, поданных за:",
        "Берілген дауыстар саны:",
    ),
    "doc_protocol_override_note": Entry(
        "* Computed value replaced by the commission: see annex {n}",
        "* Вычисленное значение изменено решением комиссии: см. приложение №\u00a0{n}",
        "* Есептелген мән комиссияның шешімімен өзгертілді: №\u00a0{n} қосымшаны қараңыз",
    ),
    "doc_protocol_empty_note": Entry(
        "“—”: line not filled in (not zero)",
        "«—»: строка не заполнена (не ноль)",
        "«—»: жол толтырылмаған (нөл емес)",
    ),
    "doc_protocol_col_rule": Entry(
        "Ratio (line numbers)",
        "Соотношение (номера строк)",
        "Қатынас (жол нөмірлері)",
    ),
    "doc_protocol_col_values": Entry(
        "Values",
        "Значения",
        "Мәндері",
    ),
    "doc_protocol_col_kind": Entry(
        "Kind",
        "Вид",
        "Түрі",
    ),
    "doc_protocol_col_result": Entry(
        "Result",
        "Результат",
        "Нәтижесі",
    ),
    "doc_protocol_holds": Entry(
        "holds",
        "выполняется",
        "сақталды",
    ),
    "doc_protocol_fails": Entry(
        "fails",
        "не выполняется",
        "сақталмады",
    ),
    "doc_protocol_unknown": Entry(
        "line empty",
        "строка не заполнена",
        "жол толтырылмаған",
    ),
    "doc_protocol_difference": Entry(
        "difference",
        "разница",
        "айырма",
    ),
    "doc_protocol_explained": Entry(
        "explained: annex {n}",
        "объяснение: приложение №\u00a0{n}",
        "түсініктеме: №\u00a0{n} қосымша",
    ),
    "doc_protocol_signatures": Entry(
        "Signatures of the commission members",
        "Подписи членов комиссии",
        "Комиссия мүшелерінің қолдары",
    ),
    "doc_protocol_col_role": Entry(
        "Role",
        "Должность",
        "Лауазымы",
    ),
    "doc_protocol_col_sign": Entry(
        "Signature",
        "Подпись",
        "Қолы",
    ),
    "doc_protocol_col_note": Entry(
        "Note",
        "Отметка",
        "Белгі",
    ),
    "doc_protocol_role_chair": Entry(
        "Chair",
        "Председатель комиссии",
        "Комиссия төрағасы",
    ),
    "doc_protocol_role_deputy_chair": Entry(
        "Deputy chair",
        "Заместитель председателя",
        "Төраға орынбасары",
    ),
    "doc_protocol_role_secretary": Entry(
        "Secretary",
        "Секретарь комиссии",
        "Комиссия хатшысы",
    ),
    "doc_protocol_role_member": Entry(
        "Member",
        "Член комиссии",
        "Комиссия мүшесі",
    ),
    "doc_protocol_annex_ref": Entry(
        "annex {n}",
        "приложение №\u00a0{n}",
        "№\u00a0{n} қосымша",
    ),
    "doc_protocol_absent": Entry(
        "absent",
        "отсутствовал(а)",
        "болмады",
    ),
    "doc_protocol_signed_at": Entry(
        "Date and time of signing",
        "Дата и время подписания протокола",
        "Хаттамаға қол қойылған күні мен уақыты",
    ),
    "doc_protocol_seal": Entry(
        "Seal",
        "М.П.",
        "М.О.",
    ),
    "doc_protocol_annex": Entry(
        "Annex {n} to the protocol",
        "Приложение №\u00a0{n} к протоколу",
        "Хаттамаға №\u00a0{n} қосымша",
    ),
    "doc_protocol_annex_warnings": Entry(
        "Explanations of the control-ratio warnings",
        "Объяснения по предупреждениям о контрольных соотношениях",
        "Бақылау қатынастары бойынша ескертулерге түсініктемелер",
    ),
    "doc_protocol_annex_overrides": Entry(
        "Computed values replaced by the commission",
        "Изменение вычисленных значений",
        "Есептелген мәндердің өзгертілуі",
    ),
    "doc_protocol_annex_dissent": Entry(
        "Dissenting opinions of commission members",
        "Особые мнения членов комиссии",
        "Комиссия мүшелерінің ерекше пікірлері",
    ),
    "doc_protocol_explanation": Entry(
        "Explanation",
        "Объяснение",
        "Түсініктеме",
    ),
    "doc_protocol_line": Entry(
        "Line {n}",
        "Строка {n}",
        "{n}-жол",
    ),
    "doc_protocol_computed": Entry(
        "Computed value",
        "Вычисленное значение",
        "Есептелген мән",
    ),
    "doc_protocol_in_protocol": Entry(
        "Value in the protocol",
        "Значение в протоколе",
        "Хаттамадағы мән",
    ),
    "doc_protocol_printed": Entry(
        "Printed",
        "Напечатано",
        "Басып шығарылды",
    ),
    # The turnout report (services.turnout_pdf).
    "doc_turnout_title": Entry(
        "Voter turnout report",
        "Сведения о явке избирателей",
        "Сайлаушылардың дауыс беруге қатысуы туралы мәлімет",
    ),
    "doc_precinct": Entry(
        "Polling station No. {number}",
        "Избирательный участок № {number}",
        "№ {number} сайлау учаскесі",
    ),
    "doc_turnout_as_of": Entry(
        "As of {time}, {date} ({zone})",
        "По состоянию на {time} {date} ({zone})",
        "{date} ж. сағ. {time} жағдай бойынша ({zone})",
    ),
    "doc_turnout_live": Entry(
        "Turnout now",
        "Текущая явка",
        "Ағымдағы қатысу",
    ),
    "doc_turnout_on_list": Entry(
        "Number of voters on the list",
        "Число избирателей в списке",
        "Тізімдегі сайлаушылар саны",
    ),
    "doc_turnout_issued": Entry(
        "Ballots issued",
        "Число выданных бюллетеней",
        "Берілген бюллетеньдер саны",
    ),
    "doc_turnout_percent": Entry(
        "Turnout, %",
        "Явка, %",
        "Қатысу, %",
    ),
    "doc_turnout_issued_short": Entry(
        "Ballots issued",
        "Выдано бюллетеней",
        "Берілген бюллетеньдер",
    ),
    "doc_turnout_snapshots": Entry(
        "Turnout at the report times",
        "Явка на установленное время",
        "Белгіленген уақыттағы қатысу",
    ),
    "doc_turnout_section": Entry(
        "Section",
        "Раздел",
        "Бөлім",
    ),
    "doc_turnout_hour_axis": Entry(
        "hour (local time)",
        "час (местное время)",
        "сағат (жергілікті уақыт)",
    ),
    "doc_turnout_hour_open": Entry(
        "* current hour, so far",
        "* текущий час, на данный момент",
        "* ағымдағы сағат, әзірге",
    ),
    "doc_turnout_definition": Entry(
        "Turnout = ballots issued / voters on the list. Figures at a report time are fixed at that time and never change. No vote totals are included.",
        "Явка = выданные бюллетени / избиратели в списке. Данные на установленное время фиксируются в этот момент и не изменяются. Итоги голосования в сведения не включаются.",
        "Қатысу = берілген бюллетеньдер / тізімдегі сайлаушылар. Белгіленген уақыттағы деректер сол сәтте бекітіледі және өзгермейді. Дауыс беру нәтижелері бұл мәліметке енгізілмейді.",
    ),
    # The paper list (services.paper_list): exclusion reasons and bases of an addition
    # are the catalog's reason_* and basis_* words.
    "doc_list_title": Entry(
        "Voter list: ballot issuance marks",
        "Список избирателей: отметки о выдаче бюллетеней",
        "Сайлаушылар тізімі: бюллетеньдер берілгені туралы белгілер",
    ),
    "doc_list_subtitle": Entry(
        "Paper copy — to carry on if the computer fails",
        "Бумажная копия — для продолжения работы при отказе компьютера",
        "Қағаз нұсқасы — компьютер істен шыққанда жұмысты жалғастыру үшін",
    ),
    "doc_list_state_at": Entry(
        "State at {time}, {date}",
        "По состоянию на {time} {date}",
        "{date} ж. сағ. {time} жағдай бойынша",
    ),
    "doc_list_on_list": Entry(
        "On the list",
        "В списке",
        "Тізімде",
    ),
    "doc_list_excluded_count": Entry(
        "excluded",
        "исключено",
        "тізімнен шығарылған",
    ),
    "doc_list_added_count": Entry(
        "added on the day",
        "включено в день голосования",
        "күні қосылған",
    ),
    "doc_list_issued_count": Entry(
        "ballots issued",
        "выдано бюллетеней",
        "берілген бюллетеньдер",
    ),
    "doc_list_replaced_count": Entry(
        "replaced",
        "заменено",
        "ауыстырылған",
    ),
    "doc_list_legend": Entry(
        "An empty box: no ballot issued when this was printed; from then on marks are made by hand.",
        "Пустая клетка: на момент печати бюллетень не выдан; далее отметки ставятся от руки.",
        "Бос шаршы: басып шығарған сәтте бюллетень берілмеген; бұдан әрі белгілер қолмен қойылады.",
    ),
    "doc_list_col_name": Entry(
        "Surname, name, patronymic",
        "Фамилия, имя, отчество",
        "Тегі, аты, әкесінің аты",
    ),
    "doc_list_col_year": Entry(
        "Birth year",
        "Год рожд.",
        "Туған жылы",
    ),
    "doc_list_col_address": Entry(
        "Address",
        "Адрес",
        "Мекенжайы",
    ),
    "doc_list_col_note": Entry(
        "Note",
        "Примечание",
        "Ескертпе",
    ),
    "doc_list_premises": Entry(
        "in the premises",
        "в помещении",
        "үй-жайда",
    ),
    "doc_list_replaced": Entry(
        "replaced {time}",
        "заменён {time}",
        "ауыстырылды {time}",
    ),
    "doc_list_undone": Entry(
        "issuance undone {time}",
        "выдача отменена {time}",
        "беру болдырылмады {time}",
    ),
    "doc_list_excluded": Entry(
        "excluded",
        "исключён(а)",
        "тізімнен шығарылды",
    ),
    "doc_list_section": Entry(
        "Section {section}",
        "Раздел {section}",
        "{section}-бөлім",
    ),
    "doc_list_no_section": Entry(
        "No section",
        "Без раздела",
        "Бөлімсіз",
    ),
}
