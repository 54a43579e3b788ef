"""Messages of the window's station server screen and join dialog (docs/formats.md §8)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "join_address_missing": Entry(
        "Type the station server's address, as its screen shows it (address)",
        "Введите адрес сервера участка, как он показан на его экране (адрес)",
        "Учаске серверінің мекенжайын оның экранындағыдай енгізіңіз (мекенжай)",
    ),
    "join_code_missing": Entry(
        "Type the join code shown on the station server's screen (join code)",
        "Введите код подключения с экрана сервера участка (код подключения)",
        "Учаске серверінің экранындағы қосылу кодын енгізіңіз (қосылу коды)",
    ),
    "join_desk_name_missing": Entry(
        "Give this desk a name, e.g. \"Desk 2\" (desk name)",
        "Назовите этот стол, например «Стол 2» (название стола)",
        "Бұл үстелге атау беріңіз, мысалы «2-үстел» (үстел атауы)",
    ),
    "join_scan_unreadable": Entry(
        "This is not a Precinct join code: scan the QR code on the station server's screen "
        "again, or type the address and the code (scanned code)",
        "Это не код подключения Precinct: отсканируйте QR-код с экрана сервера участка ещё "
        "раз или введите адрес и код вручную (отсканированный код)",
        "Бұл Precinct қосылу коды емес: учаске серверінің экранындағы QR-кодты қайта "
        "сканерлеңіз немесе мекенжай мен кодты қолмен енгізіңіз (сканерленген код)",
    ),
    "server_window_chair_only": Entry(
        "Only the chair makes this laptop the station server or stops it",
        "Только председатель делает этот ноутбук сервером участка или останавливает его",
        "Бұл ноутбукты учаске серверіне тек төраға айналдырады немесе оны тоқтатады",
    ),
}
