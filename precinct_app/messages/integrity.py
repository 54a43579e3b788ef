"""Messages of reconciliation (services.reconcile), the altered signed protocol and the
audit head anchor (services.anchor, ``verify --head``)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # The verdicts.
    "integrity_ok": Entry(
        "the records agree with the audit log ({events} events replayed)",
        "записи участка совпадают с журналом аудита (проверено событий: {events})",
        "учаске жазбалары аудит журналымен сәйкес ({events} оқиға тексерілді)",
    ),
    "integrity_failed": Entry(
        "the station database was changed outside the program: {count} record(s) do not "
        "agree with the audit log; the first: {first}",
        "база участка изменена в обход программы: записей, не совпадающих с журналом "
        "аудита: {count}; первая: {first}",
        "учаске дерекқоры бағдарламадан тыс өзгертілген: аудит журналына сәйкес емес "
        "жазбалар саны: {count}; біріншісі: {first}",
    ),
    "integrity_chain_broken": Entry(
        "the station database was changed outside the program: {first}",
        "база участка изменена в обход программы: {first}",
        "учаске дерекқоры бағдарламадан тыс өзгертілген: {first}",
    ),
    "integrity_event_unreadable": Entry(
        "event {seq} ({event}) does not hold what such an event records",
        "событие {seq} ({event}) не содержит того, что записывает такое событие",
        "{seq} оқиға ({event}) мұндай оқиға жазатын деректерді қамтымайды",
    ),
    "integrity_more": Entry(
        "… and {count} more",
        "… и ещё {count}",
        "… және тағы {count}",
    ),
    "protocol_altered_after_signing": Entry(
        "the protocol of {contest} (version {version}) was changed in the database after "
        "signing: its values no longer give its code {protocol_code}; it is not printed or exported",
        "протокол {contest} (версия {version}) изменён в базе после подписания: его "
        "значения больше не дают код {protocol_code}; он не печатается и не выгружается",
        "{contest} хаттамасы ({version} нұсқа) қол қойылғаннан кейін дерекқорда өзгертілген: "
        "мәндері енді {protocol_code} кодын бермейді; ол басылмайды және экспортталмайды",
    ),
    # One discrepancy each.
    "integrity_list_count": Entry(
        Plural(
            count="rows",
            one="the list holds {rows} imported voter, the voters.imported events {logged}",
            other="the list holds {rows} imported voters, the voters.imported events {logged}",
        ),
        Plural(
            count="rows",
            one="в списке {rows} импортированный избиратель, по событиям voters.imported — {logged}",
            few="в списке {rows} импортированных избирателя, по событиям voters.imported — {logged}",
            many="в списке {rows} импортированных избирателей, по событиям voters.imported — {logged}",
            other="в списке {rows} импортированного избирателя, по событиям voters.imported — {logged}",
        ),
        "тізімде {rows} импортталған сайлаушы, voters.imported оқиғалары бойынша — {logged}",
    ),
    "integrity_added_no_row": Entry(
        "No. {list_no}: voter.added at event {seq}, no voter added on the list",
        "№ {list_no}: voter.added в событии {seq}, в списке нет добавленного избирателя",
        "№ {list_no}: {seq} оқиғадағы voter.added, тізімде қосылған сайлаушы жоқ",
    ),
    "integrity_added_no_event": Entry(
        "No. {list_no}: added to the list, no voter.added event",
        "№ {list_no}: добавлен в список, события voter.added нет",
        "№ {list_no}: тізімге қосылған, voter.added оқиғасы жоқ",
    ),
    "integrity_excluded_no_row": Entry(
        "No. {list_no}: voter.excluded at event {seq}, the voter is not excluded on the list",
        "№ {list_no}: voter.excluded в событии {seq}, в списке избиратель не исключён",
        "№ {list_no}: {seq} оқиғадағы voter.excluded, тізімде сайлаушы шығарылмаған",
    ),
    "integrity_excluded_no_event": Entry(
        "No. {list_no}: excluded on the list, no voter.excluded event",
        "№ {list_no}: исключён из списка, события voter.excluded нет",
        "№ {list_no}: тізімнен шығарылған, voter.excluded оқиғасы жоқ",
    ),
    "integrity_issued_no_row": Entry(
        "No. {list_no}: ballot.issued at event {seq} ({contest}), no issuance row",
        "№ {list_no}: ballot.issued в событии {seq} ({contest}), записи о выдаче нет",
        "№ {list_no}: {seq} оқиғадағы ballot.issued ({contest}), беру жазбасы жоқ",
    ),
    "integrity_issuance_no_event": Entry(
        "No. {list_no}: issuance row {issuance} ({contest}), no ballot.issued event",
        "№ {list_no}: запись о выдаче {issuance} ({contest}), события ballot.issued нет",
        "№ {list_no}: {issuance} беру жазбасы ({contest}), ballot.issued оқиғасы жоқ",
    ),
    "integrity_issuance_differs": Entry(
        "No. {list_no}: the issuance row of event {seq} ({contest}) differs from the event",
        "№ {list_no}: запись о выдаче события {seq} ({contest}) отличается от события",
        "№ {list_no}: {seq} оқиғаның беру жазбасы ({contest}) оқиғадан өзгеше",
    ),
    "integrity_undo_no_row": Entry(
        "No. {list_no}: ballot.undone for the ballot of event {seq} ({contest}), "
        "the issuance row is not undone",
        "№ {list_no}: ballot.undone для бюллетеня события {seq} ({contest}), "
        "запись о выдаче не отменена",
        "№ {list_no}: {seq} оқиғаның бюллетеніне ballot.undone ({contest}), "
        "беру жазбасы болдырылмаған",
    ),
    "integrity_undo_no_event": Entry(
        "No. {list_no}: the ballot of event {seq} ({contest}) is undone, no ballot.undone event",
        "№ {list_no}: бюллетень события {seq} ({contest}) отменён, события ballot.undone нет",
        "№ {list_no}: {seq} оқиғаның бюллетені ({contest}) болдырылмаған, "
        "ballot.undone оқиғасы жоқ",
    ),
    "integrity_spoil_no_row": Entry(
        "No. {list_no}: ballot.spoiled for the ballot of event {seq} ({contest}), "
        "no spoilage row",
        "№ {list_no}: ballot.spoiled для бюллетеня события {seq} ({contest}), "
        "записи о порче нет",
        "№ {list_no}: {seq} оқиғаның бюллетеніне ballot.spoiled ({contest}), "
        "бүліну жазбасы жоқ",
    ),
    "integrity_spoil_no_event": Entry(
        "No. {list_no}: a spoilage row for the ballot of event {seq} ({contest}), "
        "no ballot.spoiled event",
        "№ {list_no}: запись о порче бюллетеня события {seq} ({contest}), "
        "события ballot.spoiled нет",
        "№ {list_no}: {seq} оқиғаның бюллетенінің бүліну жазбасы ({contest}), "
        "ballot.spoiled оқиғасы жоқ",
    ),
    "integrity_application_no_row": Entry(
        "No. {list_no}: outside.applied at event {seq}, no application row",
        "№ {list_no}: outside.applied в событии {seq}, записи о заявлении нет",
        "№ {list_no}: {seq} оқиғадағы outside.applied, өтініш жазбасы жоқ",
    ),
    "integrity_application_no_event": Entry(
        "No. {list_no}: an application to vote outside, no outside.applied event",
        "№ {list_no}: заявление о голосовании вне помещения, события outside.applied нет",
        "№ {list_no}: үй-жайдан тыс дауыс беру өтініші, outside.applied оқиғасы жоқ",
    ),
    "integrity_trip_no_row": Entry(
        "trip {trip}: outside.trip_started at event {seq}, no trip row",
        "выезд {trip}: outside.trip_started в событии {seq}, записи о выезде нет",
        "{trip} шығу: {seq} оқиғадағы outside.trip_started, шығу жазбасы жоқ",
    ),
    "integrity_trip_no_event": Entry(
        "trip {trip}: a trip row, no outside.trip_started event",
        "выезд {trip}: запись о выезде, события outside.trip_started нет",
        "{trip} шығу: шығу жазбасы бар, outside.trip_started оқиғасы жоқ",
    ),
    "integrity_trip_differs": Entry(
        "trip {trip} (event {seq}): members or ballots differ from its events",
        "выезд {trip} (событие {seq}): члены комиссии или бюллетени отличаются от событий",
        "{trip} шығу ({seq} оқиға): мүшелер немесе бюллетеньдер оқиғалардан өзгеше",
    ),
    "integrity_received_differs": Entry(
        "{contest}: {stored} ballots received in the records, {logged} by the audit log",
        "{contest}: получено бюллетеней по записям {stored}, по журналу аудита {logged}",
        "{contest}: жазбалар бойынша {stored} бюллетень алынған, аудит журналы бойынша {logged}",
    ),
    "integrity_phase_differs": Entry(
        "the station's phase is {stored}, the audit log says {logged}",
        "этап участка {stored}, по журналу аудита {logged}",
        "учаске кезеңі {stored}, аудит журналы бойынша {logged}",
    ),
    "integrity_phase_changes": Entry(
        "{rows} phase changes in the records, {logged} in the audit log",
        "смен этапа в записях {rows}, в журнале аудита {logged}",
        "жазбаларда кезең {rows} рет ауысқан, аудит журналында {logged}",
    ),
    "integrity_step_no_row": Entry(
        "counting step {step}: count.step at event {seq}, no step row",
        "шаг подсчёта {step}: count.step в событии {seq}, записи о шаге нет",
        "санау қадамы {step}: {seq} оқиғадағы count.step, қадам жазбасы жоқ",
    ),
    "integrity_step_no_event": Entry(
        "counting step {step}: a step row, no count.step event",
        "шаг подсчёта {step}: запись о шаге, события count.step нет",
        "санау қадамы {step}: қадам жазбасы бар, count.step оқиғасы жоқ",
    ),
    "integrity_snapshot_differs": Entry(
        "turnout at {time} ({contest}): the snapshot differs from event {seq}",
        "явка на {time} ({contest}): снимок отличается от события {seq}",
        "{time} кезіндегі қатысу ({contest}): көрсеткіш {seq} оқиғадан өзгеше",
    ),
    "integrity_snapshot_no_event": Entry(
        "turnout at {time} ({contest}): a snapshot, no turnout.snapshot event",
        "явка на {time} ({contest}): снимок есть, события turnout.snapshot нет",
        "{time} кезіндегі қатысу ({contest}): көрсеткіш бар, turnout.snapshot оқиғасы жоқ",
    ),
    "integrity_protocol_no_event": Entry(
        "protocol {contest} version {version}: a protocol row, no event made it",
        "протокол {contest} версия {version}: запись протокола есть, события нет",
        "{contest} хаттамасы {version} нұсқа: хаттама жазбасы бар, оқиғасы жоқ",
    ),
    "integrity_protocol_no_row": Entry(
        "protocol {contest} version {version}: in the audit log, no protocol row",
        "протокол {contest} версия {version}: есть в журнале аудита, записи протокола нет",
        "{contest} хаттамасы {version} нұсқа: аудит журналында бар, хаттама жазбасы жоқ",
    ),
    "integrity_protocol_status": Entry(
        "protocol {contest} version {version}: {stored} in the records, {logged} by the audit log",
        "протокол {contest} версия {version}: в записях {stored}, по журналу аудита {logged}",
        "{contest} хаттамасы {version} нұсқа: жазбаларда {stored}, аудит журналы бойынша {logged}",
    ),
    "integrity_value_differs": Entry(
        "protocol {contest} version {version}, line {line}: {stored} in the records, "
        "{logged} by the audit log",
        "протокол {contest} версия {version}, строка {line}: в записях {stored}, "
        "по журналу аудита {logged}",
        "{contest} хаттамасы {version} нұсқа, {line} жол: жазбаларда {stored}, "
        "аудит журналы бойынша {logged}",
    ),
    "integrity_explanation_differs": Entry(
        "protocol {contest} version {version}: the explanation of {check} differs from the "
        "audit log",
        "протокол {contest} версия {version}: объяснение {check} отличается от журнала аудита",
        "{contest} хаттамасы {version} нұсқа: {check} түсіндірмесі аудит журналынан өзгеше",
    ),
    "integrity_code_mismatch": Entry(
        "protocol {contest} version {version}: its stored values no longer give its code {protocol_code}",
        "протокол {contest} версия {version}: сохранённые значения больше не дают код {protocol_code}",
        "{contest} хаттамасы {version} нұсқа: сақталған мәндер енді {protocol_code} кодын бермейді",
    ),
    "integrity_code_differs": Entry(
        "protocol {contest} version {version}: code {stored} in the records, {logged} signed "
        "at event {seq}",
        "протокол {contest} версия {version}: код в записях {stored}, подписан {logged} "
        "в событии {seq}",
        "{contest} хаттамасы {version} нұсқа: жазбалардағы код {stored}, {seq} оқиғада "
        "{logged} қол қойылған",
    ),
    "integrity_signed_lines_differ": Entry(
        "protocol {contest} version {version}: lines {lines} differ from those signed at "
        "event {seq}",
        "протокол {contest} версия {version}: строки {lines} отличаются от подписанных "
        "в событии {seq}",
        "{contest} хаттамасы {version} нұсқа: {lines} жолдары {seq} оқиғада қол қойылғандардан "
        "өзгеше",
    ),
    "integrity_signatures_differ": Entry(
        "protocol {contest} version {version}: the members present or their dissent differ "
        "from event {seq}",
        "протокол {contest} версия {version}: присутствовавшие или их особые мнения "
        "отличаются от события {seq}",
        "{contest} хаттамасы {version} нұсқа: қатысқан мүшелер немесе ерекше пікірлер "
        "{seq} оқиғадан өзгеше",
    ),
    # The audit head anchor (services.anchor, verify --head).
    "head_anchor": Entry(
        "audit head to write down: {head}",
        "конец журнала аудита для записи: {head}",
        "жазып алуға аудит журналының соңы: {head}",
    ),
    "head_malformed": Entry(
        "the audit head {head} is not SEQ:HASH as printed (e.g. 1234:7F3A-91C2)",
        "конец журнала {head} не в виде НОМЕР:ХЕШ, как напечатано (например 1234:7F3A-91C2)",
        "журнал соңы {head} басылғандай НӨМІР:ХЕШ түрінде емес (мысалы 1234:7F3A-91C2)",
    ),
    "verify_anchor_ok": Entry(
        "the audit log passes through the head written down: {head}",
        "журнал аудита проходит через записанный конец: {head}",
        "аудит журналы жазылып алынған соңы арқылы өтеді: {head}",
    ),
    "verify_anchor_differs": Entry(
        "the audit log does not pass through the head written down {head}: event {seq} "
        "is {found}",
        "журнал аудита не проходит через записанный конец {head}: событие {seq} — {found}",
        "аудит журналы жазылып алынған {head} соңы арқылы өтпейді: {seq} оқиға — {found}",
    ),
    "verify_anchor_absent": Entry(
        "the audit log does not pass through the head written down {head}: it has no "
        "event {seq}",
        "журнал аудита не проходит через записанный конец {head}: в нём нет события {seq}",
        "аудит журналы жазылып алынған {head} соңы арқылы өтпейді: онда {seq} оқиға жоқ",
    ),
}
