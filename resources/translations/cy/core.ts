<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>models.findings</name>
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
</context>
<context>
    <name>models.moderation</name>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Anghytuno</translation>
    </message>
</context>
<context>
    <name>models.review</name>
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
        <translation>Cadarnhawyd gan y tîm</translation>
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
        <source>Lesson visit</source>
        <translation>Ymweliad â gwers</translation>
    </message>
    <message>
        <source>Joint observation</source>
        <translation>Arsylwi ar y cyd</translation>
    </message>
    <message>
        <source>Learning walk</source>
        <translation>Taith ddysgu</translation>
    </message>
    <message>
        <source>Book look</source>
        <translation>Craffu ar lyfrau</translation>
    </message>
    <message>
        <source>Pupil voice</source>
        <translation>Llais y disgybl</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Document and data review</source>
        <translation>Adolygu dogfennau a data</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Cyfarfod tîm</translation>
    </message>
    <message>
        <source>Team catch-up</source>
        <translation>Sgwrs dal i fyny&apos;r tîm</translation>
    </message>
    <message>
        <source>Feedback to the host</source>
        <translation>Adborth i&apos;r ysgol letyol</translation>
    </message>
    <message>
        <source>Senior leaders</source>
        <translation>Uwch arweinwyr</translation>
    </message>
    <message>
        <source>Middle leaders</source>
        <translation>Arweinwyr canol</translation>
    </message>
    <message>
        <source>SENCO</source>
        <translation>CADY</translation>
    </message>
    <message>
        <source>Governors</source>
        <translation>Llywodraethwyr</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Rhieni</translation>
    </message>
    <message>
        <source>Pupils&apos; talk</source>
        <translation>Sgwrs disgyblion</translation>
    </message>
    <message>
        <source>Pupils&apos; work</source>
        <translation>Gwaith disgyblion</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Arweinwyr</translation>
    </message>
    <message>
        <source>Observation of practice</source>
        <translation>Arsylwi ar arfer</translation>
    </message>
    <message>
        <source>Documents and data</source>
        <translation>Dogfennau a data</translation>
    </message>
</context>
<context>
    <name>services.actions</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Wedi&apos;i gario ymlaen</translation>
    </message>
</context>
<context>
    <name>services.deadlines</name>
    <message>
        <source>Draft report</source>
        <translation>Adroddiad drafft</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Sicrhau ansawdd</translation>
    </message>
    <message>
        <source>Host&apos;s response</source>
        <translation>Ymateb yr ysgol letyol</translation>
    </message>
    <message>
        <source>Final signed report</source>
        <translation>Adroddiad terfynol wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Host&apos;s factual-accuracy response</source>
        <translation>Ymateb yr ysgol letyol ar gywirdeb ffeithiol</translation>
    </message>
</context>
<context>
    <name>services.impact</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
</context>
<context>
    <name>services.impact_due</name>
    <message>
        <source>Action to review since {when}: {what}, {review}</source>
        <translation>Cam gweithredu i&apos;w adolygu ers {when}: {what}, {review}</translation>
    </message>
    <message>
        <source>Impact review due since {when}: {review}</source>
        <translation>Adolygiad effaith yn ddyledus ers {when}: {review}</translation>
    </message>
