<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Peerview</source>
        <translation>Ynghylch Peerview</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Peerview&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Plan, gather evidence for and report on developmental school peer reviews, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Peerview&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Cynllunio adolygiadau cymheiriaid datblygiadol rhwng ysgolion, casglu tystiolaeth ar eu cyfer ac adrodd arnyn nhw, all-lein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Peerview {0}</source>
        <translation>Peerview {0}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Ffolder data</translation>
    </message>
    <message>
        <source>Where this computer keeps your reviews</source>
        <translation>Ble mae&apos;r cyfrifiadur hwn yn cadw eich adolygiadau</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>&amp;Ffolder data:</translation>
    </message>
    <message>
        <source>&amp;Diagnostics (no notes, names or paths):</source>
        <translation>&amp;Diagnosteg (dim nodiadau, enwau na llwybrau):</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnosteg</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copïo&apos;r diagnosteg</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copïo&apos;r diagnosteg</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to whoever helps you.</source>
        <translation>Wedi&apos;i gopïo. Gludwch ef yn eich neges at bwy bynnag sy&apos;n eich helpu.</translation>
    </message>
</context>
<context>
    <name>ConcernModel</name>
    <message>
        <source>Seen or heard</source>
        <translation>Wedi&apos;i weld neu ei glywed</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Yn mynd at</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Wedi&apos;i drosglwyddo</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Beth a welwyd neu a glywyd</translation>
    </message>
    <message>
        <source>{when}; erased here</source>
        <translation>{when}; wedi&apos;i ddileu yma</translation>
    </message>
    <message>
        <source>{when}; erased here {due}</source>
        <translation>{when}; i&apos;w ddileu yma {due}</translation>
    </message>
    <message>
        <source>Not yet: pass it on today</source>
        <translation>Ddim eto: trosglwyddwch ef heddiw</translation>
    </message>
    <message>
        <source>(erased on {date}; the school&apos;s DSL has the record)</source>
        <translation>(dilëwyd ar {date}; mae gan arweinydd diogelu dynodedig yr ysgol y cofnod)</translation>
    </message>
