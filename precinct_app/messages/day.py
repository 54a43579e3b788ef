"""Messages of the voting day: phases, permissions, issuance, corrections."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # Words substituted for the params named role, action and phase (see messages.text).
    "role_chair": Entry("chair", "председатель", "төраға"),
    "role_deputy_chair": Entry("deputy chair", "заместитель председателя", "төраға орынбасары"),
    "role_secretary": Entry("secretary", "секретарь", "хатшы"),
    "role_member": Entry("member", "член комиссии", "комиссия мүшесі"),
    "action_open_close": Entry(
        "open or close voting", "открывать и закрывать голосование",
        "дауыс беруді ашу және жабу",
    ),
    "action_issue": Entry(
        "issue or replace ballots", "выдавать и заменять бюллетени",
        "бюллетеньдерді беру және ауыстыру",
    ),
    "action_undo": Entry(
        "undo an issuance", "отменять выдачу бюллетеня", "бюллетень беруді болдырмау"
    ),
    "action_list_change": Entry(
        "change the voter list", "изменять список избирателей", "сайлаушылар тізімін өзгерту"
    ),
    "action_outside_apply": Entry(
        "register outside-voting applications", "регистрировать заявления о голосовании вне помещения",
        "үй-жайдан тыс дауыс беру өтініштерін тіркеу",
    ),
    "action_outside_trip": Entry(
        "go on an outside-voting trip", "выезжать для голосования вне помещения",
        "үй-жайдан тыс дауыс беруге шығу",
    ),
    "action_receive_ballots": Entry(
        "correct the act of receipt", "исправлять акт получения бюллетеней",
        "бюллетеньдерді алу актісін түзету",
    ),
    "phase_setup": Entry("set-up", "подготовка", "дайындық"),
    "phase_voting_open": Entry("voting open", "голосование открыто", "дауыс беру ашық"),
    "phase_voting_closed": Entry("voting closed", "голосование закрыто", "дауыс беру жабық"),
    "phase_counting": Entry("counting", "подсчёт голосов", "дауыстарды санау"),
    "phase_signed": Entry("protocol signed", "протокол подписан", "хаттамаға қол қойылды"),
    # Refusals.
    "member_unknown": Entry(
        "no commission member has the id {member}",
        "нет члена комиссии с идентификатором {member}",
        "{member} идентификаторы бар комиссия мүшесі жоқ",
    ),
    "permission_denied": Entry(
        "{name} ({role}) may not {action}",
        "{name} ({role}) не может {action}",
        "{name} ({role}) үшін рұқсат жоқ: {action}",
    ),
    "voting_not_open": Entry(
        "voting is not open (the station is in: {phase})",
        "голосование не открыто (этап: {phase})",
        "дауыс беру ашық емес (кезең: {phase})",
    ),
    "phase_cannot_open": Entry(
        "voting can be opened only during set-up (the station is in: {phase})",
        "открыть голосование можно только на этапе подготовки (этап: {phase})",
        "дауыс беруді тек дайындық кезеңінде ашуға болады (кезең: {phase})",
    ),
    "phase_cannot_close": Entry(
        "only open voting can be closed (the station is in: {phase})",
        "закрыть можно только открытое голосование (этап: {phase})",
        "тек ашық дауыс беруді жабуға болады (кезең: {phase})",
    ),
    "voting_opens_at": Entry(
        "voting opens at {opens}", "голосование открывается в {opens}",
        "дауыс беру ашылатын уақыт: {opens}",
    ),
    "voting_hours_over": Entry(
        "voting hours ({opens}-{closes}) are over", "время голосования ({opens}-{closes}) истекло",
        "дауыс беру уақыты ({opens}-{closes}) аяқталды",
    ),
    "voting_closes_at": Entry(
        "voting closes at {closes}; only a special station may close earlier",
        "голосование закрывается в {closes}; раньше может закрыться только особый участок",
        "дауыс беру жабылатын уақыт: {closes}; тек ерекше учаске ертерек жабыла алады",
    ),
    "close_early_needs_reason": Entry(
        "not every voter has a ballot: closing before {closes} needs a reason (--reason)",
        "не все избиратели получили бюллетени: для закрытия до {closes} нужна причина (--reason)",
        "барлық сайлаушы бюллетень алған жоқ: жабылу уақытынан ({closes}) бұрын жабу үшін себеп керек (--reason)",
    ),
    "receipt_only_in_setup": Entry(
        "the act of receipt can be corrected only before voting opens (the station is in: {phase})",
        "акт получения можно исправить только до открытия голосования (этап: {phase})",
        "алу актісін тек дауыс беру ашылғанға дейін түзетуге болады (кезең: {phase})",
    ),
    "count_negative": Entry(
        "the number cannot be negative: {value}", "число не может быть отрицательным: {value}",
        "сан теріс бола алмайды: {value}",
    ),
    "contest_unknown": Entry(
        "no contest has the id {contest}", "нет голосования с идентификатором {contest}",
        "{contest} идентификаторы бар дауыс беру жоқ",
    ),
    "contest_required": Entry(
        "name the contest (--contest): {contests}", "укажите голосование (--contest): {contests}",
        "дауыс беруді көрсетіңіз (--contest): {contests}",
    ),
    "voter_not_found": Entry(
        "no voter with IIN or list number {voter}",
        "нет избирателя с ИИН или номером в списке {voter}",
        "ЖСН немесе тізімдегі нөмірі {voter} сайлаушы жоқ",
    ),
    "place_unknown": Entry(
        "unknown place of issue: {place}", "неизвестное место выдачи: {place}",
        "белгісіз беру орны: {place}",
    ),
    "document_unknown": Entry(
        "unknown document type {document} (known: {known})",
        "неизвестный тип документа {document} (допустимые: {known})",
        "белгісіз құжат түрі {document} (рұқсат етілгендер: {known})",
    ),
    "voter_excluded": Entry(
        "voter no. {list_no} is excluded from the list: {reason}",
        "избиратель № {list_no} исключён из списка: {reason}",
        "№ {list_no} сайлаушы тізімнен шығарылған: {reason}",
    ),
    "already_issued": Entry(
        "voter no. {list_no} already has a ballot for {contest}: issued at {at} by {member}",
        "избирателю № {list_no} уже выдан бюллетень ({contest}): в {at}, выдал(а) {member}",
        "№ {list_no} сайлаушыға бюллетень ({contest}) берілген: сағат {at}, берген {member}",
    ),
    "already_issued_elsewhere": Entry(
        "voter no. {list_no} was just issued a ballot for {contest} at another desk",
        "избирателю № {list_no} только что выдан бюллетень ({contest}) за другим столом",
        "№ {list_no} сайлаушыға бюллетень ({contest}) басқа үстелде жаңа ғана берілді",
    ),
    "outside_no_application": Entry(
        "voter no. {list_no} has no application to vote outside the premises",
        "у избирателя № {list_no} нет заявления о голосовании вне помещения",
        "№ {list_no} сайлаушының үй-жайдан тыс дауыс беру туралы өтініші жоқ",
    ),
    "trip_not_open": Entry(
        "trip {trip} is not under way for this contest",
        "выезд {trip} не ведётся для этого голосования",
        "{trip} шығу бұл дауыс беру үшін жүріп жатқан жоқ",
    ),
    "trip_only_outside": Entry(
        "a trip ({trip}) applies only to ballots issued outside the premises",
        "выезд ({trip}) относится только к бюллетеням, выданным вне помещения",
        "шығу ({trip}) тек үй-жайдан тыс берілген бюллетеньдерге қатысты",
    ),
    "no_live_ballot": Entry(
        "voter no. {list_no} holds no ballot for {contest}",
        "у избирателя № {list_no} нет выданного бюллетеня ({contest})",
        "№ {list_no} сайлаушыда бюллетень ({contest}) жоқ",
    ),
    "already_replaced": Entry(
        "voter no. {list_no} has already had the one replacement for {contest}",
        "избирателю № {list_no} уже заменяли бюллетень ({contest}); замена возможна один раз",
        "№ {list_no} сайлаушының бюллетені ({contest}) бір рет ауыстырылған",
    ),
    "undo_needs_reason": Entry(
        "undoing an issuance needs a written reason",
        "для отмены выдачи нужна письменная причина",
        "беруді болдырмау үшін жазбаша себеп керек",
    ),
    # Outcomes.
    "day_opened": Entry(
        "voting opened at {at} by {member}", "голосование открыто в {at}, открыл(а) {member}",
        "дауыс беру ашылды: уақыты {at}, ашқан {member}",
    ),
    "day_closed": Entry(
        "voting closed at {at} by {member}", "голосование закрыто в {at}, закрыл(а) {member}",
        "дауыс беру жабылды: уақыты {at}, жапқан {member}",
    ),
    "training_outside_hours": Entry(
        "TRAINING: outside the voting hours; allowed because this is training",
        "УЧЕБНЫЙ РЕЖИМ: вне времени голосования; разрешено в учебном режиме",
        "ОҚУ РЕЖИМІ: дауыс беру уақытынан тыс; оқу режимінде рұқсат етіледі",
    ),
    "ballots_received_set": Entry(
        "ballots received for {contest}: {before} -> {after}",
        "получено бюллетеней ({contest}): {before} -> {after}",
        "алынған бюллетеньдер ({contest}): {before} -> {after}",
    ),
    "ballot_issued": Entry(
        "ballot for {contest} issued to voter no. {list_no} at {at} by {member}",
        "бюллетень ({contest}) выдан избирателю № {list_no} в {at}, выдал(а) {member}",
        "№ {list_no} сайлаушыға бюллетень ({contest}) берілді: уақыты {at}, берген {member}",
    ),
    "ballot_spoiled": Entry(
        "spoiled ballot of voter no. {list_no} ({contest}) replaced at {at} by {member}",
        "испорченный бюллетень избирателя № {list_no} ({contest}) заменён в {at}, {member}",
        "№ {list_no} сайлаушының бүлінген бюллетені ({contest}) ауыстырылды: уақыты {at}, {member}",
    ),
    "ballot_undone": Entry(
        "issuance to voter no. {list_no} ({contest}) undone at {at} by {member}",
        "выдача избирателю № {list_no} ({contest}) отменена в {at}, {member}",
        "№ {list_no} сайлаушыға беру ({contest}) болдырылмады: уақыты {at}, {member}",
    ),
    # List changes on the day.
    "basis_unknown": Entry(
        "unknown basis {basis} (known: {known})", "неизвестное основание {basis} (допустимые: {known})",
        "белгісіз негіз {basis} (рұқсат етілгендер: {known})",
    ),
    "name_required": Entry(
        "surname and given name are required", "нужны фамилия и имя", "тегі мен аты керек"
    ),
    "reference_required": Entry(
        "the document reference is required (--reference)",
        "нужны реквизиты документа (--reference)", "құжат деректемелері керек (--reference)",
    ),
    "iin_invalid_day": Entry(
        "not a valid IIN: {iin}", "недействительный ИИН: {iin}", "жарамсыз ЖСН: {iin}"
    ),
    "iin_already_listed": Entry(
        "a voter with this IIN is already on the list",
        "избиратель с этим ИИН уже есть в списке", "бұл ЖСН-мен сайлаушы тізімде бар",
    ),
    "exclude_needs_reason": Entry(
        "excluding a voter needs a reason", "для исключения избирателя нужна причина",
        "сайлаушыны шығару үшін себеп керек",
    ),
    "voter_added": Entry(
        "voter added with list number {list_no}", "избиратель добавлен под номером {list_no}",
        "сайлаушы {list_no} нөмірімен қосылды",
    ),
    "voter_excluded_done": Entry(
        "voter no. {list_no} excluded", "избиратель № {list_no} исключён",
        "№ {list_no} сайлаушы шығарылды",
    ),
    # Outside voting.
    "outside_needs_reason": Entry(
        "an application needs its reason", "в заявлении нужна причина", "өтініште себеп керек"
    ),
    "outside_already_applied": Entry(
        "voter no. {list_no} has already applied to vote outside the premises",
        "избиратель № {list_no} уже подал заявление о голосовании вне помещения",
        "№ {list_no} сайлаушы үй-жайдан тыс дауыс беруге өтініш берген",
    ),
    "outside_late_needs_reason": Entry(
        "applications after {deadline} need a recorded reason (--late-reason)",
        "заявления после {deadline} принимаются с указанием причины (--late-reason)",
        "мерзімнен ({deadline}) кейінгі өтініштерге себеп керек (--late-reason)",
    ),
    "trip_needs_two_members": Entry(
        "a trip needs two different members", "для выезда нужны два разных члена комиссии",
        "шығу үшін екі түрлі комиссия мүшесі керек",
    ),
    "trip_too_many_ballots": Entry(
        Plural(
            count="ballots",
            one="{ballots} ballot exceeds the applications still waiting ({applications})",
            other="{ballots} ballots exceed the applications still waiting ({applications})",
        ),
        Plural(
            count="ballots",
            one="{ballots} бюллетень больше, чем ожидающих заявлений ({applications})",
            few="{ballots} бюллетеня больше, чем ожидающих заявлений ({applications})",
            many="{ballots} бюллетеней больше, чем ожидающих заявлений ({applications})",
            other="{ballots} бюллетеня больше, чем ожидающих заявлений ({applications})",
        ),
        "{ballots} бюллетень күтудегі өтініштерден ({applications}) көп",
    ),
    "trip_unbalanced": Entry(
        "the trip does not balance: taken {taken} != issued {issued} + returned {returned}"
        " + spoiled {spoiled}",
        "выезд не сходится: взято {taken} != выдано {issued} + возвращено {returned}"
        " + испорчено {spoiled}",
        "шығу теңгерілмейді: алынды {taken} != берілді {issued} + қайтарылды {returned}"
        " + бүлінді {spoiled}",
    ),
    "outside_applied": Entry(
        "application {id} registered for voter no. {list_no}",
        "заявление {id} зарегистрировано для избирателя № {list_no}",
        "№ {list_no} сайлаушының {id} өтініші тіркелді",
    ),
    "trip_started": Entry(
        "trip {trip} started with {ballots} ballots ({contest})",
        "выезд {trip} начат, взято бюллетеней: {ballots} ({contest})",
        "{trip} шығу басталды, алынған бюллетеньдер: {ballots} ({contest})",
    ),
    "trip_ended": Entry(
        "trip {trip} ended: taken {taken} = issued {issued} + returned {returned}"
        " + spoiled {spoiled}",
        "выезд {trip} завершён: взято {taken} = выдано {issued} + возвращено {returned}"
        " + испорчено {spoiled}",
        "{trip} шығу аяқталды: алынды {taken} = берілді {issued} + қайтарылды {returned}"
        " + бүлінді {spoiled}",
    ),
    "turnout_line": Entry(
        Plural(
            count="on_list",
            one="{contest}: {issued} of {on_list} voter ({percent}%)",
            other="{contest}: {issued} of {on_list} voters ({percent}%)",
        ),
        Plural(
            count="on_list",
            one="{contest}: {issued} из {on_list} избирателя ({percent}%)",
            few="{contest}: {issued} из {on_list} избирателей ({percent}%)",
            many="{contest}: {issued} из {on_list} избирателей ({percent}%)",
            other="{contest}: {issued} из {on_list} избирателя ({percent}%)",
        ),
        "{contest}: {on_list} сайлаушыдан {issued} ({percent}%)",
    ),
}
