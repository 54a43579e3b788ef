<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddVoterForm</name>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="112" />
        <source>Add a voter</source>
        <translation>Добавить избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="113" />
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="113" />
        <source>Given name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="114" />
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="114" />
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="115" />
        <source>Basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="115" />
        <source>Acting:</source>
        <translation>Член комиссии:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="118" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="121" />
        <source>Add to the list</source>
        <translation>Включить в список</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="138" />
        <source>An IIN has digits only</source>
        <translation>ИИН состоит только из цифр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="140" />
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="142" />
        <source>Too many digits: an IIN has 12</source>
        <translation>Слишком много цифр: в ИИН их 12</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="145" />
        <source>The 7th digit is not a century and sex code</source>
        <translation>7-я цифра не является кодом века и пола</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="147" />
        <source>The first 6 digits are not a date of birth</source>
        <translation>Первые 6 цифр не являются датой рождения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="149" />
        <source>Wrong check digit: check the number</source>
        <translation>Неверная контрольная цифра: проверьте номер</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="154" />
        <source>Born %1: under 18 on voting day</source>
        <translation>Дата рождения %1: на день голосования нет 18 лет</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="159" />
        <source>Already on the list as No. %1: %2</source>
        <translation>Уже есть в списке под № %1: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="161" />
        <source>Valid IIN · born %1</source>
        <translation>ИИН верен · дата рождения %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="181" />
        <source>Added as No. %1: %2</source>
        <translation>Включён(а) в список под № %1: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="199" />
        <source>Certificate No.:</source>
        <translation>№ удостоверения:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="200" />
        <source>Court decision No.:</source>
        <translation>№ решения суда:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="201" />
        <source>Registration No.:</source>
        <translation>№ регистрации:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="202" />
        <source>Number of the absentee certificate</source>
        <translation>Номер открепительного удостоверения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="203" />
        <source>Number and date of the decision</source>
        <translation>Номер и дата решения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="204" />
        <source>Number of the registration record</source>
        <translation>Номер записи о регистрации</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_add_form.py" line="205" />
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
</context>
<context>
    <name>DayChangesModel</name>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="103" />
        <source>Added</source>
        <translation>Включён(а)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="103" />
        <source>Excluded</source>
        <translation>Исключён(а)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="125" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="126" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="127" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="128" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="129" />
        <source>Basis or reason</source>
        <translation>Основание или причина</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="130" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_model.py" line="131" />
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="118" />
        <source>Voting day</source>
        <translation>День голосования</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="119" />
        <source>Act of receipt of ballots</source>
        <translation>Акт получения бюллетеней</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="120" />
        <source>Acting:</source>
        <translation>Член комиссии:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="121" />
        <source>Reason to close early:</source>
        <translation>Причина досрочного закрытия:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="123" />
        <source>Needed before the closing time unless every voter has a ballot</source>
        <translation>Нужна до времени закрытия, если не все избиратели получили бюллетени</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="124" />
        <source>Open voting</source>
        <translation>Открыть голосование</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="125" />
        <source>Close voting…</source>
        <translation>Закрыть голосование…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="126" />
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="127" />
        <source>Ballots received:</source>
        <translation>Получено бюллетеней:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="128" />
        <source>Corrected by:</source>
        <translation>Исправляет:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="129" />
        <source>Correct the act</source>
        <translation>Исправить акт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="143" />
        <source>Voting hours: %1–%2</source>
        <translation>Время голосования: %1–%2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="148" />
        <source>Voting opened at %1 by %2</source>
        <translation>Голосование открыто %1, открыл(а) %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="149" />
        <source>Voting closed at %1 by %2</source>
        <translation>Голосование закрыто %1, закрыл(а) %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="154" />
        <source>Voting has not been opened yet.</source>
        <translation>Голосование ещё не открыто.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="161" />
        <source>Voting has already been opened</source>
        <translation>Голосование уже открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="164" />
        <source>Voting is not open</source>
        <translation>Голосование не открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="165" />
        <source>Voting is closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="171" />
        <source>The act of receipt can be corrected only before voting opens</source>
        <translation>Акт получения можно исправить только до открытия голосования</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="196" />
        <source>Open voting now? Ballots can be issued from then on; this cannot be undone.</source>
        <translation>Открыть голосование сейчас? С этого момента можно выдавать бюллетени; отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/day_panel.py" line="207" />
        <source>Close voting now? No ballot can be issued after this; this cannot be undone.</source>
        <translation>Закрыть голосование сейчас? После этого бюллетени выдавать нельзя; отменить это нельзя.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="175" />
        <source>Member at this desk:</source>
        <translation>Член комиссии за столом:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="176" />
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="177" />
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="178" />
        <source>ID card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="178" />
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="179" />
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="183" />
        <source>Scan the ID card or type: IIN, list number or surname</source>
        <translation>Отсканируйте удостоверение или введите: ИИН, номер в списке или фамилию</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="186" />
        <source>Enter: issue the ballot · Up/Down: choose the voter · Esc: clear</source>
        <translation>Enter: выдать бюллетень · Вверх/Вниз: выбрать избирателя · Esc: очистить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="188" />
        <source>Replace a spoiled ballot (F6)</source>
        <translation>Заменить испорченный бюллетень (F6)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="189" />
        <source>Undo the issuance… (F8)</source>
        <translation>Отменить выдачу… (F8)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="200" />
        <source>Voting is not open yet</source>
        <translation>Голосование ещё не открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="201" />
        <location filename="../../precinct_app/ui/desk_screen.py" line="202" />
        <source>Voting is closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="204" />
        <source>No commission member here may issue ballots</source>
        <translation>В комиссии нет членов, которые могут выдавать бюллетени</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="297" />
        <source>No voter matches “%1”</source>
        <translation>Нет избирателя по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="305" />
        <location filename="../../precinct_app/ui/desk_screen.py" line="346" />
        <source>Choose the member working at this desk</source>
        <translation>Выберите члена комиссии, работающего за этим столом</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="319" />
        <source>Ballot issued: %1, No. %2 · %3 · %4</source>
        <translation>Бюллетень выдан: %1, № %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="323" />
        <source>Ballot issued to No. %1 at %2 by %3</source>
        <translation>Бюллетень выдан № %1 в %2, выдал(а) %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="356" />
        <source>Replacement ballot issued: %1, No. %2 · %3 · %4. Keep the spoiled ballot for cancellation.</source>
        <translation>Выдан бюллетень взамен испорченного: %1, № %2 · %3 · %4. Испорченный бюллетень сохраните для погашения.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="383" />
        <source>Issuance undone: No. %1 by %2 (%3)</source>
        <translation>Выдача отменена: № %1, отменил(а) %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="394" />
        <source>For a voter who already has a ballot</source>
        <translation>Для избирателя, уже получившего бюллетень</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="396" />
        <source>This ballot was already replaced once</source>
        <translation>Этот бюллетень уже заменялся один раз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="397" />
        <source>F6: the voter spoiled the ballot; hand out the one replacement</source>
        <translation>F6: избиратель испортил бюллетень; выдайте один бюллетень взамен</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_screen.py" line="400" />
        <source>F8: the ballot was recorded by mistake (chair or deputy, with a reason)</source>
        <translation>F8: выдача записана по ошибке (председатель или заместитель, с указанием причины)</translation>
    </message>