</context>
<context>
    <name>ConcernsDialog</name>
    <message>
        <source>Safeguarding concerns</source>
        <translation>Pryderon diogelu</translation>
    </message>
    <message>
        <source>Recorded on this computer for this review, apart from the evidence. Each must be passed on in person to the designated safeguarding lead the same day. Hand over… saves a record for the school&apos;s own system; this computer then erases its copy 7 days later, keeping only who it went to and when.</source>
        <translation>Wedi&apos;u cofnodi ar y cyfrifiadur hwn ar gyfer yr adolygiad hwn, ar wahân i&apos;r dystiolaeth. Rhaid trosglwyddo pob un wyneb yn wyneb i&apos;r arweinydd diogelu dynodedig ar yr un diwrnod. Mae Trosglwyddo&apos;r cofnod… yn cadw cofnod ar gyfer system yr ysgol ei hun; yna mae&apos;r cyfrifiadur hwn yn dileu ei gopi 7 diwrnod yn ddiweddarach, gan gadw dim ond at bwy yr aeth a phryd.</translation>
    </message>
    <message>
        <source>&amp;Passed on now</source>
        <translation>Wedi&apos;i &amp;drosglwyddo nawr</translation>
    </message>
    <message>
        <source>Passed on now</source>
        <translation>Wedi&apos;i drosglwyddo nawr</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>T&amp;rosglwyddo&apos;r cofnod…</translation>
    </message>
    <message>
        <source>Hand over: save the record for the school&apos;s DSL</source>
        <translation>Trosglwyddo&apos;r cofnod: ei gadw ar gyfer arweinydd diogelu dynodedig yr ysgol</translation>
    </message>
    <message>
        <source>Save the hand-over record (not in Peerview&apos;s data folder)</source>
        <translation>Cadw&apos;r cofnod trosglwyddo (nid yn ffolder data Peerview)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Heb ei drosglwyddo</translation>
    </message>
    <message>
        <source>Saved {file} for {name}. Give it to them (or print it) for the school&apos;s own system; this computer erases its copy on {date}.</source>
        <translation>Cadwyd {file} ar gyfer {name}. Rhowch ef iddyn nhw (neu argraffwch ef) ar gyfer system yr ysgol ei hun; bydd y cyfrifiadur hwn yn dileu ei gopi ar {date}.</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Check the fingerprint</source>
        <translation>Gwirio&apos;r ôl bys</translation>
    </message>
    <message>
        <source>Person: {0}</source>
        <translation>Person: {0}</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>Ôl bys: {0}</translation>
    </message>
    <message>
        <source>&amp;Yes, {0} read me exactly these digits (in person or by phone)</source>
        <translation>&amp;Ydy, darllenodd {0} yr union ddigidau hyn i mi (wyneb yn wyneb neu dros y ffôn)</translation>
    </message>
    <message>
        <source>The fingerprint was read to me and matches</source>
        <translation>Darllenwyd yr ôl bys i mi ac mae&apos;n cyfateb</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Ymddiried</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Ymddiried</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your identity</source>
        <translation>Eich hunaniaeth</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>This installation has no identity yet. Your identity lets partners check the bundles and reports you sign, and lets them send you encrypted bundles.</source>
        <translation>Nid oes gan y gosodiad hwn hunaniaeth eto. Mae eich hunaniaeth yn gadael i bartneriaid wirio&apos;r bwndeli a&apos;r adroddiadau rydych chi&apos;n eu llofnodi, ac yn gadael iddyn nhw anfon bwndeli wedi&apos;u hamgryptio atoch chi.</translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation>&amp;Creu hunaniaeth</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>Creu hunaniaeth</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Ysgol:</translation>
    </message>
    <message>
        <source>Your school</source>
        <translation>Eich ysgol</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>E&amp;to:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Protects your keys; kept in the system keyring where there is one</source>
        <translation>Yn diogelu eich allweddi; caiff ei gadw yng nghylch allweddi&apos;r system os oes un</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Your fingerprint (read it to partners):</source>
        <translation>Eich ôl bys (darllenwch ef i bartneriaid):</translation>
    </message>
    <message>
        <source>&amp;Export my card…</source>
        <translation>&amp;Allforio fy ngherdyn…</translation>
    </message>
    <message>
        <source>&amp;Trust a card…</source>
        <translation>&amp;Ymddiried mewn cerdyn…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Mewnforio rhestr aelodau…</translation>
    </message>
    <message>
        <source>E&amp;xport roster…</source>
        <translation>Allforio &amp;rhestr aelodau…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Allforio fy ngherdyn</translation>
    </message>
    <message>
        <source>Trust a card</source>
        <translation>Ymddiried mewn cerdyn</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Mewnforio rhestr aelodau</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Allforio rhestr aelodau</translation>
    </message>
    <message>
        <source>&amp;People you trust:</source>
        <translation>&amp;Pobl rydych chi&apos;n ymddiried ynddyn nhw:</translation>
    </message>
    <message>
        <source>People you trust</source>
        <translation>Pobl rydych chi&apos;n ymddiried ynddyn nhw</translation>
    </message>
    <message>
        <source>Your fingerprint: {0}</source>
        <translation>Eich ôl bys: {0}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>Created your identity. Fingerprint: {0}</source>
        <translation>Crëwyd eich hunaniaeth. Ôl bys: {0}</translation>
    </message>
    <message>
        <source>Wrote your card to {0}. Read your fingerprint to whoever trusts it.</source>
        <translation>Ysgrifennwyd eich cerdyn i {0}. Darllenwch eich ôl bys i bwy bynnag sy&apos;n ymddiried ynddo.</translation>
    </message>
    <message>
        <source>That is your own card; nothing to do.</source>
        <translation>Eich cerdyn eich hun yw hwnnw; dim i&apos;w wneud.</translation>
    </message>
    <message>
        <source>Ask {0} to read you their fingerprint. Does it match this?</source>
        <translation>Gofynnwch i {0} ddarllen ei ôl bys i chi. A yw&apos;n cyfateb i hwn?</translation>
    </message>
    <message>
        <source>Not trusted: the fingerprint was not confirmed.</source>
        <translation>Dim ymddiried: ni chadarnhawyd yr ôl bys.</translation>
    </message>
    <message>
        <source>You now trust {0}.</source>
        <translation>Rydych chi nawr yn ymddiried yn {0}.</translation>
    </message>
    <message>
        <source>Wrote the roster to {0}: {1} members, {2} revoked keys.</source>
        <translation>Ysgrifennwyd y rhestr aelodau i {0}: {1} aelod, {2} allwedd wedi&apos;u dirymu.</translation>
    </message>
    <message>
        <source>Export your card</source>
        <translation>Allforio eich cerdyn</translation>
    </message>
    <message>
        <source>Trust the person on a card</source>
        <translation>Ymddiried yn y person ar gerdyn</translation>
    </message>
    <message>
        <source>Import a partnership roster</source>
        <translation>Mewnforio rhestr aelodau partneriaeth</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Allforio&apos;r rhestr aelodau</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New review</source>
        <translation>Adolygiad newydd</translation>
    </message>
    <message>
        <source>Host school</source>
        <translation>Ysgol letyol</translation>
    </message>
    <message>
        <source>Choose or type a new one</source>
        <translation>Dewiswch un, neu teipiwch un newydd</translation>
    </message>
    <message>
        <source>&amp;Host school:</source>
        <translation>Ysgol &amp;letyol:</translation>
    </message>
    <message>
        <source>Review title</source>
        <translation>Teitl yr adolygiad</translation>
    </message>
    <message>
        <source>Peer review: the host school&apos;s name</source>
        <translation>Adolygiad cymheiriaid: enw&apos;r ysgol letyol</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>First day of the visit</source>
        <translation>Diwrnod cyntaf yr ymweliad</translation>
    </message>
    <message>
        <source>Last day of the visit</source>
        <translation>Diwrnod olaf yr ymweliad</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Diwrnod cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Diwrnod &amp;olaf:</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>Fersiwn y fframwaith</translation>
    </message>
    <message>
        <source>F&amp;ramework:</source>
        <translation>Ff&amp;ramwaith:</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Ffocws</translation>
    </message>
    <message>
        <source>F&amp;ocus:</source>
        <translation>Ffo&amp;cws:</translation>
    </message>
    <message>
        <source>Enquiry questions, one per line</source>
        <translation>Cwestiynau ymholi, un i bob llinell</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Un cwestiwn i bob llinell</translation>
    </message>
    <message>
        <source>&amp;Enquiry questions:</source>
        <translation>Cwestiynau &amp;ymholi:</translation>
    </message>
    <message>
        <source>Create review</source>
        <translation>Creu&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Team member&apos;s name</source>
        <translation>Enw aelod o&apos;r tîm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Team member&apos;s role</source>
        <translation>Rôl aelod o&apos;r tîm</translation>
    </message>
    <message>
        <source>&amp;Add to team</source>
        <translation>Ychwanegu at y tî&amp;m</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Ychwanegu at y tîm</translation>
    </message>
    <message>
        <source>Tea&amp;m member:</source>
        <translation>&amp;Aelod o&apos;r tîm:</translation>
    </message>
    <message>
        <source>Review team</source>
        <translation>Tîm yr adolygiad</translation>
    </message>
    <message>
        <source>Press Delete to take someone off.</source>
        <translation>Pwyswch Delete i dynnu rhywun oddi ar y tîm.</translation>
    </message>
    <message>
        <source>Ta&amp;ke off team</source>
        <translation>T&amp;ynnu oddi ar y tîm</translation>
    </message>
    <message>
        <source>Take off team</source>
        <translation>Tynnu oddi ar y tîm</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Tîm:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The passphrase that protects your keys; it is not shown as you type</source>
        <translation>Y cyfrinymadrodd sy&apos;n diogelu eich allweddi; nid yw&apos;n cael ei ddangos wrth i chi deipio</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>E&amp;to:</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problem gyda&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Teipiwch y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
