"""Messages of the station server and its desks (docs/formats.md §8)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "action_run_server": Entry(
        "start the station server",
        "запускать сервер участка",
        "учаске серверін іске қосу",
    ),
    # Refusals and failures.
    "laptop_already_joined": Entry(
        "This laptop already works with the station server ({server}): on a desk, leave "
        "it first (precinct desk leave)",
        "Этот ноутбук уже работает с сервером участка ({server}): на рабочем месте сначала "
        "отключитесь от него (precinct desk leave)",
        "Бұл ноутбук учаске серверімен жұмыс істеп тұр ({server}): жұмыс орнында алдымен "
        "одан ажыратылыңыз (precinct desk leave)",
    ),
    "laptop_not_joined": Entry(
        "This laptop is not a desk of a station server (precinct desk join ADDR:PORT CODE)",
        "Этот ноутбук не подключён к серверу участка (precinct desk join АДРЕС:ПОРТ КОД)",
        "Бұл ноутбук учаске серверіне қосылмаған (precinct desk join АДРЕС:ПОРТ КОД)",
    ),
    "not_a_server": Entry(
        "This laptop is not the station server (precinct server start makes it one)",
        "Этот ноутбук не сервер участка (его делает сервером precinct server start)",
        "Бұл ноутбук учаске сервері емес (оны precinct server start сервер етеді)",
    ),
    "not_a_desk": Entry(
        "This laptop is not a desk of a station server: nothing to leave",
        "Этот ноутбук не подключён к серверу участка: отключаться не от чего",
        "Бұл ноутбук учаске серверіне қосылмаған: ажырайтын ештеңе жоқ",
    ),
    "server_no_station": Entry(
        "There is no station to move into the server: create it first (precinct init "
        "PACKAGE) ({path})",
        "Нет участка для переноса на сервер: сначала создайте его (precinct init ПАКЕТ) "
        "({path})",
        "Серверге көшіретін учаске жоқ: алдымен оны құрыңыз (precinct init ПАКЕТ) ({path})",
    ),
    "server_exists": Entry(
        "A station server already exists in {path}: this laptop does not make a second one "
        "(left by an interrupted start? move that folder aside, then start again)",
        "Сервер участка уже есть в {path}: второй на этом ноутбуке не создаётся (остался "
        "от прерванного запуска? перенесите эту папку в сторону и запустите снова)",
        "Учаске сервері бұрыннан бар: {path}; бұл ноутбукта екіншісі құрылмайды (үзілген "
        "іске қосудан қалды ма? ол қалтаны басқа жерге жылжытып, қайта іске қосыңыз)",
    ),
    "server_station_read_only": Entry(
        "The station file {path} is read-only: it was moved into a station server already",
        "Файл участка {path} только для чтения: он уже перенесён на сервер участка",
        "Учаске файлы {path} тек оқуға арналған: ол учаске серверіне көшірілген",
    ),
    "server_after_voting_opened": Entry(
        "The station moves into a server only before voting opens (now: {phase}); carry on "
        "on this laptop",
        "Участок переносится на сервер только до открытия голосования (сейчас: {phase}); "
        "продолжайте работу на этом ноутбуке",
        "Учаске серверге тек дауыс беру ашылғанға дейін көшіріледі (қазір: {phase}); "
        "осы ноутбукта жұмысты жалғастырыңыз",
    ),
    "server_chain_broken": Entry(
        "The station's audit log does not verify (event {seq}): it is not moved; run "
        "precinct audit verify",
        "Журнал аудита участка не проходит проверку (событие {seq}): участок не перенесён; "
        "выполните precinct audit verify",
        "Учаскенің аудит журналы тексеруден өтпейді (оқиға {seq}): учаске көшірілмеді; "
        "precinct audit verify орындаңыз",
    ),
    "server_station_changed": Entry(
        "The station changed while it was being moved: start the server again",
        "Участок изменился во время переноса: запустите сервер ещё раз",
        "Көшіру кезінде учаске өзгерді: серверді қайта іске қосыңыз",
    ),
    "server_move_unproven": Entry(
        "The moved station does not match the file (audit head {seq}, on the server "
        "{moved}): nothing moved, the file is still the station",
        "Перенесённый участок не совпадает с файлом (вершина журнала {seq}, на сервере "
        "{moved}): ничего не перенесено, участок остаётся в файле",
        "Көшірілген учаске файлмен сәйкес келмейді (журнал басы {seq}, серверде {moved}): "
        "ештеңе көшірілмеді, учаске файлда қалады",
    ),
    "server_cluster_missing": Entry(
        "The station server's data is missing ({path}): restore it from a backup",
        "Данных сервера участка нет ({path}): восстановите их из резервной копии",
        "Учаске серверінің деректері жоқ ({path}): оларды сақтық көшірмеден қалпына "
        "келтіріңіз",
    ),
    "server_not_running": Entry(
        "The station server is not running on this laptop: precinct server start ({detail})",
        "Сервер участка на этом ноутбуке не запущен: precinct server start ({detail})",
        "Бұл ноутбукта учаске сервері іске қосылмаған: precinct server start ({detail})",
    ),
    "server_unreachable": Entry(
        "The station server does not answer at {path}: check the cable and that the "
        "server laptop is on and its server started (precinct server status there). Until "
        "then, mark ballots on the paper list. ({detail})",
        "Сервер участка не отвечает по адресу {path}: проверьте кабель и что ноутбук-сервер "
        "включён и сервер запущен (precinct server status на нём). До тех пор отмечайте "
        "выдачу в бумажном списке. ({detail})",
        "Учаске сервері жауап бермейді, мекенжайы {path}: кабельді және сервер-ноутбук "
        "қосулы, сервері іске қосылғанын тексеріңіз (онда precinct server status). Оған "
        "дейін берілген бюллетеньдерді қағаз тізімде белгілеңіз. ({detail})",
    ),
    "server_status_refused": Entry(
        "The server at {address} would not show its laptops to this one: {detail}",
        "Сервер {address} не показал этому ноутбуку список ноутбуков: {detail}",
        "Сервер ({address}) бұл ноутбукқа ноутбуктар тізімін көрсетпеді: {detail}",
    ),
    "server_listen_bad": Entry(
        "Not an address of this laptop's network card: {address} (listen address, e.g. "
        "192.168.1.10)",
        "Это не адрес сетевой карты ноутбука: {address} (адрес для подключения, например "
        "192.168.1.10)",
        "Бұл ноутбуктің желі картасының мекенжайы емес: {address} (қосылу мекенжайы, "
        "мысалы 192.168.1.10)",
    ),
    "server_port_bad": Entry(
        "The port is {low} to {high}, not {port} (port)",
        "Порт — от {low} до {high}, а не {port} (порт)",
        "Порт — {low}–{high} аралығында, {port} емес (порт)",
    ),
    "server_address_bad": Entry(
        "Not a server address: {address} (address as ADDR:PORT, e.g. 192.168.1.10:5433)",
        "Это не адрес сервера: {address} (адрес в виде АДРЕС:ПОРТ, например "
        "192.168.1.10:5433)",
        "Бұл сервер мекенжайы емес: {address} (мекенжай АДРЕС:ПОРТ түрінде, мысалы "
        "192.168.1.10:5433)",
    ),
    "join_code_bad": Entry(
        "The join code is {length} letters and digits as the server shows it (join code)",
        "Код подключения — {length} букв и цифр, как его показывает сервер (код "
        "подключения)",
        "Қосылу коды — сервер көрсететін {length} әріп пен цифр (қосылу коды)",
    ),
    "join_text_bad": Entry(
        "Not a join line: give the address and the code as the server shows them, e.g. "
        "{example}",
        "Это не строка подключения: укажите адрес и код, как их показывает сервер, "
        "например {example}",
        "Бұл қосылу жолы емес: мекенжай мен кодты сервер көрсеткендей беріңіз, мысалы "
        "{example}",
    ),
    "join_fingerprint_bad": Entry(
        "The join line's fingerprint is not a certificate's (32 pairs of hex digits)",
        "Отпечаток в строке подключения — не отпечаток сертификата (32 пары "
        "шестнадцатеричных цифр)",
        "Қосылу жолындағы таңба сертификат таңбасы емес (32 жұп он алтылық цифр)",
    ),
    "join_refused": Entry(
        "The server at {address} refused the join code: it is wrong, used already or "
        "older than an hour; ask for a new one (precinct server join-code on the server)",
        "Сервер {address} отклонил код подключения: он неверен, уже использован или "
        "старше часа; попросите новый (precinct server join-code на сервере)",
        "Сервер ({address}) қосылу кодын қабылдамады: ол қате, қолданылған немесе бір "
        "сағаттан ескі; жаңасын сұраңыз (серверде precinct server join-code)",
    ),
    "fingerprint_mismatch": Entry(
        "The laptop at {address} is not the station server you scanned: its certificate "
        "is {found}, the server's {expected}. Nothing joined; tell the chair",
        "Ноутбук по адресу {address} — не тот сервер участка, код которого отсканирован: "
        "его сертификат {found}, у сервера {expected}. Подключение не выполнено; сообщите "
        "председателю",
        "Мекенжайы {address} ноутбук сканерленген учаске сервері емес: оның сертификаты "
        "{found}, сервердікі {expected}. Қосылу орындалмады; төрағаға хабарлаңыз",
    ),
    "desk_name_bad": Entry(
        "A desk's name is one line of 1 to {high} characters ({field})",
        "Имя рабочего места — одна строка от 1 до {high} символов ({field})",
        "Жұмыс орнының атауы — 1–{high} таңбадан тұратын бір жол ({field})",
    ),
    "desk_name_taken": Entry(
        "The server has a desk named {desk} already: choose another name (--desk NAME)",
        "На сервере уже есть рабочее место {desk}: выберите другое имя (--desk ИМЯ)",
        "Серверде {desk} деген жұмыс орны бар: басқа атау таңдаңыз (--desk АТАУ)",
    ),
    "server_no_tls": Entry(
        "{address} is not a station server (it offers no TLS)",
        "{address} — не сервер участка (он не поддерживает TLS)",
        "{address} — учаске сервері емес (TLS қолдамайды)",
    ),
    "pg_missing": Entry(
        "PostgreSQL 15 or newer is not installed ({program} is missing): install the "
        "postgresql package to run a station server",
        "PostgreSQL 15 или новее не установлен (нет {program}): установите пакет "
        "postgresql, чтобы запустить сервер участка",
        "PostgreSQL 15 немесе жаңасы орнатылмаған ({program} жоқ): учаске серверін іске "
        "қосу үшін postgresql пакетін орнатыңыз",
    ),
    "pg_failed": Entry(
        "PostgreSQL's {program} failed: {detail}",
        "Программа PostgreSQL {program} завершилась с ошибкой: {detail}",
        "PostgreSQL бағдарламасы {program} қатемен аяқталды: {detail}",
    ),
    "pg_folder_closed": Entry(
        "The folder {path} is closed to the user {user} PostgreSQL runs as: let it pass "
        "(chmod o+x)",
        "Папка {path} закрыта для пользователя {user}, от имени которого работает "
        "PostgreSQL: разрешите проход (chmod o+x)",
        "{path} қалтасы PostgreSQL жұмыс істейтін {user} пайдаланушысына жабық: өтуге "
        "рұқсат беріңіз (chmod o+x)",
    ),
    "laptop_config_unreadable": Entry(
        "This laptop's server settings cannot be read ({path}): {detail}",
        "Настройки сервера на этом ноутбуке не читаются ({path}): {detail}",
        "Бұл ноутбуктегі сервер баптаулары оқылмайды ({path}): {detail}",
    ),
    # What the commands print.
    "server_fingerprint_line": Entry(
        "certificate fingerprint (check it on each desk): {fingerprint}",
        "отпечаток сертификата (сверьте его на каждом рабочем месте): {fingerprint}",
        "сертификат таңбасы (әр жұмыс орнында салыстырыңыз): {fingerprint}",
    ),
    "server_join_text_line": Entry(
        "join text (the window shows it as a QR code): {text}",
        "строка подключения (окно показывает её QR-кодом): {text}",
        "қосылу жолы (терезе оны QR-код ретінде көрсетеді): {text}",
    ),
    "server_moved_line": Entry(
        "the station moved from {path}, kept read-only beside",
        "участок перенесён из {path}; файл сохранён рядом только для чтения",
        "учаске {path} файлынан көшірілді; файл қасында тек оқуға сақталды",
    ),
    "server_code_valid": Entry(
        "the code works once, for {minutes} minutes",
        "код действует один раз, {minutes} минут",
        "код бір рет, {minutes} минут жарамды",
    ),
    "server_running_line": Entry(
        "server: {address} running",
        "сервер: {address} работает",
        "сервер: {address} жұмыс істеп тұр",
    ),
    "server_stopped_line": Entry(
        "server: {address} stopped",
        "сервер: {address} остановлен",
        "сервер: {address} тоқтатылған",
    ),
    "server_desk_line": Entry(
        "desk {name} ({address}): joined {joined}, last seen {seen}{online}",
        "рабочее место {name} ({address}): подключено {joined}, последний раз {seen}"
        "{online}",
        "жұмыс орны {name} ({address}): қосылды {joined}, соңғы рет {seen}{online}",
    ),
    "server_desk_online": Entry(", connected now", ", сейчас на связи", ", қазір байланыста"),
    "server_no_desks": Entry(
        "no desks yet (precinct desk join on each desk laptop)",
        "рабочих мест пока нет (precinct desk join на каждом ноутбуке)",
        "жұмыс орындары әзірге жоқ (әр ноутбукта precinct desk join)",
    ),
    "server_standby_line": Entry(
        "standby {name} ({address}): {sync}",
        "резервный {name} ({address}): {sync}",
        "резервтік {name} ({address}): {sync}",
    ),
    "server_no_standby": Entry(
        "no standby: a ballot is on this laptop's disk alone",
        "резервного нет: выдача хранится только на диске этого ноутбука",
        "резервтік жоқ: берілген бюллетеньдер тек осы ноутбук дискісінде",
    ),
    "server_never": Entry("never", "никогда", "ешқашан"),
    "server_stopped": Entry(
        "The station server stopped; the desks wait for it (precinct server start)",
        "Сервер участка остановлен; рабочие места ждут его (precinct server start)",
        "Учаске сервері тоқтатылды; жұмыс орындары оны күтеді (precinct server start)",
    ),
    "desk_joined": Entry(
        "This laptop is now the desk {desk} of the station server {address}; every command "
        "and the window act on the server",
        "Этот ноутбук теперь рабочее место {desk} сервера участка {address}; все команды и "
        "окно работают с сервером",
        "Бұл ноутбук енді {address} учаске серверінің {desk} жұмыс орны; барлық командалар "
        "мен терезе сервермен жұмыс істейді",
    ),
    "desk_left": Entry(
        "This laptop is no longer a desk; the server no longer lets it in",
        "Этот ноутбук больше не рабочее место; сервер его больше не пускает",
        "Бұл ноутбук енді жұмыс орны емес; сервер оны енді кіргізбейді",
    ),
    "desk_left_untold": Entry(
        "This laptop is no longer a desk, but the server could not be told: it still "
        "lists the desk (the chair sees it in precinct server status)",
        "Этот ноутбук больше не рабочее место, но сервер не удалось известить: он всё ещё "
        "числит это место (председатель видит его в precinct server status)",
        "Бұл ноутбук енді жұмыс орны емес, бірақ серверге хабарлау мүмкін болмады: ол бұл "
        "орынды әлі тізімде ұстайды (төраға оны precinct server status ішінде көреді)",
    ),
    # --help.
    "help_server": Entry(
        "the station server several desks share (PostgreSQL)",
        "сервер участка для нескольких рабочих мест (PostgreSQL)",
        "бірнеше жұмыс орнына ортақ учаске сервері (PostgreSQL)",
    ),
    "help_server_start": Entry(
        "make this laptop the station server (the first time the station moves into it, "
        "before voting opens only), or start it again; prints a one-time join code",
        "сделать этот ноутбук сервером участка (в первый раз участок переносится на него, "
        "только до открытия голосования) или запустить его снова; печатает одноразовый код",
        "бұл ноутбукты учаске сервері ету (алғашқы рет учаске оған көшіріледі, тек дауыс "
        "беру ашылғанға дейін) немесе қайта іске қосу; бір реттік кодты шығарады",
    ),
    "help_server_port": Entry(
        "the port desks connect to (default {port})",
        "порт, к которому подключаются рабочие места (по умолчанию {port})",
        "жұмыс орындары қосылатын порт (әдепкісі {port})",
    ),
    "help_server_listen": Entry(
        "this laptop's address on the station's network (loopback always)",
        "адрес этого ноутбука в сети участка (локальный адрес — всегда)",
        "осы ноутбуктің учаске желісіндегі мекенжайы (жергілікті мекенжай — әрқашан)",
    ),
    "help_server_status": Entry(
        "the server, its desks (name, last seen) and its standby",
        "сервер, его рабочие места (имя, когда были на связи) и резервный",
        "сервер, оның жұмыс орындары (атауы, соңғы байланыс) және резервтік",
    ),
    "help_server_stop": Entry(
        "stop the station server on this laptop",
        "остановить сервер участка на этом ноутбуке",
        "осы ноутбуктағы учаске серверін тоқтату",
    ),
    "help_server_join_code": Entry(
        "a new one-time join code (the old one stops working)",
        "новый одноразовый код подключения (старый перестаёт действовать)",
        "жаңа бір реттік қосылу коды (ескісі жарамсыз болады)",
    ),
    "help_desk": Entry(
        "this laptop as a desk of the station server",
        "этот ноутбук как рабочее место сервера участка",
        "осы ноутбук учаске серверінің жұмыс орны ретінде",
    ),
    "help_desk_join": Entry(
        "join the station server: every command and the window then act on it",
        "подключиться к серверу участка: затем все команды и окно работают с ним",
        "учаске серверіне қосылу: содан кейін барлық командалар мен терезе сонымен жұмыс "
        "істейді",
    ),
    "help_desk_address": Entry(
        "the server's ADDR:PORT as the server shows it",
        "АДРЕС:ПОРТ сервера, как его показывает сервер",
        "сервер көрсететін АДРЕС:ПОРТ",
    ),
    "help_desk_code": Entry(
        "the one-time join code the server shows",
        "одноразовый код, который показывает сервер",
        "сервер көрсететін бір реттік код",
    ),
    "help_desk_name": Entry(
        "this desk's name in the audit log (default: the computer's name)",
        "имя рабочего места в журнале аудита (по умолчанию: имя компьютера)",
        "аудит журналындағы жұмыс орнының атауы (әдепкісі: компьютер атауы)",
    ),
    "help_desk_leave": Entry(
        "stop being a desk (this laptop goes back to its own station file)",
        "перестать быть рабочим местом (ноутбук возвращается к своему файлу участка)",
        "жұмыс орны болуды тоқтату (ноутбук өз учаске файлына оралады)",
    ),
}
