<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Golygu gweithgaredd</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Ychwanegu gweithgaredd</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Amser cychwyn</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Amser gorffen</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Yn &amp;cychwyn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Yn &amp;gorffen:</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Math o weithgaredd</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>Teitl y gweithgaredd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>Year group</source>
        <translation>Grŵp blwyddyn</translation>
    </message>
    <message>
        <source>&amp;Year group:</source>
        <translation>Grŵp &amp;blwyddyn:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <source>Reviewers on this activity</source>
        <translation>Adolygwyr ar y gweithgaredd hwn</translation>
    </message>
    <message>
        <source>Press Space to tick or untick.</source>
        <translation>Pwyswch y Bylchwr i dicio neu ddad-dicio.</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Adolygwyr:</translation>
    </message>
    <message>
        <source>Paired host leader</source>
        <translation>Arweinydd o&apos;r ysgol letyol mewn pâr</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Paired &amp;host leader:</source>
        <translation>Arwei&amp;nydd o&apos;r ysgol letyol mewn pâr:</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>Cadw&apos;r gweithgaredd</translation>
    </message>
    <message>
        <source>The activity must end after it starts.</source>
        <translation>Rhaid i&apos;r gweithgaredd orffen ar ôl iddo ddechrau.</translation>
    </message>
    <message>
        <source>Give the activity a title, a place or a subject.</source>
        <translation>Rhowch deitl, lleoliad neu bwnc i&apos;r gweithgaredd.</translation>
    </message>
