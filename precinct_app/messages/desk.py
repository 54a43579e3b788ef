"""Messages of the desk: signing in, switching, the idle lock (docs/formats.md §7)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "action_idle_lock": Entry(
        "set the idle lock's time",
        "устанавливать время блокировки при бездействии",
        "әрекетсіздік құлпының уақытын орнату",
    ),
    "desk_idle_bounds": Entry(
        "The idle lock is {low} to {high} minutes (idle minutes)",
        "Блокировка при бездействии — от {low} до {high} минут (минуты бездействия)",
        "Әрекетсіздік құлпы — {low}–{high} минут (әрекетсіз минуттар)",
    ),
    "desk_may_not": Entry(
        "{name} ({role}) may not do this: switch member",
        "{name} ({role}) не может это делать: смените члена комиссии",
        "{name} ({role}) мұны істей алмайды: комиссия мүшесін ауыстырыңыз",
    ),
    "desk_nobody": Entry(
        "Nobody is signed in at this desk",
        "За этим столом никто не вошёл",
        "Бұл үстелде ешкім кірмеген",
    ),
    "desk_elsewhere": Entry(
        "signed in at {desk}",
        "вошёл за столом {desk}",
        "{desk} үстелінде кірген",
    ),
    "desk_demo_pins": Entry(
        "Demo station: every member's PIN is {pin} (training only)",
        "Демо-участок: PIN-код каждого члена комиссии — {pin} (только для обучения)",
        "Демо учаске: әр мүшенің PIN-коды — {pin} (тек оқу үшін)",
    ),
    "desk_pins_differ": Entry(
        "The two PINs differ: type the same PIN twice (new PIN)",
        "Два PIN-кода не совпадают: введите один и тот же PIN-код дважды (новый PIN-код)",
        "Екі PIN-код сәйкес емес: бір PIN-кодты екі рет енгізіңіз (жаңа PIN-код)",
    ),
    "desk_signed_in": Entry(
        "{name} ({role}) signed in at {desk}",
        "{name} ({role}) вошёл за столом {desk}",
        "{name} ({role}) {desk} үстелінде кірді",
    ),
    "desk_signed_out": Entry(
        "{name} signed out at {desk}",
        "{name} вышел за столом {desk}",
        "{name} {desk} үстелінен шықты",
    ),
    "desk_locked": Entry(
        "Locked: the PIN of {name} opens this desk again",
        "Заблокировано: стол снова откроет PIN-код {name}",
        "Құлыпталды: үстелді {name} PIN-коды қайта ашады",
    ),
    "desk_confirm_member": Entry(
        "{name} confirms with their PIN",
        "{name} подтверждает своим PIN-кодом",
        "{name} өз PIN-кодымен растайды",
    ),
    "desk_restore_pin_wrong": Entry(
        "The PIN of {name} does not match the one in this backup (chair's PIN)",
        "PIN-код {name} не совпадает с PIN-кодом в этой резервной копии (PIN-код председателя)",
        "{name} PIN-коды осы резервтік көшірмедегі PIN-кодпен сәйкес емес (төраға PIN-коды)",
    ),
    "desk_pin_wrong_read_only": Entry(
        "Wrong PIN for {name} (the station is read-only: the disk is full)",
        "Неверный PIN-код {name} (участок только для чтения: диск заполнен)",
        "{name}: PIN-код қате (учаске тек оқу үшін: диск толы)",
    ),
    "desk_idle_set": Entry(
        "The desks lock after {minutes} minutes without input",
        "Столы блокируются после {minutes} минут бездействия",
        "Үстелдер {minutes} минут әрекетсіздіктен кейін құлыпталады",
    ),
}
