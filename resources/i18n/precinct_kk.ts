<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddVoterForm</name>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="112" />
        <source>Add a voter</source>
        <translation>Сайлаушыны қосу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="113" />
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="113" />
        <source>Given name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="114" />
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="114" />
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="115" />
        <source>Basis:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="115" />
        <source>Acting:</source>
        <translation>Комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="118" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="121" />
        <source>Add to the list</source>
        <translation>Тізімге енгізу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="138" />
        <source>An IIN has digits only</source>
        <translation>ЖСН тек цифрлардан тұрады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="140" />
        <source>%1 of 12 digits</source>
        <translation>%1 цифр (12 болуы керек)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="142" />
        <source>Too many digits: an IIN has 12</source>
        <translation>Цифр тым көп: ЖСН-де 12 цифр болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="145" />
        <source>The 7th digit is not a century and sex code</source>
        <translation>7-цифр ғасыр мен жыныс коды емес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="147" />
        <source>The first 6 digits are not a date of birth</source>
        <translation>Алғашқы 6 цифр туған күнді білдірмейді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="149" />
        <source>Wrong check digit: check the number</source>
        <translation>Бақылау цифры қате: нөмірді тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="154" />
        <source>Born %1: under 18 on voting day</source>
        <translation>Туған күні %1: дауыс беру күні 18 жасқа толмайды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="159" />
        <source>Already on the list as No. %1: %2</source>
        <translation>Тізімде № %1 болып тұр: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="161" />
        <source>Valid IIN · born %1</source>
        <translation>ЖСН дұрыс · туған күні %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="181" />
        <source>Added as No. %1: %2</source>
        <translation>Тізімге № %1 болып енгізілді: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="199" />
        <source>Certificate No.:</source>
        <translation>Куәлік №:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="200" />
        <source>Court decision No.:</source>
        <translation>Сот шешімінің №:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="201" />
        <source>Registration No.:</source>
        <translation>Тіркеу №:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="202" />
        <source>Number of the absentee certificate</source>
        <translation>Сырттай дауыс беру куәлігінің нөмірі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="203" />
        <source>Number and date of the decision</source>
        <translation>Шешімнің нөмірі мен күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="204" />
        <source>Number of the registration record</source>
        <translation>Тіркеу жазбасының нөмірі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="205" />
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
</context>
<context>
    <name>DayChangesModel</name>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="103" />
        <source>Added</source>
        <translation>Енгізілді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="103" />
        <source>Excluded</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="125" />
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="126" />
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="127" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="128" />
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="129" />
        <source>Basis or reason</source>
        <translation>Негізі немесе себебі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="130" />
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="131" />
        <source>By</source>
        <translation>Кім</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="118" />
        <source>Voting day</source>
        <translation>Дауыс беру күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="119" />
        <source>Act of receipt of ballots</source>
        <translation>Бюллетеньдерді алу актісі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="120" />
        <source>Acting:</source>
        <translation>Комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="121" />
        <source>Reason to close early:</source>
        <translation>Ерте жабу себебі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="123" />
        <source>Needed before the closing time unless every voter has a ballot</source>
        <translation>Барлық сайлаушы бюллетень алмаса, жабылу уақытына дейін қажет</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="124" />
        <source>Open voting</source>
        <translation>Дауыс беруді ашу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="125" />
        <source>Close voting…</source>
        <translation>Дауыс беруді жабу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="126" />
        <source>Contest:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="127" />
        <source>Ballots received:</source>
        <translation>Алынған бюллетеньдер:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="128" />
        <source>Corrected by:</source>
        <translation>Түзететін:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="129" />
        <source>Correct the act</source>
        <translation>Актіні түзету</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="143" />
        <source>Voting hours: %1–%2</source>
        <translation>Дауыс беру уақыты: %1–%2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="148" />
        <source>Voting opened at %1 by %2</source>
        <translation>Дауыс беру %1 ашылды, ашқан %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="149" />
        <source>Voting closed at %1 by %2</source>
        <translation>Дауыс беру %1 жабылды, жапқан %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="154" />
        <source>Voting has not been opened yet.</source>
        <translation>Дауыс беру әлі ашылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="161" />
        <source>Voting has already been opened</source>
        <translation>Дауыс беру ашылып қойған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="164" />
        <source>Voting is not open</source>
        <translation>Дауыс беру ашық емес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="165" />
        <source>Voting is closed</source>
        <translation>Дауыс беру жабық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="171" />
        <source>The act of receipt can be corrected only before voting opens</source>
        <translation>Алу актісін тек дауыс беру ашылғанға дейін түзетуге болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="196" />
        <source>Open voting now? Ballots can be issued from then on; this cannot be undone.</source>
        <translation>Дауыс беруді қазір ашу керек пе? Осы сәттен бастап бюллетень беруге болады; мұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="207" />
        <source>Close voting now? No ballot can be issued after this; this cannot be undone.</source>
        <translation>Дауыс беруді қазір жабу керек пе? Осыдан кейін бюллетень беруге болмайды; мұны болдырмау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="175" />
        <source>Member at this desk:</source>
        <translation>Үстелдегі комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="176" />
        <source>Contest:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="177" />
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="178" />
        <source>ID card</source>
        <translation>Жеке куәлік</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="178" />
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="179" />
        <source>Other document</source>
        <translation>Басқа құжат</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="183" />
        <source>Scan the ID card or type: IIN, list number or surname</source>
        <translation>Жеке куәлікті сканерлеңіз немесе енгізіңіз: ЖСН, тізімдегі нөмір немесе тегі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="186" />
        <source>Enter: issue the ballot · Up/Down: choose the voter · Esc: clear</source>
        <translation>Enter: бюллетень беру · Жоғары/Төмен: сайлаушыны таңдау · Esc: тазарту</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="188" />
        <source>Replace a spoiled ballot (F6)</source>
        <translation>Бүлінген бюллетеньді ауыстыру (F6)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="189" />
        <source>Undo the issuance… (F8)</source>
        <translation>Беруді болдырмау… (F8)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="200" />
        <source>Voting is not open yet</source>
        <translation>Дауыс беру әлі ашылған жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="201" />
        <location filename="../../precinct_app/ui/desk_screen.py" line="202" />
        <source>Voting is closed</source>
        <translation>Дауыс беру жабық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="204" />
        <source>No commission member here may issue ballots</source>
        <translation>Комиссияда бюллетень бере алатын мүше жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="297" />
        <source>No voter matches “%1”</source>
        <translation>«%1» бойынша сайлаушы табылмады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="305" />
        <location filename="../../precinct_app/ui/desk_screen.py" line="346" />
        <source>Choose the member working at this desk</source>
        <translation>Осы үстелде жұмыс істейтін комиссия мүшесін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="319" />
        <source>Ballot issued: %1, No. %2 · %3 · %4</source>
        <translation>Бюллетень берілді: %1, № %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="323" />
        <source>Ballot issued to No. %1 at %2 by %3</source>
        <translation>№ %1 сайлаушыға сағат %2-де бюллетень берілді, берген %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="356" />
        <source>Replacement ballot issued: %1, No. %2 · %3 · %4. Keep the spoiled ballot for cancellation.</source>
        <translation>Бүлінген бюллетеньнің орнына бюллетень берілді: %1, № %2 · %3 · %4. Бүлінген бюллетеньді жою үшін сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="383" />
        <source>Issuance undone: No. %1 by %2 (%3)</source>
        <translation>Бюллетень беру болдырылмады: № %1, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="394" />
        <source>For a voter who already has a ballot</source>
        <translation>Бюллетень алған сайлаушы үшін</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="396" />
        <source>This ballot was already replaced once</source>
        <translation>Бұл бюллетень бір рет ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="397" />
        <source>F6: the voter spoiled the ballot; hand out the one replacement</source>
        <translation>F6: сайлаушы бюллетеньді бүлдірді; орнына бір бюллетень беріңіз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="400" />
        <source>F8: the ballot was recorded by mistake (chair or deputy, with a reason)</source>
        <translation>F8: бюллетень беру қате жазылды (төраға немесе орынбасары, себебін көрсетіп)</translation>
    </message>
