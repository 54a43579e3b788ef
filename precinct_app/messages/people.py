"""Messages of the people at the station: the register of those present, certified
copies of the protocol, the posted copy, their CLI help, their export check and the
words of the copies register (PDF)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # Kinds of people present (services.attendance.KINDS).
    "present_kind_international_observer": Entry(
        "international observer", "международный наблюдатель", "халықаралық бақылаушы"),
    "present_kind_domestic_observer": Entry(
        "domestic observer", "отечественный наблюдатель", "отандық бақылаушы"),
    "present_kind_party_observer": Entry(
        "observer of a party or public association",
        "наблюдатель от партии или общественного объединения",
        "партияның немесе қоғамдық бірлестіктің бақылаушысы"),
    "present_kind_proxy": Entry("proxy", "доверенное лицо", "сенім білдірілген адам"),
    "present_kind_media": Entry("media", "представитель СМИ", "БАҚ өкілі"),
    # Fields, as refusals name them (field_too_long, control_character, missing_field).
    "column_present_name": Entry("name", "имя", "аты-жөні"),
    "column_present_organisation": Entry("organisation", "организация", "ұйым"),
    "column_present_mandate": Entry(
        "accreditation or mandate number", "номер аккредитации или мандата",
        "аккредиттеу немесе мандат нөмірі"),
    # Actions (permission refusals name them).
    "action_present_register": Entry(
        "record those present at the station", "вести реестр присутствующих",
        "қатысушылар тізілімін жүргізу"),
    "action_copy_certify": Entry(
        "certify a copy of the protocol", "заверять копию протокола",
        "хаттаманың көшірмесін куәландыру"),
    "action_protocol_post": Entry(
        "record the posted copy of the protocol",
        "отмечать вывешивание копии протокола",
        "хаттама көшірмесінің ілінгенін белгілеу"),
    # Refusals.
    "present_kind_unknown": Entry(
        "unknown kind {value} (known: {known})",
        "неизвестная категория {value} (известные: {known})",
        "белгісіз санат {value} (белгілілері: {known})"),
    "present_name_no_letters": Entry(
        "the name must contain letters", "в имени должны быть буквы",
        "аты-жөнінде әріптер болуы керек"),
    "present_organisation_required": Entry(
        "the organisation is required for: {present_kind}",
        "для категории «{present_kind}» нужно указать организацию",
        "«{present_kind}» санаты үшін ұйымды көрсету керек"),
    "present_already_in": Entry(
        "{name} (No. {person}) is already recorded as present",
        "{name} (№ {person}) уже отмечен(а) как присутствующий(ая)",
        "{name} (№ {person}) қатысушы ретінде бұрын белгіленген"),
    "present_not_in": Entry(
        "{name} (No. {person}) is not recorded as present",
        "{name} (№ {person}) не отмечен(а) как присутствующий(ая)",
        "{name} (№ {person}) қатысушы ретінде белгіленбеген"),
    "present_one_journalist": Entry(
        "one journalist per outlet: {name} (No. {person}) of {outlet} is present; record "
        "them leaving first",
        "один журналист от одного СМИ: {name} (№ {person}) от «{outlet}» уже присутствует; "
        "сначала отметьте его уход",
        "бір БАҚ-тан бір журналист: «{outlet}» атынан {name} (№ {person}) қатысып отыр; "
        "алдымен оның кеткенін белгілеңіз"),
    "present_unknown": Entry(
        "no one in the register of those present is {person}",
        "в реестре присутствующих нет {person}",
        "қатысушылар тізілімінде {person} жоқ"),
    "present_ambiguous": Entry(
        "several people in the register are named {person} (No. {ids}): give the number",
        "в реестре несколько человек с именем {person} (№ {ids}): укажите номер",
        "тізілімде {person} есімді бірнеше адам бар (№ {ids}): нөмірін көрсетіңіз"),
    "copy_secretary_needed": Entry(
        "a certified copy is signed by the secretary: {name} ({member}) is not the secretary",
        "заверенную копию подписывает секретарь: {name} ({member}) не секретарь",
        "куәландырылған көшірмеге хатшы қол қояды: {name} ({member}) хатшы емес"),
    "copy_not_signed": Entry(
        "the protocol of {contest} (version {version}) is not signed: no certified copy yet",
        "протокол {contest} (версия {version}) не подписан: заверенную копию выдать нельзя",
        "{contest} хаттамасына (нұсқа {version}) қол қойылмаған: куәландырылған көшірме "
        "беруге болмайды"),
    "copy_person_not_present": Entry(
        "{name} (No. {person}) is not present: record them coming in first",
        "{name} (№ {person}) не присутствует: сначала отметьте приход",
        "{name} (№ {person}) қатысып отырған жоқ: алдымен келгенін белгілеңіз"),
    "copy_to_needed": Entry(
        "say to whom: --to PERSON or --name NAME",
        "укажите, кому: --to ЛИЦО или --name ИМЯ",
        "кімге екенін көрсетіңіз: --to АДАМ немесе --name АТЫ"),
    "post_not_signed": Entry(
        "the protocol of {contest} (version {version}) is not signed: it cannot be posted yet",
        "протокол {contest} (версия {version}) не подписан: вывешивать его рано",
        "{contest} хаттамасына (нұсқа {version}) қол қойылмаған: оны ілуге әлі ерте"),
    "post_already": Entry(
        "the protocol of {contest}, version {version}, was posted at {at}",
        "протокол {contest}, версия {version}, уже вывешен в {at}",
        "{contest} хаттамасы (нұсқа {version}) сағат {at} ілінген"),
    # What the CLI and the window say after an action.
    "present_arrived_done": Entry(
        "No. {person}: {name} recorded as present at {at}",
        "№ {person}: {name} отмечен(а) как присутствующий(ая) в {at}",
        "№ {person}: {name} сағат {at} қатысушы ретінде белгіленді"),
    "present_returned_done": Entry(
        "No. {person}: {name} came back at {at}",
        "№ {person}: {name} вернулся(лась) в {at}",
        "№ {person}: {name} сағат {at} қайта келді"),
    "present_left_done": Entry(
        "No. {person}: {name} left at {at}",
        "№ {person}: {name} ушёл(ушла) в {at}",
        "№ {person}: {name} сағат {at} кетті"),
    "present_none": Entry(
        "no one is recorded in the register of those present",
        "в реестре присутствующих никого нет",
        "қатысушылар тізілімінде ешкім жоқ"),
    "present_count": Entry(
        Plural(count="count", one="{count} person present now",
               other="{count} people present now"),
        Plural(count="count", one="сейчас присутствует {count} человек",
               few="сейчас присутствуют {count} человека",
               many="сейчас присутствуют {count} человек",
               other="сейчас присутствуют {count} человека"),
        "қазір {count} адам қатысып отыр"),
    "copy_issued_done": Entry(
        "certified copy No. {number} of the protocol of {contest} (version {version}) to {name}",
        "заверенная копия № {number} протокола {contest} (версия {version}) выдана: {name}",
        "{contest} хаттамасының (нұсқа {version}) № {number} куәландырылған көшірмесі "
        "берілді: {name}"),
    "posted_done": Entry(
        "the protocol of {contest} (version {version}) posted for public review at {at}",
        "протокол {contest} (версия {version}) вывешен для всеобщего ознакомления в {at}",
        "{contest} хаттамасы (нұсқа {version}) сағат {at} жалпы жұрттың танысуы үшін ілінді"),
    "copies_none": Entry(
        "no certified copy of this protocol has been given",
        "заверенные копии этого протокола не выдавались",
        "бұл хаттаманың куәландырылған көшірмелері берілмеген"),
    "posted_not_yet": Entry(
        "not posted yet", "ещё не вывешен", "әлі ілінбеген"),
    # CLI help.
    "help_present": Entry(
        "those present at the station: observers, proxies, media",
        "присутствующие на участке: наблюдатели, доверенные лица, СМИ",
        "учаскедегі қатысушылар: бақылаушылар, сенім білдірілген адамдар, БАҚ"),
    "help_present_add": Entry(
        "record a person coming in (again, if they left)",
        "отметить приход (и возвращение) присутствующего",
        "қатысушының келгенін (қайта келгенін) белгілеу"),
    "help_present_leave": Entry(
        "record a person leaving (PERSON: their number or name)",
        "отметить уход присутствующего (ЛИЦО: номер или имя)",
        "қатысушының кеткенін белгілеу (АДАМ: нөмірі немесе аты)"),
    "help_present_list": Entry(
        "the register of those present, with every visit",
        "реестр присутствующих со всеми посещениями",
        "қатысушылар тізілімі, әр келуімен"),
    "help_present_kind": Entry(
        "international_observer, domestic_observer, party_observer, proxy or media",
        "international_observer (международный), domestic_observer (отечественный), "
        "party_observer (от партии), proxy (доверенное лицо) или media (СМИ)",
        "international_observer (халықаралық), domestic_observer (отандық), "
        "party_observer (партиядан), proxy (сенім білдірілген) немесе media (БАҚ)"),
    "help_protocol_copy_issue": Entry(
        "give a certified copy of the signed protocol (chair acting, secretary named); "
        "prints its number",
        "выдать заверенную копию подписанного протокола (действует председатель, секретарь "
        "указан); выводит её номер",
        "қол қойылған хаттаманың куәландырылған көшірмесін беру (төраға әрекет етеді, хатшы "
        "көрсетіледі); нөмірін шығарады"),
    "help_copy_to": Entry(
        "a person of the register of those present (number or name)",
        "лицо из реестра присутствующих (номер или имя)",
        "қатысушылар тізіліміндегі адам (нөмірі немесе аты)"),
    "help_copy_out": Entry(
        "also write the copy's PDF (with its number) to FILE",
        "также записать PDF копии (с её номером) в ФАЙЛ",
        "көшірменің PDF файлын (нөмірімен) ФАЙЛ-ға да жазу"),
    "help_protocol_posted": Entry(
        "record that the signed protocol was posted for public review",
        "отметить, что подписанный протокол вывешен для всеобщего ознакомления",
        "қол қойылған хаттаманың жалпы жұрттың танысуы үшін ілінгенін белгілеу"),
    "help_protocol_copies": Entry(
        "the register of certified copies and the posted copy (--pdf OUT: as the annex)",
        "реестр заверенных копий и вывешенная копия (--pdf OUT: как приложение)",
        "куәландырылған көшірмелер тізілімі және ілінген көшірме (--pdf OUT: қосымша ретінде)"),
    # The export's check (services.verify, people.json).
    "verify_people_ok": Entry(
        "people.json: the register of those present and of copies is readable "
        "(people: {people}, copies: {copies})",
        "people.json: реестры присутствующих и копий читаются (людей: {people}, копий: {copies})",
        "people.json: қатысушылар мен көшірмелер тізілімдері оқылады (адамдар: {people}, "
        "көшірмелер: {copies})"),
    "verify_people_bad": Entry(
        "people.json: not the register this export's format says ({where})",
        "people.json: не соответствует формату выгрузки ({where})",
        "people.json: түсірілім пішіміне сәйкес емес ({where})"),
    "verify_people_log": Entry(
        "people.json: {where} does not agree with the audit log",
        "people.json: {where} не совпадает с журналом аудита",
        "people.json: {where} аудит журналымен сәйкес емес"),
    # The tables against the audit log (services.people_reconcile).
    "integrity_person_differs": Entry(
        "person No. {person} of the register of those present differs from their "
        "present.arrived / present.left events",
        "лицо № {person} в реестре присутствующих не совпадает со своими событиями "
        "present.arrived / present.left",
        "қатысушылар тізіліміндегі № {person} адам өзінің present.arrived / present.left "
        "оқиғаларымен сәйкес емес"),
    "integrity_copy_differs": Entry(
        "certified copy No. {number} of {contest} differs from its protocol.copy_issued event",
        "заверенная копия № {number} ({contest}) не совпадает с событием protocol.copy_issued",
        "№ {number} куәландырылған көшірме ({contest}) protocol.copy_issued оқиғасымен "
        "сәйкес емес"),
    "integrity_posting_differs": Entry(
        "the posted copy of {contest} (version {version}) differs from its protocol.posted "
        "event",
        "вывешенная копия {contest} (версия {version}) не совпадает с событием protocol.posted",
        "{contest} ілінген көшірмесі (нұсқа {version}) protocol.posted оқиғасымен сәйкес емес"),
    # The copies register (PDF annex).
    "doc_people_title": Entry(
        "Register of certified copies of the protocol and of those present",
        "Реестр заверенных копий протокола и присутствующих",
        "Хаттаманың куәландырылған көшірмелері мен қатысушылардың тізілімі"),
    "doc_people_annex": Entry(
        "Annex to the protocol of the precinct election commission",
        "Приложение к протоколу участковой избирательной комиссии",
        "Учаскелік сайлау комиссиясы хаттамасының қосымшасы"),
    "doc_people_copies": Entry(
        "Certified copies given", "Выданные заверенные копии", "Берілген куәландырылған көшірмелер"),
    "doc_people_posted": Entry(
        "Posted for public review", "Вывешено для всеобщего ознакомления",
        "Жалпы жұрттың танысуы үшін ілінді"),
    "doc_people_present": Entry(
        "Those present at the station", "Присутствующие на участке", "Учаскедегі қатысушылар"),
    "doc_people_col_copy": Entry("Copy No.", "Копия №", "Көшірме №"),
    "doc_people_col_version": Entry("Protocol version", "Версия протокола", "Хаттама нұсқасы"),
    "doc_people_col_to": Entry("To whom", "Кому", "Кімге"),
    "doc_people_col_organisation": Entry("Organisation", "Организация", "Ұйым"),
    "doc_people_col_issued": Entry("Given", "Выдана", "Берілді"),
    "doc_people_col_certified": Entry(
        "Certified by (chair, secretary)", "Заверили (председатель, секретарь)",
        "Куәландырғандар (төраға, хатшы)"),
    "doc_people_col_received": Entry("Received (signature)", "Получил (подпись)",
                                     "Алды (қолы)"),
    "doc_people_col_name": Entry("Name", "Имя", "Аты-жөні"),
    "doc_people_col_kind": Entry("Kind", "Категория", "Санаты"),
    "doc_people_col_mandate": Entry("Accreditation / mandate", "Аккредитация / мандат",
                                    "Аккредиттеу / мандат"),
    "doc_people_col_visits": Entry("In – out", "Пришёл – ушёл", "Келді – кетті"),
    "doc_people_col_when": Entry("When", "Когда", "Қашан"),
    "doc_people_col_by": Entry("Recorded by", "Отметил(а)", "Белгілеген"),
    "doc_people_none": Entry("none recorded", "записей нет", "жазба жоқ"),
    "doc_people_contest": Entry(
        "{contest}: protocol code of version {version}: {protocol_code}",
        "{contest}: код протокола версии {version}: {protocol_code}",
        "{contest}: хаттама коды (нұсқа {version}): {protocol_code}"),
}
