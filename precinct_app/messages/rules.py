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
}
