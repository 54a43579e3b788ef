"""Words of the integrity alarm and the audit head anchor (issue 12) for i18n_fill."""

from __future__ import annotations

# source text -> (Russian, Kazakh).
WORDS: dict[str, tuple[str | tuple[str, ...], str | tuple[str, ...]]] = {
    'RECORDS CHANGED': ('ЗАПИСИ ИЗМЕНЕНЫ', 'ЖАЗБАЛАР ӨЗГЕРТІЛГЕН'),
    'Audit head: %1': ('Конец журнала аудита: %1', 'Аудит журналының соңы: %1'),
    'Audit head': ('Конец журнала аудита', 'Аудит журналының соңы'),
}
