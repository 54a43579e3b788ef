"""Messages of the ballot account: the station's stock and the trips' ballots."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry

MESSAGES: dict[str, Entry] = {
    "no_ballots_left": Entry(
        "no ballot left for {contest}: {received} received, {in_use} already in use",
        "не осталось бюллетеней ({contest}): получено {received}, уже использовано {in_use}",
        "бюллетень ({contest}) қалмады: алынғаны {received}, пайдаланылғаны {in_use}",
    ),
    "trip_exceeds_stock": Entry(
        "a trip cannot take {ballots} ballots for {contest}: only {left} left"
        " ({received} received, {in_use} already in use)",
        "нельзя взять на выезд бюллетени ({contest}) в количестве {ballots}: осталось только"
        " {left} (получено {received}, уже использовано {in_use})",
        "шығуға {ballots} бюллетень ({contest}) алуға болмайды: тек {left} қалды"
        " (алынғаны {received}, пайдаланылғаны {in_use})",
    ),
    "trip_no_ballots_left": Entry(
        "trip {trip} has no ballot left (taken: {taken}, all issued)",
        "у выезда {trip} не осталось бюллетеней (взято: {taken}, все выданы)",
        "{trip} шығуда бюллетень қалмады (алынғаны: {taken}, бәрі берілді)",
    ),
    "spoil_on_trip": Entry(
        "the ballot of voter no. {list_no} was issued on trip {trip}: a ballot spoiled on a trip"
        " is counted as spoiled when the box comes back",
        "бюллетень избирателя № {list_no} выдан на выезде {trip}: испорченный на выезде"
        " бюллетень учитывается как испорченный при возвращении ящика",
        "№ {list_no} сайлаушының бюллетені {trip} шығуда берілді: шығуда бүлінген бюллетень"
        " жәшік қайтқанда бүлінген ретінде есептеледі",
    ),
    "undo_trip_ended": Entry(
        "the ballot of voter no. {list_no} was issued on trip {trip}, which has come back and"
        " balanced: the issuance can no longer be undone",
        "бюллетень избирателя № {list_no} выдан на выезде {trip}, который уже завершён и"
        " сведён: отменить выдачу нельзя",
        "№ {list_no} сайлаушының бюллетені {trip} шығуда берілді, ол аяқталып, есебі"
        " тексерілді: беруді болдырмау мүмкін емес",
    ),
}
