"""Messages of members' PINs and sign-in (docs/formats.md §7)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    "pin_format": Entry(
        "A PIN is {low} to {high} digits ({field})",
        "PIN-код — от {low} до {high} цифр ({field})",
        "PIN-код — {low}–{high} цифр ({field})",
    ),
    "pin_choose": Entry(
        "{name} ({member}) has no PIN yet: choose one (4 to 8 digits) and type it twice",
        "У {name} ({member}) ещё нет PIN-кода: придумайте его (4–8 цифр) и введите дважды",
        "{name} ({member}) әлі PIN-код қоймаған: оны ойлап тауып (4–8 цифр), екі рет енгізіңіз",
    ),
    "pin_none_ask_chair": Entry(
        "{name} ({member}) has no PIN and voting has opened: the chair must reset it "
        "(precinct members reset-pin {member} --member <chair>)",
        "У {name} ({member}) нет PIN-кода, а голосование уже открыто: председатель должен "
        "его сбросить (precinct members reset-pin {member} --member <председатель>)",
        "{name} ({member}) PIN-коды жоқ, ал дауыс беру ашылған: төраға оны қалпына "
        "келтіруі керек (precinct members reset-pin {member} --member <төраға>)",
    ),
    "pin_wrong": Entry(
        Plural(count="left", one="Wrong PIN for {name}: {left} try left before a wait",
               other="Wrong PIN for {name}: {left} tries left before a wait"),
        Plural(count="left",
               one="Неверный PIN-код {name}: до ожидания осталась {left} попытка",
               few="Неверный PIN-код {name}: до ожидания осталось {left} попытки",
               many="Неверный PIN-код {name}: до ожидания осталось {left} попыток",
               other="Неверный PIN-код {name}: до ожидания осталось {left} попытки"),
        Plural(count="left", one="{name}: PIN-код қате, күтуге дейін {left} әрекет қалды",
               other="{name}: PIN-код қате, күтуге дейін {left} әрекет қалды"),
    ),
    "pin_wrong_wait": Entry(
        Plural(count="seconds", one="Wrong PIN for {name}: wait {seconds} second, then try again",
               other="Wrong PIN for {name}: wait {seconds} seconds, then try again"),
        Plural(count="seconds",
               one="Неверный PIN-код {name}: подождите {seconds} секунду и попробуйте снова",
               few="Неверный PIN-код {name}: подождите {seconds} секунды и попробуйте снова",
               many="Неверный PIN-код {name}: подождите {seconds} секунд и попробуйте снова",
               other="Неверный PIN-код {name}: подождите {seconds} секунды и попробуйте снова"),
        Plural(count="seconds",
               one="{name}: PIN-код қате, {seconds} секунд күтіп, қайта көріңіз",
               other="{name}: PIN-код қате, {seconds} секунд күтіп, қайта көріңіз"),
    ),
    "pin_wait": Entry(
        Plural(count="seconds",
               one="Too many wrong PINs for {name}: wait {seconds} second",
               other="Too many wrong PINs for {name}: wait {seconds} seconds"),
        Plural(count="seconds",
               one="Слишком много неверных PIN-кодов {name}: подождите {seconds} секунду",
               few="Слишком много неверных PIN-кодов {name}: подождите {seconds} секунды",
               many="Слишком много неверных PIN-кодов {name}: подождите {seconds} секунд",
               other="Слишком много неверных PIN-кодов {name}: подождите {seconds} секунды"),
        Plural(count="seconds",
               one="{name}: қате PIN-код тым көп, {seconds} секунд күтіңіз",
               other="{name}: қате PIN-код тым көп, {seconds} секунд күтіңіз"),
    ),
    "action_reset_pin": Entry(
        "reset a member's PIN", "сбрасывать PIN-код члена комиссии",
        "комиссия мүшесінің PIN-кодын қалпына келтіру",
    ),
}
