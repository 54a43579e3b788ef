"""Stand-ins for the station server's calls (docs/formats.md §8) for the window's tests:
the real dataclasses and parser, the calls recorded, with no PostgreSQL. Installed with
``monkeypatch`` over ``precinct_app.services.station_server``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from precinct_app.services import laptop as laptop_service
from precinct_app.services import station_server
from precinct_app.services.errors import DomainError
from precinct_app.services.laptop import Laptop

FINGERPRINT = ":".join(f"{b:02X}" for b in range(0xA0, 0xC0))  # 32 bytes, as a SHA-256
ADDRESS = "192.168.10.1:5433"


# The real dataclasses: the window reads the same fields the services return.
ServerInfo = station_server.ServerInfo
LaptopSeen = station_server.LaptopSeen
ServerStatus = station_server.ServerStatus


def info(code: str = "K7QM3XPA", address: str = ADDRESS,
         fingerprint: str = FINGERPRINT) -> ServerInfo:
    return ServerInfo(address, int(address.rsplit(":", 1)[1]), code, fingerprint,
                      f"precinct-join {address} {code} {fingerprint}")


parse_join_text = station_server.parse_join_text


DESKS = (
    LaptopSeen("Стол 2 — Әлия", "desk", "192.168.10.12", "2024-10-06T06:40:00+05:00",
               "2024-10-06T10:41:57+05:00", True, ""),
    LaptopSeen("Desk 3", "desk", "192.168.10.13", "2024-10-06T06:45:00+05:00",
               "2024-10-06T10:12:03+05:00", False, ""),
)


@dataclass
class FakeServer:
    """What the window asked of the server, and what this laptop is."""

    laptop: Laptop = field(default_factory=Laptop)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    running: bool = False
    code: str = "K7QM3XPA"
    fail: DomainError | None = None
    standby: LaptopSeen | None = None
    opened: object = field(default_factory=object)  # stands for the station's Database

    def start_server(self, **kwargs: Any) -> ServerInfo:
        self.calls.append(("start_server", kwargs))
        if self.fail is not None:
            raise self.fail
        self.running = True
        self.laptop = Laptop(role="server", desk=kwargs.get("desk_name", "server"),
                             servers=(ADDRESS,), port=kwargs.get("port") or 5433)
        return info(self.code)

    def server_status(self, laptop: Laptop | None = None) -> ServerStatus:
        self.calls.append(("server_status", {"laptop": laptop}))
        return ServerStatus(self.running, ADDRESS, FINGERPRINT,
                            DESKS if self.running else (), self.standby)

    def new_join_code(self, laptop: Laptop | None = None) -> ServerInfo:
        self.calls.append(("new_join_code", {"laptop": laptop}))
        self.code = "R2D2C3PX"
        return info(self.code)

    def stop_server(self, laptop: Laptop | None = None) -> None:
        self.calls.append(("stop_server", {"laptop": laptop}))
        self.running = False

    def join_desk(self, address: str, code: str, desk_name: str,
                  expected_fingerprint: str | None = None) -> Laptop:
        self.calls.append(("join_desk", {"address": address, "code": code,
                                         "desk_name": desk_name,
                                         "expected_fingerprint": expected_fingerprint}))
        if self.fail is not None:
            raise self.fail
        self.laptop = Laptop(role="desk", desk=desk_name, servers=(address,))
        return self.laptop

    def named(self, name: str) -> list[dict[str, Any]]:
        return [kwargs for called, kwargs in self.calls if called == name]


def install(monkeypatch: pytest.MonkeyPatch, server: FakeServer) -> FakeServer:
    for name in ("start_server", "server_status", "new_join_code", "stop_server",
                 "join_desk"):
        monkeypatch.setattr(station_server, name, getattr(server, name), raising=False)
    monkeypatch.setattr(station_server, "parse_join_text", parse_join_text, raising=False)
    monkeypatch.setattr(laptop_service, "load", lambda: server.laptop)
    monkeypatch.setattr(laptop_service, "open_station", lambda _laptop, **_kw: server.opened)
    return server
