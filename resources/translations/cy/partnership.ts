<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Directory</source>
        <translation>Cyfeiriadur</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Chwilio&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>such as phonics for pupils with SEND</source>
        <translation>er enghraifft ffoneg i ddisgyblion ag ADY</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Find in the directory</source>
        <translation>Canfod yn y cyfeiriadur</translation>
    </message>
    <message>
        <source>What the directory shows</source>
        <translation>Beth mae&apos;r cyfeiriadur yn ei ddangos</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Shared with consent of</source>
        <translation>Rhannwyd gyda chaniatâd</translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation>Cofnodion y cyfeiriadur</translation>
    </message>
    <message numerus="yes">
        <source>Found for &apos;{0}&apos;: %n entry(ies).</source>
        <translation>
            <numerusform>Canfuwyd ar gyfer &apos;{0}&apos;: %n cofnod.</numerusform>
            <numerusform>Canfuwyd ar gyfer &apos;{0}&apos;: %n cofnod.</numerusform>
            <numerusform>Canfuwyd ar gyfer &apos;{0}&apos;: %n cofnod.</numerusform>
            <numerusform>Canfuwyd ar gyfer &apos;{0}&apos;: %n cofnod.</numerusform>
            <numerusform>Canfuwyd ar gyfer &apos;{0}&apos;: %n cofnod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the directory: %n entry(ies), each shared with its host&apos;s consent.</source>
        <translation>
            <numerusform>Yn y cyfeiriadur: %n cofnod, pob un wedi&apos;i rannu gyda chaniatâd ei ysgol letyol.</numerusform>
            <numerusform>Yn y cyfeiriadur: %n cofnod, pob un wedi&apos;i rannu gyda chaniatâd ei ysgol letyol.</numerusform>
            <numerusform>Yn y cyfeiriadur: %n cofnod, pob un wedi&apos;i rannu gyda chaniatâd ei ysgol letyol.</numerusform>
            <numerusform>Yn y cyfeiriadur: %n cofnod, pob un wedi&apos;i rannu gyda chaniatâd ei ysgol letyol.</numerusform>
            <numerusform>Yn y cyfeiriadur: %n cofnod, pob un wedi&apos;i rannu gyda chaniatâd ei ysgol letyol.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the directory holds &apos;{0}&apos;. Try fewer words.</source>
        <translation>Does dim yn y cyfeiriadur yn cynnwys &apos;{0}&apos;. Rhowch gynnig ar lai o eiriau.</translation>
    </message>
    <message numerus="yes">
        <source>In %n strand(s).</source>
        <translation>
            <numerusform>Mewn %n llinyn.</numerusform>
            <numerusform>Mewn %n llinyn.</numerusform>
            <numerusform>Mewn %n llinyn.</numerusform>
            <numerusform>Mewn %n llinyn.</numerusform>
            <numerusform>Mewn %n llinyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area of Excellence</source>
        <translation>Maes Rhagoriaeth</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Arbenigedd</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Members and protocol</source>
        <translation>Aelodau a phrotocol</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Authority or trust</source>
        <translation>Awdurdod neu ymddiriedolaeth</translation>
    </message>
    <message>
        <source>Headteacher</source>
        <translation>Pennaeth</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Protocol agreed</source>
        <translation>Cytuno ar y protocol</translation>
    </message>
    <message>
        <source>Member schools</source>
        <translation>Ysgolion sy&apos;n aelodau</translation>
    </message>
    <message>
        <source>New school&apos;s name</source>
        <translation>Enw&apos;r ysgol newydd</translation>
    </message>
    <message>
        <source>School&apos;s name</source>
        <translation>Enw&apos;r ysgol</translation>
    </message>
    <message>
        <source>New school&apos;s phase</source>
        <translation>Cyfnod yr ysgol newydd</translation>
    </message>
    <message>
        <source>Add &amp;school</source>
        <translation>Ychwanegu &amp;ysgol</translation>
    </message>
    <message>
        <source>Add school</source>
        <translation>Ychwanegu ysgol</translation>
    </message>
    <message>
        <source>&amp;New school:</source>
        <translation>Ysgol &amp;newydd:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>The agreed protocol</source>
        <translation>Y protocol a gytunwyd</translation>
    </message>
    <message>
        <source>Shared priorities</source>
        <translation>Blaenoriaethau a rennir</translation>
    </message>
    <message>
        <source>Shared priorities by year</source>
        <translation>Blaenoriaethau a rennir fesul blwyddyn</translation>
    </message>
    <message>
        <source>Priority&apos;s school year</source>
        <translation>Blwyddyn ysgol y flaenoriaeth</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Blaenoriaeth newydd</translation>
    </message>
    <message>
        <source>Priority, such as Reading</source>
        <translation>Blaenoriaeth, er enghraifft Darllen</translation>
    </message>
    <message>
        <source>Add &amp;priority</source>
        <translation>Ych&amp;wanegu</translation>
    </message>
    <message>
        <source>Add priority</source>
        <translation>Ychwanegu blaenoriaeth</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>heb ei gytuno eto</translation>
    </message>
    <message>
        <source>Purpose: {0}
