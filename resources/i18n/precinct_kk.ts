<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="180"/>
        <source>About Precinct</source>
        <translation>Precinct туралы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="181"/>
        <source>Build id:</source>
        <translation>Құрастыру нөмірі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="183"/>
        <source>Compare it, group by group, with the build id the higher commission published</source>
        <translation>Оны топ-топ бойынша жоғары тұрған комиссия жариялаған құрастыру нөмірімен салыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="188"/>
        <source>The same id is printed at the foot of every protocol and report page. It must match the id the higher commission published for this election.</source>
        <translation>Дәл осы нөмір әр хаттама мен есеп бетінің төменгі жағында басылады. Ол жоғары тұрған комиссия осы сайлауға жариялаған нөмірге сәйкес болуы керек.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="190"/>
        <source>Data folder:</source>
        <translation>Деректер қалтасы:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="190"/>
        <source>Station database:</source>
        <translation>Учаске дерекқоры:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="191"/>
        <source>Fonts:</source>
        <translation>Қаріптер:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="197"/>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="200"/>
        <source>Check the installation&apos;s files</source>
        <translation>Орнату файлдарын тексеру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="202"/>
        <source>Hash every file again and compare it with the build id (a few seconds)</source>
        <translation>Әр файлдың хешін қайта есептеп, құрастыру нөмірімен салыстыру (бірнеше секунд)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="203"/>
        <source>Test page layout:</source>
        <translation>Тексеру бетінің тілі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="204"/>
        <source>Print a test page…</source>
        <translation>Тексеру бетін басып шығару…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="206"/>
        <source>Alphabets, 100 mm rulers, corner marks, a QR code: check the printer before election day</source>
        <translation>Әліпбилер, 100 мм сызғыштар, бұрыштық белгілер, QR-код: сайлау күніне дейін принтерді тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="208"/>
        <source>Save the test page as PDF…</source>
        <translation>Тексеру бетін PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="209"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="216"/>
        <source>on the station server</source>
        <translation>учаске серверінде</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="218"/>
        <source>%1 (no station yet)</source>
        <translation>%1 (учаске әлі жоқ)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="261"/>
        <source>Checking the files…</source>
        <translation>Файлдар тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="337"/>
        <source>Save the test page</source>
        <translation>Тексеру бетін сақтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="358"/>
        <source>The test page was sent to the printer. Measure the rulers and look for the four corner marks.</source>
        <translation>Тексеру беті принтерге жіберілді. Сызғыштарды өлшеп, төрт бұрыштық белгіні тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/about_dialog.py" line="360"/>
        <source>The test page was saved: %1</source>
        <translation>Тексеру беті сақталды: %1</translation>
    </message>
</context>
<context>
    <name>AbsenteeForm</name>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="123"/>
        <source>Certificate No.:</source>
        <translation>Куәлік №:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="124"/>
        <source>as printed on the certificate</source>
        <translation>куәлікте басылғандай</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="125"/>
        <source>Acting:</source>
        <translation>Комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="126"/>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="127"/>
        <source>Why it is cancelled (returned unused…)</source>
        <translation>Неге жойылады (пайдаланылмай қайтарылды…)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="128"/>
        <source>Cancel the certificate</source>
        <translation>Куәлікті жою</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="144"/>
        <source>Find the voter first</source>
        <translation>Алдымен сайлаушыны табыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="190"/>
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Сайлаушыны табыңыз: ЖСН, тізімдегі нөмірі немесе тегі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/absentee_form.py" line="192"/>
        <source>No. %1 · %2 · born %3</source>
        <translation>№ %1 · %2 · туған күні %3</translation>
    </message>
</context>
<context>
    <name>AddVoterForm</name>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="112"/>
        <source>Add a voter</source>
        <translation>Сайлаушыны қосу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="116"/>
        <source>Basis:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="116"/>
        <source>Acting:</source>
        <translation>Комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="119"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="122"/>
        <source>Add to the list</source>
        <translation>Тізімге енгізу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="139"/>
        <source>An IIN has digits only</source>
        <translation>ЖСН тек цифрлардан тұрады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="141"/>
        <source>%1 of 12 digits</source>
        <translation>%1 цифр (12 болуы керек)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="143"/>
        <source>Too many digits: an IIN has 12</source>
        <translation>Цифр тым көп: ЖСН-де 12 цифр болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="146"/>
        <source>The 7th digit is not a century and sex code</source>
        <translation>7-цифр ғасыр мен жыныс коды емес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="148"/>
        <source>The first 6 digits are not a date of birth</source>
        <translation>Алғашқы 6 цифр туған күнді білдірмейді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="150"/>
        <source>Wrong check digit: check the number</source>
        <translation>Бақылау цифры қате: нөмірді тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="155"/>
        <source>Born %1: under 18 on voting day</source>
        <translation>Туған күні %1: дауыс беру күні 18 жасқа толмайды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="159"/>
        <source>Already on the list as No. %1: %2</source>
        <translation>Тізімде № %1 болып тұр: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="161"/>
        <source>Valid IIN · born %1</source>
        <translation>ЖСН дұрыс · туған күні %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="181"/>
        <source>Added as No. %1: %2</source>
        <translation>Тізімге № %1 болып енгізілді: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="198"/>
        <source>Certificate No.:</source>
        <translation>Куәлік №:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="199"/>
        <source>Court decision No.:</source>
        <translation>Сот шешімінің №:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="200"/>
        <source>Registration No.:</source>
        <translation>Тіркеу №:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="201"/>
        <source>Number of the absentee certificate</source>
        <translation>Сырттай дауыс беру куәлігінің нөмірі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="202"/>
        <source>Number and date of the decision</source>
        <translation>Шешімнің нөмірі мен күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="203"/>
        <source>Number of the registration record</source>
        <translation>Тіркеу жазбасының нөмірі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="204"/>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="219"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="220"/>
        <source>Back up now</source>
        <translation>Қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="221"/>
        <source>Change location…</source>
        <translation>Орнын өзгерту…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="222"/>
        <source>Paper list (PDF)…</source>
        <translation>Қағаз тізім (PDF)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="224"/>
        <source>The voter list with every issuance mark, to carry on by hand if this laptop fails</source>
        <translation>Берілгені туралы барлық белгісі бар сайлаушылар тізімі — ноутбук істен шықса, қолмен жалғастыру үшін</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="237"/>
        <source>Every %1 minutes and at every phase change, into: %2</source>
        <translation>Әр %1 минут сайын және әр кезең ауысқанда, қалтаға: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="239"/>
        <source>Last backup: %1</source>
        <translation>Соңғы көшірме: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="247"/>
        <source>The backups are on this laptop&apos;s own disk: choose a stick or a second disk with “Change location…”.</source>
        <translation>Сақтық көшірмелер осы ноутбуктың өз дискісінде: «Орнын өзгерту…» батырмасымен флешканы немесе екінші дискіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="260"/>
        <source>Backup location</source>
        <translation>Сақтық көшірмелер орны</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="287"/>
        <source>Paper list saved: %1</source>
        <translation>Қағаз тізім сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="297"/>
        <source>Save the paper list</source>
        <translation>Қағаз тізімді сақтау</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="169"/>
        <source>Backup written at %1: %2</source>
        <translation>Сақтық көшірме %1 жазылды: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/backup_panel.py" line="176"/>
        <source>Backup FAILED: %1</source>
        <translation>Сақтық көшірме ЖАСАЛМАДЫ: %1</translation>
    </message>
</context>
<context>
    <name>BoxesPanel</name>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="101"/>
        <source>Open each portable box and type the ballots found in it (Enter saves). A box with more ballots than the requests served on its trip: all its ballots are invalid and an act is drawn up.</source>
        <translation>Әр жылжымалы жәшікті ашып, ішінен табылған бюллетеньдер санын енгізіңіз (Enter сақтайды). Жәшікте шығуда қанағаттандырылған өтініштерден көп бюллетень болса, оның барлық бюллетені жарамсыз және акт жасалады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="104"/>
        <source>Trip</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="104"/>
        <source>Carried by</source>
        <translation>Кім апарды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="105"/>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="105"/>
        <source>Ballots found</source>
        <translation>Табылған бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="106"/>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="134"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="141"/>
        <source>count them</source>
        <translation>санаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="152"/>
        <source>Save the act…</source>
        <translation>Актіні сақтау…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="170"/>
        <source>Type the ballots found in the box.</source>
        <translation>Жәшіктен табылған бюллетеньдер санын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>CancelEntry</name>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="140"/>
        <source>Ballots cancelled: %1</source>
        <translation>Жойылған бюллетеньдер: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="143"/>
        <source>count them</source>
        <translation>санаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="171"/>
        <source>the records expect %1 (of which %2 spoiled)</source>
        <translation>жазбалар бойынша %1 күтіледі (оның ішінде бүлінгені %2)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="175"/>
        <source>■ differs by %1</source>
        <translation>■ айырма %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="179"/>
        <source>✔ as expected</source>
        <translation>✔ күтілгендей</translation>
    </message>
