"""Words of issue 12 (the integrity alarm, the audit head, the chair's restore) for i18n_fill."""

from __future__ import annotations

# source text -> (Russian, Kazakh).
WORDS: dict[str, tuple[str | tuple[str, ...], str | tuple[str, ...]]] = {
    'RECORDS CHANGED': ('ЗАПИСИ ИЗМЕНЕНЫ', 'ЖАЗБАЛАР ӨЗГЕРТІЛГЕН'),
    'Audit head: %1': ('Конец журнала аудита: %1', 'Аудит журналының соңы: %1'),
    'Audit head': ('Конец журнала аудита', 'Аудит журналының соңы'),
    # The restore dialog: only the chair may take the station back to a backup.
    'Chair, who decides:': ('Председатель, который решает:', 'Шешім қабылдайтын төраға:'),
}
