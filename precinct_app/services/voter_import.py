"""Voter list import (docs/formats.md §2): CSV or XLSX, every row accepted or rejected.

Reading is pure (:func:`read_voter_bytes`) so the GUI can show a preview and
write nothing until the user confirms; :func:`apply_import` then writes the
accepted rows and one audit event in the caller's transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import mul
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from precinct_app.db import bulk_insert
from precinct_app.models import Voter
from precinct_app.services import audit, bounds, iin, safe_files
from precinct_app.services import voters as voter_queries
from precinct_app.services.clock import Clock
from precinct_app.services.errors import DomainError
from precinct_app.services.station import StationInfo, load_station
from precinct_app.services.text import fold

_VOTER_TABLE = cast(Table, Voter.__table__)
_INSERT_COLUMNS = (
    "list_no", "iin", "surname", "given_name", "patronymic", "birth_date", "address", "section",
    "status", "origin", "surname_key", "given_name_key",
)

ProgressFn = Callable[[int, int], None]  # (done, total)
CancelFn = Callable[[], bool]  # True: stop now

COLUMNS = (
    "list_no", "iin", "surname", "given_name", "patronymic", "birth_date", "address", "section",
)
REQUIRED = ("iin", "surname", "given_name")
MAX_LENGTH = {
    "surname": 100, "given_name": 100, "patronymic": 100, "address": 300, "section": 32,
}
PROGRESS_EVERY = 1000
# A station has at most a few thousand voters: caps with a wide margin, so that a hostile
# or mistaken file (3 million rows, 190 MB of blank lines) is refused in seconds, by name.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ROWS = 100_000  # rows of the file, blank ones included, the header not
# openpyxl streams the sheet but loads the rest of an XLSX (shared strings, styles) whole:
# those parts, unpacked, are capped too (a small zip can unpack to gigabytes).
MAX_XLSX_UNPACKED = 64 * 1024 * 1024

# Header words in English, Russian and Kazakh, compared after _header_key().
_ALIASES: dict[str, tuple[str, ...]] = {
    "list_no": ("listno", "no", "number", "№", "n", "#", "№п/п", "номер", "номерпосписку",
                "номервсписке", "нөмір", "тізімдегінөмірі", "реттікнөмір", "рн", "р/н", "№р/н"),
    "iin": ("iin", "иин", "жсн"),
    "surname": ("surname", "lastname", "familyname", "фамилия", "тегі", "тег"),
    "given_name": ("givenname", "firstname", "name", "имя", "аты", "есімі", "есім"),
    "patronymic": ("patronymic", "middlename", "отчество", "әкесініңаты", "әкесінің"),
    "birth_date": ("birthdate", "dateofbirth", "born", "датарождения", "туғанкүні",
                   "туғанкүн", "туғанжылы"),
    "address": ("address", "адрес", "адресрегистрации", "мекенжайы", "мекенжай",
                "тұрғылықтымекенжайы"),
    "section": ("section", "book", "раздел", "книга", "часть", "бөлім", "кітап", "бөлігі"),
}
_HEADER_TO_COLUMN = {alias: col for col, aliases in _ALIASES.items() for alias in aliases}
_HEADER_JUNK = re.compile(r"[\s_\-.:\"'()]+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\Z")
_DOT_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\Z")
# Bytes where kz1048 has Kazakh letters and cp1251 has rare Serbian/Ukrainian ones.
_KZ1048_BYTES = frozenset(b"\x8d\x8e\x9d\x9e\xa1\xa2\xa3\xa5\xaa\xaf\xb4\xba\xbc\xbd\xbe\xbf")


class ImportRejected(DomainError):
    """The whole file cannot be imported (unreadable, no header, a required column missing...)."""


class ImportCancelled(DomainError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class VoterRecord:
    """An accepted row, normalised."""

    line: int
    list_no: int
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: dt.date
    address: str
    section: str


@dataclass(frozen=True)
class RejectedRow:
    """A rejected row: where, why (a code with data), and what it held."""

    line: int
    reason: str
    params: dict[str, Any] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do; nothing is written until :func:`apply_import`."""

    source: str
    file_format: str  # "csv" | "xlsx"
    encoding: str | None
    delimiter: str | None
    columns: tuple[str, ...]
    accepted: tuple[VoterRecord, ...]
    rejected: tuple[RejectedRow, ...]
    ignored_columns: tuple[str, ...] = ()
    sha256: str = ""

    @property
    def rows(self) -> int:
        """Rows read (blank lines not counted)."""
        return len(self.accepted) + len(self.rejected)


