<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="147" />
        <source>Member at this desk:</source>
        <translation>Үстелдегі комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="148" />
        <source>Contest:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="150" />
        <source>Scan the ID card or type: IIN, list number or surname</source>
        <translation>Жеке куәлікті сканерлеңіз немесе енгізіңіз: ЖСН, тізімдегі нөмір немесе тегі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="153" />
        <source>Enter: issue the ballot · Up/Down: choose the voter · Esc: clear</source>
        <translation>Enter: бюллетень беру · Жоғары/Төмен: сайлаушыны таңдау · Esc: тазарту</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="167" />
        <source>Voting is not open yet</source>
        <translation>Дауыс беру әлі ашылған жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="168" />
        <location filename="../../precinct_app/ui/desk_screen.py" line="169" />
        <source>Voting is closed</source>
        <translation>Дауыс беру жабық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="171" />
        <source>No commission member here may issue ballots</source>
        <translation>Комиссияда бюллетень бере алатын мүше жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="275" />
        <source>No voter matches “%1”</source>
        <translation>«%1» бойынша сайлаушы табылмады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="283" />
        <source>Choose the member working at this desk</source>
        <translation>Осы үстелде жұмыс істейтін комиссия мүшесін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="296" />
        <source>Ballot issued: %1, No. %2 · %3 · %4</source>
        <translation>Бюллетень берілді: %1, № %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="96" />
        <source>TRAINING</source>
        <translation>ОҚУ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="99" />
        <source>No station is set up on this computer yet</source>
        <translation>Бұл компьютерде учаске әлі құрылмаған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="106" />
        <source>Precinct No. %1 · %2</source>
        <translation>№ %1 учаске · %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="110" />
        <source>Set-up</source>
        <translation>Дайындық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="110" />
        <source>Voting open</source>
        <translation>Дауыс беру ашық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="111" />
        <source>Voting closed</source>
        <translation>Дауыс беру жабылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="111" />
        <source>Counting</source>
        <translation>Санау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="112" />
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="116" />
        <source>Voters on the list: %1</source>
        <translation>Тізімдегі сайлаушылар: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="102" />
        <source>Choose the voter list</source>
        <translation>Сайлаушылар тізімін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="109" />
        <source>Import the voter list</source>
        <translation>Сайлаушылар тізімін жүктеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="112" />
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="132" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="136" />
        <source>Import</source>
        <translation>Жүктеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="188" />
        <source>Nothing has been written yet.</source>
        <translation>Әзірге ештеңе жазылған жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/import_dialog.py" line="192" />
        <source>Rejected rows (%n)</source>
        <translation>
            <numerusform>Қабылданбаған жолдар (%n)</numerusform>
            <numerusform>Қабылданбаған жолдар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="193" />
        <source>No rows were rejected.</source>
        <translation>Қабылданбаған жол жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/import_dialog.py" line="195" />
        <source>Import %n voter(s)</source>
        <translation>
            <numerusform>%n сайлаушыны жүктеу</numerusform>
            <numerusform>%n сайлаушыны жүктеу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="105" />
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="106" />
        <source>Voter list</source>
        <translation>Сайлаушылар тізімі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="107" />
        <source>Desk</source>
        <translation>Бюллетень беру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/main_window.py" line="129" />
        <source>Imported %n voter(s)</source>
        <translation>
            <numerusform>%n сайлаушы жүктелді</numerusform>
            <numerusform>%n сайлаушы жүктелді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="141" />
        <source>The station is set up.</source>
        <translation>Учаске құрылды.</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="74" />
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="76" />
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="49" />
        <source>Election package</source>
        <translation>Сайлау пакеті</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="93" />
        <source>Welcome to Precinct</source>
        <translation>Precinct-ке қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="95" />
        <source>No station is set up on this computer. Load the election package handed over by the higher commission, or open the demo station to train.</source>
        <translation>Бұл компьютерде учаске құрылмаған. Жоғары тұрған комиссиядан алынған сайлау пакетін жүктеңіз немесе оқу үшін демо учаскені ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="98" />
        <source>Load election package (.zip)…</source>
        <translation>Сайлау пакетін жүктеу (.zip)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="99" />
        <source>Load election package from a folder…</source>
        <translation>Сайлау пакетін қалтадан жүктеу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="100" />
        <source>Open the demo station (training)</source>
        <translation>Демо учаскені ашу (оқу)</translation>
    </message>
</context>
<context>
    <name>StationScreen</name>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="82" />
        <location filename="../../precinct_app/ui/station_screen.py" line="93" />
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="83" />
        <source>Contests and ballots received</source>
        <translation>Дауыс берулер және алынған бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="84" />
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="85" />
        <source>Voter list</source>
        <translation>Сайлаушылар тізімі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="86" />
        <source>Import voter list…</source>
        <translation>Сайлаушылар тізімін жүктеу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="94" />
        <source>Voting day</source>
        <translation>Дауыс беру күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="95" />
        <source>Voting hours</source>
        <translation>Дауыс беру уақыты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="96" />
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="97" />
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="98" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="99" />
        <source>Station key fingerprint</source>
        <translation>Учаске кілтінің ізі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="107" />
        <source>Options: %1</source>
        <translation>Нұсқалар: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="109" />
        <source>Ballots received: %1</source>
        <translation>Алынған бюллетеньдер: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="112" />
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="112" />
        <source>Deputy chair</source>
        <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="113" />
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="113" />
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="118" />
        <source>Voters on the list: %1</source>
        <translation>Тізімдегі сайлаушылар: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="123" />
        <source>The list can be imported only during set-up</source>
        <translation>Тізімді тек дайындық кезеңінде жүктеуге болады</translation>
    </message>
</context>
<context>
    <name>VoterCard</name>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="103" />
        <source>List number</source>
        <translation>Тізімдегі нөмірі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="103" />
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="104" />
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="104" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="116" />
        <source>Excluded from the list: %1</source>
        <translation>Тізімнен шығарылған: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="120" />
        <source>Already has a ballot: issued at %1 by %2</source>
        <translation>Бюллетень берілген: сағат %1, берген %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="123" />
        <source>On an outside-voting application: the ballot goes to the portable box</source>
        <translation>Үй-жайдан тыс дауыс беруге өтініші бар: бюллетень көшпелі жәшікпен беріледі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="124" />
        <source>May receive a ballot</source>
        <translation>Бюллетень алуға болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="130" />
        <source>Scan the ID card or type an IIN, list number or surname</source>
        <translation>Жеке куәлікті сканерлеңіз немесе ЖСН, тізімдегі нөмірді не тегін енгізіңіз</translation>
    </message>
</context>
<context>
    <name>VoterDetails</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="75" />
        <source>List number</source>
        <translation>Тізімдегі нөмірі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="75" />
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="76" />
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="76" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="77" />
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="77" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="87" />
        <source>No voter selected</source>
        <translation>Сайлаушы таңдалмаған</translation>
    </message>
</context>
<context>
    <name>VoterListScreen</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="163" />
        <source>Search: IIN, list number or surname [given name]</source>
        <translation>Іздеу: ЖСН, тізімдегі нөмір немесе тегі [аты]</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="206" />
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
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
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="150" />
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="151" />
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="152" />
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="153" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
</TS>