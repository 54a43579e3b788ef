"""Typed domain errors: a code plus data, never a sentence.

The UI and the CLI turn ``code`` and ``params`` into text in the user's
language through ``precinct_app.messages``.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of every error the user can cause; ``code`` names the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = params

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.params!r})"


class StationExists(DomainError):
    """A station is already set up in this database."""


class NoStation(DomainError):
    """The database holds no station yet."""


class InvalidInput(DomainError):
    """A value the user typed is not acceptable."""


class PermissionDenied(DomainError):
    """The member's role may not take this action (docs/domain.md §2)."""


class WrongPhase(DomainError):
    """The action is not possible in the station's current phase."""


class Refused(DomainError):
    """A voting-day action the rules forbid for this voter or ballot (code says why)."""
