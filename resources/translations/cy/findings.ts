<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AnswersBox</name>
    <message>
        <source>Enquiry questions this finding answers</source>
        <translation>Cwestiynau ymholi y mae&apos;r canfyddiad hwn yn eu hateb</translation>
    </message>
    <message>
        <source>The host&apos;s response at the feedback meeting</source>
        <translation>Ymateb yr ysgol letyol yn y cyfarfod adborth</translation>
    </message>
    <message>
        <source>What the host said about this finding at the end-of-day feedback</source>
        <translation>Yr hyn a ddywedodd yr ysgol letyol am y canfyddiad hwn yn yr adborth ar ddiwedd y dydd</translation>
    </message>
    <message>
        <source>Host&apos;s &amp;response at feedback:</source>
        <translation>Ymateb yr ysgol letyol i&apos;r ad&amp;borth:</translation>
    </message>
    <message>
        <source>The review has no enquiry questions yet.</source>
        <translation>Nid oes gan yr adolygiad gwestiynau ymholi eto.</translation>
    </message>
    <message>
        <source>Change enquiry questions</source>
        <translation>Newid y cwestiynau ymholi</translation>
    </message>
    <message>
        <source>Record the host&apos;s response</source>
        <translation>Cofnodi ymateb yr ysgol letyol</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
</context>
<context>
    <name>EvidenceCounts</name>
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
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n ffynhonnell</numerusform>
            <numerusform>%n ffynhonnell</numerusform>
            <numerusform>%n ffynhonnell</numerusform>
            <numerusform>%n ffynhonnell</numerusform>
            <numerusform>%n ffynhonnell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n gweithgaredd</numerusform>
            <numerusform>%n gweithgaredd</numerusform>
            <numerusform>%n gweithgaredd</numerusform>
            <numerusform>%n gweithgaredd</numerusform>
            <numerusform>%n gweithgaredd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s)</source>
        <translation>
            <numerusform>%n adolygydd</numerusform>
            <numerusform>%n adolygydd</numerusform>
            <numerusform>%n adolygydd</numerusform>
            <numerusform>%n adolygydd</numerusform>
            <numerusform>%n adolygydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contradicting</source>
        <translation>
            <numerusform>%n yn gwrth-ddweud</numerusform>
            <numerusform>%n yn gwrth-ddweud</numerusform>
            <numerusform>%n yn gwrth-ddweud</numerusform>
            <numerusform>%n yn gwrth-ddweud</numerusform>
            <numerusform>%n yn gwrth-ddweud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcellenceBox</name>
    <message>
        <source>The host&apos;s nomination and consent</source>
        <translation>Enwebiad a chaniatâd yr ysgol letyol</translation>
    </message>
    <message>
        <source>V&amp;alidate…</source>
        <translation>D&amp;ilysu…</translation>
    </message>
    <message>
        <source>Validate one of the host&apos;s nominations with this finding</source>
        <translation>Dilysu un o enwebiadau&apos;r ysgol letyol gyda&apos;r canfyddiad hwn</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Cofnodi caniatâd…</translation>
    </message>
    <message>
        <source>Record the host&apos;s consent to share it with the partnership</source>
        <translation>Cofnodi caniatâd yr ysgol letyol i&apos;w rannu gyda&apos;r bartneriaeth</translation>
    </message>
    <message>
        <source>Withdraw co&amp;nsent</source>
        <translation>Tynn&amp;u caniatâd yn ôl</translation>
    </message>
    <message>
        <source>Withdraw the host&apos;s consent to share it</source>
        <translation>Tynnu&apos;n ôl ganiatâd yr ysgol letyol i&apos;w rannu</translation>
    </message>
    <message>
        <source>Validates the host&apos;s nomination “{title}” ({who}, {day}).
{consent}.</source>
        <translation>Yn dilysu enwebiad yr ysgol letyol “{title}” ({who}, {day}).
{consent}.</translation>
    </message>
    <message>
        <source>Validates none of the host&apos;s nominations: it will not print as the school&apos;s Area of Excellence.
Validate one once its evidence is linked.</source>
        <translation>Nid yw&apos;n dilysu unrhyw un o enwebiadau&apos;r ysgol letyol: ni fydd yn cael ei argraffu fel Maes Rhagoriaeth yr ysgol.
Dilyswch un unwaith y bydd ei dystiolaeth wedi&apos;i chysylltu.</translation>
    </message>
    <message>
        <source>The host nominated no Area of Excellence: this prints as the review&apos;s.
