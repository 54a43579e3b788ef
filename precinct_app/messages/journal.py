"""Words of the journal of complaints and acts and of disputed ballots (issue 14):
refusals, the CLI's output and help, the verification of journal.json, and the words
of the printed journal and of the protocol's annex of observers' acts."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    # Actions (services.permissions.RULES) as a refusal names them.
    "action_journal_record": Entry(
        "record a complaint, remark or act in the journal",
        "записывать жалобы, замечания и акты в журнал",
        "журналға шағымды, ескертуді немесе актіні жазу",
    ),
    "action_journal_decide": Entry(
        "record the commission's decision on a journal entry",
        "записывать решение комиссии по записи журнала",
        "журнал жазбасы бойынша комиссия шешімін жазу",
    ),
    "action_dispute": Entry(
        "record the decision on a disputed ballot",
        "записывать решение по спорному бюллетеню",
        "даулы бюллетень бойынша шешімді жазу",
    ),
    # Fields, as a refusal names them (messages.text words a ``field`` by its column_ code).
    "column_journal_from": Entry("from whom", "от кого", "кімнен"),
    "column_journal_organisation": Entry("organisation", "организация", "ұйым"),
    "column_journal_about": Entry("about what", "о чём", "не туралы"),
    "column_journal_decision": Entry("decision", "решение", "шешім"),
    "column_journal_votes_for": Entry("votes for", "голосов «за»", "«жақтап» дауыстар"),
    "column_journal_votes_against": Entry(
        "votes against", "голосов «против»", "«қарсы» дауыстар"),
    "column_journal_votes_abstained": Entry("abstained", "воздержались", "қалыс қалғандар"),
    "column_dispute_note": Entry("note", "примечание", "ескертпе"),
    # Kinds of entry and of sender (services.journal.KINDS, FROM_KINDS).
    "journal_kind_complaint": Entry("complaint", "жалоба", "шағым"),
    "journal_kind_remark": Entry("remark", "замечание", "ескерту"),
    "journal_kind_act": Entry("act on a violation", "акт о нарушении", "бұзушылық туралы акт"),
    "journal_from_observer": Entry("observer", "наблюдатель", "байқаушы"),
    "journal_from_voter": Entry("voter", "избиратель", "сайлаушы"),
    "journal_from_member": Entry("commission member", "член комиссии", "комиссия мүшесі"),
    "journal_from_other": Entry("other", "другое лицо", "басқа тұлға"),
    # Refusals.
    "journal_field_required": Entry(
        "{field}: must be filled in", "{field}: нужно заполнить", "{field}: толтыру керек",
    ),
    "journal_kind_unknown": Entry(
        "unknown kind of entry {value} (known: {known})",
        "неизвестный вид записи {value} (известные: {known})",
        "белгісіз жазба түрі {value} (белгілілері: {known})",
    ),
    "journal_from_kind_unknown": Entry(
        "unknown kind of sender {value} (known: {known})",
        "неизвестно, от кого: {value} (известные варианты: {known})",
        "кімнен екені белгісіз: {value} (белгілі нұсқалар: {known})",
    ),
    "journal_annex_only_act": Entry(
        "only an observer's act on a violation can be annexed to the protocol",
        "к протоколу прилагается только акт наблюдателя о нарушении",
        "хаттамаға тек байқаушының бұзушылық туралы актісі қоса беріледі",
    ),
    "journal_entry_unknown": Entry(
        "there is no journal entry No. {entry}",
        "в журнале нет записи № {entry}",
        "журналда № {entry} жазба жоқ",
    ),
    "journal_already_decided": Entry(
        "entry No. {entry} already has the commission's decision, and a decision is final: "
        "record a new entry referring to it",
        "по записи № {entry} решение комиссии уже записано, и оно окончательно: "
        "сделайте новую запись со ссылкой на неё",
        "№ {entry} жазба бойынша комиссия шешімі жазылған, ол түпкілікті: "
        "оған сілтеме жасап, жаңа жазба енгізіңіз",
    ),
    "vote_more_than_commission": Entry(
        "the vote counts {total} votes, but the commission has {size} members",
        "в голосовании {total} голосов, а в комиссии {size} членов",
        "дауыс беруде {total} дауыс бар, ал комиссияда {size} мүше",
    ),
    "journal_vote_short": Entry(
        "not decided: {votes_for} for, but a decision needs {needed} of the {size} members",
        "решение не принято: «за» {votes_for}, а нужно {needed} из {size} членов комиссии",
        "шешім қабылданбады: «жақтап» {votes_for}, ал {size} мүшенің {needed} дауысы керек",
    ),
    "dispute_not_counting": Entry(
        "disputed ballots are decided during the count (the station is in: {phase})",
        "спорные бюллетени решаются во время подсчёта (этап: {phase})",
        "даулы бюллетендер санау кезінде шешіледі (кезең: {phase})",
    ),
    "dispute_decision_unknown": Entry(
        "unknown decision {decision} (invalid, valid:OPTION, not_counted)",
        "неизвестное решение {decision} (invalid, valid:ВАРИАНТ, not_counted)",
        "белгісіз шешім {decision} (invalid, valid:НҰСҚА, not_counted)",
    ),
    "dispute_option_unknown": Entry(
        "unknown option {option} (known: {known})",
        "неизвестный вариант {option} (известные: {known})",
        "белгісіз нұсқа {option} (белгілілері: {known})",
    ),
    "dispute_no_not_counted_line": Entry(
        "{contest}: the protocol form has no line for valid ballots not counted",
        "{contest}: в форме протокола нет строки «действительные, но не учтённые»",
        "{contest}: хаттама нысанында «жарамды, бірақ есепке алынбаған» жолы жоқ",
    ),
    "dispute_vote_short": Entry(
        "the ballot is not decided: {votes_for} for, but {needed} of the {size} members are "
        "needed; vote again",
        "бюллетень не решён: «за» {votes_for}, а нужно {needed} из {size} членов комиссии; "
        "проголосуйте снова",
        "бюллетень шешілмеді: «жақтап» {votes_for}, ал {size} мүшенің {needed} дауысы керек; "
        "қайта дауыс беріңіз",
    ),
    "bad_dispute_vote": Entry(
        "unknown rule {value} (known: {known})",
        "неизвестное правило {value} (известные: {known})",
        "белгісіз ереже {value} (белгілілері: {known})",
    ),
    # Decisions on a disputed ballot, as said.
    "dispute_decision_invalid": Entry("invalid", "недействительный", "жарамсыз"),
    "dispute_decision_not_counted": Entry(
        "valid, not counted", "действительный, не учтён", "жарамды, есепке алынбаған"),
    "dispute_decision_valid": Entry(
        "valid: {option}", "действительный: {option}", "жарамды: {option}"),
    "dispute_rule_majority": Entry(
        "a majority of all members", "большинство от числа членов комиссии",
        "комиссия мүшелерінің көпшілігі",
    ),
    "dispute_rule_two_thirds": Entry(
        "two thirds of all members", "две трети от числа членов комиссии",
        "комиссия мүшелерінің үштен екісі",
    ),
    # The CLI's and the window's results.
    "journal_added": Entry(
        "journal entry No. {entry} recorded ({kind})",
        "запись № {entry} внесена в журнал ({kind})",
        "№ {entry} жазба журналға енгізілді ({kind})",
    ),
    "journal_decided": Entry(
        "decision on entry No. {entry} recorded: for {votes_for}, against {votes_against}, "
        "abstained {abstained}",
        "решение по записи № {entry} записано: «за» {votes_for}, «против» {votes_against}, "
        "воздержались {abstained}",
        "№ {entry} жазба бойынша шешім жазылды: «жақтап» {votes_for}, «қарсы» {votes_against}, "
        "қалыс {abstained}",
    ),
    "journal_none": Entry(
        "the journal has no entries", "в журнале нет записей", "журналда жазба жоқ"),
    "journal_pdf_written": Entry(
        "journal written to {path}", "журнал записан в {path}", "журнал {path} файлына жазылды"),
    "journal_pending": Entry(
        "no decision yet", "решения ещё нет", "шешім әлі жоқ"),
    "journal_vote": Entry(
        "for {votes_for}, against {votes_against}, abstained {abstained}",
        "«за» {votes_for}, «против» {votes_against}, воздержались {abstained}",
        "«жақтап» {votes_for}, «қарсы» {votes_against}, қалыс {abstained}",
    ),
    "dispute_recorded": Entry(
        "disputed ballot No. {dispute} ({contest}) decided: {decision}",
        "спорный бюллетень № {dispute} ({contest}) решён: {decision}",
        "№ {dispute} даулы бюллетень ({contest}) шешілді: {decision}",
    ),
    "disputes_none": Entry(
        "no disputed ballots decided", "решений по спорным бюллетеням нет",
        "даулы бюллетендер бойынша шешім жоқ",
    ),
    "dispute_tally": Entry(
        "{contest}: disputed ballots decided {total}: invalid {invalid}, valid not counted "
        "{not_counted}, valid {valid}. Add them in the protocol yourself.",
        "{contest}: решено спорных бюллетеней {total}: недействительных {invalid}, "
        "действительных не учтённых {not_counted}, действительных {valid}. "
        "Внесите их в протокол сами.",
        "{contest}: шешілген даулы бюллетендер {total}: жарамсыз {invalid}, жарамды есепке "
        "алынбаған {not_counted}, жарамды {valid}. Хаттамаға өзіңіз енгізіңіз.",
    ),
    # Help of the commands.
    "help_journal": Entry(
        "the journal of complaints, remarks and acts",
        "журнал жалоб, замечаний и актов",
        "шағымдар, ескертулер және актілер журналы",
    ),
    "help_journal_add": Entry(
        "record a complaint, remark or observer's act received now",
        "записать полученную жалобу, замечание или акт наблюдателя",
        "қабылданған шағымды, ескертуді немесе байқаушы актісін жазу",
    ),
    "help_journal_from_kind": Entry(
        "who it is from: observer, voter, member, other",
        "от кого: observer (наблюдатель), voter (избиратель), member (член комиссии), other",
        "кімнен: observer (байқаушы), voter (сайлаушы), member (комиссия мүшесі), other",
    ),
    "help_journal_from": Entry(
        "the name as the person gave it", "имя, как его назвал человек",
        "адамның өзі айтқан аты-жөні",
    ),
    "help_journal_organisation": Entry(
        "the organisation as the person gave it", "организация, как её назвал человек",
        "адамның өзі айтқан ұйымы",
    ),
    "help_journal_about": Entry("what it is about", "о чём", "не туралы"),
    "help_journal_kind": Entry(
        "complaint (default), remark, or act (an observer's act on a violation)",
        "complaint (жалоба, по умолчанию), remark (замечание) или act (акт о нарушении)",
        "complaint (шағым, әдепкі), remark (ескерту) немесе act (бұзушылық туралы акт)",
    ),
    "help_journal_annex": Entry(
        "the observer asks that the act be annexed to the protocol",
        "наблюдатель просит приложить акт к протоколу",
        "байқаушы актіні хаттамаға қоса беруді сұрайды",
    ),
    "help_journal_refers": Entry(
        "the entry this one corrects or adds to", "запись, которую эта исправляет или дополняет",
        "осы жазба түзететін немесе толықтыратын жазба",
    ),
    "help_journal_decide": Entry(
        "record the commission's decision on an entry, with the vote (final)",
        "записать решение комиссии по записи с итогами голосования (окончательно)",
        "жазба бойынша комиссия шешімін дауыс беру қорытындысымен жазу (түпкілікті)",
    ),
    "help_journal_list": Entry(
        "list the journal's entries", "показать записи журнала", "журнал жазбаларын көрсету"),
    "help_journal_pdf": Entry(
        "print the journal as a PDF file", "напечатать журнал в файл PDF",
        "журналды PDF файлына басып шығару",
    ),
    "help_count_dispute": Entry(
        "record the commission's decision on a disputed ballot (during the count)",
        "записать решение комиссии по спорному бюллетеню (во время подсчёта)",
        "даулы бюллетень бойынша комиссия шешімін жазу (санау кезінде)",
    ),
    "help_count_disputes": Entry(
        "list the disputed ballots decided, and their tally",
        "показать решения по спорным бюллетеням и их итог",
        "даулы бюллетендер бойынша шешімдер мен олардың қорытындысын көрсету",
    ),
    "help_dispute_decision": Entry(
        "invalid, valid:OPTION or not_counted", "invalid, valid:ВАРИАНТ или not_counted",
        "invalid, valid:НҰСҚА немесе not_counted",
    ),
    "help_vote_for": Entry("votes for", "голосов «за»", "«жақтап» дауыстар"),
    "help_vote_against": Entry("votes against", "голосов «против»", "«қарсы» дауыстар"),
    "help_vote_abstained": Entry("abstained", "воздержались", "қалыс қалғандар"),
    # Verifying journal.json (services.verify).
    "verify_journal_ok": Entry(
        "journal.json: entries {entries}, disputed ballots {disputes}, as the audit log "
        "records them",
        "journal.json: записей {entries}, спорных бюллетеней {disputes}, как в журнале аудита",
        "journal.json: жазбалар {entries}, даулы бюллетендер {disputes}, аудит журналындағыдай",
    ),
    "verify_journal_bad": Entry(
        "journal.json: not readable as precinct-journal/1 of this export's election, precinct "
        "and mode",
        "journal.json: не читается как precinct-journal/1 с выборами, участком и режимом этой "
        "выгрузки",
        "journal.json: осы түсірілімнің сайлауы, учаскесі және режимі бар precinct-journal/1 "
        "ретінде оқылмайды",
    ),
    "verify_journal_audit": Entry(
        "journal.json differs from the audit log: record {record} of {what} (event {seq})",
        "journal.json расходится с журналом аудита: запись {record} события {what} "
        "(событие {seq})",
        "journal.json аудит журналынан өзгеше: {what} оқиғасының {record} жазбасы "
        "({seq} оқиға)",
    ),
    # The tables against the audit log (services.reconcile through services.journal_doc).
    "integrity_journal_no_row": Entry(
        "{what} {record} (event {seq}): no such record in the tables",
        "{what} {record} (событие {seq}): такой записи нет в таблицах",
        "{what} {record} ({seq} оқиға): кестелерде мұндай жазба жоқ",
    ),
    "integrity_journal_differs": Entry(
        "{what} {record} (event {seq}): the record differs from its event",
        "{what} {record} (событие {seq}): запись отличается от события",
        "{what} {record} ({seq} оқиға): жазба оқиғадан өзгеше",
    ),
    "integrity_journal_no_event": Entry(
        "{what} {record}: a record the audit log does not hold",
        "{what} {record}: записи нет в журнале аудита",
        "{what} {record}: аудит журналында жоқ жазба",
    ),
    # The printed journal (services.journal_page).
    "doc_journal_title": Entry(
        "Journal of complaints, remarks and acts",
        "Журнал учёта жалоб, замечаний и актов",
        "Шағымдарды, ескертулерді және актілерді есепке алу журналы",
    ),
    "doc_journal_precinct": Entry(
        "Precinct election commission No. {number}",
        "Участковая избирательная комиссия № {number}",
        "№ {number} учаскелік сайлау комиссиясы",
    ),
    "doc_journal_col_no": Entry("No.", "№", "№"),
    "doc_journal_col_received": Entry("Received", "Поступило", "Түсті"),
    "doc_journal_col_from": Entry("From whom", "От кого", "Кімнен"),
    "doc_journal_col_about": Entry("About what", "Содержание", "Мазмұны"),
    "doc_journal_col_decision": Entry("Decision and vote", "Решение и голосование",
                                      "Шешім және дауыс беру"),
    "doc_journal_col_answered": Entry("Answered by, when", "Кто и когда ответил",
                                      "Кім, қашан жауап берді"),
    "doc_journal_annex_asked": Entry(
        "annex to the protocol", "приложить к протоколу", "хаттамаға қоса беру"),
    "doc_journal_refers": Entry(
        "to entry No. {entry}", "к записи № {entry}", "№ {entry} жазбаға"),
    "doc_journal_recorded_by": Entry("recorded by {name}", "записал(а) {name}", "жазған: {name}"),
    "doc_journal_empty": Entry(
        "No entries.", "Записей нет.", "Жазбалар жоқ."),
    "doc_journal_disputes": Entry(
        "Disputed ballots decided by the commission",
        "Спорные бюллетени, решённые комиссией",
        "Комиссия шешкен даулы бюллетендер",
    ),
    "doc_journal_rule": Entry(
        "Votes needed: {rule} ({needed} of {size})",
        "Нужно голосов: {rule} ({needed} из {size})",
        "Қажет дауыстар: {rule} ({size} мүшенің {needed})",
    ),
    "doc_journal_col_time": Entry("Time", "Время", "Уақыт"),
    "doc_journal_col_contest": Entry("Vote", "Голосование", "Дауыс беру"),
    "doc_journal_col_ruling": Entry("Decision", "Решение", "Шешім"),
    "doc_journal_col_vote": Entry("For / against / abstained", "За / против / возд.",
                                  "Жақтап / қарсы / қалыс"),
    "doc_journal_col_by": Entry("Recorded by", "Записал(а)", "Жазған"),
    "doc_journal_col_note": Entry("Note", "Примечание", "Ескертпе"),
    "doc_journal_tally": Entry(
        "Total decided: {total}", "Всего решено: {total}", "Барлығы шешілді: {total}"),
    "doc_journal_printed": Entry(
        "Printed {at}", "Напечатано {at}", "Басылған уақыты {at}"),
    # The protocol's annex of observers' acts (services.protocol_page).
    "doc_protocol_annex_acts": Entry(
        "Observers' acts on violations, annexed at their request",
        "Акты наблюдателей о нарушениях, приложенные по их просьбе",
        "Байқаушылардың өтініші бойынша қоса берілген бұзушылық туралы актілері",
    ),
    "doc_protocol_act_head": Entry(
        "Act No. {entry}, received {at}", "Акт № {entry}, поступил {at}",
        "№ {entry} акт, түскен уақыты {at}",
    ),
}