</context>
<context>
    <name>ExcludeVoterForm</name>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="108" />
        <source>Exclude a voter</source>
        <translation>Исключить избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="109" />
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="110" />
        <source>Other reason:</source>
        <translation>Другая причина:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="111" />
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="141" />
        <source>Write the reason</source>
        <translation>Укажите причину</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="112" />
        <source>Acting:</source>
        <translation>Член комиссии:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="116" />
        <source>Other…</source>
        <translation>Другая…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="146" />
        <source>Confirm exclusion of No. %1</source>
        <translation>Подтвердить исключение № %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="149" />
        <source>Exclude No. %1 %2 from the list (%3)? Press again to confirm; Esc cancels.</source>
        <translation>Исключить № %1 %2 из списка (%3)? Нажмите ещё раз, чтобы подтвердить; Esc — отмена.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="164" />
        <source>No. %1 %2 is excluded from the list: %3</source>
        <translation>№ %1 %2 исключён(а) из списка: %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="188" />
        <source>Exclude from the list…</source>
        <translation>Исключить из списка…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="189" />
        <source>Find the voter first</source>
        <translation>Сначала найдите избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="196" />
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Найдите избирателя: ИИН, номер в списке или фамилия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="198" />
        <source>No. %1 · %2 · born %3</source>
        <translation>№ %1 · %2 · дата рождения %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="200" />
        <source>On the list: may be excluded</source>
        <translation>В списке: можно исключить</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="224" />
        <source>Already excluded: %1</source>
        <translation>Уже исключён(а): %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_exclude_form.py" line="228" />
        <source>Has a ballot: cannot be excluded (undo a mistaken issuance first)</source>
        <translation>Бюллетень выдан: исключить нельзя (ошибочную выдачу сначала отмените)</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="108" />
        <source>TRAINING</source>
        <translation>ОБУЧЕНИЕ</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="111" />
        <source>No station is set up on this computer yet</source>
        <translation>На этом компьютере участок ещё не создан</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="118" />
        <source>Precinct No. %1 · %2</source>
        <translation>Участок № %1 · %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="122" />
        <source>Set-up</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="122" />
        <source>Voting open</source>
        <translation>Голосование открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="123" />
        <source>Voting closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="123" />
        <source>Counting</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="124" />
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="130" />
        <source>Ballots issued: %1 of %2</source>
        <translation>Выдано бюллетеней: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="134" />
        <source>Voters on the list: %1</source>
        <translation>Избирателей в списке: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/header.py" line="136" />
        <source>At this desk: %1</source>
        <translation>За этим столом: %1</translation>
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
    <name>ListChangesScreen</name>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="99" />
        <source>Changes to the list today</source>
        <translation>Изменения списка за сегодня</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="108" />
        <source>The voter list is frozen: voting is closed</source>
        <translation>Список избирателей изменить нельзя: голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/list_changes_screen.py" line="111" />
        <source>No commission member here may change the voter list</source>
        <translation>Никто из членов комиссии здесь не может изменять список избирателей</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="139" />
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="139" />
        <source>Voter list</source>
        <translation>Список избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="140" />
        <source>Desk</source>
        <translation>Выдача бюллетеней</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="140" />
        <source>Outside voting</source>
        <translation>Вне помещения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="141" />
        <source>List changes</source>
        <translation>Изменения списка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="141" />
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../precinct_app/ui/main_window.py" line="167" />
        <source>Imported %n voter(s)</source>
        <translation>
            <numerusform>Загружен %n избиратель</numerusform>
            <numerusform>Загружено %n избирателя</numerusform>
            <numerusform>Загружено %n избирателей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="179" />
        <source>The station is set up.</source>
        <translation>Участок создан.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="199" />
        <source>Voting is not open yet</source>
        <translation>Голосование ещё не открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="200" />
        <source>Voting is closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/main_window.py" line="223" />
        <source>Turnout snapshot not saved: %1</source>
        <translation>Явка на отчётное время не сохранена: %1</translation>
    </message>
