"""Domain words the window shows that no error message needed before (issue 13).

The window takes phases, roles, reasons, statuses and column names from the catalog
(``messages.text(code, lang)``), so a word reads the same in the header, a table, a
printed page and the terminal; Qt Linguist keeps only the window's chrome.
"""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    # The banner, the page stamp and the export folder's mark (pdf_common's TRAINING_MARK
    # says the same three words).
    "mark_training": Entry("TRAINING", "ОБУЧЕНИЕ", "ОҚУ"),
    # The exclusion form's last choice: a reason typed in by hand (a reason, feminine in
    # Russian: "другая [причина]").
    "exclusion_other": Entry("other…", "другая…", "басқа…"),
}
