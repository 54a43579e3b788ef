<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="180"/>
        <source>About Precinct</source>
        <translation>О программе Precinct</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="181"/>
        <source>Build id:</source>
        <translation>Номер сборки:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="183"/>
        <source>Compare it, group by group, with the build id the higher commission published</source>
        <translation>Сверьте его по группам с номером сборки, опубликованным вышестоящей комиссией</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="188"/>
        <source>The same id is printed at the foot of every protocol and report page. It must match the id the higher commission published for this election.</source>
        <translation>Этот же номер печатается внизу каждой страницы протокола и отчёта. Он должен совпадать с номером, опубликованным вышестоящей комиссией для этих выборов.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="190"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="190"/>
        <source>Station database:</source>
        <translation>База данных участка:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="191"/>
        <source>Fonts:</source>
        <translation>Шрифты:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="197"/>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="200"/>
        <source>Check the installation&apos;s files</source>
        <translation>Проверить файлы установки</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="202"/>
        <source>Hash every file again and compare it with the build id (a few seconds)</source>
        <translation>Заново посчитать хеш каждого файла и сверить с номером сборки (несколько секунд)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="203"/>
        <source>Test page layout:</source>
        <translation>Язык тестовой страницы:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="204"/>
        <source>Print a test page…</source>
        <translation>Напечатать тестовую страницу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="206"/>
        <source>Alphabets, 100 mm rulers, corner marks, a QR code: check the printer before election day</source>
        <translation>Алфавиты, линейки 100 мм, угловые метки, QR-код: проверьте принтер до дня выборов</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="208"/>
        <source>Save the test page as PDF…</source>
        <translation>Сохранить тестовую страницу в PDF…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="209"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="216"/>
        <source>on the station server</source>
        <translation>на сервере участка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="218"/>
        <source>%1 (no station yet)</source>
        <translation>%1 (участка ещё нет)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="261"/>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="337"/>
        <source>Save the test page</source>
        <translation>Сохранить тестовую страницу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="358"/>
        <source>The test page was sent to the printer. Measure the rulers and look for the four corner marks.</source>
        <translation>Тестовая страница отправлена на принтер. Измерьте линейки и найдите четыре угловые метки.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="360"/>
        <source>The test page was saved: %1</source>
        <translation>Тестовая страница сохранена: %1</translation>
    </message>
</context>
<context>
    <name>AbsenteeForm</name>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="123"/>
        <source>Certificate No.:</source>
        <translation>Удостоверение №:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="124"/>
        <source>as printed on the certificate</source>
        <translation>как напечатано на удостоверении</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="125"/>
        <source>Acting:</source>
        <translation>Член комиссии:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="126"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="127"/>
        <source>Why it is cancelled (returned unused…)</source>
        <translation>Причина погашения (возвращено неиспользованным…)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="128"/>
        <source>Cancel the certificate</source>
        <translation>Погасить удостоверение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="144"/>
        <source>Find the voter first</source>
        <translation>Сначала найдите избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="190"/>
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Найдите избирателя: ИИН, номер в списке или фамилия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="192"/>
        <source>No. %1 · %2 · born %3</source>
        <translation>№ %1 · %2 · дата рождения %3</translation>
    </message>
</context>
<context>
    <name>AddVoterForm</name>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="112"/>
        <source>Add a voter</source>
        <translation>Добавить избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="116"/>
        <source>Basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="116"/>
        <source>Acting:</source>
        <translation>Член комиссии:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="119"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="122"/>
        <source>Add to the list</source>
        <translation>Включить в список</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="139"/>
        <source>An IIN has digits only</source>
        <translation>ИИН состоит только из цифр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="141"/>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="143"/>
        <source>Too many digits: an IIN has 12</source>
        <translation>Слишком много цифр: в ИИН их 12</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="146"/>
        <source>The 7th digit is not a century and sex code</source>
        <translation>7-я цифра не является кодом века и пола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="148"/>
        <source>The first 6 digits are not a date of birth</source>
        <translation>Первые 6 цифр не являются датой рождения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="150"/>
        <source>Wrong check digit: check the number</source>
        <translation>Неверная контрольная цифра: проверьте номер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="155"/>
        <source>Born %1: under 18 on voting day</source>
        <translation>Дата рождения %1: на день голосования нет 18 лет</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="159"/>
        <source>Already on the list as No. %1: %2</source>
        <translation>Уже есть в списке под № %1: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="161"/>
        <source>Valid IIN · born %1</source>
        <translation>ИИН верен · дата рождения %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="181"/>
        <source>Added as No. %1: %2</source>
        <translation>Включён(а) в список под № %1: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="198"/>
        <source>Certificate No.:</source>
        <translation>№ удостоверения:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="199"/>
        <source>Court decision No.:</source>
        <translation>№ решения суда:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="200"/>
        <source>Registration No.:</source>
        <translation>№ регистрации:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="201"/>
        <source>Number of the absentee certificate</source>
        <translation>Номер открепительного удостоверения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="202"/>
        <source>Number and date of the decision</source>
        <translation>Номер и дата решения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="203"/>
        <source>Number of the registration record</source>
        <translation>Номер записи о регистрации</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="204"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="219"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="220"/>
        <source>Back up now</source>
        <translation>Сделать резервную копию</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="221"/>
        <source>Change location…</source>
        <translation>Изменить место…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="222"/>
        <source>Paper list (PDF)…</source>
        <translation>Бумажный список (PDF)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="224"/>
        <source>The voter list with every issuance mark, to carry on by hand if this laptop fails</source>
        <translation>Список избирателей со всеми отметками о выдаче — чтобы продолжить вручную, если ноутбук откажет</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="237"/>
        <source>Every %1 minutes and at every phase change, into: %2</source>
        <translation>Каждые %1 мин и при каждой смене этапа, в папку: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="239"/>
        <source>Last backup: %1</source>
        <translation>Последняя копия: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="247"/>
        <source>The backups are on this laptop&apos;s own disk: choose a stick or a second disk with “Change location…”.</source>
        <translation>Резервные копии на собственном диске этого ноутбука: выберите флешку или второй диск кнопкой «Изменить место…».</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="260"/>
        <source>Backup location</source>
        <translation>Место резервных копий</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="287"/>
        <source>Paper list saved: %1</source>
        <translation>Бумажный список сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="297"/>
        <source>Save the paper list</source>
        <translation>Сохранить бумажный список</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="169"/>
        <source>Backup written at %1: %2</source>
        <translation>Резервная копия записана в %1: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="176"/>
        <source>Backup FAILED: %1</source>
        <translation>Резервная копия НЕ создана: %1</translation>
    </message>
</context>
<context>
    <name>BoxesPanel</name>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="101"/>
        <source>Open each portable box and type the ballots found in it (Enter saves). A box with more ballots than the requests served on its trip: all its ballots are invalid and an act is drawn up.</source>
        <translation>Вскройте каждый переносной ящик и введите число найденных в нём бюллетеней (Enter сохраняет). Если в ящике больше бюллетеней, чем обслужено заявлений на выезде, все его бюллетени недействительны и составляется акт.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="104"/>
        <source>Trip</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="104"/>
        <source>Carried by</source>
        <translation>Выезжали</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="105"/>
        <source>Requests</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="105"/>
        <source>Ballots found</source>
        <translation>Найдено бюллетеней</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="106"/>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="134"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="141"/>
        <source>count them</source>
        <translation>посчитайте</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="152"/>
        <source>Save the act…</source>
        <translation>Сохранить акт…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="170"/>
        <source>Type the ballots found in the box.</source>
        <translation>Введите число бюллетеней, найденных в ящике.</translation>
    </message>
</context>
<context>
    <name>CancelEntry</name>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="140"/>
        <source>Ballots cancelled: %1</source>
        <translation>Погашено бюллетеней: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="143"/>
        <source>count them</source>
        <translation>посчитайте</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="171"/>
        <source>the records expect %1 (of which %2 spoiled)</source>
        <translation>по записям ожидается %1 (из них испорчено %2)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="175"/>
        <source>■ differs by %1</source>
        <translation>■ расхождение %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="179"/>
        <source>✔ as expected</source>
        <translation>✔ как ожидалось</translation>
    </message>
