<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>ArchiveQuestion</name>
    <message>
        <source>Archive review</source>
        <translation>Archifo&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Archive “{0}”?</source>
        <translation>Archifo “{0}”?</translation>
    </message>
    <message>
        <source>It leaves the list of reviews; nothing is deleted. To see archived reviews, choose View, Show archived reviews; Unarchive review brings one back.</source>
        <translation>Bydd yn gadael y rhestr adolygiadau; nid oes dim yn cael ei ddileu. I weld adolygiadau wedi&apos;u harchifo, dewiswch Gweld, Dangos adolygiadau wedi&apos;u harchifo; mae Dad-archifo adolygiad yn dod ag un yn ôl.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archifo</translation>
    </message>
    <message>
        <source>Archive the review</source>
        <translation>Archifo&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Cancel, keep the review in the list</source>
        <translation>Canslo, cadw&apos;r adolygiad yn y rhestr</translation>
    </message>
</context>
<context>
    <name>ArchivedNotice</name>
    <message>
        <source>Archived reviews are listed too, marked “(archived)”. To bring one back, select it and choose Unarchive review (Ctrl+Shift+A).</source>
        <translation>Mae adolygiadau wedi&apos;u harchifo yn y rhestr hefyd, wedi&apos;u marcio “(wedi&apos;i archifo)”. I ddod ag un yn ôl, dewiswch ef a dewiswch Dad-archifo adolygiad (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>&amp;Hide archived reviews</source>
        <translation>&amp;Cuddio adolygiadau wedi&apos;u harchifo</translation>
    </message>
    <message numerus="yes">
        <source>%n archived review(s) not listed.</source>
        <translation>
            <numerusform>Dim adolygiadau wedi&apos;u harchifo heb eu rhestru.</numerusform>
            <numerusform>Mae %n adolygiad wedi&apos;i archifo heb ei restru.</numerusform>
            <numerusform>Mae %n adolygiad wedi&apos;u harchifo heb eu rhestru.</numerusform>
            <numerusform>Mae %n adolygiad wedi&apos;u harchifo heb eu rhestru.</numerusform>
            <numerusform>Mae %n adolygiad wedi&apos;u harchifo heb eu rhestru.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a&amp;rchived reviews</source>
        <translation>Dangos adolygiadau wedi&apos;u h&amp;archifo</translation>
    </message>
    <message>
        <source>Every review is archived. Show archived reviews (below) to list them; archived reviews are kept, and Unarchive review brings one back.</source>
        <translation>Mae pob adolygiad wedi&apos;i archifo. Dangoswch adolygiadau wedi&apos;u harchifo (isod) i&apos;w rhestru; caiff adolygiadau wedi&apos;u harchifo eu cadw, ac mae Dad-archifo adolygiad yn dod ag un yn ôl.</translation>
    </message>
</context>
<context>
    <name>DraftResponseDialog</name>
    <message>
        <source>Respond to draft {n}</source>
        <translation>Ymateb i ddrafft {n}</translation>
    </message>
    <message>
        <source>{school}: draft {n} of “{title}”</source>
        <translation>{school}: drafft {n} o “{title}”</translation>
    </message>
    <message>
        <source>(no school named)</source>
        <translation>(dim ysgol wedi&apos;i henwi)</translation>
    </message>
    <message>
        <source>The draft report</source>
        <translation>Yr adroddiad drafft</translation>
    </message>
    <message>
        <source>Write what your school says about any finding that is not accurate (or leave it empty), and a general comment. Your response is signed with your identity; send the saved file to the lead reviewer.</source>
        <translation>Ysgrifennwch beth mae eich ysgol yn ei ddweud am unrhyw ganfyddiad nad yw&apos;n gywir (neu gadewch y blwch yn wag), a sylw cyffredinol. Caiff eich ymateb ei lofnodi â&apos;ch hunaniaeth; anfonwch y ffeil a gadwyd at yr adolygydd arweiniol.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <source>This draft lists no findings.</source>
        <translation>Nid yw&apos;r drafft hwn yn rhestru unrhyw ganfyddiadau.</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Dim canfyddiadau</translation>
    </message>
    <message>
        <source>The draft&apos;s findings</source>
        <translation>Canfyddiadau&apos;r drafft</translation>
    </message>
    <message>
        <source>&amp;General comment:</source>
        <translation>Sylw &amp;cyffredinol:</translation>
    </message>
    <message>
        <source>General comment on the draft</source>
        <translation>Sylw cyffredinol ar y drafft</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Sign and save…</source>
        <translation>&amp;Llofnodi a chadw…</translation>
    </message>
    <message>
        <source>Finding {n}</source>
        <translation>Canfyddiad {n}</translation>
    </message>
    <message>
        <source>Finding {n}, text</source>
        <translation>Canfyddiad {n}, testun</translation>
    </message>
    <message>
        <source>What you say about finding {n}</source>
        <translation>Beth rydych chi&apos;n ei ddweud am ganfyddiad {n}</translation>
    </message>
    <message>
        <source>Your correction or comment (optional)</source>
        <translation>Eich cywiriad neu sylw (dewisol)</translation>
    </message>
    <message>
        <source>Save the signed response</source>
        <translation>Cadw&apos;r ymateb wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Peerview response (*{suffix});;All files (*)</source>
        <translation>Ymateb Peerview (*{suffix});;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>ErasureNotice</name>
    <message>
        <source>&amp;Erase what is due…</source>
        <translation>&amp;Dileu&apos;r hyn sy&apos;n ddyledus…</translation>
    </message>
    <message>
        <source>Erase what is due</source>
        <translation>Dileu&apos;r hyn sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Evidence notes of “{title}” are due to be purged (since {date}).</source>
        <translation>Mae nodiadau tystiolaeth “{title}” i fod i gael eu clirio&apos;n llwyr (ers {date}).</translation>
    </message>
    <message numerus="yes">
        <source>%n safeguarding concern(s) handed over to the school&apos;s DSL are due to be erased from this computer.</source>
        <translation>
            <numerusform>Dim pryderon diogelu i&apos;w dileu o&apos;r cyfrifiadur hwn.</numerusform>
            <numerusform>Mae %n pryder diogelu a roddwyd i arweinydd diogelu dynodedig yr ysgol i fod i gael ei ddileu o&apos;r cyfrifiadur hwn.</numerusform>
            <numerusform>Mae %n pryder diogelu a roddwyd i arweinydd diogelu dynodedig yr ysgol i fod i gael eu dileu o&apos;r cyfrifiadur hwn.</numerusform>
            <numerusform>Mae %n pryder diogelu a roddwyd i arweinydd diogelu dynodedig yr ysgol i fod i gael eu dileu o&apos;r cyfrifiadur hwn.</numerusform>
            <numerusform>Mae %n pryder diogelu a roddwyd i arweinydd diogelu dynodedig yr ysgol i fod i gael eu dileu o&apos;r cyfrifiadur hwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}

