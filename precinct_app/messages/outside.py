"""Messages of voting outside the premises: the reasons the law names, worded per language."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    # The stored reason codes (services.outside.REASONS and OTHER).
    "outside_reason_illness": Entry("illness", "болезнь", "науқастық"),
    "outside_reason_caring_for_relative": Entry(
        "caring for a sick relative", "уход за больным", "науқасқа күтім"
    ),
    "outside_reason_remoteness": Entry("remoteness", "удалённость", "алыс тұрады"),
    "outside_reason_other": Entry("other", "другое", "басқа"),
    "outside_reason_unknown": Entry(
        "unknown reason code {reason} (known: {known}, or any text)",
        "неизвестный код причины {reason} (известные: {known} или любой текст)",
        "белгісіз себеп коды {reason} (белгілілері: {known} немесе кез келген мәтін)",
    ),
    "outside_applications_closed": Entry(
        "voting is closed: no more outside-voting applications (the station is in: {phase})",
        "голосование закрыто: заявления о голосовании вне помещения больше не принимаются (этап: {phase})",
        "дауыс беру жабық: үй-жайдан тыс дауыс беру өтініштері енді қабылданбайды (кезең: {phase})",
    ),
}
