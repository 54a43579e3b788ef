"""Messages of members at the command line: PINs asked and refused, ``precinct members``,
and the refusal of an action outside its phases (docs/domain.md §2, docs/formats.md §7)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    "action_open_voting": Entry(
        "open voting at the station", "открывать голосование на участке",
        "учаскеде дауыс беруді ашу",
    ),
    "action_close_voting": Entry(
        "close voting at the station", "закрывать голосование на участке",
        "учаскеде дауыс беруді жабу",
    ),
    "action_wrong_phase": Entry(
        "{name} cannot {action} now (the station is in: {phase})",
        "{name} не может сейчас {action} (этап: {phase})",
        "{name} қазір мұны істей алмайды: {action} (кезең: {phase})",
    ),
    "pin_needed": Entry(
        "{name} ({member}) must give their PIN: set {env} or run the command on a terminal",
        "{name} ({member}) должен ввести PIN-код: задайте {env} или запустите команду "
        "в терминале",
        "{name} ({member}) PIN-кодын енгізуі керек: {env} орнатыңыз немесе команданы "
        "терминалда іске қосыңыз",
    ),
    "pin_choose_how": Entry(
        "{name} ({member}) has no PIN yet: choose one (4 to 8 digits) in {env}, or run the "
        "command on a terminal to type it twice",
        "У {name} ({member}) ещё нет PIN-кода: задайте его (4–8 цифр) в {env} или запустите "
        "команду в терминале и введите его дважды",
        "{name} ({member}) әлі PIN-код қоймаған: оны (4–8 цифр) {env} ішінде беріңіз немесе "
        "команданы терминалда іске қосып, екі рет енгізіңіз",
    ),
    "pin_prompt": Entry(
        "PIN of {name} ({member}): ", "PIN-код {name} ({member}): ",
        "{name} ({member}) PIN-коды: ",
    ),
    "pin_prompt_new": Entry(
        "New PIN of {name} ({member}), 4 to 8 digits: ",
        "Новый PIN-код {name} ({member}), 4–8 цифр: ",
        "{name} ({member}) жаңа PIN-коды, 4–8 цифр: ",
    ),
    "pin_prompt_again": Entry(
        "The same PIN again: ", "Тот же PIN-код ещё раз: ", "Сол PIN-кодты қайта енгізіңіз: ",
    ),
    "pin_mismatch": Entry(
        "The two PINs typed for {name} ({member}) differ: nothing was set",
        "Два введённых PIN-кода {name} ({member}) не совпадают: ничего не изменено",
        "{name} ({member}) үшін енгізілген екі PIN-код сәйкес емес: ештеңе өзгермеді",
    ),
    "pin_same": Entry(
        "The new PIN of {name} ({member}) is the old one: nothing was changed",
        "Новый PIN-код {name} ({member}) совпадает со старым: ничего не изменено",
        "{name} ({member}) жаңа PIN-коды ескісімен бірдей: ештеңе өзгермеді",
    ),
    "pins_env_format": Entry(
        "{env} must read member=PIN,member=PIN (e.g. c2=1234,c3=5678)",
        "{env} должна иметь вид член=PIN,член=PIN (например, c2=1234,c3=5678)",
        "{env} мына түрде болуы керек: мүше=PIN,мүше=PIN (мысалы, c2=1234,c3=5678)",
    ),
    "confirm_failed": Entry(
        "Refused: not confirmed by PIN: {members}",
        "Отказано: не подтвердили PIN-кодом: {members}",
        "Бас тартылды: PIN-кодпен расталмады: {members}",
    ),
    "restore_pin_refused": Entry(
        "The PIN of {name} ({member}) does not match the backup's: the backup was not restored",
        "PIN-код {name} ({member}) не совпадает с записанным в резервной копии: копия "
        "не восстановлена",
        "{name} ({member}) PIN-коды резервтік көшірмедегімен сәйкес емес: көшірме "
        "қалпына келтірілмеді",
    ),
    "members_row": Entry(
        "{id}\t{name}\t{role}\t{pin}", "{id}\t{name}\t{role}\t{pin}",
        "{id}\t{name}\t{role}\t{pin}",
    ),
    "members_pin_set": Entry("PIN set", "PIN-код задан", "PIN-код қойылған"),
    "members_pin_to_choose": Entry(
        "no PIN yet: chooses it at their first action",
        "PIN-кода нет: задаст при первом действии",
        "PIN-код жоқ: алғашқы әрекетінде қояды",
    ),
    "members_pin_ask_chair": Entry(
        "no PIN: the chair must reset it", "PIN-кода нет: председатель должен его сбросить",
        "PIN-код жоқ: төраға оны қалпына келтіруі керек",
    ),
    "members_pin_waiting": Entry(
        Plural(count="seconds", one="waits {seconds} second after wrong PINs",
               other="waits {seconds} seconds after wrong PINs"),
        Plural(count="seconds",
               one="ожидание {seconds} секунда после неверных PIN-кодов",
               few="ожидание {seconds} секунды после неверных PIN-кодов",
               many="ожидание {seconds} секунд после неверных PIN-кодов",
               other="ожидание {seconds} секунды после неверных PIN-кодов"),
        Plural(count="seconds", one="қате PIN-кодтардан кейін {seconds} секунд күтеді",
               other="қате PIN-кодтардан кейін {seconds} секунд күтеді"),
    ),
    "members_pin_changed": Entry(
        "The PIN of {name} ({member}) is set", "PIN-код {name} ({member}) задан",
        "{name} ({member}) PIN-коды қойылды",
    ),
    "members_pin_reset": Entry(
        "The PIN of {name} ({member}) is reset: they choose a new one at their next action",
        "PIN-код {name} ({member}) сброшен: новый задаётся при следующем действии",
        "{name} ({member}) PIN-коды қалпына келтірілді: келесі әрекетінде жаңасын қояды",
    ),
    "help_members": Entry(
        "commission members and their PINs", "члены комиссии и их PIN-коды",
        "комиссия мүшелері және олардың PIN-кодтары",
    ),
    "help_members_list": Entry(
        "list the members: id, name, role, whether a PIN is set",
        "список членов комиссии: id, имя, роль, задан ли PIN-код",
        "комиссия мүшелерінің тізімі: id, аты-жөні, рөлі, PIN-код қойылған ба",
    ),
    "help_members_set_pin": Entry(
        "set your own PIN (new from PRECINCT_NEW_PIN or typed twice; the old one from "
        "PRECINCT_PIN or typed)",
        "задать свой PIN-код (новый — из PRECINCT_NEW_PIN или ввести дважды; старый — "
        "из PRECINCT_PIN или ввести)",
        "өз PIN-кодыңызды қою (жаңасы — PRECINCT_NEW_PIN ішінен немесе екі рет енгізу; "
        "ескісі — PRECINCT_PIN ішінен немесе енгізу)",
    ),
    "help_members_reset_pin": Entry(
        "the chair resets a member's PIN; the member chooses a new one",
        "председатель сбрасывает PIN-код члена комиссии; тот задаёт новый",
        "төраға мүшенің PIN-кодын қалпына келтіреді; мүше жаңасын қояды",
    ),
    "help_members_id": Entry(
        "the member's id (see members list)", "id члена комиссии (см. members list)",
        "комиссия мүшесінің id-і (members list қараңыз)",
    ),
    "help_member_chair": Entry(
        "the chair, proven by the chair's PIN (PRECINCT_PIN or typed)",
        "председатель, подтверждённый своим PIN-кодом (PRECINCT_PIN или ввести)",
        "төраға, өз PIN-кодымен расталады (PRECINCT_PIN немесе енгізу)",
    ),
    "help_member_pin": Entry(
        "the acting member, proven by their PIN (PRECINCT_PIN or typed)",
        "действующий член комиссии, подтверждённый своим PIN-кодом (PRECINCT_PIN или ввести)",
        "әрекет ететін комиссия мүшесі, өз PIN-кодымен расталады (PRECINCT_PIN немесе енгізу)",
    ),
    "help_sign_present": Entry(
        "the members present, each confirming with their PIN (PRECINCT_PINS or typed one by "
        "one); the quorum counts those who confirmed",
        "присутствующие члены комиссии, каждый подтверждает своим PIN-кодом (PRECINCT_PINS "
        "или ввести по одному); кворум считается по подтвердившим",
        "қатысып отырған мүшелер, әрқайсысы өз PIN-кодымен растайды (PRECINCT_PINS немесе "
        "бір-бірден енгізу); кворум растағандар бойынша саналады",
    ),
}
