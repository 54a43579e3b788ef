"""Words of the portable boxes at the count and of absentee certificates (docs/domain.md
§15, §16): refusals, the protocol's art. 43 ratios, the CLI, the act of a box (PDF)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "action_absentee": Entry(
        "issue absentee certificates", "выдавать открепительные удостоверения",
        "сырттай дауыс беру куәліктерін беру",
    ),
    # -- absentee certificates ------------------------------------------------------------
    "voter_absentee": Entry(
        "No. {list_no} holds absentee certificate No. {number}: no ballot at this station",
        "№ {list_no} получил открепительное удостоверение № {number}: бюллетень на этом"
        " участке не выдаётся",
        "№ {list_no} сайлаушы № {number} сырттай дауыс беру куәлігін алған: бұл учаскеде"
        " бюллетень берілмейді",
    ),
    "absentee_marked": Entry(
        "absentee certificate issued No. {number}",
        "выдано открепительное удостоверение № {number}",
        "сырттай дауыс беру куәлігі берілді № {number}",
    ),
    "absentee_issued_done": Entry(
        "Absentee certificate No. {number} issued to No. {list_no}",
        "Открепительное удостоверение № {number} выдано избирателю № {list_no}",
        "№ {list_no} сайлаушыға № {number} сырттай дауыс беру куәлігі берілді",
    ),
    "absentee_cancelled_done": Entry(
        "Absentee certificate No. {number} of No. {list_no} cancelled",
        "Открепительное удостоверение № {number} избирателя № {list_no} погашено",
        "№ {list_no} сайлаушының № {number} сырттай дауыс беру куәлігі жойылды",
    ),
    "absentee_number_empty": Entry(
        "Certificate number: type the number printed on the certificate",
        "Номер удостоверения: введите номер, напечатанный на удостоверении",
        "Куәлік нөмірі: куәлікте басылған нөмірді енгізіңіз",
    ),
    "absentee_number_invalid": Entry(
        "Certificate number: \u201c{value}\u201d is not a certificate number (digits, letters,"
        " -, / and spaces, at most {limit} characters)",
        "Номер удостоверения: \u00ab{value}\u00bb не похоже на номер (цифры, буквы, -, / и"
        " пробелы, не более {limit} знаков)",
        "Куәлік нөмірі: \u00ab{value}\u00bb нөмірге ұқсамайды (цифрлар, әріптер, -, / және"
        " бос орын, {limit} таңбадан аспайды)",
    ),
    "absentee_wrong_phase": Entry(
        "Absentee certificates are issued before voting day only (the station is in: {phase})",
        "Открепительные удостоверения выдаются только до дня голосования (этап: {phase})",
        "Сырттай дауыс беру куәліктері тек дауыс беру күніне дейін беріледі (кезең: {phase})",
    ),
    "absentee_too_late": Entry(
        "Absentee certificates were issued until {deadline}; that time has passed",
        "Открепительные удостоверения выдавались до {deadline}; это время прошло",
        "Сырттай дауыс беру куәліктері {deadline} дейін берілді; бұл уақыт өтті",
    ),
    "absentee_already": Entry(
        "No. {list_no} already holds absentee certificate No. {number}",
        "Избиратель № {list_no} уже получил открепительное удостоверение № {number}",
        "№ {list_no} сайлаушы № {number} сырттай дауыс беру куәлігін алып қойған",
    ),
    "absentee_number_taken": Entry(
        "Certificate No. {number} is already recorded for No. {list_no}",
        "Удостоверение № {number} уже записано на избирателя № {list_no}",
        "№ {number} куәлік № {list_no} сайлаушыға жазылып қойған",
    ),
    "absentee_cancel_needs_reason": Entry(
        "Reason: say why the certificate is cancelled (e.g. returned unused)",
        "Причина: укажите, почему удостоверение погашается (например, возвращено"
        " неиспользованным)",
        "Себеп: куәліктің неге жойылатынын көрсетіңіз (мысалы, пайдаланылмай қайтарылды)",
    ),
    "absentee_none": Entry(
        "No. {list_no} holds no absentee certificate",
        "У избирателя № {list_no} нет открепительного удостоверения",
        "№ {list_no} сайлаушыда сырттай дауыс беру куәлігі жоқ",
    ),
    "absentee_list_row": Entry(
        "No. {list_no}  certificate No. {number}  {at}  {member}",
        "№ {list_no}  удостоверение № {number}  {at}  {member}",
        "№ {list_no}  № {number} куәлік  {at}  {member}",
    ),
    "absentee_list_cancelled": Entry(
        "cancelled {at}: {reason}", "погашено {at}: {reason}", "жойылды {at}: {reason}",
    ),
    # The list-changes screen's "change" column (services.list_changes.day_changes).
    "change_certificate": Entry(
        "absentee certificate issued", "выдано открепительное удостоверение",
        "сырттай дауыс беру куәлігі берілді",
    ),
    "change_certificate_cancelled": Entry(
        "absentee certificate cancelled", "открепительное удостоверение погашено",
        "сырттай дауыс беру куәлігі жойылды",
    ),
    "absentee_list_none": Entry(
        "No absentee certificates issued", "Открепительные удостоверения не выдавались",
        "Сырттай дауыс беру куәліктері берілмеген",
    ),
    "absentee_deadline_line": Entry(
        "Issued until {deadline}", "Выдаются до {deadline}", "{deadline} дейін беріледі",
    ),
    # -- portable boxes at the count ------------------------------------------------------
    "box_unknown": Entry(
        "Trip: there is no trip No. {trip}", "Выезд: выезда № {trip} нет",
        "Шығу: № {trip} шығу жоқ",
    ),
    "box_contest_not_on_trip": Entry(
        "Contest: trip No. {trip} carried ballots of {trip_contest}, not {contest}",
        "Голосование: на выезде № {trip} были бюллетени {trip_contest}, а не {contest}",
        "Дауыс беру: № {trip} шығуда {contest} емес, {trip_contest} бюллетеньдері болды",
    ),
    "box_found_out_of_range": Entry(
        "Ballots found: {value} is not a count (0 to {limit})",
        "Найдено бюллетеней: {value} не является числом (от 0 до {limit})",
        "Табылған бюллетеньдер: {value} сан емес (0-ден {limit} дейін)",
    ),
    "box_count_wrong_phase": Entry(
        "Portable boxes are counted at the count only (the station is in: {phase})",
        "Переносные ящики вскрываются только при подсчёте (этап: {phase})",
        "Жылжымалы жәшіктер тек санау кезінде ашылады (кезең: {phase})",
    ),
    "box_count_closed": Entry(
        "The portable boxes step is already recorded: the box counts are closed",
        "Шаг вскрытия переносных ящиков уже записан: числа по ящикам закрыты",
        "Жылжымалы жәшіктерді ашу қадамы жазылып қойған: жәшіктер бойынша сандар жабық",
    ),
    "box_not_counted": Entry(
        "Type the ballots found in every portable box first (trips not counted: {trips})",
        "Сначала введите число бюллетеней в каждом переносном ящике (не подсчитаны выезды:"
        " {trips})",
        "Алдымен әр жылжымалы жәшіктегі бюллетеньдер санын енгізіңіз (саналмаған шығулар:"
        " {trips})",
    ),
    "box_counted_done": Entry(
        "Trip No. {trip}: {found} ballots found, {requests} requests served",
        "Выезд № {trip}: найдено бюллетеней {found}, обслужено заявлений {requests}",
        "№ {trip} шығу: {found} бюллетень табылды, {requests} өтініш қанағаттандырылды",
    ),
    "box_over": Entry(
        "More ballots than requests: all {found} ballots of this box are invalid (art. 43);"
        " an act is required",
        "Бюллетеней больше, чем заявлений: все {found} бюллетеней этого ящика"
        " недействительны (ст. 43); требуется акт",
        "Бюллетеньдер өтініштерден көп: осы жәшіктегі барлық {found} бюллетень жарамсыз"
        " (43-бап); акт жасау қажет",
    ),
    "box_act_required": Entry("act required", "требуется акт", "акт қажет"),
    "box_within": Entry("within requests", "в пределах заявлений", "өтініштер шегінде"),
    "box_not_counted_word": Entry("not counted", "не подсчитан", "саналмаған"),
    "box_row": Entry(
        "Trip No. {trip}  {contest}  {members}  requests {requests}  found {found}  {state}",
        "Выезд № {trip}  {contest}  {members}  заявлений {requests}  найдено {found}  {state}",
        "№ {trip} шығу  {contest}  {members}  өтініш {requests}  табылды {found}  {state}",
    ),
    "box_none": Entry(
        "No portable box left the station (no trips)",
        "Переносные ящики не выносились (выездов не было)",
        "Жылжымалы жәшіктер шығарылмады (шығулар болмады)",
    ),
    "box_act_saved": Entry(
        "The act of trip No. {trip} is saved: {path}",
        "Акт по выезду № {trip} сохранён: {path}",
        "№ {trip} шығу бойынша акт сақталды: {path}",
    ),
    "box_act_not_over": Entry(
        "Trip No. {trip}: the box held no more ballots than requests; no act is drawn up",
        "Выезд № {trip}: в ящике не больше бюллетеней, чем заявлений; акт не составляется",
        "№ {trip} шығу: жәшіктегі бюллетеньдер өтініштерден көп емес; акт жасалмайды",
    ),
    # The control ratios art. 43 adds to the protocol (services.portable_boxes.law_checks).
    "check_portable_boxes_found": Entry(
        "The portable boxes held {found} ballots as counted box by box ({line} = {found})",
        "В переносных ящиках {found} бюллетеней, как подсчитано по ящикам ({line} = {found})",
        "Жылжымалы жәшіктерде жәшік бойынша саналғандай {found} бюллетень бар ({line} = {found})",
    ),
    "check_portable_boxes_void": Entry(
        "The {count} ballots of portable boxes over their requests are invalid (art. 43):"
        " the invalid line includes them ({line} \u2265 {count})",
        "{count} бюллетеней из переносных ящиков сверх заявлений недействительны (ст. 43):"
        " строка недействительных включает их ({line} \u2265 {count})",
        "Өтініштерден асқан жылжымалы жәшіктердің {count} бюллетені жарамсыз (43-бап):"
        " жарамсыздар жолы оларды қамтиды ({line} \u2265 {count})",
    ),
    # -- the CLI's help -------------------------------------------------------------------
    "help_count_box": Entry(
        "record the ballots found in one trip's portable box",
        "записать число бюллетеней, найденных в переносном ящике выезда",
        "шығудың жылжымалы жәшігінде табылған бюллетеньдер санын жазу",
    ),
    "help_count_box_found": Entry(
        "ballots found in the box", "найдено бюллетеней в ящике",
        "жәшікте табылған бюллетеньдер",
    ),
    "help_count_boxes": Entry(
        "the portable boxes: requests served, ballots found, acts",
        "переносные ящики: обслуженные заявления, найденные бюллетени, акты",
        "жылжымалы жәшіктер: өтініштер, табылған бюллетеньдер, актілер",
    ),
    "help_count_box_act": Entry(
        "save the act of a portable box over its requests (PDF)",
        "сохранить акт о переносном ящике сверх заявлений (PDF)",
        "өтініштерден асқан жылжымалы жәшік туралы актіні сақтау (PDF)",
    ),
    "help_voters_certificate": Entry(
        "record an absentee certificate issued to a voter (before voting day)",
        "записать выдачу открепительного удостоверения (до дня голосования)",
        "сайлаушыға сырттай дауыс беру куәлігінің берілгенін жазу (дауыс беру күніне дейін)",
    ),
    "help_voters_certificate_number": Entry(
        "the number printed on the certificate", "номер, напечатанный на удостоверении",
        "куәлікте басылған нөмір",
    ),
    "help_voters_certificate_cancel": Entry(
        "cancel the certificate (returned unused before the deadline) with this reason",
        "погасить удостоверение (возвращено неиспользованным до срока) по этой причине",
        "куәлікті осы себеппен жою (мерзімге дейін пайдаланылмай қайтарылды)",
    ),
    "help_voters_certificates": Entry(
        "the absentee certificates issued", "выданные открепительные удостоверения",
        "берілген сырттай дауыс беру куәліктері",
    ),
    # -- the act of a portable box (PDF) --------------------------------------------------
    "doc_box_act_title": Entry(
        "ACT on the portable box of trip No. {trip}",
        "АКТ о переносном ящике выезда №\u00a0{trip}",
        "№\u00a0{trip} шығудың жылжымалы жәшігі туралы АКТ",
    ),
    "doc_box_act_precinct": Entry(
        "Precinct election commission No. {number}", "Участковая избирательная комиссия № {number}",
        "№ {number} учаскелік сайлау комиссиясы",
    ),
    "doc_box_act_contest": Entry("Contest: {title}", "Голосование: {title}",
                                 "Дауыс беру: {title}"),
    "doc_box_act_carriers": Entry(
        "Members who carried the box", "Члены комиссии, выезжавшие с ящиком",
        "Жәшікпен шыққан комиссия мүшелері",
    ),
    "doc_box_act_trip_times": Entry(
        "Left the premises {started}, came back {ended}",
        "Выезд {started}, возвращение {ended}",
        "Шықты {started}, оралды {ended}",
    ),
    "doc_box_act_requests": Entry(
        "Written requests served on the trip", "Обслужено письменных заявлений на выезде",
        "Шығуда қанағаттандырылған жазбаша өтініштер",
    ),
    "doc_box_act_found": Entry(
        "Ballots found in the box", "Обнаружено бюллетеней в ящике", "Жәшіктен табылған бюллетеньдер",
    ),
    "doc_box_act_excess": Entry(
        "More than the requests by", "Превышение над числом заявлений",
        "Өтініштер санынан артығы",
    ),
    "doc_box_act_rule": Entry(
        "The box held more ballots than the written requests served on its trip. Under"
        " art. 43 of the election law all {found} ballots in it are invalid: they are counted"
        " as found in portable boxes (protocol line {found_line}) and all go to the invalid ballots"
        " (line {invalid_line}).",
        "В ящике оказалось больше бюллетеней, чем письменных заявлений, обслуженных на"
        " выезде. В соответствии со ст. 43 закона о выборах все {found} бюллетеней этого"
        " ящика признаются недействительными: они учитываются как находившиеся в переносных"
        " ящиках (строка {found_line} протокола) и все относятся к недействительным (строка {invalid_line}).",
        "Жәшікте шығуда қанағаттандырылған жазбаша өтініштерден көп бюллетень болды."
        " Сайлау туралы заңның 43-бабына сәйкес ондағы барлық {found} бюллетень жарамсыз деп"
        " танылады: олар жылжымалы жәшіктердегі бюллетеньдер ретінде есептеледі (хаттаманың"
        " {found_line}-жолы) және барлығы жарамсыздарға жатады ({invalid_line}-жол).",
    ),
    "doc_box_act_counted": Entry(
        "Box opened and counted {at}, recorded by {member}",
        "Ящик вскрыт и подсчитан {at}, записал(а) {member}",
        "Жәшік ашылып, саналды {at}, жазған {member}",
    ),
    "doc_box_act_drawn": Entry(
        "Act drawn up {at}", "Акт составлен {at}", "Акт жасалды {at}",
    ),
    "doc_box_act_sign_member": Entry(
        "Member of the commission", "Член комиссии", "Комиссия мүшесі",
    ),
    "doc_box_act_subject": Entry(
        "Act on a portable box over its requests", "Акт о переносном ящике сверх заявлений",
        "Өтініштерден асқан жылжымалы жәшік туралы акт",
    ),
    # -- the export's annex, as verify words it -----------------------------------------
    "verify_boxes_ok": Entry(
        "boxes.json: agrees with the audit log (boxes counted: {boxes}, absentee"
        " certificates: {certificates})",
        "boxes.json: совпадает с журналом аудита (подсчитано ящиков: {boxes},"
        " открепительных удостоверений: {certificates})",
        "boxes.json: аудит журналымен сәйкес (саналған жәшіктер: {boxes}, сырттай дауыс"
        " беру куәліктері: {certificates})",
    ),
    "verify_boxes_differ": Entry(
        "{name}: does not say what the audit log says about the portable boxes or the"
        " absentee certificates",
        "{name}: не совпадает с журналом аудита по переносным ящикам или открепительным"
        " удостоверениям",
        "{name}: жылжымалы жәшіктер немесе сырттай дауыс беру куәліктері бойынша аудит"
        " журналымен сәйкес емес",
    ),
    "verify_boxes_unreadable": Entry(
        "{name}: not a readable annex on portable boxes and absentee certificates",
        "{name}: приложение о переносных ящиках и открепительных удостоверениях не читается",
        "{name}: жылжымалы жәшіктер мен сырттай дауыс беру куәліктері туралы қосымша"
        " оқылмайды",
    ),
    # -- audit verify: these tables replayed against the log (services.boxes_reconcile) --
    "integrity_box_differs": Entry(
        "portable box of trip {trip} ({contest}): its count differs from event {seq}",
        "переносной ящик выезда {trip} ({contest}): число отличается от события {seq}",
        "{trip} шығудың жылжымалы жәшігі ({contest}): саны {seq} оқиғадан өзгеше",
    ),
    "integrity_box_no_event": Entry(
        "portable box of trip {trip} ({contest}): a count, no portable_box.counted event",
        "переносной ящик выезда {trip} ({contest}): число есть, события portable_box.counted"
        " нет",
        "{trip} шығудың жылжымалы жәшігі ({contest}): саны бар, portable_box.counted"
        " оқиғасы жоқ",
    ),
    "integrity_certificate_differs": Entry(
        "absentee certificate of No. {list_no}: differs from event {seq} (or is missing)",
        "открепительное удостоверение № {list_no}: отличается от события {seq} (или"
        " удалено)",
        "№ {list_no} сырттай дауыс беру куәлігі: {seq} оқиғадан өзгеше (немесе жойылған)",
    ),
    "integrity_certificate_no_event": Entry(
        "absentee certificate of No. {list_no}: a row, no voter.absentee_certificate event",
        "открепительное удостоверение № {list_no}: запись есть, события"
        " voter.absentee_certificate нет",
        "№ {list_no} сырттай дауыс беру куәлігі: жазба бар, voter.absentee_certificate"
        " оқиғасы жоқ",
    ),
}