@dataclass(frozen=True)
class ImportResult:
    """What :func:`apply_import` wrote."""

    imported: int
    rejected: int


# ---------------------------------------------------------------- decoding and tables


def detect_encoding(data: bytes) -> str:
    """``utf-8-sig``, ``utf-8``, ``utf-16``, ``kz1048`` or ``cp1251``."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"  # Excel's "Unicode text" (tab-separated) starts with this BOM
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few damaged bytes is still UTF-8 (its bad rows get
    # rejected); Cyrillic in a single-byte code page almost never forms valid
    # UTF-8 sequences, so valid ones far outnumbering bad ones decides it.
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    valid = sum(1 for ch in decoded if ch > "\x7f") - bad
    if valid >= 4 * bad:
        return "utf-8"
    if any(b in _KZ1048_BYTES for b in data):
        return "kz1048"
    return "cp1251"


def _header_key(text: str) -> str:
    return _HEADER_JUNK.sub("", text.casefold())


def _detect_delimiter(first_line: str) -> str:
    counts = {d: 0 for d in (",", ";", "\t")}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


Cell = str | dt.date | None


@dataclass
class _Table:
    """Rows of cells with their line numbers, from either file format."""

    file_format: str
    encoding: str | None
    delimiter: str | None
    rows: Iterator[tuple[int, list[Cell]]]
    total_hint: int


def _csv_table(data: bytes, name: str) -> _Table:
    encoding = detect_encoding(data)
    # errors="replace": one bad byte rejects its row, not the whole file.
    text = data.decode(encoding, errors="replace")
    if text.count("\n") > MAX_ROWS + 1:  # blank lines count: they cost the same to read
        raise ImportRejected("import_too_many_rows", file=name, limit=MAX_ROWS)
    first = next((ln for ln in text.splitlines() if ln.strip()), None)
    if first is None:
        raise ImportRejected("import_empty", file=name)
    delimiter = _detect_delimiter(first)

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        end_of_previous = 0
        try:
            for record in reader:
                start = end_of_previous + 1
                end_of_previous = reader.line_num
                if not "".join(record).strip():  # blank line (or only delimiters)
                    continue
                yield start, list(record)
        except csv.Error as exc:
            raise ImportRejected(
                "import_unreadable", file=name, line=end_of_previous + 1, detail=str(exc)
            ) from exc

    return _Table("csv", encoding, delimiter, rows(), text.count("\n") + 1)


def _xlsx_cell(value: Any) -> Cell:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_table(data: bytes, name: str) -> _Table:
    from openpyxl import load_workbook  # slow import; only when an XLSX comes

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # The declared sizes bind: zipfile stops reading a part at its declared size.
            unpacked = sum(info.file_size for info in archive.infolist()
                           if not info.filename.startswith("xl/worksheets/"))
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportRejected("import_bad_xlsx", file=name, detail=type(exc).__name__) from exc
    if unpacked > MAX_XLSX_UNPACKED:
        raise ImportRejected("import_xlsx_unpacks_too_big", file=name, size=unpacked,
                             limit=MAX_XLSX_UNPACKED)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        total = sheet.max_row or 0  # declared: only a hint for the progress bar
        # Read-only mode trusts the declared <dimension> and stops there: a stale one lost
        # rows silently. Without it every row the sheet holds is read.
        sheet.reset_dimensions()
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportRejected("import_bad_xlsx", file=name, detail=type(exc).__name__) from exc

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS + 1:  # blank rows count: a gap is filled row by row
                    raise ImportRejected("import_too_many_rows", file=name, limit=MAX_ROWS)
                cells = [_xlsx_cell(v) for v in values]
                if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                    continue
                yield number, cells
        except (ImportCancelled, ImportRejected):
            raise
        except Exception as exc:  # a damaged sheet fails while iterating
            raise ImportRejected("import_bad_xlsx", file=name, detail=type(exc).__name__) from exc
        finally:
            book.close()

    return _Table("xlsx", None, None, rows(), total)


# ---------------------------------------------------------------- row validation


def _parse_date(value: Cell) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = (value or "").strip()
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
            return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))  # the usual case
        if m := _ISO_DATE.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DOT_DATE.match(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    stripped = value.strip()
    if "  " in stripped or "\t" in stripped or "\n" in stripped or "\r" in stripped:
        return " ".join(stripped.split())
    return stripped


# The IIN rules of services.iin, restated on bytes for the per-row fast path
# (checked equal by a property test); a failing IIN goes to iin.problem() for its reason.
_IIN_W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_IIN_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_IIN_ZERO_1 = 48 * sum(_IIN_W1)  # b"0" is 48: subtract the digits' ASCII offset once
_IIN_ZERO_2 = 48 * sum(_IIN_W2)
_IIN_CENTURY = {ord(code): year for code, year in (
    ("1", 1800), ("2", 1800), ("3", 1900), ("4", 1900), ("5", 2000), ("6", 2000))}


def valid_iin_birth_date(number: str) -> dt.date | None:
    """The birth date of a valid person's IIN, ``None`` for any invalid one (fast)."""
    if len(number) != 12 or not number.isascii() or not number.isdigit():
        return None
    digits = number.encode("ascii")
    check = (sum(map(mul, digits, _IIN_W1)) - _IIN_ZERO_1) % 11
    if check == 10:
        check = (sum(map(mul, digits, _IIN_W2)) - _IIN_ZERO_2) % 11
        if check == 10:
            return None
    century = _IIN_CENTURY.get(digits[6])
    if check != digits[11] - 48 or century is None:
        return None
    try:
        return dt.date(century + int(number[0:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        return None


_IIN_PROBLEM_CODES = {
    iin.IinProblem.FORMAT: "iin_format",
    iin.IinProblem.CENTURY: "iin_format",
    iin.IinProblem.DATE: "iin_format",
    iin.IinProblem.CHECKSUM: "iin_checksum",
}


@dataclass
class _Validator:
    """Row rules with the state that spans rows (duplicates)."""

    voting_day: dt.date
    existing_iins: frozenset[str] | set[str]
    existing_list_numbers: frozenset[int] | set[int]
    from_xlsx: bool
    seen_iins: dict[str, int] = field(default_factory=dict)
    seen_list_numbers: dict[int, int] = field(default_factory=dict)

    def check(
        self, line: int, texts: dict[str, str], birth_cell: Cell
    ) -> tuple[dict[str, Any] | None, str, dict[str, Any]]:
        """``(clean values, "", {})`` or ``(None, reason, params)``.

        ``texts`` are the row's cells as normalised text; ``birth_cell`` the raw
        birth-date cell (an XLSX date cell is a date, not text).
        """
        joined = "".join(texts.values())
        if "\ufffd" in joined:  # one scan per row; the field only when bad
            bad = next(name for name, value in texts.items() if "\ufffd" in value)
            return None, "unreadable_row", {"field": bad}
        if not joined.isprintable() and (bad_char := control_character(texts)):
            return None, "control_character", bad_char  # one scan per row in C, then words
        for name in REQUIRED:
            if not texts.get(name):
                return None, "missing_field", {"field": name}
        for name, limit in MAX_LENGTH.items():
            if len(texts.get(name, "")) > limit:
                return None, "field_too_long", {"field": name, "limit": limit}
        for name in ("surname", "given_name"):
            value = texts[name]
            if not value[0].isalpha() and not any(c.isalpha() for c in value):
                return None, "bad_name", {"field": name}
        number = texts["iin"].replace(" ", "")
        if self.from_xlsx and number.isdigit() and len(number) < 12:
            number = number.zfill(12)  # an IIN typed as a number lost its leading zeros
        from_iin = valid_iin_birth_date(number)
        if from_iin is None:
            problem = iin.problem(number) or iin.IinProblem.FORMAT
            return None, _IIN_PROBLEM_CODES[problem], {"value": texts["iin"]}
        if number in self.seen_iins:
            return None, "iin_duplicate", {"first_line": self.seen_iins[number]}
        if number in self.existing_iins:
            return None, "iin_on_list", {}
        born = from_iin
        if texts.get("birth_date"):
            given = _parse_date(birth_cell)
            if given is None:
                return None, "bad_birth_date", {"value": texts["birth_date"]}
            if given != from_iin:
                return None, "birth_date_mismatch", {
                    "value": given.isoformat(), "from_iin": from_iin.isoformat()
                }
            born = given
        if iin.age_on(born, self.voting_day) < 18:
            return None, "under_18", {"birth_date": born.isoformat()}
        list_no: int | None = None
        if texts.get("list_no"):
            raw = texts["list_no"]
            # ASCII only: "²" passes isdigit() and then fails int().
            if not (raw.isascii() and raw.isdigit()) or not raw.strip("0"):
                return None, "bad_list_no", {"value": bounds.shown(raw)}
            if bounds.too_long(raw) or int(raw) > bounds.MAX_LIST_NO:
                return None, "list_no_too_large", {"value": bounds.shown(raw),
                                                   "limit": bounds.MAX_LIST_NO}
            list_no = int(raw)
            if list_no in self.seen_list_numbers:
                return None, "list_no_duplicate", {
                    "value": list_no, "first_line": self.seen_list_numbers[list_no]
                }
            if list_no in self.existing_list_numbers:
                return None, "list_no_on_list", {"value": list_no}
            self.seen_list_numbers[list_no] = line
        self.seen_iins[number] = line
        return {
            "list_no": list_no,
            "iin": number,
            "surname": texts["surname"],
            "given_name": texts["given_name"],
            "patronymic": texts.get("patronymic", ""),
            "birth_date": born,
            "address": texts.get("address", ""),
            "section": texts.get("section", ""),
        }, "", {}


def control_character(texts: dict[str, str]) -> dict[str, Any] | None:
    """The first field holding a character a name never has, and that character.

    Spaces pass (a non-breaking space from a spreadsheet is still a space; tab and line
    breaks are made spaces);
    what else is unprintable is a control (NUL, ANSI escapes), a format character (bidi
    overrides U+202A-202E and isolates U+2066-2069, marks U+200E/F, zero-width ones), a
    private or unassigned one: none is in a Kazakh or Russian name, and each can hide or
    reorder text on the screen and on the printed list.
    """
    for name, value in texts.items():
        for char in value:
            if not char.isprintable() and (
                    char not in "\t\n\r" and unicodedata.category(char) != "Zs"):
                return {"field": name, "char": f"U+{ord(char):04X}"}
    return None


def _map_header(cells: list[Cell], name: str) -> tuple[dict[int, str], tuple[str, ...]]:
    mapping: dict[int, str] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        label = _text(cell)
        column = _HEADER_TO_COLUMN.get(_header_key(label))
        if column is None:
            if label:
                ignored.append(label)
            continue
        if column in mapping.values():
            raise ImportRejected("import_duplicate_column", file=name, column=column)
        mapping[index] = column
    missing = [c for c in REQUIRED if c not in mapping.values()]
    if missing:
        raise ImportRejected("import_missing_columns", file=name, columns=", ".join(missing))
    return mapping, tuple(ignored)


def read_voter_bytes(
    data: bytes,
    name: str,
    *,
    voting_day: dt.date,
    existing_iins: frozenset[str] | set[str] = frozenset(),
    existing_list_numbers: frozenset[int] | set[int] = frozenset(),
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ImportPreview:
    """Parse and validate a voter file's bytes; pure, no database.

    Raises ``ImportRejected`` when the file as a whole cannot be read and
    ``ImportCancelled`` when ``should_cancel`` says so.
    """
    if not data.strip():
        raise ImportRejected("import_empty", file=name)
    if len(data) > MAX_FILE_BYTES:
        raise ImportRejected("import_file_too_big", file=name, size=len(data),
                             limit=MAX_FILE_BYTES)
    is_xlsx = data[:4] == b"PK\x03\x04" and zipfile.is_zipfile(io.BytesIO(data))
    table = _xlsx_table(data, name) if is_xlsx else _csv_table(data, name)
    header: dict[int, str] | None = None
    ignored: tuple[str, ...] = ()
    validator = _Validator(voting_day, existing_iins, existing_list_numbers, is_xlsx)
    pending: list[tuple[int, dict[str, Any]]] = []
    rejected: list[RejectedRow] = []
    width = 0
    birth_column = -1
    header_items: tuple[tuple[int, str], ...] = ()
    is_csv = table.file_format == "csv"
    for count, (line, cells) in enumerate(table.rows, start=1):
        if count % PROGRESS_EVERY == 0:
            if should_cancel is not None and should_cancel():
                raise ImportCancelled("import_cancelled")
            if progress is not None:
                progress(line, max(table.total_hint, line))
        if header is None:
            header, ignored = _map_header(cells, name)
            width = len(cells)
            birth_column = next((i for i, c in header.items() if c == "birth_date"), -1)
            header_items = tuple(header.items())
            continue
        if is_csv and len(cells) >= width:
            # The usual CSV row: every cell is text; split/join trims and collapses spaces.
            texts = cast(list[str], cells)
            fields = {col: " ".join(texts[i].split()) for i, col in header_items}
        else:
            fields = {col: _text(cells[i]) if i < len(cells) else "" for i, col in header_items}
        if is_csv and len(cells) > width and any(
            isinstance(c, str) and c.strip() for c in cells[width:]
        ):
            rejected.append(RejectedRow(line, "wrong_field_count", {"fields": len(cells),
                                                                    "expected": width}, fields))
            continue
        birth_cell = cells[birth_column] if 0 <= birth_column < len(cells) else None
        clean, reason, params = validator.check(line, fields, birth_cell)
        if clean is None:
            rejected.append(RejectedRow(line, reason, params, fields))
        else:
            pending.append((line, clean))
    if header is None:
        raise ImportRejected("import_empty", file=name)
    # Rows without a number get the next free ones, in file order.
    taken = set(existing_list_numbers) | set(validator.seen_list_numbers)
    next_no = max(taken, default=0) + 1
    accepted: list[VoterRecord] = []
    for line, clean in pending:
        if clean["list_no"] is None:
            clean["list_no"] = next_no
            next_no += 1
        accepted.append(VoterRecord(line=line, **clean))
    if progress is not None:
        progress(table.total_hint, table.total_hint)
    return ImportPreview(
        source=name,
        file_format=table.file_format,
        encoding=table.encoding,
        delimiter=table.delimiter,
        columns=tuple(c for c in COLUMNS if header and c in header.values()),
        accepted=tuple(accepted),
        rejected=tuple(rejected),
        ignored_columns=ignored,
        sha256=hashlib.sha256(data).hexdigest(),
    )


# ---------------------------------------------------------------- with the station


def _require_setup_phase(session: Session) -> StationInfo:
    """The station, refusing once set-up is over (``NoStation`` before there is one)."""
    station = load_station(session)
    if station.phase != "setup":
        raise ImportRejected("import_not_in_setup", phase=station.phase)
    return station


def preview_import(
    session: Session,
    path: Path,
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ImportPreview:
    """Read ``path`` against the station in ``session`` (voting day, IINs already on the list)."""
    station = _require_setup_phase(session)
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise ImportRejected("import_no_file", file=str(path))
    try:  # a regular file only (no FIFO, device or link), refused by size before reading
        data = safe_files.read_bytes(path, MAX_FILE_BYTES, cancel=should_cancel)
    except safe_files.UnsafeFile as exc:
        raise _refused(exc, path) from exc
    return read_voter_bytes(
        data,
        path.name,
        voting_day=station.election_date,
        existing_iins=voter_queries.existing_iins(session),
        existing_list_numbers=voter_queries.existing_list_numbers(session),
        progress=progress,
        should_cancel=should_cancel,
    )


def _refused(exc: safe_files.UnsafeFile, path: Path) -> DomainError:
    """A voter file safe_files would not read, as the import's refusal."""
    if exc.code == "file_cancelled":
        return ImportCancelled("import_cancelled")
    if exc.code == "file_not_regular":
        return ImportRejected("import_not_regular", file=str(path), kind=exc.params["kind"])
    if exc.code == "file_too_big":
        return ImportRejected("import_file_too_big", file=path.name, size=exc.params["size"],
                              limit=MAX_FILE_BYTES)
    return ImportRejected("import_cannot_read", file=str(path),
                          detail=exc.params.get("detail", ""))


def apply_import(
    session: Session,
    clock: Clock,
    preview: ImportPreview,
    *,
    actor: str = "system",
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ImportResult:
    """Write the accepted rows and one audit event, in the caller's transaction.

    Refuses (``import_stale``) when the list changed since the preview was read,
    so a duplicate can never slip in between preview and confirmation.
    """
    _require_setup_phase(session)
    iins = voter_queries.existing_iins(session)
    numbers = voter_queries.existing_list_numbers(session)
    if any(r.iin in iins or r.list_no in numbers for r in preview.accepted):
        raise ImportRejected("import_stale", file=preview.source)
    total = len(preview.accepted)
    chunk = PROGRESS_EVERY
    for start in range(0, total, chunk):
        if should_cancel is not None and should_cancel():
            raise ImportCancelled("import_cancelled")
        rows = [
            (r.list_no, r.iin, r.surname, r.given_name, r.patronymic, r.birth_date.isoformat(),
             r.address, r.section, "active", "list", fold(r.surname), fold(r.given_name))
            for r in preview.accepted[start : start + chunk]
        ]
        bulk_insert(session, _VOTER_TABLE, _INSERT_COLUMNS, rows)
        if progress is not None:
            progress(min(start + chunk, total), total)
    list_numbers = [r.list_no for r in preview.accepted]
    audit.record(
        session,
        clock,
        actor,
        "voters.imported",
        {
            "source": preview.source,
            "sha256": preview.sha256,
            "format": preview.file_format,
            "encoding": preview.encoding,
            "imported": total,
            "rejected": len(preview.rejected),
            "list_no_min": min(list_numbers, default=None),
            "list_no_max": max(list_numbers, default=None),
        },
    )
    return ImportResult(imported=total, rejected=len(preview.rejected))
