"""The station's Ed25519 key pair (docs/formats.md §3 and §5).

The private key lives beside the database as ``<db file>.key``, readable by its
owner only; it never leaves the station's data directory.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from precinct_app.services.durable import write_synced
from precinct_app.services.errors import DomainError

if TYPE_CHECKING:  # cryptography is imported on first use: not at the app's start-up
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )


class KeyError_(DomainError):
    """The station key is missing or unreadable."""


def key_path_for(db_path: Path) -> Path:
    """``<db file>.key``."""
    return db_path.with_name(db_path.name + ".key")


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """First 20 hex digits of SHA-256 of the raw key, upper case, in groups of five."""
    from cryptography.hazmat.primitives import serialization

    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()[:20].upper()
    return "-".join(digest[i : i + 5] for i in range(0, 20, 5))


def create_key(path: Path) -> Ed25519PrivateKey:
    """Make a new key file at ``path`` (owner-only); refuses to overwrite one."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    write_synced(tmp, pem, 0o600)  # owner-only from the first byte
    if path.exists():
        tmp.unlink()
        raise KeyError_("key_exists", path=str(path))
    os.replace(tmp, path)
    return key


def load_key(path: Path) -> Ed25519PrivateKey:
    """Read the station key from ``path``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyError_("key_missing", path=str(path)) from exc
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyError_("key_wrong_type", path=str(path))
    return key


def public_pem(key: Ed25519PrivateKey) -> bytes:
    """The public half as PEM (the export's ``station.pub``)."""
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
