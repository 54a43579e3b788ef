"""The list changes table times each change on the station's clock (its own zone)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from precinct_app.services.list_changes import DayChange
from precinct_app.ui.list_changes_model import ChangeColumn, DayChangesModel


@pytest.mark.parametrize(("zone", "shown"), [("Asia/Almaty", "09:30"), ("Asia/Aqtobe", "09:30"),
                                             ("Europe/Moscow", "07:30"), ("UTC", "04:30")])
def test_a_change_is_timed_in_the_station_zone(qtbot: QtBot, zone: str, shown: str) -> None:
    del qtbot  # a QApplication for the model
    change = DayChange("added", dt.datetime(2024, 10, 6, 4, 30, tzinfo=dt.UTC), 7, 7,
                       "Жаңабаева Әлия", "absentee", "Ж-77123", "c2", "Серікова Дана")
    model = DayChangesModel("kk")
    model.set_changes([change], zone)
    assert model.data(model.index(0, ChangeColumn.TIME)) == shown