</context>
<context>
    <name>CheckCard</name>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="148"/>
        <source>Explained: %1</source>
        <translation>Объяснение: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="150"/>
        <source>Explain…</source>
        <translation>Объяснить…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="151"/>
        <source>Change the explanation…</source>
        <translation>Изменить объяснение…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="158"/>
        <source>Why the numbers are so (printed as an annex for the members to sign)</source>
        <translation>Почему цифры такие (печатается в приложении на подпись членам комиссии)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="159"/>
        <source>Save explanation</source>
        <translation>Сохранить объяснение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="160"/>
        <source>The chair explains a warning</source>
        <translation>Предупреждение объясняет председатель</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="241"/>
        <source>%1 of %2 hold · %3 fail · %4 incomplete</source>
        <translation>выполняется %1 из %2 · не выполняется %3 · неполных %4</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="111"/>
        <source>Certified copies of the protocol</source>
        <translation>Заверенные копии протокола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="113"/>
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="113"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="116"/>
        <source>Certified by:</source>
        <translation>Заверяет:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="119"/>
        <source>Give a certified copy…</source>
        <translation>Выдать заверенную копию…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="120"/>
        <source>Protocol posted</source>
        <translation>Протокол вывешен</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="121"/>
        <source>Copies register (PDF)…</source>
        <translation>Реестр копий (PDF)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="123"/>
        <location filename="../../precinct_app/ui/copies_panel.py" line="141"/>
        <source>Someone else (type the name)</source>
        <translation>Другое лицо (введите имя)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="170"/>
        <source>Version %1 is not signed yet: no copies, not posted</source>
        <translation>Версия %1 ещё не подписана: копии не выдаются, не вывешена</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="173"/>
        <source>Version %1 signed · certified copies given: %2 · %3</source>
        <translation>Версия %1 подписана · выдано заверенных копий: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="175"/>
        <source>posted at %1</source>
        <translation>вывешен: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="186"/>
        <source>Save the PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="265"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="192"/>
        <source>Correct the signed protocol</source>
        <translation>Исправление подписанного протокола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="194"/>
        <source>Version %1 stays as it was signed. Version %2 opens as a draft with the same values, marked “repeated protocol”; it is checked and signed again.</source>
        <translation>Версия %1 остаётся в подписанном виде. Версия %2 открывается как проект с теми же данными и отметкой «повторный протокол»; её снова проверяют и подписывают.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="197"/>
        <source>Corrected by:</source>
        <translation>Исправляет:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="199"/>
        <source>What was wrong in the signed protocol</source>
        <translation>Что было неверно в подписанном протоколе</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="200"/>
        <source>Open version %1</source>
        <translation>Открыть версию %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="201"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CountingScreen</name>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="232"/>
        <source>Counting</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="233"/>
        <source>&amp;Steps of the count</source>
        <translation>&amp;Этапы подсчёта</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="235"/>
        <source>&amp;Protocol lines</source>
        <translation>&amp;Строки протокола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="236"/>
        <source>&amp;Disputed ballots</source>
        <translation>&amp;Спорные бюллетени</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="241"/>
        <source>Confirmed by:</source>
        <translation>Подтверждает:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="243"/>
        <location filename="../../precinct_app/ui/counting_screen.py" line="248"/>
        <source>Confirm the step</source>
        <translation>Подтвердить этап</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="244"/>
        <source>Go to the protocol entry</source>
        <translation>Перейти к вводу протокола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="246"/>
        <source>Confirmed by the member chosen under “Entered by”</source>
        <translation>Подтверждает член комиссии, выбранный в поле «Вносит»</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="247"/>
        <source>Sign the protocol…</source>
        <translation>Подписать протокол…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="301"/>
        <source>Voting is not closed yet. The count starts once voting is closed (on the Station screen); the steps below are then taken in order.</source>
        <translation>Голосование ещё не закрыто. Подсчёт начинается после закрытия голосования (на экране «Участок»); затем этапы ниже проходятся по порядку.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="305"/>
        <source>Every protocol is signed: print them on the Protocol screen.</source>
        <translation>Все протоколы подписаны: распечатайте их на экране «Протокол».</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="317"/>
        <source>done</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="317"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="317"/>
        <source>to do</source>
        <translation>впереди</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="338"/>
        <source>%1 of %2 signed</source>
        <translation>подписано %1 из %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="346"/>
        <location filename="../../precinct_app/ui/counting_screen.py" line="372"/>
        <source>Step %1 of %2: %3</source>
        <translation>Этап %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="373"/>
        <source>Step %1 of %2 is on the Steps tab</source>
        <translation>Этап %1 из %2 — на вкладке «Этапы подсчёта»</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="392"/>
        <source>Save the changed lines first: the step checks the saved protocol.</source>
        <translation>Сначала сохраните изменённые строки: этап проверяет сохранённый протокол.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="401"/>
        <source>Type the number of ballots cancelled, as counted: nothing is recorded until every figure is entered.</source>
        <translation>Введите число погашенных бюллетеней, как их посчитали: ничего не записывается, пока не введены все числа.</translation>
    </message>
</context>
<context>
    <name>DayChangesModel</name>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="144"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="146"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="147"/>
        <source>Basis or reason</source>
        <translation>Основание или причина</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="148"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="149"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="120"/>
        <source>Act of receipt of ballots</source>
        <translation>Акт получения бюллетеней</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="121"/>
        <source>Acting:</source>
        <translation>Член комиссии:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="122"/>
        <source>Reason to close early:</source>
        <translation>Причина досрочного закрытия:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="124"/>
        <source>Needed before the closing time unless every voter has a ballot</source>
        <translation>Нужна до времени закрытия, если не все избиратели получили бюллетени</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="125"/>
        <source>Open voting</source>
        <translation>Открыть голосование</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="126"/>
        <source>Close voting…</source>
        <translation>Закрыть голосование…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="127"/>
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="128"/>
        <source>Ballots received:</source>
        <translation>Получено бюллетеней:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="129"/>
        <source>Corrected by:</source>
        <translation>Исправляет:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="130"/>
        <source>Correct the act</source>
        <translation>Исправить акт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="143"/>
        <source>Voting hours: %1–%2</source>
        <translation>Время голосования: %1–%2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="157"/>
        <source>Voting opened at %1 by %2</source>
        <translation>Голосование открыто %1, открыл(а) %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="159"/>
        <source>Voting closed at %1 by %2</source>
        <translation>Голосование закрыто %1, закрыл(а) %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="152"/>
        <source>Voting has not been opened yet.</source>
        <translation>Голосование ещё не открыто.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="161"/>
        <source>Every protocol signed at %1 (signed by %2)</source>
        <translation>Все протоколы подписаны в %1 (подписал(а) %2)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="163"/>
        <source>Protocol correction opened at %1 by %2</source>
        <translation>Исправление протокола начато в %1, %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="164"/>
        <source>Count started at %1 by %2</source>
        <translation>Подсчёт начат в %1, начал(а) %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="170"/>
        <source>Voting has already been opened</source>
        <translation>Голосование уже открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="173"/>
        <source>Voting is not open</source>
        <translation>Голосование не открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="174"/>
        <source>Voting is closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="180"/>
        <source>The act of receipt can be corrected only before voting opens</source>
        <translation>Акт получения можно исправить только до открытия голосования</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="205"/>
        <source>Open voting now? Ballots can be issued from then on; this cannot be undone.</source>
        <translation>Открыть голосование сейчас? С этого момента можно выдавать бюллетени; отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="216"/>
        <source>Close voting now? No ballot can be issued after this; this cannot be undone.</source>
        <translation>Закрыть голосование сейчас? После этого бюллетени выдавать нельзя; отменить это нельзя.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="198"/>
        <source>Member at this desk:</source>
        <translation>Член комиссии за столом:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="202"/>
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="203"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="204"/>
        <source>ID card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="204"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="205"/>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="209"/>
        <source>Scan the ID card or type: IIN, list number or surname</source>
        <translation>Отсканируйте удостоверение или введите: ИИН, номер в списке или фамилию</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="212"/>
        <source>Enter: issue the ballot · Up/Down: choose the voter · Esc: clear</source>
        <translation>Enter: выдать бюллетень · Вверх/Вниз: выбрать избирателя · Esc: очистить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="214"/>
        <source>Replace a spoiled ballot (F6)</source>
        <translation>Заменить испорченный бюллетень (F6)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="215"/>
        <source>Undo the issuance… (F8)</source>
        <translation>Отменить выдачу… (F8)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="231"/>
        <source>Voting is not open yet</source>
        <translation>Голосование ещё не открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="232"/>
        <location filename="../../precinct_app/ui/desk_screen.py" line="233"/>
        <source>Voting is closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="235"/>
        <source>No commission member here may issue ballots</source>
        <translation>В комиссии нет членов, которые могут выдавать бюллетени</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="358"/>
        <source>No voter matches “%1”</source>
        <translation>Нет избирателя по запросу «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/desk_screen.py" line="365"/>
        <source>No voter has list number %1. The IIN of %n voter(s) starts with %1: choose one with Up/Down or a click, then press Enter</source>
        <translation>
            <numerusform>Избирателя с номером %1 в списке нет. ИИН начинается с %1 у %n избирателя: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter</numerusform>
            <numerusform>Избирателя с номером %1 в списке нет. ИИН начинается с %1 у %n избирателей: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter</numerusform>
            <numerusform>Избирателя с номером %1 в списке нет. ИИН начинается с %1 у %n избирателей: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/desk_screen.py" line="369"/>
        <source>An IIN has 12 digits. The IIN of %n voter(s) starts with %1: choose one with Up/Down or a click, then press Enter</source>
        <translation>
            <numerusform>В ИИН 12 цифр. ИИН начинается с %1 у %n избирателя: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter</numerusform>
            <numerusform>В ИИН 12 цифр. ИИН начинается с %1 у %n избирателей: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter</numerusform>
            <numerusform>В ИИН 12 цифр. ИИН начинается с %1 у %n избирателей: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/desk_screen.py" line="373"/>
        <source>%n voter(s) match “%1”: choose one with Up/Down or a click, then press Enter</source>
        <translation>
            <numerusform>По запросу «%1» найден %n избиратель: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter</numerusform>
            <numerusform>По запросу «%1» найдено %n избирателя: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter</numerusform>
            <numerusform>По запросу «%1» найдено %n избирателей: выберите одного клавишами Вверх/Вниз или щелчком, затем нажмите Enter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="394"/>
        <location filename="../../precinct_app/ui/desk_screen.py" line="461"/>
        <source>Choose the member working at this desk</source>
        <translation>Выберите члена комиссии, работающего за этим столом</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="409"/>
        <source>Ballot issued: %1, No. %2 · %3 · %4</source>
        <translation>Бюллетень выдан: %1, № %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="412"/>
        <source>Ballot issued to No. %1 at %2 by %3</source>
        <translation>Бюллетень выдан № %1 в %2, выдал(а) %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="444"/>
        <source>F6 and F8 are for a voter who already has a ballot: find the voter first</source>
        <translation>F6 и F8 — для избирателя, уже получившего бюллетень: сначала найдите избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="451"/>
        <source>F6 and F8 are for a voter who already has a ballot; %1</source>
        <translation>F6 и F8 — для избирателя, уже получившего бюллетень; %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="474"/>
        <source>Replacement ballot issued: %1, No. %2 · %3 · %4. Keep the spoiled ballot for cancellation.</source>
        <translation>Выдан бюллетень взамен испорченного: %1, № %2 · %3 · %4. Испорченный бюллетень сохраните для погашения.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="502"/>
        <source>Issuance undone: No. %1 by %2 (%3)</source>
        <translation>Выдача отменена: № %1, отменил(а) %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="513"/>
        <source>For a voter who already has a ballot</source>
        <translation>Для избирателя, уже получившего бюллетень</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="515"/>
        <source>This ballot was already replaced once</source>
        <translation>Этот бюллетень уже заменялся один раз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="516"/>
        <source>F6: the voter spoiled the ballot; hand out the one replacement</source>
        <translation>F6: избиратель испортил бюллетень; выдайте один бюллетень взамен</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="519"/>
        <source>F8: the ballot was recorded by mistake (chair or deputy, with a reason)</source>
        <translation>F8: выдача записана по ошибке (председатель или заместитель, с указанием причины)</translation>
    </message>
