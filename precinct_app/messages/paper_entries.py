"""Words of the ballots entered from the paper list after an outage (docs/domain.md §5,
``services.paper_entries``): refusals, conflicts and their resolution, the CLI, verify."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "action_paper_enter": Entry(
        "enter ballots issued from the paper list",
        "вносить бюллетени, выданные по бумажному списку",
        "қағаз тізім бойынша берілген бюллетеньдерді енгізу",
    ),
    "action_paper_resolve": Entry(
        "resolve conflicts of the paper list",
        "разрешать расхождения бумажного списка",
        "қағаз тізім сәйкессіздіктерін шешу",
    ),
    "paper_entry_wrong_phase": Entry(
        "Ballots from the paper list are entered while voting is open or closed, before the"
        " count starts (now: {phase})",
        "Бюллетени по бумажному списку вносятся, пока голосование открыто или закрыто, до"
        " начала подсчёта (сейчас: {phase})",
        "Қағаз тізім бойынша бюллетеньдер дауыс беру ашық немесе жабық кезде, санау басталғанға"
        " дейін енгізіледі (қазір: {phase})",
    ),
    "paper_resolve_wrong_phase": Entry(
        "Conflicts of the paper list are resolved from the opening of voting until the"
        " protocol is signed (now: {phase})",
        "Расхождения бумажного списка разрешаются с открытия голосования до подписания"
        " протокола (сейчас: {phase})",
        "Қағаз тізім сәйкессіздіктері дауыс беру ашылғаннан хаттамаға қол қойылғанға дейін"
        " шешіледі (қазір: {phase})",
    ),
    "paper_not_opened": Entry(
        "Voting has not been opened: there is nothing to enter from the paper list",
        "Голосование не открывалось: по бумажному списку нечего вносить",
        "Дауыс беру ашылмаған: қағаз тізімнен енгізетін ештеңе жоқ",
    ),
    "column_paper_time": Entry("time on the paper", "время на бумаге", "қағаздағы уақыт"),
    "column_paper_reason": Entry("reason", "основание", "негіздеме"),
    "paper_time_format": Entry(
        "Time on the paper: type it as HH:MM, e.g. 10:35 (typed: {value})",
        "Время на бумаге: введите как ЧЧ:ММ, например 10:35 (введено: {value})",
        "Қағаздағы уақыт: СС:ММ түрінде енгізіңіз, мысалы 10:35 (енгізілгені: {value})",
    ),
    "paper_time_future": Entry(
        "Time on the paper: {at} is later than now ({now})",
        "Время на бумаге: {at} позже текущего ({now})",
        "Қағаздағы уақыт: {at} қазіргі уақыттан ({now}) кейін",
    ),
    "paper_time_before_opening": Entry(
        "Time on the paper: {at} is before voting opened ({opened})",
        "Время на бумаге: {at} раньше открытия голосования ({opened})",
        "Қағаздағы уақыт: {at} дауыс беру ашылғанға ({opened}) дейін",
    ),
    "paper_time_after_close": Entry(
        "Time on the paper: {at} is after voting closed ({closed})",
        "Время на бумаге: {at} позже закрытия голосования ({closed})",
        "Қағаздағы уақыт: {at} дауыс беру жабылғаннан ({closed}) кейін",
    ),
    "paper_time_outside_hours": Entry(
        "Time on the paper: {at} is outside the voting hours {opens}–{closes}",
        "Время на бумаге: {at} вне часов голосования {opens}–{closes}",
        "Қағаздағы уақыт: {at} дауыс беру уақытынан {opens}–{closes} тыс",
    ),
    "paper_issuer_cannot_issue": Entry(
        "Issued by: {name} ({role}) does not issue ballots; name the member who issued it",
        "Выдал: {name} ({role}) не выдаёт бюллетени; укажите члена комиссии, который выдал",
        "Берген: {name} ({role}) бюллетень бермейді; бюллетеньді берген мүшені көрсетіңіз",
    ),
    "paper_resolution_unknown": Entry(
        "unknown resolution {value} (known: {known})",
        "неизвестное решение {value} (известные: {known})",
        "белгісіз шешім {value} (белгілілері: {known})",
    ),
    "paper_conflict_unknown": Entry(
        "There is no paper-list conflict No. {entry}",
        "Расхождения бумажного списка № {entry} нет",
        "№ {entry} қағаз тізім сәйкессіздігі жоқ",
    ),
    "paper_conflict_resolved": Entry(
        "Paper-list conflict No. {entry} is already resolved",
        "Расхождение бумажного списка № {entry} уже разрешено",
        "№ {entry} қағаз тізім сәйкессіздігі шешіліп қойған",
    ),
    "paper_conflicts_open": Entry(
        "Conflicts of the paper list not yet resolved by the chair: {count}",
        "Расхождений бумажного списка, не разрешённых председателем: {count}",
        "Төраға шешпеген қағаз тізім сәйкессіздіктері: {count}",
    ),
    "paper_act_about": Entry(
        "Paper list: voter No. {list_no} received two ballots for {contest}. {reason}",
        "Бумажный список: избиратель № {list_no} получил два бюллетеня ({contest}). {reason}",
        "Қағаз тізім: № {list_no} сайлаушы екі бюллетень алды ({contest}). {reason}",
    ),
    # Kinds of conflict and resolutions (services.paper_entries.CONFLICTS, RESOLUTIONS).
    "paper_conflict_already_issued": Entry(
        "already holds a ballot", "уже имеет бюллетень", "бюллетені бар"),
    "paper_conflict_voter_excluded": Entry(
        "excluded from the list", "исключён из списка", "тізімнен шығарылған"),
    "paper_conflict_voter_absentee": Entry(
        "holds an absentee certificate", "получил открепительное удостоверение",
        "сырттай дауыс беру куәлігін алған"),
    "paper_resolution_duplicate": Entry(
        "the same ballot recorded twice", "один бюллетень записан дважды",
        "бір бюллетень екі рет жазылған"),
    "paper_resolution_two_ballots": Entry(
        "two ballots to one voter: act in the journal",
        "два бюллетеня одному избирателю: акт в журнале",
        "бір сайлаушыға екі бюллетень: журналдағы акт"),
    # The CLI (docs/formats.md §5).
    "help_paper": Entry(
        "ballots issued from the paper list while the server was unreachable",
        "бюллетени, выданные по бумажному списку, пока сервер был недоступен",
        "сервер қолжетімсіз кезде қағаз тізім бойынша берілген бюллетеньдер",
    ),
    "help_paper_enter": Entry(
        "enter one mark of the paper list (checked; a clash becomes a conflict for the chair)",
        "внести одну отметку бумажного списка (с проверкой; расхождение — председателю)",
        "қағаз тізімнің бір белгісін енгізу (тексеріледі; сәйкессіздік төрағаға)",
    ),
    "help_paper_voter": Entry(
        "the voter: list number or IIN", "избиратель: номер в списке или ИИН",
        "сайлаушы: тізімдегі нөмірі немесе ЖСН"),
    "help_paper_at": Entry(
        "the time written on the paper, HH:MM station time",
        "время, записанное на бумаге, ЧЧ:ММ по времени участка",
        "қағазда жазылған уақыт, учаске уақытымен СС:ММ"),
    "help_paper_issued_by": Entry(
        "the member who issued the ballot (default: --member)",
        "член комиссии, выдавший бюллетень (по умолчанию --member)",
        "бюллетеньді берген мүше (әдепкі бойынша --member)"),
    "help_paper_contest": Entry(
        "a contest (repeat for several; default: every contest)",
        "выборы (повторите для нескольких; по умолчанию все)",
        "сайлау (бірнешеуі үшін қайталаңыз; әдепкі бойынша барлығы)"),
    "help_paper_conflicts": Entry(
        "the conflicts of the paper list, both sides", "расхождения бумажного списка, обе стороны",
        "қағаз тізім сәйкессіздіктері, екі жағы да"),
    "help_paper_resolve": Entry(
        "the chair resolves a conflict with a reason", "председатель разрешает расхождение с"
        " основанием", "төраға сәйкессіздікті негіздемемен шешеді"),
    "help_paper_as": Entry(
        "duplicate: the same ballot recorded twice; two_ballots: an act in the journal",
        "duplicate: один бюллетень записан дважды; two_ballots: акт в журнале",
        "duplicate: бір бюллетень екі рет жазылған; two_ballots: журналдағы акт"),
    "paper_entered": Entry(
        "No. {list_no}, {contest}: entered, issued at {at} by {member}",
        "№ {list_no}, {contest}: внесено, выдан в {at}, выдал {member}",
        "№ {list_no}, {contest}: енгізілді, {at} уақытта берілді, берген {member}",
    ),
    "paper_entered_conflict": Entry(
        "No. {list_no}, {contest}: CONFLICT No. {entry}, {conflict}: for the chair",
        "№ {list_no}, {contest}: РАСХОЖДЕНИЕ № {entry}, {conflict}: председателю",
        "№ {list_no}, {contest}: № {entry} СӘЙКЕССІЗДІК, {conflict}: төрағаға",
    ),
    "paper_conflicts_none": Entry(
        "No conflicts of the paper list", "Расхождений бумажного списка нет",
        "Қағаз тізім сәйкессіздіктері жоқ"),
    "paper_conflict_paper_side": Entry(
        "paper: {at} by {member}, desk {desk}, entered {entered} by {enterer}",
        "бумага: {at}, выдал {member}, стол {desk}, внесено {entered}, внёс {enterer}",
        "қағаз: {at}, берген {member}, үстел {desk}, енгізілді {entered}, енгізген {enterer}",
    ),
    "paper_conflict_other_side": Entry(
        "recorded: {at} by {member}, desk {desk}",
        "в системе: {at}, выдал {member}, стол {desk}",
        "жүйеде: {at}, берген {member}, үстел {desk}",
    ),
    "paper_conflict_open": Entry("OPEN", "НЕ РАЗРЕШЕНО", "ШЕШІЛМЕГЕН"),
    "paper_resolved_line": Entry(
        "resolved {at} by {member}: {resolution}. {reason}",
        "разрешено {at}, {member}: {resolution}. {reason}",
        "шешілді {at}, {member}: {resolution}. {reason}",
    ),
    "paper_resolved": Entry(
        "Conflict No. {entry} resolved: {resolution}",
        "Расхождение № {entry} разрешено: {resolution}",
        "№ {entry} сәйкессіздік шешілді: {resolution}",
    ),
    "paper_resolved_act": Entry(
        "Conflict No. {entry} resolved: {resolution} (journal entry No. {journal})",
        "Расхождение № {entry} разрешено: {resolution} (запись журнала № {journal})",
        "№ {entry} сәйкессіздік шешілді: {resolution} (журнал жазбасы № {journal})",
    ),
    # Verify (services.reconcile through paper_entries.discrepancies).
    "integrity_paper_no_event": Entry(
        "A paper-list entry for No. {list_no} ({contest}) has no event in the audit log",
        "Запись по бумажному списку для № {list_no} ({contest}) не имеет события в журнале"
        " аудита",
        "№ {list_no} ({contest}) үшін қағаз тізім жазбасының аудит журналында оқиғасы жоқ",
    ),
    "integrity_paper_no_row": Entry(
        "The paper-list entry for No. {list_no} ({contest}) of event {seq} is missing from"
        " the tables",
        "Запись по бумажному списку для № {list_no} ({contest}) из события {seq} отсутствует"
        " в таблицах",
        "{seq} оқиғасындағы № {list_no} ({contest}) қағаз тізім жазбасы кестелерде жоқ",
    ),
    "integrity_paper_differs": Entry(
        "The paper-list entry for No. {list_no} ({contest}) differs from event {seq}",
        "Запись по бумажному списку для № {list_no} ({contest}) расходится с событием {seq}",
        "№ {list_no} ({contest}) қағаз тізім жазбасы {seq} оқиғасынан өзгеше",
    ),
}
