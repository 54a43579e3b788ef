"""The window on a desk laptop acts on the station server (docs/formats.md §8): when no
server answers it says where it looked and what to do, never a traceback."""

from __future__ import annotations

import pytest

from precinct_app.messages import text
from precinct_app.services import laptop
from precinct_app.ui import app
from tests.pg import free_port

pytestmark = pytest.mark.postgresql_itself


@pytest.mark.usefixtures("qapp")
def test_a_desk_whose_server_is_gone_is_told_where_and_what_to_do(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRECINCT_DB", raising=False)
    monkeypatch.setenv("PRECINCT_LANG", "en")
    port = free_port()  # nothing listens there
    laptop.save(laptop.Laptop(role=laptop.DESK, desk="desk-2", servers=(f"127.0.0.1:{port}",),
                              user="laptop_x", password="x"))
    shown: list[str] = []
    monkeypatch.setattr(app, "show_fatal", shown.append)
    monkeypatch.setattr(app, "offer_restore", pytest.fail)  # no station file to restore
    assert app.main([]) == 1
    assert len(shown) == 1
    address = f"127.0.0.1:{port}"
    assert address in shown[0] and "Connection refused" in shown[0]
    beginnings = [text("server_unreachable", lang, path=address, detail="").split(address)[0]
                  for lang in ("kk", "ru", "en")]
    assert any(shown[0].startswith(b) for b in beginnings), shown[0]


def test_an_explicit_station_file_wins_over_the_server(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRECINCT_DB", raising=False)
    assert not app.on_server(app.build_context([]))  # a single laptop
    laptop.save(laptop.Laptop(role=laptop.DESK, desk="desk-2",
                              servers=(f"127.0.0.1:{free_port()}",), user="u", password="x"))
    assert app.on_server(app.build_context([]))
    assert not app.on_server(app.build_context(["--db", "/nowhere/station.sqlite3"]))
    monkeypatch.setenv("PRECINCT_DB", "/nowhere/station.sqlite3")
    assert not app.on_server(app.build_context([]))
