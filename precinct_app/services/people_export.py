"""people.json of the export (docs/formats.md §3): those present, the certified copies
of the protocol and the posted copies, in format ``precinct-people/1``.

No personal data beyond what each person gave for the record (name, kind,
organisation, accreditation or mandate number). :func:`build` writes it from the
station; :func:`check` reads it back off a stick (no station database): a hostile
or malformed file is named with the place where it stops being the format, and the
copies and postings must be the audit log's own.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from precinct_app.services import attendance, copies
from precinct_app.services.localize import station_time
from precinct_app.services.station import StationInfo

PEOPLE_FORMAT = "precinct-people/1"
PEOPLE_JSON = "people.json"
MAX_TEXT = 200  # the register's widest column
MAX_ITEMS = 100_000  # far above a station's day: a hostile list is refused, not walked


def _at(at: dt.datetime | None, station: StationInfo) -> str | None:
    return station_time(at, station.timezone).isoformat() if at is not None else None


def build(session: Session, station: StationInfo, mode: str) -> dict[str, Any]:
    """The document as the export writes it."""
    return {
        "format": PEOPLE_FORMAT,
        "election": station.election_id,
        "precinct": station.precinct_number,
        "mode": mode,
        "present": [
            {"id": p.id, "name": p.name, "kind": p.kind, "organisation": p.organisation,
             "mandate": p.mandate,
             "visits": [{"in": _at(v.arrived_at, station), "in_by": v.arrived_by,
                         "out": _at(v.left_at, station), "out_by": v.left_by}
                        for v in p.visits]}
            for p in attendance.register(session)
        ],
        "copies": [
            {"contest": c.contest_id, "version": c.version, "number": c.number, "code": c.code,
             "person": c.person_id, "name": c.name, "organisation": c.organisation,
             "issued_at": _at(c.issued_at, station), "chair": c.chair_id,
             "secretary": c.secretary_id}
            for c in copies.copies_register(session)
        ],
        "posted": [
            {"contest": p.contest_id, "version": p.version, "code": p.code,
             "posted_at": _at(p.posted_at, station), "member": p.member_id}
            for p in copies.postings(session)
        ],
    }


class _Bad(Exception):
    """Where the document stops being the format (a JSON path)."""


def _text(value: Any, where: str, *, empty: bool = True, nullable: bool = False) -> None:
    if value is None and nullable:
        return
    if not isinstance(value, str) or len(value) > MAX_TEXT or (not empty and not value):
        raise _Bad(where)
    if not value.isprintable():  # controls and bidi marks: nothing a name holds
        raise _Bad(where)


def _int(value: Any, where: str, *, nullable: bool = False) -> None:
    if value is None and nullable:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 2**53:
        raise _Bad(where)


def _time(value: Any, where: str, *, nullable: bool = False) -> None:
    if value is None and nullable:
        return
    _text(value, where, empty=False)
    try:
        if dt.datetime.fromisoformat(value).tzinfo is None:
            raise _Bad(where)
    except ValueError as exc:
        raise _Bad(where) from exc


def _items(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = doc.get(key)
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        raise _Bad(key)
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise _Bad(f"{key}[{index}]")
    return items


def _shape(doc: Any, mode: str) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise _Bad("$")
    if doc.get("format") != PEOPLE_FORMAT:
        raise _Bad("format")
    if doc.get("mode") != mode:
        raise _Bad("mode")
    for key in ("election", "precinct"):
        _text(doc.get(key), key, empty=False)
    for i, p in enumerate(_items(doc, "present")):
        where = f"present[{i}]"
        _int(p.get("id"), f"{where}.id")
        _text(p.get("name"), f"{where}.name", empty=False)
        if p.get("kind") not in attendance.KINDS:
            raise _Bad(f"{where}.kind")
        _text(p.get("organisation"), f"{where}.organisation")
        _text(p.get("mandate"), f"{where}.mandate")
        visits = _items(p, "visits") if isinstance(p.get("visits"), list) else None
        if visits is None:
            raise _Bad(f"{where}.visits")
        for j, v in enumerate(visits):
            _time(v.get("in"), f"{where}.visits[{j}].in")
            _time(v.get("out"), f"{where}.visits[{j}].out", nullable=True)
            _text(v.get("in_by"), f"{where}.visits[{j}].in_by", empty=False)
            _text(v.get("out_by"), f"{where}.visits[{j}].out_by", nullable=True)
    numbers: set[tuple[str, int]] = set()
    for i, c in enumerate(_items(doc, "copies")):
        where = f"copies[{i}]"
        _text(c.get("contest"), f"{where}.contest", empty=False)
        for key in ("version", "number"):
            _int(c.get(key), f"{where}.{key}")
        _int(c.get("person"), f"{where}.person", nullable=True)
        _text(c.get("name"), f"{where}.name", empty=False)
        for key in ("organisation", "code"):
            _text(c.get(key), f"{where}.{key}")
        _time(c.get("issued_at"), f"{where}.issued_at")
        for key in ("chair", "secretary"):
            _text(c.get(key), f"{where}.{key}", empty=False)
        if (c["contest"], c["number"]) in numbers:  # one number, one paper
            raise _Bad(f"{where}.number")
        numbers.add((c["contest"], c["number"]))
    for i, p in enumerate(_items(doc, "posted")):
        where = f"posted[{i}]"
        _text(p.get("contest"), f"{where}.contest", empty=False)
        _int(p.get("version"), f"{where}.version")
        _text(p.get("code"), f"{where}.code")
        _time(p.get("posted_at"), f"{where}.posted_at")
        _text(p.get("member"), f"{where}.member", empty=False)
    return doc


def _logged(events: Iterable[tuple[str, str]]) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """The copies and postings the audit log records: ``(action, payload)`` pairs in."""
    issued: set[tuple[Any, ...]] = set()
    posted: set[tuple[Any, ...]] = set()
    for action, payload in events:
        if action not in ("protocol.copy_issued", "protocol.posted"):
            continue
        try:
            p = json.loads(payload)
            if action == "protocol.copy_issued":
                issued.add((p["contest"], p["version"], p["number"], p["name"],
                            p["organisation"]))
            else:
                posted.add((p["contest"], p["version"]))
        except (ValueError, KeyError, TypeError):
            continue  # an unreadable event: the chain check names it
    return issued, posted


def check(data: bytes, mode: str,
          events: Iterable[tuple[str, str]]) -> tuple[bool, str, dict[str, Any]]:
    """``(ok, message code, params)`` for people.json's bytes, the export's ``mode`` and
    the audit log's ``(action, payload)`` pairs."""
    try:
        doc = _shape(json.loads(data.decode("utf-8")), mode)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False, "verify_people_bad", {"where": "JSON"}
    except _Bad as exc:
        return False, "verify_people_bad", {"where": str(exc)}
    issued, posted = _logged(events)
    mine = {(c["contest"], c["version"], c["number"], c["name"], c["organisation"])
            for c in doc["copies"]}
    if mine != issued:
        return False, "verify_people_log", {"where": "copies"}
    if {(p["contest"], p["version"]) for p in doc["posted"]} != posted:
        return False, "verify_people_log", {"where": "posted"}
    return True, "verify_people_ok", {"people": len(doc["present"]), "copies": len(mine)}