</context>
<context>
    <name>SafeguardingDialog</name>
    <message>
        <source>Record a safeguarding concern</source>
        <translation>Cofnodi pryder diogelu</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Nodyn atgoffa</translation>
    </message>
    <message>
        <source>the host school&apos;s DSL</source>
        <translation>arweinydd diogelu dynodedig yr ysgol letyol</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pass this on in person today&lt;/b&gt; to {0}, the designated safeguarding lead (or the local authority designated officer if it concerns the headteacher). Writing it down here does not replace telling them.</source>
        <translation>&lt;b&gt;Trosglwyddwch hyn wyneb yn wyneb heddiw&lt;/b&gt; i {0}, yr arweinydd diogelu dynodedig (neu swyddog dynodedig yr awdurdod lleol os yw&apos;n ymwneud â&apos;r pennaeth). Nid yw ei ysgrifennu yma yn cymryd lle dweud wrthyn nhw.</translation>
    </message>
    <message>
        <source>This record is kept apart from evidence: it never appears in notes, search, coverage or the report.</source>
        <translation>Caiff y cofnod hwn ei gadw ar wahân i&apos;r dystiolaeth: nid yw byth yn ymddangos mewn nodiadau, wrth chwilio, yn y cwmpas nac yn yr adroddiad.</translation>
    </message>
    <message>
        <source>What you saw or heard</source>
        <translation>Beth a welsoch neu a glywsoch</translation>
    </message>
    <message>
        <source>Facts only, in the words used. Context, not pupils&apos; names where you can.</source>
        <translation>Ffeithiau yn unig, yn y geiriau a ddefnyddiwyd. Cyd-destun, nid enwau disgyblion, lle gallwch chi.</translation>
    </message>
    <message>
        <source>&amp;What you saw or heard:</source>
        <translation>&amp;Beth a welsoch neu a glywsoch:</translation>
    </message>
    <message>
        <source>When you saw or heard it</source>
        <translation>Pryd y gwelsoch neu y clywsoch ef</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>Pass it to</source>
        <translation>Ei drosglwyddo i</translation>
    </message>
    <message>
        <source>The host school&apos;s designated safeguarding lead</source>
        <translation>Arweinydd diogelu dynodedig yr ysgol letyol</translation>
    </message>
    <message>
        <source>&amp;Pass it to:</source>
        <translation>Ei &amp;drosglwyddo i:</translation>
    </message>
    <message>
        <source>I have &amp;already passed it on</source>
        <translation>Rydw i &amp;eisoes wedi&apos;i drosglwyddo</translation>
    </message>
    <message>
        <source>Already passed on</source>
        <translation>Wedi&apos;i drosglwyddo eisoes</translation>
    </message>
    <message>
        <source>When it was passed on</source>
        <translation>Pryd y cafodd ei drosglwyddo</translation>
    </message>
    <message>
        <source>Passed &amp;on at:</source>
        <translation>Wedi&apos;i drosglwyddo a&amp;m:</translation>
    </message>
    <message>
        <source>Record concern</source>
        <translation>Cofnodi&apos;r pryder</translation>
    </message>
    <message>
        <source>Write what you saw or heard.</source>
        <translation>Ysgrifennwch beth a welsoch neu a glywsoch.</translation>
    </message>
    <message>
        <source>Say who it goes to: the host school&apos;s designated safeguarding lead.</source>
        <translation>Dywedwch at bwy mae&apos;n mynd: arweinydd diogelu dynodedig yr ysgol letyol.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Ffolder data</translation>
    </message>
    <message>
        <source>Takes effect when Peerview next starts</source>
        <translation>Daw i rym pan fydd Peerview yn cychwyn nesaf</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Dewis y ffolder data</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Ffolder data:</translation>
    </message>
    <message>
        <source>Peerview is using {0} now. A different folder takes effect when Peerview next starts; the reviews in this folder stay here (copy the folder first to move them).</source>
        <translation>Mae Peerview yn defnyddio {0} nawr. Daw ffolder gwahanol i rym pan fydd Peerview yn cychwyn nesaf; mae&apos;r adolygiadau yn y ffolder hwn yn aros yma (copïwch y ffolder yn gyntaf i&apos;w symud).</translation>
    </message>
    <message>
        <source>About changing the data folder</source>
        <translation>Ynghylch newid y ffolder data</translation>
    </message>
    <message>
        <source>Shared folder for sync bundles</source>
        <translation>Ffolder a rennir ar gyfer bwndeli cysoni</translation>
    </message>
    <message>
        <source>None: bundles are moved by hand</source>
        <translation>Dim: caiff bwndeli eu symud â llaw</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>D&amp;ewis…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Dewis y ffolder a rennir</translation>
    </message>
    <message>
        <source>&amp;Shared folder:</source>
        <translation>Ffolder a &amp;rennir:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Gwneud copi nawr</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>O&amp;pen backups folder</source>
        <translation>&amp;Agor y ffolder</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Agor y ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copïau wrth gefn:</translation>
    </message>
    <message>
        <source>Default for evidence notes after signing, on this computer</source>
        <translation>Y rhagosodiad ar gyfer nodiadau tystiolaeth ar ôl llofnodi, ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Retention de&amp;fault:</source>
        <translation>Rhagosodiad &amp;cadw:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Keep or purge the evidence notes after signing</source>
        <translation>Cadw&apos;r nodiadau tystiolaeth neu eu clirio&apos;n llwyr ar ôl llofnodi</translation>
    </message>
    <message>
        <source>R&amp;etention:</source>
        <translation>Ca&amp;dw:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>A new language shows when Peerview next starts.</source>
        <translation>Bydd iaith newydd yn ymddangos pan fydd Peerview yn cychwyn nesaf.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message numerus="yes">
        <source>%n kept (Peerview keeps the newest {0})</source>
        <translation>
            <numerusform>Dim wedi&apos;u cadw (cedwir y {0} diweddaraf)</numerusform>
            <numerusform>%n wedi&apos;i gadw (cedwir y {0} diweddaraf)</numerusform>
            <numerusform>%n wedi&apos;u cadw (cedwir y {0} diweddaraf)</numerusform>
            <numerusform>%n wedi&apos;u cadw (cedwir y {0} diweddaraf)</numerusform>
            <numerusform>%n wedi&apos;u cadw (cedwir y {0} diweddaraf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not back up: {0}</source>
        <translation>Methu gwneud copi wrth gefn: {0}</translation>
    </message>
    <message>
        <source>Keep the notes</source>
        <translation>Cadw&apos;r nodiadau</translation>
    </message>
    <message>
        <source>Purge {0} days after signing</source>
        <translation>Clirio&apos;n llwyr {0} diwrnod ar ôl llofnodi</translation>
    </message>
    <message>
        <source>The data folder is a file; choose a folder.</source>
        <translation>Ffeil yw&apos;r ffolder data; dewiswch ffolder.</translation>
    </message>
</context>
<context>
    <name>TrustedPeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Trusted through</source>
        <translation>Ymddiried drwy</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>you</source>
        <translation>chi</translation>
    </message>
    <message>
        <source>card</source>
        <translation>cerdyn</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>rhestr aelodau</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>wedi&apos;i dirymu</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>This roster is signed by {0}, whom you do not trust yet. Ask them to read you their fingerprint. Does it match this?</source>
        <translation>Mae&apos;r rhestr aelodau hon wedi&apos;i llofnodi gan {0}, nad ydych chi&apos;n ymddiried ynddyn nhw eto. Gofynnwch iddyn nhw ddarllen eu hôl bys i chi. A yw&apos;n cyfateb i hwn?</translation>
    </message>
    <message>
        <source>Roster not imported: the fingerprint was not confirmed.</source>
        <translation>Ni fewnforiwyd y rhestr aelodau: ni chadarnhawyd yr ôl bys.</translation>
    </message>
    <message>
        <source>Imported the roster: {0} added, {1} updated, {2} newly revoked.</source>
        <translation>Mewnforiwyd y rhestr aelodau: {0} wedi&apos;u hychwanegu, {1} wedi&apos;u diweddaru, {2} newydd eu dirymu.</translation>
    </message>
    <message>
        <source>Not trusted (revoked): {0}.</source>
        <translation>Dim ymddiried (wedi&apos;u dirymu): {0}.</translation>
    </message>
</context>
</TS>