The findings, action plans, signed reports and the record of who did what are kept; for a concern, that it was handed over, when and to whom. This cannot be undone.</source>
        <translation>{what}

Caiff y canfyddiadau, y cynlluniau gweithredu, yr adroddiadau wedi&apos;u llofnodi a&apos;r cofnod o bwy wnaeth beth eu cadw; ar gyfer pryder, y ffaith iddo gael ei drosglwyddo, pryd ac i bwy. Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Not all erased</source>
        <translation>Heb ddileu&apos;r cyfan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Peerview main window</source>
        <extracomment>A review was chosen (double-click or Enter); carries the review id. The window has closed (and saved its settings).</extracomment>
        <translation>Prif ffenestr Peerview</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close Peerview</source>
        <translation>Cau Peerview</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Read the list of reviews again</source>
        <translation>Darllen y rhestr adolygiadau eto</translation>
    </message>
    <message>
        <source>&amp;All reviews</source>
        <translation>&amp;Pob adolygiad</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Back to the list of reviews</source>
        <translation>Yn ôl i&apos;r rhestr adolygiadau</translation>
    </message>
    <message>
        <source>Back to the list of reviews (Alt+Left)</source>
        <translation>Yn ôl i&apos;r rhestr adolygiadau (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation>P&amp;artneriaeth</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>The partnership: members, schedule, reviewers and directory</source>
        <translation>Y bartneriaeth: aelodau, amserlen, adolygwyr a chyfeiriadur</translation>
    </message>
    <message>
        <source>The partnership (Ctrl+Shift+P)</source>
        <translation>Y bartneriaeth (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Prif ddewislen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>File menu</source>
        <translation>Dewislen Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>Edit menu</source>
        <translation>Dewislen Golygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>View menu</source>
        <translation>Dewislen Gweld</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Review menu</source>
        <translation>Dewislen Adolygiad</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation>Dewislen Cymorth</translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation>Gweithredoedd adolygiadau</translation>
    </message>
    <message>
        <source>Open review actions</source>
        <translation>Agor gweithredoedd adolygiadau</translation>
    </message>
    <message>
        <source>Partnership actions</source>
        <translation>Gweithredoedd y bartneriaeth</translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation>Eich adolygiadau</translation>
    </message>
    <message>
        <source>Reviews area</source>
        <translation>Ardal yr adolygiadau</translation>
    </message>
    <message>
        <source>No reviews yet. Choose **New review…** (Ctrl+N) to plan one, or **Help › Welcome…** to explore a sample review.</source>
        <translation>Dim adolygiadau eto. Dewiswch **Adolygiad newydd…** (Ctrl+N) i gynllunio un, neu **Cymorth › Croeso…** i archwilio adolygiad enghreifftiol.</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Dim adolygiadau eto</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>One row per review; press Enter to open the selected review.</source>
        <translation>Un rhes i bob adolygiad; pwyswch Enter i agor yr adolygiad a ddewiswyd.</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Bar statws</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Draft report</source>
        <translation>Adroddiad drafft</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Sicrhau ansawdd</translation>
    </message>
    <message>
        <source>Host&apos;s factual-accuracy response</source>
        <translation>Ymateb yr ysgol letyol ar gywirdeb ffeithiol</translation>
    </message>
    <message>
        <source>Final signed report</source>
        <translation>Adroddiad terfynol wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Action to review since {when}: {what}, {review}</source>
        <translation>Cam gweithredu i&apos;w adolygu ers {when}: {what}, {review}</translation>
    </message>
    <message>
        <source>Impact review due since {when}: {review}</source>
        <translation>Adolygiad effaith yn ddyledus ers {when}: {review}</translation>
    </message>
    <message>
        <source>Overdue since {when}: {step}, {review}</source>
        <translation>Yn hwyr ers {when}: {step}, {review}</translation>
    </message>
    <message>
        <source>Due {when}: {step}, {review}</source>
        <translation>Erbyn {when}: {step}, {review}</translation>
    </message>
    <message>
        <source>Reminders: report steps, actions and impact reviews due</source>
        <translation>Nodiadau atgoffa: camau&apos;r adroddiad, camau gweithredu ac adolygiadau effaith sy&apos;n ddyledus</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;New review…</source>
        <translation>Adolygiad &amp;newydd…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Plan a new peer review</source>
        <translation>Cynllunio adolygiad cymheiriaid newydd</translation>
    </message>
    <message>
        <source>&amp;Open review</source>
        <translation>&amp;Agor adolygiad</translation>
    </message>
    <message>
        <source>Open the selected review</source>
        <translation>Agor yr adolygiad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Archive review…</source>
        <translation>A&amp;rchifo adolygiad…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Take the review off the list (asks first; nothing is deleted)</source>
        <translation>Tynnu&apos;r adolygiad oddi ar y rhestr (mae&apos;n gofyn yn gyntaf; nid oes dim yn cael ei ddileu)</translation>
    </message>
    <message>
        <source>Show a&amp;rchived reviews</source>
        <translation>Dangos adolygiadau wedi&apos;u h&amp;archifo</translation>
    </message>
    <message>
        <source>Record a &amp;safeguarding concern…</source>
        <translation>Cofnodi pryder &amp;diogelu…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Kept apart from evidence, for the host&apos;s designated safeguarding lead</source>
        <translation>Wedi&apos;i gadw ar wahân i&apos;r dystiolaeth, ar gyfer arweinydd diogelu dynodedig yr ysgol letyol</translation>
    </message>
    <message>
        <source>Concerns &amp;recorded for this review…</source>
        <translation>Pryderon a &amp;gofnodwyd ar gyfer yr adolygiad hwn…</translation>
    </message>
    <message>
        <source>Safeguarding concerns of the open review, and whether each is passed on</source>
        <translation>Pryderon diogelu&apos;r adolygiad sydd ar agor, ac a yw pob un wedi&apos;i drosglwyddo</translation>
    </message>
    <message>
        <source>Un&amp;archive review</source>
        <translation>Dad-&amp;archifo adolygiad</translation>
    </message>
    <message>
        <source>Cannot create the review</source>
        <translation>Methu creu&apos;r adolygiad</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Record a safeguarding concern</source>
        <translation>Cofnodi pryder diogelu</translation>
    </message>
    <message>
        <source>Cannot record the concern</source>
        <translation>Methu cofnodi&apos;r pryder</translation>
    </message>
    <message>
        <source>Concern recorded. Pass it on in person today to {0}.</source>
        <translation>Pryder wedi&apos;i gofnodi. Trosglwyddwch ef wyneb yn wyneb heddiw i {0}.</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
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
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Archived review</source>
        <translation>Adolygiad wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>{0} (archived)</source>
        <translation>{0} (wedi&apos;i archifo)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Peerview</source>
        <translation>Croeso i Peerview</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Hepgor y cam hwn</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Put your name on your work. Peerview adds your name to your evidence notes and to the reports you sign, and your team can trust that what you send them came from you and was not changed on the way.</source>
        <translation>Rhowch eich enw ar eich gwaith. Mae Peerview yn ychwanegu eich enw at eich nodiadau tystiolaeth ac at yr adroddiadau rydych chi&apos;n eu llofnodi, a gall eich tîm ymddiried bod yr hyn rydych chi&apos;n ei anfon atyn nhw wedi dod oddi wrthych chi ac na chafodd ei newid ar y ffordd.</translation>
    </message>
    <message>
        <source>Choose a passphrase only you know. This computer remembers it for you, so you will not have to type it again.</source>
        <translation>Dewiswch gyfrinymadrodd mai dim ond chi sy&apos;n ei wybod. Mae&apos;r cyfrifiadur hwn yn ei gofio i chi, felly ni fydd angen i chi ei deipio eto.</translation>
    </message>
    <message>
        <source>Choose a passphrase only you know and will remember. This computer cannot store it, so Peerview will ask you for it when you sign a report or send your work to the team.</source>
        <translation>Dewiswch gyfrinymadrodd mai dim ond chi sy&apos;n ei wybod ac y byddwch yn ei gofio. Ni all y cyfrifiadur hwn ei storio, felly bydd Peerview yn gofyn i chi amdano pan fyddwch yn llofnodi adroddiad neu&apos;n anfon eich gwaith at y tîm.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Eich cyfrinymadrodd</translation>
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
        <source>S&amp;chool:</source>
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
        <source>Your identity</source>
        <translation>Eich hunaniaeth</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pam?</translation>
    </message>
    <message>
        <source>Why? How Peerview protects what you send</source>
        <translation>Pam? Sut mae Peerview yn diogelu&apos;r hyn rydych chi&apos;n ei anfon</translation>
    </message>
    <message>
        <source>Peerview makes a set of keys for you, locked by your passphrase. They sign the evidence bundles and reports you send, so partners can check that these came from you and were not changed, and they let partners send you encrypted bundles that only you can open. A partner checks that a key is really yours by its fingerprint, a row of digits Peerview shows you after this step and that you read to them.</source>
        <translation>Mae Peerview yn creu set o allweddi i chi, wedi&apos;u cloi â&apos;ch cyfrinymadrodd. Maen nhw&apos;n llofnodi&apos;r bwndeli tystiolaeth a&apos;r adroddiadau rydych chi&apos;n eu hanfon, fel y gall partneriaid wirio eu bod wedi dod oddi wrthych chi ac na chawson nhw eu newid, ac maen nhw&apos;n gadael i bartneriaid anfon atoch chi fwndeli wedi&apos;u hamgryptio mai dim ond chi all eu hagor. Mae partner yn gwirio mai chi biau allwedd drwy ei hôl bys, rhes o ddigidau y mae Peerview yn eu dangos i chi ar ôl y cam hwn ac rydych chi&apos;n eu darllen iddyn nhw.</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s keyring.</source>
        <translation>Caiff y cyfrinymadrodd ei gadw yng nghylch allweddi&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the passphrase in.</source>
        <translation>Nid oes gan y cyfrifiadur hwn gylch allweddi i gadw&apos;r cyfrinymadrodd ynddo.</translation>
    </message>
    <message>
        <source>Why Peerview asks for this</source>
        <translation>Pam mae Peerview yn gofyn am hyn</translation>
    </message>
    <message>
        <source>If your partnership lead has sent you the partnership&apos;s roster (a file ending .peerview.json), import it now: Peerview then trusts the bundles and reports of everyone on it. No roster yet? Skip this step; you can import it later from File, Import partnership roster.</source>
        <translation>Os yw arweinydd eich partneriaeth wedi anfon rhestr aelodau&apos;r bartneriaeth atoch (ffeil sy&apos;n gorffen â .peerview.json), mewnforiwch hi nawr: bydd Peerview wedyn yn ymddiried ym mwndeli ac adroddiadau pawb sydd arni. Dim rhestr eto? Hepgorwch y cam hwn; gallwch ei mewnforio&apos;n nes ymlaen o Ffeil, Mewnforio rhestr aelodau&apos;r bartneriaeth.</translation>
    </message>
    <message>
        <source>&amp;Import the roster…</source>
        <translation>&amp;Mewnforio&apos;r rhestr aelodau…</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>Mewnforio&apos;r rhestr aelodau</translation>
    </message>
    <message>
        <source>Ready. Explore a realistic demo review (a fictional school, its plan, evidence notes and findings) to see how Peerview works, or plan your own review now. Both stay in File and Help for later.</source>
        <translation>Yn barod. Archwiliwch adolygiad enghreifftiol realistig (ysgol ddychmygol, ei chynllun, ei nodiadau tystiolaeth a&apos;i chanfyddiadau) i weld sut mae Peerview yn gweithio, neu cynlluniwch eich adolygiad eich hun nawr. Mae&apos;r ddau yn aros yn Ffeil a Cymorth ar gyfer yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Open the &amp;demo review</source>
        <translation>Agor yr adolygiad &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>Plan a &amp;new review…</source>
        <translation>Cynllunio adolygiad &amp;newydd…</translation>
    </message>
    <message>
        <source>Step 1 of 3: your name on your work</source>
        <translation>Cam 1 o 3: eich enw ar eich gwaith</translation>
    </message>
    <message>
        <source>Step 2 of 3: your partnership&apos;s roster</source>
        <translation>Cam 2 o 3: rhestr aelodau eich partneriaeth</translation>
    </message>
    <message>
        <source>Step 3 of 3: start</source>
        <translation>Cam 3 o 3: dechrau</translation>
    </message>
    <message>
        <source>Create and &amp;next</source>
        <translation>Creu a &amp;symud ymlaen</translation>
    </message>
    <message>
        <source>Your identity: {0}
Your fingerprint: {1}</source>
        <translation>Eich hunaniaeth: {0}
Eich ôl bys: {1}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Type your name, or choose Skip this step to do this later.</source>
        <translation>Teipiwch eich enw, neu dewiswch Hepgor y cam hwn i wneud hyn yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>Import a partnership roster</source>
        <translation>Mewnforio rhestr aelodau partneriaeth</translation>
    </message>
</context>
<context>
    <name>account_actions</name>
    <message>
        <source>Your &amp;identity…</source>
        <translation>Eich &amp;hunaniaeth…</translation>
    </message>
    <message>
        <source>Your keys, fingerprint and card</source>
        <translation>Eich allweddi, eich ôl bys a&apos;ch cerdyn</translation>
    </message>
    <message>
        <source>&amp;Trust a person&apos;s card…</source>
        <translation>&amp;Ymddiried yng ngherdyn rhywun…</translation>
    </message>
    <message>
        <source>Trust a partner after checking their fingerprint</source>
        <translation>Ymddiried mewn partner ar ôl gwirio ei ôl bys</translation>
    </message>
    <message>
        <source>Import partnership &amp;roster…</source>
        <translation>Mewnforio &amp;rhestr aelodau&apos;r bartneriaeth…</translation>
    </message>
    <message>
        <source>Trust everyone on the roster your partnership lead signed</source>
        <translation>Ymddiried ym mhawb ar y rhestr aelodau a lofnododd arweinydd eich partneriaeth</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>Data folder, sync, backups, theme, language</source>
        <translation>Ffolder data, cysoni, copïau wrth gefn, thema, iaith</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Croeso…</translation>
    </message>
    <message>
        <source>The first-run welcome again</source>
        <translation>Y croeso cyntaf eto</translation>
    </message>
    <message>
        <source>&amp;About Peerview</source>
        <translation>&amp;Ynghylch Peerview</translation>
    </message>
    <message>
        <source>Versions, and diagnostics to copy</source>
        <translation>Fersiynau, a diagnosteg i&apos;w copïo</translation>
    </message>
</context>
<context>
    <name>archiving</name>
    <message>
        <source>Archive “{0}”</source>
        <translation>Archifo “{0}”</translation>
    </message>
    <message>
        <source>Unarchive “{0}”</source>
        <translation>Dad-archifo “{0}”</translation>
    </message>
    <message>
        <source>“{0}” archived. It is kept: View, Show archived reviews lists it again.</source>
        <translation>“{0}” wedi&apos;i archifo. Caiff ei gadw: mae Gweld, Dangos adolygiadau wedi&apos;u harchifo yn ei restru eto.</translation>
    </message>
    <message>
        <source>“{0}” is back in the list of reviews.</source>
        <translation>Mae “{0}” yn ôl yn y rhestr adolygiadau.</translation>
    </message>
</context>
<context>
    <name>draft_response</name>
    <message>
        <source>The draft&apos;s findings file from the lead reviewer</source>
        <translation>Ffeil canfyddiadau&apos;r drafft gan yr adolygydd arweiniol</translation>
    </message>
    <message>
        <source>Draft findings (*.json);;All files (*)</source>
        <translation>Canfyddiadau drafft (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Create your identity first</source>
        <translation>Crëwch eich hunaniaeth yn gyntaf</translation>
    </message>
    <message>
        <source>Your response is signed so the lead reviewer knows it comes from you. This Peerview has no identity yet: create one in Your identity (File menu), give your card to the lead reviewer, then respond to the draft.</source>
        <translation>Caiff eich ymateb ei lofnodi fel bod yr adolygydd arweiniol yn gwybod ei fod yn dod oddi wrthych chi. Nid oes gan y Peerview hwn hunaniaeth eto: crëwch un yn Eich hunaniaeth (dewislen Ffeil), rhowch eich cerdyn i&apos;r adolygydd arweiniol, yna ymatebwch i&apos;r drafft.</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>Methu agor y drafft</translation>
    </message>
    <message>
        <source>Signed response saved to {path}. Send it to the lead reviewer.</source>
        <translation>Cadwyd yr ymateb wedi&apos;i lofnodi yn {path}. Anfonwch ef at yr adolygydd arweiniol.</translation>
    </message>
    <message>
        <source>Respond to a &amp;draft report…</source>
        <translation>Ymateb i adroddiad &amp;drafft…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>As the host: answer the draft report the lead reviewer sent, signed</source>
        <translation>Fel yr ysgol letyol: ateb yr adroddiad drafft a anfonodd yr adolygydd arweiniol, wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Respond to a draft report (Ctrl+Shift+R)</source>
        <translation>Ymateb i adroddiad drafft (Ctrl+Shift+R)</translation>
    </message>
</context>
</TS>
