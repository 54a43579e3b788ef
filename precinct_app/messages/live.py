"""Messages of the live desks: the station server lost and back (services.live)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "server_lost": Entry(
        "Server lost — issue from the paper list",
        "Связь с сервером потеряна — выдавайте по бумажному списку",
        "Сервермен байланыс үзілді — қағаз тізім бойынша беріңіз",
    ),
    # The header's red state, on two lines (the bar is narrow at 1366 px in Kazakh).
    "server_lost_short": Entry(
        "Server lost",
        "Связь с сервером потеряна",
        "Сервермен байланыс үзілді",
    ),
    "server_lost_paper": Entry(
        "Issue from the paper list",
        "Выдавайте по бумажному списку",
        "Қағаз тізім бойынша беріңіз",
    ),
    "server_lost_issue": Entry(
        "The station server is lost: this desk cannot see the other desks' ballots, so it "
        "issues none. Issue from the paper list and mark each ballot there; enter them here "
        "when the link is back",
        "Связь с сервером участка потеряна: этот стол не видит бюллетени других столов и "
        "поэтому не выдаёт их. Выдавайте по бумажному списку и отмечайте в нём каждый "
        "бюллетень; внесите их сюда, когда связь вернётся",
        "Учаске серверімен байланыс үзілді: бұл үстел басқа үстелдердің бюллетеньдерін "
        "көрмейді, сондықтан бюллетень бермейді. Қағаз тізім бойынша беріп, әр бюллетеньді "
        "сонда белгілеңіз; байланыс қалпына келгенде оларды осында енгізіңіз",
    ),
    "server_lost_write": Entry(
        "The connection to the station server dropped: nothing was recorded ({detail}). "
        "Issue from the paper list until the link is back",
        "Связь с сервером участка прервалась: ничего не записано ({detail}). Выдавайте по "
        "бумажному списку, пока связь не вернётся",
        "Учаске серверімен байланыс үзілді: ештеңе жазылған жоқ ({detail}). Байланыс "
        "қалпына келгенше қағаз тізім бойынша беріңіз",
    ),
    "server_lost_unsure": Entry(
        "The connection to the station server dropped while it was recording ({detail}): "
        "it may or may not be recorded. Do not do it again here: when the link is back, "
        "look the voter up first; meanwhile issue from the paper list",
        "Связь с сервером участка прервалась во время записи ({detail}): действие могло "
        "быть записано, а могло и нет. Не повторяйте его здесь: когда связь вернётся, "
        "сначала найдите избирателя; до тех пор выдавайте по бумажному списку",
        "Жазу кезінде учаске серверімен байланыс үзілді ({detail}): әрекет жазылуы да, "
        "жазылмауы да мүмкін. Оны мұнда қайталамаңыз: байланыс қалпына келгенде алдымен "
        "сайлаушыны іздеңіз; оған дейін қағаз тізім бойынша беріңіз",
    ),
    "server_lost_since": Entry(
        "Server lost at {at}: {reason}",
        "Связь с сервером потеряна в {at}: {reason}",
        "Сервермен байланыс {at} үзілді: {reason}",
    ),
    "server_back": Entry(
        "The link to the station server is back ({at}): enter the ballots issued from the "
        "paper list meanwhile",
        "Связь с сервером участка восстановлена ({at}): внесите бюллетени, выданные за это "
        "время по бумажному списку",
        "Учаске серверімен байланыс қалпына келді ({at}): осы уақытта қағаз тізім бойынша "
        "берілген бюллетеньдерді енгізіңіз",
    ),
}