The host&apos;s nominations are recorded on the Planning page.</source>
        <translation>Ni enwebodd yr ysgol letyol Faes Rhagoriaeth: caiff hwn ei argraffu fel un yr adolygiad.
Cofnodir enwebiadau&apos;r ysgol letyol ar dudalen Cynllunio.</translation>
    </message>
    <message>
        <source>Validate a nomination</source>
        <translation>Dilysu enwebiad</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Dilysu</translation>
    </message>
    <message>
        <source>The team validates the host&apos;s nomination with this finding and the evidence linked to it: “{title}”.</source>
        <translation>Mae&apos;r tîm yn dilysu enwebiad yr ysgol letyol gyda&apos;r canfyddiad hwn a&apos;r dystiolaeth sydd wedi&apos;i chysylltu ag ef: “{title}”.</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>Heb ei ddilysu</translation>
    </message>
    <message>
        <source>Record the host&apos;s consent</source>
        <translation>Cofnodi caniatâd yr ysgol letyol</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Cofnodi caniatâd</translation>
    </message>
    <message>
        <source>The host agrees to share this Area of Excellence with the partnership. Only the headteacher or a host leader on the team can give that consent.</source>
        <translation>Mae&apos;r ysgol letyol yn cytuno i rannu&apos;r Maes Rhagoriaeth hwn gyda&apos;r bartneriaeth. Dim ond y pennaeth neu arweinydd o&apos;r ysgol letyol ar y tîm all roi&apos;r caniatâd hwnnw.</translation>
    </message>
    <message>
        <source>Consent not recorded</source>
        <translation>Ni chofnodwyd y caniatâd</translation>
    </message>
    <message>
        <source>Withdraw the consent to share</source>
        <translation>Tynnu&apos;n ôl y caniatâd i rannu</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <source>The host takes back its consent: the partnership no longer sees this Area of Excellence. The report still prints it.</source>
        <translation>Mae&apos;r ysgol letyol yn tynnu ei chaniatâd yn ôl: ni fydd y bartneriaeth yn gweld y Maes Rhagoriaeth hwn mwyach. Mae&apos;r adroddiad yn dal i&apos;w argraffu.</translation>
    </message>
    <message>
        <source>Consent not withdrawn</source>
        <translation>Ni thynnwyd y caniatâd yn ôl</translation>
    </message>
    <message>
        <source>{title} (now validated by another finding)</source>
        <translation>{title} (wedi&apos;i ddilysu gan ganfyddiad arall bellach)</translation>
    </message>
