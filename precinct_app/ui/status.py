"""What the status line says, kept as its source words and data, not as finished text.

The status line repeats the last action ("Ballot issued to No. 6 at 10:42 by …"). Kept
as a finished string it would stay in the old language after a language switch; kept
as a :class:`Said` it is worded again in the new one. Screens emit a ``Said`` with
their ``action_done`` (a plain string still works, but the window cannot word it again
and drops it at a switch); ``None`` says "nothing to repeat" (a refusal came after).

    emit(self.action_done, Said.translate("DeskScreen", "Ballot issued to No. %1 at %2")
         .arg(str(list_no), at))

``Said.translate`` takes the arguments of ``QCoreApplication.translate``, so lupdate
extracts the text in its context as it does for ``self.tr``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from precinct_app.messages import text
from precinct_app.ui.i18n import fill


@dataclass(frozen=True)
class Said:
    """A Qt Linguist text (``context``, ``source``, plural ``n``) with ``%1``, ``%2``…
    filled from ``args``; or, with ``code`` set, a message of the Qt-free catalog."""

    context: str = ""
    source: str = ""
    disambiguation: str | None = None
    n: int = -1
    args: tuple[str, ...] = ()
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def translate(cls, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> Said:
        """The text ``QCoreApplication.translate`` would give, worded when shown."""
        return cls(context, source, disambiguation, n)

    @classmethod
    def message(cls, code: str, **params: Any) -> Said:
        """A message of the catalog (precinct_app.messages)."""
        return cls(code=code, params=params)

    def arg(self, *args: str) -> Said:
        """The same words with ``%1``, ``%2``… taking ``args`` (language-neutral data:
        numbers, names, times)."""
        return replace(self, args=tuple(str(a) for a in args))

    def text(self, lang: str) -> str:
        """The words in the language installed now (``lang`` for catalog messages)."""
        if self.code:
            return text(self.code, lang, **self.params)
        wording = QCoreApplication.translate(self.context, self.source, self.disambiguation,
                                             self.n)
        return fill(wording, *self.args)