</context>
<context>
    <name>CheckCard</name>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="148"/>
        <source>Explained: %1</source>
        <translation>Түсініктеме: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="150"/>
        <source>Explain…</source>
        <translation>Түсіндіру…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="151"/>
        <source>Change the explanation…</source>
        <translation>Түсініктемені өзгерту…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="158"/>
        <source>Why the numbers are so (printed as an annex for the members to sign)</source>
        <translation>Сандар неге осындай (мүшелер қол қоятын қосымшада басылады)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="159"/>
        <source>Save explanation</source>
        <translation>Түсініктемені сақтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="160"/>
        <source>The chair explains a warning</source>
        <translation>Ескертуді төраға түсіндіреді</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../precinct_app/ui/checks_panel.py" line="241"/>
        <source>%1 of %2 hold · %3 fail · %4 incomplete</source>
        <translation>%2 арақатынастың %1 орындалады · %3 орындалмайды · %4 толық емес</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="111"/>
        <source>Certified copies of the protocol</source>
        <translation>Хаттаманың куәландырылған көшірмелері</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="113"/>
        <source>Contest:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="113"/>
        <source>To:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="116"/>
        <source>Certified by:</source>
        <translation>Куәландырған:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="119"/>
        <source>Give a certified copy…</source>
        <translation>Куәландырылған көшірме беру…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="120"/>
        <source>Protocol posted</source>
        <translation>Хаттама ілінді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="121"/>
        <source>Copies register (PDF)…</source>
        <translation>Көшірмелер тізілімі (PDF)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="123"/>
        <location filename="../../precinct_app/ui/copies_panel.py" line="141"/>
        <source>Someone else (type the name)</source>
        <translation>Басқа адам (атын теріңіз)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="170"/>
        <source>Version %1 is not signed yet: no copies, not posted</source>
        <translation>%1 нұсқаға әлі қол қойылмаған: көшірме берілмейді, ілінбейді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="173"/>
        <source>Version %1 signed · certified copies given: %2 · %3</source>
        <translation>%1 нұсқаға қол қойылды · берілген көшірмелер: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="175"/>
        <source>posted at %1</source>
        <translation>ілінді: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="186"/>
        <source>Save the PDF</source>
        <translation>PDF сақтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/copies_panel.py" line="265"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="192"/>
        <source>Correct the signed protocol</source>
        <translation>Қол қойылған хаттаманы түзету</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="194"/>
        <source>Version %1 stays as it was signed. Version %2 opens as a draft with the same values, marked “repeated protocol”; it is checked and signed again.</source>
        <translation>%1-нұсқа қол қойылған күйінде қалады. %2-нұсқа сол деректермен «қайталанған хаттама» белгісімен жоба ретінде ашылады; ол қайта тексеріліп, қол қойылады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="197"/>
        <source>Corrected by:</source>
        <translation>Түзететін:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="199"/>
        <source>What was wrong in the signed protocol</source>
        <translation>Қол қойылған хаттамада не дұрыс емес еді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="200"/>
        <source>Open version %1</source>
        <translation>%1-нұсқаны ашу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="201"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>CountingScreen</name>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="232"/>
        <source>Counting</source>
        <translation>Санау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="233"/>
        <source>&amp;Steps of the count</source>
        <translation>&amp;Санау кезеңдері</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="235"/>
        <source>&amp;Protocol lines</source>
        <translation>&amp;Хаттама жолдары</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="236"/>
        <source>&amp;Disputed ballots</source>
        <translation>&amp;Даулы бюллетендер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="241"/>
        <source>Confirmed by:</source>
        <translation>Растайтын:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="243"/>
        <location filename="../../precinct_app/ui/counting_screen.py" line="248"/>
        <source>Confirm the step</source>
        <translation>Кезеңді растау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="244"/>
        <source>Go to the protocol entry</source>
        <translation>Хаттаманы енгізуге өту</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="246"/>
        <source>Confirmed by the member chosen under “Entered by”</source>
        <translation>«Енгізетін» өрісінде таңдалған мүше растайды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="247"/>
        <source>Sign the protocol…</source>
        <translation>Хаттамаға қол қою…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="301"/>
        <source>Voting is not closed yet. The count starts once voting is closed (on the Station screen); the steps below are then taken in order.</source>
        <translation>Дауыс беру әлі жабылған жоқ. Санау дауыс беру жабылғаннан кейін басталады («Учаске» экранында); содан кейін төмендегі кезеңдер ретімен орындалады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="305"/>
        <source>Every protocol is signed: print them on the Protocol screen.</source>
        <translation>Барлық хаттамаға қол қойылды: оларды «Хаттама» экранында басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="317"/>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="317"/>
        <source>now</source>
        <translation>қазір</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="317"/>
        <source>to do</source>
        <translation>алда</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="338"/>
        <source>%1 of %2 signed</source>
        <translation>%2 хаттаманың %1 қол қойылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="346"/>
        <location filename="../../precinct_app/ui/counting_screen.py" line="372"/>
        <source>Step %1 of %2: %3</source>
        <translation>%1-кезең (барлығы %2): %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="373"/>
        <source>Step %1 of %2 is on the Steps tab</source>
        <translation>%1-кезең (барлығы %2) «Санау кезеңдері» бетінде</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="392"/>
        <source>Save the changed lines first: the step checks the saved protocol.</source>
        <translation>Алдымен өзгертілген жолдарды сақтаңыз: кезең сақталған хаттаманы тексереді.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_screen.py" line="401"/>
        <source>Type the number of ballots cancelled, as counted: nothing is recorded until every figure is entered.</source>
        <translation>Жойылған бюллетеньдер санын санағандай енгізіңіз: барлық сан енгізілмейінше ештеңе жазылмайды.</translation>
    </message>
</context>
<context>
    <name>DayChangesModel</name>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="144"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="146"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="147"/>
        <source>Basis or reason</source>
        <translation>Негізі немесе себебі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="148"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="149"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="120"/>
        <source>Act of receipt of ballots</source>
        <translation>Бюллетеньдерді алу актісі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="121"/>
        <source>Acting:</source>
        <translation>Комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="122"/>
        <source>Reason to close early:</source>
        <translation>Ерте жабу себебі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="124"/>
        <source>Needed before the closing time unless every voter has a ballot</source>
        <translation>Барлық сайлаушы бюллетень алмаса, жабылу уақытына дейін қажет</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="125"/>
        <source>Open voting</source>
        <translation>Дауыс беруді ашу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="126"/>
        <source>Close voting…</source>
        <translation>Дауыс беруді жабу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="127"/>
        <source>Contest:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="128"/>
        <source>Ballots received:</source>
        <translation>Алынған бюллетеньдер:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="129"/>
        <source>Corrected by:</source>
        <translation>Түзететін:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="130"/>
        <source>Correct the act</source>
        <translation>Актіні түзету</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="143"/>
        <source>Voting hours: %1–%2</source>
        <translation>Дауыс беру уақыты: %1–%2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="157"/>
        <source>Voting opened at %1 by %2</source>
        <translation>Дауыс беру %1 ашылды, ашқан %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="159"/>
        <source>Voting closed at %1 by %2</source>
        <translation>Дауыс беру %1 жабылды, жапқан %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="152"/>
        <source>Voting has not been opened yet.</source>
        <translation>Дауыс беру әлі ашылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="161"/>
        <source>Every protocol signed at %1 (signed by %2)</source>
        <translation>Барлық хаттамаға %1 қол қойылды (қол қойған %2)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="163"/>
        <source>Protocol correction opened at %1 by %2</source>
        <translation>Хаттаманы түзету %1 басталды, %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="164"/>
        <source>Count started at %1 by %2</source>
        <translation>Санау %1 басталды, бастаған %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="170"/>
        <source>Voting has already been opened</source>
        <translation>Дауыс беру ашылып қойған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="173"/>
        <source>Voting is not open</source>
        <translation>Дауыс беру ашық емес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="174"/>
        <source>Voting is closed</source>
        <translation>Дауыс беру жабық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="180"/>
        <source>The act of receipt can be corrected only before voting opens</source>
        <translation>Алу актісін тек дауыс беру ашылғанға дейін түзетуге болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="205"/>
        <source>Open voting now? Ballots can be issued from then on; this cannot be undone.</source>
        <translation>Дауыс беруді қазір ашу керек пе? Осы сәттен бастап бюллетень беруге болады; мұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="216"/>
        <source>Close voting now? No ballot can be issued after this; this cannot be undone.</source>
        <translation>Дауыс беруді қазір жабу керек пе? Осыдан кейін бюллетень беруге болмайды; мұны болдырмау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="198"/>
        <source>Member at this desk:</source>
        <translation>Үстелдегі комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="202"/>
        <source>Contest:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="203"/>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="204"/>
        <source>ID card</source>
        <translation>Жеке куәлік</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="204"/>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="205"/>
        <source>Other document</source>
        <translation>Басқа құжат</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="209"/>
        <source>Scan the ID card or type: IIN, list number or surname</source>
        <translation>Жеке куәлікті сканерлеңіз немесе енгізіңіз: ЖСН, тізімдегі нөмір немесе тегі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="212"/>
        <source>Enter: issue the ballot · Up/Down: choose the voter · Esc: clear</source>
        <translation>Enter: бюллетень беру · Жоғары/Төмен: сайлаушыны таңдау · Esc: тазарту</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="214"/>
        <source>Replace a spoiled ballot (F6)</source>
        <translation>Бүлінген бюллетеньді ауыстыру (F6)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="215"/>
        <source>Undo the issuance… (F8)</source>
        <translation>Беруді болдырмау… (F8)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="231"/>
        <source>Voting is not open yet</source>
        <translation>Дауыс беру әлі ашылған жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="232"/>
        <location filename="../../precinct_app/ui/desk_screen.py" line="233"/>
        <source>Voting is closed</source>
        <translation>Дауыс беру жабық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="235"/>
        <source>No commission member here may issue ballots</source>
        <translation>Комиссияда бюллетень бере алатын мүше жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="358"/>
        <source>No voter matches “%1”</source>
        <translation>«%1» бойынша сайлаушы табылмады</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/desk_screen.py" line="365"/>
        <source>No voter has list number %1. The IIN of %n voter(s) starts with %1: choose one with Up/Down or a click, then press Enter</source>
        <translation>
            <numerusform>Тізімде %1 нөмірлі сайлаушы жоқ. %n сайлаушының ЖСН-і %1 цифрларынан басталады: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз</numerusform>
            <numerusform>Тізімде %1 нөмірлі сайлаушы жоқ. %n сайлаушының ЖСН-і %1 цифрларынан басталады: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/desk_screen.py" line="369"/>
        <source>An IIN has 12 digits. The IIN of %n voter(s) starts with %1: choose one with Up/Down or a click, then press Enter</source>
        <translation>
            <numerusform>ЖСН-де 12 цифр болады. %n сайлаушының ЖСН-і %1 цифрларынан басталады: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз</numerusform>
            <numerusform>ЖСН-де 12 цифр болады. %n сайлаушының ЖСН-і %1 цифрларынан басталады: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/desk_screen.py" line="373"/>
        <source>%n voter(s) match “%1”: choose one with Up/Down or a click, then press Enter</source>
        <translation>
            <numerusform>«%1» бойынша %n сайлаушы табылды: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз</numerusform>
            <numerusform>«%1» бойынша %n сайлаушы табылды: біреуін Жоғары/Төмен пернелерімен немесе басып таңдаңыз, содан кейін Enter басыңыз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="394"/>
        <location filename="../../precinct_app/ui/desk_screen.py" line="461"/>
        <source>Choose the member working at this desk</source>
        <translation>Осы үстелде жұмыс істейтін комиссия мүшесін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="409"/>
        <source>Ballot issued: %1, No. %2 · %3 · %4</source>
        <translation>Бюллетень берілді: %1, № %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="412"/>
        <source>Ballot issued to No. %1 at %2 by %3</source>
        <translation>№ %1 сайлаушыға бюллетень берілді: уақыты %2, берген %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="444"/>
        <source>F6 and F8 are for a voter who already has a ballot: find the voter first</source>
        <translation>F6 және F8 бюллетень алған сайлаушы үшін: алдымен сайлаушыны табыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="451"/>
        <source>F6 and F8 are for a voter who already has a ballot; %1</source>
        <translation>F6 және F8 бюллетень алған сайлаушы үшін; %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="474"/>
        <source>Replacement ballot issued: %1, No. %2 · %3 · %4. Keep the spoiled ballot for cancellation.</source>
        <translation>Бүлінген бюллетеньнің орнына бюллетень берілді: %1, № %2 · %3 · %4. Бүлінген бюллетеньді жою үшін сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="502"/>
        <source>Issuance undone: No. %1 by %2 (%3)</source>
        <translation>Бюллетень беру болдырылмады: № %1, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="513"/>
        <source>For a voter who already has a ballot</source>
        <translation>Бюллетень алған сайлаушы үшін</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="515"/>
        <source>This ballot was already replaced once</source>
        <translation>Бұл бюллетень бір рет ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="516"/>
        <source>F6: the voter spoiled the ballot; hand out the one replacement</source>
        <translation>F6: сайлаушы бюллетеньді бүлдірді; орнына бір бюллетень беріңіз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="519"/>
        <source>F8: the ballot was recorded by mistake (chair or deputy, with a reason)</source>
        <translation>F8: бюллетень беру қате жазылды (төраға немесе орынбасары, себебін көрсетіп)</translation>
    </message>
