"""Messages of the count and the protocol: steps, refusals, the CLI's reports."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # Actions (permission refusals name them).
    "action_count": Entry(
        "record the count and enter protocol values",
        "вести подсчёт и вносить данные в протокол",
        "санауды жүргізу және хаттамаға деректер енгізу",
    ),
    "action_override": Entry(
        "override a computed line or explain a warning",
        "исправлять рассчитанную строку или объяснять предупреждение",
        "есептелген жолды түзету немесе ескертуді түсіндіру",
    ),
    "action_sign": Entry(
        "sign or correct the protocol", "подписывать или исправлять протокол",
        "хаттамаға қол қою немесе оны түзету",
    ),
    "action_export": Entry(
        "export the results", "выгружать результаты", "нәтижелерді жазып алу",
    ),
    # The steps of the count (services.counting.SEQUENCE).
    "step_cancel_unused": Entry(
        "count and cancel the unused and spoiled ballots",
        "подсчитать и погасить неиспользованные и испорченные бюллетени",
        "пайдаланылмаған және бүлінген бюллетеньдерді санап, жою",
    ),
    "step_summarise_list": Entry(
        "summarise the voter list data",
        "подвести итоги по списку избирателей",
        "сайлаушылар тізімі бойынша деректерді қорыту",
    ),
    "step_open_portable_boxes": Entry(
        "check the seals and open the portable boxes",
        "проверить пломбы и вскрыть переносные ящики",
        "пломбаларды тексеріп, жылжымалы жәшіктерді ашу",
    ),
    "step_open_stationary_box": Entry(
        "check the seals and open the stationary box",
        "проверить пломбы и вскрыть стационарный ящик",
        "пломбаларды тексеріп, тұрақты жәшікті ашу",
    ),
    "step_sort_and_count": Entry(
        "show every ballot, sort into piles and count them",
        "показать каждый бюллетень, рассортировать и подсчитать",
        "әр бюллетеньді көрсетіп, сұрыптап, санау",
    ),
    "step_fill_protocol": Entry(
        "fill in every line of the protocol",
        "заполнить все строки протокола",
        "хаттаманың барлық жолдарын толтыру",
    ),
    "step_check_protocol": Entry(
        "check the control ratios", "проверить контрольные соотношения",
        "бақылау арақатынастарын тексеру",
    ),
    "step_sign_protocol": Entry(
        "sign the protocol", "подписать протокол", "хаттамаға қол қою",
    ),
    # Refusals of the count.
    "count_step_unknown": Entry(
        "there is no counting step {step} (steps: {known})",
        "нет этапа подсчёта {step} (этапы: {known})",
        "{step} деген санау кезеңі жоқ (кезеңдер: {known})",
    ),
    "count_sign_via_protocol": Entry(
        "the protocol is signed with the signing action, not as a step",
        "протокол подписывается действием «подписать», а не как этап",
        "хаттамаға қол қою жеке әрекетпен жасалады, кезең ретінде емес",
    ),
    "count_before_close": Entry(
        "the count starts after voting is closed (the station is in: {phase})",
        "подсчёт начинается после закрытия голосования (этап: {phase})",
        "санау дауыс беру жабылғаннан кейін басталады (кезең: {phase})",
    ),
    "count_step_done": Entry(
        "this step is already recorded: {step}",
        "этот этап уже отмечен: {step}",
        "бұл кезең әлдеқашан белгіленген: {step}",
    ),
    "count_step_out_of_order": Entry(
        "the steps go in order: next is «{expected_step}», not «{step}»",
        "этапы идут по порядку: следующий — «{expected_step}», а не «{step}»",
        "кезеңдер ретімен жүреді: келесісі — «{expected_step}», «{step}» емес",
    ),
    "count_steps_pending": Entry(
        "the count is not finished: next step is «{step}»",
        "подсчёт не завершён: следующий этап — «{step}»",
        "санау аяқталған жоқ: келесі кезең — «{step}»",
    ),
    "count_trip_open": Entry(
        "{count} outside-voting trip(s) have not come back: end them before the count",
        "не завершено выездов для голосования вне помещения: {count}; завершите их до подсчёта",
        "үй-жайдан тыс дауыс беруге шыққан {count} сапар аяқталмаған: санауға дейін аяқтаңыз",
    ),
    "count_cancelled_missing": Entry(
        "enter how many ballots were cancelled for {contest} (the records expect {expected})",
        "укажите, сколько бюллетеней погашено по {contest} (по записям ожидается {expected})",
        "{contest} бойынша қанша бюллетень жойылғанын енгізіңіз (жазбалар бойынша {expected} күтіледі)",
    ),
    "count_cancelled_out_of_range": Entry(
        Plural(
            count="received",
            one="{contest}: {value} cancelled is not possible: {received} ballot was received",
            other="{contest}: {value} cancelled is not possible: {received} ballots were received",
        ),
        Plural(
            count="received",
            one="{contest}: погашено {value} — невозможно: получен {received} бюллетень",
            few="{contest}: погашено {value} — невозможно: получено {received} бюллетеня",
            many="{contest}: погашено {value} — невозможно: получено {received} бюллетеней",
            other="{contest}: погашено {value} — невозможно: получено {received} бюллетеня",
        ),
        "{contest}: {value} жойылды — мүмкін емес: {received} бюллетень алынған",
    ),
    "count_lines_empty": Entry(
        "protocol {contest}: lines {lines} are empty",
        "протокол {contest}: не заполнены строки {lines}",
        "{contest} хаттамасы: {lines} жолдары толтырылмаған",
    ),
    "count_checks_block": Entry(
        "protocol {contest}: control ratios not in order: {checks}",
        "протокол {contest}: не выполнены контрольные соотношения: {checks}",
        "{contest} хаттамасы: бақылау арақатынастары орындалмаған: {checks}",
    ),
    # Refusals of the protocol.
    "protocol_before_count": Entry(
        "protocol values are entered during the count (the station is in: {phase})",
        "данные протокола вносятся во время подсчёта (этап: {phase})",
        "хаттама деректері санау кезінде енгізіледі (кезең: {phase})",
    ),
    "protocol_all_signed": Entry(
        "every protocol is signed: correct one to change it",
        "все протоколы подписаны: чтобы изменить, оформите исправление",
        "барлық хаттамаға қол қойылған: өзгерту үшін түзету жасаңыз",
    ),
    "protocol_signed": Entry(
        "protocol {contest} version {version} is signed ({signed_code}) and locked: correct it to change it",
        "протокол {contest}, версия {version}, подписан ({signed_code}) и закрыт: чтобы изменить, оформите исправление",
        "{contest} хаттамасы, {version} нұсқа, қол қойылған ({signed_code}) және жабық: өзгерту үшін түзету жасаңыз",
    ),
    "protocol_version_unknown": Entry(
        "protocol {contest} has no version {version}",
        "у протокола {contest} нет версии {version}",
        "{contest} хаттамасының {version} нұсқасы жоқ",
    ),
    "protocol_key_unknown": Entry(
        "the protocol has no line {key} (lines: {known})",
        "в протоколе нет строки {key} (строки: {known})",
        "хаттамада {key} жолы жоқ (жолдар: {known})",
    ),
    "protocol_nothing_to_set": Entry(
        "give at least one line as KEY=VALUE",
        "укажите хотя бы одну строку в виде КЛЮЧ=ЗНАЧЕНИЕ",
        "кемінде бір жолды КІЛТ=МӘН түрінде көрсетіңіз",
    ),
    "protocol_value_bad": Entry(
        "{item}: a line is given as KEY=VALUE with a whole number (or KEY= to clear it)",
        "{item}: строка задаётся как КЛЮЧ=ЗНАЧЕНИЕ целым числом (или КЛЮЧ=, чтобы очистить)",
        "{item}: жол КІЛТ=МӘН түрінде бүтін санмен беріледі (тазарту үшін КІЛТ=)",
    ),
    "protocol_value_out_of_range": Entry(
        "{value} is not possible here: from 0 to {limit}",
        "значение {value} невозможно: от 0 до {limit}",
        "{value} мәні мүмкін емес: ең азы 0, ең көбі {limit}",
    ),
    "override_needs_reason": Entry(
        "line {line} is computed from the records ({computed}): to write {value} give a reason",
        "строка {line} рассчитана по записям ({computed}): чтобы указать {value}, нужна причина",
        "{line} жолы жазбалар бойынша есептелген ({computed}): {value} жазу үшін себебін көрсетіңіз",
    ),
    "double_entry_same_member": Entry(
        "the second entry must be typed by another member than {member}",
        "повторный ввод должен выполнить другой член комиссии, не {member}",
        "қайталап енгізуді {member} емес, басқа мүше орындауы керек",
    ),
    "text_too_long": Entry(
        Plural(
            count="limit",
            one="the text is too long (at most {limit} character)",
            other="the text is too long (at most {limit} characters)",
        ),
        Plural(
            count="limit",
            one="текст слишком длинный (не более {limit} знака)",
            few="текст слишком длинный (не более {limit} знаков)",
            many="текст слишком длинный (не более {limit} знаков)",
            other="текст слишком длинный (не более {limit} знака)",
        ),
        "мәтін тым ұзын (ең көбі {limit} таңба)",
    ),
    "check_unknown": Entry(
        "the form has no check {check} (checks: {known})",
        "в форме нет проверки {check} (проверки: {known})",
        "пішінде {check} тексерісі жоқ (тексерістер: {known})",
    ),
    "explain_only_warnings": Entry(
        "{check} is an error, not a warning: the numbers must be put right, not explained",
        "{check} — ошибка, а не предупреждение: цифры нужно исправить, а не объяснить",
        "{check} — ескерту емес, қате: сандарды түсіндіру емес, түзету керек",
    ),
    "explain_check_holds": Entry(
        "{check} holds: there is nothing to explain",
        "соотношение {check} выполняется: объяснять нечего",
        "{check} арақатынасы орындалады: түсіндіретін ештеңе жоқ",
    ),
    "explanation_empty": Entry(
        "write the explanation of {check}",
        "напишите объяснение к {check}",
        "{check} бойынша түсініктеме жазыңыз",
    ),
    "sign_signer_not_present": Entry(
        "the member who signs ({member}) must be among those present",
        "подписывающий ({member}) должен быть среди присутствующих",
        "қол қоюшы ({member}) қатысушылардың арасында болуы керек",
    ),
    "sign_no_quorum": Entry(
        Plural(
            count="total",
            one="no quorum: {present} of {total} member present, at least {needed} needed",
            other="no quorum: {present} of {total} members present, at least {needed} needed",
        ),
        Plural(
            count="present",
            one="нет кворума: присутствует {present} из {total}, нужно не меньше {needed}",
            few="нет кворума: присутствуют {present} из {total}, нужно не меньше {needed}",
            many="нет кворума: присутствуют {present} из {total}, нужно не меньше {needed}",
            other="нет кворума: присутствуют {present} из {total}, нужно не меньше {needed}",
        ),
        "кворум жоқ: {total} мүшенің {present} қатысып отыр, кемінде {needed} керек",
    ),
    "sign_wrong_signer": Entry(
        "{expected} ({role}) is present and signs the protocol",
        "присутствует {expected} ({role}): протокол подписывает он(а)",
        "{expected} ({role}) қатысып отыр: хаттамаға сол қол қояды",
    ),
    "dissent_not_present": Entry(
        "a dissenting opinion is given by a member present; {member} is not",
        "особое мнение может изложить только присутствующий; {member} не отмечен(а)",
        "ерекше пікірді тек қатысушы мүше білдіреді; {member} белгіленбеген",
    ),
    "dissent_empty": Entry(
        "write the dissenting opinion of {member}",
        "напишите текст особого мнения {member}",
        "{member} ерекше пікірінің мәтінін жазыңыз",
    ),
    "sign_lines_empty": Entry(
        "the protocol cannot be signed: lines {lines} are empty",
        "протокол нельзя подписать: не заполнены строки {lines}",
        "хаттамаға қол қоюға болмайды: {lines} жолдары толтырылмаған",
    ),
    "sign_errors_fail": Entry(
        "the protocol cannot be signed: control ratios fail: {checks}",
        "протокол нельзя подписать: не выполнены контрольные соотношения: {checks}",
        "хаттамаға қол қоюға болмайды: бақылау арақатынастары орындалмаған: {checks}",
    ),
    "sign_warning_unexplained": Entry(
        "the protocol cannot be signed: warnings need a written explanation: {checks}",
        "протокол нельзя подписать: к предупреждениям нужно письменное объяснение: {checks}",
        "хаттамаға қол қоюға болмайды: ескертулерге жазбаша түсініктеме керек: {checks}",
    ),
    "correction_needs_reason": Entry(
        "a correction needs a written reason",
        "для исправления нужна письменная причина",
        "түзету үшін жазбаша себеп керек",
    ),
    "correct_not_signed": Entry(
        "protocol {contest} is not signed: change its values instead",
        "протокол {contest} не подписан: просто измените данные",
        "{contest} хаттамасына қол қойылмаған: деректерін өзгерте беріңіз",
    ),
    "copy_number_bad": Entry(
        "copy number {value}: certified copies are numbered from 1",
        "номер экземпляра {value}: заверенные копии нумеруются с 1",
        "{value} дана нөмірі: куәландырылған көшірмелер 1-ден бастап нөмірленеді",
    ),
    # What the CLI reports.
    "count_step_recorded": Entry(
        "step recorded at {at} by {member}: {step}",
        "этап отмечен в {at}, {member}: {step}",
        "кезең {at} белгіленді, {member}: {step}",
    ),
    "count_cancel_line": Entry(
        "{contest}: {cancelled} cancelled; the records expect {expected} ({spoiled} spoiled)",
        "{contest}: погашено {cancelled}; по записям ожидается {expected} (испорчено {spoiled})",
        "{contest}: {cancelled} жойылды; жазбалар бойынша {expected} күтіледі ({spoiled} бүлінген)",
    ),
    "count_next_step": Entry(
        "next: {step}", "далее: {step}", "келесі: {step}",
    ),
    "count_limit": Entry(
        "count started at {started}; the 12-hour limit ends at {deadline}",
        "подсчёт начат в {started}; 12 часов истекают в {deadline}",
        "санау {started} басталды; 12 сағат {deadline} аяқталады",
    ),
    "count_over_limit": Entry(
        "the 12-hour limit of the count has passed ({deadline})",
        "12-часовой срок подсчёта истёк ({deadline})",
        "санаудың 12 сағаттық мерзімі өтті ({deadline})",
    ),
    "protocol_check_ok": Entry(
        "protocol {contest} v{version}: every line filled, no error",
        "протокол {contest} v{version}: все строки заполнены, ошибок нет",
        "{contest} хаттамасы v{version}: барлық жол толтырылған, қате жоқ",
    ),
    "protocol_check_failed": Entry(
        "protocol {contest} v{version} is not in order",
        "протокол {contest} v{version} не в порядке",
        "{contest} хаттамасы v{version} ретті емес",
    ),
    "protocol_line_empty": Entry(
        "line {number} is empty", "строка {number} не заполнена", "{number} жолы толтырылмаған",
    ),
    "protocol_check_fails": Entry(
        "{severity} {check}: {rule}: {left} against {right} (difference {difference})",
        "{severity} {check}: {rule}: {left} против {right} (разница {difference})",
        "{severity} {check}: {rule}: {left} / {right} (айырма {difference})",
    ),
    "severity_error": Entry("error", "ошибка", "қате"),
    "severity_warning": Entry("warning", "предупреждение", "ескерту"),
    "protocol_explained": Entry(
        "explained: {text}", "объяснено: {text}", "түсіндірілді: {text}",
    ),
    "protocol_signed_done": Entry(
        "protocol {contest} v{version} signed at {at}; code {protocol_code}",
        "протокол {contest} v{version} подписан в {at}; код {protocol_code}",
        "{contest} хаттамасы v{version} {at} қол қойылды; код {protocol_code}",
    ),
    "protocol_corrected": Entry(
        "protocol {contest}: version {version} opened (repeated protocol); version {previous} is kept",
        "протокол {contest}: открыта версия {version} (повторный протокол); версия {previous} сохранена",
        "{contest} хаттамасы: {version} нұсқа ашылды (қайталанған хаттама); {previous} нұсқа сақталды",
    ),
}
