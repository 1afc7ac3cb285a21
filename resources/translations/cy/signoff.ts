<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>ActionPlan</name>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>One row per action; type or press F2 to edit the selected cell.</source>
        <translation>Un rhes i bob cam gweithredu; teipiwch neu pwyswch F2 i olygu&apos;r gell a ddewiswyd.</translation>
    </message>
    <message>
        <source>Ac&amp;tions:</source>
        <translation>Ca&amp;mau gweithredu:</translation>
    </message>
    <message>
        <source>The selected action in full</source>
        <translation>Y cam gweithredu a ddewiswyd yn llawn</translation>
    </message>
    <message>
        <source>Add act&amp;ion</source>
        <translation>&amp;Ychwanegu cam</translation>
    </message>
    <message>
        <source>Add an action to the plan</source>
        <translation>Ychwanegu cam gweithredu at y cynllun</translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation>&amp;Dileu cam</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Tynnu&apos;r cam gweithredu a ddewiswyd</translation>
    </message>
    <message>
        <source>Action: </source>
        <translation>Cam gweithredu: </translation>
    </message>
    <message>
        <source>Success criteria: </source>
        <translation>Meini prawf llwyddiant: </translation>
    </message>
    <message>
        <source>Select an action to read it in full here.</source>
        <translation>Dewiswch gam gweithredu i&apos;w ddarllen yn llawn yma.</translation>
    </message>
    <message>
        <source>No actions yet. Add the actions agreed at the workshop.</source>
        <translation>Dim camau gweithredu eto. Ychwanegwch y camau a gytunwyd yn y gweithdy.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Cam gweithredu: {0}</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <translation>Perchennog: {0}</translation>
    </message>
    <message>
        <source>Success criteria: {0}</source>
        <translation>Meini prawf llwyddiant: {0}</translation>
    </message>
    <message>
        <source>Review date: {0}</source>
        <translation>Dyddiad adolygu: {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Statws: {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Heb ei ychwanegu</translation>
    </message>
</context>
<context>
    <name>HostResponseDialog</name>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Marked-up PDF</source>
        <translation>PDF wedi&apos;i farcio</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Record the host&apos;s response</source>
        <translation>Cofnodi ymateb yr ysgol letyol</translation>
    </message>
    <message>
        <source>Draft number</source>
        <translation>Rhif y drafft</translation>
    </message>
    <message>
        <source>&amp;Draft:</source>
        <translation>&amp;Drafft:</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>Pwy a&apos;i hanfonodd</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Oddi wrth:</translation>
    </message>
    <message>
        <source>When they sent it</source>
        <translation>Pryd y&apos;i hanfonwyd</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Anfonwyd:</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Sut y daeth</translation>
    </message>
    <message>
        <source>&amp;Came as:</source>
        <translation>Daeth &amp;fel:</translation>
    </message>
    <message>
        <source>The email or PDF file</source>
        <translation>Y ffeil e-bost neu PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the email or PDF file</source>
        <translation>Dewiswch y ffeil e-bost neu PDF</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Ff&amp;eil:</translation>
    </message>
    <message>
        <source>The host&apos;s general comment</source>
        <translation>Sylw cyffredinol yr ysgol letyol</translation>
    </message>
    <message>
        <source>&amp;General:</source>
        <translation>Sylw c&amp;yffredinol:</translation>
    </message>
    <message>
        <source>What the host said about each finding</source>
        <translation>Beth ddywedodd yr ysgol letyol am bob canfyddiad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <source>The host said</source>
        <translation>Dywedodd yr ysgol letyol</translation>
    </message>
    <message>
        <source>Per &amp;finding:</source>
        <translation>Fesul ca&amp;nfyddiad:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Cofnod&amp;i</translation>
    </message>
    <message>
        <source>The email or PDF the host sent</source>
        <translation>Yr e-bost neu&apos;r PDF a anfonodd yr ysgol letyol</translation>
    </message>
</context>
<context>
    <name>HostRound</name>
    <message>
        <source>✓ done</source>
        <translation>✓ wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>yn ddyledus cyn bo hir</translation>
    </message>
    <message>
        <source>Due dates of the report</source>
        <translation>Dyddiadau dyledus yr adroddiad</translation>
    </message>
    <message>
        <source>Team members&apos; agreement with the findings</source>
        <translation>Cytundeb aelodau&apos;r tîm â&apos;r canfyddiadau</translation>
    </message>
    <message>
        <source>I a&amp;gree with the findings</source>
        <translation>&amp;Rwy&apos;n cytuno â&apos;r canfyddiadau</translation>
    </message>
    <message>
        <source>Record your agreement with the findings</source>
        <translation>Cofnodi eich bod yn cytuno â&apos;r canfyddiadau</translation>
    </message>
    <message>
        <source>Record agreement &amp;for…</source>
        <translation>Cofnodi cytundeb &amp;ar ran…</translation>
    </message>
    <message>
        <source>Record a team member&apos;s agreement on their behalf</source>
        <translation>Cofnodi cytundeb aelod o&apos;r tîm ar eu rhan</translation>
    </message>
    <message>
        <source>Team confirmed: every member agrees</source>
        <translation>Tîm wedi cadarnhau: mae pob aelod yn cytuno</translation>
    </message>
    <message>
        <source>Drafts sent to the host</source>
        <translation>Drafftiau a anfonwyd at yr ysgol letyol</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <source>The host said</source>
        <translation>Dywedodd yr ysgol letyol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>The host&apos;s corrections and your decisions</source>
        <translation>Cywiriadau&apos;r ysgol letyol a&apos;ch penderfyniadau</translation>
    </message>
    <message>
        <source>Draft &amp;sent to the host…</source>
        <translation>Drafft wedi&apos;i a&amp;nfon at yr ysgol letyol…</translation>
    </message>
    <message>
        <source>Record the draft sent to the host</source>
        <translation>Cofnodi&apos;r drafft a anfonwyd at yr ysgol letyol</translation>
    </message>
    <message>
        <source>&amp;Import signed response…</source>
        <translation>&amp;Mewnforio ymateb wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <source>Import the host&apos;s signed response file from their Peerview</source>
        <translation>Mewnforio&apos;r ffeil ymateb a lofnododd yr ysgol letyol yn ei Peerview</translation>
    </message>
    <message>
        <source>Record email or &amp;PDF…</source>
        <translation>Cofnodi e-bost neu &amp;PDF…</translation>
    </message>
    <message>
        <source>Record a response that came by email or as a marked-up PDF</source>
        <translation>Cofnodi ymateb a ddaeth drwy e-bost neu fel PDF wedi&apos;i farcio</translation>
    </message>
    <message>
        <source>Acce&amp;pted</source>
        <translation>&amp;Derbyniwyd</translation>
    </message>
    <message>
        <source>C&amp;hanged</source>
        <translation>Ne&amp;widiwyd</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>&amp;Gwrthodwyd…</translation>
    </message>
    <message>
        <source>Decision on the selected correction: {d}</source>
        <translation>Penderfyniad ar y cywiriad a ddewiswyd: {d}</translation>
    </message>
    <message>
        <source>Factual accuracy checked by the host</source>
        <translation>Cywirdeb ffeithiol wedi&apos;i wirio gan yr ysgol letyol</translation>
    </message>
    <message>
        <source>Your decision:</source>
        <translation>Eich penderfyniad:</translation>
    </message>
    <message>
        <source>{step}: {day} ({state})</source>
        <translation>{step}: {day} ({state})</translation>
    </message>
    <message>
        <source>{step}: {day}</source>
        <translation>{step}: {day}</translation>
    </message>
    <message>
        <source>Due: {0}</source>
        <translation>Dyddiadau dyledus: {0}</translation>
    </message>
    <message>
        <source>○ {name} (not yet)</source>
        <translation>○ {name} (ddim eto)</translation>
    </message>
    <message>
        <source>✓ {name} (recorded by the lead)</source>
        <translation>✓ {name} (cofnodwyd gan yr arweinydd)</translation>
    </message>
    <message>
        <source>✓ {name} (agreed)</source>
        <translation>✓ {name} (yn cytuno)</translation>
    </message>
    <message>
        <source>Next due: {step} by {day} ({state})</source>
        <translation>Nesaf: {step} erbyn {day} ({state})</translation>
    </message>
    <message>
        <source>Next due: {step} by {day}</source>
        <translation>Nesaf: {step} erbyn {day}</translation>
    </message>
    <message>
        <source>No lead reviewer or reviewers on the team yet.</source>
        <translation>Dim adolygydd arweiniol nac adolygwyr yn y tîm eto.</translation>
    </message>
    <message>
        <source>Draft {n} sent to {to} on {day}</source>
        <translation>Anfonwyd drafft {n} at {to} ar {day}</translation>
    </message>
    <message>
        <source>No draft sent to the host yet.</source>
        <translation>Dim drafft wedi&apos;i anfon at yr ysgol letyol eto.</translation>
    </message>
    <message>
        <source>(general comment)</source>
        <translation>(sylw cyffredinol)</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>i&apos;w benderfynu</translation>
    </message>
    <message>
        <source>Signed response from Peerview</source>
        <translation>Ymateb wedi&apos;i lofnodi o Peerview</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Record agreement for a team member</source>
        <translation>Cofnodi cytundeb ar ran aelod o&apos;r tîm</translation>
    </message>
    <message>
        <source>Who told you they agree with the findings?</source>
        <translation>Pwy sydd wedi dweud wrthych eu bod yn cytuno â&apos;r canfyddiadau?</translation>
    </message>
    <message>
        <source>Draft sent to the host</source>
        <translation>Drafft wedi&apos;i anfon at yr ysgol letyol</translation>
    </message>
    <message>
        <source>Sent the latest draft to (name):</source>
        <translation>Anfonwyd y drafft diweddaraf at (enw):</translation>
    </message>
    <message>
        <source>No draft yet</source>
        <translation>Dim drafft eto</translation>
    </message>
    <message>
        <source>Save a draft PDF first (Save draft PDF…), then send it to the host.</source>
        <translation>Cadwch PDF drafft yn gyntaf (Cadw PDF drafft…), yna anfonwch ef at yr ysgol letyol.</translation>
    </message>
    <message>
        <source>Save the draft&apos;s findings for the host&apos;s Peerview (Cancel: not now)</source>
        <translation>Cadw canfyddiadau&apos;r drafft ar gyfer Peerview yr ysgol letyol (Canslo: nid nawr)</translation>
    </message>
    <message>
        <source>draft {n} findings.json</source>
        <translation>canfyddiadau drafft {n}.json</translation>
    </message>
    <message>
        <source>Draft findings (*.json)</source>
        <translation>Canfyddiadau drafft (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Findings saved</source>
        <translation>Canfyddiadau wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>Send {name} with the draft PDF. The host answers it in their Peerview (File › Respond to a draft report…) and sends back a signed response.</source>
        <translation>Anfonwch {name} gyda&apos;r PDF drafft. Mae&apos;r ysgol letyol yn ei ateb yn ei Peerview (Ffeil › Ymateb i adroddiad drafft…) ac yn anfon ymateb wedi&apos;i lofnodi yn ôl.</translation>
    </message>
    <message>
        <source>The host&apos;s signed response</source>
        <translation>Ymateb yr ysgol letyol, wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message>
        <source>Decline the correction</source>
        <translation>Gwrthod y cywiriad</translation>
    </message>
    <message>
        <source>Why is it declined? The host reads this.</source>
        <translation>Pam mae&apos;n cael ei wrthod? Bydd yr ysgol letyol yn darllen hyn.</translation>
    </message>
    <message>
        <source>Choose a correction</source>
        <translation>Dewiswch gywiriad</translation>
    </message>
    <message>
        <source>Select one of the host&apos;s corrections.</source>
        <translation>Dewiswch un o gywiriadau&apos;r ysgol letyol.</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <source>Impact review</source>
        <translation>Adolygiad effaith</translation>
    </message>
    <message>
        <source>Add an impact review</source>
        <translation>Ychwanegu adolygiad effaith</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Dyddiad ei gynnal</translation>
    </message>
    <message>
        <source>A visit or a meeting</source>
        <translation>Ymweliad neu gyfarfod</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Cynhal&amp;iwyd ar:</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Pwy a gymerodd ran</translation>
    </message>
    <message>
        <source>Roles will do: the head, the English lead…</source>
        <translation>Mae rolau&apos;n ddigon: y pennaeth, arweinydd llythrennedd…</translation>
    </message>
    <message>
        <source>Who &amp;took part:</source>
        <translation>Pwy a gy&amp;merodd ran:</translation>
    </message>
    <message>
        <source>The impact review&apos;s notes</source>
        <translation>Nodiadau&apos;r adolygiad effaith</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;odiadau:</translation>
    </message>
    <message>
        <source>Ne&amp;xt impact review on</source>
        <translation>Yr adolygiad effaith ne&amp;saf ar</translation>
    </message>
    <message>
        <source>There is a next impact review</source>
        <translation>Mae adolygiad effaith arall i ddod</translation>
    </message>
    <message>
        <source>Date of the next impact review</source>
        <translation>Dyddiad yr adolygiad effaith nesaf</translation>
    </message>
    <message>
        <source>The action plan&apos;s actions</source>
        <translation>Camau gweithredu&apos;r cynllun</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Camau gweithredu:</translation>
    </message>
    <message>
        <source>The action&apos;s success criteria</source>
        <translation>Meini prawf llwyddiant y cam gweithredu</translation>
    </message>
    <message>
        <source>Success c&amp;riteria:</source>
        <translation>Meini p&amp;rawf llwyddiant:</translation>
    </message>
    <message>
        <source>The action&apos;s progress</source>
        <translation>Cynnydd y cam gweithredu</translation>
    </message>
    <message>
        <source>(not recorded at this review)</source>
        <translation>(heb ei gofnodi yn yr adolygiad hwn)</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>C&amp;ynnydd:</translation>
    </message>
    <message>
        <source>What changed for pupils</source>
        <translation>Beth newidiodd i ddisgyblion</translation>
    </message>
    <message>
        <source>What changed for pupils, against the success criteria, in words</source>
        <translation>Beth newidiodd i ddisgyblion, yn erbyn y meini prawf llwyddiant, mewn geiriau</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>Beth ne&amp;widiodd:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ca&amp;dw</translation>
    </message>
    <message>
        <source>The plan has no actions yet.</source>
        <translation>Nid oes camau gweithredu yn y cynllun eto.</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(dim wedi&apos;i ysgrifennu)</translation>
    </message>
</context>
<context>
    <name>ImpactTab</name>
    <message>
        <source>Impact reviews and the improvement workshop</source>
        <translation>Adolygiadau effaith a&apos;r gweithdy gwella</translation>
    </message>
    <message>
        <source>The improvement workshop</source>
        <translation>Y gweithdy gwella</translation>
    </message>
    <message>
        <source>Record the work&amp;shop…</source>
        <translation>Cofnodi&apos;r gw&amp;eithdy…</translation>
    </message>
    <message>
        <source>Record or change the improvement workshop</source>
        <translation>Cofnodi neu newid y gweithdy gwella</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <source>Visit or meeting</source>
        <translation>Ymweliad/cyfarfod</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Impact reviews, latest first</source>
        <translation>Adolygiadau effaith, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Rec&amp;orded impact reviews:</source>
        <translation>Adolygiadau effaith a g&amp;ofnodwyd:</translation>
    </message>
    <message>
        <source>The selected impact review in full</source>
        <translation>Yr adolygiad effaith a ddewiswyd yn llawn</translation>
    </message>
    <message>
        <source>&amp;Add impact review…</source>
        <translation>&amp;Ychwanegu adolygiad effaith…</translation>
    </message>
    <message>
        <source>Add an impact review</source>
        <translation>Ychwanegu adolygiad effaith</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>Change the selected impact review</source>
        <translation>Newid yr adolygiad effaith a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Delete the selected impact review</source>
        <translation>Dileu&apos;r adolygiad effaith a ddewiswyd</translation>
    </message>
    <message>
        <source>no actions recorded</source>
        <translation>dim camau gweithredu wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>No improvement workshop recorded yet: record who led it and what was agreed.</source>
        <translation>Dim gweithdy gwella wedi&apos;i gofnodi eto: cofnodwch pwy a&apos;i harweiniodd a beth a gytunwyd.</translation>
    </message>
    <message>
        <source>Improvement workshop, {day}, facilitated by {who}</source>
        <translation>Gweithdy gwella, {day}, wedi&apos;i hwyluso gan {who}</translation>
    </message>
    <message>
        <source>Who took part: {0}</source>
        <translation>Pwy a gymerodd ran: {0}</translation>
    </message>
    <message>
        <source>Actions of the plan agreed there: {0}</source>
        <translation>Camau gweithredu&apos;r cynllun a gytunwyd yno: {0}</translation>
    </message>
    <message>
        <source>Also agreed: {0}</source>
        <translation>Cytunwyd hefyd: {0}</translation>
    </message>
    <message>
        <source>No impact review yet. Months after the review, record a visit or meeting and each action&apos;s progress: not started, under way or done, and what changed for pupils.</source>
        <translation>Dim adolygiad effaith eto. Fisoedd ar ôl yr adolygiad, cofnodwch ymweliad neu gyfarfod a chynnydd pob cam gweithredu: heb ddechrau, ar y gweill neu wedi&apos;i wneud, a beth newidiodd i ddisgyblion.</translation>
    </message>
    <message>
        <source>{kind} on {day}</source>
        <translation>{kind} ar {day}</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Nodiadau: {0}</translation>
    </message>
    <message>
        <source>What changed for pupils: {0}</source>
        <translation>Beth newidiodd i ddisgyblion: {0}</translation>
    </message>
    <message>
        <source>Next impact review: {0}</source>
        <translation>Yr adolygiad effaith nesaf: {0}</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Nodiadau: </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Delete the impact review?</source>
        <translation>Dileu&apos;r adolygiad effaith?</translation>
    </message>
    <message>
        <source>Delete the impact review of {0}? The actions keep their status.</source>
        <translation>Dileu adolygiad effaith {0}? Bydd y camau gweithredu&apos;n cadw eu statws.</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>Save the report for the host</source>
        <translation>Cadw&apos;r adroddiad ar gyfer yr ysgol letyol</translation>
    </message>
    <message>
        <source>S&amp;ave draft PDF…</source>
        <translation>Cadw &amp;PDF drafft…</translation>
    </message>
    <message>
        <source>Save &amp;Word copy…</source>
        <translation>Cadw copi &amp;Word…</translation>
    </message>
    <message>
        <source>Save the report as an editable Word copy</source>
        <translation>Cadw&apos;r adroddiad fel copi Word y gellir ei olygu</translation>
    </message>
    <message>
        <source>Feedback &amp;summary…</source>
        <translation>Crynodeb ad&amp;borth…</translation>
    </message>
    <message>
        <source>Save the one-page feedback summary for the end-of-day meeting</source>
        <translation>Cadw&apos;r crynodeb adborth un dudalen ar gyfer y cyfarfod ar ddiwedd y dydd</translation>
    </message>
    <message>
        <source>Where the report was saved</source>
        <translation>Ble cafodd yr adroddiad ei gadw</translation>
    </message>
    <message>
        <source>Save unsigned &amp;copy…</source>
        <translation>Cadw copi h&amp;eb ei lofnodi…</translation>
    </message>
    <message>
        <source>Save an unsigned copy of the report</source>
        <translation>Cadw copi o&apos;r adroddiad heb ei lofnodi</translation>
    </message>
    <message>
        <source>Save a numbered draft for the host&apos;s check of factual accuracy</source>
        <translation>Cadw drafft wedi&apos;i rifo i&apos;r ysgol letyol wirio cywirdeb ffeithiol</translation>
    </message>
    <message>
        <source>Save an unsigned copy</source>
        <translation>Cadw copi heb ei lofnodi</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Cadw&apos;r drafft</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Yn creu&apos;r adroddiad…</translation>
    </message>
    <message>
        <source>Saved an unsigned copy to {path}.</source>
        <translation>Cadwyd copi heb ei lofnodi yn {path}.</translation>
    </message>
    <message>
        <source>Saved draft {n} to {path}, for the host&apos;s check of factual accuracy.</source>
        <translation>Cadwyd drafft {n} yn {path}, i&apos;r ysgol letyol wirio cywirdeb ffeithiol.</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Yn cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Save a Word copy</source>
        <translation>Cadw copi Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Dogfennau Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word copy…</source>
        <translation>Yn ysgrifennu&apos;r copi Word…</translation>
    </message>
    <message>
        <source>Saved an editable, unsigned Word copy to {path}.</source>
        <translation>Cadwyd copi Word heb ei lofnodi, y gellir ei olygu, yn {path}.</translation>
    </message>
    <message>
        <source>Saving the Word copy</source>
        <translation>Yn cadw&apos;r copi Word</translation>
    </message>
    <message>
        <source>Save the feedback summary</source>
        <translation>Cadw&apos;r crynodeb adborth</translation>
    </message>
    <message>
        <source>Building the feedback summary…</source>
        <translation>Yn creu&apos;r crynodeb adborth…</translation>
    </message>
    <message>
        <source>Saved the feedback summary to {path}.</source>
        <translation>Cadwyd y crynodeb adborth yn {path}.</translation>
    </message>
    <message>
        <source>Saving the feedback summary</source>
        <translation>Yn cadw&apos;r crynodeb adborth</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>The file could not be made: {error}</source>
        <translation>Nid oedd modd creu&apos;r ffeil: {error}</translation>
    </message>
</context>
<context>
    <name>ReportLanguageChoice</name>
    <message>
        <source>Report language</source>
        <translation>Iaith yr adroddiad</translation>
    </message>
    <message>
        <source>The language of the report&apos;s headings and fixed words. What the team wrote is printed as written.</source>
        <translation>Iaith penawdau a geiriau sefydlog yr adroddiad. Caiff yr hyn a ysgrifennodd y tîm ei argraffu fel y&apos;i hysgrifennwyd.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Welsh, then English</source>
        <translation>Cymraeg, yna Saesneg</translation>
    </message>
    <message>
        <source>Report la&amp;nguage:</source>
        <translation>Iai&amp;th yr adroddiad:</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <source>{0} is too large to preview.</source>
        <extracomment>pages rendered so far (the tests watch the cache work)</extracomment>
        <translation>Mae {0} yn rhy fawr i gael rhagolwg.</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>Nid oedd modd darllen {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a readable PDF ({1}).</source>
        <translation>Nid yw {0} yn PDF y gellir ei ddarllen ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Scroll with the arrow keys, Page Up and Page Down, Home and End.</source>
        <translation>
            <numerusform>%n tudalen. Sgroliwch gyda&apos;r bysellau saeth, Page Up a Page Down, Home ac End.</numerusform>
            <numerusform>%n tudalen. Sgroliwch gyda&apos;r bysellau saeth, Page Up a Page Down, Home ac End.</numerusform>
            <numerusform>%n tudalen. Sgroliwch gyda&apos;r bysellau saeth, Page Up a Page Down, Home ac End.</numerusform>
            <numerusform>%n tudalen. Sgroliwch gyda&apos;r bysellau saeth, Page Up a Page Down, Home ac End.</numerusform>
            <numerusform>%n tudalen. Sgroliwch gyda&apos;r bysellau saeth, Page Up a Page Down, Home ac End.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview yet: choose Build preview.</source>
        <translation>Dim rhagolwg eto: dewiswch Creu rhagolwg.</translation>
    </message>
    <message>
        <source>Build a preview to see the report here.</source>
        <translation>Crëwch ragolwg i weld yr adroddiad yma.</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Evidence notes after signing</source>
        <extracomment>The item meaning &quot;follow this laptop&apos;s default&quot; (until the report is signed).</extracomment>
        <translation>Nodiadau tystiolaeth ar ôl llofnodi</translation>
    </message>
    <message>
        <source>Keep or purge the evidence notes after signing</source>
        <translation>Cadw neu glirio&apos;r nodiadau tystiolaeth yn llwyr ar ôl llofnodi</translation>
    </message>
    <message>
        <source>&amp;Keep or purge:</source>
        <translation>Cadw neu gl&amp;irio:</translation>
    </message>
    <message>
        <source>P&amp;urge notes now</source>
        <translation>Clirio&apos;n llw&amp;yr nawr</translation>
    </message>
    <message>
        <source>Purge the evidence notes that are due</source>
        <translation>Clirio&apos;n llwyr y nodiadau tystiolaeth sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Eu cadw</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n day(s) after signing</source>
        <translation>
            <numerusform>Clirio %n diwrnod wedi llofnodi</numerusform>
            <numerusform>Clirio %n diwrnod wedi llofnodi</numerusform>
            <numerusform>Clirio %n diwrnod wedi llofnodi</numerusform>
            <numerusform>Clirio %n diwrnod wedi llofnodi</numerusform>
            <numerusform>Clirio %n diwrnod wedi llofnodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be purged on {date}.</source>
        <translation>
            <numerusform>Does dim nodiadau i&apos;w clirio&apos;n llwyr ar {date}.</numerusform>
            <numerusform>Bydd %n nodyn yn cael ei glirio&apos;n llwyr ar {date}.</numerusform>
            <numerusform>Bydd %n nodyn yn cael eu clirio&apos;n llwyr ar {date}.</numerusform>
            <numerusform>Bydd %n nodyn yn cael eu clirio&apos;n llwyr ar {date}.</numerusform>
            <numerusform>Bydd %n nodyn yn cael eu clirio&apos;n llwyr ar {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed at signing: notes purged %n day(s) after. Findings, actions and the signed report are kept.</source>
        <translation>
            <numerusform>Wedi&apos;i bennu wrth lofnodi: y nodiadau&apos;n cael eu clirio&apos;n llwyr %n diwrnod wedyn. Caiff y canfyddiadau, y camau gweithredu a&apos;r adroddiad wedi&apos;i lofnodi eu cadw.</numerusform>
            <numerusform>Wedi&apos;i bennu wrth lofnodi: y nodiadau&apos;n cael eu clirio&apos;n llwyr %n diwrnod wedyn. Caiff y canfyddiadau, y camau gweithredu a&apos;r adroddiad wedi&apos;i lofnodi eu cadw.</numerusform>
            <numerusform>Wedi&apos;i bennu wrth lofnodi: y nodiadau&apos;n cael eu clirio&apos;n llwyr %n diwrnod wedyn. Caiff y canfyddiadau, y camau gweithredu a&apos;r adroddiad wedi&apos;i lofnodi eu cadw.</numerusform>
            <numerusform>Wedi&apos;i bennu wrth lofnodi: y nodiadau&apos;n cael eu clirio&apos;n llwyr %n diwrnod wedyn. Caiff y canfyddiadau, y camau gweithredu a&apos;r adroddiad wedi&apos;i lofnodi eu cadw.</numerusform>
            <numerusform>Wedi&apos;i bennu wrth lofnodi: y nodiadau&apos;n cael eu clirio&apos;n llwyr %n diwrnod wedyn. Caiff y canfyddiadau, y camau gweithredu a&apos;r adroddiad wedi&apos;i lofnodi eu cadw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default: {choice}</source>
        <translation>Diofyn: {choice}</translation>
    </message>
    <message>
        <source>The notes were purged on {date}; findings keep their counts.</source>
        <translation>Cliriwyd y nodiadau&apos;n llwyr ar {date}; mae&apos;r canfyddiadau&apos;n cadw eu cyfrifon.</translation>
    </message>
    <message>
        <source>The notes are kept.</source>
        <translation>Mae&apos;r nodiadau&apos;n cael eu cadw.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Heb ei newid</translation>
    </message>
    <message>
        <source>Not purged</source>
        <translation>Heb ei glirio</translation>
    </message>
</context>
<context>
    <name>ShareBox</name>
    <message>
        <source>Peerview bundle (*.pvbundle)</source>
        <translation>Bwndel Peerview (*.pvbundle)</translation>
    </message>
    <message>
        <source>The partnership</source>
        <translation>Y bartneriaeth</translation>
    </message>
    <message>
        <source>What the partnership has been sent</source>
        <translation>Beth sydd wedi&apos;i anfon at y bartneriaeth</translation>
    </message>
    <message>
        <source>S&amp;hare with the partnership…</source>
        <translation>&amp;Rhannu â&apos;r bartneriaeth…</translation>
    </message>
    <message>
        <source>Share a summary with the partnership</source>
        <translation>Rhannu crynodeb â&apos;r bartneriaeth</translation>
    </message>
    <message>
        <source>W&amp;ithdraw…</source>
        <translation>Tynn&amp;u&apos;n ôl…</translation>
    </message>
    <message>
        <source>Withdraw what was shared</source>
        <translation>Tynnu&apos;n ôl yr hyn a rannwyd</translation>
    </message>
    <message>
        <source>Nothing is shared: the partnership sees this review only if you share it.</source>
        <translation>Does dim wedi&apos;i rannu: dim ond os byddwch chi&apos;n ei rannu y bydd y bartneriaeth yn gweld yr adolygiad hwn.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}; nothing of it is kept.</source>
        <translation>Tynnwyd yn ôl ar {date}; does dim ohono&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <source>A summary was shared on {date}.</source>
        <translation>Rhannwyd crynodeb ar {date}.</translation>
    </message>
    <message>
        <source>S&amp;hare again…</source>
        <translation>&amp;Rhannu eto…</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Wedi&apos;i rannu</translation>
    </message>
    <message>
        <source>Give {file} to the partnership lead; only they can open it.</source>
        <translation>Rhowch {file} i arweinydd y bartneriaeth; dim ond nhw all ei agor.</translation>
    </message>
    <message>
        <source>Withdraw the summary</source>
        <translation>Tynnu&apos;r crynodeb yn ôl</translation>
    </message>
    <message>
        <source>Withdraw what this school shared? This laptop keeps no text of it, and the lead&apos;s laptop erases it when they import the bundle you save next.</source>
        <translation>Tynnu&apos;n ôl yr hyn a rannodd yr ysgol hon? Nid yw&apos;r gliniadur hwn yn cadw dim o&apos;i destun, ac mae gliniadur yr arweinydd yn ei ddileu pan fydd yn mewnforio&apos;r bwndel y byddwch chi&apos;n ei gadw nesaf.</translation>
    </message>
    <message>
        <source>Save the withdrawal for the partnership lead</source>
        <translation>Cadw&apos;r tynnu&apos;n ôl ar gyfer arweinydd y bartneriaeth</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Heb ei dynnu&apos;n ôl</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with the partnership</source>
        <translation>Rhannu â&apos;r bartneriaeth</translation>
    </message>
    <message>
        <source>This is what the partnership lead will receive. Nothing is sent until you save the bundle and give it to them.</source>
        <translation>Dyma beth fydd arweinydd y bartneriaeth yn ei gael. Does dim yn cael ei anfon nes i chi gadw&apos;r bwndel a&apos;i roi iddyn nhw.</translation>
    </message>
    <message>
        <source>What would be shared, in words</source>
        <translation>Beth fyddai&apos;n cael ei rannu, mewn geiriau</translation>
    </message>
    <message>
        <source>Send the whole signed &amp;report too…</source>
        <translation>Anfon yr &amp;adroddiad cyfan wedi&apos;i lofnodi hefyd…</translation>
    </message>
    <message>
        <source>Send the whole signed report too</source>
        <translation>Anfon yr adroddiad cyfan wedi&apos;i lofnodi hefyd</translation>
    </message>
    <message>
        <source>The partnership may &amp;name our school in its figures</source>
        <translation>Caiff y bartneriaeth &amp;enwi ein hysgol yn ei ffigurau</translation>
    </message>
    <message>
        <source>The partnership may name our school</source>
        <translation>Caiff y bartneriaeth enwi ein hysgol</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>Cadw&apos;r &amp;bwndel…</translation>
    </message>
    <message>
        <source>The signed report the lead reviewer sent</source>
        <translation>Yr adroddiad wedi&apos;i lofnodi a anfonodd yr adolygydd arweiniol</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the bundle for the partnership lead</source>
        <translation>Cadw&apos;r bwndel ar gyfer arweinydd y bartneriaeth</translation>
    </message>
</context>
<context>
    <name>SignoffPage</name>
    <message>
        <source>Sign-off and report</source>
        <translation>Llofnodi a&apos;r adroddiad</translation>
    </message>
    <message>
        <source>then</source>
        <translation>yna</translation>
    </message>
    <message>
        <source>Send &amp;back to draft…</source>
        <translation>&amp;Anfon yn ôl i&apos;r drafft…</translation>
    </message>
    <message>
        <source>Send the review back to draft, saying why</source>
        <translation>Anfon yr adolygiad yn ôl i&apos;r drafft, gan ddweud pam</translation>
    </message>
    <message>
        <source>Why the review went back to draft</source>
        <translation>Pam aeth yr adolygiad yn ôl i&apos;r drafft</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Sign-off history</source>
        <translation>Hanes llofnodi</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>&amp;Hanes:</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Llofnodi</translation>
    </message>
    <message>
        <source>When the next step is due</source>
        <translation>Pryd mae&apos;r cam nesaf yn ddyledus</translation>
    </message>
    <message>
        <source>Bui&amp;ld preview</source>
        <translation>Creu rha&amp;golwg</translation>
    </message>
    <message>
        <source>Build a preview of the report</source>
        <translation>Creu rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Si&amp;gn as lead reviewer…</source>
        <translation>Ll&amp;ofnodi fel adolygydd arweiniol…</translation>
    </message>
    <message>
        <source>Sign the report as lead reviewer</source>
        <translation>Llofnodi&apos;r adroddiad fel adolygydd arweiniol</translation>
    </message>
    <message>
        <source>Add the evidence appendi&amp;x (host&apos;s copy)</source>
        <translation>Ychwanegu&apos;r atodia&amp;d tystiolaeth (copi&apos;r ysgol letyol)</translation>
    </message>
    <message>
        <source>Add the evidence appendix</source>
        <translation>Ychwanegu&apos;r atodiad tystiolaeth</translation>
    </message>
    <message>
        <source>The evidence notes by strand, for the host school. Off by default.</source>
        <translation>Y nodiadau tystiolaeth fesul llinyn, ar gyfer yr ysgol letyol. I ffwrdd yn ddiofyn.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Statws yr adroddiad</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Sign-off and action plan</source>
        <translation>Llofnodi a&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>Sign-off and &amp;report</source>
        <translation>&amp;Llofnodi a&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Impact &amp;&amp; wor&amp;kshop</source>
        <translation>E&amp;ffaith a&apos;r gweithdy</translation>
    </message>
    <message>
        <source>&amp;Team and host</source>
        <translation>&amp;Tîm a&apos;r ysgol letyol</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>y cam presennol</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>i&apos;w wneud</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {name}, {state}</source>
        <translation>Cam {n} o {total}: {name}, {state}</translation>
    </message>
    <message>
        <source>&amp;Mark as {step}</source>
        <translation>&amp;Nodi fel {step}</translation>
    </message>
    <message>
        <source>&amp;Mark as next step</source>
        <translation>&amp;Nodi fel y cam nesaf</translation>
    </message>
    <message>
        <source>you</source>
        <translation>chi</translation>
    </message>
    <message>
        <source>Action &amp;plan ({0})</source>
        <translation>&amp;Cynllun gweithredu ({0})</translation>
    </message>
    <message>
        <source>Impact &amp;&amp; wor&amp;kshop ({0})</source>
        <translation>E&amp;ffaith a&apos;r gweithdy ({0})</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Heb ei newid</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Anfon yn ôl i&apos;r drafft</translation>
    </message>
    <message>
        <source>Why does the review go back to draft? The team will read this.</source>
        <translation>Pam mae&apos;r adolygiad yn mynd yn ôl i&apos;r drafft? Bydd y tîm yn darllen hyn.</translation>
    </message>
    <message>
        <source>Not sent back</source>
        <translation>Heb ei anfon yn ôl</translation>
    </message>
    <message>
        <source>Evidence appendix</source>
        <translation>Atodiad tystiolaeth</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence note(s) could identify one teacher or use wording the guards flag. Print them in the appendix?</source>
        <translation>
            <numerusform>Gallai %n nodyn tystiolaeth adnabod un athro neu ddefnyddio geiriad y mae&apos;r gwiriadau&apos;n ei nodi. Eu hargraffu yn yr atodiad?</numerusform>
            <numerusform>Gallai %n nodyn tystiolaeth adnabod un athro neu ddefnyddio geiriad y mae&apos;r gwiriadau&apos;n ei nodi. Ei argraffu yn yr atodiad?</numerusform>
            <numerusform>Gallai %n nodyn tystiolaeth adnabod un athro neu ddefnyddio geiriad y mae&apos;r gwiriadau&apos;n ei nodi. Eu hargraffu yn yr atodiad?</numerusform>
            <numerusform>Gallai %n nodyn tystiolaeth adnabod un athro neu ddefnyddio geiriad y mae&apos;r gwiriadau&apos;n ei nodi. Eu hargraffu yn yr atodiad?</numerusform>
            <numerusform>Gallai %n nodyn tystiolaeth adnabod un athro neu ddefnyddio geiriad y mae&apos;r gwiriadau&apos;n ei nodi. Eu hargraffu yn yr atodiad?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of the report (%n page(s)).</source>
        <translation>
            <numerusform>Rhagolwg o&apos;r adroddiad (%n tudalen).</numerusform>
            <numerusform>Rhagolwg o&apos;r adroddiad (%n tudalen).</numerusform>
            <numerusform>Rhagolwg o&apos;r adroddiad (%n tudalen).</numerusform>
            <numerusform>Rhagolwg o&apos;r adroddiad (%n tudalen).</numerusform>
            <numerusform>Rhagolwg o&apos;r adroddiad (%n tudalen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before signing: {0}</source>
        <translation>Gwiriwch cyn llofnodi: {0}</translation>
    </message>
    <message>
        <source>Leaving them out is safer; the appendix says how many it leaves out.</source>
        <translation>Mae&apos;n fwy diogel eu gadael allan; mae&apos;r atodiad yn dweud faint mae&apos;n eu gadael allan.</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Eu gadael allan</translation>
    </message>
    <message>
        <source>&amp;Print them</source>
        <translation>Eu &amp;hargraffu</translation>
    </message>
    <message>
        <source>Gathering the findings and evidence…</source>
        <translation>Yn casglu&apos;r canfyddiadau a&apos;r dystiolaeth…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Yn gosod y tudalennau…</translation>
    </message>
    <message>
        <source>Building the report preview</source>
        <translation>Yn creu rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <source>The report could not be made: {error}</source>
        <translation>Nid oedd modd creu&apos;r adroddiad: {error}</translation>
    </message>
    <message>
        <source>Save the signed report</source>
        <translation>Cadw&apos;r adroddiad wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>adroddiad.pdf</translation>
    </message>
    <message>
        <source>You have no identity to sign with. Create one first (Your identity).</source>
        <translation>Does gennych chi ddim hunaniaeth i lofnodi â hi. Crëwch un yn gyntaf (Eich hunaniaeth).</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Heb ei lofnodi</translation>
    </message>
    <message>
        <source>Building and signing the report…</source>
        <translation>Yn creu ac yn llofnodi&apos;r adroddiad…</translation>
    </message>
    <message>
        <source>Signed and saved to {path}. Send it to the host headteacher to countersign.</source>
        <translation>Wedi&apos;i lofnodi a&apos;i gadw yn {path}. Anfonwch ef at bennaeth yr ysgol letyol i&apos;w gydlofnodi.</translation>
    </message>
    <message>
        <source>Signing the report</source>
        <translation>Yn llofnodi&apos;r adroddiad</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Action status</source>
        <translation>Statws y cam gweithredu</translation>
    </message>
</context>
<context>
    <name>SupportBox</name>
    <message>
        <source>{school}: {state} since {day}.</source>
        <translation>{school}: {state} ers {day}.</translation>
    </message>
    <message>
        <source>{school}: {state}.</source>
        <translation>{school}: {state}.</translation>
    </message>
    <message>
        <source>{offer} ({contact}).</source>
        <translation>{offer} ({contact}).</translation>
    </message>
    <message>
        <source>Contact: {contact}.</source>
        <translation>Cyswllt: {contact}.</translation>
    </message>
    <message>
        <source>Latest: {note}</source>
        <translation>Y diweddaraf: {note}</translation>
    </message>
    <message>
        <source>Support from partner schools</source>
        <translation>Cymorth gan ysgolion partner</translation>
    </message>
    <message>
        <source>Partner school offering support</source>
        <translation>Ysgol bartner sy&apos;n cynnig cymorth</translation>
    </message>
    <message>
        <source>Support fro&amp;m:</source>
        <translation>Cymorth &amp;gan:</translation>
    </message>
    <message>
        <source>Record &amp;offer…</source>
        <translation>Cofnodi cynn&amp;ig…</translation>
    </message>
    <message>
        <source>Record this school&apos;s offer of support</source>
        <translation>Cofnodi cynnig cymorth yr ysgol hon</translation>
    </message>
    <message>
        <source>Offer to move on</source>
        <translation>Y cynnig i&apos;w symud ymlaen</translation>
    </message>
    <message>
        <source>The offer&apos;s new state</source>
        <translation>Cyflwr newydd y cynnig</translation>
    </message>
    <message>
        <source>Offer no&amp;w:</source>
        <translation>Y cynnig &amp;nawr:</translation>
    </message>
    <message>
        <source>Move o&amp;n…</source>
        <translation>Symud ymla&amp;en…</translation>
    </message>
    <message>
        <source>Move the chosen offer to the chosen state</source>
        <translation>Symud y cynnig a ddewiswyd i&apos;r cyflwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Support from partner schools: none offered yet.</source>
        <translation>Cymorth gan ysgolion partner: dim wedi&apos;i gynnig eto.</translation>
    </message>
    <message>
        <source>Support from partner schools:</source>
        <translation>Cymorth gan ysgolion partner:</translation>
    </message>
    <message>
        <source>Record an offer of support</source>
        <translation>Cofnodi cynnig cymorth</translation>
    </message>
    <message>
        <source>What does {0} offer? (You can leave it empty.)</source>
        <translation>Beth mae {0} yn ei gynnig? (Gallwch ei adael yn wag.)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Move the offer on</source>
        <translation>Symud y cynnig ymlaen</translation>
    </message>
    <message>
        <source>{0}: {1}. Any word on its progress? (You can leave it empty.)</source>
        <translation>{0}: {1}. Unrhyw air am ei gynnydd? (Gallwch ei adael yn wag.)</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Heb ei newid</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Improvement workshop</source>
        <translation>Gweithdy gwella</translation>
    </message>
    <message>
        <source>Date of the workshop</source>
        <translation>Dyddiad y gweithdy</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Cynhal&amp;iwyd ar:</translation>
    </message>
    <message>
        <source>Who facilitated it</source>
        <translation>Pwy a&apos;i hwylusodd</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Hwylusydd:</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Pwy a gymerodd ran</translation>
    </message>
    <message>
        <source>Who &amp;took part:</source>
        <translation>Pwy a gy&amp;merodd ran:</translation>
    </message>
    <message>
        <source>Actions agreed at the workshop (Space ticks)</source>
        <translation>Camau gweithredu a gytunwyd yn y gweithdy (mae Bylchwr yn ticio)</translation>
    </message>
    <message>
        <source>&amp;Actions agreed:</source>
        <translation>&amp;Camau a gytunwyd:</translation>
    </message>
    <message>
        <source>Anything else agreed</source>
        <translation>Unrhyw beth arall a gytunwyd</translation>
    </message>
    <message>
        <source>Also a&amp;greed:</source>
        <translation>Cytunwyd he&amp;fyd:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ca&amp;dw</translation>
    </message>
</context>
</TS>