</context>
<context>
    <name>ExcellenceDialog</name>
    <message>
        <source>The host&apos;s nomination</source>
        <translation>Enwebiad yr ysgol letyol</translation>
    </message>
    <message>
        <source>&amp;Nomination:</source>
        <translation>&amp;Enwebiad:</translation>
    </message>
    <message>
        <source>Who on the host&apos;s side</source>
        <translation>Pwy o ochr yr ysgol letyol</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Gan:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>A&amp;r:</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Finding editor</source>
        <extracomment>The person asked to unlink these notes from the finding being edited.</extracomment>
        <translation>Golygydd canfyddiadau</translation>
    </message>
    <message>
        <source>Kind of finding</source>
        <translation>Math o ganfyddiad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Finding text</source>
        <translation>Testun y canfyddiad</translation>
    </message>
    <message>
        <source>Judgement language warning</source>
        <translation>Rhybudd am iaith farnu</translation>
    </message>
    <message>
        <source>Dis&amp;miss with reason…</source>
        <translation>Diystyru gyda &amp;rheswm…</translation>
    </message>
    <message>
        <source>Dismiss the warning with a reason</source>
        <translation>Diystyru&apos;r rhybudd gyda rheswm</translation>
    </message>
    <message>
        <source>Dismissed warning</source>
        <translation>Rhybudd a ddiystyrwyd</translation>
    </message>
    <message>
        <source>Triangulation</source>
        <translation>Triongli</translation>
    </message>
    <message>
        <source>Framework strands</source>
        <translation>Llinynnau&apos;r fframwaith</translation>
    </message>
    <message>
        <source>Evidence notes linked to this finding</source>
        <translation>Nodiadau tystiolaeth sydd wedi&apos;u cysylltu â&apos;r canfyddiad hwn</translation>
    </message>
    <message>
        <source>Unlin&amp;k selected</source>
        <translation>&amp;Datgysylltu&apos;r rhai a ddewiswyd</translation>
    </message>
    <message>
        <source>Unlink the selected evidence notes</source>
        <translation>Datgysylltu&apos;r nodiadau tystiolaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;stun:</translation>
    </message>
    <message>
        <source>Enquiry &amp;questions:</source>
        <translation>Cw&amp;estiynau ymholi:</translation>
    </message>
    <message>
        <source>Area of E&amp;xcellence:</source>
        <translation>Maes R&amp;hagoriaeth:</translation>
    </message>
    <message>
        <source>Frame&amp;work strands:</source>
        <translation>Llinynna&amp;u&apos;r fframwaith:</translation>
    </message>
    <message>
        <source>S&amp;upporting evidence:</source>
        <translation>Tysti&amp;olaeth ategol:</translation>
    </message>
    <message>
        <source>Select a finding or a next step to edit it.</source>
        <translation>Dewiswch ganfyddiad neu gam nesaf i&apos;w olygu.</translation>
    </message>
    <message>
        <source>Check the wording</source>
        <translation>Gwiriwch y geiriad</translation>
    </message>
    <message>
        <source>Consider</source>
        <translation>Ystyriwch</translation>
    </message>
    <message>
        <source>Warning dismissed for {terms}: {reason}</source>
        <translation>Rhybudd wedi&apos;i ddiystyru ar gyfer {terms}: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Golygu canfyddiad</translation>
    </message>
    <message>
        <source>Edit next step</source>
        <translation>Golygu cam nesaf</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Newid y math</translation>
    </message>
    <message>
        <source>Change strands</source>
        <translation>Newid y llinynnau</translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation>Heb ei ddiystyru</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Findings by kind, and next steps</source>
        <translation>Canfyddiadau fesul math, a&apos;r camau nesaf</translation>
    </message>
    <message>
        <source>Add strength</source>
        <translation>Ychwanegu cryfder</translation>
    </message>
    <message>
        <source>Add a strength</source>
        <translation>Ychwanegu cryfder</translation>
    </message>
    <message>
        <source>Add area for development</source>
        <translation>Ychwanegu maes i&apos;w ddatblygu</translation>
    </message>
    <message>
        <source>Add an area for development</source>
        <translation>Ychwanegu maes i&apos;w ddatblygu</translation>
    </message>
    <message>
        <source>Add Area of Excellence</source>
        <translation>Ychwanegu Maes Rhagoriaeth</translation>
    </message>
    <message>
        <source>Add an Area of Excellence</source>
        <translation>Ychwanegu Maes Rhagoriaeth</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Ychwanegu cam nesaf</translation>
    </message>
    <message>
        <source>Add a next step</source>
        <translation>Ychwanegu cam nesaf</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete the selected finding or next step</source>
        <translation>Dileu&apos;r canfyddiad neu&apos;r cam nesaf a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete (in the list: the Delete key)</source>
        <translation>Dileu (yn y rhestr: yr allwedd Delete)</translation>
    </message>
    <message>
        <source>In the list, Insert adds to the group in focus</source>
        <translation>Yn y rhestr, mae Insert yn ychwanegu at y grŵp sydd mewn ffocws</translation>
    </message>
    <message>
        <source>Find evidence notes</source>
        <translation>Chwilio am nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>Type to filter the review&apos;s evidence notes</source>
        <translation>Teipiwch i hidlo nodiadau tystiolaeth yr adolygiad</translation>
    </message>
    <message>
        <source>Fin&amp;d notes:</source>
        <translation>Chwilio &amp;nodiadau:</translation>
    </message>
    <message>
        <source>The review&apos;s evidence notes</source>
        <translation>Nodiadau tystiolaeth yr adolygiad</translation>
    </message>
    <message>
        <source>&amp;Link selected to finding</source>
        <translation>Cysy&amp;lltu&apos;r rhai a ddewiswyd â&apos;r canfyddiad</translation>
    </message>
    <message>
        <source>Link the selected notes to the finding</source>
        <translation>Cysylltu&apos;r nodiadau a ddewiswyd â&apos;r canfyddiad</translation>
    </message>
    <message>
        <source>Or drag notes onto a finding.</source>
        <translation>Neu llusgwch nodiadau ar ganfyddiad.</translation>
    </message>
    <message>
        <source>New strength</source>
        <translation>Cryfder newydd</translation>
    </message>
    <message>
        <source>New area for development</source>
        <translation>Maes newydd i&apos;w ddatblygu</translation>
    </message>
    <message>
        <source>New Area of Excellence</source>
        <translation>Maes Rhagoriaeth newydd</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Heb ei ychwanegu</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ychwanegu canfyddiad</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation>Cam nesaf newydd</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Dileu canfyddiad</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Heb ei ddileu</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Cysylltu tystiolaeth</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Heb ei gysylltu</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Datgysylltu tystiolaeth</translation>
    </message>
    <message>
        <source>Not unlinked</source>
        <translation>Heb ei ddatgysylltu</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Dewiswch ganfyddiad yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>Moderation</source>
        <translation>Cymedroli</translation>
    </message>
    <message>
        <source>Ready for team confirmation?</source>
        <translation>Yn barod i&apos;r tîm ei gadarnhau?</translation>
    </message>
    <message>
        <source>Emerging findings and each reviewer&apos;s position</source>
        <translation>Canfyddiadau sy&apos;n dod i&apos;r amlwg a safbwynt pob adolygydd</translation>
    </message>
    <message>
        <source>The selected finding&apos;s evidence</source>
        <translation>Tystiolaeth y canfyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>A&amp;dolygydd:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Safbwynt</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Safbwynt:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Why, in a sentence (the evidence you have in mind)</source>
        <translation>Pam, mewn brawddeg (y dystiolaeth sydd gennych mewn golwg)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Sy&amp;lw:</translation>
    </message>
    <message>
        <source>Recor&amp;d position</source>
        <translation>&amp;Cofnodi&apos;r safbwynt</translation>
    </message>
    <message>
        <source>Record the reviewer&apos;s position on this finding</source>
        <translation>Cofnodi safbwynt yr adolygydd ar y canfyddiad hwn</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Contradicted by</source>
        <translation>Gwrth-ddweud gan</translation>
    </message>
    <message>
        <source>{name} (lead)</source>
        <translation>{name} (arweinydd)</translation>
    </message>
    <message>
        <source>{position} (earlier wording)</source>
        <translation>{position} (geiriad cynharach)</translation>
    </message>
    <message>
        <source>{position} (not recorded by them or the lead)</source>
        <translation>{position} (heb ei gofnodi ganddynt hwy na&apos;r arweinydd)</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n finding(s) still need a position from every reviewer, or have a disagreement to resolve, before the review can be team confirmed.</source>
        <translation>
            <numerusform>Mae angen safbwynt gan bob adolygydd ar {0} o %n canfyddiad, neu mae anghytundeb i&apos;w ddatrys, cyn y gall y tîm gadarnhau&apos;r adolygiad.</numerusform>
            <numerusform>Mae angen safbwynt gan bob adolygydd ar {0} o %n canfyddiad, neu mae anghytundeb i&apos;w ddatrys, cyn y gall y tîm gadarnhau&apos;r adolygiad.</numerusform>
            <numerusform>Mae angen safbwynt gan bob adolygydd ar {0} o %n canfyddiad, neu mae anghytundeb i&apos;w ddatrys, cyn y gall y tîm gadarnhau&apos;r adolygiad.</numerusform>
            <numerusform>Mae angen safbwynt gan bob adolygydd ar {0} o %n canfyddiad, neu mae anghytundeb i&apos;w ddatrys, cyn y gall y tîm gadarnhau&apos;r adolygiad.</numerusform>
            <numerusform>Mae angen safbwynt gan bob adolygydd ar {0} o %n canfyddiad, neu mae anghytundeb i&apos;w ddatrys, cyn y gall y tîm gadarnhau&apos;r adolygiad.</numerusform>
        </translation>
    </message>
    <message>
        <source>— not yet</source>
        <translation>— dim eto</translation>
    </message>
    <message>
        <source>No reviewers on this review&apos;s team yet: add them on the Planning page.</source>
        <translation>Dim adolygwyr ar dîm yr adolygiad hwn eto: ychwanegwch nhw ar dudalen Cynllunio.</translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation>Dim canfyddiadau eto.</translation>
    </message>
    <message>
        <source>Every reviewer has agreed or questioned every finding, and nobody disagrees: the review can be team confirmed.</source>
        <translation>Mae pob adolygydd wedi cytuno â phob canfyddiad neu wedi&apos;i gwestiynu, ac nid oes neb yn anghytuno: gall y tîm gadarnhau&apos;r adolygiad.</translation>
    </message>
    <message>
        <source>Select a finding to see its evidence and positions.</source>
        <translation>Dewiswch ganfyddiad i weld ei dystiolaeth a&apos;r safbwyntiau.</translation>
    </message>
    <message>
        <source>{name} ({position}): {comment}</source>
        <translation>{name} ({position}): {comment}</translation>
    </message>
    <message>
        <source>Waiting for: {0}.</source>
        <translation>Yn aros am: {0}.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Keep this wording</source>
        <translation>Cadw&apos;r geiriad hwn</translation>
    </message>
    <message>
        <source>Dismiss the judgement language warning</source>
        <translation>Diystyru&apos;r rhybudd am iaith farnu</translation>
    </message>
    <message>
        <source>Peer reviews are developmental. Say why this finding keeps {terms} (for example: quoting the school&apos;s own self-evaluation). The reason is kept with the finding.</source>
        <translation>Mae adolygiadau cymheiriaid yn ddatblygiadol. Dywedwch pam mae&apos;r canfyddiad hwn yn cadw {terms} (er enghraifft: dyfynnu hunanwerthusiad yr ysgol ei hun). Cedwir y rheswm gyda&apos;r canfyddiad.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
