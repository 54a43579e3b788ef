"""Voter search. INTERFACE STUB: being implemented."""

from __future__ import annotations

from sqlalchemy.orm import Session

from precinct_app.services.voters import VoterView


def find_voter_ids(session: Session, text: str, limit: int | None = None) -> list[int]:
    """Ids of every voter matching ``text``, in list-number order."""
    raise NotImplementedError


def find_voters(session: Session, text: str, limit: int | None = None) -> list[VoterView]:
    """Every voter matching ``text``, in list-number order."""
    raise NotImplementedError
