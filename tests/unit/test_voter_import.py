"""Voter list import: encodings, delimiters, headers, every rejection with its line."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select, text

from precinct_app.db import Database
from precinct_app.models import Voter
from precinct_app.services import audit, iin, voter_import
from precinct_app.services.clock import Clock
from precinct_app.services.iin import make_iin
from precinct_app.services.package import from_document
from precinct_app.services.station import create_station
from precinct_app.services.voter_import import ImportRejected, read_voter_bytes

DAY = dt.date(2024, 10, 6)
SAMPLES = Path(__file__).parents[2] / "docs" / "samples"


def _iin(born: dt.date, female: bool = False, serial: int = 1) -> str:
    while (value := make_iin(born, female, serial)) is None:
        serial += 1
    return value


A = _iin(dt.date(1980, 5, 1))
B = _iin(dt.date(1990, 2, 3), True)
C = _iin(dt.date(1970, 12, 31), False, 7)


def _read(data: bytes, **kwargs: Any) -> voter_import.ImportPreview:
    return read_voter_bytes(data, "list.csv", voting_day=DAY, **kwargs)


@pytest.fixture
def station_db(db: Database, clock: Clock, sample_election: dict[str, Any]) -> Database:
    with db.transaction() as s:
        create_station(s, clock, from_document(sample_election), db_path=None)
    return db


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "kz1048"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_encodings_and_delimiters_are_detected(encoding: str, delimiter: str) -> None:
    surname = "Сарсенбаев" if encoding == "cp1251" else "Сәрсенбаев"
    lines = [
        delimiter.join(["ИИН", "Фамилия", "Имя", "Адрес"]),
        delimiter.join([A, surname, "Ерлан", '"ул. Туран, 4"']),
        delimiter.join([B, "Ким", "Елена", ""]),
    ]
    preview = _read("\r\n".join(lines).encode(encoding))
    assert preview.encoding == encoding
    assert preview.delimiter == delimiter
    assert [r.surname for r in preview.accepted] == [surname, "Ким"]
    assert preview.accepted[0].address == "ул. Туран, 4"
    assert [r.list_no for r in preview.accepted] == [1, 2]


def test_excel_unicode_text_is_read() -> None:
    # Excel's "Save as Unicode text": UTF-16 with a BOM, tab-separated.
    data = f"ЖСН\tТегі\tАты\r\n{A}\tӘбенов\tҚайрат\r\n".encode("utf-16")
    preview = _read(data)
    assert (preview.encoding, preview.delimiter) == ("utf-16", "\t")
    assert [(r.line, r.surname, r.given_name) for r in preview.accepted] == [
        (2, "Әбенов", "Қайрат")
    ]


@pytest.mark.parametrize(
    "header",
    [
        "list_no,iin,surname,given_name,patronymic,birth_date,address,section",
        "№,ИИН,Фамилия,Имя,Отчество,Дата рождения,Адрес,Раздел",
        "№,ЖСН,Тегі,Аты,Әкесінің аты,Туған күні,Мекенжайы,Бөлім",
        " List No , IIN ,SURNAME, Given Name ,patronymic,Birth_Date,ADDRESS,section",
    ],
)
def test_headers_in_three_languages(header: str) -> None:
    data = f"{header}\n7,{A},Ахметов,Ерлан,Серікұлы,01.05.1980,Тұран 4,2\n".encode()
    record = _read(data).accepted[0]
    assert (record.list_no, record.iin, record.surname, record.patronymic) == (
        7, A, "Ахметов", "Серікұлы",
    )
    assert (record.birth_date, record.section) == (dt.date(1980, 5, 1), "2")


def test_columns_in_any_order_and_extra_columns_ignored() -> None:
    data = f"Аты;Note;Тегі;ЖСН\nЕрлан;x;Ахметов;{A}\n".encode()
    preview = _read(data)
    assert preview.accepted[0].given_name == "Ерлан"
    assert preview.ignored_columns == ("Note",)


def test_each_rejection_has_its_line_and_reason() -> None:
    young = _iin(dt.date(2007, 1, 1))
    rows = [
        "iin,surname,given_name,birth_date,list_no",
        f"{A},Ахметов,Ерлан,1980-05-01,",  # 2 ok
        "871008401428,Петров,Иван,,",  # 3 check digit
        f"{A},Ахметов,Ерлан,,",  # 4 duplicate
        f"{B},Ким,Елена,1990-02-04,",  # 5 date disagrees
        f"{young},Юный,Ян,,",  # 6 under 18
        f"{C},,Асқар,,",  # 7 surname missing
        f"{C},Мұқанов,Асқар,31/12/1970,",  # 8 bad date
        f"{C},Мұқанов,Асқар,,x",  # 9 bad list number
        "12345,Короткий,Иин,,",  # 10 IIN format
        f"{C},Мұқанов,Асқар,,,extra",  # 11 too many fields
        "",  # 12 blank: skipped, not rejected
        f'{C},"Мұқанов\nмногострочный",Асқар,,',  # 13-14 multi-line field, accepted
        f"{B},Ким,Елена,,",  # 15 ok
    ]
    preview = _read("\n".join(rows).encode())
    rejected = [(r.line, r.reason) for r in preview.rejected]
    assert rejected == [
        (3, "iin_checksum"), (4, "iin_duplicate"), (5, "birth_date_mismatch"), (6, "under_18"),
        (7, "missing_field"), (8, "bad_birth_date"), (9, "bad_list_no"), (10, "iin_format"),
        (11, "wrong_field_count"),
    ]
    assert preview.rejected[1].params == {"first_line": 2}
    assert preview.rejected[4].params == {"field": "surname"}
    assert preview.rejected[8].params == {"fields": 6, "expected": 5}
    assert [r.line for r in preview.accepted] == [2, 13, 15]
    assert preview.accepted[1].surname == "Мұқанов многострочный"


def test_existing_voters_and_numbers_are_duplicates() -> None:
    data = f"list_no,iin,surname,given_name\n5,{A},Ахметов,Ерлан\n,{B},Ким,Елена\n".encode()
    preview = _read(data, existing_iins={A}, existing_list_numbers={1, 2, 3})
    assert [(r.line, r.reason) for r in preview.rejected] == [(2, "iin_on_list")]
    assert [r.list_no for r in preview.accepted] == [4]


def test_list_number_and_field_rules() -> None:
    d = _iin(dt.date(1960, 6, 6))
    rows = [
        "№;ИИН;Фамилия;Имя",
        f"3;{A};Ахметов;Ерлан",  # 2 ok
        f"3;{B};Ким;Елена",  # 3 number used on line 2
        f"1;{C};Мұқанов;Асқар",  # 4 number already on the station's list
        f";{d};{'Я' * 101};Ян",  # 5 surname too long
        f";{d};Ли;123",  # 6 given name without letters
        f"0;{d};Ли;Ян",  # 7 list numbers start at 1
    ]
    preview = _read("\n".join(rows).encode(), existing_list_numbers={1})
    assert [(r.line, r.reason, r.params) for r in preview.rejected] == [
        (3, "list_no_duplicate", {"value": 3, "first_line": 2}),
        (4, "list_no_on_list", {"value": 1}),
        (5, "field_too_long", {"field": "surname", "limit": 100}),
        (6, "bad_name", {"field": "given_name"}),
        (7, "bad_list_no", {"value": "0"}),
    ]


def test_undecodable_row_is_rejected_alone() -> None:
    good = f"iin,surname,given_name\n{A},Ахметов,Ерлан\n".encode()
    bad = f"{B},".encode() + b"\xff\xfe" + ",Елена\n".encode()
    preview = _read(good + bad)
    assert [(r.line, r.reason) for r in preview.rejected] == [(3, "unreadable_row")]
    assert preview.rejected[0].params == {"field": "surname"}
    assert len(preview.accepted) == 1


def _xlsx(rows: list[list[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_numbers_and_date_cells() -> None:
    zero = _iin(dt.date(2000, 7, 23), True)  # starts with 0: stored as a number it loses it
    data = _xlsx([
        ["ЖСН", "Тегі", "Аты", "Туған күні", "Р/н"],
        [int(zero), "Шевченко", "Наталья", dt.datetime(2000, 7, 23), 12],
        [int(A), "Ахметов", "Ерлан", dt.date(1980, 5, 2), 13],
    ])
    preview = read_voter_bytes(data, "list.bin", voting_day=DAY)
    assert preview.file_format == "xlsx"
    assert [(r.iin, r.list_no) for r in preview.accepted] == [(zero, 12)]
    assert [(r.line, r.reason) for r in preview.rejected] == [(3, "birth_date_mismatch")]


def test_xlsx_reads_the_first_sheet_with_sheet_row_numbers() -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    first.append(["IIN", "Surname", "Given name", "Birth date"])
    first.append([A, "Ахметов", "Ерлан", "01.05.1980"])
    first.append([None, None, None, None])  # a blank row is skipped, not counted as a line
    first.append([B, "Ким", "Елена", "1990-02-04"])
    other = book.create_sheet("notes")
    other.append(["not", "a", "list"])
    book.active = 1  # the workbook was saved with the other sheet open
    out = io.BytesIO()
    book.save(out)
    preview = read_voter_bytes(out.getvalue(), "list.xlsx", voting_day=DAY)
    assert [r.line for r in preview.accepted] == [2]
    assert [(r.line, r.reason) for r in preview.rejected] == [(4, "birth_date_mismatch")]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "import_empty"),
        (b"\n\n  \n", "import_empty"),
        ("Фамилия;Имя\nАхметов;Ерлан\n".encode(), "import_missing_columns"),
        (b"iin,surname,given_name,iin\n", "import_duplicate_column"),
        (b"PK\x03\x04 not really a workbook", "import_missing_columns"),
    ],
)
def test_whole_file_problems(data: bytes, code: str) -> None:
    with pytest.raises(ImportRejected) as info:
        _read(data)
    assert info.value.code == code


def test_corrupt_xlsx_is_rejected() -> None:
    data = _xlsx([["iin", "surname", "given_name"]])
    with pytest.raises(ImportRejected) as info:
        _read(data[: len(data) // 2] + b"\x00" * 100 + data[len(data) // 2 + 100 :])
    assert info.value.code in ("import_bad_xlsx", "import_missing_columns")


def test_sample_files_import_with_their_bad_rows_reported() -> None:
    csv_preview = read_voter_bytes(
        (SAMPLES / "voters_cp1251_ru.csv").read_bytes(), "ru.csv", voting_day=DAY
    )
    assert (csv_preview.encoding, csv_preview.delimiter) == ("cp1251", ";")
    assert len(csv_preview.accepted) == 3 and len(csv_preview.rejected) == 5
    xlsx_preview = read_voter_bytes(
        (SAMPLES / "voters_kk.xlsx").read_bytes(), "kk.xlsx", voting_day=DAY
    )
    assert xlsx_preview.accepted[0].given_name == "Іңкәр"
    assert [r.reason for r in xlsx_preview.rejected] == [
        "iin_checksum", "missing_field", "list_no_duplicate",
    ]


def _voter_count(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Voter)) or 0


def test_apply_writes_rows_keys_and_one_audit_event(
    station_db: Database, clock: Clock, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(f"iin,surname,given_name\n{A},СӘРСЕНБАЕВ,Ерлан\n", encoding="utf-8")
    with station_db.reading() as s:
        preview = voter_import.preview_import(s, path)
    with station_db.transaction() as s:
        result = voter_import.apply_import(s, clock, preview, actor="c1")
    assert result.imported == 1
    with station_db.reading() as s:
        voter = s.scalars(select(Voter)).one()
        assert voter.surname_key == "сарсенбаев"
        events = list(audit.iter_events(s))
        assert events[-1].action == "voters.imported"
        assert A not in events[-1].payload and "СӘРСЕНБАЕВ" not in events[-1].payload
        assert audit.verify_chain(s).ok
    # The same file again: every row is now a duplicate of the station's list.
    with station_db.reading() as s:
        again = voter_import.preview_import(s, path)
    assert [r.reason for r in again.rejected] == ["iin_on_list"]


def test_stale_preview_is_refused(station_db: Database, clock: Clock, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(f"iin,surname,given_name\n{A},Ахметов,Ерлан\n", encoding="utf-8")
    with station_db.reading() as s:
        first = voter_import.preview_import(s, path)
        second = voter_import.preview_import(s, path)
    with station_db.transaction() as s:
        voter_import.apply_import(s, clock, first)
    with pytest.raises(ImportRejected) as info, station_db.transaction() as s:
        voter_import.apply_import(s, clock, second)
    assert info.value.code == "import_stale"
    assert _voter_count(station_db) == 1


def test_cancel_leaves_the_database_unchanged(station_db: Database, clock: Clock) -> None:
    rows = [f"{_iin(dt.date(1950, 1, 1) + dt.timedelta(days=i))},Ахметов,Ерлан" for i in
            range(3000)]
    preview = _read(("iin,surname,given_name\n" + "\n".join(rows)).encode())
    calls = iter([False, True])
    with pytest.raises(voter_import.ImportCancelled), station_db.transaction() as s:
        voter_import.apply_import(s, clock, preview, should_cancel=lambda: next(calls))
    assert _voter_count(station_db) == 0
    with station_db.reading() as s:
        assert audit.head(s).seq == 1  # only the station's creation


def test_import_refused_after_setup(station_db: Database, tmp_path: Path) -> None:
    with station_db.engine.begin() as conn:
        conn.execute(text("UPDATE station SET phase = 'voting_open'"))
    path = tmp_path / "list.csv"
    path.write_text(f"iin,surname,given_name\n{A},Ахметов,Ерлан\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info, station_db.reading() as s:
        voter_import.preview_import(s, path)
    assert info.value.code == "import_not_in_setup"


@settings(max_examples=400)
@given(st.one_of(
    st.text("0123456789", min_size=11, max_size=13),
    st.builds(make_iin, st.dates(dt.date(1800, 1, 1), dt.date(2099, 12, 31)), st.booleans(),
              st.integers(0, 9999)).filter(lambda v: v is not None),
    st.text(max_size=13),
))
def test_fast_iin_check_agrees_with_the_iin_rules(number: str) -> None:
    expected = iin.birth_date(number) if iin.is_valid(number) else None
    assert voter_import.valid_iin_birth_date(number) == expected


_CELL = st.one_of(
    st.text(max_size=14),
    st.sampled_from([A, B, "871008401428", "01.02.2000", "2000-02-30", "", "\ufffd", "\x00"]),
)


@settings(max_examples=150)
@given(
    header=st.lists(
        st.sampled_from(["iin", "ИИН", "surname", "Тегі", "given_name", "Имя", "№", "x", ""]),
        max_size=6,
    ),
    rows=st.lists(st.lists(_CELL, max_size=7), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "cp1251", "kz1048", "utf-16"]),
)
def test_fuzz_text_files_raise_only_import_rejected(
    header: list[str], rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    body = "\n".join(delimiter.join(r) for r in [header, *rows])
    data = body.encode(encoding, errors="replace")
    try:
        preview = _read(data)
    except ImportRejected:
        return
    for record in preview.accepted:
        assert len(record.iin) == 12 and record.surname and record.given_name


@settings(max_examples=150)
@given(st.binary(max_size=400))
def test_fuzz_random_bytes_raise_only_import_rejected(data: bytes) -> None:
    try:
        _read(data)
    except ImportRejected:
        pass


@settings(max_examples=40)
@given(cells=st.lists(st.lists(st.one_of(
    st.none(), st.integers(-10, 10**13), st.floats(allow_nan=True),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=8),
    st.dates(dt.date(1900, 1, 1), dt.date(2030, 1, 1)),
), max_size=5), max_size=4))
def test_fuzz_xlsx_cells_raise_only_import_rejected(cells: list[list[Any]]) -> None:
    data = _xlsx([["iin", "surname", "given_name", "birth_date", "list_no"], *cells])
    try:
        read_voter_bytes(data, "f.xlsx", voting_day=DAY)
    except ImportRejected:
        pass


@settings(max_examples=40)
@given(st.binary(max_size=300))
def test_fuzz_rejected_import_leaves_database_unchanged(data: bytes) -> None:
    from precinct_app.db import open_database

    db = open_database(None)
    election = __import__("json").loads(
        (Path(__file__).parents[2] / "resources" / "demo" / "election.json").read_text("utf-8")
    )
    clock = Clock(fixed=dt.datetime(2024, 10, 6, 4, tzinfo=dt.UTC))
    with db.transaction() as s:
        create_station(s, clock, from_document(election), db_path=None)
    before = _dump(db)
    try:
        preview = _read(b"iin;surname;given_name\n" + data)
        with db.transaction() as s:
            voter_import.apply_import(s, clock, preview)
            if preview.rejected:
                raise ImportRejected("import_strict_refused", rejected=len(preview.rejected))
    except ImportRejected:
        assert _dump(db) == before
    db.dispose()


def _dump(db: Database) -> list[Any]:
    with db.reading() as s:
        return [
            *s.execute(text("SELECT * FROM voter ORDER BY id")).all(),
            *s.execute(text("SELECT * FROM audit_event ORDER BY seq")).all(),
        ]
