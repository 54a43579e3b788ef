<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="147" />
        <source>Member at this desk:</source>
        <translation>Член комиссии за столом:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="148" />
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="150" />
        <source>Scan the ID card or type: IIN, list number or surname</source>
        <translation>Отсканируйте удостоверение или введите: ИИН, номер в списке или фамилию</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="153" />
        <source>Enter: issue the ballot · Up/Down: choose the voter · Esc: clear</source>
        <translation>Enter: выдать бюллетень · Вверх/Вниз: выбрать избирателя · Esc: очистить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="167" />
        <source>Voting is not open yet</source>
        <translation>Голосование ещё не открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="168" />
        <location filename="../../precinct_app/ui/desk_screen.py" line="169" />
        <source>Voting is closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="171" />
        <source>No commission member here may issue ballots</source>
        <translation>В комиссии нет членов, которые могут выдавать бюллетени</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="275" />
        <source>No voter matches “%1”</source>
        <translation>Нет избирателя по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="283" />
        <source>Choose the member working at this desk</source>
        <translation>Выберите члена комиссии, работающего за этим столом</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="296" />
        <source>Ballot issued: %1, No. %2 · %3 · %4</source>
        <translation>Бюллетень выдан: %1, № %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="96" />
        <source>TRAINING</source>
        <translation>ОБУЧЕНИЕ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="99" />
        <source>No station is set up on this computer yet</source>
        <translation>На этом компьютере участок ещё не создан</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="106" />
        <source>Precinct No. %1 · %2</source>
        <translation>Участок № %1 · %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="110" />
        <source>Set-up</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="110" />
        <source>Voting open</source>
        <translation>Голосование открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="111" />
        <source>Voting closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="111" />
        <source>Counting</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="112" />
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="116" />
        <source>Voters on the list: %1</source>
        <translation>Избирателей в списке: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="102" />
        <source>Choose the voter list</source>
        <translation>Выберите список избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="109" />
        <source>Import the voter list</source>
        <translation>Загрузка списка избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="112" />
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="132" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="136" />
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="188" />
        <source>Nothing has been written yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/import_dialog.py" line="192" />
        <source>Rejected rows (%n)</source>
        <translation>
            <numerusform>Отклонённые строки (%n)</numerusform>
            <numerusform>Отклонённые строки (%n)</numerusform>
            <numerusform>Отклонённые строки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="193" />
        <source>No rows were rejected.</source>
        <translation>Отклонённых строк нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/import_dialog.py" line="195" />
        <source>Import %n voter(s)</source>
        <translation>
            <numerusform>Загрузить %n избирателя</numerusform>
            <numerusform>Загрузить %n избирателей</numerusform>
            <numerusform>Загрузить %n избирателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="105" />
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="106" />
        <source>Voter list</source>
        <translation>Список избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="107" />
        <source>Desk</source>
        <translation>Выдача бюллетеней</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/main_window.py" line="129" />
        <source>Imported %n voter(s)</source>
        <translation>
            <numerusform>Загружен %n избиратель</numerusform>
            <numerusform>Загружено %n избирателя</numerusform>
            <numerusform>Загружено %n избирателей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="141" />
        <source>The station is set up.</source>
        <translation>Участок создан.</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="74" />
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="76" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="49" />
        <source>Election package</source>
        <translation>Пакет выборов</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="93" />
        <source>Welcome to Precinct</source>
        <translation>Добро пожаловать в Precinct</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="95" />
        <source>No station is set up on this computer. Load the election package handed over by the higher commission, or open the demo station to train.</source>
        <translation>На этом компьютере участок не создан. Загрузите пакет выборов, полученный от вышестоящей комиссии, или откройте демонстрационный участок для обучения.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="98" />
        <source>Load election package (.zip)…</source>
        <translation>Загрузить пакет выборов (.zip)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="99" />
        <source>Load election package from a folder…</source>
        <translation>Загрузить пакет выборов из папки…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="100" />
        <source>Open the demo station (training)</source>
        <translation>Открыть демонстрационный участок (обучение)</translation>
    </message>
</context>
<context>
    <name>StationScreen</name>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="82" />
        <location filename="../../precinct_app/ui/station_screen.py" line="93" />
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="83" />
        <source>Contests and ballots received</source>
        <translation>Голосования и полученные бюллетени</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="84" />
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="85" />
        <source>Voter list</source>
        <translation>Список избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="86" />
        <source>Import voter list…</source>
        <translation>Загрузить список избирателей…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="94" />
        <source>Voting day</source>
        <translation>День голосования</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="95" />
        <source>Voting hours</source>
        <translation>Время голосования</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="96" />
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="97" />
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="98" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="99" />
        <source>Station key fingerprint</source>
        <translation>Отпечаток ключа участка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="107" />
        <source>Options: %1</source>
        <translation>Варианты: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="109" />
        <source>Ballots received: %1</source>
        <translation>Получено бюллетеней: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="112" />
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="112" />
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="113" />
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="113" />
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="118" />
        <source>Voters on the list: %1</source>
        <translation>Избирателей в списке: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="123" />
        <source>The list can be imported only during set-up</source>
        <translation>Список можно загрузить только на этапе подготовки</translation>
    </message>
</context>
<context>
    <name>VoterCard</name>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="103" />
        <source>List number</source>
        <translation>Номер в списке</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="103" />
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="104" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="104" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="116" />
        <source>Excluded from the list: %1</source>
        <translation>Исключён из списка: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="120" />
        <source>Already has a ballot: issued at %1 by %2</source>
        <translation>Бюллетень уже выдан: в %1, выдал(а) %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="123" />
        <source>On an outside-voting application: the ballot goes to the portable box</source>
        <translation>Заявление о голосовании вне помещения: бюллетень выдаётся с переносным ящиком</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="124" />
        <source>May receive a ballot</source>
        <translation>Может получить бюллетень</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="130" />
        <source>Scan the ID card or type an IIN, list number or surname</source>
        <translation>Отсканируйте удостоверение или введите ИИН, номер в списке или фамилию</translation>
    </message>
</context>
<context>
    <name>VoterDetails</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="75" />
        <source>List number</source>
        <translation>Номер в списке</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="75" />
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="76" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="76" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="77" />
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="77" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="87" />
        <source>No voter selected</source>
        <translation>Избиратель не выбран</translation>
    </message>
</context>
<context>
    <name>VoterListScreen</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="163" />
        <source>Search: IIN, list number or surname [given name]</source>
        <translation>Поиск: ИИН, номер в списке или фамилия [имя]</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="206" />
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="148" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="149" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="150" />
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="151" />
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="152" />
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="153" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
</TS>