"""The station server: one PostgreSQL cluster on the chair's laptop, the desks' roles, the
one-time join codes, and the move of the SQLite station into it (docs/formats.md §8).

Who may do what is PostgreSQL's own business, set here once:

* ``precinct_owner`` (the cluster's superuser) owns the schema; only the server laptop
  knows its password, and only the server's own commands use it.
* ``precinct_desk`` (a group, no login) may read and write the station's tables, but only
  read and append the audit log (no UPDATE or DELETE of an event), and no DDL. Each desk
  logs in as its own role, member of that group, made when it joins.
* ``precinct_join`` logs in with the join code as its password (scram-sha-256 bound to the
  TLS channel, so only the real server can accept it) and may only call
  ``precinct_server.redeem``, which locks the code out at once and makes the desk's role.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from precinct_app.services import laptop as laptop_service
from precinct_app.services import pg_cluster
from precinct_app.services.errors import DomainError
from precinct_app.services.laptop import Laptop

JOIN_ROLE = "precinct_join"
DESK_GROUP = "precinct_desk"
# Letters and digits people read off a screen without confusing them (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
CODE_VALID_MINUTES = 60
DESK, STANDBY, SERVER = "desk", "standby", "server"


class ServerError(DomainError):
    """The station server refused or failed (code says why)."""


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    """What people type: case and spaces or dashes do not matter."""
    return "".join(c for c in code.upper() if c.isalnum())


def owner_args(laptop: Laptop, dbname: str = pg_cluster.STATION_DB) -> dict[str, Any]:
    """libpq parameters for the cluster's owner, on this laptop's loopback only."""
    return {"host": "127.0.0.1", "port": str(laptop.port), "dbname": dbname,
            "user": pg_cluster.OWNER, "password": laptop.owner_password,
            "sslmode": "require", "connect_timeout": "5",
            "application_name": "precinct-server"}


@contextmanager
def owner_connection(laptop: Laptop, dbname: str = pg_cluster.STATION_DB) -> Iterator[Any]:
    """An autocommit psycopg connection as the owner (server laptop only)."""
    import psycopg

    try:
        conn = psycopg.connect(**owner_args(laptop, dbname), autocommit=True)
    except psycopg.OperationalError as exc:
        raise ServerError("server_not_running", detail=str(exc).strip()) from exc
    try:
        yield conn
    finally:
        conn.close()


# Run by the owner after every migration: the desks' rights on the station's tables.
_GRANTS = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{DESK_GROUP}') THEN
    CREATE ROLE {DESK_GROUP} NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{JOIN_ROLE}') THEN
    CREATE ROLE {JOIN_ROLE} NOLOGIN;
  END IF;
END $$;
REVOKE ALL ON DATABASE {pg_cluster.STATION_DB} FROM PUBLIC;
GRANT CONNECT ON DATABASE {pg_cluster.STATION_DB} TO {DESK_GROUP}, {JOIN_ROLE};
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {DESK_GROUP};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {DESK_GROUP};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM {DESK_GROUP};
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {DESK_GROUP};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {DESK_GROUP};
CREATE SCHEMA IF NOT EXISTS precinct_server;
REVOKE ALL ON SCHEMA precinct_server FROM PUBLIC;
GRANT USAGE ON SCHEMA precinct_server TO {DESK_GROUP}, {JOIN_ROLE};
CREATE TABLE IF NOT EXISTS precinct_server.laptop (
  name text PRIMARY KEY,
  role_name text UNIQUE NOT NULL,
  kind text NOT NULL CHECK (kind IN ('server', 'desk', 'standby')),
  address text NOT NULL DEFAULT '',
  joined_at timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz,
  left_at timestamptz
);
GRANT SELECT ON precinct_server.laptop TO {DESK_GROUP};
CREATE OR REPLACE FUNCTION precinct_server.seen() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, precinct_server AS $f$
  UPDATE precinct_server.laptop SET last_seen = now() WHERE role_name = session_user;
$f$;
REVOKE ALL ON FUNCTION precinct_server.seen() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION precinct_server.seen() TO {DESK_GROUP};
CREATE OR REPLACE FUNCTION precinct_server.redeem(kind text, laptop_name text, address text)
RETURNS json
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, precinct_server AS $f$
DECLARE
  role_name text := 'laptop_' || replace(gen_random_uuid()::text, '-', '');
  secret text := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
BEGIN
  IF session_user <> '{JOIN_ROLE}' THEN
    RAISE EXCEPTION 'join_only';
  END IF;
  -- One-time: nobody logs in with this code again, whatever happens next.
  EXECUTE 'ALTER ROLE {JOIN_ROLE} NOLOGIN PASSWORD NULL';
  IF kind = 'desk' THEN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE {DESK_GROUP}', role_name, secret);
  ELSIF kind = 'standby' THEN
    EXECUTE format('CREATE ROLE %I LOGIN REPLICATION PASSWORD %L', role_name, secret);
  ELSE
    RAISE EXCEPTION 'bad_kind';
  END IF;
  IF EXISTS (SELECT 1 FROM laptop l WHERE l.name = laptop_name AND l.left_at IS NULL) THEN
    RAISE EXCEPTION 'desk_name_taken';
  END IF;
  DELETE FROM laptop l WHERE l.name = laptop_name;
  INSERT INTO laptop (name, role_name, kind, address, last_seen)
    VALUES (laptop_name, role_name, kind, address, now());
  RETURN json_build_object(
    'user', role_name, 'password', secret,
    'servers', (SELECT json_agg(l.address ORDER BY l.kind = 'standby', l.joined_at)
                FROM laptop l WHERE l.kind IN ('server', 'standby') AND l.left_at IS NULL));
END $f$;
REVOKE ALL ON FUNCTION precinct_server.redeem(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION precinct_server.redeem(text, text, text) TO {JOIN_ROLE};
"""


