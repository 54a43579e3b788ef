"""Messages of the synchronous standby and its promotion (docs/formats.md §8)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "standby_laptop_taken": Entry(
        "This laptop is already a {was} laptop of a station: it cannot become a standby",
        "Этот ноутбук уже работает в участке ({was}): резервным он стать не может",
        "Бұл ноутбук учаскеде жұмыс істеп тұр ({was}): резервтік бола алмайды",
    ),
    "standby_port_bad": Entry(
        "The port {port} is not a port number (1 to 65535) (--port)",
        "Порт {port} — не номер порта (от 1 до 65535) (--port)",
        "{port} порты порт нөмірі емес (1–65535) (--port)",
    ),
    "standby_folder_taken": Entry(
        "A server copy already exists in {path}: this laptop was a server or a standby before; move that folder away first",
        "В {path} уже есть копия сервера: этот ноутбук уже был сервером или резервным; сначала перенесите эту папку",
        "{path} ішінде сервер көшірмесі бар: бұл ноутбук бұрын сервер не резервтік болған; алдымен сол қалтаны басқа жерге жылжытыңыз",
    ),
    "standby_copy_failed": Entry(
        "Could not copy the station from the server {address}: {detail}",
        "Не удалось скопировать участок с сервера {address}: {detail}",
        "{address} серверінен учаскені көшіру мүмкін болмады: {detail}",
    ),
    "standby_not_streaming": Entry(
        "The server {address} did not take this standby within {seconds} s ({detail}); check the cable and run 'precinct server standby' again",
        "Сервер {address} не подключил резервный ноутбук за {seconds} с ({detail}); проверьте кабель и снова выполните 'precinct server standby'",
        "{address} сервері резервтік ноутбукты {seconds} с ішінде қоспады ({detail}); кабельді тексеріп, 'precinct server standby' командасын қайта орындаңыз",
    ),
    "standby_no_route": Entry(
        "This laptop has no network route to {address}: {detail}",
        "У этого ноутбука нет сетевого пути к {address}: {detail}",
        "Бұл ноутбуктан {address} адресіне желі жолы жоқ: {detail}",
    ),
    "standby_not_standby": Entry(
        "This laptop is not the station's standby (it is {was})",
        "Этот ноутбук не резервный ноутбук участка (он {was})",
        "Бұл ноутбук учаскенің резервтік ноутбугы емес (ол {was})",
    ),
    "standby_server_alive": Entry(
        "The server {address} still answers: promoting now would make two servers. Stop it ('precinct server stop') or unplug it, then promote",
        "Сервер {address} ещё отвечает: повышение сейчас дало бы два сервера. Остановите его ('precinct server stop') или отключите, затем повышайте",
        "{address} сервері әлі жауап береді: қазір көтерсе, екі сервер болады. Оны тоқтатыңыз ('precinct server stop') не ажыратыңыз, содан кейін көтеріңіз",
    ),
    "standby_promote_failed": Entry(
        "This laptop could not become the server: {detail}",
        "Этот ноутбук не смог стать сервером: {detail}",
        "Бұл ноутбук сервер бола алмады: {detail}",
    ),
    "standby_server_only": Entry(
        "Only the station server can forget its standby (this laptop is {was})",
        "Забыть резервный ноутбук может только сервер участка (этот ноутбук — {was})",
        "Резервтік ноутбукты тек учаске сервері ұмыта алады (бұл ноутбук — {was})",
    ),
    "standby_none": Entry(
        "The server has no standby",
        "У сервера нет резервного ноутбука",
        "Серверде резервтік ноутбук жоқ",
    ),
    "standby_ready": Entry(
        "This laptop is now the synchronous standby of {server}: every ballot acknowledged at a desk is also on this laptop. Keep it on and connected; its copy listens on {address}",
        "Этот ноутбук теперь синхронный резервный ноутбук сервера {server}: каждый выданный на столе бюллетень есть и на нём. Держите его включённым и подключённым; его копия слушает {address}",
        "Бұл ноутбук енді {server} серверінің синхронды резервтік ноутбугы: үстелде берілген әр бюллетень осында да бар. Оны қосулы әрі жалғаулы ұстаңыз; көшірмесі {address} адресінде тыңдайды",
    ),
    "standby_promoted": Entry(
        "This laptop is now the station server at {address}; the desks follow it by themselves. The station has no standby until another laptop runs 'precinct server standby'",
        "Этот ноутбук теперь сервер участка по адресу {address}; столы переходят к нему сами. Резервного ноутбука нет, пока другой ноутбук не выполнит 'precinct server standby'",
        "Бұл ноутбук енді {address} адресіндегі учаске сервері; үстелдер оған өздері ауысады. Басқа ноутбук 'precinct server standby' орындағанша резервтік ноутбук жоқ",
    ),
    "standby_forgotten": Entry(
        "The server no longer waits for a standby: the station runs on this laptop alone until another standby joins",
        "Сервер больше не ждёт резервный ноутбук: участок работает на одном этом ноутбуке, пока не подключится другой резервный",
        "Сервер енді резервтік ноутбукты күтпейді: басқа резервтік қосылғанша учаске тек осы ноутбукта жұмыс істейді",
    ),
    "standby_replaced": Entry(
        "This laptop is no longer the station server: its standby {address} was promoted while it was away. It holds an older copy: do not start it as a server again",
        "Этот ноутбук больше не сервер участка: пока его не было, его резервный ноутбук {address} стал сервером. На нём старая копия: не запускайте его снова как сервер",
        "Бұл ноутбук енді учаске сервері емес: ол жоқта оның резервтік ноутбугы {address} серверге айналды. Онда ескі көшірме: оны қайта сервер ретінде іске қоспаңыз",
    ),
    "standby_state_none": Entry(
        "no standby",
        "нет резервного ноутбука",
        "резервтік ноутбук жоқ",
    ),
    "standby_state_sync": Entry(
        "standby: every ballot is on two laptops",
        "резервный ноутбук: каждый бюллетень на двух ноутбуках",
        "резервтік ноутбук: әр бюллетень екі ноутбукта",
    ),
    "standby_state_lost": Entry(
        "standby lost: ballots wait for it. Bring it back, or the chair runs 'precinct server forget-standby' on the server",
        "резервный ноутбук потерян: бюллетени ждут его. Верните его, или председатель выполняет на сервере 'precinct server forget-standby'",
        "резервтік ноутбук жоғалды: бюллетеньдер оны күтеді. Оны қайтарыңыз, не төраға серверде 'precinct server forget-standby' орындайды",
    ),
    "help_server_standby": Entry(
        "make this laptop the server's synchronous standby (without arguments: start this standby again)",
        "сделать этот ноутбук синхронным резервным ноутбуком сервера (без аргументов: снова запустить этот резервный)",
        "бұл ноутбукты сервердің синхронды резервтік ноутбугы ету (аргументсіз: осы резервтікті қайта іске қосу)",
    ),
    "help_standby_address": Entry(
        "the server's address, as its screen shows it",
        "адрес сервера, как его показывает экран сервера",
        "сервердің адресі, сервер экраны көрсеткендей",
    ),
    "help_standby_code": Entry(
        "the one-time join code the server shows",
        "одноразовый код подключения, который показывает сервер",
        "сервер көрсететін бір реттік қосылу коды",
    ),
    "help_standby_port": Entry(
        "the port this laptop's copy listens on (default: the server's)",
        "порт, который слушает копия на этом ноутбуке (по умолчанию: как у сервера)",
        "осы ноутбуктағы көшірме тыңдайтын порт (әдепкісі: сервердікі)",
    ),
    "help_server_promote": Entry(
        "on the standby, when the server laptop is lost: this laptop becomes the server",
        "на резервном ноутбуке, когда ноутбук-сервер потерян: этот ноутбук становится сервером",
        "резервтік ноутбукта, сервер-ноутбук жоғалғанда: бұл ноутбук серверге айналады",
    ),
    "help_server_forget_standby": Entry(
        "on the server, when the standby is lost: stop waiting for it",
        "на сервере, когда резервный ноутбук потерян: перестать его ждать",
        "серверде, резервтік ноутбук жоғалғанда: оны күтуді тоқтату",
    ),
    "standby_usage": Entry(
        "Give both the server's address and the code, or neither (to start this standby again)",
        "Укажите и адрес сервера, и код, или ничего (чтобы снова запустить этот резервный ноутбук)",
        "Сервер адресін де, кодты да көрсетіңіз, не ешқайсысын (осы резервтікті қайта іске қосу үшін)",
    ),
}
