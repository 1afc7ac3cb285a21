<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <extracomment>The banner closed (Dismiss, Escape or its action); True when it had keyboard focus, which its owner then gives back to the content.</extracomment>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Act on the message</source>
        <translation>Gweithredu ar y neges</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Diystyru</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Diystyru&apos;r neges</translation>
    </message>
    <message>
        <source>Close this message (Escape)</source>
        <translation>Cau&apos;r neges hon (Escape)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Nodyn atgoffa</translation>
    </message>
</context>
<context>
    <name>GuardNotice</name>
    <message>
        <source>Wording to check</source>
        <translation>Geiriad i&apos;w wirio</translation>
    </message>
    <message>
        <source>Check the wording</source>
        <translation>Gwiriwch y geiriad</translation>
    </message>
    <message>
        <source>Consider</source>
        <translation>Ystyriwch</translation>
    </message>
</context>
<context>
    <name>TaskHandle</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wrthi&apos;n stopio…</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>{0}: choices</source>
        <translation>{0}: dewisiadau</translation>
    </message>
    <message>
        <source>{0}: suggestions</source>
        <translation>{0}: awgrymiadau</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Planning</source>
        <translation>Cynllunio</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Team confirmed</source>
        <translation>Tîm wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>Quality assured</source>
        <translation>Ansawdd wedi&apos;i sicrhau</translation>
    </message>
    <message>
        <source>Factual accuracy checked by the host</source>
        <translation>Cywirdeb ffeithiol wedi&apos;i wirio gan yr ysgol letyol</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Lead reviewer</source>
        <translation>Adolygydd arweiniol</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <source>Host leader</source>
        <translation>Arweinydd yr ysgol letyol</translation>
    </message>
    <message>
        <source>Headteacher</source>
        <translation>Pennaeth</translation>
    </message>
    <message>
        <source>Designated safeguarding lead</source>
        <translation>Arweinydd diogelu dynodedig</translation>
    </message>
    <message>
        <source>Partnership lead</source>
        <translation>Arweinydd y bartneriaeth</translation>
    </message>
    <message>
        <source>Improvement champion</source>
        <translation>Hyrwyddwr gwella</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>title</source>
        <translation>teitl</translation>
    </message>
    <message>
        <source>time seen</source>
        <translation>amser ei weld</translation>
    </message>
    <message>
        <source>kind of activity</source>
        <translation>math o weithgaredd</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>ffocws</translation>
    </message>
    <message>
        <source>self-evaluation summary</source>
        <translation>crynodeb hunanwerthuso</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>meini prawf llwyddiant</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>dyddiad adolygu</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>diwrnod cyntaf</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>diwrnod olaf</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Peerview is already open</source>
        <translation>Mae Peerview ar agor yn barod</translation>
    </message>
    <message>
        <source>Peerview is already open on this data folder, so this window will not open a second copy (two copies could overwrite each other&apos;s notes).

Switch to the Peerview window that is already open. If you cannot find it, close it from the taskbar, or choose another data folder in Settings.

Details: {0}</source>
        <translation>Mae Peerview eisoes ar agor ar y ffolder data hwn, felly ni fydd y ffenestr hon yn agor ail gopi (gallai dau gopi ysgrifennu dros nodiadau ei gilydd).

Newidiwch i&apos;r ffenestr Peerview sydd eisoes ar agor. Os na allwch ddod o hyd iddi, caewch hi o&apos;r bar tasgau, neu dewiswch ffolder data arall yn y Gosodiadau.

Manylion: {0}</translation>
    </message>
    <message>
        <source>Peerview cannot start</source>
        <translation>Ni all Peerview gychwyn</translation>
    </message>
    <message>
        <source>Peerview cannot continue</source>
        <translation>Ni all Peerview barhau</translation>
    </message>
    <message>
        <source>Peerview has to close</source>
        <translation>Rhaid i Peerview gau</translation>
    </message>
    <message>
        <source>Something went wrong that Peerview cannot recover from. Your notes are saved as you go, so nothing you entered is lost.

Details: {0}</source>
        <translation>Aeth rhywbeth o&apos;i le na all Peerview ddod drosto. Caiff eich nodiadau eu cadw wrth i chi weithio, felly nid oes dim a roesoch i mewn wedi&apos;i golli.

Manylion: {0}</translation>
    </message>
</context>
</TS>