</context>
<context>
    <name>OutsideScreen</name>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="150" />
        <source>&amp;Register an application</source>
        <translation>&amp;Регистрация заявления</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="151" />
        <source>&amp;Trips of the portable box</source>
        <translation>&amp;Выезды с переносным ящиком</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="154" />
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="154" />
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="154" />
        <source>Taken by:</source>
        <translation>Принял:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="155" />
        <source>Late because:</source>
        <translation>Почему после срока:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="160" />
        <source>Where the box is to be taken</source>
        <translation>Куда выезжать с ящиком</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="162" />
        <source>Why the application is accepted after the deadline</source>
        <translation>Почему заявление принято после срока</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="164" />
        <source>Register application</source>
        <translation>Зарегистрировать заявление</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="176" />
        <source>The reason, in words</source>
        <translation>Причина своими словами</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="176" />
        <source>Details (optional)</source>
        <translation>Подробности (необязательно)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="181" />
        <source>The package sets no deadline for applications.</source>
        <translation>Пакет выборов не задаёт срок подачи заявлений.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="184" />
        <source>After %1: the reason for accepting the application late is recorded.</source>
        <translation>Срок (%1) истёк: записывается причина приёма заявления после срока.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="188" />
        <source>Applications are accepted until %1.</source>
        <translation>Заявления принимаются до %1.</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="199" />
        <source>Register of applications: %1 · waiting for a ballot: %2</source>
        <translation>Реестр заявлений: %1 · ожидают бюллетень: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="223" />
        <source>Voting is closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="242" />
        <source>Find the voter first</source>
        <translation>Сначала найдите избирателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="252" />
        <source>After %1 an application needs the reason it is accepted late</source>
        <translation>После %1 нужно указать причину приёма заявления после срока</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="258" />
        <source>Write the reason in words</source>
        <translation>Напишите причину словами</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="270" />
        <source>Application registered: %1, No. %2</source>
        <translation>Заявление зарегистрировано: %1, № %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="273" />
        <source>after the deadline</source>
        <translation>после срока</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="308" />
        <source>Find the voter: IIN, list number or surname</source>
        <translation>Найдите избирателя: ИИН, номер в списке или фамилия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="312" />
        <source>%1, No. %2, born %3</source>
        <translation>%1, № %2, дата рождения %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_screen.py" line="319" />
        <source>already applied at %1</source>
        <translation>заявление уже подано (%1)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="95" />
        <source>✕ excluded</source>
        <translation>✕ исключён</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="95" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="97" />
        <source>at the desk</source>
        <translation>в помещении</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="99" />
        <source>on trip %1</source>
        <translation>выезд № %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="101" />
        <source>outside</source>
        <translation>вне помещения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="135" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="146" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="146" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="147" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="147" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="148" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="148" />
        <source>Taken by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="149" />
        <source>Late?</source>
        <translation>После срока?</translation>
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
        <location filename="../../precinct_app/ui/station_screen.py" line="89" />
        <location filename="../../precinct_app/ui/station_screen.py" line="101" />
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="90" />
        <source>Contests and ballots received</source>
        <translation>Голосования и полученные бюллетени</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="91" />
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="92" />
        <source>Voter list</source>
        <translation>Список избирателей</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="93" />
        <source>Import voter list…</source>
        <translation>Загрузить список избирателей…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="102" />
        <source>Voting day</source>
        <translation>День голосования</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="103" />
        <source>Voting hours</source>
        <translation>Время голосования</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="104" />
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="105" />
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="106" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="107" />
        <source>Station key fingerprint</source>
        <translation>Отпечаток ключа участка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="115" />
        <source>Options: %1</source>
        <translation>Варианты: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="117" />
        <source>Ballots received: %1</source>
        <translation>Получено бюллетеней: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="120" />
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="120" />
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="121" />
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="121" />
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="126" />
        <source>Voters on the list: %1</source>
        <translation>Избирателей в списке: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/station_screen.py" line="131" />
        <source>The list can be imported only during set-up</source>
        <translation>Список можно загрузить только на этапе подготовки</translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="225" />
        <source>⌂ out</source>
        <translation>⌂ на выезде</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="225" />
        <source>✔ back</source>
        <translation>✔ вернулись</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="235" />
        <source>Trip</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="235" />
        <source>Members</source>
        <translation>Члены комиссии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="236" />
        <source>Times</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="236" />
        <source>Taken</source>
        <translation>Взято</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="237" />
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="237" />
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="238" />
        <source>Spoiled</source>
        <translation>Испорчено</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_models.py" line="238" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="162" />
        <source>A new trip: the two members who go</source>
        <translation>Новый выезд: два члена комиссии</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="163" />
        <source>Ballots taken:</source>
        <translation>Взято бюллетеней:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="164" />
        <source>Start trip</source>
        <translation>Начать выезд</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="165" />
        <source>Voter served:</source>
        <translation>Избиратель:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="166" />
        <source>Issued by:</source>
        <translation>Выдал:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="167" />
        <source>Record ballot issued</source>
        <translation>Отметить выдачу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="168" />
        <source>Returned unused:</source>
        <translation>Не использовано:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="169" />
        <source>Spoiled:</source>
        <translation>Испорчено:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="170" />
        <source>End trip</source>
        <translation>Завершить выезд</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="222" />
        <source>at most %1</source>
        <translation>не более %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="247" />
        <source>Voting is not open</source>
        <translation>Голосование не открыто</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="249" />
        <source>Voting is not open: trips start once it opens</source>
        <translation>Голосование не открыто: выезды начинаются после открытия</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="256" />
        <source>No ballots to take: no application is waiting, or none are left</source>
        <translation>Брать нечего: нет ожидающих заявлений или не осталось бюллетеней</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="260" />
        <source>Choose a trip under way in the table</source>
        <translation>Выберите в таблице текущий выезд</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="272" />
        <source>Every ballot taken on this trip is issued</source>
        <translation>Все взятые на выезд бюллетени выданы</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="274" />
        <source>Every applicant already has a ballot</source>
        <translation>Все заявители уже получили бюллетень</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="284" />
        <source>✔ Balances: taken %1 = issued %2 + returned %3 + spoiled %4</source>
        <translation>✔ Сходится: взято %1 = выдано %2 + возвращено %3 + испорчено %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="286" />
        <source>✕ Does not balance: taken %1 ≠ issued %2 + returned %3 + spoiled %4</source>
        <translation>✕ Не сходится: взято %1 ≠ выдано %2 + возвращено %3 + испорчено %4</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="290" />
        <source>taken = issued + returned + spoiled</source>
        <translation>взято = выдано + возвращено + испорчено</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="305" />
        <source>Trip %1 started · ballots taken: %2</source>
        <translation>Выезд № %1 начат · взято бюллетеней: %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="325" />
        <source>Ballot issued on trip %1: %2 · %3</source>
        <translation>Бюллетень выдан на выезде № %1: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/outside_trips.py" line="341" />
        <source>Trip %1 is back: taken %2 = issued %3 + returned %4 + spoiled %5</source>
        <translation>Выезд № %1 завершён: взято %2 = выдано %3 + возвращено %4 + испорчено %5</translation>
    </message>
