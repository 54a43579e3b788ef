"""Words of the control ratios (services.rules) and of the export's eligibility."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    # A check's state as the commission types the values in (rules.Check.state_code).
    "check_state_holds": Entry("holds", "выполняется", "орындалады"),
    "check_state_fails": Entry("fails", "не выполняется", "орындалмайды"),
    "check_state_incomplete": Entry("incomplete", "не все строки", "жолдар толық емес"),
    # The rule with its numbers (rules.Check.numbers_message).
    "check_numbers": Entry(
        "{rule}: {left} against {right}, difference {difference}",
        "{rule}: {left} против {right}, разница {difference}",
        "{rule}: {left} / {right}, айырма {difference}",
    ),
    "check_waits": Entry(
        "{rule} — wait for lines: {lines}",
        "{rule} — ждёт строк: {lines}",
        "{rule} — мына жолдар күтілуде: {lines}",
    ),
    # The export's eligibility (services.export.eligibility).
    "export_before_count": Entry(
        "the results are exported after the count: the station is in \"{phase}\"; a preliminary export too waits for the count to start",
        "результаты выгружаются после подсчёта: участок сейчас в состоянии «{phase}»; предварительная выгрузка тоже возможна только после начала подсчёта",
        "нәтижелер санаудан кейін жазып алынады: учаске қазір «{phase}» күйінде; алдын ала жазып алу да санау басталғаннан кейін ғана мүмкін",
    ),
    "export_not_recorded": Entry(
        "the folder {path} was written and verified, but the export could not be recorded in the audit log: {reason}. Put this right and export again: the log must record what leaves the station",
        "папка {path} записана и проверена, но выгрузку не удалось записать в журнал аудита: {reason}. Устраните причину и выгрузите ещё раз: журнал должен фиксировать всё, что покидает участок",
        "{path} бумасы жазылды және тексерілді, бірақ түсірілімді аудит журналына жазу мүмкін болмады: {reason}. Себебін түзетіп, қайта түсіріңіз: журнал учаскеден шығатынның бәрін тіркеуі тиіс",
    ),
}
