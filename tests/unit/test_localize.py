"""The one way the station writes a time, a number, a package text and orders sections."""

from __future__ import annotations

import datetime as dt

from precinct_app.services import localize


def test_a_time_reads_on_the_stations_wall_clock() -> None:
    at = dt.datetime(2026, 3, 15, 19, 5, tzinfo=dt.UTC)
    assert localize.clock_text(at, "Asia/Almaty") == "00:05"  # UTC+5 since 2024
    assert localize.clock_text(at, "Asia/Aqtobe") == "00:05"
    assert localize.clock_text(at, "Europe/Berlin", localize.DATE_TIME) == "15.03.2026 20:05"


def test_a_package_text_falls_back_russian_then_kazakh_then_english() -> None:
    assert localize.in_language({"kk": "Алматы", "ru": "Алма-Ата"}, "kk") == "Алматы"
    assert localize.in_language({"kk": "Алматы", "ru": "Алма-Ата"}, "en") == "Алма-Ата"
    assert localize.in_language({"kk": "Алматы", "ru": ""}, "en") == "Алматы"
    assert localize.in_language({"en": "Almaty"}, "ru") == "Almaty"
    assert localize.in_language(None, "ru") == ""
    assert localize.in_languages({"kk": "А", "ru": "А"}, ("kk", "ru")) == ["А"]
    assert localize.in_languages({"kk": "А", "ru": "Б"}, ("kk", "ru")) == ["А", "Б"]


def test_thousands_are_kept_together_by_a_narrow_no_break_space() -> None:
    assert localize.grouped(2214) == "2\u202f214"
    assert localize.grouped(999) == "999"
    assert localize.grouped(1_000_000) == "1\u202f000\u202f000"


def test_sections_sort_by_number_then_name_then_none() -> None:
    sections = ["10", "", "Б", "2", "²", "А", "1"]
    assert sorted(sections, key=localize.section_order) == ["1", "2", "10", "²", "А", "Б", ""]
