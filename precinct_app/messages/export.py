"""Messages of the results export and of its verification (services.export, services.verify)."""

from __future__ import annotations

from precinct_app.messages.catalog import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- export ---------------------------------------------------------------------------
    "export_unsigned": Entry(
        "the protocol is not signed yet ({contests}): sign it first, or write a preliminary export with --preliminary",
        "протокол ещё не подписан ({contests}): сначала подпишите его или запишите предварительную выгрузку с --preliminary",
        "хаттамаға әлі қол қойылмаған ({contests}): алдымен қол қойыңыз немесе --preliminary арқылы алдын ала түсірілімді жазыңыз",
    ),
    "export_key_mismatch": Entry(
        "the station key {path} ({found}) is not the key this station recorded ({expected}): nothing was exported; restore the station's own key file",
        "ключ участка {path} ({found}) не совпадает с ключом, записанным участком ({expected}): ничего не выгружено; восстановите собственный файл ключа участка",
        "учаске кілті {path} ({found}) учаске тіркеген кілтпен ({expected}) сәйкес емес: ештеңе түсірілмеді; учаскенің өз кілт файлын қалпына келтіріңіз",
    ),
    "export_written": Entry(
        "written and verified; safe to remove: {path}",
        "записано и проверено; флешку можно извлечь: {path}",
        "жазылды және тексерілді; флешканы алуға болады: {path}",
    ),
    "export_not_verified": Entry(
        "the folder written does not pass verification ({failed} of {total} checks fail): {reason}. Nothing was left under {path}. The station's records need checking: call technical support before exporting again",
        "записанная папка не прошла проверку (не пройдено проверок: {failed} из {total}): {reason}. Под именем {path} ничего не осталось. Записи участка нужно проверить: обратитесь в техническую поддержку, прежде чем выгружать снова",
        "жазылған бума тексеруден өтпеді ({total} тексерудің {failed} өтпеді): {reason}. {path} атауымен ештеңе қалмады. Учаске жазбаларын тексеру керек: қайта түсірмес бұрын техникалық қолдауға хабарласыңыз",
    ),
    # --- verify: marks and verdict ----------------------------------------------------------
    "verify_mark_ok": Entry("OK", "ВЕРНО", "ДҰРЫС"),
    "verify_mark_fail": Entry("FAIL", "ОШИБКА", "ҚАТЕ"),
    "verify_word_training": Entry("training", "учебная", "оқу-жаттығу"),
    "verify_word_official": Entry("official", "официальная", "ресми"),
    "verify_word_final": Entry("final", "окончательная", "түпкілікті"),
    "verify_word_preliminary": Entry("preliminary", "предварительная", "алдын ала"),
    "verify_training": Entry(
        "this is a TRAINING export: it is not an official result",
        "это УЧЕБНАЯ выгрузка: она не является официальным результатом",
        "бұл ОҚУ-ЖАТТЫҒУ түсірілімі: ол ресми нәтиже емес",
    ),
    "verify_preliminary": Entry(
        "this is a PRELIMINARY export: the protocol was not signed when it was written",
        "это ПРЕДВАРИТЕЛЬНАЯ выгрузка: при записи протокол не был подписан",
        "бұл АЛДЫН АЛА түсірілім: жазылған кезде хаттамаға қол қойылмаған",
    ),
    "verify_verdict_ok": Entry(
        Plural(
            count="total",
            one="the {total} check passes: the export is intact and signed by station {key}",
            other="all {total} checks pass: the export is intact and signed by station {key}",
        ),
        Plural(
            count="total",
            one="{total} проверка пройдена: выгрузка цела и подписана участком {key}",
            few="все {total} проверки пройдены: выгрузка цела и подписана участком {key}",
            many="все {total} проверок пройдены: выгрузка цела и подписана участком {key}",
            other="все {total} проверки пройдены: выгрузка цела и подписана участком {key}",
        ),
        "барлық {total} тексеру өтті: түсірілім бүтін және {key} учаскесінің қолтаңбасы бар",
    ),
    "verify_verdict_ok_training": Entry(
        Plural(
            count="total",
            one="the {total} check passes: an intact TRAINING export of station {key}, not an official result",
            other="all {total} checks pass: an intact TRAINING export of station {key}, not an official result",
        ),
        Plural(
            count="total",
            one="{total} проверка пройдена: целая УЧЕБНАЯ выгрузка участка {key}, не официальный результат",
            few="все {total} проверки пройдены: целая УЧЕБНАЯ выгрузка участка {key}, не официальный результат",
            many="все {total} проверок пройдены: целая УЧЕБНАЯ выгрузка участка {key}, не официальный результат",
            other="все {total} проверки пройдены: целая УЧЕБНАЯ выгрузка участка {key}, не официальный результат",
        ),
        "барлық {total} тексеру өтті: {key} учаскесінің бүтін ОҚУ-ЖАТТЫҒУ түсірілімі, ресми нәтиже емес",
    ),
    "verify_verdict_failed": Entry(
        "NOT verified ({failed} of {total} checks fail): {reason}",
        "НЕ проверено (не пройдено проверок: {failed} из {total}): {reason}",
        "ТЕКСЕРІЛМЕДІ ({total} тексерудің {failed} өтпеді): {reason}",
    ),
    "verify_not_a_folder": Entry(
        "{path} is not a folder: give the export folder on the stick",
        "{path} — не папка: укажите папку выгрузки на флешке",
        "{path} — бума емес: флешкадағы түсірілім бумасын көрсетіңіз",
    ),
    # --- verify: one line per check ---------------------------------------------------------
    "verify_manifest_ok": Entry(
        "manifest: election {election}, precinct {precinct}, written {created_at} ({mode}, {status}) by {software}",
        "манифест: выборы {election}, участок {precinct}, записано {created_at} ({mode}, {status}) программой {software}",
        "манифест: сайлау {election}, учаске {precinct}, жазылған уақыты {created_at} ({mode}, {status}), бағдарлама {software}",
    ),
    "verify_manifest_missing": Entry(
        "manifest: manifest.json is missing",
        "манифест: нет файла manifest.json",
        "манифест: manifest.json файлы жоқ",
    ),
    "verify_manifest_unreadable": Entry(
        "manifest: manifest.json cannot be read as an export manifest",
        "манифест: manifest.json не читается как манифест выгрузки",
        "манифест: manifest.json түсірілім манифесі ретінде оқылмайды",
    ),
    "verify_signature_ok": Entry(
        "signature: manifest.sig is a valid signature of manifest.json by station.pub",
        "подпись: manifest.sig — верная подпись manifest.json ключом station.pub",
        "қолтаңба: manifest.sig — manifest.json файлының station.pub кілтімен дұрыс қолтаңбасы",
    ),
    "verify_signature_bad": Entry(
        "signature: manifest.sig does not match manifest.json (the manifest or the signature was changed)",
        "подпись: manifest.sig не соответствует manifest.json (манифест или подпись изменены)",
        "қолтаңба: manifest.sig manifest.json файлына сәйкес емес (манифест немесе қолтаңба өзгертілген)",
    ),
    "verify_signature_unreadable": Entry(
        "signature: manifest.sig is missing or damaged",
        "подпись: файл manifest.sig отсутствует или повреждён",
        "қолтаңба: manifest.sig файлы жоқ немесе бүлінген",
    ),
    "verify_key_unreadable": Entry(
        "station key: station.pub is missing or is not an Ed25519 public key",
        "ключ участка: station.pub отсутствует или не является открытым ключом Ed25519",
        "учаске кілті: station.pub жоқ немесе Ed25519 ашық кілті емес",
    ),
    "verify_key_ok": Entry(
        "station key: {found} (compare it with the key fingerprint printed on the paper protocol)",
        "ключ участка: {found} (сверьте с отпечатком ключа на бумажном протоколе)",
        "учаске кілті: {found} (қағаз хаттамадағы кілт ізімен салыстырыңыз)",
    ),
    "verify_key_pinned": Entry(
        "station key: {found}, as expected",
        "ключ участка: {found}, как ожидалось",
        "учаске кілті: {found}, күтілгендей",
    ),
    "verify_key_not_manifest": Entry(
        "station key: station.pub is {found} but the manifest names {stated}",
        "ключ участка: station.pub — {found}, а в манифесте указан {stated}",
        "учаске кілті: station.pub — {found}, ал манифесте {stated} көрсетілген",
    ),
    "verify_key_not_pinned": Entry(
        "station key: the export is signed by {found}, not by the expected station {expected}",
        "ключ участка: выгрузка подписана ключом {found}, а не ожидаемым ключом участка {expected}",
        "учаске кілті: түсірілімге {found} кілтімен қол қойылған, күтілген {expected} кілтімен емес",
    ),
    "verify_files_ok": Entry(
        "files: exactly those the manifest lists ({count}), nothing missing, nothing extra",
        "файлы: ровно те, что в манифесте ({count}), ничего не пропало и нет лишних",
        "файлдар: дәл манифестегілер ({count}), ештеңе жоғалмаған және артық жоқ",
    ),
    "verify_files_differ": Entry(
        "files: missing {missing}; not in the manifest {extra}",
        "файлы: отсутствуют {missing}; нет в манифесте {extra}",
        "файлдар: жоқ {missing}; манифесте жоқ {extra}",
    ),
    "verify_file_ok": Entry(
        Plural(
            count="bytes",
            one="{name}: size {bytes} byte and SHA-256 as in the manifest",
            other="{name}: size {bytes} bytes and SHA-256 as in the manifest",
        ),
        Plural(
            count="bytes",
            one="{name}: размер {bytes} байт и SHA-256 как в манифесте",
            few="{name}: размер {bytes} байта и SHA-256 как в манифесте",
            many="{name}: размер {bytes} байт и SHA-256 как в манифесте",
            other="{name}: размер {bytes} байта и SHA-256 как в манифесте",
        ),
        "{name}: өлшемі {bytes} байт және SHA-256 манифестегідей",
    ),
    "verify_file_missing": Entry(
        "{name}: the file is missing",
        "{name}: файл отсутствует",
        "{name}: файл жоқ",
    ),
    "verify_file_size": Entry(
        Plural(
            count="found",
            one="{name}: size {found} byte, the manifest says {stated}: the file was changed",
            other="{name}: size {found} bytes, the manifest says {stated}: the file was changed",
        ),
        Plural(
            count="found",
            one="{name}: размер {found} байт, в манифесте {stated}: файл изменён",
            few="{name}: размер {found} байта, в манифесте {stated}: файл изменён",
            many="{name}: размер {found} байт, в манифесте {stated}: файл изменён",
            other="{name}: размер {found} байта, в манифесте {stated}: файл изменён",
        ),
        "{name}: өлшемі {found} байт, манифесте {stated}: файл өзгертілген",
    ),
    "verify_file_hash": Entry(
        "{name}: SHA-256 differs from the manifest: the file was changed",
        "{name}: SHA-256 не совпадает с манифестом: файл изменён",
        "{name}: SHA-256 манифестпен сәйкес емес: файл өзгертілген",
    ),
    "verify_audit_ok": Entry(
        "audit log: the chain is intact (events: {events})",
        "журнал аудита: цепочка не нарушена (событий: {events})",
        "аудит журналы: тізбек бұзылмаған (оқиғалар: {events})",
    ),
    "verify_audit_unreadable": Entry(
        "audit log: audit.jsonl cannot be read as one event a line",
        "журнал аудита: audit.jsonl не читается как одно событие в строке",
        "аудит журналы: audit.jsonl әр жолда бір оқиға ретінде оқылмайды",
    ),
    "verify_audit_hash_mismatch": Entry(
        "audit log: event {seq} was changed",
        "журнал аудита: событие {seq} изменено",
        "аудит журналы: {seq} оқиғасы өзгертілген",
    ),
    "verify_audit_prev_mismatch": Entry(
        "audit log: the chain is broken at event {seq} (an event was removed, inserted or replaced)",
        "журнал аудита: цепочка нарушена на событии {seq} (событие удалено, вставлено или заменено)",
        "аудит журналы: тізбек {seq} оқиғасында бұзылған (оқиға жойылған, қосылған немесе ауыстырылған)",
    ),
    "verify_audit_seq_gap": Entry(
        "audit log: event {seq} is missing or out of order",
        "журнал аудита: событие {seq} отсутствует или не на своём месте",
        "аудит журналы: {seq} оқиғасы жоқ немесе өз орнында емес",
    ),
    "verify_audit_bad_payload": Entry(
        "audit log: event {seq} cannot be read",
        "журнал аудита: событие {seq} не читается",
        "аудит журналы: {seq} оқиғасы оқылмайды",
    ),
    "verify_head_ok": Entry(
        "audit log: ends at event {seq}, as the manifest says",
        "журнал аудита: заканчивается событием {seq}, как в манифесте",
        "аудит журналы: манифестегідей {seq} оқиғасымен аяқталады",
    ),
    "verify_head_bad": Entry(
        "audit log: the manifest says it ends at event {seq}, it ends at {found}",
        "журнал аудита: по манифесту должен заканчиваться событием {seq}, а заканчивается {found}",
        "аудит журналы: манифест бойынша {seq} оқиғасымен аяқталуы керек, ал {found} оқиғасымен аяқталады",
    ),
    "verify_mode_differs": Entry(
        "{name}: the mode marks on its lines do not agree with the export's mode ({mode})",
        "{name}: пометки режима в строках не совпадают с режимом выгрузки ({mode})",
        "{name}: жолдардағы режим белгілері түсірілім режиміне ({mode}) сәйкес емес",
    ),
    "verify_audit_key_ok": Entry(
        "audit log: the station recorded the key {found}, the one that signed",
        "журнал аудита: участок записал ключ {found}, которым и подписано",
        "аудит журналы: учаске {found} кілтін тіркеген, қолтаңба да сол кілтпен",
    ),
    "verify_audit_key_none": Entry(
        "audit log: no station key recorded; the manifest names {stated}",
        "журнал аудита: ключ участка не записан; в манифесте указан {stated}",
        "аудит журналы: учаске кілті тіркелмеген; манифесте {stated} көрсетілген",
    ),
    "verify_audit_key_differs": Entry(
        "station key: the station recorded {found} in its audit log, but the export is signed by {stated} (another key)",
        "ключ участка: участок записал в журнал аудита ключ {found}, а выгрузка подписана ключом {stated} (другой ключ)",
        "учаске кілті: учаске аудит журналына {found} кілтін жазған, ал түсірілімге {stated} кілтімен қол қойылған (басқа кілт)",
    ),
    "verify_csv_ok": Entry(
        "results.csv: every line agrees with results.json (lines: {lines})",
        "results.csv: все строки совпадают с results.json (строк: {lines})",
        "results.csv: барлық жол results.json файлымен сәйкес (жолдар: {lines})",
    ),
    "verify_csv_unreadable": Entry(
        "{name}: cannot be read as CSV",
        "{name}: не читается как CSV",
        "{name}: CSV ретінде оқылмайды",
    ),
    "verify_csv_no_results": Entry(
        "results.csv: not compared, results.json could not be checked",
        "results.csv: не сверено, results.json проверить не удалось",
        "results.csv: салыстырылмады, results.json тексеру мүмкін болмады",
    ),
    "verify_skipped": Entry(
        "{name}: not checked further: the file is missing or was changed (see above)",
        "{name}: дальше не проверяется: файл отсутствует или изменён (см. выше)",
        "{name}: әрі қарай тексерілмейді: файл жоқ немесе өзгертілген (жоғарыны қараңыз)",
    ),
    "verify_csv_columns": Entry(
        "{name}: the columns are not {columns}",
        "{name}: столбцы не {columns}",
        "{name}: бағандар {columns} емес",
    ),
    "verify_csv_row": Entry(
        "results.csv: line {line} does not agree with results.json",
        "results.csv: строка {line} не совпадает с results.json",
        "results.csv: {line} жолы results.json файлымен сәйкес емес",
    ),
    "verify_turnout_ok": Entry(
        "turnout.csv: readable turnout figures in this export's format (rows: {rows})",
        "turnout.csv: данные о явке читаются, формат этой выгрузки (строк: {rows})",
        "turnout.csv: қатысу деректері оқылады, осы түсірілімнің пішімі (жолдар: {rows})",
    ),
    "verify_turnout_row": Entry(
        "turnout.csv: line {line} is not a turnout figure of this export",
        "turnout.csv: строка {line} — не данные о явке этой выгрузки",
        "turnout.csv: {line} жолы осы түсірілімнің қатысу деректері емес",
    ),
    "verify_results_ok": Entry(
        "results: results.json is readable and matches the manifest (contests: {contests})",
        "результаты: results.json читается и соответствует манифесту (голосований: {contests})",
        "нәтижелер: results.json оқылады және манифестке сәйкес (дауыс берулер: {contests})",
    ),
    "verify_results_bad": Entry(
        "results: results.json is not readable as precinct-results/1 of this export's election, precinct, mode and status",
        "результаты: results.json не читается как precinct-results/1 с выборами, участком, режимом и статусом этой выгрузки",
        "нәтижелер: results.json осы түсірілімнің сайлауы, учаскесі, режимі және мәртебесі бар precinct-results/1 ретінде оқылмайды",
    ),
    "verify_code_ok": Entry(
        "protocol code {contest} (version {version}): {protocol_code}, recomputed from the values",
        "код протокола {contest} (версия {version}): {protocol_code}, пересчитан по значениям",
        "{contest} хаттамасының коды ({version} нұсқа): {protocol_code}, мәндер бойынша қайта есептелді",
    ),
    "verify_code_bad": Entry(
        "protocol code {contest}: the values give {found}, results.json says {stated}",
        "код протокола {contest}: по значениям получается {found}, в results.json указан {stated}",
        "{contest} хаттамасының коды: мәндер бойынша {found}, results.json ішінде {stated}",
    ),
    "verify_code_not_audit": Entry(
        "protocol code {contest}: results.json says {stated}, the audit log recorded {audit} at signing",
        "код протокола {contest}: в results.json указан {stated}, а при подписании в журнал записан {audit}",
        "{contest} хаттамасының коды: results.json ішінде {stated}, ал қол қою кезінде журналға {audit} жазылған",
    ),
    "verify_code_unsigned": Entry(
        "protocol code {contest}: none, the protocol is not signed (preliminary)",
        "код протокола {contest}: нет, протокол не подписан (предварительно)",
        "{contest} хаттамасының коды: жоқ, хаттамаға қол қойылмаған (алдын ала)",
    ),
    "verify_ratios_ok": Entry(
        "control ratios {contest}: every one holds, or its warning is explained (ratios: {count})",
        "контрольные соотношения {contest}: все выполняются или предупреждение объяснено (соотношений: {count})",
        "{contest} бақылау арақатынастары: бәрі орындалады немесе ескерту түсіндірілген (арақатынастар: {count})",
    ),
    "verify_ratios_fail": Entry(
        "control ratios {contest}: {checks} do not hold in the exported values",
        "контрольные соотношения {contest}: {checks} не выполняются по выгруженным значениям",
        "{contest} бақылау арақатынастары: түсірілген мәндерде {checks} орындалмайды",
    ),
    "verify_ratios_misstated": Entry(
        "control ratios {contest}: results.json states a result for {checks} that the exported values do not give",
        "контрольные соотношения {contest}: в results.json для {checks} указан результат, который не следует из выгруженных значений",
        "{contest} бақылау арақатынастары: results.json ішінде {checks} үшін түсірілген мәндерден шықпайтын нәтиже көрсетілген",
    ),
    "verify_signing_not_audit": Entry(
        "protocol {contest}: {fields} in results.json differ from what the audit log recorded at signing",
        "протокол {contest}: {fields} в results.json не совпадают с записанным в журнал аудита при подписании",
        "{contest} хаттамасы: results.json ішіндегі {fields} қол қою кезінде аудит журналына жазылғанмен сәйкес емес",
    ),
    "verify_code_missing": Entry(
        "protocol code {contest}: none, yet the export says it is final (every protocol signed)",
        "код протокола {contest}: отсутствует, хотя выгрузка окончательная (все протоколы подписаны)",
        "{contest} хаттамасының коды: жоқ, бірақ түсірілім түпкілікті (барлық хаттамаға қол қойылған)",
    ),
    "verify_contest_bad": Entry(
        "results: the contest {contest} in results.json is incomplete or malformed",
        "результаты: голосование {contest} в results.json неполно или повреждено",
        "нәтижелер: results.json ішіндегі {contest} дауыс беруі толық емес немесе бүлінген",
    ),
    "verify_ratios_preliminary": Entry(
        "control ratios {contest}: {checks} do not hold yet (preliminary, not signed)",
        "контрольные соотношения {contest}: {checks} пока не выполняются (предварительно, не подписано)",
        "{contest} бақылау арақатынастары: {checks} әзірге орындалмайды (алдын ала, қол қойылмаған)",
    ),
    "verify_paper_code_ok": Entry(
        "paper protocol code {protocol_code}: matches the export",
        "код бумажного протокола {protocol_code}: совпадает с выгрузкой",
        "қағаз хаттаманың коды {protocol_code}: түсіріліммен сәйкес",
    ),
    "verify_paper_code_bad": Entry(
        "paper protocol code {protocol_code}: the export carries {found}",
        "код бумажного протокола {protocol_code}: в выгрузке {found}",
        "қағаз хаттаманың коды {protocol_code}: түсірілімде {found}",
    ),
    "verify_paper_code_none": Entry(
        "paper protocol code {protocol_code}: cannot be compared, results.json is not readable",
        "код бумажного протокола {protocol_code}: сравнить нельзя, results.json не читается",
        "қағаз хаттаманың коды {protocol_code}: салыстыру мүмкін емес, results.json оқылмайды",
    ),
}