</context>
<context>
    <name>ExcellencePanel</name>
    <message>
        <source>Areas of Excellence nominated by the host</source>
        <translation>Meysydd Rhagoriaeth a enwebwyd gan yr ysgol letyol</translation>
    </message>
    <message>
        <source>Delete takes back a nomination recorded by mistake.</source>
        <translation>Mae Delete yn tynnu&apos;n ôl enwebiad a gofnodwyd trwy gamgymeriad.</translation>
    </message>
    <message>
        <source>Host&apos;s Areas of E&amp;xcellence</source>
        <translation>Meysydd &amp;Rhagoriaeth yr ysgol letyol</translation>
    </message>
    <message>
        <source>Add &amp;nomination…</source>
        <translation>Ychwanegu e&amp;nwebiad…</translation>
    </message>
    <message>
        <source>Add a nomination from the host</source>
        <translation>Ychwanegu enwebiad gan yr ysgol letyol</translation>
    </message>
    <message>
        <source>{state} · {nominated}</source>
        <translation>{state} · {nominated}</translation>
    </message>
    <message>
        <source>{nominated}; {state}.</source>
        <translation>{nominated}; {state}.</translation>
    </message>
    <message>
        <source>None yet: the host puts one forward before the visit.</source>
        <translation>Dim eto: mae&apos;r ysgol letyol yn cynnig un cyn yr ymweliad.</translation>
    </message>
    <message>
        <source>Nomination not recorded</source>
        <translation>Ni chofnodwyd yr enwebiad</translation>
    </message>
    <message>
        <source>add nomination</source>
        <translation>ychwanegu enwebiad</translation>
    </message>
    <message>
        <source>Nomination kept</source>
        <translation>Cadwyd yr enwebiad</translation>
    </message>
    <message>
        <source>delete nomination</source>
        <translation>dileu enwebiad</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <source>Add an Area of Excellence nomination</source>
        <translation>Ychwanegu enwebiad Maes Rhagoriaeth</translation>
    </message>
    <message>
        <source>The host school puts its Area of Excellence forward before the visit (the headteacher or a host leader on the team). The team validates it later, on the Findings page, with the evidence it found.</source>
        <translation>Mae&apos;r ysgol letyol yn cynnig ei Maes Rhagoriaeth cyn yr ymweliad (y pennaeth neu arweinydd o&apos;r ysgol letyol ar y tîm). Mae&apos;r tîm yn ei ddilysu&apos;n ddiweddarach, ar dudalen Canfyddiadau, gyda&apos;r dystiolaeth a gafodd.</translation>
    </message>
    <message>
        <source>Title of the Area of Excellence</source>
        <translation>Teitl y Maes Rhagoriaeth</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>What the host wrote about it</source>
        <translation>Yr hyn a ysgrifennodd yr ysgol letyol amdano</translation>
    </message>
    <message>
        <source>&amp;What the host wrote:</source>
        <translation>&amp;Beth ysgrifennodd yr ysgol letyol:</translation>
    </message>
    <message>
        <source>Who nominated it</source>
        <translation>Pwy a&apos;i henwebodd</translation>
    </message>
    <message>
        <source>&amp;Nominated by:</source>
        <translation>&amp;Enwebwyd gan:</translation>
    </message>
    <message>
        <source>Day it was nominated</source>
        <translation>Y diwrnod y&apos;i henwebwyd</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>A&amp;r:</translation>
    </message>
    <message>
        <source>No later than the visit&apos;s first day, {day}</source>
        <translation>Heb fod yn hwyrach na diwrnod cyntaf yr ymweliad, {day}</translation>
    </message>
    <message>
        <source>&amp;Add nomination</source>
        <translation>&amp;Ychwanegu enwebiad</translation>
    </message>
    <message>
        <source>Give the Area of Excellence a title.</source>
        <translation>Rhowch deitl i&apos;r Maes Rhagoriaeth.</translation>
    </message>
    <message>
        <source>Add the host&apos;s headteacher to the review team first.</source>
        <translation>Ychwanegwch bennaeth yr ysgol letyol at dîm yr adolygiad yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Planning</source>
        <translation>Cynllunio</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Ffocws</translation>
    </message>
    <message>
        <source>Self-evaluation summary</source>
        <translation>Crynodeb hunanwerthuso</translation>
    </message>
    <message>
        <source>F&amp;ocus</source>
        <translation>Ff&amp;ocws</translation>
    </message>
    <message>
        <source>Review tea&amp;m</source>
        <translation>&amp;Tîm yr adolygiad</translation>
    </message>
    <message>
        <source>&amp;Self-evaluation summary</source>
        <translation>Crynodeb &amp;hunanwerthuso</translation>
    </message>
    <message>
        <source>Enquiry &amp;questions</source>
        <translation>&amp;Cwestiynau ymholi</translation>
    </message>
    <message>
        <source>Visit &amp;timetable</source>
        <translation>A&amp;mserlen yr ymweliad</translation>
    </message>
    <message>
        <source>Planning areas</source>
        <translation>Rhannau&apos;r cynllunio</translation>
    </message>
    <message>
        <source>Visit timetable</source>
        <translation>Amserlen yr ymweliad</translation>
    </message>
    <message>
        <source>Insert adds an activity, Enter edits it, Delete removes it.</source>
        <translation>Mae Insert yn ychwanegu gweithgaredd, Enter yn ei olygu, Delete yn ei dynnu.</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>Ychwanegu gw&amp;eithgaredd…</translation>
    </message>
    <message>
        <source>Edit activit&amp;y…</source>
        <translation>Go&amp;lygu gweithgaredd…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Methu cadw</translation>
    </message>
    <message>
        <source>Cannot add the activity</source>
        <translation>Methu ychwanegu&apos;r gweithgaredd</translation>
    </message>
    <message>
        <source>add activity</source>
        <translation>ychwanegu gweithgaredd</translation>
    </message>
    <message>
        <source>Cannot change the activity</source>
        <translation>Methu newid y gweithgaredd</translation>
    </message>
    <message>
        <source>edit activity</source>
        <translation>golygu gweithgaredd</translation>
    </message>
    <message>
        <source>delete activity</source>
        <translation>dileu gweithgaredd</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Enquiry questions</source>
        <extracomment>(question id, new text) typed into the list by the person</extracomment>
        <translation>Cwestiynau ymholi</translation>
    </message>
    <message>
        <source>F2 edits, Alt+Up and Alt+Down move, Delete removes a question.</source>
        <translation>Mae F2 yn golygu, Alt+Up ac Alt+Down yn symud, Delete yn tynnu cwestiwn.</translation>
    </message>
    <message>
        <source>New enquiry question</source>
        <translation>Cwestiwn ymholi newydd</translation>
    </message>
    <message>
        <source>Type a new question and press Enter</source>
        <translation>Teipiwch gwestiwn newydd a phwyso Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add enquiry question</source>
        <translation>Ychwanegu cwestiwn ymholi</translation>
    </message>
    <message>
        <source>Question {0}: </source>
        <translation>Cwestiwn {0}: </translation>
    </message>
    <message>
        <source>New question: </source>
        <translation>Cwestiwn newydd: </translation>
    </message>
    <message>
        <source>add enquiry question</source>
        <translation>ychwanegu cwestiwn ymholi</translation>
    </message>
    <message>
        <source>edit enquiry question</source>
        <translation>golygu cwestiwn ymholi</translation>
    </message>
    <message>
        <source>move enquiry question</source>
        <translation>symud cwestiwn ymholi</translation>
    </message>
    <message>
        <source>delete enquiry question</source>
        <translation>dileu cwestiwn ymholi</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Review team</source>
        <translation>Tîm yr adolygiad</translation>
    </message>
    <message>
        <source>Delete takes the selected person off.</source>
        <translation>Mae Delete yn tynnu&apos;r person a ddewiswyd oddi ar y tîm.</translation>
    </message>
    <message>
        <source>Name of the person to add</source>
        <translation>Enw&apos;r person i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>Rôl y person i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Ychwanegu at y tîm</translation>
    </message>
    <message>
        <source>add to team</source>
        <translation>ychwanegu at y tîm</translation>
    </message>
    <message>
        <source>take off team</source>
        <translation>tynnu oddi ar y tîm</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Year or subject</source>
        <translation>Blwyddyn/pwnc</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Adolygwyr</translation>
    </message>
    <message>
        <source>Host leader</source>
        <translation>Arweinydd yr ysgol letyol</translation>
    </message>
</context>
</TS>