</context>
<context>
    <name>DisputePanel</name>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="103"/>
        <source>Vote (contest):</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="104"/>
        <source>Commission&apos;s vote:</source>
        <translation>Голосование комиссии:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="112"/>
        <source>What was doubtful about the ballot</source>
        <translation>Что в бюллетене вызвало сомнение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="113"/>
        <source>Record the decision</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="133"/>
        <source>Disputed ballots are decided during the count</source>
        <translation>Спорные бюллетени решаются во время подсчёта</translation>
    </message>
</context>
<context>
    <name>DoubleEntry</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_double.py" line="56"/>
        <source>Hand over to the second member</source>
        <translation>Передать второму члену комиссии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_double.py" line="58"/>
        <source>Compare the entries and save</source>
        <translation>Сравнить вводы и сохранить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_double.py" line="113"/>
        <source>%1 now types lines %2 again; the first entry is hidden.</source>
        <translation>Теперь %1 повторно вводит строки %2; первый ввод скрыт.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/protocol_entry_double.py" line="130"/>
        <source>The entries differ on %n line(s): %1. Nothing is saved: correct the second entry.</source>
        <translation>
            <numerusform>Вводы не совпадают в %n строке: %1. Ничего не сохранено: исправьте второй ввод.</numerusform>
            <numerusform>Вводы не совпадают в %n строках: %1. Ничего не сохранено: исправьте второй ввод.</numerusform>
            <numerusform>Вводы не совпадают в %n строках: %1. Ничего не сохранено: исправьте второй ввод.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcludeVoterForm</name>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="111"/>
        <source>Exclude a voter</source>
        <translation>Исключить избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="113"/>
        <source>Other reason:</source>
        <translation>Другая причина:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="114"/>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="144"/>
        <source>Write the reason</source>
        <translation>Укажите причину</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="115"/>
        <source>Acting:</source>
        <translation>Член комиссии:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="149"/>
        <source>Confirm exclusion of No. %1</source>
        <translation>Подтвердить исключение № %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="152"/>
        <source>Exclude No. %1 %2 from the list (%3)? Press again to confirm; Esc cancels.</source>
        <translation>Исключить № %1 %2 из списка (%3)? Нажмите ещё раз, чтобы подтвердить; Esc — отмена.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="167"/>
        <source>No. %1 %2 is excluded from the list: %3</source>
        <translation>№ %1 %2 исключён(а) из списка: %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="190"/>
        <source>Exclude from the list…</source>
        <translation>Исключить из списка…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="191"/>
        <source>Find the voter first</source>
        <translation>Сначала найдите избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="198"/>
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Найдите избирателя: ИИН, номер в списке или фамилия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="200"/>
        <source>No. %1 · %2 · born %3</source>
        <translation>№ %1 · %2 · дата рождения %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="202"/>
        <source>On the list: may be excluded</source>
        <translation>В списке: можно исключить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="227"/>
        <source>Already excluded: %1</source>
        <translation>Уже исключён(а): %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="231"/>
        <source>Has a ballot: cannot be excluded (undo a mistaken issuance first)</source>
        <translation>Бюллетень выдан: исключить нельзя (ошибочную выдачу сначала отмените)</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="137"/>
        <source>Export the results</source>
        <translation>Выгрузка результатов</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="138"/>
        <source>Removable volumes (USB sticks):</source>
        <translation>Съёмные носители (флешки):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="139"/>
        <source>Look again (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="140"/>
        <source>Another folder…</source>
        <translation>Другая папка…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="141"/>
        <source>Preliminary (protocol not signed)</source>
        <translation>Предварительно (протокол не подписан)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="143"/>
        <source>Every file and the folder name are marked PRELIMINARY</source>
        <translation>Каждый файл и имя папки помечаются как ПРЕДВАРИТЕЛЬНЫЕ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="144"/>
        <source>Exported by:</source>
        <translation>Выгружает:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="145"/>
        <source>Write and verify</source>
        <translation>Записать и проверить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="168"/>
        <source>%1.%2 MB</source>
        <translation>%1,%2 МБ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="174"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="174"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="174"/>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="174"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="176"/>
        <source>read only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="176"/>
        <source>writable</source>
        <translation>запись разрешена</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="201"/>
        <source>The results are exported after the count: the station is not counting yet</source>
        <translation>Результаты выгружаются после подсчёта: подсчёт ещё не начат</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="204"/>
        <source>Not signed yet: %1. Only a preliminary export is possible</source>
        <translation>Ещё не подписаны: %1. Возможна только предварительная выгрузка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="209"/>
        <source>Every protocol is signed: the results can be exported</source>
        <translation>Все протоколы подписаны: результаты можно выгрузить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="212"/>
        <source>Will be written into: %1</source>
        <translation>Будет записано в: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="213"/>
        <source>Insert a USB stick and press F5, or choose another folder</source>
        <translation>Вставьте флешку и нажмите F5 или выберите другую папку</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="242"/>
        <source>Writing… do not remove the stick</source>
        <translation>Идёт запись… не извлекайте флешку</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="270"/>
        <location filename="../../precinct_app/ui/main_window.py" line="835"/>
        <source>Written and verified; safe to remove: %1</source>
        <translation>Записано и проверено; флешку можно извлечь: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="281"/>
        <source>Nothing was left under the final name; earlier exports are untouched. You can try again.</source>
        <translation>Под окончательным именем ничего не осталось; прежние выгрузки не тронуты. Можно повторить.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="298"/>
        <source>Export into folder</source>
        <translation>Выгрузить в папку</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="256"/>
        <source>BACKUP FAILED</source>
        <translation>КОПИЯ НЕ СДЕЛАНА</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="257"/>
        <source>RECORDS CHANGED</source>
        <translation>ЗАПИСИ ИЗМЕНЕНЫ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="230"/>
        <source>Audit head: %1</source>
        <translation>Конец журнала аудита: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="258"/>
        <source>Large text (on or off)</source>
        <translation>Крупный текст (включить или выключить)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="260"/>
        <source>About Precinct: the build id, a check of the files, the printer test (F1)</source>
        <translation>О программе: номер сборки, проверка файлов, проверка принтера (F1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="263"/>
        <source>No station is set up on this computer yet</source>
        <translation>На этом компьютере участок ещё не создан</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="272"/>
        <source>Precinct No. %1 · desk %2 · station server %3</source>
        <translation>Участок № %1 · стол %2 · сервер участка %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="276"/>
        <source>Precinct No. %1 · %2</source>
        <translation>Участок № %1 · %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="284"/>
        <source>Ballots issued: %1 of %2</source>
        <translation>Выдано бюллетеней: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="288"/>
        <source>Voters on the list: %1</source>
        <translation>Избирателей в списке: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="294"/>
        <source>At this desk: %1</source>
        <translation>За этим столом: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="298"/>
        <source>Switch member</source>
        <translation>Сменить члена</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="299"/>
        <source>Another member signs in at this desk (Ctrl+M)</source>
        <translation>За этот стол входит другой член комиссии (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="300"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="301"/>
        <source>Hide the voters until a PIN is typed (Ctrl+L)</source>
        <translation>Скрыть избирателей до ввода PIN-кода (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>IdleLockSetting</name>
    <message>
        <location filename="../../precinct_app/ui/idle_lock_setting.py" line="53"/>
        <source>Idle lock</source>
        <translation>Блокировка при бездействии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/idle_lock_setting.py" line="54"/>
        <source>Lock every desk after this many minutes without input:</source>
        <translation>Блокировать все столы после стольких минут бездействия:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/idle_lock_setting.py" line="55"/>
        <source>Set</source>
        <translation>Установить</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="104"/>
        <source>Choose the voter list</source>
        <translation>Выберите список избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="111"/>
        <source>Import the voter list</source>
        <translation>Загрузка списка избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="114"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="134"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="138"/>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="190"/>
        <source>Nothing has been written yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/import_dialog.py" line="194"/>
        <source>Rejected rows (%n)</source>
        <translation>
            <numerusform>Отклонённые строки (%n)</numerusform>
            <numerusform>Отклонённые строки (%n)</numerusform>
            <numerusform>Отклонённые строки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="195"/>
        <source>No rows were rejected.</source>
        <translation>Отклонённых строк нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/import_dialog.py" line="197"/>
        <source>Import %n voter(s)</source>
        <translation>
            <numerusform>Загрузить %n избирателя</numerusform>
            <numerusform>Загрузить %n избирателей</numerusform>
            <numerusform>Загрузить %n избирателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="151"/>
        <source>Join a station server as a desk</source>
        <translation>Подключиться к серверу участка как стол</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="153"/>
        <source>On the station server (the chair&apos;s laptop), open Station server: it shows a QR code and a join code. Scan the QR code with the scanner here, or type the address and the code.</source>
        <translation>На сервере участка (ноутбуке председателя) откройте «Сервер участка»: там показаны QR-код и код подключения. Отсканируйте QR-код сканером здесь или введите адрес и код.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="156"/>
        <source>Scanned QR code</source>
        <translation>Отсканированный QR-код</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="157"/>
        <source>Scan here (the scanner types it, then Enter)</source>
        <translation>Сканируйте сюда (сканер сам введёт текст и нажмёт Enter)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="158"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="160"/>
        <source>Join code</source>
        <translation>Код подключения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="161"/>
        <source>Name of this desk</source>
        <translation>Название этого стола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="163"/>
        <source>The server&apos;s certificate fingerprint: compare it group by group with the server&apos;s screen before joining. If one group differs, do not join: call the chair.</source>
        <translation>Отпечаток сертификата сервера: перед подключением сверьте его по группам с экраном сервера. Если хоть одна группа отличается, не подключайтесь: позовите председателя.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="166"/>
        <source>Check the server</source>
        <translation>Проверить сервер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="167"/>
        <source>Join</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="168"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="230"/>
        <source>Reaching the server…</source>
        <translation>Связь с сервером…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="237"/>
        <source>Compare the fingerprint with the server&apos;s screen, then Join.</source>
        <translation>Сверьте отпечаток с экраном сервера, затем нажмите «Подключиться».</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="261"/>
        <source>Joining the station server…</source>
        <translation>Подключение к серверу участка…</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../precinct_app/ui/journal_model.py" line="116"/>
        <source>Kind of entry</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_model.py" line="120"/>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_model.py" line="121"/>
        <source>Answered</source>
        <translation>Ответил(а)</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="182"/>
        <source>&amp;Record an entry</source>
        <translation>&amp;Внести запись</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="183"/>
        <source>Record the &amp;decision</source>
        <translation>Записать &amp;решение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="184"/>
        <source>Save the journal as PDF…</source>
        <translation>Сохранить журнал в PDF…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="189"/>
        <source>Annex to the protocol (the observer asks)</source>
        <translation>Приложить к протоколу (просит наблюдатель)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="191"/>
        <source>Kind, from:</source>
        <translation>Вид, от кого:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="197"/>
        <source>The name as the person gives it</source>
        <translation>Имя, как его называет человек</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="198"/>
        <source>Party, association, mission, outlet</source>
        <translation>Партия, объединение, миссия, СМИ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="199"/>
        <source>Record the entry</source>
        <translation>Внести запись</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="201"/>
        <source>Entry:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="202"/>
        <source>The commission&apos;s vote:</source>
        <translation>Голосование комиссии:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="209"/>
        <source>Record the decision</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="220"/>
        <source>Journal of complaints, remarks and acts: %1 · awaiting a decision: %2</source>
        <translation>Журнал жалоб, замечаний и актов: %1 · ждут решения: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="276"/>
        <source>Refers to entry No. %1</source>
        <translation>К записи № %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="277"/>
        <source>Refers to an entry</source>
        <translation>К записи</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="279"/>
        <location filename="../../precinct_app/ui/journal_screen.py" line="323"/>
        <source>Select an entry in the journal above.</source>
        <translation>Выберите запись в журнале выше.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="284"/>
        <source>No. %1: %2 — %3</source>
        <translation>№ %1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="289"/>
        <source>A decision is final: record a new entry referring to this one.</source>
        <translation>Решение окончательно: внесите новую запись со ссылкой на эту.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="345"/>
        <source>Save the journal</source>
        <translation>Сохранить журнал</translation>
    </message>
</context>
<context>
    <name>LimitLabel</name>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="217"/>
        <source>The 12-hour limit runs from the first step of the count.</source>
        <translation>12-часовой срок отсчитывается с первого этапа подсчёта.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="222"/>
        <source>Count started at %1 · limit %2 · signed</source>
        <translation>Подсчёт начат в %1 · срок до %2 · подписано</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="227"/>
        <source>✕ Over the 12-hour limit: started at %1, limit %2, passed by %3</source>
        <translation>✕ 12-часовой срок истёк: начало в %1, срок до %2, превышен на %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="231"/>
        <source>Count started at %1 · limit %2 · %3 left</source>
        <translation>Подсчёт начат в %1 · срок до %2 · осталось %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="237"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="100"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="101"/>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="119"/>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="120"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="119"/>
        <source>first: %1 · second: %2</source>
        <translation>1-й: %1 · 2-й: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="135"/>
        <source>entered</source>
        <translation>вносится</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="137"/>
        <source>records: %1</source>
        <translation>по записям: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="140"/>
        <source>changed (records: %1)</source>
        <translation>изменено (по записям: %1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="141"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="143"/>
        <source>records</source>
        <translation>по записям</translation>
    </message>
</context>
<context>
    <name>LineSheet</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="196"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="197"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="198"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>ListChangesScreen</name>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="100"/>
        <source>Changes to the list today</source>
        <translation>Изменения списка за сегодня</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="110"/>
        <source>The voter list is frozen: voting is closed</source>
        <translation>Список избирателей изменить нельзя: голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="113"/>
        <source>No commission member here may change the voter list</source>
        <translation>Никто из членов комиссии здесь не может изменять список избирателей</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="557"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="557"/>
        <source>Voter list</source>
        <translation>Список избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="558"/>
        <source>Desk</source>
        <translation>Выдача бюллетеней</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="558"/>
        <source>Outside voting</source>
        <translation>Вне помещения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="559"/>
        <source>List changes</source>
        <translation>Изменения списка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="561"/>
        <source>Counting</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="562"/>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="562"/>
        <source>Verify an export</source>
        <translation>Проверка выгрузки</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="563"/>
        <source>People present</source>
        <translation>Присутствующие</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="564"/>
        <source>Complaints and acts</source>
        <translation>Жалобы и акты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="565"/>
        <source>Station server</source>
        <translation>Сервер участка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/main_window.py" line="613"/>
        <source>Imported %n voter(s)</source>
        <translation>
            <numerusform>Загружен %n избиратель</numerusform>
            <numerusform>Загружено %n избирателя</numerusform>
            <numerusform>Загружено %n избирателей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="671"/>
        <source>The station is set up.</source>
        <translation>Участок создан.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="699"/>
        <source>Voting is not open yet</source>
        <translation>Голосование ещё не открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="700"/>
        <source>Voting is closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="704"/>
        <source>Voting is not closed yet</source>
        <translation>Голосование ещё не закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="707"/>
        <source>The count has not started yet</source>
        <translation>Подсчёт ещё не начат</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="795"/>
        <source>Turnout snapshot not saved: %1</source>
        <translation>Явка на отчётное время не сохранена: %1</translation>
    </message>
</context>
<context>
    <name>OutsideScreen</name>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="146"/>
        <source>&amp;Register an application</source>
        <translation>&amp;Регистрация заявления</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="147"/>
        <source>&amp;Trips of the portable box</source>
        <translation>&amp;Выезды с переносным ящиком</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="151"/>
        <source>Taken by:</source>
        <translation>Принял:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="152"/>
        <source>Late because:</source>
        <translation>Почему после срока:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="157"/>
        <source>Where the box is to be taken</source>
        <translation>Куда выезжать с ящиком</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="159"/>
        <source>Why the application is accepted after the deadline</source>
        <translation>Почему заявление принято после срока</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="161"/>
        <source>Register application</source>
        <translation>Зарегистрировать заявление</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="173"/>
        <source>The reason, in words</source>
        <translation>Причина своими словами</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="173"/>
        <source>Details (optional)</source>
        <translation>Подробности (необязательно)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="178"/>
        <source>The package sets no deadline for applications.</source>
        <translation>Пакет выборов не задаёт срок подачи заявлений.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="182"/>
        <source>After %1: the reason for accepting the application late is recorded.</source>
        <translation>Срок (%1) истёк: записывается причина приёма заявления после срока.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="186"/>
        <source>Applications are accepted until %1.</source>
        <translation>Заявления принимаются до %1.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="194"/>
        <source>Register of applications: %1 · waiting for a ballot: %2</source>
        <translation>Реестр заявлений: %1 · ожидают бюллетень: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="218"/>
        <source>Voting is closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="237"/>
        <source>Find the voter first</source>
        <translation>Сначала найдите избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="247"/>
        <source>After %1 an application needs the reason it is accepted late</source>
        <translation>После %1 нужно указать причину приёма заявления после срока</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="252"/>
        <source>Write the reason in words</source>
        <translation>Напишите причину словами</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="264"/>
        <source>Application registered: %1, No. %2</source>
        <translation>Заявление зарегистрировано: %1, № %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="267"/>
        <source>after the deadline</source>
        <translation>после срока</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="302"/>
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Найдите избирателя: ИИН, номер в списке или фамилия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="306"/>
        <source>%1, No. %2, born %3</source>
        <translation>%1, № %2, дата рождения %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="313"/>
        <source>already applied at %1</source>
        <translation>заявление уже подано (%1)</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="219"/>
        <source>Enter from the paper list</source>
        <translation>Внесение по бумажному списку</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="221"/>
        <source>Type each mark of the paper list: the list number (or IIN), then Enter. The time stays from the last mark: change it when the time on the paper changes. A voter who already holds a ballot is not refused: the mark goes to the chair as a conflict.</source>
        <translation>Вводите каждую отметку бумажного списка: номер в списке (или ИИН), затем Enter. Время сохраняется от предыдущей отметки: измените его, когда меняется время на бумаге. Избирателю, у которого уже есть бюллетень, не отказывают: отметка уходит председателю как расхождение.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="226"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="227"/>
        <source>&amp;List number or IIN:</source>
        <translation>&amp;Номер в списке или ИИН:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="228"/>
        <source>&amp;Issued by:</source>
        <translation>&amp;Выдал:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="229"/>
        <source>Enter</source>
        <translation>Внести</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="230"/>
        <source>Entering:</source>
        <translation>Вносит:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="231"/>
        <source>List No. / IIN</source>
        <translation>№ в списке / ИИН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="232"/>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="235"/>
        <source>Contest</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="233"/>
        <source>Conflicts for the chair</source>
        <translation>Расхождения для председателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="232"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="235"/>
        <source>Conflict</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="235"/>
        <source>On the paper</source>
        <translation>На бумаге</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="236"/>
        <source>Already recorded</source>
        <translation>Уже записано</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="236"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="237"/>
        <source>Resolve…</source>
        <translation>Разрешить…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="265"/>
        <source>Your role does not enter the paper list</source>
        <translation>Ваша роль не вносит бумажный список</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="267"/>
        <source>The paper list is entered while voting is open or closed, before the count</source>
        <translation>Бумажный список вносится, пока голосование открыто или закрыто, до подсчёта</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="277"/>
        <source>Open: %1. An open conflict blocks signing the protocol.</source>
        <translation>Не разрешено: %1. Неразрешённое расхождение не даёт подписать протокол.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="278"/>
        <source>No open conflicts.</source>
        <translation>Неразрешённых расхождений нет.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="281"/>
        <source>The chair resolves them.</source>
        <translation>Их разрешает председатель.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="317"/>
        <source>Entered</source>
        <translation>Внесено</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="318"/>
        <source>Conflict No. %1: %2, for the chair</source>
        <translation>Расхождение № %1: %2, председателю</translation>
    </message>
</context>
<context>
    <name>PaperPanel</name>
    <message>
        <location filename="../../precinct_app/ui/paper_panel.py" line="55"/>
        <source>Paper list</source>
        <translation>Бумажный список</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_panel.py" line="56"/>
        <source>Enter from the paper list…</source>
        <translation>Внести по бумажному списку…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_panel.py" line="59"/>
        <source>Conflicts of the paper list open: %1. The chair resolves them before the protocol is signed.</source>
        <translation>Неразрешённых расхождений бумажного списка: %1. Председатель разрешает их до подписания протокола.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_panel.py" line="64"/>
        <source>Ballots issued on the paper list while this desk had lost the server are entered here once the link is back.</source>
        <translation>Бюллетени, выданные по бумажному списку, пока стол был без связи с сервером, вносятся здесь, когда связь восстановится.</translation>
    </message>
</context>
<context>
    <name>PdfOptions</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="65"/>
        <source>Layout:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="66"/>
        <source>The languages printed on the protocol</source>
        <translation>Языки, на которых печатается протокол</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="67"/>
        <source>Copy:</source>
        <translation>Экземпляр:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="68"/>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="71"/>
        <source>0: the original; N: certified copy No. N for an observer (the same code)</source>
        <translation>0 — оригинал; N — заверенная копия № N для наблюдателя (с тем же кодом)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="72"/>
        <source>Enlarged A3 for posting</source>
        <translation>Увеличенная форма A3 для вывешивания</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../precinct_app/ui/people_model.py" line="96"/>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_model.py" line="96"/>
        <source>left</source>
        <translation>ушёл</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_model.py" line="112"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="141"/>
        <source>Someone came in</source>
        <translation>Пришёл присутствующий</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="147"/>
        <source>As the person gives it, in any script</source>
        <translation>Как называет себя человек, любым алфавитом</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="150"/>
        <source>Record arrival</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="151"/>
        <source>Register of those present</source>
        <translation>Реестр присутствующих</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="152"/>
        <source>Left the station</source>
        <translation>Ушёл с участка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="153"/>
        <source>Came back</source>
        <translation>Вернулся</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../precinct_app/ui/pin_dialog.py" line="84"/>
        <source>Checking the PIN…</source>
        <translation>Проверка PIN-кода…</translation>
    </message>
</context>
<context>
    <name>ProtocolEntry</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="172"/>
        <source>Entered by:</source>
        <translation>Вносит:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="174"/>
        <source>Second member checks:</source>
        <translation>Проверяет второй:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="176"/>
        <source>A second member types the entered lines again without seeing the first entry; nothing is saved until both agree</source>
        <translation>Второй член комиссии повторно вводит строки, не видя первого ввода; ничего не сохраняется, пока оба ввода не совпадут</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="178"/>
        <source>Types the entered lines again, blind</source>
        <translation>Вводит строки заново, не видя первого ввода</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="181"/>
        <source>The reason, printed in the annex</source>
        <translation>Причина (печатается в приложении)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="182"/>
        <source>Back to the first entry</source>
        <translation>Вернуться к первому вводу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="286"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="289"/>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="289"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="305"/>
        <source>Signed at %1, code %2. The protocol is locked: only a correction can change it.</source>
        <translation>Подписан в %1, код %2. Протокол закрыт: изменить его можно только исправлением.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="309"/>
        <source>The values are entered once the count has started (the first step).</source>
        <translation>Данные вносятся после начала подсчёта (первого этапа).</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="333"/>
        <source>The two entries differ on this line</source>
        <translation>В этой строке два ввода не совпадают</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="342"/>
        <source>Line %1 differs from the records: only the chair may change it, with a reason:</source>
        <translation>Строка %1 расходится с записями: изменить её может только председатель, указав причину:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="349"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/protocol_entry.py" line="350"/>
        <source>Save %n changed line(s)</source>
        <translation>
            <numerusform>Сохранить %n изменённую строку</numerusform>
            <numerusform>Сохранить %n изменённые строки</numerusform>
            <numerusform>Сохранить %n изменённых строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="352"/>
        <source>Saves every changed line at once (Ctrl+S)</source>
        <translation>Сохраняет все изменённые строки сразу (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/protocol_entry.py" line="375"/>
        <source>%n line(s) saved at %1 by %2</source>
        <translation>
            <numerusform>%n строка сохранена в %1, %2</numerusform>
            <numerusform>%n строки сохранены в %1, %2</numerusform>
            <numerusform>%n строк сохранено в %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="426"/>
        <source>Explanation of %1 saved</source>
        <translation>Объяснение к %1 сохранено</translation>
    </message>
</context>
<context>
    <name>ProtocolScreen</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="153"/>
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="154"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="156"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="157"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="158"/>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="159"/>
        <source>Sign…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="162"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="247"/>
        <source>Draft — not signed</source>
        <translation>Проект — не подписан</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="249"/>
        <source>Signed at %1 · code %2</source>
        <translation>Подписан в %1 · код %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="252"/>
        <source>Superseded by version %1 · signed at %2 · code %3</source>
        <translation>Заменён версией %1 · подписан в %2 · код %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="259"/>
        <source>Repeated protocol (version %1). Reason: %2</source>
        <translation>Повторный протокол (версия %1). Причина: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="267"/>
        <source>Save the protocol as shown, as a PDF file</source>
        <translation>Сохранить протокол в том виде, как он показан, в файл PDF</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="269"/>
        <source>Print through the system&apos;s print dialog; choose the number of copies there</source>
        <translation>Печать через системное окно печати; число экземпляров выбирается там</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="276"/>
        <source>An earlier version, kept as it was signed: version %1 is the current one</source>
        <translation>Прежняя версия, сохранённая в подписанном виде: действующая — версия %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="279"/>
        <source>This version is signed and locked: to change it, correct it</source>
        <translation>Эта версия подписана и закрыта для изменений: чтобы изменить, исправьте её</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="281"/>
        <source>The protocol is signed at the end of the count (the station is in: %1)</source>
        <translation>Протокол подписывается по окончании подсчёта (сейчас этап: %1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="288"/>
        <source>The members present, the quorum, dissenting opinions; signing fixes the code</source>
        <translation>Присутствующие, кворум, особые мнения; подписание фиксирует код</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="291"/>
        <source>Open version %1, a repeated protocol, with a written reason; this version is kept</source>
        <translation>Открыть версию %1 — повторный протокол — с письменной причиной; эта версия сохраняется</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="293"/>
        <source>Already corrected: version %1 is the current one</source>
        <translation>Уже исправлен: действующая — версия %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="295"/>
        <source>Only a signed protocol is corrected; a draft&apos;s values are changed on the Counting screen</source>
        <translation>Исправляется только подписанный протокол; данные проекта меняются на экране «Подсчёт»</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="304"/>
        <source>Save the protocol</source>
        <translation>Сохранение протокола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="323"/>
        <source>Protocol saved: %1</source>
        <translation>Протокол сохранён: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/protocol_screen.py" line="343"/>
        <source>Protocol sent to the printer: %n copy(ies)</source>
        <translation>
            <numerusform>Протокол отправлен на печать: %n экземпляр</numerusform>
            <numerusform>Протокол отправлен на печать: %n экземпляра</numerusform>
            <numerusform>Протокол отправлен на печать: %n экземпляров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="356"/>
        <source>Protocol signed: code %1</source>
        <translation>Протокол подписан: код %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="376"/>
        <source>Version %1 opened: a repeated protocol; version %2 is kept as signed</source>
        <translation>Открыта версия %1 — повторный протокол; версия %2 сохранена в подписанном виде</translation>
    </message>
</context>
<context>
    <name>RecordsBox</name>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="33"/>
        <source>Ballots received</source>
        <translation>Получено бюллетеней</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="34"/>
        <source>Issued in the premises</source>
        <translation>Выдано в помещении</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="34"/>
        <source>Issued outside the premises</source>
        <translation>Выдано вне помещения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="35"/>
        <source>Spoiled (replaced)</source>
        <translation>Испорчено (заменено)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="35"/>
        <source>Left to cancel (unused + spoiled)</source>
        <translation>Подлежит погашению (неиспользованные + испорченные)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="39"/>
        <source>What the records say</source>
        <translation>По данным записей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="79"/>
        <source>Shown once the ballots cancelled are counted and recorded (step 1)</source>
        <translation>Показывается, когда погашенные бюллетени посчитаны и записаны (этап 1)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="98"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="100"/>
        <source>at the desk</source>
        <translation>в помещении</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="102"/>
        <source>on trip %1</source>
        <translation>выезд № %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="138"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="151"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="154"/>
        <source>Taken by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="155"/>
        <source>Late?</source>
        <translation>После срока?</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="156"/>
        <source>Ballot</source>
        <translation>Бюллетень</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="76"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="71"/>
        <source>It was:</source>
        <translation>Что это было:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="76"/>
        <source>Resolve a conflict of the paper list</source>
        <translation>Разрешение расхождения бумажного списка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="79"/>
        <source>Conflict No. %1: voter No. %2, %3.</source>
        <translation>Расхождение № %1: избиратель № %2, %3.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="138"/>
        <source>Restore the station from a backup</source>
        <translation>Восстановить участок из резервной копии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="141"/>
        <source>The station database %1 is missing. Choose the newest sound backup to carry on where it was taken.</source>
        <translation>База участка %1 отсутствует. Выберите самую новую исправную резервную копию, чтобы продолжить с момента, когда она была сделана.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="144"/>
        <source>The station database %1 failed its integrity check. It will be kept aside, not deleted. Choose the newest sound backup to carry on where it was taken.</source>
        <translation>База участка %1 не прошла проверку целостности. Она будет сохранена отдельно, а не удалена. Выберите самую новую исправную резервную копию, чтобы продолжить с момента, когда она была сделана.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="148"/>
        <source>Choose a backup of the station, from the backup stick or a second disk.</source>
        <translation>Выберите резервную копию участка с флешки для копий или второго диска.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="151"/>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="151"/>
        <source>Taken at</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="152"/>
        <source>Last event</source>
        <translation>Последнее событие</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="152"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="152"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="153"/>
        <source>Chair, who decides:</source>
        <translation>Председатель, который решает:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="154"/>
        <source>Chair&apos;s PIN:</source>
        <translation>PIN-код председателя:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="156"/>
        <source>Choose a backup file…</source>
        <translation>Выбрать файл резервной копии…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="157"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="158"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="170"/>
        <source>sound</source>
        <translation>исправна</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="170"/>
        <source>NOT USABLE</source>
        <translation>НЕПРИГОДНА</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="220"/>
        <source>%1: taken in phase “%2”; its last audit event is No. %3 at %4. Ballots issued after it are not in it: take them from the paper list.</source>
        <translation>%1: создана на этапе «%2»; последнее событие журнала — № %3 в %4. Бюллетеней, выданных после неё, в ней нет: возьмите их из бумажного списка.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="226"/>
        <source>No backup of this station was found in: %1</source>
        <translation>Резервных копий этого участка не найдено в: %1</translation>
    </message>
</context>
<context>
    <name>ServerScreen</name>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="217"/>
        <source>Desk</source>
        <translation>Стол</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="217"/>
        <source>Role in the station</source>
        <translation>Роль в участке</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="218"/>
        <source>Last seen</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="218"/>
        <source>Connection</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="222"/>
        <source>desk</source>
        <translation>стол</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="222"/>
        <source>standby copy</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="223"/>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="227"/>
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="227"/>
        <source>not connected</source>
        <translation>не подключён</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="232"/>
        <source>With several desks, one laptop (usually the chair&apos;s) is the station server: it holds the station, and the desks work on it over the station&apos;s own cable network (no internet). A station on one laptop needs none of this.</source>
        <translation>При нескольких столах один ноутбук (обычно председателя) становится сервером участка: на нём хранится участок, а столы работают с ним по собственной кабельной сети участка (без интернета). Участку на одном ноутбуке всё это не нужно.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="235"/>
        <source>Make this laptop the station server</source>
        <translation>Сделать этот ноутбук сервером участка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="236"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="237"/>
        <source>Station network address</source>
        <translation>Адрес в сети участка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="239"/>
        <source>Only this laptop (127.0.0.1, for training)</source>
        <translation>Только этот ноутбук (127.0.0.1, для обучения)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="241"/>
        <source>The server also listens on this laptop&apos;s own address (127.0.0.1). Before voting opens only: the station moves into the server, checked by its audit log; the file it was in is kept read-only beside it.</source>
        <translation>Сервер также слушает собственный адрес этого ноутбука (127.0.0.1). Только до открытия голосования: участок переносится на сервер с проверкой по журналу аудита; прежний файл сохраняется рядом только для чтения.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="244"/>
        <source>Join a station server as a desk…</source>
        <translation>Подключиться к серверу участка как стол…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="245"/>
        <source>The station server is running</source>
        <translation>Сервер участка работает</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="246"/>
        <source>Join code for a desk</source>
        <translation>Код подключения для стола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="248"/>
        <source>One desk, one use, valid 60 minutes. At the desk: “Join a station server”, then scan the QR code or type the address and this code.</source>
        <translation>Для одного стола, один раз, действует 60 минут. На столе: «Подключиться к серверу участка», затем отсканируйте QR-код или введите адрес и этот код.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="251"/>
        <source>Certificate fingerprint (the desk shows the same before joining):</source>
        <translation>Отпечаток сертификата (стол перед подключением показывает такой же):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="252"/>
        <source>New join code</source>
        <translation>Новый код подключения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="253"/>
        <source>Stop the server…</source>
        <translation>Остановить сервер…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="254"/>
        <source>Laptops of the station</source>
        <translation>Ноутбуки участка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="315"/>
        <source>Make this laptop the station server…</source>
        <translation>Сделать этот ноутбук сервером участка…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="328"/>
        <source>This laptop is the desk “%1” of the station server %2.</source>
        <translation>Этот ноутбук — стол «%1» сервера участка %2.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="336"/>
        <source>A code is shown once: press “New join code” for a desk to join.</source>
        <translation>Код показывается один раз: чтобы подключить стол, нажмите «Новый код подключения».</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="339"/>
        <source>Address for the desks: %1</source>
        <translation>Адрес для столов: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="348"/>
        <source>No standby copy: if this laptop fails, the station continues from its last backup. A second laptop can keep a synchronous copy (precinct server standby).</source>
        <translation>Резервной копии нет: если этот ноутбук откажет, участок продолжит работу с последней резервной копии. Второй ноутбук может вести синхронную копию (precinct server standby).</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="352"/>
        <source>Standby copy: %1 (%2), %3, replication %4, last seen %5</source>
        <translation>Резервная копия: %1 (%2), %3, репликация %4, последняя связь %5</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="390"/>
        <source>Stop the station server? No desk can work until it is started again.</source>
        <translation>Остановить сервер участка? Ни один стол не сможет работать, пока он не будет запущен снова.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="428"/>
        <source>Starting the station server (the first time, the station moves into it)…</source>
        <translation>Запуск сервера участка (в первый раз участок переносится на него)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="435"/>
        <source>The station server is running at %1.</source>
        <translation>Сервер участка работает по адресу %1.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="448"/>
        <source>Making a new join code…</source>
        <translation>Создаётся новый код подключения…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="454"/>
        <source>A new join code: the one before no longer works.</source>
        <translation>Новый код подключения: прежний больше не действует.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="465"/>
        <source>Stopping the station server…</source>
        <translation>Остановка сервера участка…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="472"/>
        <source>The station server is stopped: the desks cannot work until it is started again.</source>
        <translation>Сервер участка остановлен: столы не могут работать, пока он не будет запущен снова.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="230"/>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="245"/>
        <source>Sign the protocol</source>
        <translation>Подписать протокол</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="231"/>
        <source>Protocol: %1 — version %2</source>
        <translation>Протокол: %1 — версия %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="237"/>
        <source>Members present at signing (tick each one; each types their own PIN)</source>
        <translation>Члены комиссии, присутствующие при подписании (отметьте каждого; каждый вводит свой PIN-код)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="239"/>
        <source>Dissent…</source>
        <translation>Особое мнение…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="241"/>
        <source>A member present who disagrees signs with a dissenting opinion, printed as an annex and marked beside the name</source>
        <translation>Несогласный член комиссии подписывает протокол с особым мнением: оно печатается в приложении и отмечается у фамилии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="244"/>
        <source>The dissenting opinion of %1</source>
        <translation>Особое мнение: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="246"/>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="398"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="246"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="280"/>
        <source>The protocol is signed at the end of the count (the station is in: %1)</source>
        <translation>Протокол подписывается по окончании подсчёта (сейчас этап: %1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="286"/>
        <source>Lines not filled: %1</source>
        <translation>Не заполнены строки: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="291"/>
        <source>Control ratio fails: %1 (%2 against %3, difference %4)</source>
        <translation>Не выполнено контрольное соотношение: %1 (%2 против %3, разница %4)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="294"/>
        <source>Warning without a written explanation: %1</source>
        <translation>Предупреждение без письменного объяснения: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="297"/>
        <source>%1 is ticked present: their PIN (4 to 8 digits)</source>
        <translation>%1 отмечен присутствующим: его PIN-код (4–8 цифр)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="300"/>
        <source>Write the dissenting opinion of %1, or close its box</source>
        <translation>Впишите особое мнение (%1) или закройте поле</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="311"/>
        <source>present %1 of %2; at least %3 needed</source>
        <translation>присутствуют %1 из %2; нужно не меньше %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="313"/>
        <source>Quorum</source>
        <translation>Кворум есть</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="313"/>
        <source>No quorum</source>
        <translation>Нет кворума</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="318"/>
        <source>Signs the protocol: %1 — %2</source>
        <translation>Подписывает протокол: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="322"/>
        <source>Nobody present may sign: the chair signs; the deputy chair when the chair is absent; the secretary when both are absent</source>
        <translation>Среди присутствующих нет подписывающего: подписывает председатель; в его отсутствие — заместитель председателя; в отсутствие обоих — секретарь</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="327"/>
        <source>Signing is not possible yet:</source>
        <translation>Подписать пока нельзя:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="335"/>
        <source>Fixes the protocol code and locks this version</source>
        <translation>Фиксирует код протокола и закрывает эту версию для изменений</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="369"/>
        <source>Checking the PINs…</source>
        <translation>Проверка PIN-кодов…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="393"/>
        <source>Signed at %1. Write this code on the paper protocol: it identifies these numbers</source>
        <translation>Подписан в %1. Впишите этот код в бумажный протокол: он удостоверяет эти цифры</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="235"/>
        <source>Signed in elsewhere</source>
        <translation>Вошёл за другим столом</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="238"/>
        <source>Desk locked</source>
        <translation>Стол заблокирован</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="238"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="240"/>
        <source>Choose yourself in the list, type your PIN, press Enter.</source>
        <translation>Выберите себя в списке, введите PIN-код, нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="246"/>
        <source>Sign in (Enter)</source>
        <translation>Войти (Enter)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="247"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="259"/>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Новый PIN-код (4–8 цифр)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="260"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="261"/>
        <source>The new PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="311"/>
        <source>Checking the PIN…</source>
        <translation>Проверка PIN-кода…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="81"/>
        <source>Election package</source>
        <translation>Пакет выборов</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="148"/>
        <source>Welcome to Precinct</source>
        <translation>Добро пожаловать в Precinct</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="150"/>
        <source>No station is set up on this computer. Load the election package handed over by the higher commission, or open the demo station to train. At the territorial commission, verify the sticks the precincts bring: no station is needed.</source>
        <translation>На этом компьютере участок не настроен. Загрузите пакет выборов, переданный вышестоящей комиссией, или откройте демонстрационный участок для обучения. В территориальной комиссии проверяйте флешки, которые привозят участки: участок для этого не нужен.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="154"/>
        <source>Load election package (.zip)…</source>
        <translation>Загрузить пакет выборов (.zip)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="155"/>
        <source>Load election package from a folder…</source>
        <translation>Загрузить пакет выборов из папки…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="157"/>
        <source>Open the demo station (training; every member&apos;s PIN is 1234)</source>
        <translation>Открыть демонстрационный участок (обучение; PIN-код каждого члена — 1234)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="158"/>
        <source>Restore from a backup (another laptop failed)…</source>
        <translation>Восстановить из резервной копии (другой ноутбук вышел из строя)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="160"/>
        <source>Join a station server (a desk of a station with several laptops)…</source>
        <translation>Подключиться к серверу участка (стол участка с несколькими ноутбуками)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="161"/>
        <source>Verify a precinct&apos;s stick (territorial commission)…</source>
        <translation>Проверить флешку участка (территориальная комиссия)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="163"/>
        <source>About Precinct: build id, check of the files, printer test page… (F1)</source>
        <translation>О программе: номер сборки, проверка файлов, тестовая страница принтера… (F1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="171"/>
        <source>Reading the voter list: row %1 of %2…</source>
        <translation>Чтение списка избирателей: строка %1 из %2…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="174"/>
        <source>Saving the station and the voter list…</source>
        <translation>Сохранение участка и списка избирателей…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="176"/>
        <source>Creating the demo station: %1 voters…</source>
        <translation>Создание демонстрационного участка: избирателей — %1…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="178"/>
        <source>Opening the station…</source>
        <translation>Открытие участка…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="179"/>
        <source>Creating the station database…</source>
        <translation>Создание базы данных участка…</translation>
    </message>
</context>
<context>
    <name>StationScreen</name>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="104"/>
        <location filename="../../precinct_app/ui/station_screen.py" line="116"/>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="105"/>
        <source>Contests and ballots received</source>
        <translation>Голосования и полученные бюллетени</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="106"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="107"/>
        <source>Voter list</source>
        <translation>Список избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="108"/>
        <source>Import voter list…</source>
        <translation>Загрузить список избирателей…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="118"/>
        <source>Voting hours</source>
        <translation>Время голосования</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="119"/>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="132"/>
        <source>Options: %1</source>
        <translation>Варианты: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="133"/>
        <source>Ballots received: %1</source>
        <translation>Получено бюллетеней: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="140"/>
        <source>Voters on the list: %1</source>
        <translation>Избирателей в списке: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="145"/>
        <source>The list can be imported only during set-up</source>
        <translation>Список можно загрузить только на этапе подготовки</translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="230"/>
        <source>⌂ out</source>
        <translation>⌂ на выезде</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="230"/>
        <source>✔ back</source>
        <translation>✔ вернулись</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="240"/>
        <source>Trip</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="240"/>
        <source>Members</source>
        <translation>Члены комиссии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="241"/>
        <source>Times</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="241"/>
        <source>Taken</source>
        <translation>Взято</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="242"/>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="242"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="243"/>
        <source>Spoiled</source>
        <translation>Испорчено</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="243"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="172"/>
        <source>A new trip: the two members who go</source>
        <translation>Новый выезд: два члена комиссии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="173"/>
        <source>Ballots taken:</source>
        <translation>Взято бюллетеней:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="174"/>
        <source>Start trip</source>
        <translation>Начать выезд</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="175"/>
        <source>Voter served:</source>
        <translation>Избиратель:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="176"/>
        <source>Issued by:</source>
        <translation>Выдал:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="177"/>
        <source>Record ballot issued</source>
        <translation>Отметить выдачу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="178"/>
        <source>Returned unused:</source>
        <translation>Не использовано:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="179"/>
        <source>Spoiled:</source>
        <translation>Испорчено:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="180"/>
        <source>End trip</source>
        <translation>Завершить выезд</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="182"/>
        <source>First member: choose…</source>
        <translation>Первый член комиссии: выберите…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="183"/>
        <source>Second member: choose…</source>
        <translation>Второй член комиссии: выберите…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="237"/>
        <source>at most %1</source>
        <translation>не более %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="262"/>
        <source>Voting is not open</source>
        <translation>Голосование не открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="264"/>
        <source>Voting is not open: trips start once it opens</source>
        <translation>Голосование не открыто: выезды начинаются после открытия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="271"/>
        <source>No ballots to take: no application is waiting, or none are left</source>
        <translation>Брать нечего: нет ожидающих заявлений или не осталось бюллетеней</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="275"/>
        <source>Choose a trip under way in the table</source>
        <translation>Выберите в таблице текущий выезд</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="287"/>
        <source>Every ballot taken on this trip is issued</source>
        <translation>Все взятые на выезд бюллетени выданы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="289"/>
        <source>Every applicant already has a ballot</source>
        <translation>Все заявители уже получили бюллетень</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="299"/>
        <source>✔ Balances: taken %1 = issued %2 + returned %3 + spoiled %4</source>
        <translation>✔ Сходится: взято %1 = выдано %2 + возвращено %3 + испорчено %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="301"/>
        <source>✕ Does not balance: taken %1 ≠ issued %2 + returned %3 + spoiled %4</source>
        <translation>✕ Не сходится: взято %1 ≠ выдано %2 + возвращено %3 + испорчено %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="304"/>
        <source>taken = issued + returned + spoiled</source>
        <translation>взято = выдано + возвращено + испорчено</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="315"/>
        <source>Choose the two members who go with the box.</source>
        <translation>Выберите двух членов комиссии, которые пойдут с ящиком.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="331"/>
        <source>Trip %1 started · ballots taken: %2</source>
        <translation>Выезд № %1 начат · взято бюллетеней: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="350"/>
        <source>Ballot issued on trip %1: %2 · %3</source>
        <translation>Бюллетень выдан на выезде № %1: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="366"/>
        <source>Trip %1 is back: taken %2 = issued %3 + returned %4 + spoiled %5</source>
        <translation>Выезд № %1 завершён: взято %2 = выдано %3 + возвращено %4 + испорчено %5</translation>
    </message>
</context>
<context>
    <name>TurnoutScreen</name>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="273"/>
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="274"/>
        <source>Report language:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="275"/>
        <source>Save turnout report (PDF)…</source>
        <translation>Сохранить сведения о явке (PDF)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="277"/>
        <source>An A4 report for the territorial commission: turnout now, at the report times, by section and per hour, with lines for the chair&apos;s and secretary&apos;s signatures</source>
        <translation>Отчёт A4 для территориальной комиссии: текущая явка, явка на установленное время, по разделам списка и по часам, со строками для подписей председателя и секретаря</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="280"/>
        <source>At the report times</source>
        <translation>На установленное время</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="283"/>
        <source>hour of the day (local time)</source>
        <translation>час (местное время)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="284"/>
        <source>the current hour, so far</source>
        <translation>текущий час, на данный момент</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="318"/>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="334"/>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="379"/>
        <source>Save turnout report</source>
        <translation>Сохранение сведений о явке</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="402"/>
        <source>Turnout report saved: %1</source>
        <translation>Сведения о явке сохранены: %1</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="26"/>
        <source>Undo a mistaken issuance</source>
        <translation>Отмена ошибочной выдачи</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="28"/>
        <source>The issuance stays in the records, marked undone, with your reason and name in the audit log.
%1</source>
        <translation>Запись о выдаче остаётся, с отметкой об отмене; причина и ваше имя записываются в журнал.
%1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="31"/>
        <source>Undone by (chair or deputy):</source>
        <translation>Отменяет (председатель или заместитель):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="33"/>
        <source>Why the issuance was a mistake</source>
        <translation>Почему выдача была ошибочной</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="40"/>
        <source>%1, No. %2</source>
        <translation>%1, № %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="34"/>
        <source>Undo issuance</source>
        <translation>Отменить выдачу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="35"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="338"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="122"/>
        <source>Verify an export</source>
        <translation>Проверка выгрузки</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="124"/>
        <source>Checks a results folder from a station&apos;s stick: the signature, every file, the audit log, the protocol codes and the control ratios. No station database is needed.</source>
        <translation>Проверяет папку с результатами с флешки участка: подпись, каждый файл, журнал аудита, коды протоколов и контрольные соотношения. База данных участка не нужна.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="127"/>
        <source>The export folder (P164_…)</source>
        <translation>Папка выгрузки (P164_…)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="129"/>
        <source>XXXX-XXXX-XXXX-XXXX, or scan the protocol&apos;s QR code</source>
        <translation>XXXX-XXXX-XXXX-XXXX или отсканируйте QR-код протокола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="130"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="131"/>
        <source>Station key (optional):</source>
        <translation>Ключ участка (необязательно):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="132"/>
        <source>Code on the paper protocol (optional):</source>
        <translation>Код на бумажном протоколе (необязательно):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="133"/>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="134"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="135"/>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="136"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="137"/>
        <source>Protocol values</source>
        <translation>Значения протокола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="139"/>
        <source>The lines the stick carries, to compare with the paper protocol: shown once every check passes</source>
        <translation>Строки протокола с флешки, для сверки с бумажным протоколом: показываются, когда пройдены все проверки</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="142"/>
        <source>The folder just written on the Export screen is filled in: press Verify to check it as the territorial commission will.</source>
        <translation>Подставлена папка, только что записанная на экране «Выгрузка»: нажмите «Проверить», чтобы проверить её так же, как это сделает территориальная комиссия.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="180"/>
        <source>Choose the export folder first</source>
        <translation>Сначала выберите папку выгрузки</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="253"/>
        <source>NOT VERIFIED: %1 of %2 checks fail: %3</source>
        <translation>НЕ ПОДТВЕРЖДЕНО: не пройдено проверок — %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="258"/>
        <source>a TRAINING export</source>
        <translation>УЧЕБНАЯ выгрузка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="262"/>
        <source>Verified: all %1 checks pass</source>
        <translation>Подтверждено: пройдены все проверки (%1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="272"/>
        <source>Contest</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="272"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="272"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="307"/>
        <source>Export folder</source>
        <translation>Папка выгрузки</translation>
    </message>
</context>
<context>
    <name>VoterCard</name>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="150"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="166"/>
        <source>Excluded from the list: %1</source>
        <translation>Исключён из списка: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="170"/>
        <source>Already has a ballot: issued at %1 by %2</source>
        <translation>Бюллетень уже выдан: в %1, выдал(а) %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="172"/>
        <source>a spoiled ballot was replaced once</source>
        <translation>испорченный бюллетень заменён один раз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="175"/>
        <source>On an outside-voting application: the ballot goes to the portable box</source>
        <translation>Заявление о голосовании вне помещения: бюллетень выдаётся с переносным ящиком</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="176"/>
        <source>May receive a ballot</source>
        <translation>Может получить бюллетень</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="189"/>
        <source>Scan the ID card or type an IIN, list number or surname</source>
        <translation>Отсканируйте удостоверение или введите ИИН, номер в списке или фамилию</translation>
    </message>
</context>
<context>
    <name>VoterDetails</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="89"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="90"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="101"/>
        <source>No voter selected</source>
        <translation>Избиратель не выбран</translation>
    </message>
</context>
<context>
    <name>VoterListScreen</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="176"/>
        <source>Search: IIN, list number or surname [given name]</source>
        <translation>Поиск: ИИН, номер в списке или фамилия [имя]</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="214"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>VoterPicker</name>
    <message>
        <location filename="../../precinct_app/ui/voter_picker.py" line="88"/>
        <source>IIN, list number or surname</source>
        <translation>ИИН, номер в списке или фамилия</translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="189"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="191"/>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="193"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="235"/>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/main_window.py" line="468"/>
        <source>%n protocol line(s) typed and not saved.</source>
        <translation>
            <numerusform>%n строка протокола введена и не сохранена.</numerusform>
            <numerusform>%n строки протокола введены и не сохранены.</numerusform>
            <numerusform>%n строк протокола введены и не сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="469"/>
        <source>Save them</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="470"/>
        <source>Discard them</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="471"/>
        <source>Stay here</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="195"/>
        <source>Save the act</source>
        <translation>Сохранить акт</translation>
    </message>
</context>
</TS>