</context>
<context>
    <name>DisputePanel</name>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="103"/>
        <source>Vote (contest):</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="104"/>
        <source>Commission&apos;s vote:</source>
        <translation>Комиссияның дауыс беруі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="112"/>
        <source>What was doubtful about the ballot</source>
        <translation>Бюллетеньде не күмәнді болды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="113"/>
        <source>Record the decision</source>
        <translation>Шешімді жазу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/dispute_panel.py" line="133"/>
        <source>Disputed ballots are decided during the count</source>
        <translation>Даулы бюллетендер санау кезінде шешіледі</translation>
    </message>
</context>
<context>
    <name>DoubleEntry</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_double.py" line="56"/>
        <source>Hand over to the second member</source>
        <translation>Екінші мүшеге беру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_double.py" line="58"/>
        <source>Compare the entries and save</source>
        <translation>Енгізулерді салыстырып, сақтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_double.py" line="113"/>
        <source>%1 now types lines %2 again; the first entry is hidden.</source>
        <translation>Енді %1 %2 жолдарын қайта енгізеді; бірінші енгізу жасырылды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/protocol_entry_double.py" line="130"/>
        <source>The entries differ on %n line(s): %1. Nothing is saved: correct the second entry.</source>
        <translation>
            <numerusform>Енгізулер %n жолда сәйкес келмейді: %1. Ештеңе сақталған жоқ: екінші енгізуді түзетіңіз.</numerusform>
            <numerusform>Енгізулер %n жолда сәйкес келмейді: %1. Ештеңе сақталған жоқ: екінші енгізуді түзетіңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcludeVoterForm</name>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="111"/>
        <source>Exclude a voter</source>
        <translation>Сайлаушыны тізімнен шығару</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="113"/>
        <source>Other reason:</source>
        <translation>Басқа себеп:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="114"/>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="144"/>
        <source>Write the reason</source>
        <translation>Себебін жазыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="115"/>
        <source>Acting:</source>
        <translation>Комиссия мүшесі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="149"/>
        <source>Confirm exclusion of No. %1</source>
        <translation>№ %1 шығаруды растау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="152"/>
        <source>Exclude No. %1 %2 from the list (%3)? Press again to confirm; Esc cancels.</source>
        <translation>№ %1 %2 тізімнен шығарылсын ба (%3)? Растау үшін тағы басыңыз; Esc — болдырмау.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="167"/>
        <source>No. %1 %2 is excluded from the list: %3</source>
        <translation>№ %1 %2 тізімнен шығарылды: %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="190"/>
        <source>Exclude from the list…</source>
        <translation>Тізімнен шығару…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="191"/>
        <source>Find the voter first</source>
        <translation>Алдымен сайлаушыны табыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="198"/>
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Сайлаушыны табыңыз: ЖСН, тізімдегі нөмірі немесе тегі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="200"/>
        <source>No. %1 · %2 · born %3</source>
        <translation>№ %1 · %2 · туған күні %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="202"/>
        <source>On the list: may be excluded</source>
        <translation>Тізімде: шығаруға болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="227"/>
        <source>Already excluded: %1</source>
        <translation>Тізімнен шығарылған: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="231"/>
        <source>Has a ballot: cannot be excluded (undo a mistaken issuance first)</source>
        <translation>Бюллетень берілген: шығаруға болмайды (қате берілсе, алдымен беруді болдырмаңыз)</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="137"/>
        <source>Export the results</source>
        <translation>Нәтижелерді жазып алу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="138"/>
        <source>Removable volumes (USB sticks):</source>
        <translation>Алынбалы тасымалдағыштар (флешкалар):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="139"/>
        <source>Look again (F5)</source>
        <translation>Қайта қарау (F5)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="140"/>
        <source>Another folder…</source>
        <translation>Басқа қалта…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="141"/>
        <source>Preliminary (protocol not signed)</source>
        <translation>Алдын ала (хаттамаға қол қойылмаған)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="143"/>
        <source>Every file and the folder name are marked PRELIMINARY</source>
        <translation>Әр файл мен қалта атауы АЛДЫН АЛА деп белгіленеді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="144"/>
        <source>Exported by:</source>
        <translation>Жазып алатын:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="145"/>
        <source>Write and verify</source>
        <translation>Жазу және тексеру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="168"/>
        <source>%1.%2 MB</source>
        <translation>%1,%2 МБ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="174"/>
        <source>Label</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="174"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="174"/>
        <source>Free</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="174"/>
        <source>Access</source>
        <translation>Қолжетімділік</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="176"/>
        <source>read only</source>
        <translation>тек оқу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="176"/>
        <source>writable</source>
        <translation>жазуға болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="201"/>
        <source>The results are exported after the count: the station is not counting yet</source>
        <translation>Нәтижелер санаудан кейін жазып алынады: санау әлі басталған жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="204"/>
        <source>Not signed yet: %1. Only a preliminary export is possible</source>
        <translation>Әлі қол қойылмаған: %1. Тек алдын ала жазып алуға болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="209"/>
        <source>Every protocol is signed: the results can be exported</source>
        <translation>Барлық хаттамаға қол қойылған: нәтижелерді жазып алуға болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="212"/>
        <source>Will be written into: %1</source>
        <translation>Мына жерге жазылады: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="213"/>
        <source>Insert a USB stick and press F5, or choose another folder</source>
        <translation>Флешканы салып, F5 басыңыз немесе басқа қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="242"/>
        <source>Writing… do not remove the stick</source>
        <translation>Жазылып жатыр… флешканы шығармаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="270"/>
        <location filename="../../precinct_app/ui/main_window.py" line="835"/>
        <source>Written and verified; safe to remove: %1</source>
        <translation>Жазылды және тексерілді; флешканы шығаруға болады: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="281"/>
        <source>Nothing was left under the final name; earlier exports are untouched. You can try again.</source>
        <translation>Соңғы атаумен ештеңе қалған жоқ; бұрынғы жазбалар өзгермеді. Қайталауға болады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/export_screen.py" line="298"/>
        <source>Export into folder</source>
        <translation>Қалтаға жазып алу</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="256"/>
        <source>BACKUP FAILED</source>
        <translation>КӨШІРМЕ ЖАСАЛМАДЫ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="257"/>
        <source>RECORDS CHANGED</source>
        <translation>ЖАЗБАЛАР ӨЗГЕРТІЛГЕН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="230"/>
        <source>Audit head: %1</source>
        <translation>Аудит журналының соңы: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="258"/>
        <source>Large text (on or off)</source>
        <translation>Ірі мәтін (қосу немесе өшіру)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="260"/>
        <source>About Precinct: the build id, a check of the files, the printer test (F1)</source>
        <translation>Precinct туралы: құрастыру нөмірі, файлдарды тексеру, принтерді тексеру (F1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="263"/>
        <source>No station is set up on this computer yet</source>
        <translation>Бұл компьютерде учаске әлі құрылмаған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="272"/>
        <source>Precinct No. %1 · desk %2 · station server %3</source>
        <translation>№ %1 учаске · %2 үстелі · учаске сервері %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="276"/>
        <source>Precinct No. %1 · %2</source>
        <translation>№ %1 учаске · %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="284"/>
        <source>Ballots issued: %1 of %2</source>
        <translation>Берілген бюллетеньдер: %2 ішінен %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="288"/>
        <source>Voters on the list: %1</source>
        <translation>Тізімдегі сайлаушылар: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="294"/>
        <source>At this desk: %1</source>
        <translation>Осы үстелде: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="298"/>
        <source>Switch member</source>
        <translation>Мүшені ауыстыру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="299"/>
        <source>Another member signs in at this desk (Ctrl+M)</source>
        <translation>Бұл үстелге басқа мүше кіреді (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="300"/>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="301"/>
        <source>Hide the voters until a PIN is typed (Ctrl+L)</source>
        <translation>PIN-код енгізілгенше сайлаушыларды жасыру (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>IdleLockSetting</name>
    <message>
        <location filename="../../precinct_app/ui/idle_lock_setting.py" line="53"/>
        <source>Idle lock</source>
        <translation>Әрекетсіздік құлпы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/idle_lock_setting.py" line="54"/>
        <source>Lock every desk after this many minutes without input:</source>
        <translation>Әрекетсіз осынша минуттан кейін барлық үстелдерді құлыптау:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/idle_lock_setting.py" line="55"/>
        <source>Set</source>
        <translation>Орнату</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="104"/>
        <source>Choose the voter list</source>
        <translation>Сайлаушылар тізімін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="111"/>
        <source>Import the voter list</source>
        <translation>Сайлаушылар тізімін жүктеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="114"/>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="134"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="138"/>
        <source>Import</source>
        <translation>Жүктеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="190"/>
        <source>Nothing has been written yet.</source>
        <translation>Әзірге ештеңе жазылған жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/import_dialog.py" line="194"/>
        <source>Rejected rows (%n)</source>
        <translation>
            <numerusform>Қабылданбаған жолдар (%n)</numerusform>
            <numerusform>Қабылданбаған жолдар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/import_dialog.py" line="195"/>
        <source>No rows were rejected.</source>
        <translation>Қабылданбаған жол жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/import_dialog.py" line="197"/>
        <source>Import %n voter(s)</source>
        <translation>
            <numerusform>%n сайлаушыны жүктеу</numerusform>
            <numerusform>%n сайлаушыны жүктеу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="151"/>
        <source>Join a station server as a desk</source>
        <translation>Учаске серверіне үстел ретінде қосылу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="153"/>
        <source>On the station server (the chair&apos;s laptop), open Station server: it shows a QR code and a join code. Scan the QR code with the scanner here, or type the address and the code.</source>
        <translation>Учаске серверінде (төрағаның ноутбугында) «Учаске сервері» бөлімін ашыңыз: онда QR-код пен қосылу коды көрсетіледі. QR-кодты осы жерде сканермен оқыңыз немесе мекенжай мен кодты теріңіз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="156"/>
        <source>Scanned QR code</source>
        <translation>Сканерленген QR-код</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="157"/>
        <source>Scan here (the scanner types it, then Enter)</source>
        <translation>Осында сканерлеңіз (сканер өзі теріп, Enter басады)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="158"/>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="160"/>
        <source>Join code</source>
        <translation>Қосылу коды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="161"/>
        <source>Name of this desk</source>
        <translation>Осы үстелдің атауы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="163"/>
        <source>The server&apos;s certificate fingerprint: compare it group by group with the server&apos;s screen before joining. If one group differs, do not join: call the chair.</source>
        <translation>Сервер сертификатының саусақ ізі: қосылмас бұрын оны сервер экранымен топ-топ бойынша салыстырыңыз. Бір топ сәйкес келмесе, қосылмаңыз: төрағаны шақырыңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="166"/>
        <source>Check the server</source>
        <translation>Серверді тексеру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="167"/>
        <source>Join</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="168"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="230"/>
        <source>Reaching the server…</source>
        <translation>Серверге қосылуда…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="237"/>
        <source>Compare the fingerprint with the server&apos;s screen, then Join.</source>
        <translation>Саусақ ізін сервер экранымен салыстырып, «Қосылу» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/join_dialog.py" line="261"/>
        <source>Joining the station server…</source>
        <translation>Учаске серверіне қосылуда…</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../precinct_app/ui/journal_model.py" line="116"/>
        <source>Kind of entry</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_model.py" line="120"/>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_model.py" line="121"/>
        <source>Answered</source>
        <translation>Жауап берді</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="182"/>
        <source>&amp;Record an entry</source>
        <translation>&amp;Жазба енгізу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="183"/>
        <source>Record the &amp;decision</source>
        <translation>&amp;Шешімді жазу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="184"/>
        <source>Save the journal as PDF…</source>
        <translation>Журналды PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="189"/>
        <source>Annex to the protocol (the observer asks)</source>
        <translation>Хаттамаға қоса беру (байқаушы сұрайды)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="191"/>
        <source>Kind, from:</source>
        <translation>Түрі, кімнен:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="197"/>
        <source>The name as the person gives it</source>
        <translation>Адамның өзі айтқан аты-жөні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="198"/>
        <source>Party, association, mission, outlet</source>
        <translation>Партия, бірлестік, миссия, БАҚ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="199"/>
        <source>Record the entry</source>
        <translation>Жазбаны енгізу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="201"/>
        <source>Entry:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="202"/>
        <source>The commission&apos;s vote:</source>
        <translation>Комиссияның дауыс беруі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="209"/>
        <source>Record the decision</source>
        <translation>Шешімді жазу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="220"/>
        <source>Journal of complaints, remarks and acts: %1 · awaiting a decision: %2</source>
        <translation>Шағымдар, ескертулер және актілер журналы: %1 · шешім күтуде: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="276"/>
        <source>Refers to entry No. %1</source>
        <translation>№ %1 жазбаға қатысты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="277"/>
        <source>Refers to an entry</source>
        <translation>Жазбаға қатысты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="279"/>
        <location filename="../../precinct_app/ui/journal_screen.py" line="323"/>
        <source>Select an entry in the journal above.</source>
        <translation>Жоғарыдағы журналдан жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="284"/>
        <source>No. %1: %2 — %3</source>
        <translation>№ %1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="289"/>
        <source>A decision is final: record a new entry referring to this one.</source>
        <translation>Шешім түпкілікті: осы жазбаға сілтеме жасап, жаңа жазба енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/journal_screen.py" line="345"/>
        <source>Save the journal</source>
        <translation>Журналды сақтау</translation>
    </message>
</context>
<context>
    <name>LimitLabel</name>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="217"/>
        <source>The 12-hour limit runs from the first step of the count.</source>
        <translation>12 сағаттық мерзім санаудың бірінші кезеңінен басталады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="222"/>
        <source>Count started at %1 · limit %2 · signed</source>
        <translation>Санау %1 басталды · мерзімі %2 дейін · қол қойылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="227"/>
        <source>✕ Over the 12-hour limit: started at %1, limit %2, passed by %3</source>
        <translation>✕ 12 сағаттық мерзім өтті: басталуы %1, мерзімі %2 дейін, %3 асып кетті</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="231"/>
        <source>Count started at %1 · limit %2 · %3 left</source>
        <translation>Санау %1 басталды · мерзімі %2 дейін · %3 қалды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_steps.py" line="237"/>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="100"/>
        <source>Line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="101"/>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="119"/>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="120"/>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="119"/>
        <source>first: %1 · second: %2</source>
        <translation>1-ші: %1 · 2-ші: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="135"/>
        <source>entered</source>
        <translation>енгізіледі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="137"/>
        <source>records: %1</source>
        <translation>жазбада: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="140"/>
        <source>changed (records: %1)</source>
        <translation>өзгертілді (жазбада: %1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="141"/>
        <source>Reason: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="143"/>
        <source>records</source>
        <translation>жазбадан</translation>
    </message>
</context>
<context>
    <name>LineSheet</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="196"/>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="197"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry_rows.py" line="198"/>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
</context>
<context>
    <name>ListChangesScreen</name>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="100"/>
        <source>Changes to the list today</source>
        <translation>Бүгінгі тізім өзгерістері</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="110"/>
        <source>The voter list is frozen: voting is closed</source>
        <translation>Сайлаушылар тізімін өзгертуге болмайды: дауыс беру жабылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="113"/>
        <source>No commission member here may change the voter list</source>
        <translation>Мұнда ешбір комиссия мүшесі сайлаушылар тізімін өзгерте алмайды</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="557"/>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="557"/>
        <source>Voter list</source>
        <translation>Сайлаушылар тізімі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="558"/>
        <source>Desk</source>
        <translation>Бюллетень беру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="558"/>
        <source>Outside voting</source>
        <translation>Үй-жайдан тыс</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="559"/>
        <source>List changes</source>
        <translation>Тізімдегі өзгерістер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="561"/>
        <source>Counting</source>
        <translation>Санау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="562"/>
        <source>Export</source>
        <translation>Жазып алу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="562"/>
        <source>Verify an export</source>
        <translation>Жазбаны тексеру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="563"/>
        <source>People present</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="564"/>
        <source>Complaints and acts</source>
        <translation>Шағымдар, актілер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="565"/>
        <source>Station server</source>
        <translation>Учаске сервері</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/main_window.py" line="613"/>
        <source>Imported %n voter(s)</source>
        <translation>
            <numerusform>%n сайлаушы жүктелді</numerusform>
            <numerusform>%n сайлаушы жүктелді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="671"/>
        <source>The station is set up.</source>
        <translation>Учаске құрылды.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="699"/>
        <source>Voting is not open yet</source>
        <translation>Дауыс беру әлі ашылған жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="700"/>
        <source>Voting is closed</source>
        <translation>Дауыс беру жабық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="704"/>
        <source>Voting is not closed yet</source>
        <translation>Дауыс беру әлі жабылған жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="707"/>
        <source>The count has not started yet</source>
        <translation>Санау әлі басталған жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="795"/>
        <source>Turnout snapshot not saved: %1</source>
        <translation>Есептік уақыттағы келу сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>OutsideScreen</name>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="146"/>
        <source>&amp;Register an application</source>
        <translation>&amp;Өтінішті тіркеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="147"/>
        <source>&amp;Trips of the portable box</source>
        <translation>&amp;Тасымалы жәшікпен шығу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="151"/>
        <source>Taken by:</source>
        <translation>Қабылдаған:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="152"/>
        <source>Late because:</source>
        <translation>Неге мерзімнен кейін:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="157"/>
        <source>Where the box is to be taken</source>
        <translation>Жәшікті апаратын мекенжай</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="159"/>
        <source>Why the application is accepted after the deadline</source>
        <translation>Өтініш неге мерзімнен кейін қабылданды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="161"/>
        <source>Register application</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="173"/>
        <source>The reason, in words</source>
        <translation>Себебін жазыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="173"/>
        <source>Details (optional)</source>
        <translation>Толығырақ (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="178"/>
        <source>The package sets no deadline for applications.</source>
        <translation>Сайлау пакетінде өтініш беру мерзімі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="182"/>
        <source>After %1: the reason for accepting the application late is recorded.</source>
        <translation>Мерзім (%1) өтті: өтінішті кеш қабылдау себебі жазылады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="186"/>
        <source>Applications are accepted until %1.</source>
        <translation>Өтініштерді қабылдау мерзімі: %1.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="194"/>
        <source>Register of applications: %1 · waiting for a ballot: %2</source>
        <translation>Өтініштер тізілімі: %1 · бюллетень күтуде: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="218"/>
        <source>Voting is closed</source>
        <translation>Дауыс беру жабық</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="237"/>
        <source>Find the voter first</source>
        <translation>Алдымен сайлаушыны табыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="247"/>
        <source>After %1 an application needs the reason it is accepted late</source>
        <translation>Мерзім (%1) өткен соң өтінішті кеш қабылдау себебін көрсету керек</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="252"/>
        <source>Write the reason in words</source>
        <translation>Себебін сөзбен жазыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="264"/>
        <source>Application registered: %1, No. %2</source>
        <translation>Өтініш тіркелді: %1, № %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="267"/>
        <source>after the deadline</source>
        <translation>мерзімнен кейін</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="302"/>
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Сайлаушыны табыңыз: ЖСН, тізімдегі нөмірі немесе тегі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="306"/>
        <source>%1, No. %2, born %3</source>
        <translation>%1, № %2, туған күні %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="313"/>
        <source>already applied at %1</source>
        <translation>өтініш бұрын берілген (%1)</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="219"/>
        <source>Enter from the paper list</source>
        <translation>Қағаз тізімнен енгізу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="221"/>
        <source>Type each mark of the paper list: the list number (or IIN), then Enter. The time stays from the last mark: change it when the time on the paper changes. A voter who already holds a ballot is not refused: the mark goes to the chair as a conflict.</source>
        <translation>Қағаз тізімнің әр белгісін енгізіңіз: тізімдегі нөмірі (немесе ЖСН), сосын Enter. Уақыт соңғы белгіден сақталады: қағаздағы уақыт өзгергенде өзгертіңіз. Бюллетені бар сайлаушы қабылданбай қалмайды: белгі төрағаға сәйкессіздік ретінде жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="226"/>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="227"/>
        <source>&amp;List number or IIN:</source>
        <translation>Тізімдегі &amp;нөмірі немесе ЖСН:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="228"/>
        <source>&amp;Issued by:</source>
        <translation>&amp;Берген:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="229"/>
        <source>Enter</source>
        <translation>Енгізу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="230"/>
        <source>Entering:</source>
        <translation>Енгізуші:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="231"/>
        <source>List No. / IIN</source>
        <translation>Тізім № / ЖСН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="232"/>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="235"/>
        <source>Contest</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="233"/>
        <source>Conflicts for the chair</source>
        <translation>Төрағаға арналған сәйкессіздіктер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="232"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="235"/>
        <source>Conflict</source>
        <translation>Сәйкессіздік</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="235"/>
        <source>On the paper</source>
        <translation>Қағазда</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="236"/>
        <source>Already recorded</source>
        <translation>Жүйеде бар</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="236"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="237"/>
        <source>Resolve…</source>
        <translation>Шешу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="265"/>
        <source>Your role does not enter the paper list</source>
        <translation>Сіздің рөліңіз қағаз тізімді енгізбейді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="267"/>
        <source>The paper list is entered while voting is open or closed, before the count</source>
        <translation>Қағаз тізім дауыс беру ашық немесе жабық кезде, санауға дейін енгізіледі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="277"/>
        <source>Open: %1. An open conflict blocks signing the protocol.</source>
        <translation>Шешілмегені: %1. Шешілмеген сәйкессіздік хаттамаға қол қоюды тоқтатады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="278"/>
        <source>No open conflicts.</source>
        <translation>Шешілмеген сәйкессіздік жоқ.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="281"/>
        <source>The chair resolves them.</source>
        <translation>Оларды төраға шешеді.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="317"/>
        <source>Entered</source>
        <translation>Енгізілді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="318"/>
        <source>Conflict No. %1: %2, for the chair</source>
        <translation>№ %1 сәйкессіздік: %2, төрағаға</translation>
    </message>
</context>
<context>
    <name>PaperPanel</name>
    <message>
        <location filename="../../precinct_app/ui/paper_panel.py" line="55"/>
        <source>Paper list</source>
        <translation>Қағаз тізім</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_panel.py" line="56"/>
        <source>Enter from the paper list…</source>
        <translation>Қағаз тізімнен енгізу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_panel.py" line="59"/>
        <source>Conflicts of the paper list open: %1. The chair resolves them before the protocol is signed.</source>
        <translation>Шешілмеген қағаз тізім сәйкессіздіктері: %1. Төраға оларды хаттамаға қол қойылғанға дейін шешеді.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_panel.py" line="64"/>
        <source>Ballots issued on the paper list while this desk had lost the server are entered here once the link is back.</source>
        <translation>Үстел сервермен байланысын жоғалтқан кезде қағаз тізім бойынша берілген бюллетеньдер байланыс қалпына келгенде осында енгізіледі.</translation>
    </message>
</context>
<context>
    <name>PdfOptions</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="65"/>
        <source>Layout:</source>
        <translation>Тілдері:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="66"/>
        <source>The languages printed on the protocol</source>
        <translation>Хаттама басылатын тілдер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="67"/>
        <source>Copy:</source>
        <translation>Данасы:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="68"/>
        <source>original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="71"/>
        <source>0: the original; N: certified copy No. N for an observer (the same code)</source>
        <translation>0 — түпнұсқа; N — байқаушыға арналған № N куәландырылған көшірме (коды сол)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_print.py" line="72"/>
        <source>Enlarged A3 for posting</source>
        <translation>Ілуге арналған үлкейтілген A3 нысаны</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../precinct_app/ui/people_model.py" line="96"/>
        <source>present</source>
        <translation>қатысып отыр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_model.py" line="96"/>
        <source>left</source>
        <translation>кетті</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_model.py" line="112"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="141"/>
        <source>Someone came in</source>
        <translation>Біреу келді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="147"/>
        <source>As the person gives it, in any script</source>
        <translation>Адам айтқандай, кез келген әліпбимен</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="150"/>
        <source>Record arrival</source>
        <translation>Келгенін белгілеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="151"/>
        <source>Register of those present</source>
        <translation>Қатысушылар тізілімі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="152"/>
        <source>Left the station</source>
        <translation>Учаскеден кетті</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/people_screen.py" line="153"/>
        <source>Came back</source>
        <translation>Қайта келді</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../precinct_app/ui/pin_dialog.py" line="84"/>
        <source>Checking the PIN…</source>
        <translation>PIN-код тексерілуде…</translation>
    </message>
</context>
<context>
    <name>ProtocolEntry</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="172"/>
        <source>Entered by:</source>
        <translation>Енгізетін:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="174"/>
        <source>Second member checks:</source>
        <translation>Екінші мүше тексереді:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="176"/>
        <source>A second member types the entered lines again without seeing the first entry; nothing is saved until both agree</source>
        <translation>Екінші мүше бірінші енгізуді көрмей жолдарды қайта енгізеді; екеуі сәйкес келмейінше ештеңе сақталмайды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="178"/>
        <source>Types the entered lines again, blind</source>
        <translation>Біріншісін көрмей жолдарды қайта енгізеді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="181"/>
        <source>The reason, printed in the annex</source>
        <translation>Себебі (қосымшада басылады)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="182"/>
        <source>Back to the first entry</source>
        <translation>Бірінші енгізуге оралу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="286"/>
        <source>Version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="289"/>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="289"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="305"/>
        <source>Signed at %1, code %2. The protocol is locked: only a correction can change it.</source>
        <translation>%1 қол қойылды, коды %2. Хаттама жабық: оны тек түзету арқылы өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="309"/>
        <source>The values are entered once the count has started (the first step).</source>
        <translation>Деректер санау басталғаннан кейін енгізіледі (бірінші кезеңнен соң).</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="333"/>
        <source>The two entries differ on this line</source>
        <translation>Бұл жолда екі енгізу сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="342"/>
        <source>Line %1 differs from the records: only the chair may change it, with a reason:</source>
        <translation>%1-жол жазбалармен сәйкес емес: оны тек төраға себебін көрсетіп өзгерте алады:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="349"/>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/protocol_entry.py" line="350"/>
        <source>Save %n changed line(s)</source>
        <translation>
            <numerusform>%n өзгертілген жолды сақтау</numerusform>
            <numerusform>%n өзгертілген жолды сақтау</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="352"/>
        <source>Saves every changed line at once (Ctrl+S)</source>
        <translation>Барлық өзгертілген жолдарды бірден сақтайды (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/protocol_entry.py" line="375"/>
        <source>%n line(s) saved at %1 by %2</source>
        <translation>
            <numerusform>%n жол %1 сақталды, %2</numerusform>
            <numerusform>%n жол %1 сақталды, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_entry.py" line="426"/>
        <source>Explanation of %1 saved</source>
        <translation>%1 бойынша түсініктеме сақталды</translation>
    </message>
</context>
<context>
    <name>ProtocolScreen</name>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="153"/>
        <source>Contest:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="154"/>
        <source>Version:</source>
        <translation>Нұсқа:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="156"/>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="157"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="158"/>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="159"/>
        <source>Sign…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="162"/>
        <source>Version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="247"/>
        <source>Draft — not signed</source>
        <translation>Жоба — қол қойылмаған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="249"/>
        <source>Signed at %1 · code %2</source>
        <translation>Сағат %1 қол қойылды · коды %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="252"/>
        <source>Superseded by version %1 · signed at %2 · code %3</source>
        <translation>%1-нұсқамен ауыстырылды · сағат %2 қол қойылған · коды %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="259"/>
        <source>Repeated protocol (version %1). Reason: %2</source>
        <translation>Қайталанған хаттама (%1-нұсқа). Себебі: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="267"/>
        <source>Save the protocol as shown, as a PDF file</source>
        <translation>Хаттаманы көрсетілген күйінде PDF файлына сақтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="269"/>
        <source>Print through the system&apos;s print dialog; choose the number of copies there</source>
        <translation>Жүйенің басып шығару терезесі арқылы басу; дана санын сол жерде таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="276"/>
        <source>An earlier version, kept as it was signed: version %1 is the current one</source>
        <translation>Қол қойылған күйінде сақталған бұрынғы нұсқа: қолданыстағысы — %1-нұсқа</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="279"/>
        <source>This version is signed and locked: to change it, correct it</source>
        <translation>Бұл нұсқаға қол қойылған және ол өзгертуге жабық: өзгерту үшін оны түзетіңіз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="281"/>
        <source>The protocol is signed at the end of the count (the station is in: %1)</source>
        <translation>Хаттамаға санау аяқталғанда қол қойылады (қазіргі кезең: %1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="288"/>
        <source>The members present, the quorum, dissenting opinions; signing fixes the code</source>
        <translation>Қатысушылар, кворум, ерекше пікірлер; қол қою кодты бекітеді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="291"/>
        <source>Open version %1, a repeated protocol, with a written reason; this version is kept</source>
        <translation>Жазбаша себебімен %1-нұсқаны — қайталанған хаттаманы — ашу; бұл нұсқа сақталады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="293"/>
        <source>Already corrected: version %1 is the current one</source>
        <translation>Түзетіліп қойған: қолданыстағысы — %1-нұсқа</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="295"/>
        <source>Only a signed protocol is corrected; a draft&apos;s values are changed on the Counting screen</source>
        <translation>Тек қол қойылған хаттама түзетіледі; жобаның деректері «Санау» экранында өзгертіледі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="304"/>
        <source>Save the protocol</source>
        <translation>Хаттаманы сақтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="323"/>
        <source>Protocol saved: %1</source>
        <translation>Хаттама сақталды: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/protocol_screen.py" line="343"/>
        <source>Protocol sent to the printer: %n copy(ies)</source>
        <translation>
            <numerusform>Хаттама басып шығаруға жіберілді: %n дана</numerusform>
            <numerusform>Хаттама басып шығаруға жіберілді: %n дана</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="356"/>
        <source>Protocol signed: code %1</source>
        <translation>Хаттамаға қол қойылды: коды %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/protocol_screen.py" line="376"/>
        <source>Version %1 opened: a repeated protocol; version %2 is kept as signed</source>
        <translation>%1-нұсқа ашылды — қайталанған хаттама; %2-нұсқа қол қойылған күйінде сақталды</translation>
    </message>
</context>
<context>
    <name>RecordsBox</name>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="33"/>
        <source>Ballots received</source>
        <translation>Алынған бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="34"/>
        <source>Issued in the premises</source>
        <translation>Үй-жайда берілген</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="34"/>
        <source>Issued outside the premises</source>
        <translation>Үй-жайдан тыс берілген</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="35"/>
        <source>Spoiled (replaced)</source>
        <translation>Бүлінген (ауыстырылған)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="35"/>
        <source>Left to cancel (unused + spoiled)</source>
        <translation>Жойылуға тиіс (пайдаланылмаған + бүлінген)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="39"/>
        <source>What the records say</source>
        <translation>Жазбалар бойынша</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/counting_records.py" line="79"/>
        <source>Shown once the ballots cancelled are counted and recorded (step 1)</source>
        <translation>Жойылған бюллетеньдер саналып, жазылғанда көрсетіледі (1-кезең)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="98"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="100"/>
        <source>at the desk</source>
        <translation>үй-жайда</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="102"/>
        <source>on trip %1</source>
        <translation>шығу № %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="138"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="151"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="154"/>
        <source>Taken by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="155"/>
        <source>Late?</source>
        <translation>Кеш пе?</translation>
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
        <translation>Жол</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="71"/>
        <source>It was:</source>
        <translation>Не болды:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="76"/>
        <source>Resolve a conflict of the paper list</source>
        <translation>Қағаз тізім сәйкессіздігін шешу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/paper_dialog.py" line="79"/>
        <source>Conflict No. %1: voter No. %2, %3.</source>
        <translation>№ %1 сәйкессіздік: № %2 сайлаушы, %3.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="138"/>
        <source>Restore the station from a backup</source>
        <translation>Учаскені сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="141"/>
        <source>The station database %1 is missing. Choose the newest sound backup to carry on where it was taken.</source>
        <translation>%1 учаске дерекқоры жоқ. Жасалған сәтінен бастап жалғастыру үшін ең жаңа жарамды сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="144"/>
        <source>The station database %1 failed its integrity check. It will be kept aside, not deleted. Choose the newest sound backup to carry on where it was taken.</source>
        <translation>%1 учаске дерекқоры тұтастық тексеруінен өтпеді. Ол жойылмайды, бөлек сақталады. Жасалған сәтінен бастап жалғастыру үшін ең жаңа жарамды сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="148"/>
        <source>Choose a backup of the station, from the backup stick or a second disk.</source>
        <translation>Учаскенің сақтық көшірмесін көшірмелер флешкасынан немесе екінші дискіден таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="151"/>
        <source>Phase</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="151"/>
        <source>Taken at</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="152"/>
        <source>Last event</source>
        <translation>Соңғы оқиға</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="152"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="152"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="153"/>
        <source>Chair, who decides:</source>
        <translation>Шешім қабылдайтын төраға:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="154"/>
        <source>Chair&apos;s PIN:</source>
        <translation>Төраға PIN-коды:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="156"/>
        <source>Choose a backup file…</source>
        <translation>Сақтық көшірме файлын таңдау…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="157"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="158"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="170"/>
        <source>sound</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="170"/>
        <source>NOT USABLE</source>
        <translation>ЖАРАМСЫЗ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="220"/>
        <source>%1: taken in phase “%2”; its last audit event is No. %3 at %4. Ballots issued after it are not in it: take them from the paper list.</source>
        <translation>%1: «%2» кезеңінде жасалған; журналдың соңғы оқиғасы — № %3, сағат %4. Одан кейін берілген бюллетеньдер онда жоқ: оларды қағаз тізімнен алыңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="226"/>
        <source>No backup of this station was found in: %1</source>
        <translation>Бұл учаскенің сақтық көшірмелері табылмады: %1</translation>
    </message>
</context>
<context>
    <name>ServerScreen</name>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="217"/>
        <source>Desk</source>
        <translation>Үстел</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="217"/>
        <source>Role in the station</source>
        <translation>Үстелдің рөлі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="218"/>
        <source>Last seen</source>
        <translation>Соңғы байланыс</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="218"/>
        <source>Connection</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="222"/>
        <source>desk</source>
        <translation>үстел</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="222"/>
        <source>standby copy</source>
        <translation>резервтік көшірме</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="223"/>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="227"/>
        <source>connected</source>
        <translation>қосулы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="227"/>
        <source>not connected</source>
        <translation>қосылмаған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="232"/>
        <source>With several desks, one laptop (usually the chair&apos;s) is the station server: it holds the station, and the desks work on it over the station&apos;s own cable network (no internet). A station on one laptop needs none of this.</source>
        <translation>Бірнеше үстел болғанда бір ноутбук (әдетте төрағаныкі) учаске сервері болады: учаске деректері сонда сақталады, ал үстелдер учаскенің өз кабельдік желісі арқылы (интернетсіз) сонымен жұмыс істейді. Бір ноутбуктағы учаскеге мұның бәрі қажет емес.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="235"/>
        <source>Make this laptop the station server</source>
        <translation>Осы ноутбукты учаске серверіне айналдыру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="236"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="237"/>
        <source>Station network address</source>
        <translation>Учаске желісіндегі мекенжай</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="239"/>
        <source>Only this laptop (127.0.0.1, for training)</source>
        <translation>Тек осы ноутбук (127.0.0.1, оқу үшін)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="241"/>
        <source>The server also listens on this laptop&apos;s own address (127.0.0.1). Before voting opens only: the station moves into the server, checked by its audit log; the file it was in is kept read-only beside it.</source>
        <translation>Сервер осы ноутбуктың өз мекенжайын (127.0.0.1) да тыңдайды. Тек дауыс беру ашылғанға дейін: учаске серверге көшіріледі, аудит журналы бойынша тексеріледі; бұрынғы файлы қасында тек оқуға арналған күйде сақталады.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="244"/>
        <source>Join a station server as a desk…</source>
        <translation>Учаске серверіне үстел ретінде қосылу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="245"/>
        <source>The station server is running</source>
        <translation>Учаске сервері жұмыс істеп тұр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="246"/>
        <source>Join code for a desk</source>
        <translation>Үстелге арналған қосылу коды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="248"/>
        <source>One desk, one use, valid 60 minutes. At the desk: “Join a station server”, then scan the QR code or type the address and this code.</source>
        <translation>Бір үстелге, бір рет, 60 минут жарамды. Үстелде: «Учаске серверіне қосылу», содан кейін QR-кодты сканерлеңіз немесе мекенжай мен осы кодты теріңіз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="251"/>
        <source>Certificate fingerprint (the desk shows the same before joining):</source>
        <translation>Сертификаттың саусақ ізі (үстел қосылмас бұрын дәл осыны көрсетеді):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="252"/>
        <source>New join code</source>
        <translation>Жаңа қосылу коды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="253"/>
        <source>Stop the server…</source>
        <translation>Серверді тоқтату…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="254"/>
        <source>Laptops of the station</source>
        <translation>Учаске ноутбуктары</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="315"/>
        <source>Make this laptop the station server…</source>
        <translation>Осы ноутбукты учаске серверіне айналдыру…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="328"/>
        <source>This laptop is the desk “%1” of the station server %2.</source>
        <translation>Бұл ноутбук — %2 учаске серверінің «%1» үстелі.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="336"/>
        <source>A code is shown once: press “New join code” for a desk to join.</source>
        <translation>Код бір рет көрсетіледі: үстел қосылуы үшін «Жаңа қосылу коды» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="339"/>
        <source>Address for the desks: %1</source>
        <translation>Үстелдерге арналған мекенжай: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="348"/>
        <source>No standby copy: if this laptop fails, the station continues from its last backup. A second laptop can keep a synchronous copy (precinct server standby).</source>
        <translation>Резервтік көшірме жоқ: бұл ноутбук істен шықса, учаске соңғы сақтық көшірмеден жалғасады. Екінші ноутбук синхронды көшірмені сақтай алады (precinct server standby).</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="352"/>
        <source>Standby copy: %1 (%2), %3, replication %4, last seen %5</source>
        <translation>Резервтік көшірме: %1 (%2), %3, репликация %4, соңғы байланыс %5</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="390"/>
        <source>Stop the station server? No desk can work until it is started again.</source>
        <translation>Учаске серверін тоқтату керек пе? Ол қайта іске қосылғанша бірде-бір үстел жұмыс істей алмайды.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="428"/>
        <source>Starting the station server (the first time, the station moves into it)…</source>
        <translation>Учаске сервері іске қосылуда (бірінші рет учаске оған көшіріледі)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="435"/>
        <source>The station server is running at %1.</source>
        <translation>Учаске сервері %1 мекенжайында жұмыс істеп тұр.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="448"/>
        <source>Making a new join code…</source>
        <translation>Жаңа қосылу коды жасалуда…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="454"/>
        <source>A new join code: the one before no longer works.</source>
        <translation>Жаңа қосылу коды: алдыңғысы енді жарамсыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="465"/>
        <source>Stopping the station server…</source>
        <translation>Учаске сервері тоқтатылуда…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/server_screen.py" line="472"/>
        <source>The station server is stopped: the desks cannot work until it is started again.</source>
        <translation>Учаске сервері тоқтатылды: ол қайта іске қосылғанша үстелдер жұмыс істей алмайды.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="230"/>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="245"/>
        <source>Sign the protocol</source>
        <translation>Хаттамаға қол қою</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="231"/>
        <source>Protocol: %1 — version %2</source>
        <translation>Хаттама: %1 — %2-нұсқа</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="237"/>
        <source>Members present at signing (tick each one; each types their own PIN)</source>
        <translation>Қол қою кезінде қатысқан мүшелер (әрқайсысын белгілеңіз; әрқайсысы өз PIN-кодын енгізеді)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="239"/>
        <source>Dissent…</source>
        <translation>Ерекше пікір…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="241"/>
        <source>A member present who disagrees signs with a dissenting opinion, printed as an annex and marked beside the name</source>
        <translation>Келіспеген мүше хаттамаға ерекше пікірмен қол қояды: ол қосымшада басылып, тегінің жанында белгіленеді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="244"/>
        <source>The dissenting opinion of %1</source>
        <translation>%1: ерекше пікір</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="246"/>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="398"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="246"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="280"/>
        <source>The protocol is signed at the end of the count (the station is in: %1)</source>
        <translation>Хаттамаға санау аяқталғанда қол қойылады (қазіргі кезең: %1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="286"/>
        <source>Lines not filled: %1</source>
        <translation>Толтырылмаған жолдар: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="291"/>
        <source>Control ratio fails: %1 (%2 against %3, difference %4)</source>
        <translation>Бақылау арақатынасы орындалмады: %1 (%2 / %3, айырма %4)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="294"/>
        <source>Warning without a written explanation: %1</source>
        <translation>Жазбаша түсініктемесі жоқ ескерту: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="297"/>
        <source>%1 is ticked present: their PIN (4 to 8 digits)</source>
        <translation>%1 қатысқан деп белгіленді: оның PIN-коды (4–8 цифр)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="300"/>
        <source>Write the dissenting opinion of %1, or close its box</source>
        <translation>Ерекше пікірді жазыңыз (%1) немесе өрісті жабыңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="311"/>
        <source>present %1 of %2; at least %3 needed</source>
        <translation>%2 мүшенің %1 қатысып отыр; кемінде %3 керек</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="313"/>
        <source>Quorum</source>
        <translation>Кворум бар</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="313"/>
        <source>No quorum</source>
        <translation>Кворум жоқ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="318"/>
        <source>Signs the protocol: %1 — %2</source>
        <translation>Хаттамаға қол қояды: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="322"/>
        <source>Nobody present may sign: the chair signs; the deputy chair when the chair is absent; the secretary when both are absent</source>
        <translation>Қатысушылардың арасында қол қоюшы жоқ: төраға қол қояды; ол болмаса — төраға орынбасары; екеуі де болмаса — хатшы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="327"/>
        <source>Signing is not possible yet:</source>
        <translation>Әзірге қол қоюға болмайды:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="335"/>
        <source>Fixes the protocol code and locks this version</source>
        <translation>Хаттама кодын бекітіп, осы нұсқаны өзгертуге жабады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="369"/>
        <source>Checking the PINs…</source>
        <translation>PIN-кодтар тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_dialog.py" line="393"/>
        <source>Signed at %1. Write this code on the paper protocol: it identifies these numbers</source>
        <translation>Сағат %1 қол қойылды. Осы кодты қағаз хаттамаға жазыңыз: ол осы сандарды куәландырады</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="235"/>
        <source>Signed in elsewhere</source>
        <translation>Басқа үстелде кірген</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="238"/>
        <source>Desk locked</source>
        <translation>Үстел құлыпталған</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="238"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="240"/>
        <source>Choose yourself in the list, type your PIN, press Enter.</source>
        <translation>Тізімнен өзіңізді таңдап, PIN-кодыңызды енгізіп, Enter басыңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="246"/>
        <source>Sign in (Enter)</source>
        <translation>Кіру (Enter)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="247"/>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="259"/>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Жаңа PIN-код (4–8 цифр)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="260"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="261"/>
        <source>The new PIN again</source>
        <translation>Жаңа PIN-код қайтадан</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/sign_in.py" line="311"/>
        <source>Checking the PIN…</source>
        <translation>PIN-код тексерілуде…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="81"/>
        <source>Election package</source>
        <translation>Сайлау пакеті</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="148"/>
        <source>Welcome to Precinct</source>
        <translation>Precinct-ке қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="150"/>
        <source>No station is set up on this computer. Load the election package handed over by the higher commission, or open the demo station to train. At the territorial commission, verify the sticks the precincts bring: no station is needed.</source>
        <translation>Бұл компьютерде учаске бапталмаған. Жоғары тұрған комиссия берген сайлау пакетін жүктеңіз немесе жаттығу үшін демо учаскені ашыңыз. Аумақтық комиссияда учаскелер әкелген флешкаларды тексеріңіз: бұл үшін учаске қажет емес.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="154"/>
        <source>Load election package (.zip)…</source>
        <translation>Сайлау пакетін жүктеу (.zip)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="155"/>
        <source>Load election package from a folder…</source>
        <translation>Сайлау пакетін қалтадан жүктеу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="157"/>
        <source>Open the demo station (training; every member&apos;s PIN is 1234)</source>
        <translation>Демо учаскені ашу (оқу; әр мүшенің PIN-коды — 1234)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="158"/>
        <source>Restore from a backup (another laptop failed)…</source>
        <translation>Сақтық көшірмеден қалпына келтіру (басқа ноутбук істен шықты)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="160"/>
        <source>Join a station server (a desk of a station with several laptops)…</source>
        <translation>Учаске серверіне қосылу (бірнеше ноутбукты учаскенің үстелі)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="161"/>
        <source>Verify a precinct&apos;s stick (territorial commission)…</source>
        <translation>Учаске флешкасын тексеру (аумақтық комиссия)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="163"/>
        <source>About Precinct: build id, check of the files, printer test page… (F1)</source>
        <translation>Precinct туралы: құрастыру нөмірі, файлдарды тексеру, принтерді тексеру беті… (F1)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="171"/>
        <source>Reading the voter list: row %1 of %2…</source>
        <translation>Сайлаушылар тізімі оқылуда: %1 / %2 жол…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="174"/>
        <source>Saving the station and the voter list…</source>
        <translation>Учаске мен сайлаушылар тізімі сақталуда…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="176"/>
        <source>Creating the demo station: %1 voters…</source>
        <translation>Демо учаске құрылуда: %1 сайлаушы…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="178"/>
        <source>Opening the station…</source>
        <translation>Учаске ашылуда…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/start_screen.py" line="179"/>
        <source>Creating the station database…</source>
        <translation>Учаске дерекқоры құрылуда…</translation>
    </message>
</context>
<context>
    <name>StationScreen</name>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="104"/>
        <location filename="../../precinct_app/ui/station_screen.py" line="116"/>
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="105"/>
        <source>Contests and ballots received</source>
        <translation>Дауыс берулер және алынған бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="106"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="107"/>
        <source>Voter list</source>
        <translation>Сайлаушылар тізімі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="108"/>
        <source>Import voter list…</source>
        <translation>Сайлаушылар тізімін жүктеу…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="118"/>
        <source>Voting hours</source>
        <translation>Дауыс беру уақыты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="119"/>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="132"/>
        <source>Options: %1</source>
        <translation>Нұсқалар: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="133"/>
        <source>Ballots received: %1</source>
        <translation>Алынған бюллетеньдер: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="140"/>
        <source>Voters on the list: %1</source>
        <translation>Тізімдегі сайлаушылар: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="145"/>
        <source>The list can be imported only during set-up</source>
        <translation>Тізімді тек дайындық кезеңінде жүктеуге болады</translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="230"/>
        <source>⌂ out</source>
        <translation>⌂ шығуда</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="230"/>
        <source>✔ back</source>
        <translation>✔ оралды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="240"/>
        <source>Trip</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="240"/>
        <source>Members</source>
        <translation>Комиссия мүшелері</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="241"/>
        <source>Times</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="241"/>
        <source>Taken</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="242"/>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="242"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="243"/>
        <source>Spoiled</source>
        <translation>Бүлінді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="243"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="172"/>
        <source>A new trip: the two members who go</source>
        <translation>Жаңа шығу: баратын екі комиссия мүшесі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="173"/>
        <source>Ballots taken:</source>
        <translation>Алынған бюллетень:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="174"/>
        <source>Start trip</source>
        <translation>Шығуды бастау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="175"/>
        <source>Voter served:</source>
        <translation>Сайлаушы:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="176"/>
        <source>Issued by:</source>
        <translation>Берген:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="177"/>
        <source>Record ballot issued</source>
        <translation>Берілгенін белгілеу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="178"/>
        <source>Returned unused:</source>
        <translation>Пайдаланылмаған:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="179"/>
        <source>Spoiled:</source>
        <translation>Бүлінді:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="180"/>
        <source>End trip</source>
        <translation>Шығуды аяқтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="182"/>
        <source>First member: choose…</source>
        <translation>Бірінші мүше: таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="183"/>
        <source>Second member: choose…</source>
        <translation>Екінші мүше: таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="237"/>
        <source>at most %1</source>
        <translation>ең көбі %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="262"/>
        <source>Voting is not open</source>
        <translation>Дауыс беру ашық емес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="264"/>
        <source>Voting is not open: trips start once it opens</source>
        <translation>Дауыс беру ашылған жоқ: шығу ол ашылғаннан кейін басталады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="271"/>
        <source>No ballots to take: no application is waiting, or none are left</source>
        <translation>Алатын бюллетень жоқ: күтіп тұрған өтініш жоқ немесе бюллетень қалмады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="275"/>
        <source>Choose a trip under way in the table</source>
        <translation>Кестеден жүріп жатқан шығуды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="287"/>
        <source>Every ballot taken on this trip is issued</source>
        <translation>Шығуға алынған бюллетеньдердің бәрі берілді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="289"/>
        <source>Every applicant already has a ballot</source>
        <translation>Өтініш берушілердің бәрі бюллетень алды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="299"/>
        <source>✔ Balances: taken %1 = issued %2 + returned %3 + spoiled %4</source>
        <translation>✔ Сәйкес: алынды %1 = берілді %2 + қайтарылды %3 + бүлінді %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="301"/>
        <source>✕ Does not balance: taken %1 ≠ issued %2 + returned %3 + spoiled %4</source>
        <translation>✕ Сәйкес емес: алынды %1 ≠ берілді %2 + қайтарылды %3 + бүлінді %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="304"/>
        <source>taken = issued + returned + spoiled</source>
        <translation>алынды = берілді + қайтарылды + бүлінді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="315"/>
        <source>Choose the two members who go with the box.</source>
        <translation>Жәшікпен баратын екі мүшені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="331"/>
        <source>Trip %1 started · ballots taken: %2</source>
        <translation>Шығу № %1 басталды · алынған бюллетень: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="350"/>
        <source>Ballot issued on trip %1: %2 · %3</source>
        <translation>Шығу № %1: бюллетень берілді: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="366"/>
        <source>Trip %1 is back: taken %2 = issued %3 + returned %4 + spoiled %5</source>
        <translation>Шығу № %1 аяқталды: алынды %2 = берілді %3 + қайтарылды %4 + бүлінді %5</translation>
    </message>
</context>
<context>
    <name>TurnoutScreen</name>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="273"/>
        <source>Contest:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="274"/>
        <source>Report language:</source>
        <translation>Есеп тілі:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="275"/>
        <source>Save turnout report (PDF)…</source>
        <translation>Қатысу туралы мәліметті сақтау (PDF)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="277"/>
        <source>An A4 report for the territorial commission: turnout now, at the report times, by section and per hour, with lines for the chair&apos;s and secretary&apos;s signatures</source>
        <translation>Аумақтық комиссияға арналған A4 есебі: ағымдағы қатысу, белгіленген уақыттағы, тізім бөлімдері және сағаттар бойынша қатысу, төраға мен хатшының қолына арналған жолдармен</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="280"/>
        <source>At the report times</source>
        <translation>Белгіленген уақытта</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="283"/>
        <source>hour of the day (local time)</source>
        <translation>сағат (жергілікті уақыт)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="284"/>
        <source>the current hour, so far</source>
        <translation>ағымдағы сағат, әзірге</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="318"/>
        <source>as of %1</source>
        <translation>сағ. %1 жағдай бойынша</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="334"/>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="379"/>
        <source>Save turnout report</source>
        <translation>Қатысу туралы мәліметті сақтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="402"/>
        <source>Turnout report saved: %1</source>
        <translation>Қатысу туралы мәлімет сақталды: %1</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="26"/>
        <source>Undo a mistaken issuance</source>
        <translation>Қате берілген бюллетеньді болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="28"/>
        <source>The issuance stays in the records, marked undone, with your reason and name in the audit log.
%1</source>
        <translation>Беру туралы жазба болдырылмады деген белгімен сақталады; себебі мен атыңыз журналға жазылады.
%1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="31"/>
        <source>Undone by (chair or deputy):</source>
        <translation>Болдырмайтын (төраға немесе орынбасары):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="33"/>
        <source>Why the issuance was a mistake</source>
        <translation>Беру неге қате болды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="40"/>
        <source>%1, No. %2</source>
        <translation>%1, № %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="34"/>
        <source>Undo issuance</source>
        <translation>Беруді болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="35"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="338"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="122"/>
        <source>Verify an export</source>
        <translation>Жазбаны тексеру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="124"/>
        <source>Checks a results folder from a station&apos;s stick: the signature, every file, the audit log, the protocol codes and the control ratios. No station database is needed.</source>
        <translation>Учаскенің флешкасындағы нәтижелер қалтасын тексереді: қолтаңба, әр файл, аудит журналы, хаттама кодтары және бақылау арақатынастары. Учаске дерекқоры қажет емес.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="127"/>
        <source>The export folder (P164_…)</source>
        <translation>Жазып алынған қалта (P164_…)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="129"/>
        <source>XXXX-XXXX-XXXX-XXXX, or scan the protocol&apos;s QR code</source>
        <translation>XXXX-XXXX-XXXX-XXXX немесе хаттаманың QR кодын сканерлеңіз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="130"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="131"/>
        <source>Station key (optional):</source>
        <translation>Учаске кілті (міндетті емес):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="132"/>
        <source>Code on the paper protocol (optional):</source>
        <translation>Қағаз хаттамадағы код (міндетті емес):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="133"/>
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="134"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="135"/>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="136"/>
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="137"/>
        <source>Protocol values</source>
        <translation>Хаттама мәндері</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="139"/>
        <source>The lines the stick carries, to compare with the paper protocol: shown once every check passes</source>
        <translation>Флешкадағы хаттама жолдары, қағаз хаттамамен салыстыру үшін: барлық тексеру өткенде көрсетіледі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="142"/>
        <source>The folder just written on the Export screen is filled in: press Verify to check it as the territorial commission will.</source>
        <translation>«Жазып алу» экранында жаңа ғана жазылған бума қойылды: аумақтық комиссия сияқты тексеру үшін «Тексеру» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="180"/>
        <source>Choose the export folder first</source>
        <translation>Алдымен жазып алынған қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="253"/>
        <source>NOT VERIFIED: %1 of %2 checks fail: %3</source>
        <translation>РАСТАЛМАДЫ: %2 тексерістің %1 өтпеді: %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="258"/>
        <source>a TRAINING export</source>
        <translation>ОҚУ жазбасы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="262"/>
        <source>Verified: all %1 checks pass</source>
        <translation>Расталды: барлық %1 тексеріс өтті</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="272"/>
        <source>Contest</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="272"/>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="272"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/verify_screen.py" line="307"/>
        <source>Export folder</source>
        <translation>Жазып алынған қалта</translation>
    </message>
</context>
<context>
    <name>VoterCard</name>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="150"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="166"/>
        <source>Excluded from the list: %1</source>
        <translation>Тізімнен шығарылған: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="170"/>
        <source>Already has a ballot: issued at %1 by %2</source>
        <translation>Бюллетень берілген: сағат %1, берген %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="172"/>
        <source>a spoiled ballot was replaced once</source>
        <translation>бүлінген бюллетень бір рет ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="175"/>
        <source>On an outside-voting application: the ballot goes to the portable box</source>
        <translation>Үй-жайдан тыс дауыс беруге өтініші бар: бюллетень көшпелі жәшікпен беріледі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="176"/>
        <source>May receive a ballot</source>
        <translation>Бюллетень алуға болады</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="189"/>
        <source>Scan the ID card or type an IIN, list number or surname</source>
        <translation>Жеке куәлікті сканерлеңіз немесе ЖСН, тізімдегі нөмірді не тегін енгізіңіз</translation>
    </message>
</context>
<context>
    <name>VoterDetails</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="89"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="90"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="101"/>
        <source>No voter selected</source>
        <translation>Сайлаушы таңдалмаған</translation>
    </message>
</context>
<context>
    <name>VoterListScreen</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="176"/>
        <source>Search: IIN, list number or surname [given name]</source>
        <translation>Іздеу: ЖСН, тізімдегі нөмір немесе тегі [аты]</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="214"/>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
</context>
<context>
    <name>VoterPicker</name>
    <message>
        <location filename="../../precinct_app/ui/voter_picker.py" line="88"/>
        <source>IIN, list number or surname</source>
        <translation>ЖСН, тізімдегі нөмір немесе тегі</translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="189"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="191"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_model.py" line="193"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../precinct_app/ui/restore_dialog.py" line="235"/>
        <source>Backup file</source>
        <translation>Сақтық көшірме файлы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/main_window.py" line="468"/>
        <source>%n protocol line(s) typed and not saved.</source>
        <translation>
            <numerusform>Хаттаманың %n жолы енгізілді, бірақ сақталмады.</numerusform>
            <numerusform>Хаттаманың %n жолы енгізілді, бірақ сақталмады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="469"/>
        <source>Save them</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="470"/>
        <source>Discard them</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="471"/>
        <source>Stay here</source>
        <translation>Қалу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/boxes_panel.py" line="195"/>
        <source>Save the act</source>
        <translation>Актіні сақтау</translation>
    </message>
</context>
</TS>
