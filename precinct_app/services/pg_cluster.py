"""The station server's PostgreSQL cluster: where its programs are, and how to run them.

Precinct runs PostgreSQL's own server binaries (``initdb``, ``pg_ctl``, ``postgres``,
``pg_basebackup``, ``pg_dump``) from the system's packages, never a server of its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import re
import secrets
import shutil
import socket
import ssl
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

from precinct_app.services.errors import DomainError

# Streaming replication, scram-sha-256 with channel binding and everything else the
# station server uses exist from PostgreSQL 15 on.
MIN_MAJOR = 15
BIN_ENV = "PRECINCT_PG_BIN"


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` of PostgreSQL 15 or newer, or ``None``.

    ``PRECINCT_PG_BIN`` first, then Debian's ``/usr/lib/postgresql/<major>/bin`` (the
    newest), then ``PATH``.
    """
    explicit = os.environ.get(BIN_ENV)
    if explicit:
        return Path(explicit) if (Path(explicit) / "initdb").exists() else None
    versions: list[tuple[int, Path]] = []
    for folder in Path("/usr/lib/postgresql").glob("*/bin"):
        match = re.fullmatch(r"\d+", folder.parent.name)
        if match and int(folder.parent.name) >= MIN_MAJOR and (folder / "initdb").exists():
            versions.append((int(folder.parent.name), folder))
    if versions:
        return max(versions)[1]
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None




# The cluster's superuser: only the server laptop holds its password (laptop config).
OWNER = "precinct_owner"
# The station's database on the server.
STATION_DB = "precinct"
# PostgreSQL refuses to run as root; as root (a test machine) its programs run as this user.
ROOT_RUNS_AS = "postgres"
_SSL_REQUEST = struct.pack("!II", 8, 80877103)


class ClusterError(DomainError):
    """The station server's PostgreSQL could not be set up, started or reached."""


@dataclass(frozen=True)
class ClusterPaths:
    """Where one laptop keeps its cluster: ``root`` in the station's data folder."""

    root: Path

    @property
    def data(self) -> Path:
        return self.root / "pgdata"

    @property
    def log(self) -> Path:
        return self.root / "postgresql.log"

    @property
    def cert(self) -> Path:
        return self.data / "server.crt"


def _bin(name: str) -> str:
    found = find_bin_dir()
    if found is None or not (found / name).exists():
        raise ClusterError("pg_missing", program=name)
    return str(found / name)


def run_pg(program: str, *args: str, check: bool = True,
           env: dict[str, str] | None = None, timeout: float = 120
           ) -> subprocess.CompletedProcess[str]:
    """Run one of PostgreSQL's programs (as ``postgres`` when this process is root)."""
    cmd = [_bin(program), *args]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", ROOT_RUNS_AS, "--", *cmd]
    full_env = {**os.environ, "LC_ALL": "C", **(env or {})}
    done = subprocess.run(cmd, check=False, capture_output=True, text=True, env=full_env,
                          timeout=timeout, cwd="/")
    if check and done.returncode != 0:
        raise ClusterError("pg_failed", program=program,
                           detail=(done.stderr or done.stdout).strip()[-400:])
    return done


def _hand_to_cluster_user(path: Path) -> None:
    """As root, give ``path`` to the user PostgreSQL runs as (it must own its data)."""
    if os.geteuid() == 0:
        shutil.chown(path, ROOT_RUNS_AS, ROOT_RUNS_AS)


def _check_reachable(path: Path) -> None:
    # As root, the cluster runs as another user, who must be able to pass every folder
    # above its own: say which one stops it rather than let initdb fail obscurely.
    if os.geteuid() != 0:
        return
    for folder in path.parents:
        if folder.exists() and not folder.stat().st_mode & 0o001:
            raise ClusterError("pg_folder_closed", path=str(folder), user=ROOT_RUNS_AS)


def new_password() -> str:
    return secrets.token_urlsafe(24)


def init_cluster(paths: ClusterPaths, owner_password: str, addresses: list[str]) -> str:
    """Create the cluster (initdb), its TLS certificate and its settings; the fingerprint.

    The settings listen on ``addresses`` and loopback only, accept scram-sha-256 over TLS
    alone, and keep the WAL a standby needs. Nothing listens until :func:`start`.
    """
    paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.geteuid() == 0:
        _hand_to_cluster_user(paths.root)
        # The station's data folder (the software's own, 0700) must let that user pass.
        folder = paths.root.parent
        folder.chmod(folder.stat().st_mode | 0o011)
    _check_reachable(paths.root)
    pwfile = paths.root / ".pw"
    fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(owner_password + "\n")
    _hand_to_cluster_user(pwfile)
    try:
        run_pg("initdb", "-D", str(paths.data), "-U", OWNER, "--pwfile", str(pwfile),
               "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--data-checksums")
    finally:
        pwfile.unlink(missing_ok=True)
    cert_pem, key_pem = make_certificate(addresses)
    _write_owned(paths.data / "server.crt", cert_pem, 0o644)
    _write_owned(paths.data / "server.key", key_pem, 0o600)
    write_hba(paths)
    with (paths.data / "postgresql.conf").open("a", encoding="utf-8") as fh:
        fh.write("\ninclude_if_exists = 'precinct.conf'\n")
    return fingerprint(cert_pem)