def grant_rights(laptop: Laptop) -> None:
    """Set (again) the roles, the rights and the join function; run after migrating."""
    from precinct_app.services import standby

    with owner_connection(laptop) as conn:
        conn.execute(_GRANTS)
        standby.install(conn)


def make_join_code(laptop: Laptop) -> str:
    """A new one-time join code; the previous one stops working at once."""
    from psycopg import sql

    code = new_code()
    with owner_connection(laptop) as conn:
        # Utility statements take no bound parameters: literals, quoted by psycopg.
        conn.execute(sql.SQL(
            "ALTER ROLE {} LOGIN CONNECTION LIMIT 2 PASSWORD {} VALID UNTIL {}").format(
            sql.Identifier(JOIN_ROLE), sql.Literal(code),
            sql.Literal(_in_minutes(conn, CODE_VALID_MINUTES))))
    return code


def _in_minutes(conn: Any, minutes: int) -> str:
    row = conn.execute("SELECT (now() + make_interval(mins => %s))::text", (minutes,)).fetchone()
    return str(row[0])


def make_laptop_role(laptop: Laptop, name: str, kind: str, address: str) -> tuple[str, str]:
    """The server's own role (``kind='server'``), made without a code: (user, password)."""
    user = "laptop_" + secrets.token_hex(16)
    password = pg_cluster.new_password()
    from psycopg import sql

    with owner_connection(laptop) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(user), sql.Literal(password), sql.Identifier(DESK_GROUP)))
        conn.execute(
            "INSERT INTO precinct_server.laptop (name, role_name, kind, address, last_seen) "
            "VALUES (%s, %s, %s, %s, now()) ON CONFLICT (name) DO UPDATE SET "
            "role_name = EXCLUDED.role_name, address = EXCLUDED.address, left_at = NULL",
            (name, user, kind, address))
    return user, password


@dataclass(frozen=True)
class Redeemed:
    """What a laptop gets for a join code: its role and every server address."""

    user: str
    password: str
    servers: tuple[str, ...]
    cert: str
    fingerprint: str


def redeem(address: str, code: str, kind: str, name: str, own_address: str = "") -> Redeemed:
    """Exchange the one-time ``code`` at the server ``address`` for this laptop's role.

    The server's certificate is fetched first and then required: the code is the
    password of scram-sha-256 with channel binding, which only succeeds when the server
    that knows the code is the one at the other end of that TLS channel, so a machine in
    between is refused and the certificate pinned here is the server's own.
    """
    import psycopg

    host, port = laptop_service.split_address(address)
    cert_pem = pg_cluster.fetch_certificate(host, port)
    folder = laptop_service.config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    pending = folder / "server-pending.pem"
    pending.write_bytes(cert_pem)
    pending.chmod(0o600)
    try:
        conn = psycopg.connect(
            host=host, port=str(port), dbname=pg_cluster.STATION_DB, user=JOIN_ROLE,
            password=normalise_code(code), sslmode="verify-ca", sslrootcert=str(pending),
            channel_binding="require", connect_timeout="5", autocommit=True)
    except psycopg.OperationalError as exc:
        pending.unlink(missing_ok=True)
        raise ServerError("join_refused", address=address,
                          detail=str(exc).strip().splitlines()[-1:]) from exc
    try:
        row = conn.execute("SELECT precinct_server.redeem(%s, %s, %s)",
                           (kind, name, own_address)).fetchone()
    except psycopg.Error as exc:
        reason = (exc.diag.message_primary or "") if hasattr(exc, "diag") else ""
        raise ServerError(reason if reason == "desk_name_taken" else "join_refused",
                          address=address, desk=name, detail=str(exc).strip()) from exc
    finally:
        conn.close()
        pending.unlink(missing_ok=True)
    answer = row[0] if row else None
    if not isinstance(answer, dict):
        raise ServerError("join_refused", address=address, detail="no answer")
    servers = tuple(answer.get("servers") or ()) or (address,)
    return Redeemed(user=str(answer["user"]), password=str(answer["password"]),
                    servers=servers, cert=cert_pem.decode("ascii"),
                    fingerprint=pg_cluster.fingerprint(cert_pem))


def station_paths(data_folder: Path) -> pg_cluster.ClusterPaths:
    """Where the server keeps its cluster: ``server`` in the station's data folder."""
    return pg_cluster.ClusterPaths(data_folder / "server")
