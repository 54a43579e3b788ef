"""Writes the sample voter files in docs/samples/ (each with a few bad rows on purpose).

- voters_cp1251_ru.csv: Windows-1251, ';'-separated, Russian headers, DD.MM.YYYY dates;
- voters_kk.xlsx: UTF-8 XLSX with Kazakh headers, IINs as numbers, dates as date cells.
Run: .venv/bin/python tools/make_samples.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from precinct_app.services.iin import make_iin

OUT = Path(__file__).resolve().parents[1] / "docs" / "samples"


def _iin(born: dt.date, female: bool, serial: int) -> str:
    while (value := make_iin(born, female, serial)) is None:
        serial += 1
    return value


def write_cp1251() -> Path:
    rows = [
        "№;ИИН;Фамилия;Имя;Отчество;Дата рождения;Адрес;Раздел",
        f"1;{_iin(dt.date(1975, 3, 14), False, 1)};Иванов;Сергей;Петрович;14.03.1975;"
        "\"ул. Кенесары, 4, кв. 1\";1",
        f"2;{_iin(dt.date(1981, 11, 2), True, 2)};Смирнова;Ольга;Викторовна;02.11.1981;"
        "\"ул. Кенесары, 4, кв. 2\";1",
        # Kazakh letters written as the nearest Russian ones, as in real cp1251 lists.
        f"3;{_iin(dt.date(1990, 6, 30), False, 3)};Сарсенбаев;Даулет;Кайратулы;30.06.1990;"
        "\"ул. Туран, 10, кв. 5\";2",
        "4;871008401428;Петров;Иван;;08.10.1987;\"ул. Туран, 10, кв. 6\";2",  # bad check digit
        f"5;{_iin(dt.date(1975, 3, 14), False, 1)};Иванов;Сергей;;14.03.1975;;2",  # duplicate
        f"6;{_iin(dt.date(1969, 1, 5), True, 6)};Ким;Елена;;06.01.1969;;2",  # date disagrees
        f"7;{_iin(dt.date(2008, 2, 1), False, 7)};Юный;Артём;;01.02.2008;;2",  # under 18
        f"8;{_iin(dt.date(1959, 9, 9), True, 8)};;Анна;;09.09.1959;;2",  # no surname
    ]
    path = OUT / "voters_cp1251_ru.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1251"))
    return path


def write_xlsx() -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Тізім"
    sheet.append(["Р/н", "ЖСН", "Тегі", "Аты", "Әкесінің аты", "Туған күні", "Мекенжайы",
                  "Бөлім"])
    good = [
        (dt.date(2001, 4, 17), True, "Ахметова", "Іңкәр", "Серікқызы"),
        (dt.date(1956, 8, 29), False, "Іскаков", "Ғалым", "Ерланұлы"),
        (dt.date(2000, 7, 23), True, "Шевченко", "Наталья", "Сергеевна"),  # IIN starts with 0
        (dt.date(1988, 1, 27), False, "Құнанбаев", "Жұлдызбек", ""),
    ]
    for number, (born, female, surname, given, patronymic) in enumerate(good, start=1):
        value = _iin(born, female, 100 + number)
        sheet.append([number, int(value), surname, given, patronymic, born,
                      f"Тұран даңғылы, {number}", "1"])
    sheet.append([5, 900101300812, "Әбішева", "Құралай", "", dt.date(1990, 1, 1), "", "1"])
    sheet.append([6, int(_iin(dt.date(1962, 3, 9), True, 106)), "Нұрғалиева", "", "",
                  dt.date(1962, 3, 9), "", "1"])  # no given name
    sheet.append([2, int(_iin(dt.date(1970, 5, 5), False, 107)), "Мұқанов", "Асқар", "",
                  dt.date(1970, 5, 5), "", "1"])  # list number used twice
    path = OUT / "voters_kk.xlsx"
    book.save(path)
    return path


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for written in (write_cp1251(), write_xlsx()):
        print(written)