</context>
<context>
    <name>ExcludeVoterForm</name>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="108" />
        <source>Exclude a voter</source>
        <translation>Сайлаушыны тізімнен шығару</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="109" />
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="110" />
        <source>Other reason:</source>
        <translation>Басқа себеп:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="111" />
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="141" />
        <source>Write the reason</source>
        <translation>Себебін жазыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="112" />
        <source>Acting:</source>
        <translation>Комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="116" />
        <source>Other…</source>
        <translation>Басқа…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="146" />
        <source>Confirm exclusion of No. %1</source>
        <translation>№ %1 шығаруды растау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="149" />
        <source>Exclude No. %1 %2 from the list (%3)? Press again to confirm; Esc cancels.</source>
        <translation>№ %1 %2 тізімнен шығарылсын ба (%3)? Растау үшін тағы басыңыз; Esc — болдырмау.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="164" />
        <source>No. %1 %2 is excluded from the list: %3</source>
        <translation>№ %1 %2 тізімнен шығарылды: %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="188" />
        <source>Exclude from the list…</source>
        <translation>Тізімнен шығару…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="189" />
        <source>Find the voter first</source>
        <translation>Алдымен сайлаушыны табыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="196" />
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Сайлаушыны табыңыз: ЖСН, тізімдегі нөмірі немесе тегі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="198" />
        <source>No. %1 · %2 · born %3</source>
        <translation>№ %1 · %2 · туған күні %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="200" />
        <source>On the list: may be excluded</source>
        <translation>Тізімде: шығаруға болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="224" />
        <source>Already excluded: %1</source>
        <translation>Тізімнен шығарылған: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="228" />
        <source>Has a ballot: cannot be excluded (undo a mistaken issuance first)</source>
        <translation>Бюллетень берілген: шығаруға болмайды (қате берілсе, алдымен беруді болдырмаңыз)</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="108" />
        <source>TRAINING</source>
        <translation>ОҚУ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="111" />
        <source>No station is set up on this computer yet</source>
        <translation>Бұл компьютерде учаске әлі құрылмаған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="118" />
        <source>Precinct No. %1 · %2</source>
        <translation>№ %1 учаске · %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="122" />
        <source>Set-up</source>
        <translation>Дайындық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="122" />
        <source>Voting open</source>
        <translation>Дауыс беру ашық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="123" />
        <source>Voting closed</source>
        <translation>Дауыс беру жабылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="123" />
        <source>Counting</source>
        <translation>Санау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="124" />
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="130" />
        <source>Ballots issued: %1 of %2</source>
        <translation>Берілген бюллетеньдер: %2 ішінен %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="134" />
        <source>Voters on the list: %1</source>
        <translation>Тізімдегі сайлаушылар: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="136" />
        <source>At this desk: %1</source>
        <translation>Осы үстелде: %1</translation>
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
    <name>ListChangesScreen</name>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="99" />
        <source>Changes to the list today</source>
        <translation>Бүгінгі тізім өзгерістері</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="108" />
        <source>The voter list is frozen: voting is closed</source>
        <translation>Сайлаушылар тізімін өзгертуге болмайды: дауыс беру жабылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="111" />
        <source>No commission member here may change the voter list</source>
        <translation>Мұнда ешбір комиссия мүшесі сайлаушылар тізімін өзгерте алмайды</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="139" />
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="139" />
        <source>Voter list</source>
        <translation>Сайлаушылар тізімі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="140" />
        <source>Desk</source>
        <translation>Бюллетень беру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="140" />
        <source>Outside voting</source>
        <translation>Үй-жайдан тыс</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="141" />
        <source>List changes</source>
        <translation>Тізімдегі өзгерістер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="141" />
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/main_window.py" line="167" />
        <source>Imported %n voter(s)</source>
        <translation>
            <numerusform>%n сайлаушы жүктелді</numerusform>
            <numerusform>%n сайлаушы жүктелді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="179" />
        <source>The station is set up.</source>
        <translation>Учаске құрылды.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="199" />
        <source>Voting is not open yet</source>
        <translation>Дауыс беру әлі ашылған жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="200" />
        <source>Voting is closed</source>
        <translation>Дауыс беру жабық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="223" />
        <source>Turnout snapshot not saved: %1</source>
        <translation>Есептік уақыттағы келу сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>OutsideScreen</name>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="150" />
        <source>&amp;Register an application</source>
        <translation>&amp;Өтінішті тіркеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="151" />
        <source>&amp;Trips of the portable box</source>
        <translation>&amp;Тасымалы жәшікпен шығу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="154" />
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="154" />
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="154" />
        <source>Taken by:</source>
        <translation>Қабылдаған:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="155" />
        <source>Late because:</source>
        <translation>Неге мерзімнен кейін:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="160" />
        <source>Where the box is to be taken</source>
        <translation>Жәшікті апаратын мекенжай</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="162" />
        <source>Why the application is accepted after the deadline</source>
        <translation>Өтініш неге мерзімнен кейін қабылданды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="164" />
        <source>Register application</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="176" />
        <source>The reason, in words</source>
        <translation>Себебін жазыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="176" />
        <source>Details (optional)</source>
        <translation>Толығырақ (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="181" />
        <source>The package sets no deadline for applications.</source>
        <translation>Сайлау пакетінде өтініш беру мерзімі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="184" />
        <source>After %1: the reason for accepting the application late is recorded.</source>
        <translation>Мерзім (%1) өтті: өтінішті кеш қабылдау себебі жазылады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="188" />
        <source>Applications are accepted until %1.</source>
        <translation>Өтініштерді қабылдау мерзімі: %1.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="199" />
        <source>Register of applications: %1 · waiting for a ballot: %2</source>
        <translation>Өтініштер тізілімі: %1 · бюллетень күтуде: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="223" />
        <source>Voting is closed</source>
        <translation>Дауыс беру жабық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="242" />
        <source>Find the voter first</source>
        <translation>Алдымен сайлаушыны табыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="252" />
        <source>After %1 an application needs the reason it is accepted late</source>
        <translation>Мерзім (%1) өткен соң өтінішті кеш қабылдау себебін көрсету керек</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="258" />
        <source>Write the reason in words</source>
        <translation>Себебін сөзбен жазыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="270" />
        <source>Application registered: %1, No. %2</source>
        <translation>Өтініш тіркелді: %1, № %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="273" />
        <source>after the deadline</source>
        <translation>мерзімнен кейін</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="308" />
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Сайлаушыны табыңыз: ЖСН, тізімдегі нөмірі немесе тегі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="312" />
        <source>%1, No. %2, born %3</source>
        <translation>%1, № %2, туған күні %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="319" />
        <source>already applied at %1</source>
        <translation>өтініш бұрын берілген (%1)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="95" />
        <source>✕ excluded</source>
        <translation>✕ шығарылған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="95" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="97" />
        <source>at the desk</source>
        <translation>үй-жайда</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="99" />
        <source>on trip %1</source>
        <translation>шығу № %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="101" />
        <source>outside</source>
        <translation>үй-жайдан тыс</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="135" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="146" />
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="146" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="147" />
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="147" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="148" />
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="148" />
        <source>Taken by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="149" />
        <source>Late?</source>
        <translation>Кеш пе?</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="150" />
        <source>Ballot</source>
        <translation>Бюллетень</translation>
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
        <location filename="../../precinct_app/ui/station_screen.py" line="89" />
        <location filename="../../precinct_app/ui/station_screen.py" line="101" />
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="90" />
        <source>Contests and ballots received</source>
        <translation>Дауыс берулер және алынған бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="91" />
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="92" />
        <source>Voter list</source>
        <translation>Сайлаушылар тізімі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="93" />
        <source>Import voter list…</source>
        <translation>Сайлаушылар тізімін жүктеу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="102" />
        <source>Voting day</source>
        <translation>Дауыс беру күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="103" />
        <source>Voting hours</source>
        <translation>Дауыс беру уақыты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="104" />
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="105" />
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="106" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="107" />
        <source>Station key fingerprint</source>
        <translation>Учаске кілтінің ізі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="115" />
        <source>Options: %1</source>
        <translation>Нұсқалар: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="117" />
        <source>Ballots received: %1</source>
        <translation>Алынған бюллетеньдер: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="120" />
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="120" />
        <source>Deputy chair</source>
        <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="121" />
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="121" />
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="126" />
        <source>Voters on the list: %1</source>
        <translation>Тізімдегі сайлаушылар: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="131" />
        <source>The list can be imported only during set-up</source>
        <translation>Тізімді тек дайындық кезеңінде жүктеуге болады</translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="225" />
        <source>⌂ out</source>
        <translation>⌂ шығуда</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="225" />
        <source>✔ back</source>
        <translation>✔ оралды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="235" />
        <source>Trip</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="235" />
        <source>Members</source>
        <translation>Комиссия мүшелері</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="236" />
        <source>Times</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="236" />
        <source>Taken</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="237" />
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="237" />
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="238" />
        <source>Spoiled</source>
        <translation>Бүлінді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="238" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="162" />
        <source>A new trip: the two members who go</source>
        <translation>Жаңа шығу: баратын екі комиссия мүшесі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="163" />
        <source>Ballots taken:</source>
        <translation>Алынған бюллетень:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="164" />
        <source>Start trip</source>
        <translation>Шығуды бастау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="165" />
        <source>Voter served:</source>
        <translation>Сайлаушы:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="166" />
        <source>Issued by:</source>
        <translation>Берген:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="167" />
        <source>Record ballot issued</source>
        <translation>Берілгенін белгілеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="168" />
        <source>Returned unused:</source>
        <translation>Пайдаланылмаған:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="169" />
        <source>Spoiled:</source>
        <translation>Бүлінді:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="170" />
        <source>End trip</source>
        <translation>Шығуды аяқтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="222" />
        <source>at most %1</source>
        <translation>ең көбі %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="247" />
        <source>Voting is not open</source>
        <translation>Дауыс беру ашық емес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="249" />
        <source>Voting is not open: trips start once it opens</source>
        <translation>Дауыс беру ашылған жоқ: шығу ол ашылғаннан кейін басталады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="256" />
        <source>No ballots to take: no application is waiting, or none are left</source>
        <translation>Алатын бюллетень жоқ: күтіп тұрған өтініш жоқ немесе бюллетень қалмады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="260" />
        <source>Choose a trip under way in the table</source>
        <translation>Кестеден жүріп жатқан шығуды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="272" />
        <source>Every ballot taken on this trip is issued</source>
        <translation>Шығуға алынған бюллетеньдердің бәрі берілді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="274" />
        <source>Every applicant already has a ballot</source>
        <translation>Өтініш берушілердің бәрі бюллетень алды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="284" />
        <source>✔ Balances: taken %1 = issued %2 + returned %3 + spoiled %4</source>
        <translation>✔ Сәйкес: алынды %1 = берілді %2 + қайтарылды %3 + бүлінді %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="286" />
        <source>✕ Does not balance: taken %1 ≠ issued %2 + returned %3 + spoiled %4</source>
        <translation>✕ Сәйкес емес: алынды %1 ≠ берілді %2 + қайтарылды %3 + бүлінді %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="290" />
        <source>taken = issued + returned + spoiled</source>
        <translation>алынды = берілді + қайтарылды + бүлінді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="305" />
        <source>Trip %1 started · ballots taken: %2</source>
        <translation>Шығу № %1 басталды · алынған бюллетень: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="325" />
        <source>Ballot issued on trip %1: %2 · %3</source>
        <translation>Шығу № %1: бюллетень берілді: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="341" />
        <source>Trip %1 is back: taken %2 = issued %3 + returned %4 + spoiled %5</source>
        <translation>Шығу № %1 аяқталды: алынды %2 = берілді %3 + қайтарылды %4 + бүлінді %5</translation>
    </message>
</context>
<context>
    <name>TurnoutScreen</name>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="264" />
        <location filename="../../precinct_app/ui/turnout_screen.py" line="325" />
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="265" />
        <source>Contest:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="266" />
        <source>Report language:</source>
        <translation>Есеп тілі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="267" />
        <source>Save turnout report (PDF)…</source>
        <translation>Қатысу туралы мәліметті сақтау (PDF)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="269" />
        <source>An A4 report for the territorial commission: turnout now, at the report times, by section and per hour, with lines for the chair's and secretary's signatures</source>
        <translation>Аумақтық комиссияға арналған A4 есебі: ағымдағы қатысу, белгіленген уақыттағы, тізім бөлімдері және сағаттар бойынша қатысу, төраға мен хатшының қолына арналған жолдармен</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="271" />
        <location filename="../../precinct_app/ui/turnout_screen.py" line="274" />
        <source>Ballots issued per hour</source>
        <translation>Сағат сайын берілген бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="272" />
        <source>At the report times</source>
        <translation>Белгіленген уақытта</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="273" />
        <source>By list section</source>
        <translation>Тізім бөлімдері бойынша</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="275" />
        <source>hour of the day (local time)</source>
        <translation>сағат (жергілікті уақыт)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="276" />
        <source>the current hour, so far</source>
        <translation>ағымдағы сағат, әзірге</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="310" />
        <source>as of %1</source>
        <translation>сағ. %1 жағдай бойынша</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="311" />
        <source>ballots issued</source>
        <translation>бюллетень берілді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="311" />
        <source>voters on the list</source>
        <translation>тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="311" />
        <source>turnout</source>
        <translation>қатысу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="325" />
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="325" />
        <source>On the list</source>
        <translation>Тізімде</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="335" />
        <source>not recorded yet</source>
        <translation>әлі тіркелмеген</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="335" />
        <source>pending</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="340" />
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="356" />
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="358" />
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="367" />
        <source>Save turnout report</source>
        <translation>Қатысу туралы мәліметті сақтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="392" />
        <source>Turnout report saved: %1</source>
        <translation>Қатысу туралы мәлімет сақталды: %1</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="34" />
        <source>Undo a mistaken issuance</source>
        <translation>Қате берілген бюллетеньді болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="38" />
        <source>The issuance stays in the records, marked undone, with your reason and name in the audit log.
%1</source>
        <translation>Беру туралы жазба болдырылмады деген белгімен сақталады; себебі мен атыңыз журналға жазылады.
%1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="46" />
        <source>Undone by (chair or deputy):</source>
        <translation>Болдырмайтын (төраға немесе орынбасары):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="48" />
        <source>Why the issuance was a mistake</source>
        <translation>Беру неге қате болды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="51" />
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="56" />
        <source>Undo issuance</source>
        <translation>Беруді болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="57" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>VoterCard</name>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="110" />
        <source>List number</source>
        <translation>Тізімдегі нөмірі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="110" />
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="111" />
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="111" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="124" />
        <source>Excluded from the list: %1</source>
        <translation>Тізімнен шығарылған: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="128" />
        <source>Already has a ballot: issued at %1 by %2</source>
        <translation>Бюллетень берілген: сағат %1, берген %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="131" />
        <source>a spoiled ballot was replaced once</source>
        <translation>бүлінген бюллетень бір рет ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="134" />
        <source>On an outside-voting application: the ballot goes to the portable box</source>
        <translation>Үй-жайдан тыс дауыс беруге өтініші бар: бюллетень көшпелі жәшікпен беріледі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="135" />
        <source>May receive a ballot</source>
        <translation>Бюллетень алуға болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="141" />
        <source>Scan the ID card or type an IIN, list number or surname</source>
        <translation>Жеке куәлікті сканерлеңіз немесе ЖСН, тізімдегі нөмірді не тегін енгізіңіз</translation>
    </message>
</context>
<context>
    <name>VoterDetails</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="73" />
        <source>List number</source>
        <translation>Тізімдегі нөмірі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="73" />
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="74" />
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="74" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="75" />
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="75" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="85" />
        <source>No voter selected</source>
        <translation>Сайлаушы таңдалмаған</translation>
    </message>
</context>
<context>
    <name>VoterListScreen</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="161" />
        <source>Search: IIN, list number or surname [given name]</source>
        <translation>Іздеу: ЖСН, тізімдегі нөмір немесе тегі [аты]</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="193" />
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
</context>
<context>
    <name>VoterPicker</name>
    <message>
        <location filename="../../precinct_app/ui/voter_picker.py" line="86" />
        <source>IIN, list number or surname</source>
        <translation>ЖСН, тізімдегі нөмір немесе тегі</translation>
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