<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>CapturePage</name>
    <message>
        <source>Capture</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Capture panes</source>
        <extracomment>What &quot;now&quot; is; tests set a fixed clock to pick the activity happening now.</extracomment>
        <translation>Paneli cofnodi</translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation>Chwilio yn y nodiadau</translation>
    </message>
    <message>
        <source>Words in the notes (Ctrl+F)</source>
        <translation>Geiriau yn y nodiadau (Ctrl+F)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <source>Filter by strand</source>
        <translation>Hidlo yn ôl llinyn</translation>
    </message>
    <message>
        <source>Filter by activity kind</source>
        <translation>Hidlo yn ôl math o weithgaredd</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Pob gweithgaredd</translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation>Hidlo yn ôl adolygydd</translation>
    </message>
    <message>
        <source>Filter by enquiry question</source>
        <translation>Hidlo yn ôl cwestiwn ymholi</translation>
    </message>
    <message>
        <source>Stran&amp;d:</source>
        <translation>Lli&amp;nyn:</translation>
    </message>
    <message>
        <source>Activit&amp;y:</source>
        <translation>Gw&amp;eithgaredd:</translation>
    </message>
    <message>
        <source>Revie&amp;wer:</source>
        <translation>Ad&amp;olygydd:</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>Cwe&amp;stiwn:</translation>
    </message>
    <message>
        <source>Notes shown</source>
        <translation>Nodiadau a ddangosir</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>Newest first. Enter opens a note; Delete deletes it (undo restores it).</source>
        <translation>Y diweddaraf yn gyntaf. Mae Enter yn agor nodyn; mae Delete yn ei ddileu (mae dadwneud yn ei adfer).</translation>
    </message>
    <message>
        <source>Evidence &amp;notes</source>
        <translation>N&amp;odiadau tystiolaeth</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <source>Start a new evidence note</source>
        <translation>Dechrau nodyn tystiolaeth newydd</translation>
    </message>
    <message>
        <source>Start a note for the activity happening now (Ctrl+N)</source>
        <translation>Dechrau nodyn ar gyfer y gweithgaredd sy&apos;n digwydd nawr (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Link to a note</source>
        <translation>Cysylltu â nodyn</translation>
    </message>
    <message>
        <source>Go to the notes</source>
        <translation>Mynd i&apos;r nodiadau</translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation>C{0} {1}</translation>
    </message>
    <message>
        <source>All strands</source>
        <translation>Pob llinyn</translation>
    </message>
    <message>
        <source>No strand yet</source>
        <translation>Dim llinyn eto</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Pob cwestiwn</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Pob adolygydd</translation>
    </message>
    <message numerus="yes">
        <source>%n+ note(s)</source>
        <comment>more are loaded as the list scrolls</comment>
        <translation>
            <numerusform>%n+ nodyn</numerusform>
            <numerusform>%n+ nodyn</numerusform>
            <numerusform>%n+ nodyn</numerusform>
            <numerusform>%n+ nodyn</numerusform>
            <numerusform>%n+ nodyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkModel</name>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nifer</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n note(s)</source>
        <translation>
            <numerusform>{0}: %n nodyn</numerusform>
            <numerusform>{0}: %n nodyn</numerusform>
            <numerusform>{0}: %n nodyn</numerusform>
            <numerusform>{0}: %n nodyn</numerusform>
            <numerusform>{0}: %n nodyn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to a note</source>
        <translation>Cysylltu â nodyn</translation>
    </message>
    <message>
        <source>Find the note to link</source>
        <translation>Dod o hyd i&apos;r nodyn i&apos;w gysylltu</translation>
    </message>
    <message>
        <source>Words from the other note</source>
        <translation>Geiriau o&apos;r nodyn arall</translation>
    </message>
    <message>
        <source>Matching notes</source>
        <translation>Nodiadau sy&apos;n cyfateb</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Math o gysylltiad</translation>
    </message>
    <message>
        <source>Corroborates</source>
        <translation>Yn ategu</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Yn gwrth-ddweud</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>This note &amp;is:</source>
        <translation>&amp;Mae&apos;r nodyn hwn:</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <source>(empty note)</source>
        <translation>(nodyn gwag)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note editor</source>
        <extracomment>The person asked for the link dialog (the page owns it: it knows the review). The person asked to delete the note shown.</extracomment>
        <translation>Golygydd nodiadau</translation>
    </message>
    <message>
        <source>Note details</source>
        <translation>Manylion y nodyn</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Math o weithgaredd</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Gwe&amp;ithgaredd:</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nodyn tystiolaeth</translation>
    </message>
    <message>
        <source>What was seen or heard. Stored as you type; there is no Save button.</source>
        <translation>Yr hyn a welwyd neu a glywyd. Caiff ei storio wrth i chi deipio; nid oes botwm Cadw.</translation>
    </message>
    <message>
        <source>Describe what you see and hear: contexts, not names. Stored as you type.</source>
        <translation>Disgrifiwch yr hyn a welwch ac a glywch: cyd-destunau, nid enwau. Caiff ei storio wrth i chi deipio.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>No&amp;dyn:</translation>
    </message>
    <message>
        <source>&amp;Strands:</source>
        <translation>&amp;Llinynnau:</translation>
    </message>
    <message>
        <source>Type a code or a name, then Enter</source>
        <translation>Teipiwch god neu enw, yna Enter</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>Cwestiyna&amp;u:</translation>
    </message>
    <message>
        <source>Type a number or words, then Enter</source>
        <translation>Teipiwch rif neu eiriau, yna Enter</translation>
    </message>
    <message>
        <source>Linked notes</source>
        <translation>Nodiadau cysylltiedig</translation>
    </message>
    <message>
        <source>Press Delete to remove the selected link.</source>
        <translation>Pwyswch Delete i dynnu&apos;r cysylltiad a ddewiswyd.</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>Cysyll&amp;tiadau:</translation>
    </message>
    <message>
        <source>Lin&amp;k to a note…</source>
        <translation>&amp;Cysylltu â nodyn…</translation>
    </message>
    <message>
        <source>Link to another note</source>
        <translation>Cysylltu â nodyn arall</translation>
    </message>
    <message>
        <source>Mark another note as corroborating or contradicting</source>
        <translation>Nodi bod nodyn arall yn ategu neu&apos;n gwrth-ddweud</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Dileu&apos;r nodyn</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Dileu&apos;r nodyn hwn</translation>
    </message>
    <message>
        <source>Delete this note (undo brings it back)</source>
        <translation>Dileu&apos;r nodyn hwn (mae dadwneud yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <source>Choose New note (Ctrl+N) to start a note for the activity happening now.</source>
        <translation>Dewiswch Nodyn newydd (Ctrl+N) i ddechrau nodyn ar gyfer y gweithgaredd sy&apos;n digwydd nawr.</translation>
    </message>
    <message>
        <source>No note open</source>
        <translation>Dim nodyn ar agor</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(nodyn gwag)</translation>
    </message>
    <message>
        <source>{arrow} corroborates: {note}</source>
        <translation>{arrow} yn ategu: {note}</translation>
    </message>
    <message>
        <source>{arrow} contradicts: {note}</source>
        <translation>{arrow} yn gwrth-ddweud: {note}</translation>
    </message>
    <message>
        <source>Change activity kind</source>
        <translation>Newid y math o weithgaredd</translation>
    </message>
    <message>
        <source>Change sources</source>
        <translation>Newid y ffynonellau</translation>
    </message>
</context>
<context>
    <name>PrivacyBanner</name>
    <message>
        <source>Privacy and wording reminder</source>
        <translation>Nodyn atgoffa am breifatrwydd a geiriad</translation>
    </message>
    <message>
        <source>Privacy and wording reminder text</source>
        <translation>Testun y nodyn atgoffa am breifatrwydd a geiriad</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Diy&amp;styru</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Diystyru&apos;r nodyn atgoffa</translation>
    </message>
    <message>
        <source>“{0}” may name a pupil or a member of staff. Notes describe contexts, not people: consider {1}.</source>
        <translation>Gall “{0}” enwi disgybl neu aelod o staff. Mae nodiadau&apos;n disgrifio cyd-destunau, nid pobl: ystyriwch {1}.</translation>
    </message>
    <message>
        <source>“{0}”: {1}. Notes describe what was seen and heard, not verdicts: {2}</source>
        <translation>“{0}”: {1}. Mae nodiadau&apos;n disgrifio&apos;r hyn a welwyd ac a glywyd, nid dyfarniadau: {2}</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n more underlined.)</source>
        <translation>
            <numerusform>{0} (%n arall wedi&apos;i danlinellu.)</numerusform>
            <numerusform>{0} (%n arall wedi&apos;i danlinellu.)</numerusform>
            <numerusform>{0} (%n arall wedi&apos;i danlinellu.)</numerusform>
            <numerusform>{0} (%n arall wedi&apos;i danlinellu.)</numerusform>
            <numerusform>{0} (%n arall wedi&apos;i danlinellu.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>Timetable and framework</source>
        <translation>Amserlen a fframwaith</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>Press Enter on an activity to start a note for it.</source>
        <translation>Pwyswch Enter ar weithgaredd i ddechrau nodyn ar ei gyfer.</translation>
    </message>
    <message>
        <source>Framework strands and evidence counts</source>
        <translation>Llinynnau&apos;r fframwaith a nifer y dystiolaeth</translation>
    </message>
    <message>
        <source>Press Enter on a strand to list its notes.</source>
        <translation>Pwyswch Enter ar linyn i restru ei nodiadau.</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>A&amp;mserlen</translation>
    </message>
    <message>
        <source>F&amp;ramework</source>
        <translation>Ff&amp;ramwaith</translation>
    </message>
</context>
<context>
    <name>SourcesRows</name>
    <message>
        <source>Meeting with</source>
        <extracomment>The reviewer chose who the meeting was with (old, new). The reviewer ticked or cleared a source: (the sources chosen before, the ticked ones).</extracomment>
        <translation>Cyfarfod gyda</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <source>Meeting &amp;with:</source>
        <translation>Cyfa&amp;rfod gyda:</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Arsylwi</translation>
    </message>
    <message>
        <source>Documents, data</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <source>Source of evidence: {0}</source>
        <translation>Ffynhonnell dystiolaeth: {0}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Ffynonellau:</translation>
    </message>
    <message>
        <source>A working note of the team: it never counts as evidence.</source>
        <translation>Nodyn gwaith y tîm: nid yw byth yn cyfrif fel tystiolaeth.</translation>
    </message>
    <message>
        <source>As the activity implies; tick to change.</source>
        <translation>Fel y mae&apos;r gweithgaredd yn ei awgrymu; ticiwch i newid.</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <source>{0} chosen</source>
        <extracomment>(old keys, new keys) after the person added or removed a tag. Ctrl+Z / Ctrl+Shift+Z in the field with no typing of its own to undo or redo.</extracomment>
        <translation>{0} a ddewiswyd</translation>
    </message>
    <message>
        <source>Press Delete to remove the selected tag.</source>
        <translation>Pwyswch Delete i dynnu&apos;r tag a ddewiswyd.</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{when}  {activity}  ● now</source>
        <translation>{when}  {activity}  ● nawr</translation>
    </message>
</context>
<context>
    <name>capture</name>
    <message>
        <source>who the meeting was with</source>
        <translation>gyda phwy oedd y cyfarfod</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Teipio</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Newid {0}</translation>
    </message>
    <message>
        <source>Tag strands</source>
        <translation>Tagio llinynnau</translation>
    </message>
    <message>
        <source>Tag enquiry questions</source>
        <translation>Tagio cwestiynau ymholi</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Dileu nodyn</translation>
    </message>
    <message>
        <source>Link notes</source>
        <translation>Cysylltu nodiadau</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Tynnu&apos;r cysylltiad</translation>
    </message>
</context>
</TS>