</context>
<context>
    <name>services.judgement</name>
    <message>
        <source>Say what is strong and why it works; consider an Area of Excellence.</source>
        <translation>Dywedwch beth sy&apos;n gryf a pham mae&apos;n gweithio; ystyriwch Faes Rhagoriaeth.</translation>
    </message>
    <message>
        <source>&apos;Requires improvement&apos; is an Ofsted grade</source>
        <translation>Mae &apos;Requires improvement&apos; yn un o raddau Ofsted</translation>
    </message>
    <message>
        <source>Name the area for development: &apos;Even better if ...&apos;. Describe what reviewers saw and its effect on pupils.</source>
        <translation>Enwch y maes i&apos;w ddatblygu: &apos;Byddai&apos;n well fyth pe ...&apos;. Disgrifiwch yr hyn a welodd yr adolygwyr a&apos;i effaith ar ddisgyblion.</translation>
    </message>
    <message>
        <source>&apos;RI&apos; (requires improvement) is an Ofsted grade</source>
        <translation>Mae &apos;RI&apos; (requires improvement) yn un o raddau Ofsted</translation>
    </message>
    <message>
        <source>&apos;Urgent improvement&apos; is an Ofsted report-card grade</source>
        <translation>Mae &apos;Urgent improvement&apos; yn un o raddau cerdyn adroddiad Ofsted</translation>
    </message>
    <message>
        <source>Say what should happen first and why: &apos;A priority next step is ...&apos;.</source>
        <translation>Dywedwch beth ddylai ddigwydd gyntaf a pham: &apos;Cam nesaf o flaenoriaeth yw ...&apos;.</translation>
    </message>
    <message>
        <source>&apos;Needs attention&apos; is an Ofsted report-card grade</source>
        <translation>Mae &apos;Needs attention&apos; yn un o raddau cerdyn adroddiad Ofsted</translation>
    </message>
    <message>
        <source>Frame it as an area for development: &apos;Even better if ...&apos;, with the evidence.</source>
        <translation>Lluniwch ef fel maes i&apos;w ddatblygu: &apos;Byddai&apos;n well fyth pe ...&apos;, gyda&apos;r dystiolaeth.</translation>
    </message>
    <message>
        <source>&apos;Expected standard&apos; is an Ofsted report-card grade</source>
        <translation>Mae &apos;Expected standard&apos; yn un o raddau cerdyn adroddiad Ofsted</translation>
    </message>
    <message>
        <source>Describe what reviewers saw and its effect on pupils, rather than placing it on a scale.</source>
        <translation>Disgrifiwch yr hyn a welodd yr adolygwyr a&apos;i effaith ar ddisgyblion, yn hytrach na&apos;i osod ar raddfa.</translation>
    </message>
    <message>
        <source>&apos;Strong standard&apos; is an Ofsted report-card grade</source>
        <translation>Mae &apos;Strong standard&apos; yn un o raddau cerdyn adroddiad Ofsted</translation>
    </message>
    <message>
        <source>Name the strength: &apos;What went well: ...&apos;. Describe what reviewers saw and its effect on pupils.</source>
        <translation>Enwch y cryfder: &apos;Beth aeth yn dda: ...&apos;. Disgrifiwch yr hyn a welodd yr adolygwyr a&apos;i effaith ar ddisgyblion.</translation>
    </message>
    <message>
        <source>&apos;Outstanding&apos; used as a verdict is an Ofsted grade</source>
        <translation>Mae &apos;Outstanding&apos; a ddefnyddir fel dyfarniad yn un o raddau Ofsted</translation>
    </message>
    <message>
        <source>Say what is strong and why it works; if others could learn from it, consider an Area of Excellence.</source>
        <translation>Dywedwch beth sy&apos;n gryf a pham mae&apos;n gweithio; os gallai eraill ddysgu ohono, ystyriwch Faes Rhagoriaeth.</translation>
    </message>
    <message>
        <source>&apos;Exceptional&apos; used as a verdict is an Ofsted report-card grade</source>
        <translation>Mae &apos;Exceptional&apos; a ddefnyddir fel dyfarniad yn un o raddau cerdyn adroddiad Ofsted</translation>
    </message>
    <message>
        <source>&apos;Inadequate&apos; is an Ofsted grade</source>
        <translation>Mae &apos;Inadequate&apos; yn un o raddau Ofsted</translation>
    </message>
    <message>
        <source>Frame it as an area for development: &apos;Even better if ...&apos;. Describe what reviewers saw and its effect on pupils.</source>
        <translation>Lluniwch ef fel maes i&apos;w ddatblygu: &apos;Byddai&apos;n well fyth pe ...&apos;. Disgrifiwch yr hyn a welodd yr adolygwyr a&apos;i effaith ar ddisgyblion.</translation>
    </message>
    <message>
        <source>&apos;Good&apos; used as a verdict is an Ofsted grade</source>
        <translation>Mae &apos;Good&apos; a ddefnyddir fel dyfarniad yn un o raddau Ofsted</translation>
    </message>
    <message>
        <source>Name the strength instead: &apos;What went well: ...&apos;. Describe what reviewers saw and its effect on pupils.</source>
        <translation>Enwch y cryfder yn lle hynny: &apos;Beth aeth yn dda: ...&apos;. Disgrifiwch yr hyn a welodd yr adolygwyr a&apos;i effaith ar ddisgyblion.</translation>
    </message>
    <message>
        <source>Peer reviews do not grade</source>
        <translation>Nid yw adolygiadau cymheiriaid yn graddio</translation>
    </message>
    <message>
        <source>Describe strengths and areas for development; leave grades to inspection.</source>
        <translation>Disgrifiwch gryfderau a meysydd i&apos;w datblygu; gadewch raddau i arolygu.</translation>
    </message>
    <message>
        <source>Peer reviews do not make judgements</source>
        <translation>Nid yw adolygiadau cymheiriaid yn llunio barn</translation>
    </message>
    <message>
        <source>Write what reviewers saw and heard, and the question it raises for the school.</source>
        <translation>Ysgrifennwch yr hyn a welodd ac a glywodd yr adolygwyr, a&apos;r cwestiwn mae&apos;n ei godi i&apos;r ysgol.</translation>
    </message>
    <message>
        <source>Speaks of the review as a mock inspection</source>
        <translation>Mae&apos;n sôn am yr adolygiad fel ffug arolygiad</translation>
    </message>
    <message>
        <source>Call it a peer review or a developmental review; name the enquiry question it explores.</source>
        <translation>Galwch ef yn adolygiad cymheiriaid neu&apos;n adolygiad datblygiadol; enwch y cwestiwn ymholi mae&apos;n ei archwilio.</translation>
    </message>
    <message>
        <source>Ranks schools against each other</source>
        <translation>Mae&apos;n rhestru ysgolion yn erbyn ei gilydd</translation>
    </message>
    <message>
        <source>Peer review compares a school with its own priorities, not with other schools. Describe what is strong and what to develop here; share practice, not positions.</source>
        <translation>Mae adolygiad cymheiriaid yn cymharu ysgol â&apos;i blaenoriaethau ei hun, nid ag ysgolion eraill. Disgrifiwch beth sy&apos;n gryf a beth i&apos;w ddatblygu yma; rhannwch arfer, nid safleoedd.</translation>
    </message>
    <message>
        <source>Treats the review as a stand-in for inspection</source>
        <translation>Mae&apos;n trin yr adolygiad fel pe bai&apos;n lle arolygiad</translation>
    </message>
    <message>
        <source>Keep to the school&apos;s own enquiry question: what reviewers saw, what it shows, and what the school could try next. No RAG ratings: describe progress in words.</source>
        <translation>Cadwch at gwestiwn ymholi&apos;r ysgol ei hun: beth welodd yr adolygwyr, beth mae&apos;n ei ddangos, a beth allai&apos;r ysgol roi cynnig arno nesaf. Dim graddfeydd RAG: disgrifiwch gynnydd mewn geiriau.</translation>
    </message>
    <message>
        <source>A number used as a grade</source>
        <translation>Rhif a ddefnyddir fel gradd</translation>
    </message>
    <message>
        <source>Peer reviews do not grade. Describe what reviewers saw and its effect on pupils, as a strength or an area for development.</source>
        <translation>Nid yw adolygiadau cymheiriaid yn graddio. Disgrifiwch yr hyn a welodd yr adolygwyr a&apos;i effaith ar ddisgyblion, fel cryfder neu faes i&apos;w ddatblygu.</translation>
    </message>
    <message>
        <source>A label from an estimate scale is a verdict</source>
        <translation>Mae label o raddfa amcangyfrif yn ddyfarniad</translation>
    </message>
    <message>
        <source>Say what is strong, or what to develop, and why. Describe what reviewers saw and its effect on pupils.</source>
        <translation>Dywedwch beth sy&apos;n gryf, neu beth i&apos;w ddatblygu, a pham. Disgrifiwch yr hyn a welodd yr adolygwyr a&apos;i effaith ar ddisgyblion.</translation>
    </message>
    <message>
        <source>A verdict on the school or one of its areas</source>
        <translation>Dyfarniad ar yr ysgol neu un o&apos;i meysydd</translation>
    </message>
    <message>
        <source>Say what is strong or what to develop, with the evidence. Describe what reviewers saw and its effect on pupils.</source>
        <translation>Dywedwch beth sy&apos;n gryf neu beth i&apos;w ddatblygu, gyda&apos;r dystiolaeth. Disgrifiwch yr hyn a welodd yr adolygwyr a&apos;i effaith ar ddisgyblion.</translation>
    </message>
    <message>
        <source>A verdict on one teacher: review notes must not become appraisal evidence</source>
        <translation>Dyfarniad ar un athro: rhaid i nodiadau adolygu beidio â dod yn dystiolaeth arfarnu</translation>
    </message>
    <message>
        <source>Describe the practice and its effect on pupils, not the person: &apos;In a Y4 lesson, pupils ...&apos;; patterns across classes are what the review reports.</source>
        <translation>Disgrifiwch yr arfer a&apos;i effaith ar ddisgyblion, nid y person: &apos;Mewn gwers Bl4, roedd disgyblion ...&apos;; patrymau ar draws dosbarthiadau yw&apos;r hyn mae&apos;r adolygiad yn adrodd arno.</translation>
    </message>
    <message>
        <source>Estyn&apos;s former judgement scale: a verdict, not a finding</source>
        <translation>Hen raddfa farnu Estyn: dyfarniad, nid canfyddiad</translation>
    </message>
    <message>
        <source>Describe what reviewers saw and its effect on pupils. In Welsh: &apos;Beth aeth yn dda: ...&apos; or &apos;Byddai&apos;n well fyth pe ...&apos;.</source>
        <translation>Disgrifiwch yr hyn a welodd yr adolygwyr a&apos;i effaith ar ddisgyblion: &apos;Beth aeth yn dda: ...&apos; neu &apos;Byddai&apos;n well fyth pe ...&apos;.</translation>
    </message>
    <message>
        <source>A verdict on the school, one of its areas or one teacher</source>
        <translation>Dyfarniad ar yr ysgol, un o&apos;i meysydd neu un athro</translation>
    </message>
    <message>
        <source>Peer reviews do not grade (&apos;gradd&apos;)</source>
        <translation>Nid yw adolygiadau cymheiriaid yn graddio (&apos;gradd&apos;)</translation>
    </message>
    <message>
        <source>Disgrifiwch gryfderau a meysydd i&apos;w datblygu; describe strengths and areas for development, and leave grades to inspection.</source>
        <translation>Disgrifiwch gryfderau a meysydd i&apos;w datblygu, a gadewch raddau i arolygu.</translation>
    </message>
    <message>
        <source>Peer reviews do not make judgements (&apos;barn&apos;, &apos;dyfarniad&apos;)</source>
        <translation>Nid yw adolygiadau cymheiriaid yn llunio barn (&apos;barn&apos;, &apos;dyfarniad&apos;)</translation>
    </message>
    <message>
        <source>Peer review compares a school with its own priorities, not with other schools.</source>
        <translation>Mae adolygiad cymheiriaid yn cymharu ysgol â&apos;i blaenoriaethau ei hun, nid ag ysgolion eraill.</translation>
    </message>
    <message>
        <source>Keep to the school&apos;s own enquiry question: what reviewers saw and what to try next.</source>
        <translation>Cadwch at gwestiwn ymholi&apos;r ysgol ei hun: beth welodd yr adolygwyr a beth i roi cynnig arno nesaf.</translation>
    </message>
    <message>
        <source>a role, such as “the English lead” or “a middle leader”: the report is read beyond the review team</source>
        <translation>rôl, er enghraifft “arweinydd Saesneg” neu “arweinydd canol”: mae pobl y tu hwnt i dîm yr adolygiad yn darllen yr adroddiad</translation>
    </message>
    <message>
        <source>may name a pupil or a member of staff</source>
        <translation>gallai enwi disgybl neu aelod o staff</translation>
    </message>
    <message>
        <source>a role, such as “the class teacher” or “a middle leader”</source>
        <extracomment>What to write instead of a name, by kind: &quot;{initials}&quot; is filled in. The window shows them in its own language (the judgement guard&apos;s context).</extracomment>
        <translation>rôl, megis “yr athro dosbarth” neu “arweinydd canol”</translation>
    </message>
    <message>
        <source>initials ({initials}) or a role, such as “a pupil in Year 5” or “the class teacher”</source>
        <translation>llythrennau blaen ({initials}) neu rôl, megis “disgybl ym Mlwyddyn 5” neu “yr athro dosbarth”</translation>
    </message>
    <message>
        <source>initials ({initials}) or a role, such as “a pupil” or “a teaching assistant”</source>
        <translation>llythrennau blaen ({initials}) neu rôl, megis “disgybl” neu “cynorthwyydd addysgu”</translation>
    </message>
