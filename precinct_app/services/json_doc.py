"""JSON documents as read, before validation: typed so every value must be narrowed to be used.

``json.loads`` gives ``Any``; the readers at the edge (the package, the protocol forms) take
it as :data:`JsonObject` and hand typed objects on, so no ``Any`` goes further.
"""

from __future__ import annotations

JsonObject = dict[str, object]
"""A JSON object as read: a value is used only after an ``isinstance`` check."""


def objects(value: object) -> list[JsonObject]:
    """The objects of a JSON list (``[]`` for anything else)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]