</context>
<context>
    <name>Triangulation</name>
    <message>
        <source>no evidence notes are linked (the team&apos;s working notes do not count)</source>
        <translation>nid oes nodiadau tystiolaeth wedi&apos;u cysylltu (nid yw nodiadau gwaith y tîm yn cyfrif)</translation>
    </message>
    <message>
        <source>no evidence notes are linked</source>
        <translation>nid oes nodiadau tystiolaeth wedi&apos;u cysylltu</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>all from one source of evidence ({0})</source>
        <translation>y cyfan o un ffynhonnell dystiolaeth ({0})</translation>
    </message>
    <message>
        <source>all from one activity</source>
        <translation>y cyfan o un gweithgaredd</translation>
    </message>
    <message>
        <source>all from one reviewer</source>
        <translation>y cyfan gan un adolygydd</translation>
    </message>
    <message>
        <source>Rests on a single source: {reasons}</source>
        <translation>Yn dibynnu ar un ffynhonnell: {reasons}</translation>
    </message>
    <message>
        <source>Sources: {0}</source>
        <translation>Ffynonellau: {0}</translation>
    </message>
    <message>
        <source>Contradicted by:</source>
        <translation>Yn cael ei wrth-ddweud gan:</translation>
    </message>
    <message>
        <source>(counts kept after the notes were purged)</source>
        <translation>(cadwyd y cyfrifon ar ôl clirio&apos;r nodiadau&apos;n llwyr)</translation>
    </message>