</context>
<context>
    <name>services.protocol_docs</name>
    <message>
        <source>Purpose and shared priorities</source>
        <translation>Diben a blaenoriaethau a rennir</translation>
    </message>
    <message>
        <source>Confidentiality and report sharing</source>
        <translation>Cyfrinachedd a rhannu adroddiadau</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Rhannu data</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>services.rounds</name>
    <message>
        <source>no date yet</source>
        <translation>dim dyddiad eto</translation>
    </message>
    <message>
        <source>no trained lead</source>
        <translation>dim arweinydd hyfforddedig</translation>
    </message>
    <message>
        <source>a school in two reviews that day</source>
        <translation>ysgol mewn dau adolygiad y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>the two schools review each other this round</source>
        <translation>mae&apos;r ddwy ysgol yn adolygu ei gilydd yn y cylch hwn</translation>
    </message>
    <message>
        <source>the reviewing school reviews more than one school this round</source>
        <translation>mae&apos;r ysgol sy&apos;n adolygu yn adolygu mwy nag un ysgol yn y cylch hwn</translation>
    </message>
</context>
<context>
    <name>services.support</name>
    <message>
        <source>Offered</source>
        <translation>Wedi&apos;i gynnig</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
</context>
<context>
    <name>services.theme_pictures</name>
    <message>
        <source>Heat map of {strands} strands by {schools} schools that agreed to be named: shade for the number of findings, letters S, D and E for strength, area for development and Area of Excellence.</source>
        <translation>Map gwres o {strands} llinyn yn ôl {schools} ysgol a gytunodd i gael eu henwi: arlliw ar gyfer nifer y canfyddiadau, a&apos;r llythrennau S, D ac E ar gyfer cryfder, maes i&apos;w ddatblygu a Maes Rhagoriaeth.</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 canfyddiad</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 neu fwy</translation>
    </message>
    <message>
        <source>S strength · D area for development · E Area of Excellence</source>
        <translation>S cryfder · D maes i&apos;w ddatblygu · E Maes Rhagoriaeth</translation>
    </message>
    <message>
        <source>Trends across {rounds} rounds for {strands} strands: schools with each kind of finding, round by round; a gap where fewer than 3 schools were held back.</source>
        <translation>Tueddiadau ar draws {rounds} cylch ar gyfer {strands} llinyn: ysgolion â phob math o ganfyddiad, fesul cylch; bwlch lle cafodd ffigur llai na 3 ysgol ei ddal yn ôl.</translation>
    </message>
    <message>
        <source>open mark on the axis: fewer than 3, held back</source>
        <translation>marc agored ar yr echelin: llai na 3, wedi&apos;i ddal yn ôl</translation>
    </message>
    <message>
        <source>Timeline of {rounds} rounds from {first} to {last}: each round&apos;s dates as a bar, each visit a mark (filled once visited, open while planned).</source>
        <translation>Llinell amser o {rounds} cylch o {first} i {last}: dyddiadau pob cylch fel bar, pob ymweliad yn farc (wedi&apos;i lenwi ar ôl yr ymweliad, yn wag tra bo wedi&apos;i gynllunio).</translation>
    </message>
    <message>
        <source>{0} without a date</source>
        <translation>{0} heb ddyddiad</translation>
    </message>
    <message>
        <source>visited (or later)</source>
        <translation>ymwelwyd (neu&apos;n hwyrach)</translation>
    </message>
    <message>
        <source>planned or confirmed</source>
        <translation>wedi&apos;i gynllunio neu ei gadarnhau</translation>
    </message>
</context>
<context>
    <name>services.themes</name>
    <message>
        <source>fewer than 3</source>
        <translation>llai na 3</translation>
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
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Wedi&apos;i gario ymlaen</translation>
    </message>
</context>
<context>
    <name>textdiff</name>
    <message>
        <source>adds {0}</source>
        <translation>yn ychwanegu {0}</translation>
    </message>
    <message>
        <source>removes {0}</source>
        <translation>yn tynnu {0}</translation>
    </message>
    <message>
        <source>adds {0}; removes {1}</source>
        <translation>yn ychwanegu {0}; yn tynnu {1}</translation>
    </message>
    <message>
        <source>no difference in wording</source>
        <translation>dim gwahaniaeth yn y geiriad</translation>
    </message>
</context>
</TS>