</context>
<context>
    <name>TurnoutScreen</name>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="264" />
        <location filename="../../precinct_app/ui/turnout_screen.py" line="325" />
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="265" />
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="266" />
        <source>Report language:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="267" />
        <source>Save turnout report (PDF)…</source>
        <translation>Сохранить сведения о явке (PDF)…</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="269" />
        <source>An A4 report for the territorial commission: turnout now, at the report times, by section and per hour, with lines for the chair's and secretary's signatures</source>
        <translation>Отчёт A4 для территориальной комиссии: текущая явка, явка на установленное время, по разделам списка и по часам, со строками для подписей председателя и секретаря</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="271" />
        <location filename="../../precinct_app/ui/turnout_screen.py" line="274" />
        <source>Ballots issued per hour</source>
        <translation>Выдано бюллетеней по часам</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="272" />
        <source>At the report times</source>
        <translation>На установленное время</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="273" />
        <source>By list section</source>
        <translation>По разделам списка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="275" />
        <source>hour of the day (local time)</source>
        <translation>час (местное время)</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="276" />
        <source>the current hour, so far</source>
        <translation>текущий час, на данный момент</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="310" />
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="311" />
        <source>ballots issued</source>
        <translation>выдано бюллетеней</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="311" />
        <source>voters on the list</source>
        <translation>избирателей в списке</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="311" />
        <source>turnout</source>
        <translation>явка</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="325" />
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="325" />
        <source>On the list</source>
        <translation>В списке</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="335" />
        <source>not recorded yet</source>
        <translation>ещё не зафиксировано</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="335" />
        <source>pending</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="340" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="356" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="358" />
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="367" />
        <source>Save turnout report</source>
        <translation>Сохранение сведений о явке</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/turnout_screen.py" line="392" />
        <source>Turnout report saved: %1</source>
        <translation>Сведения о явке сохранены: %1</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="34" />
        <source>Undo a mistaken issuance</source>
        <translation>Отмена ошибочной выдачи</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="38" />
        <source>The issuance stays in the records, marked undone, with your reason and name in the audit log.
