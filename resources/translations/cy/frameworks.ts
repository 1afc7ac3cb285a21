<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AreaForm</name>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Cod:</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Cod y maes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Area title</source>
        <translation>Teitl y maes</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>Area description</source>
        <translation>Disgrifiad y maes</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Problem with {field}</source>
        <extracomment>A field changed (typed, pasted or undone).</extracomment>
        <translation>Problem gyda {field}</translation>
    </message>
</context>
<context>
    <name>FrameworkAction</name>
    <message>
        <source>Edit &amp;frameworks…</source>
        <translation>Golygu &amp;fframweithiau…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Edit a review framework&apos;s areas, strands and prompts, and save a new version</source>
        <translation>Golygu meysydd, llinynnau a chwestiynau ysgogi fframwaith adolygu, a chadw fersiwn newydd</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>Framework editor</source>
        <extracomment>Something was written (a saved version or an import): the ChangeSet.</extracomment>
        <translation>Golygydd fframweithiau</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Dechrau &amp;o:</translation>
    </message>
    <message>
        <source>Framework version to start from</source>
        <translation>Fersiwn y fframwaith i ddechrau ohoni</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Llwytho</translation>
    </message>
    <message>
        <source>Edit the chosen version (or a blank framework)</source>
        <translation>Golygu&apos;r fersiwn a ddewiswyd (neu fframwaith gwag)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>Import a framework file and edit it</source>
        <translation>Mewnforio ffeil fframwaith a&apos;i golygu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Allfo&amp;rio…</translation>
    </message>
    <message>
        <source>Areas and strands</source>
        <translation>Meysydd a llinynnau</translation>
    </message>
    <message>
        <source>Delete removes; Alt+Up and Alt+Down move; Insert adds a strand</source>
        <translation>Mae Delete yn tynnu; mae Alt+Up ac Alt+Down yn symud; mae Insert yn ychwanegu llinyn</translation>
    </message>
    <message>
        <source>Add &amp;area</source>
        <translation>Ychwanegu m&amp;aes</translation>
    </message>
    <message>
        <source>Add st&amp;rand</source>
        <translation>Ychwanegu lli&amp;nyn</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>T&amp;ynnu</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Symud i la&amp;wr</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>Statws y golygydd</translation>
    </message>
    <message>
        <source>&amp;Save new version</source>
        <translation>Cadw fer&amp;siwn newydd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message numerus="yes">
        <source>{name}, version {label} (%n review(s))</source>
        <translation>
            <numerusform>{name}, fersiwn {label} (dim adolygiadau)</numerusform>
            <numerusform>{name}, fersiwn {label} (%n adolygiad)</numerusform>
            <numerusform>{name}, fersiwn {label} (%n adolygiad)</numerusform>
            <numerusform>{name}, fersiwn {label} (%n adolygiad)</numerusform>
            <numerusform>{name}, fersiwn {label} (%n adolygiad)</numerusform>
        </translation>
    </message>
    <message>
        <source>A blank framework</source>
        <translation>Fframwaith gwag</translation>
    </message>
    <message>
        <source>Write version {label} to a framework file</source>
        <translation>Ysgrifennu fersiwn {label} i ffeil fframwaith</translation>
    </message>
    <message>
        <source>Save the framework first, then export it</source>
        <translation>Cadwch y fframwaith yn gyntaf, yna ei allforio</translation>
    </message>
    <message>
        <source>A blank framework: fill in what the tree marks.</source>
        <translation>Fframwaith gwag: llenwch yr hyn y mae&apos;r goeden yn ei nodi.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Taflu&apos;r newidiadau?</translation>
    </message>
    <message>
        <source>The framework has changes that are not saved. Discard them?</source>
        <translation>Mae newidiadau i&apos;r fframwaith heb eu cadw. Hoffech chi eu taflu?</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Cywirwch y problemau yn gyntaf</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Cadw (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving: each is shown next to its field and marked in the tree.</source>
        <translation>
            <numerusform>Dim problemau i&apos;w cywiro.</numerusform>
            <numerusform>%n problem i&apos;w chywiro cyn cadw: fe&apos;i dangosir wrth ei blwch ac fe&apos;i nodir yn y goeden.</numerusform>
            <numerusform>%n problem i&apos;w cywiro cyn cadw: dangosir pob un wrth ei blwch a&apos;i nodi yn y goeden.</numerusform>
            <numerusform>%n problem i&apos;w cywiro cyn cadw: dangosir pob un wrth ei blwch a&apos;i nodi yn y goeden.</numerusform>
            <numerusform>%n problem i&apos;w cywiro cyn cadw: dangosir pob un wrth ei blwch a&apos;i nodi yn y goeden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to save as version {label}.</source>
        <translation>Yn barod i&apos;w gadw fel fersiwn {label}.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Dim newidiadau eto.</translation>
    </message>
    <message>
        <source>(a framework with no name yet)</source>
        <translation>(fframwaith heb enw eto)</translation>
    </message>
    <message>
        <source>(a new area)</source>
        <translation>(maes newydd)</translation>
    </message>
    <message>
        <source>(a new strand)</source>
        <translation>(llinyn newydd)</translation>
    </message>
    <message numerus="yes">
        <source>{item} — %n problem(s)</source>
        <translation>
            <numerusform>{item} — dim problemau</numerusform>
            <numerusform>{item} — %n problem</numerusform>
            <numerusform>{item} — %n problem</numerusform>
            <numerusform>{item} — %n problem</numerusform>
            <numerusform>{item} — %n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>{heading}: {problems}</source>
        <translation>{heading}: {problems}</translation>
    </message>
    <message>
        <source>The framework</source>
        <translation>Y fframwaith</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Nothing has changed since version {label}: no new version was saved.</source>
        <translation>Does dim wedi newid ers fersiwn {label}: ni chadwyd fersiwn newydd.</translation>
    </message>
    <message>
        <source>Saved version {label} of {name}. Reviews made on earlier versions keep theirs.</source>
        <translation>Cadwyd fersiwn {label} o {name}. Mae adolygiadau a wnaed ar fersiynau cynharach yn cadw eu fersiwn hwy.</translation>
    </message>
    <message>
        <source>Import a framework file</source>
        <translation>Mewnforio ffeil fframwaith</translation>
    </message>
    <message>
        <source>Peerview framework (*.json)</source>
        <translation>Fframwaith Peerview (*.json)</translation>
    </message>
    <message>
        <source>Imported version {label} of {name}.</source>
        <translation>Mewnforiwyd fersiwn {label} o {name}.</translation>
    </message>
    <message>
        <source>Version {label} of {name} was already here; nothing was imported.</source>
        <translation>Roedd fersiwn {label} o {name} yma eisoes; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Export a framework file</source>
        <translation>Allforio ffeil fframwaith</translation>
    </message>
    <message>
        <source>Version {label} was written to {file}.</source>
        <translation>Ysgrifennwyd fersiwn {label} i {file}.</translation>
    </message>
</context>
<context>
    <name>FrameworkForm</name>
    <message>
        <source>The framework</source>
        <translation>Y fframwaith</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Framework name</source>
        <translation>Enw&apos;r fframwaith</translation>
    </message>
    <message>
        <source>&amp;Version label:</source>
        <translation>La&amp;bel y fersiwn:</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Label y fersiwn</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>Framework description</source>
        <translation>Disgrifiad y fframwaith</translation>
    </message>
    <message>
        <source>Saving makes a new version with this label; reviews made on earlier versions keep theirs. Titles may be in Welsh and English, Welsh first, divided by “ / ”.</source>
        <translation>Mae cadw yn creu fersiwn newydd gyda&apos;r label hwn; mae adolygiadau a wnaed ar fersiynau cynharach yn cadw eu fersiwn hwy. Gall teitlau fod yn Gymraeg ac yn Saesneg, y Gymraeg yn gyntaf, wedi&apos;u rhannu gan “ / ”.</translation>
    </message>
</context>
<context>
    <name>FrameworkProblems</name>
    <message>
        <source>Give the framework a name.</source>
        <translation>Rhowch enw i&apos;r fframwaith.</translation>
    </message>
    <message>
        <source>Give this version a label, such as 2026.1.</source>
        <translation>Rhowch label i&apos;r fersiwn hon, fel 2026.1.</translation>
    </message>
    <message>
        <source>Give it a code, such as L1.</source>
        <translation>Rhowch god iddo, fel L1.</translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation>Rhowch deitl iddo.</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Llenwch hwn.</translation>
    </message>
    <message>
        <source>This is {length} characters long; shorten it to {limit} or fewer.</source>
        <translation>Mae hwn yn {length} nod o hyd; byrhewch ef i {limit} nod neu lai.</translation>
    </message>
    <message>
        <source>A code is 1 to 16 letters, digits, dots, hyphens or underscores, with no spaces (for example L1 or 2.3).</source>
        <translation>Mae cod yn 1 i 16 o lythrennau, digidau, atalnodau llawn, cysylltnodau neu danlinellau, heb fylchau (er enghraifft L1 neu 2.3).</translation>
    </message>
    <message>
        <source>The code {code} is also used by “{other}”: every area and strand needs its own code (capitals and small letters count as the same).</source>
        <translation>Mae&apos;r cod {code} hefyd yn cael ei ddefnyddio gan “{other}”: mae angen ei god ei hun ar bob maes a llinyn (mae priflythrennau a llythrennau bach yn cyfrif yr un fath).</translation>
    </message>
    <message>
        <source>This area has no strands: add a strand to it, or remove the area.</source>
        <translation>Nid oes llinynnau yn y maes hwn: ychwanegwch linyn ato, neu tynnwch y maes.</translation>
    </message>
    <message>
        <source>The framework has no areas: add an area.</source>
        <translation>Nid oes meysydd yn y fframwaith: ychwanegwch faes.</translation>
    </message>
    <message>
        <source>Another version of this framework is labelled {label}: choose another label.</source>
        <translation>Mae gan fersiwn arall o&apos;r fframwaith hwn y label {label}: dewiswch label arall.</translation>
    </message>
    <message>
        <source>The framework cannot be saved as it is.</source>
        <translation>Ni ellir cadw&apos;r fframwaith fel y mae.</translation>
    </message>
</context>
<context>
    <name>StrandForm</name>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Cod:</translation>
    </message>
    <message>
        <source>Strand code</source>
        <translation>Cod y llinyn</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Strand title</source>
        <translation>Teitl y llinyn</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>Strand description</source>
        <translation>Disgrifiad y llinyn</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>Cwestiynau ysgo&amp;gi:</translation>
    </message>
    <message>
        <source>Prompts, one on each line</source>
        <translation>Cwestiynau ysgogi, un ar bob llinell</translation>
    </message>
    <message>
        <source>Questions a reviewer asks, one on each line</source>
        <translation>Cwestiynau y mae adolygydd yn eu gofyn, un ar bob llinell</translation>
    </message>
    <message>
        <source>Descript&amp;ors:</source>
        <translation>Disgr&amp;ifyddion:</translation>
    </message>
    <message>
        <source>Descriptors, one on each line</source>
        <translation>Disgrifyddion, un ar bob llinell</translation>
    </message>
    <message>
        <source>What effective practice can look like, one on each line</source>
        <translation>Sut gall arfer effeithiol edrych, un ar bob llinell</translation>
    </message>
</context>
</TS>