Confidentiality and reports: {1}
Data sharing: {2}</source>
        <translation>Diben: {0}
Cyfrinachedd ac adroddiadau: {1}
Rhannu data: {2}</translation>
    </message>
    <message>
        <source>None agreed yet.</source>
        <translation>Dim wedi&apos;u cytuno eto.</translation>
    </message>
    <message>
        <source>{0} joined the partnership.</source>
        <translation>Ymunodd {0} â&apos;r bartneriaeth.</translation>
    </message>
    <message>
        <source>Priority added: {0}.</source>
        <translation>Ychwanegwyd blaenoriaeth: {0}.</translation>
    </message>
</context>
<context>
    <name>PartnershipView</name>
    <message>
        <source>Partnership</source>
        <translation>Partneriaeth</translation>
    </message>
    <message>
        <source>About this partnership record</source>
        <translation>Ynglŷn â chofnod y bartneriaeth hon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Partnership pages</source>
        <translation>Tudalennau&apos;r bartneriaeth</translation>
    </message>
    <message>
        <source>Members and protocol</source>
        <translation>Aelodau a phrotocol</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Adolygwyr</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Cyfeiriadur</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
    <message>
        <source>You lead this partnership: what you change here reaches the member schools in the bundles you send them.</source>
        <translation>Chi sy&apos;n arwain y bartneriaeth hon: mae&apos;r hyn rydych chi&apos;n ei newid yma yn cyrraedd yr ysgolion sy&apos;n aelodau yn y bwndeli rydych chi&apos;n eu hanfon atyn nhw.</translation>
    </message>
    <message>
        <source>This laptop receives the partnership record by sync. Only the partnership lead changes it, on the laptop that created it.</source>
        <translation>Mae&apos;r gliniadur hwn yn derbyn cofnod y bartneriaeth drwy gysoni. Dim ond arweinydd y bartneriaeth sy&apos;n ei newid, ar y gliniadur a&apos;i creodd.</translation>
    </message>
</context>
<context>
    <name>ProtocolDocuments</name>
    <message>
        <source>Documents attached to the protocol</source>
        <translation>Dogfennau sydd ynghlwm wrth y protocol</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Atodi…</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Atodi dogfen</translation>
    </message>
    <message>
        <source>Attach a document to the protocol</source>
        <translation>Atodi dogfen i&apos;r protocol</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Cadw copi…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <source>Save a copy of the chosen document</source>
        <translation>Cadw copi o&apos;r ddogfen a ddewiswyd</translation>
    </message>
    <message>
        <source>{name} ({part}, {size})</source>
        <translation>{name} ({part}, {size})</translation>
    </message>
    <message>
        <source>{name} ({part}, {size}), on its way</source>
        <translation>{name} ({part}, {size}), ar ei ffordd</translation>
    </message>
    <message>
        <source>No documents attached</source>
        <translation>Dim dogfennau ynghlwm</translation>
    </message>
    <message>
        <source>Which part of the protocol is {0} for?</source>
        <translation>Ar gyfer pa ran o&apos;r protocol mae {0}?</translation>
    </message>
    <message>
        <source>Attached {0} to the protocol.</source>
        <translation>Atodwyd {0} i&apos;r protocol.</translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation>Cadw copi o {0}</translation>
    </message>
    <message>
        <source>Saved a copy of {0} to {1}.</source>
        <translation>Cadwyd copi o {0} yn {1}.</translation>
    </message>
