<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>CoverageModel</name>
    <message>
        <source>Strand or enquiry question</source>
        <translation>Llinyn neu gwestiwn ymholi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ffynonellau</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Adolygwyr</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>{0} of {1} strands thin</source>
        <translation>{0} o {1} llinyn yn brin</translation>
    </message>
    <message>
        <source>All strands supported</source>
        <translation>Pob llinyn wedi&apos;i ategu</translation>
    </message>
    <message>
        <source>Q{0}  {1}</source>
        <translation>C{0}  {1}</translation>
    </message>
    <message>
        <source>{0} of {1} questions thin</source>
        <translation>{0} o {1} cwestiwn yn brin</translation>
    </message>
    <message>
        <source>Enquiry questions</source>
        <translation>Cwestiynau ymholi</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>Thin: {0}</source>
        <translation>Prin: {0}</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Wedi&apos;i ategu</translation>
    </message>
    <message>
        <source>one source</source>
        <translation>un ffynhonnell</translation>
    </message>
    <message>
        <source>one activity</source>
        <translation>un gweithgaredd</translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation>un adolygydd</translation>
    </message>
    <message>
        <source>few notes</source>
        <translation>ychydig o nodiadau</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>Coverage</source>
        <extracomment>New counts are on screen.</extracomment>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>Coverage summary</source>
        <translation>Crynodeb o&apos;r cwmpas</translation>
    </message>
    <message>
        <source>Coverage by strand and enquiry question</source>
        <translation>Cwmpas fesul llinyn a chwestiwn ymholi</translation>
    </message>
    <message>
        <source>Thin means fewer than {0} notes, or from fewer than {1} sources of evidence (pupils&apos; talk, observation, documents...), or {2} activities, or {3} reviewers: not yet triangulated. The team&apos;s own meetings never count.</source>
        <translation>Ystyr prin yw llai na {0} nodyn, neu o lai na {1} ffynhonnell dystiolaeth (sgwrs disgyblion, arsylwi, dogfennau...), neu {2} gweithgaredd, neu {3} adolygydd: heb ei thriongli eto. Nid yw cyfarfodydd y tîm ei hun byth yn cyfrif.</translation>
    </message>
    <message>
        <source>Counting evidence</source>
        <translation>Yn cyfrif y dystiolaeth</translation>
    </message>
    <message>
        <source>Could not count the evidence: {0}</source>
        <translation>Methu cyfrif y dystiolaeth: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n strand(s): {0} supported, {1} thin, {2} with no evidence yet.</source>
        <translation>
            <numerusform>%n llinyn: {0} wedi&apos;u hategu, {1} yn brin, {2} heb dystiolaeth eto.</numerusform>
            <numerusform>%n llinyn: {0} wedi&apos;u hategu, {1} yn brin, {2} heb dystiolaeth eto.</numerusform>
            <numerusform>%n llinyn: {0} wedi&apos;u hategu, {1} yn brin, {2} heb dystiolaeth eto.</numerusform>
            <numerusform>%n llinyn: {0} wedi&apos;u hategu, {1} yn brin, {2} heb dystiolaeth eto.</numerusform>
            <numerusform>%n llinyn: {0} wedi&apos;u hategu, {1} yn brin, {2} heb dystiolaeth eto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have no strand yet.</source>
        <translation>
            <numerusform>Mae %n nodyn heb linyn eto.</numerusform>
            <numerusform>Mae %n nodyn heb linyn eto.</numerusform>
            <numerusform>Mae %n nodyn heb linyn eto.</numerusform>
            <numerusform>Mae %n nodyn heb linyn eto.</numerusform>
            <numerusform>Mae %n nodyn heb linyn eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>one sentence after another</comment>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>Excellence</name>
    <message>
        <source>nominated by {who}, {day}</source>
        <translation>enwebwyd gan {who}, {day}</translation>
    </message>
    <message>
        <source>Nominated by {who}, {day}</source>
        <translation>Enwebwyd gan {who}, {day}</translation>
    </message>
    <message>
        <source>not validated yet: the report leaves it out</source>
        <translation>heb ei ddilysu eto: nid yw yn yr adroddiad</translation>
    </message>
    <message>
        <source>validated {day}; {consent}</source>
        <translation>dilyswyd {day}; {consent}</translation>
    </message>
    <message>
        <source>Nominated, not validated</source>
        <translation>Enwebwyd, heb ei ddilysu</translation>
    </message>
    <message>
        <source>Shared with consent of {who}, {day}</source>
        <translation>Rhannwyd gyda chaniatâd {who}, {day}</translation>
    </message>
    <message>
        <source>Consent of {who} withdrawn {day}</source>
        <translation>Tynnwyd caniatâd {who} yn ôl {day}</translation>
    </message>
    <message>
        <source>Validated, not shared</source>
        <translation>Dilyswyd, heb ei rannu</translation>
    </message>
    <message>
        <source>shared with consent of {who} ({day})</source>
        <translation>rhannwyd gyda chaniatâd {who} ({day})</translation>
    </message>
    <message>
        <source>consent of {who} withdrawn ({day}): not shared</source>
        <translation>tynnwyd caniatâd {who} yn ôl ({day}): heb ei rannu</translation>
    </message>
    <message>
        <source>not shared: the host has not consented</source>
        <translation>heb ei rannu: nid yw&apos;r ysgol letyol wedi rhoi caniatâd</translation>
    </message>
    <message>
        <source>No finding validates it yet.</source>
        <translation>Nid oes canfyddiad yn ei ddilysu eto.</translation>
    </message>
    <message>
        <source>Validated by a finding since deleted.</source>
        <translation>Dilyswyd gan ganfyddiad sydd wedi&apos;i ddileu ers hynny.</translation>
    </message>
    <message>
        <source>Validated by the finding “{title}”.</source>
        <translation>Dilyswyd gan y canfyddiad “{title}”.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Review overview</source>
        <translation>Trosolwg o&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Crynodeb o&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Host school</source>
        <translation>Ysgol letyol</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Ffocws</translation>
    </message>
    <message>
        <source>Enquiry questions</source>
        <translation>Cwestiynau ymholi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Amserlen</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Review workspace</source>
        <extracomment>The person asked to go back to the list of reviews.</extracomment>
        <translation>Gweithle&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Host school and dates</source>
        <translation>Ysgol letyol a dyddiadau</translation>
    </message>
    <message>
        <source>Review pages</source>
        <translation>Tudalennau&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Cynllunio</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Cymedroli</translation>
    </message>
    <message>
        <source>Sign-off &amp;&amp; report</source>
        <translation>Llofnodi &amp;&amp; adroddiad</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
</context>
</TS>