</context>
<context>
    <name>TriangulationWords</name>
    <message numerus="yes">
        <source>%n working note(s) of the team linked: they do not count.</source>
        <translation>
            <numerusform>%n nodyn gwaith y tîm wedi&apos;u cysylltu: nid ydynt yn cyfrif.</numerusform>
            <numerusform>%n nodyn gwaith y tîm wedi&apos;u cysylltu: nid ydynt yn cyfrif.</numerusform>
            <numerusform>%n nodyn gwaith y tîm wedi&apos;u cysylltu: nid ydynt yn cyfrif.</numerusform>
            <numerusform>%n nodyn gwaith y tîm wedi&apos;u cysylltu: nid ydynt yn cyfrif.</numerusform>
            <numerusform>%n nodyn gwaith y tîm wedi&apos;u cysylltu: nid ydynt yn cyfrif.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Strengths (What went well)</source>
        <translation>Cryfderau (Beth aeth yn dda)</translation>
    </message>
    <message>
        <source>Areas for development (Even better if)</source>
        <translation>Meysydd i&apos;w datblygu (Byddai&apos;n well fyth pe bai)</translation>
    </message>
    <message>
        <source>Areas of Excellence</source>
        <translation>Meysydd Rhagoriaeth</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <source>⚠ single source: {text}</source>
        <translation>⚠ un ffynhonnell: {text}</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(heb deitl)</translation>
    </message>
    <message>
        <source>Judgement language: {terms}</source>
        <translation>Iaith farnu: {terms}</translation>
    </message>
    <message>
        <source>{kind}: {title}. {evidence}</source>
        <translation>{kind}: {title}. {evidence}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nodyn tystiolaeth</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Meini prawf llwyddiant</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
</TS>
