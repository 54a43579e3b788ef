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
}


# English is the source language; its file only carries the plural forms.
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
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