def _write_owned(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    _hand_to_cluster_user(path)


def write_hba(paths: ClusterPaths) -> None:
    """Who may connect: TLS with scram-sha-256 only, for the station and for replication."""
    rules = (
        "# Precinct: every connection is TLS with scram-sha-256 (docs/formats.md §8)\n"
        "hostssl all all 0.0.0.0/0 scram-sha-256\n"
        "hostssl all all ::/0 scram-sha-256\n"
        "hostssl replication all 0.0.0.0/0 scram-sha-256\n"
        "hostssl replication all ::/0 scram-sha-256\n"
    )
    _write_owned(paths.data / "pg_hba.conf", rules.encode(), 0o600)


def write_settings(paths: ClusterPaths, port: int, addresses: list[str],
                   extra: dict[str, str] | None = None) -> None:
    """The server's own settings (``precinct.conf``), rewritten at every start."""
    listen = ",".join(dict.fromkeys(["127.0.0.1", *addresses]))
    settings = {
        "listen_addresses": f"'{listen}'",
        "port": str(port),
        "unix_socket_directories": "''",
        "ssl": "on",
        "ssl_cert_file": "'server.crt'",
        "ssl_key_file": "'server.key'",
        "ssl_min_protocol_version": "'TLSv1.2'",
        "password_encryption": "'scram-sha-256'",
        "fsync": "on",
        "synchronous_commit": "on",
        "full_page_writes": "on",
        "wal_level": "replica",
        "max_wal_senders": "4",
        "wal_keep_size": "'512MB'",
        "hot_standby": "on",
        "max_connections": "50",
        **(extra or {}),
    }
    text = "".join(f"{k} = {v}\n" for k, v in settings.items())
    # Last: whether the server waits for a synchronous standby (services/standby.py).
    text += "include_if_exists = 'precinct_standby.conf'\n"
    _write_owned(paths.data / "precinct.conf", text.encode(), 0o600)


def start(paths: ClusterPaths, port: int, addresses: list[str],
          extra: dict[str, str] | None = None) -> None:
    """Start the cluster and wait until it accepts connections."""
    if is_running(paths):
        return
    write_settings(paths, port, addresses, extra)
    if not paths.log.exists():
        _write_owned(paths.log, b"", 0o600)
    run_pg("pg_ctl", "-D", str(paths.data), "-l", str(paths.log), "-w", "-t", "60", "start")


def stop(paths: ClusterPaths, mode: str = "fast") -> None:
    if is_running(paths):
        run_pg("pg_ctl", "-D", str(paths.data), "-m", mode, "-w", "stop")


def is_running(paths: ClusterPaths) -> bool:
    if not (paths.data / "PG_VERSION").exists():
        return False
    return run_pg("pg_ctl", "-D", str(paths.data), "status", check=False).returncode == 0


def make_certificate(addresses: list[str]) -> tuple[bytes, bytes]:
    """A self-signed certificate for the server (its own trust anchor: desks pin it)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Precinct station server")])
    now = dt.datetime.now(dt.UTC)
    ips = []
    for address in dict.fromkeys(["127.0.0.1", *addresses]):
        try:
            ips.append(x509.IPAddress(ipaddress.ip_address(address)))
        except ValueError:
            continue
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=2))
        .not_valid_after(now + dt.timedelta(days=5 * 366))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.SubjectAlternativeName(ips), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate (DER), as people compare it: ``AB:CD:...``."""
    der = ssl.PEM_cert_to_DER_cert(cert_pem.decode("ascii"))
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def fetch_certificate(host: str, port: int, timeout: float = 5.0) -> bytes:
    """The certificate a PostgreSQL server presents (PEM), unverified: the caller pins it
    only after the join code proved the server (scram channel binding)."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(_SSL_REQUEST)
            if sock.recv(1) != b"S":
                raise ClusterError("server_no_tls", address=f"{host}:{port}")
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(sock) as tls:
                der = tls.getpeercert(binary_form=True)
    except OSError as exc:
        raise ClusterError("server_unreachable", path=f"{host}:{port}",
                           detail=str(exc)) from exc
    if not der:
        raise ClusterError("server_no_tls", address=f"{host}:{port}")
    return ssl.DER_cert_to_PEM_cert(der).encode("ascii")
