"""Fills empty translations in resources/i18n/*.ts from the table below.

The .ts files are the translators' source of truth (open them in Qt Linguist);
this script only helps developers add the words for new strings in bulk.
Run `make i18n-update` (pyside6-lupdate, then this script, then lrelease).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"

# source text -> (Russian, Kazakh); plural entries give a tuple of forms per language.
WORDS: dict[str, tuple[str | tuple[str, ...], str | tuple[str, ...]]] = {
    "%1 of %2": ("%1 из %2", "%2 ішінен %1"),
    "Address": ("Адрес", "Мекенжайы"),
    "Ballots received: %1": ("Получено бюллетеней: %1", "Алынған бюллетеньдер: %1"),
    "Born": ("Дата рожд.", "Туған күні"),
    "Cancel": ("Отмена", "Болдырмау"),
    "Chair": ("Председатель", "Төраға"),
    "Choose the voter list": ("Выберите список избирателей", "Сайлаушылар тізімін таңдаңыз"),
    "Commission": ("Комиссия", "Комиссия"),
    "Contests and ballots received": ("Голосования и полученные бюллетени",
                                      "Дауыс берулер және алынған бюллетеньдер"),
    "Counting": ("Подсчёт", "Санау"),
    "Date of birth": ("Дата рождения", "Туған күні"),
    "Deputy chair": ("Заместитель председателя", "Төрағаның орынбасары"),
    "Election": ("Выборы", "Сайлау"),
    "Election package": ("Пакет выборов", "Сайлау пакеті"),
    "Full name": ("ФИО", "Аты-жөні"),
    "IIN": ("ИИН", "ЖСН"),
    "Import": ("Загрузить", "Жүктеу"),
    "Import %n voter(s)": (("Загрузить %n избирателя", "Загрузить %n избирателей",
                            "Загрузить %n избирателей"),
                           ("%n сайлаушыны жүктеу", "%n сайлаушыны жүктеу")),
    "Import the voter list": ("Загрузка списка избирателей", "Сайлаушылар тізімін жүктеу"),
    "Import voter list…": ("Загрузить список избирателей…", "Сайлаушылар тізімін жүктеу…"),
    "Imported %n voter(s)": (("Загружен %n избиратель", "Загружено %n избирателя",
                              "Загружено %n избирателей"),
                             ("%n сайлаушы жүктелді", "%n сайлаушы жүктелді")),
    "Line": ("Строка", "Жол"),
    "The station is set up.": ("Участок создан.", "Учаске құрылды."),
    "List number": ("Номер в списке", "Тізімдегі нөмірі"),
    "Load election package (.zip)…": ("Загрузить пакет выборов (.zip)…",
                                       "Сайлау пакетін жүктеу (.zip)…"),
    "Load election package from a folder…": ("Загрузить пакет выборов из папки…",
                                             "Сайлау пакетін қалтадан жүктеу…"),
    "Member": ("Член комиссии", "Комиссия мүшесі"),
    "No rows were rejected.": ("Отклонённых строк нет.", "Қабылданбаған жол жоқ."),
    "No station is set up on this computer yet": ("На этом компьютере участок ещё не создан",
                                                  "Бұл компьютерде учаске әлі құрылмаған"),
    "No station is set up on this computer. Load the election package handed over by the "
    "higher commission, or open the demo station to train.": (
        "На этом компьютере участок не создан. Загрузите пакет выборов, полученный от "
        "вышестоящей комиссии, или откройте демонстрационный участок для обучения.",
        "Бұл компьютерде учаске құрылмаған. Жоғары тұрған комиссиядан алынған сайлау пакетін "
        "жүктеңіз немесе оқу үшін демо учаскені ашыңыз."),
    "No voter selected": ("Избиратель не выбран", "Сайлаушы таңдалмаған"),
    "No.": ("№", "№"),
    "Nothing has been written yet.": ("Пока ничего не записано.", "Әзірге ештеңе жазылған жоқ."),
    "Open the demo station (training)": ("Открыть демонстрационный участок (обучение)",
                                         "Демо учаскені ашу (оқу)"),
    "Options: %1": ("Варианты: %1", "Нұсқалар: %1"),
    "Precinct": ("Участок", "Учаске"),
    "Precinct No. %1 · %2": ("Участок № %1 · %2", "№ %1 учаске · %2"),
    "Reading %1…": ("Чтение %1…", "%1 оқылуда…"),
    "Reason": ("Причина", "Себебі"),
    "Rejected rows (%n)": (("Отклонённые строки (%n)", "Отклонённые строки (%n)",
                            "Отклонённые строки (%n)"),
                           ("Қабылданбаған жолдар (%n)", "Қабылданбаған жолдар (%n)")),
    "Search: IIN, list number or surname [given name]": (
        "Поиск: ИИН, номер в списке или фамилия [имя]",
        "Іздеу: ЖСН, тізімдегі нөмір немесе тегі [аты]"),
    "Secretary": ("Секретарь", "Хатшы"),
    "Section": ("Раздел", "Бөлім"),
    "Set-up": ("Подготовка", "Дайындық"),
    "Signed": ("Подписан", "Қол қойылды"),
    "Station": ("Участок", "Учаске"),
    "Station key fingerprint": ("Отпечаток ключа участка", "Учаске кілтінің ізі"),
    "Status": ("Статус", "Күйі"),
    "TRAINING": ("ОБУЧЕНИЕ", "ОҚУ"),
    "Territory": ("Территория", "Аумақ"),
    "The list can be imported only during set-up": (
        "Список можно загрузить только на этапе подготовки",
        "Тізімді тек дайындық кезеңінде жүктеуге болады"),
    "Verifying…": ("Проверка…", "Тексерілуде…"),
    "Voter list": ("Список избирателей", "Сайлаушылар тізімі"),
    "Voters on the list: %1": ("Избирателей в списке: %1", "Тізімдегі сайлаушылар: %1"),
    "Voting closed": ("Голосование закрыто", "Дауыс беру жабылды"),
    "Voting day": ("День голосования", "Дауыс беру күні"),
    "Voting hours": ("Время голосования", "Дауыс беру уақыты"),
    "Voting open": ("Голосование открыто", "Дауыс беру ашық"),
    "Welcome to Precinct": ("Добро пожаловать в Precinct", "Precinct-ке қош келдіңіз"),
    # The desk.
    "Desk": ("Выдача бюллетеней", "Бюллетень беру"),
    "Member at this desk:": ("Член комиссии за столом:", "Үстелдегі комиссия мүшесі:"),
    "Contest:": ("Голосование:", "Дауыс беру:"),
    "Scan the ID card or type: IIN, list number or surname": (
        "Отсканируйте удостоверение или введите: ИИН, номер в списке или фамилию",
        "Жеке куәлікті сканерлеңіз немесе енгізіңіз: ЖСН, тізімдегі нөмір немесе тегі"),
    "Scan the ID card or type an IIN, list number or surname": (
        "Отсканируйте удостоверение или введите ИИН, номер в списке или фамилию",
        "Жеке куәлікті сканерлеңіз немесе ЖСН, тізімдегі нөмірді не тегін енгізіңіз"),
    "Voting is not open yet": ("Голосование ещё не открыто", "Дауыс беру әлі ашылған жоқ"),
    "Voting is closed": ("Голосование закрыто", "Дауыс беру жабық"),
    "No commission member here may issue ballots": (
        "В комиссии нет членов, которые могут выдавать бюллетени",
        "Комиссияда бюллетень бере алатын мүше жоқ"),
    "No voter matches “%1”": ("Нет избирателя по запросу «%1»",
                              "«%1» бойынша сайлаушы табылмады"),
    "Choose the member working at this desk": (
        "Выберите члена комиссии, работающего за этим столом",
        "Осы үстелде жұмыс істейтін комиссия мүшесін таңдаңыз"),
    "Ballot issued: %1, No. %2 · %3 · %4": ("Бюллетень выдан: %1, № %2 · %3 · %4",
                                            "Бюллетень берілді: %1, № %2 · %3 · %4"),
    "Excluded from the list: %1": ("Исключён из списка: %1", "Тізімнен шығарылған: %1"),
    "Already has a ballot: issued at %1 by %2": ("Бюллетень уже выдан: в %1, выдал(а) %2",
                                                 "Бюллетень берілген: сағат %1, берген %2"),
    "On an outside-voting application: the ballot goes to the portable box": (
        "Заявление о голосовании вне помещения: бюллетень выдаётся с переносным ящиком",
        "Үй-жайдан тыс дауыс беруге өтініші бар: бюллетень көшпелі жәшікпен беріледі"),
    "Enter: issue the ballot · Up/Down: choose the voter · Esc: clear": (
        "Enter: выдать бюллетень · Вверх/Вниз: выбрать избирателя · Esc: очистить",
        "Enter: бюллетень беру · Жоғары/Төмен: сайлаушыны таңдау · Esc: тазарту"),
    "May receive a ballot": ("Может получить бюллетень", "Бюллетень алуға болады"),
    # The voting day: day panel, desk corrections, outside voting, list changes, turnout.
    'Replace a spoiled ballot (F6)': ('Заменить испорченный бюллетень (F6)', 'Бүлінген бюллетеньді ауыстыру (F6)'),
    'Undo the issuance… (F8)': ('Отменить выдачу… (F8)', 'Беруді болдырмау… (F8)'),
    'Ballot issued to No. %1 at %2 by %3': ('Бюллетень выдан № %1 в %2, выдал(а) %3', '№ %1 сайлаушыға сағат %2-де бюллетень берілді, берген %3'),
    'Replacement ballot issued: %1, No. %2 · %3 · %4. Keep the spoiled ballot for cancellation.': ('Выдан бюллетень взамен испорченного: %1, № %2 · %3 · %4. Испорченный бюллетень сохраните для погашения.', 'Бүлінген бюллетеньнің орнына бюллетень берілді: %1, № %2 · %3 · %4. Бүлінген бюллетеньді жою үшін сақтаңыз.'),
    'Issuance undone: No. %1 by %2 (%3)': ('Выдача отменена: № %1, отменил(а) %2 (%3)', 'Бюллетень беру болдырылмады: № %1, %2 (%3)'),
    'For a voter who already has a ballot': ('Для избирателя, уже получившего бюллетень', 'Бюллетень алған сайлаушы үшін'),
    'This ballot was already replaced once': ('Этот бюллетень уже заменялся один раз', 'Бұл бюллетень бір рет ауыстырылған'),
    'F6: the voter spoiled the ballot; hand out the one replacement': ('F6: избиратель испортил бюллетень; выдайте один бюллетень взамен', 'F6: сайлаушы бюллетеньді бүлдірді; орнына бір бюллетень беріңіз'),
    'F8: the ballot was recorded by mistake (chair or deputy, with a reason)': ('F8: выдача записана по ошибке (председатель или заместитель, с указанием причины)', 'F8: бюллетень беру қате жазылды (төраға немесе орынбасары, себебін көрсетіп)'),
    'a spoiled ballot was replaced once': ('испорченный бюллетень заменён один раз', 'бүлінген бюллетень бір рет ауыстырылды'),
    'Undo a mistaken issuance': ('Отмена ошибочной выдачи', 'Қате берілген бюллетеньді болдырмау'),
    'The issuance stays in the records, marked undone, with your reason and name in the audit log.\n%1': ('Запись о выдаче остаётся, с отметкой об отмене; причина и ваше имя записываются в журнал.\n%1', 'Беру туралы жазба болдырылмады деген белгімен сақталады; себебі мен атыңыз журналға жазылады.\n%1'),
    'Undone by (chair or deputy):': ('Отменяет (председатель или заместитель):', 'Болдырмайтын (төраға немесе орынбасары):'),
    'Why the issuance was a mistake': ('Почему выдача была ошибочной', 'Беру неге қате болды'),
    'Undo issuance': ('Отменить выдачу', 'Беруді болдырмау'),
    # The desk: Enter acts alone only on an exact or single match.
    "No voter has list number %1. The IIN of %n voter(s) starts with %1: choose one with "
    "Up/Down or a click, then press Enter": (
        ("Избирателя с номером %1 в списке нет. ИИН начинается с %1 у %n избирателя: "
         "выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter",
         "Избирателя с номером %1 в списке нет. ИИН начинается с %1 у %n избирателей: "
         "выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter",
         "Избирателя с номером %1 в списке нет. ИИН начинается с %1 у %n избирателей: "
         "выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter"),
        ("Тізімде %1 нөмірлі сайлаушы жоқ. %n сайлаушының ЖСН-і %1 цифрларынан басталады: "
         "біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз",
         "Тізімде %1 нөмірлі сайлаушы жоқ. %n сайлаушының ЖСН-і %1 цифрларынан басталады: "
         "біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз")),
    "An IIN has 12 digits. The IIN of %n voter(s) starts with %1: choose one with Up/Down "
    "or a click, then press Enter": (
        ("В ИИН 12 цифр. ИИН начинается с %1 у %n избирателя: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter",
         "В ИИН 12 цифр. ИИН начинается с %1 у %n избирателей: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter",
         "В ИИН 12 цифр. ИИН начинается с %1 у %n избирателей: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter"),
        ("ЖСН-де 12 цифр болады. %n сайлаушының ЖСН-і %1 цифрларынан басталады: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз",
         "ЖСН-де 12 цифр болады. %n сайлаушының ЖСН-і %1 цифрларынан басталады: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз")),
    "%n voter(s) match “%1”: choose one with Up/Down or a click, then press Enter": (
        ("По запросу «%1» найден %n избиратель: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter",
         "По запросу «%1» найдено %n избирателя: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter",
         "По запросу «%1» найдено %n избирателей: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter"),
        ("«%1» бойынша %n сайлаушы табылды: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз",
         "«%1» бойынша %n сайлаушы табылды: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз")),
    "F6 and F8 are for a voter who already has a ballot: find the voter first": (
        "F6 и F8 — для избирателя, уже получившего бюллетень: сначала найдите избирателя",
        "F6 және F8 бюллетень алған сайлаушы үшін: алдымен сайлаушыны табыңыз"),
    "F6 and F8 are for a voter who already has a ballot; %1": (
        "F6 и F8 — для избирателя, уже получившего бюллетень; %1",
        "F6 және F8 бюллетень алған сайлаушы үшін; %1"),
    'Act of receipt of ballots': ('Акт получения бюллетеней', 'Бюллетеньдерді алу актісі'),
    'Reason to close early:': ('Причина досрочного закрытия:', 'Ерте жабу себебі:'),
    'Needed before the closing time unless every voter has a ballot': ('Нужна до времени закрытия, если не все избиратели получили бюллетени', 'Барлық сайлаушы бюллетень алмаса, жабылу уақытына дейін қажет'),
    'Open voting': ('Открыть голосование', 'Дауыс беруді ашу'),
    'Close voting…': ('Закрыть голосование…', 'Дауыс беруді жабу…'),
    'Ballots received:': ('Получено бюллетеней:', 'Алынған бюллетеньдер:'),
    'Corrected by:': ('Исправляет:', 'Түзететін:'),
    'Correct the act': ('Исправить акт', 'Актіні түзету'),
    'Voting hours: %1–%2': ('Время голосования: %1–%2', 'Дауыс беру уақыты: %1–%2'),
    'Voting opened at %1 by %2': ('Голосование открыто %1, открыл(а) %2', 'Дауыс беру %1 ашылды, ашқан %2'),
    'Voting closed at %1 by %2': ('Голосование закрыто %1, закрыл(а) %2', 'Дауыс беру %1 жабылды, жапқан %2'),
    'Voting has not been opened yet.': ('Голосование ещё не открыто.', 'Дауыс беру әлі ашылған жоқ.'),
    'Voting has already been opened': ('Голосование уже открыто', 'Дауыс беру ашылып қойған'),
    'Voting is not open': ('Голосование не открыто', 'Дауыс беру ашық емес'),
    'The act of receipt can be corrected only before voting opens': ('Акт получения можно исправить только до открытия голосования', 'Алу актісін тек дауыс беру ашылғанға дейін түзетуге болады'),
    'Open voting now? Ballots can be issued from then on; this cannot be undone.': ('Открыть голосование сейчас? С этого момента можно выдавать бюллетени; отменить это нельзя.', 'Дауыс беруді қазір ашу керек пе? Осы сәттен бастап бюллетень беруге болады; мұны болдырмау мүмкін емес.'),
    'Close voting now? No ballot can be issued after this; this cannot be undone.': ('Закрыть голосование сейчас? После этого бюллетени выдавать нельзя; отменить это нельзя.', 'Дауыс беруді қазір жабу керек пе? Осыдан кейін бюллетень беруге болмайды; мұны болдырмау мүмкін емес.'),
    'Outside voting': ('Вне помещения', 'Үй-жайдан тыс'),
    'List changes': ('Изменения списка', 'Тізімдегі өзгерістер'),
    'Turnout': ('Явка', 'Қатысу'),
    'Turnout snapshot not saved: %1': ('Явка на отчётное время не сохранена: %1', 'Есептік уақыттағы келу сақталмады: %1'),
    'Ballots issued: %1 of %2': ('Выдано бюллетеней: %1 из %2', 'Берілген бюллетеньдер: %2 ішінен %1'),
    'At this desk: %1': ('За этим столом: %1', 'Осы үстелде: %1'),
    'IIN, list number or surname': ('ИИН, номер в списке или фамилия', 'ЖСН, тізімдегі нөмір немесе тегі'),
    'Add a voter': ('Добавить избирателя', 'Сайлаушыны қосу'),
    'Surname:': ('Фамилия:', 'Тегі:'),
    'Given name:': ('Имя:', 'Аты:'),
    'Patronymic:': ('Отчество:', 'Әкесінің аты:'),
    'IIN:': ('ИИН:', 'ЖСН:'),
    'Basis:': ('Основание:', 'Негізі:'),
    'Acting:': ('Член комиссии:', 'Комиссия мүшесі:'),
    '12 digits': ('12 цифр', '12 цифр'),
    'Add to the list': ('Включить в список', 'Тізімге енгізу'),
    'An IIN has digits only': ('ИИН состоит только из цифр', 'ЖСН тек цифрлардан тұрады'),
    '%1 of 12 digits': ('%1 из 12 цифр', '%1 цифр (12 болуы керек)'),
    'Too many digits: an IIN has 12': ('Слишком много цифр: в ИИН их 12', 'Цифр тым көп: ЖСН-де 12 цифр болады'),
    'The 7th digit is not a century and sex code': ('7-я цифра не является кодом века и пола', '7-цифр ғасыр мен жыныс коды емес'),
    'The first 6 digits are not a date of birth': ('Первые 6 цифр не являются датой рождения', 'Алғашқы 6 цифр туған күнді білдірмейді'),
    'Wrong check digit: check the number': ('Неверная контрольная цифра: проверьте номер', 'Бақылау цифры қате: нөмірді тексеріңіз'),
    'Born %1: under 18 on voting day': ('Дата рождения %1: на день голосования нет 18 лет', 'Туған күні %1: дауыс беру күні 18 жасқа толмайды'),
    'Already on the list as No. %1: %2': ('Уже есть в списке под № %1: %2', 'Тізімде № %1 болып тұр: %2'),
    'Valid IIN · born %1': ('ИИН верен · дата рождения %1', 'ЖСН дұрыс · туған күні %1'),
    'Added as No. %1: %2': ('Включён(а) в список под № %1: %2', 'Тізімге № %1 болып енгізілді: %2'),
    'Certificate No.:': ('№ удостоверения:', 'Куәлік №:'),
    'Court decision No.:': ('№ решения суда:', 'Сот шешімінің №:'),
    'Number of the absentee certificate': ('Номер открепительного удостоверения', 'Сырттай дауыс беру куәлігінің нөмірі'),
    'Number and date of the decision': ('Номер и дата решения', 'Шешімнің нөмірі мен күні'),
    'Number of the registration record': ('Номер записи о регистрации', 'Тіркеу жазбасының нөмірі'),
    'Registration No.:': ('№ регистрации:', 'Тіркеу №:'),
    'Document:': ('Документ:', 'Құжат:'),
    'Exclude a voter': ('Исключить избирателя', 'Сайлаушыны тізімнен шығару'),
    'Reason:': ('Причина:', 'Себебі:'),
    'Other reason:': ('Другая причина:', 'Басқа себеп:'),
    'Write the reason': ('Укажите причину', 'Себебін жазыңыз'),
    'Other…': ('Другая…', 'Басқа…'),
    'Confirm exclusion of No. %1': ('Подтвердить исключение № %1', '№ %1 шығаруды растау'),
    'Exclude No. %1 %2 from the list (%3)? Press again to confirm; Esc cancels.': ('Исключить № %1 %2 из списка (%3)? Нажмите ещё раз, чтобы подтвердить; Esc — отмена.', '№ %1 %2 тізімнен шығарылсын ба (%3)? Растау үшін тағы басыңыз; Esc — болдырмау.'),
    'No. %1 %2 is excluded from the list: %3': ('№ %1 %2 исключён(а) из списка: %3', '№ %1 %2 тізімнен шығарылды: %3'),
    'Exclude from the list…': ('Исключить из списка…', 'Тізімнен шығару…'),
    'Find the voter first': ('Сначала найдите избирателя', 'Алдымен сайлаушыны табыңыз'),
    'Find the voter: IIN, list number or surname': ('Найдите избирателя: ИИН, номер в списке или фамилия', 'Сайлаушыны табыңыз: ЖСН, тізімдегі нөмірі немесе тегі'),
    'No. %1 · %2 · born %3': ('№ %1 · %2 · дата рождения %3', '№ %1 · %2 · туған күні %3'),
    'On the list: may be excluded': ('В списке: можно исключить', 'Тізімде: шығаруға болады'),
    'Already excluded: %1': ('Уже исключён(а): %1', 'Тізімнен шығарылған: %1'),
    'Has a ballot: cannot be excluded (undo a mistaken issuance first)': ('Бюллетень выдан: исключить нельзя (ошибочную выдачу сначала отмените)', 'Бюллетень берілген: шығаруға болмайды (қате берілсе, алдымен беруді болдырмаңыз)'),
    'Changes to the list today': ('Изменения списка за сегодня', 'Бүгінгі тізім өзгерістері'),
    'The voter list is frozen: voting is closed': ('Список избирателей изменить нельзя: голосование закрыто', 'Сайлаушылар тізімін өзгертуге болмайды: дауыс беру жабылды'),
    'No commission member here may change the voter list': ('Никто из членов комиссии здесь не может изменять список избирателей', 'Мұнда ешбір комиссия мүшесі сайлаушылар тізімін өзгерте алмайды'),
    'Added': ('Включён(а)', 'Енгізілді'),
    'Excluded': ('Исключён(а)', 'Шығарылды'),
    'Time': ('Время', 'Уақыты'),
    'Change': ('Изменение', 'Өзгеріс'),
    'Basis or reason': ('Основание или причина', 'Негізі немесе себебі'),
    'Document': ('Документ', 'Құжат'),
    'By': ('Кто', 'Кім'),
    '&Register an application': ('&Регистрация заявления', '&Өтінішті тіркеу'),
    '&Trips of the portable box': ('&Выезды с переносным ящиком', '&Тасымалы жәшікпен шығу'),
    'Address:': ('Адрес:', 'Мекенжайы:'),
    'Taken by:': ('Принял:', 'Қабылдаған:'),
    'Late because:': ('Почему после срока:', 'Неге мерзімнен кейін:'),
    'Details (optional)': ('Подробности (необязательно)', 'Толығырақ (міндетті емес)'),
    'The reason, in words': ('Причина своими словами', 'Себебін жазыңыз'),
    'Where the box is to be taken': ('Куда выезжать с ящиком', 'Жәшікті апаратын мекенжай'),
    'Why the application is accepted after the deadline': ('Почему заявление принято после срока', 'Өтініш неге мерзімнен кейін қабылданды'),
    'Register application': ('Зарегистрировать заявление', 'Өтінішті тіркеу'),
    'Applications are accepted until %1.': ('Заявления принимаются до %1.', 'Өтініштерді қабылдау мерзімі: %1.'),
    'After %1: the reason for accepting the application late is recorded.': ('Срок (%1) истёк: записывается причина приёма заявления после срока.', 'Мерзім (%1) өтті: өтінішті кеш қабылдау себебі жазылады.'),
    'After %1 an application needs the reason it is accepted late': ('После %1 нужно указать причину приёма заявления после срока', 'Мерзім (%1) өткен соң өтінішті кеш қабылдау себебін көрсету керек'),
    'The package sets no deadline for applications.': ('Пакет выборов не задаёт срок подачи заявлений.', 'Сайлау пакетінде өтініш беру мерзімі көрсетілмеген.'),
    'Write the reason in words': ('Напишите причину словами', 'Себебін сөзбен жазыңыз'),
    'Application registered: %1, No. %2': ('Заявление зарегистрировано: %1, № %2', 'Өтініш тіркелді: %1, № %2'),
    'after the deadline': ('после срока', 'мерзімнен кейін'),
    '%1, No. %2, born %3': ('%1, № %2, дата рождения %3', '%1, № %2, туған күні %3'),
    'already applied at %1': ('заявление уже подано (%1)', 'өтініш бұрын берілген (%1)'),
    'Register of applications: %1 · waiting for a ballot: %2': ('Реестр заявлений: %1 · ожидают бюллетень: %2', 'Өтініштер тізілімі: %1 · бюллетень күтуде: %2'),
    'Taken by': ('Принял', 'Қабылдаған'),
    'Late?': ('После срока?', 'Кеш пе?'),
    'Ballot': ('Бюллетень', 'Бюллетень'),
    'yes': ('да', 'иә'),
    'none': ('нет', 'жоқ'),
    'at the desk': ('в помещении', 'үй-жайда'),
    'on trip %1': ('выезд № %1', 'шығу № %1'),
    'outside': ('вне помещения', 'үй-жайдан тыс'),
    '✕ excluded': ('✕ исключён', '✕ шығарылған'),
    'Trip': ('Выезд', 'Шығу'),
    'Members': ('Члены комиссии', 'Комиссия мүшелері'),
    'Times': ('Время', 'Уақыты'),
    'Taken': ('Взято', 'Алынды'),
    'Issued': ('Выдано', 'Берілді'),
    'Returned': ('Возвращено', 'Қайтарылды'),
    'Spoiled': ('Испорчено', 'Бүлінді'),
    'State': ('Состояние', 'Күйі'),
    '⌂ out': ('⌂ на выезде', '⌂ шығуда'),
    '✔ back': ('✔ вернулись', '✔ оралды'),
    'A new trip: the two members who go': ('Новый выезд: два члена комиссии', 'Жаңа шығу: баратын екі комиссия мүшесі'),
    'Ballots taken:': ('Взято бюллетеней:', 'Алынған бюллетень:'),
    'Start trip': ('Начать выезд', 'Шығуды бастау'),
    'at most %1': ('не более %1', 'ең көбі %1'),
    'Voter served:': ('Избиратель:', 'Сайлаушы:'),
    'Issued by:': ('Выдал:', 'Берген:'),
    'Record ballot issued': ('Отметить выдачу', 'Берілгенін белгілеу'),
    'Returned unused:': ('Не использовано:', 'Пайдаланылмаған:'),
    'Spoiled:': ('Испорчено:', 'Бүлінді:'),
    'End trip': ('Завершить выезд', 'Шығуды аяқтау'),
    '✔ Balances: taken %1 = issued %2 + returned %3 + spoiled %4': ('✔ Сходится: взято %1 = выдано %2 + возвращено %3 + испорчено %4', '✔ Сәйкес: алынды %1 = берілді %2 + қайтарылды %3 + бүлінді %4'),
    '✕ Does not balance: taken %1 ≠ issued %2 + returned %3 + spoiled %4': ('✕ Не сходится: взято %1 ≠ выдано %2 + возвращено %3 + испорчено %4', '✕ Сәйкес емес: алынды %1 ≠ берілді %2 + қайтарылды %3 + бүлінді %4'),
    'taken = issued + returned + spoiled': ('взято = выдано + возвращено + испорчено', 'алынды = берілді + қайтарылды + бүлінді'),
    'Voting is not open: trips start once it opens': ('Голосование не открыто: выезды начинаются после открытия', 'Дауыс беру ашылған жоқ: шығу ол ашылғаннан кейін басталады'),
    'No ballots to take: no application is waiting, or none are left': ('Брать нечего: нет ожидающих заявлений или не осталось бюллетеней', 'Алатын бюллетень жоқ: күтіп тұрған өтініш жоқ немесе бюллетень қалмады'),
    'Choose a trip under way in the table': ('Выберите в таблице текущий выезд', 'Кестеден жүріп жатқан шығуды таңдаңыз'),
    'Every ballot taken on this trip is issued': ('Все взятые на выезд бюллетени выданы', 'Шығуға алынған бюллетеньдердің бәрі берілді'),
    'Every applicant already has a ballot': ('Все заявители уже получили бюллетень', 'Өтініш берушілердің бәрі бюллетень алды'),
    'Trip %1 started · ballots taken: %2': ('Выезд № %1 начат · взято бюллетеней: %2', 'Шығу № %1 басталды · алынған бюллетень: %2'),
    'Ballot issued on trip %1: %2 · %3': ('Бюллетень выдан на выезде № %1: %2 · %3', 'Шығу № %1: бюллетень берілді: %2 · %3'),
    'Trip %1 is back: taken %2 = issued %3 + returned %4 + spoiled %5': ('Выезд № %1 завершён: взято %2 = выдано %3 + возвращено %4 + испорчено %5', 'Шығу № %1 аяқталды: алынды %2 = берілді %3 + қайтарылды %4 + бүлінді %5'),
    'as of %1': ('на %1', 'сағ. %1 жағдай бойынша'),
    'Report language:': ('Язык отчёта:', 'Есеп тілі:'),
    'Save turnout report (PDF)…': ('Сохранить сведения о явке (PDF)…', 'Қатысу туралы мәліметті сақтау (PDF)…'),
    'Save turnout report': ('Сохранение сведений о явке', 'Қатысу туралы мәліметті сақтау'),
    "An A4 report for the territorial commission: turnout now, at the report times, by section and per hour, with lines for the chair's and secretary's signatures": ('Отчёт A4 для территориальной комиссии: текущая явка, явка на установленное время, по разделам списка и по часам, со строками для подписей председателя и секретаря', 'Аумақтық комиссияға арналған A4 есебі: ағымдағы қатысу, белгіленген уақыттағы, тізім бөлімдері және сағаттар бойынша қатысу, төраға мен хатшының қолына арналған жолдармен'),
    'Ballots issued per hour': ('Выдано бюллетеней по часам', 'Сағат сайын берілген бюллетеньдер'),
    'At the report times': ('На установленное время', 'Белгіленген уақытта'),
    'By list section': ('По разделам списка', 'Тізім бөлімдері бойынша'),
    'hour of the day (local time)': ('час (местное время)', 'сағат (жергілікті уақыт)'),
    'the current hour, so far': ('текущий час, на данный момент', 'ағымдағы сағат, әзірге'),
    'ballots issued': ('выдано бюллетеней', 'бюллетень берілді'),
    'voters on the list': ('избирателей в списке', 'тізімдегі сайлаушылар'),
    'turnout': ('явка', 'қатысу'),
    'On the list': ('В списке', 'Тізімде'),
    'Total': ('Итого', 'Барлығы'),
    'pending': ('ожидается', 'күтілуде'),
    'not recorded yet': ('ещё не зафиксировано', 'әлі тіркелмеген'),
    'Turnout report saved: %1': ('Сведения о явке сохранены: %1', 'Қатысу туралы мәлімет сақталды: %1'),
    "ID card": ("Удостоверение личности", "Жеке куәлік"),
    "Passport": ("Паспорт", "Төлқұжат"),
    "Other document": ("Другой документ", "Басқа құжат"),
    # The start screen: what creating a station is doing.
    "Creating the station database…": ("Создание базы данных участка…",
                                       "Учаске дерекқоры құрылуда…"),
    "Reading the voter list: row %1 of %2…": ("Чтение списка избирателей: строка %1 из %2…",
                                               "Сайлаушылар тізімі оқылуда: %1 / %2 жол…"),
    "Saving the station and the voter list…": ("Сохранение участка и списка избирателей…",
                                               "Учаске мен сайлаушылар тізімі сақталуда…"),
    "Creating the demo station: %1 voters…": ("Создание демонстрационного участка: "
                                              "избирателей — %1…",
                                              "Демо учаске құрылуда: %1 сайлаушы…"),
    "Opening the station…": ("Открытие участка…", "Учаске ашылуда…"),
}


sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n_words_closing import WORDS as CLOSING_WORDS  # noqa: E402
from i18n_words_integrity import WORDS as INTEGRITY_WORDS  # noqa: E402

for _source, _words in (*CLOSING_WORDS.items(), *INTEGRITY_WORDS.items()):
    WORDS.setdefault(_source, _words)

# English is the source language; its file only carries the plural forms.
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "No voter has list number %1. The IIN of %n voter(s) starts with %1: choose one with "
    "Up/Down or a click, then press Enter": (
        "No voter has list number %1. The IIN of %n voter starts with %1: choose it with "
        "Up/Down or a click, then press Enter",
        "No voter has list number %1. The IINs of %n voters start with %1: choose one with "
        "Up/Down or a click, then press Enter"),
    "An IIN has 12 digits. The IIN of %n voter(s) starts with %1: choose one with Up/Down "
    "or a click, then press Enter": (
        "An IIN has 12 digits. The IIN of %n voter starts with %1: choose it with Up/Down "
        "or a click, then press Enter",
        "An IIN has 12 digits. The IINs of %n voters start with %1: choose one with Up/Down "
        "or a click, then press Enter"),
    "%n voter(s) match “%1”: choose one with Up/Down or a click, then press Enter": (
        "%n voter matches “%1”: choose it with Up/Down or a click, then press Enter",
        "%n voters match “%1”: choose one with Up/Down or a click, then press Enter"),
    "%n protocol line(s) typed and not saved.": (
        "%n protocol line typed and not saved.", "%n protocol lines typed and not saved."),
    "Save %n changed line(s)": ("Save %n changed line", "Save %n changed lines"),
    "%n line(s) saved at %1 by %2": ("%n line saved at %1 by %2", "%n lines saved at %1 by %2"),
    "The entries differ on %n line(s): %1. Nothing is saved: correct the second entry.": (
        "The entries differ on %n line: %1. Nothing is saved: correct the second entry.",
        "The entries differ on %n lines: %1. Nothing is saved: correct the second entry."),
    "Protocol sent to the printer: %n copy(ies)": (
        "Protocol sent to the printer: %n copy", "Protocol sent to the printer: %n copies"),
    "Import %n voter(s)": ("Import %n voter", "Import %n voters"),
    "Imported %n voter(s)": ("Imported %n voter", "Imported %n voters"),
    "Rejected rows (%n)": ("Rejected rows (%n)", "Rejected rows (%n)"),
}


def fill_english(path: Path) -> list[str]:
    """Plural forms for English; other messages stay as in the source."""
    tree = ET.parse(path)
    missing: list[str] = []
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = ENGLISH_PLURALS.get(source)
        if forms is None:
            missing.append(source)
            continue
        for form, text in zip(translation.findall("numerusform"), forms, strict=False):
            form.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def fill(path: Path, column: int) -> list[str]:
    """Fill ``path``; returns the sources still without a translation."""
    tree = ET.parse(path)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") not in ("unfinished", None) or (
            translation.get("type") is None and (translation.text or len(translation))
        ):
            continue
        words = WORDS.get(source)
        if words is None:
            missing.append(source)
            continue
        value = words[column]
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            values = value if isinstance(value, tuple) else (value,) * len(forms)
            for form, text in zip(forms, values, strict=False):
                form.text = text
        else:
            assert isinstance(value, str), source
            translation.text = value
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = (
        fill(I18N / "precinct_ru.ts", 0)
        + fill(I18N / "precinct_kk.ts", 1)
        + fill_english(I18N / "precinct_en.ts")
    )
    for source in sorted(set(left)):
        print(f"no translation for: {source!r}", file=sys.stderr)
    sys.exit(1 if left else 0)
