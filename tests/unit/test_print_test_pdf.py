"""The printer test page: what a person checks on the paper is there and the right size
(the letters, the build id, a QR code a scanner reads, 100 mm rulers, corner marks)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from precinct_app.db import Database
from precinct_app.services import build_id, print_test_pdf
from precinct_app.services.build_id import BuildInfo
from precinct_app.services.clock import Clock
from precinct_app.services.demo import build_demo
from precinct_app.services.print_test_pdf import PageFacts
from precinct_app.services.station import StationInfo, load_station

BUILD = BuildInfo("0.1.0", "3F2A9-C1B77-D01E4-F9A2B", "bundle", Path("/opt/precinct"),
                  "2026-12-01T10:00:00+00:00", "linux-x86_64")
AT = dt.datetime(2024, 10, 6, 10, 42, tzinfo=dt.timezone(dt.timedelta(hours=5)))
DPI = 254  # ten pixels a millimetre
KAZAKH_ONLY = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
RUSSIAN = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"


def _text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _render(data: bytes, tmp_path: Path, dpi: int = DPI) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    return tmp_path / "page.pgm"


def _pixels(pgm: Path) -> tuple[int, int, bytes]:
    raw = pgm.read_bytes()
    fields = raw.split(maxsplit=4)  # P5, width, height, maxval, pixels
    assert fields[0] == b"P5"
    return int(fields[1]), int(fields[2]), fields[4]


@pytest.fixture
def station(db: Database) -> StationInfo:
    build_demo(db, Clock(fixed=AT), db_path=None, voters=5)
    with db.reading() as s:
        return load_station(s)


def test_every_kazakh_and_russian_letter_and_the_build_id_are_on_the_page(
    tmp_path: Path,
) -> None:
    page = _text(print_test_pdf.build(PageFacts(BUILD, AT)), tmp_path)
    for letter in KAZAKH_ONLY + RUSSIAN + RUSSIAN.lower():
        assert letter in page, letter
    assert "3F2A9-C1B77-D01E4-F9A2B" in page
    assert "Precinct 0.1.0 · build 3F2A9-C1B77-D01E4-F9A2B" in page
    assert "Принтерді тексеру" in page and "Проверка принтера" in page
    assert "06.10.2024 10:42" in page  # when it was printed
    assert "01.12.2026" in page and "linux-x86_64" in page  # the official build's date
    assert "1 987 654" in page  # a protocol line's digits, and the number in words:
    assert "бір миллион тоғыз жүз сексен жеті мың" in " ".join(page.split())
    assert "один миллион девятьсот восемьдесят семь тысяч" in " ".join(page.split())
    assert "100 mm" in page


def test_english_page_and_a_source_checkout_says_it_is_not_official(tmp_path: Path) -> None:
    source = BuildInfo("0.1.0", "ABCDE-12345-ABCDE-12345", "source", Path("."))
    page = _text(print_test_pdf.build(PageFacts(source, AT), "en"), tmp_path)
    assert "Printer test" in page and "Проверка" not in page
    assert "not an official build" in page
    assert "this computer's time" in page


def test_a_station_is_named_with_its_time_and_training_marks(
    tmp_path: Path, station: StationInfo
) -> None:
    data = print_test_pdf.build(PageFacts(BUILD, AT, station, training=True), "ru")
    page = " ".join(_text(data, tmp_path).split())
    assert station.election_title["ru"] in page
    assert f"№ {station.precinct_number}" in page or station.precinct_number in page
    assert "время участка, Asia/Almaty" in page
    assert "ОБУЧЕНИЕ" in page  # every page printed in training mode says so
    assert station.election_id in page  # in the footer, as on every report
    assert PdfReader(_pdf(tmp_path, data)).metadata.title.startswith("TRAINING")


def _pdf(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "meta.pdf"
    path.write_bytes(data)
    return path


def test_one_a4_page_the_same_bytes_for_the_same_input(tmp_path: Path) -> None:
    data = print_test_pdf.build(PageFacts(BUILD, AT))
    assert data == print_test_pdf.build(PageFacts(BUILD, AT))
    reader = PdfReader(_pdf(tmp_path, data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (
        210, 297)


def test_the_qr_code_reads_back_test_and_the_build_id(tmp_path: Path) -> None:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed")
    image = _render(print_test_pdf.build(PageFacts(BUILD, AT)), tmp_path, dpi=150)
    found = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True,
                           text=True, check=True).stdout.split("\n")
    assert "TEST 3F2A9-C1B77-D01E4-F9A2B" in found


def _run(line: bytes, start: int) -> tuple[int, int]:
    """The dark run of ``line`` through ``start``: (first, last) index; (0, -1): none."""
    if line[start] >= 128:
        return 0, -1
    first = last = start
    while first > 0 and line[first - 1] < 128:
        first -= 1
    while last < len(line) - 1 and line[last + 1] < 128:
        last += 1
    return first, last


def _runs(line: bytes) -> list[int]:
    """The middles of the dark runs of ``line``."""
    out, start = [], None
    for i, value in enumerate(line):
        if value < 128 and start is None:
            start = i
        elif value >= 128 and start is not None:
            out.append((start + i - 1) // 2)
            start = None
    return out


def test_both_rulers_are_100_mm_with_a_tick_every_millimetre(tmp_path: Path) -> None:
    width, height, pixels = _pixels(_render(print_test_pdf.build(PageFacts(BUILD, AT)),
                                            tmp_path))
    px = DPI / 25.4  # pixels a millimetre

    def row(y_mm_from_bottom: float, shift: int = 0) -> bytes:
        r = round(height - y_mm_from_bottom * px) + shift
        return pixels[r * width:(r + 1) * width]

    def column(x_mm: float, shift: int = 0) -> bytes:
        c = round(x_mm * px) + shift
        return bytes(reversed(pixels[c::width]))  # from the bottom up

    def longest(lines: list[bytes], middle: float) -> float:
        """The longest dark run through ``middle`` (mm) of the lines, in mm."""
        runs = [_run(line, round(middle * px)) for line in lines]
        return max(last - first + 1 for first, last in runs) / px

    mm_pt = 72 / 25.4
    x0, y0 = (v / mm_pt for v in print_test_pdf.H_RULER)
    near = range(-3, 4)  # the line is a pixel or two thick, wherever rounding put it
    assert longest([row(y0, d) for d in near], x0 + 50) == pytest.approx(100, abs=0.3)
    ticks = [t / px for t in _runs(row(y0 + 1.0))]  # 1 mm above the line: every tick
    ticks = [t for t in ticks if x0 - 1 < t < x0 + 101]
    assert len(ticks) == 101
    assert ticks[-1] - ticks[0] == pytest.approx(100, abs=0.3)
    vx, vy = (v / mm_pt for v in print_test_pdf.V_RULER)
    assert longest([column(vx, d) for d in near], vy + 50) == pytest.approx(100, abs=0.3)
    ticks = [t / px for t in _runs(column(vx - 1.0))]
    ticks = [t for t in ticks if vy - 1 < t < vy + 101]
    assert len(ticks) == 101
    assert ticks[-1] - ticks[0] == pytest.approx(100, abs=0.3)


def test_four_corner_marks_10_mm_from_the_edges(tmp_path: Path) -> None:
    width, height, pixels = _pixels(_render(print_test_pdf.build(PageFacts(BUILD, AT)),
                                            tmp_path))
    px = DPI / 25.4
    for x_mm, y_mm in ((10, 10), (200, 10), (10, 287), (200, 287)):
        x, y = round(x_mm * px), round(y_mm * px)
        corner = [pixels[(y + dy) * width + x + dx] for dy in near() for dx in near()]
        assert min(corner) < 128, (x_mm, y_mm)
    # Nothing but the marks in the outer 9.5 mm: the page's content stays printable.
    band = round(9.5 * px)
    for y in list(range(band)) + list(range(height - band, height)):
        assert min(pixels[y * width:(y + 1) * width]) > 200, y
    for x in list(range(band)) + list(range(width - band, width)):
        assert min(pixels[x::width]) > 200, x


def near() -> range:
    return range(-2, 3)


def test_the_default_file_name_is_ascii_and_names_the_build() -> None:
    assert print_test_pdf.default_name(BUILD) == "printer-test-3F2A9-C1B77-D01E4-F9A2B.pdf"
    assert print_test_pdf.qr_payload(build_id.current()).startswith("TEST ")


@pytest.mark.parametrize("lang", ["kk+ru", "kk", "ru", "en"])
def test_nothing_overlaps_in_any_layout_with_or_without_a_station(
    lang: str, station: StationInfo
) -> None:
    long_title = {k: v * 3 for k, v in station.election_title.items()}  # a long one
    crowded = replace(station, election_title=long_title)
    for page in (PageFacts(BUILD, AT), PageFacts(BUILD, AT, crowded, training=True)):
        assert print_test_pdf.spare_mm(page, lang) >= 2


def test_in_training_too_everything_lies_inside_the_corner_marks(
    tmp_path: Path, station: StationInfo
) -> None:
    data = print_test_pdf.build(PageFacts(BUILD, AT, station, training=True))
    width, height, pixels = _pixels(_render(data, tmp_path))
    band = round(9.5 * DPI / 25.4)  # the TRAINING banner too
    for y in list(range(band)) + list(range(height - band, height)):
        assert min(pixels[y * width:(y + 1) * width]) > 200, y
