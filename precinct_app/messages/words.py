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
    # Words both the window and a printed document show (issue 13: one word, one place).
    # Lower case where the word also stands inside a sentence; headings use
    # ``messages.capitalized``.
    "word_no": Entry("No.", "№", "№"),
    "word_time": Entry("Time", "Время", "Уақыт"),
    "word_reason": Entry("reason", "причина", "себебі"),
    "word_total": Entry("Total", "Итого", "Барлығы"),
    "word_in_words": Entry("In words", "Прописью", "Жазбаша"),
    "word_protocol": Entry("Protocol", "Протокол", "Хаттама"),
    "word_territory": Entry("Territory", "Территория", "Аумақ"),
    "word_voting_day": Entry("Voting day", "День голосования", "Дауыс беру күні"),
    "word_control_ratios": Entry("Control ratios", "Контрольные соотношения",
                                 "Бақылау қатынастары"),
    # The station's key is the precinct's ("участок"), not a "станция".
    "word_key_fingerprint": Entry("Station key fingerprint", "Отпечаток ключа участка",
                                  "Учаске кілтінің ізі"),
    "word_audit_head": Entry("Audit head", "Конец журнала аудита", "Аудит журналының соңы"),
    "word_repeated_protocol": Entry("repeated protocol", "повторный протокол",
                                    "қайталанған хаттама"),
    "word_dissenting_opinion": Entry("dissenting opinion", "особое мнение", "ерекше пікір"),
    "word_turnout": Entry("turnout", "явка", "қатысу"),
    "word_voters_on_list": Entry("voters on the list", "избирателей в списке",
                                 "тізімдегі сайлаушылар"),
    "word_per_hour": Entry("Ballots issued per hour", "Выдано бюллетеней по часам",
                           "Сағат сайын берілген бюллетеньдер"),
    "word_by_section": Entry("By list section", "По разделам списка", "Тізім бөлімдері бойынша"),
    # A turnout report time that has passed without its figure, and one still to come.
    "word_not_recorded": Entry("not recorded yet", "ещё не зафиксировано", "әлі тіркелмеген"),
    "word_pending": Entry("pending", "ожидается", "күтілуде"),
    # A voter put on the list on the day, and a ballot taken outside the premises.
    "word_added": Entry("added", "включён(а)", "қосылды"),
    "word_outside": Entry("outside", "вне помещения", "үй-жайдан тыс"),
}