</context>
<context>
    <name>ReviewersTab</name>
    <message>
        <source>Reviewers</source>
        <translation>Adolygwyr</translation>
    </message>
    <message>
        <source>Visits without a trained lead</source>
        <translation>Ymweliadau heb arweinydd hyfforddedig</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Achrediad</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Hyfforddwyd</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Hyfforddwr</translation>
    </message>
    <message>
        <source>Refresher due</source>
        <translation>Gloywi erbyn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Led</source>
        <translation>Arweiniwyd</translation>
    </message>
    <message>
        <source>Reviewer pool</source>
        <translation>Cronfa adolygwyr</translation>
    </message>
    <message>
        <source>New reviewer&apos;s name</source>
        <translation>Enw&apos;r adolygydd newydd</translation>
    </message>
    <message>
        <source>Reviewer&apos;s name</source>
        <translation>Enw&apos;r adolygydd</translation>
    </message>
    <message>
        <source>New reviewer&apos;s school</source>
        <translation>Ysgol yr adolygydd newydd</translation>
    </message>
    <message>
        <source>Lea&amp;d</source>
        <translation>&amp;Arweinydd</translation>
    </message>
    <message>
        <source>Accredited as a lead reviewer</source>
        <translation>Wedi&apos;i achredu&apos;n adolygydd arweiniol</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Hyfforddwyd ar</translation>
    </message>
    <message>
        <source>A date, as 2026-09-20</source>
        <translation>Dyddiad, fel 2026-09-20</translation>
    </message>
    <message>
        <source>&amp;Add reviewer</source>
        <translation>&amp;Ychwanegu adolygydd</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Ychwanegu adolygydd</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Newydd:</translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (yn hwyr)</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>Heb ei hyfforddi</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) without a trained lead: {0}. Choose a lead on the Schedule page.</source>
        <translation>
            <numerusform>%n ymweliad heb arweinydd hyfforddedig: {0}. Dewiswch arweinydd ar y dudalen Amserlen.</numerusform>
            <numerusform>%n ymweliad heb arweinydd hyfforddedig: {0}. Dewiswch arweinydd ar y dudalen Amserlen.</numerusform>
            <numerusform>%n ymweliad heb arweinydd hyfforddedig: {0}. Dewiswch arweinydd ar y dudalen Amserlen.</numerusform>
            <numerusform>%n ymweliad heb arweinydd hyfforddedig: {0}. Dewiswch arweinydd ar y dudalen Amserlen.</numerusform>
            <numerusform>%n ymweliad heb arweinydd hyfforddedig: {0}. Dewiswch arweinydd ar y dudalen Amserlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every scheduled visit has a trained lead.</source>
        <translation>Mae gan bob ymweliad ar yr amserlen arweinydd hyfforddedig.</translation>
    </message>
    <message>
        <source>{0} joined the reviewer pool.</source>
        <translation>Ymunodd {0} â&apos;r gronfa adolygwyr.</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Schedule</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>Round&apos;s name</source>
        <translation>Enw&apos;r cylch</translation>
    </message>
    <message>
        <source>such as Spring 2027</source>
        <translation>er enghraifft Gwanwyn 2027</translation>
    </message>
    <message>
        <source>Round&apos;s first day</source>
        <translation>Diwrnod cyntaf y cylch</translation>
    </message>
    <message>
        <source>Round&apos;s last day</source>
        <translation>Diwrnod olaf y cylch</translation>
    </message>
    <message>
        <source>&amp;Propose round</source>
        <translation>&amp;Cynnig cylch</translation>
    </message>
    <message>
        <source>Propose round</source>
        <translation>Cynnig cylch</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>C&amp;ylch:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ysgol letyol</translation>
    </message>
    <message>
        <source>Reviewing school</source>
        <translation>Ysgol sy&apos;n adolygu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <source>Scheduled visits</source>
        <translation>Ymweliadau ar yr amserlen</translation>
    </message>
    <message>
        <source>Rules the proposals could not meet</source>
        <translation>Rheolau na allai&apos;r cynigion eu bodloni</translation>
    </message>
    <message>
        <source>Visit&apos;s day</source>
        <translation>Diwrnod yr ymweliad</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Symud</translation>
    </message>
    <message>
        <source>Move the visit to this day</source>
        <translation>Symud yr ymweliad i&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <source>Visit&apos;s lead reviewer</source>
        <translation>Adolygydd arweiniol yr ymweliad</translation>
    </message>
    <message>
        <source>Set &amp;lead</source>
        <translation>Gosod &amp;arweinydd</translation>
    </message>
    <message>
        <source>Set the visit&apos;s lead</source>
        <translation>Gosod arweinydd yr ymweliad</translation>
    </message>
    <message>
        <source>Visit&apos;s status</source>
        <translation>Statws yr ymweliad</translation>
    </message>
    <message>
        <source>Set st&amp;atus</source>
        <translation>Gosod s&amp;tatws</translation>
    </message>
    <message>
        <source>Set the visit&apos;s status</source>
        <translation>Gosod statws yr ymweliad</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>Lea&amp;d:</source>
        <translation>A&amp;rweinydd:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ws:</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Dim dyddiad eto</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Neb eto</translation>
    </message>
    <message>
        <source>{0} could not meet: {1}</source>
        <translation>Ni allai {0} fodloni: {1}</translation>
    </message>
    <message>
        <source>Proposing a round</source>
        <translation>Cynnig cylch</translation>
    </message>
    <message numerus="yes">
        <source>Round proposed: %n visit(s), every rule met.</source>
        <translation>
            <numerusform>Cynigiwyd cylch: %n ymweliad, a phob rheol wedi&apos;i bodloni.</numerusform>
            <numerusform>Cynigiwyd cylch: %n ymweliad, a phob rheol wedi&apos;i bodloni.</numerusform>
            <numerusform>Cynigiwyd cylch: %n ymweliad, a phob rheol wedi&apos;i bodloni.</numerusform>
            <numerusform>Cynigiwyd cylch: %n ymweliad, a phob rheol wedi&apos;i bodloni.</numerusform>
            <numerusform>Cynigiwyd cylch: %n ymweliad, a phob rheol wedi&apos;i bodloni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round proposed: %n visit(s).</source>
        <translation>
            <numerusform>Cynigiwyd cylch: %n ymweliad.</numerusform>
            <numerusform>Cynigiwyd cylch: %n ymweliad.</numerusform>
            <numerusform>Cynigiwyd cylch: %n ymweliad.</numerusform>
            <numerusform>Cynigiwyd cylch: %n ymweliad.</numerusform>
            <numerusform>Cynigiwyd cylch: %n ymweliad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not be met, named beside the visits below.</source>
        <translation>
            <numerusform>Ni ellid bodloni %n rheol; fe&apos;u henwir wrth ymyl yr ymweliadau isod.</numerusform>
            <numerusform>Ni ellid bodloni %n rheol; fe&apos;i henwir wrth ymyl yr ymweliad isod.</numerusform>
            <numerusform>Ni ellid bodloni %n rheol; fe&apos;u henwir wrth ymyl yr ymweliadau isod.</numerusform>
            <numerusform>Ni ellid bodloni %n rheol; fe&apos;u henwir wrth ymyl yr ymweliadau isod.</numerusform>
            <numerusform>Ni ellid bodloni %n rheol; fe&apos;u henwir wrth ymyl yr ymweliadau isod.</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit moved to {0}.</source>
        <translation>Symudodd yr ymweliad i {0}.</translation>
    </message>
    <message>
        <source>{0} leads the visit.</source>
        <translation>{0} sy&apos;n arwain yr ymweliad.</translation>
    </message>
    <message>
        <source>The visit&apos;s status is now: {0}.</source>
        <translation>Statws yr ymweliad nawr: {0}.</translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>C&amp;ylch:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <source>&amp;Save the annual report…</source>
        <translation>&amp;Cadw&apos;r adroddiad blynyddol…</translation>
    </message>
    <message>
        <source>Save the annual report</source>
        <translation>Cadw&apos;r adroddiad blynyddol</translation>
    </message>
    <message>
        <source>What the themes count</source>
        <translation>Beth mae&apos;r themâu&apos;n ei gyfrif</translation>
    </message>
    <message>
        <source>Themes: the table and the pictures</source>
        <translation>Themâu: y tabl a&apos;r lluniau</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <source>Area for development</source>
        <translation>Maes i&apos;w ddatblygu</translation>
    </message>
    <message>
        <source>Area of Excellence</source>
        <translation>Maes Rhagoriaeth</translation>
    </message>
    <message>
        <source>Schools by strand and kind of finding</source>
        <translation>Ysgolion fesul llinyn a math o ganfyddiad</translation>
    </message>
    <message>
        <source>&quot;fewer than 3&quot;: held back so that no school can be told apart</source>
        <translation>“llai na 3”: wedi&apos;i ddal yn ôl fel na ellir adnabod unrhyw ysgol</translation>
    </message>
    <message>
        <source>Strands by school (schools that agreed to be named)</source>
        <translation>Llinynnau fesul ysgol (ysgolion a gytunodd i gael eu henwi)</translation>
    </message>
    <message>
        <source>Trends across rounds</source>
        <translation>Tueddiadau ar draws cylchoedd</translation>
    </message>
    <message>
        <source>The schedule</source>
        <translation>Yr amserlen</translation>
    </message>
    <message>
        <source>Every round</source>
        <translation>Pob cylch</translation>
    </message>
    <message>
        <source>No school has shared a summary yet. Host schools share one after sign-off; the themes read only what they share.</source>
        <translation>Does yr un ysgol wedi rhannu crynodeb eto. Mae ysgolion lletyol yn rhannu un ar ôl llofnodi; dim ond yr hyn maen nhw&apos;n ei rannu y mae&apos;r themâu&apos;n ei ddarllen.</translation>
    </message>
    <message numerus="yes">
        <source>Schools: %n.</source>
        <translation>
            <numerusform>Ysgolion: %n.</numerusform>
            <numerusform>Ysgolion: %n.</numerusform>
            <numerusform>Ysgolion: %n.</numerusform>
            <numerusform>Ysgolion: %n.</numerusform>
            <numerusform>Ysgolion: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews shared: %n.</source>
        <translation>
            <numerusform>Adolygiadau a rannwyd: %n.</numerusform>
            <numerusform>Adolygiadau a rannwyd: %n.</numerusform>
            <numerusform>Adolygiadau a rannwyd: %n.</numerusform>
            <numerusform>Adolygiadau a rannwyd: %n.</numerusform>
            <numerusform>Adolygiadau a rannwyd: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A figure with fewer than 3 schools behind it that did not agree to be named shows as “fewer than 3”.</source>
        <translation>Mae ffigur sy&apos;n dibynnu ar lai na 3 ysgol na chytunodd i gael eu henwi yn cael ei ddangos fel “llai na 3”.</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) that did not agree to be named are counted, not shown.</source>
        <translation>
            <numerusform>Mae %n ysgol na chytunodd i gael eu henwi wedi&apos;u cyfrif, ond heb eu dangos.</numerusform>
            <numerusform>Mae %n ysgol na chytunodd i gael eu henwi wedi&apos;u cyfrif, ond heb eu dangos.</numerusform>
            <numerusform>Mae %n ysgol na chytunodd i gael eu henwi wedi&apos;u cyfrif, ond heb eu dangos.</numerusform>
            <numerusform>Mae %n ysgol na chytunodd i gael eu henwi wedi&apos;u cyfrif, ond heb eu dangos.</numerusform>
            <numerusform>Mae %n ysgol na chytunodd i gael eu henwi wedi&apos;u cyfrif, ond heb eu dangos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved and signed the annual partnership report {0} (%n page(s)).</source>
        <translation>
            <numerusform>Cadwyd a llofnodwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen).</numerusform>
            <numerusform>Cadwyd a llofnodwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen).</numerusform>
            <numerusform>Cadwyd a llofnodwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen).</numerusform>
            <numerusform>Cadwyd a llofnodwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen).</numerusform>
            <numerusform>Cadwyd a llofnodwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the annual partnership report {0} (%n page(s)), unsigned: only the partnership lead&apos;s laptop signs it.</source>
        <translation>
            <numerusform>Cadwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen), heb ei lofnodi: dim ond gliniadur arweinydd y bartneriaeth sy&apos;n ei lofnodi.</numerusform>
            <numerusform>Cadwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen), heb ei lofnodi: dim ond gliniadur arweinydd y bartneriaeth sy&apos;n ei lofnodi.</numerusform>
            <numerusform>Cadwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen), heb ei lofnodi: dim ond gliniadur arweinydd y bartneriaeth sy&apos;n ei lofnodi.</numerusform>
            <numerusform>Cadwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen), heb ei lofnodi: dim ond gliniadur arweinydd y bartneriaeth sy&apos;n ei lofnodi.</numerusform>
            <numerusform>Cadwyd adroddiad blynyddol y bartneriaeth {0} (%n tudalen), heb ei lofnodi: dim ond gliniadur arweinydd y bartneriaeth sy&apos;n ei lofnodi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the annual partnership report</source>
        <translation>Cadw adroddiad blynyddol y bartneriaeth</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TimingsBox</name>
    <message>
        <source>Report timings, in working days</source>
        <translation>Amseriadau (diwrnodau gwaith)</translation>
    </message>
    <message>
        <source>Report timings</source>
        <translation>Amseriadau adroddiadau</translation>
    </message>
    <message>
        <source>Working days, Monday to Friday: the draft and the final report count from the visit&apos;s last day, quality assurance from the first draft, the host&apos;s response from the day the draft is sent.</source>
        <translation>Diwrnodau gwaith, dydd Llun i ddydd Gwener: mae&apos;r drafft a&apos;r adroddiad terfynol yn cyfrif o ddiwrnod olaf yr ymweliad, sicrhau ansawdd o&apos;r drafft cyntaf, ac ymateb yr ysgol letyol o&apos;r diwrnod yr anfonir y drafft.</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Drafft</translation>
    </message>
    <message>
        <source>&amp;QA</source>
        <translation>&amp;SA</translation>
    </message>
    <message>
        <source>Host&apos;s rep&amp;ly</source>
        <translation>Ym&amp;ateb</translation>
    </message>
    <message>
        <source>Final rep&amp;ort</source>
        <translation>&amp;Terfynol</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, working days</source>
        <translation>{0}, diwrnodau gwaith</translation>
    </message>
    <message>
        <source>Save ti&amp;mings</source>
        <translation>Cadw&apos;r a&amp;mseriadau</translation>
    </message>
    <message>
        <source>Save the report timings</source>
        <translation>Cadw amseriadau&apos;r adroddiadau</translation>
    </message>
    <message>
        <source>Report timings saved: the partnership&apos;s reviews take their due dates from them.</source>
        <translation>Cadwyd amseriadau&apos;r adroddiadau: mae adolygiadau&apos;r bartneriaeth yn cymryd eu dyddiadau dyledus ohonyn nhw.</translation>
    </message>
</context>
<context>
    <name>partnership</name>
    <message>
        <source>Planned</source>
        <translation>Cynlluniwyd</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Cadarnhawyd</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Ymwelwyd</translation>
    </message>
    <message>
        <source>Report signed</source>
        <translation>Adroddiad wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Action plan agreed</source>
        <translation>Cynllun gweithredu wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Impact review due</source>
        <translation>Adolygiad effaith yn ddyledus</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <source>Lead reviewer</source>
        <translation>Adolygydd arweiniol</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Meithrin</translation>
    </message>
    <message>
        <source>Infant</source>
        <translation>Babanod</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Iau</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Cynradd</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Canol</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Uwchradd</translation>
    </message>
    <message>
        <source>All-through</source>
        <translation>Pob oed</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Arbennig</translation>
    </message>
    <message>
        <source>Alternative provision</source>
        <translation>Darpariaeth amgen</translation>
    </message>
</context>
</TS>