%1</source>
        <translation>Запись о выдаче остаётся, с отметкой об отмене; причина и ваше имя записываются в журнал.
%1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="46" />
        <source>Undone by (chair or deputy):</source>
        <translation>Отменяет (председатель или заместитель):</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="48" />
        <source>Why the issuance was a mistake</source>
        <translation>Почему выдача была ошибочной</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="51" />
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="56" />
        <source>Undo issuance</source>
        <translation>Отменить выдачу</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/undo_dialog.py" line="57" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>VoterCard</name>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="110" />
        <source>List number</source>
        <translation>Номер в списке</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="110" />
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="111" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="111" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="124" />
        <source>Excluded from the list: %1</source>
        <translation>Исключён из списка: %1</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="128" />
        <source>Already has a ballot: issued at %1 by %2</source>
        <translation>Бюллетень уже выдан: в %1, выдал(а) %2</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="131" />
        <source>a spoiled ballot was replaced once</source>
        <translation>испорченный бюллетень заменён один раз</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="134" />
        <source>On an outside-voting application: the ballot goes to the portable box</source>
        <translation>Заявление о голосовании вне помещения: бюллетень выдаётся с переносным ящиком</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="135" />
        <source>May receive a ballot</source>
        <translation>Может получить бюллетень</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/desk_card.py" line="141" />
        <source>Scan the ID card or type an IIN, list number or surname</source>
        <translation>Отсканируйте удостоверение или введите ИИН, номер в списке или фамилию</translation>
    </message>
</context>
<context>
    <name>VoterDetails</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="73" />
        <source>List number</source>
        <translation>Номер в списке</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="73" />
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="74" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="74" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="75" />
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="75" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="85" />
        <source>No voter selected</source>
        <translation>Избиратель не выбран</translation>
    </message>
</context>
<context>
    <name>VoterListScreen</name>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="161" />
        <source>Search: IIN, list number or surname [given name]</source>
        <translation>Поиск: ИИН, номер в списке или фамилия [имя]</translation>
    </message>
    <message>
        <location filename="../../precinct_app/ui/voter_list.py" line="193" />
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>VoterPicker</name>
    <message>
        <location filename="../../precinct_app/ui/voter_picker.py" line="86" />
        <source>IIN, list number or surname</source>
        <translation>ИИН, номер в списке или фамилия</translation>
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