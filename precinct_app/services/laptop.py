"""This laptop's place in the station: alone, the station server, a desk, or the standby.

Kept in the user's config directory (``$XDG_CONFIG_HOME/precinct/laptop.json`` on Linux),
owner-only, so several laptops can be simulated on one machine with separate HOMEs
(docs/formats.md §8). A laptop with no file is a single laptop on its SQLite station.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from precinct_app.services.errors import DomainError

FILE_NAME = "laptop.json"
CERT_NAME = "server.pem"
SINGLE, SERVER, DESK, STANDBY = "single", "server", "desk", "standby"
ROLES = (SINGLE, SERVER, DESK, STANDBY)
# A desk that cannot reach any server gives up after this many seconds per address:
# it must say "server lost" at once, not hang the desk.
CONNECT_TIMEOUT_S = 3


class LaptopError(DomainError):
    """The laptop's settings cannot be read or written."""


@dataclass(frozen=True)
class Laptop:
    """What ``laptop.json`` holds.

    ``servers`` are ``host:port`` addresses, the server first, then its standby: a desk
    tries them in turn and uses the one that accepts writes (so it follows a promotion).
    ``user``/``password`` are this laptop's own database role; ``cert`` the server's
    certificate (PEM) pinned at ``join``; ``owner_password`` only on the server and the
    standby (the cluster's superuser); ``cluster`` the cluster's folder there.
    """

    role: str = SINGLE
    desk: str = ""
    servers: tuple[str, ...] = ()
    user: str = ""
    password: str = ""
    cert: str = ""
    fingerprint: str = ""
    owner_password: str = ""
    cluster: str = ""
    port: int = 0
    listen: tuple[str, ...] = field(default_factory=tuple)
    # The SQLite station this laptop moved into the server (kept read-only beside).
    moved_from: str = ""

    @property
    def on_server(self) -> bool:
        """True when this laptop's commands and window act on a station server."""
        return self.role in (SERVER, DESK)

    def with_(self, **changes: Any) -> Laptop:
        return replace(self, **changes)


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("precinct", appauthor=False))


def load() -> Laptop:
    """This laptop's settings (a single laptop when there are none)."""
    path = config_dir() / FILE_NAME
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Laptop()
    except OSError as exc:
        raise LaptopError("laptop_config_unreadable", path=str(path), detail=str(exc)) from exc
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("role") not in ROLES:
            raise ValueError("role")
        known = {k: v for k, v in data.items() if k in Laptop.__dataclass_fields__}
        for key in ("servers", "listen"):
            known[key] = tuple(known.get(key, ()))
        return Laptop(**known)
    except (ValueError, TypeError) as exc:
        raise LaptopError("laptop_config_unreadable", path=str(path), detail=str(exc)) from exc


def save(laptop: Laptop) -> Path:
    """Write the settings atomically, owner-only (they hold a database password)."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = asdict(laptop)
    path = folder / FILE_NAME
    tmp = folder / (FILE_NAME + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    if laptop.cert:
        cert = folder / CERT_NAME
        cert_tmp = folder / (CERT_NAME + ".tmp")
        fd = os.open(cert_tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(laptop.cert)
        os.replace(cert_tmp, cert)
    return path


def forget() -> None:
    """Back to a single laptop (``desk leave``)."""
    for name in (FILE_NAME, CERT_NAME):
        (config_dir() / name).unlink(missing_ok=True)


def split_address(address: str) -> tuple[str, int]:
    """``host:port`` (``[v6]:port`` too) as a pair; raises ``LaptopError`` when malformed."""
    host, sep, port = address.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise LaptopError("server_address_bad", address=address)
    return host, int(port)


def connect_args(laptop: Laptop, *, dbname: str = "precinct", user: str = "",
                 password: str = "") -> dict[str, Any]:
    """libpq's parameters for this laptop's role: every address, TLS verified against the
    pinned certificate, scram-sha-256 bound to that TLS channel, the writable server."""
    hosts, ports = zip(*(split_address(a) for a in laptop.servers), strict=True)
    args: dict[str, Any] = {
        "host": ",".join(hosts),
        "port": ",".join(str(p) for p in ports),
        "dbname": dbname,
        "user": user or laptop.user,
        "password": password or laptop.password,
        "target_session_attrs": "read-write",
        "connect_timeout": str(CONNECT_TIMEOUT_S),
        "application_name": (laptop.desk or laptop.role)[:63],
    }
    if laptop.cert:
        args |= {"sslmode": "verify-ca", "sslrootcert": str(config_dir() / CERT_NAME),
                 "channel_binding": "require"}
    else:  # the server's own loopback (its certificate is in its data folder)
        args |= {"sslmode": "require"}
    return args


def open_station(laptop: Laptop, *, migrate_schema: bool = False) -> Any:
    """The station database on the server, as this laptop's role (a ``db.Database``)."""
    from precinct_app.db import open_server_database

    if not laptop.servers:
        raise LaptopError("laptop_not_joined")
    db = open_server_database("postgresql+psycopg://", desk=laptop.desk,
                              connect_args=connect_args(laptop),
                              migrate_schema=migrate_schema)
    from precinct_app.services import standby

    standby.follow(db, laptop)  # the standby's address, to follow a promotion
    return db
