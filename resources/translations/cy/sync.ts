<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>ConflictPanel</name>
    <message>
        <source>The chosen conflict</source>
        <extracomment>(&quot;choose&quot;, ref) | (&quot;merge&quot;, text) | (&quot;keep&quot;, &quot;&quot;) | (&quot;delete&quot;, &quot;&quot;)</extracomment>
        <translation>Y gwrthdaro a ddewiswyd</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>Dewiswch wrthdaro yn y rhestr.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Beth sy&apos;n wahanol</translation>
    </message>
    <message>
        <source>Mer&amp;ged text:</source>
        <translation>Testun &amp;wedi&apos;i uno:</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Testun wedi&apos;i uno</translation>
    </message>
    <message>
        <source>Write one text from both versions, then choose Use merged text</source>
        <translation>Ysgrifennwch un testun o&apos;r ddwy fersiwn, yna dewiswch Defnyddio&apos;r testun wedi&apos;i uno</translation>
    </message>
    <message>
        <source>Use merged te&amp;xt</source>
        <translation>Defnyddio&apos;r testun wedi&apos;i un&amp;o</translation>
    </message>
    <message>
        <source>Use merged text</source>
        <translation>Defnyddio&apos;r testun wedi&apos;i uno</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Ei gadw</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Cadw&apos;r cofnod</translation>
    </message>
    <message>
        <source>Delete it a&amp;gain</source>
        <translation>Ei dd&amp;ileu eto</translation>
    </message>
    <message>
        <source>Delete the record again</source>
        <translation>Dileu&apos;r cofnod eto</translation>
    </message>
    <message>
        <source>No conflicts to decide. When two laptops change the same text before they sync, both versions wait here for you to choose.</source>
        <translation>Dim gwrthdaro i&apos;w benderfynu. Pan fydd dau liniadur yn newid yr un testun cyn iddyn nhw gysoni, mae&apos;r ddwy fersiwn yn aros yma i chi ddewis.</translation>
    </message>
    <message>
        <source>{0}: deleted on one laptop while edited on another.</source>
        <translation>{0}: wedi&apos;i ddileu ar un gliniadur tra oedd yn cael ei olygu ar un arall.</translation>
    </message>
    <message>
        <source>{0}: two laptops changed its {field} from the same version.</source>
        <translation>{0}: newidiodd dau liniadur y maes “{field}” o&apos;r un fersiwn.</translation>
    </message>
    <message>
        <source>Decided already; you can still choose again.</source>
        <translation>Wedi&apos;i benderfynu eisoes; gallwch ddewis eto o hyd.</translation>
    </message>
    <message>
        <source>Until you decide, it is kept with the edit.</source>
        <translation>Hyd nes i chi benderfynu, caiff ei gadw gyda&apos;r golygiad.</translation>
    </message>
    <message>
        <source>Until you decide, it shows the version marked “shown now”.</source>
        <translation>Hyd nes i chi benderfynu, mae&apos;n dangos y fersiwn a nodir “yn y golwg nawr”.</translation>
    </message>
    <message>
        <source>Version {0} · {1} · {2}</source>
        <translation>Fersiwn {0} · {1} · {2}</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>yn y golwg nawr</translation>
    </message>
    <message>
        <source>Deleted the record.</source>
        <translation>Dileodd y cofnod.</translation>
    </message>
    <message>
        <source>Version {0} by {1}</source>
        <translation>Fersiwn {0} gan {1}</translation>
    </message>
    <message>
        <source>Keep &amp;{0}</source>
        <translation>Cadw &amp;{0}</translation>
    </message>
    <message>
        <source>Keep version {0}</source>
        <translation>Cadw fersiwn {0}</translation>
    </message>
    <message>
        <source>Version {0} against version 1: {1}.</source>
        <translation>Fersiwn {0} o&apos;i chymharu â fersiwn 1: {1}.</translation>
    </message>
    <message>
        <source>Struck-through words are not in version 2.</source>
        <translation>Nid yw&apos;r geiriau sydd wedi&apos;u croesi allan yn fersiwn 2.</translation>
    </message>
</context>
<context>
    <name>ForksTab</name>
    <message>
        <source>No other history of any laptop is kept here.</source>
        <translation>Does dim hanes arall unrhyw liniadur yn cael ei gadw yma.</translation>
    </message>
    <message numerus="yes">
        <source>Took in %n change(s) from {laptop}.</source>
        <translation>
            <numerusform>Cymerwyd %n newid i mewn o {laptop}.</numerusform>
            <numerusform>Cymerwyd %n newid i mewn o {laptop}.</numerusform>
            <numerusform>Cymerwyd %n newid i mewn o {laptop}.</numerusform>
            <numerusform>Cymerwyd %n newid i mewn o {laptop}.</numerusform>
            <numerusform>Cymerwyd %n newid i mewn o {laptop}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would overwrite a later change here and stay listed.</source>
        <translation>
            <numerusform>Byddai %n yn trosysgrifo newid diweddarach yma, felly maen nhw&apos;n aros ar y rhestr.</numerusform>
            <numerusform>Byddai %n yn trosysgrifo newid diweddarach yma, felly maen nhw&apos;n aros ar y rhestr.</numerusform>
            <numerusform>Byddai %n yn trosysgrifo newid diweddarach yma, felly maen nhw&apos;n aros ar y rhestr.</numerusform>
            <numerusform>Byddai %n yn trosysgrifo newid diweddarach yma, felly maen nhw&apos;n aros ar y rhestr.</numerusform>
            <numerusform>Byddai %n yn trosysgrifo newid diweddarach yma, felly maen nhw&apos;n aros ar y rhestr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the %n change(s) kept from {laptop}? Their text is then gone from this laptop.</source>
        <translation>
            <numerusform>Gollwng y %n newid a gadwyd o {laptop}? Yna bydd eu testun wedi mynd o&apos;r gliniadur hwn.</numerusform>
            <numerusform>Gollwng y %n newid a gadwyd o {laptop}? Yna bydd eu testun wedi mynd o&apos;r gliniadur hwn.</numerusform>
            <numerusform>Gollwng y %n newid a gadwyd o {laptop}? Yna bydd eu testun wedi mynd o&apos;r gliniadur hwn.</numerusform>
            <numerusform>Gollwng y %n newid a gadwyd o {laptop}? Yna bydd eu testun wedi mynd o&apos;r gliniadur hwn.</numerusform>
            <numerusform>Gollwng y %n newid a gadwyd o {laptop}? Yna bydd eu testun wedi mynd o&apos;r gliniadur hwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Rhoi o&apos;r neilltu</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Gliniadur</translation>
    </message>
    <message>
        <source>From its entry</source>
        <translation>O&apos;r cofnod</translation>
    </message>
    <message>
        <source>Changes kept</source>
        <translation>Newidiadau a gadwyd</translation>
    </message>
    <message>
        <source>Other histories</source>
        <translation>Hanesion eraill</translation>
    </message>
    <message>
        <source>The changes of the chosen history</source>
        <translation>Newidiadau&apos;r hanes a ddewiswyd</translation>
    </message>
    <message>
        <source>A laptop whose data folder was copied, or restored, and then used twice wrote two histories. The first to arrive was applied; the other is kept here with its text. Take in writes its changes as your own edits wherever they overwrite nothing; the rest stays listed, to copy in by hand.</source>
        <translation>Ysgrifennodd gliniadur y cafodd ei ffolder data ei gopïo, neu ei adfer, ac yna ei ddefnyddio ddwywaith, ddau hanes. Cymhwyswyd yr un a gyrhaeddodd gyntaf; cedwir y llall yma gyda&apos;i destun. Mae Cymryd i mewn yn ysgrifennu ei newidiadau fel eich golygiadau chi lle nad ydynt yn trosysgrifo dim; mae&apos;r gweddill yn aros ar y rhestr, i&apos;w copïo i mewn â llaw.</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>Cymryd i &amp;mewn</translation>
    </message>
    <message>
        <source>Take in the chosen history</source>
        <translation>Cymryd yr hanes a ddewiswyd i mewn</translation>
    </message>
    <message>
        <source>Set &amp;aside…</source>
        <translation>Rhoi o&apos;r &amp;neilltu…</translation>
    </message>
    <message>
        <source>Set aside the chosen history</source>
        <translation>Rhoi&apos;r hanes a ddewiswyd o&apos;r neilltu</translation>
    </message>
    <message>
        <source>What Take in did</source>
        <translation>Beth wnaeth Cymryd i mewn</translation>
    </message>
    <message>
        <source>Set aside.</source>
        <translation>Rhoddwyd o&apos;r neilltu.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Adroddiad mewnforio</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Beth wnaeth y mewnforio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diweddarwyd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Wedi&apos;u dal</translation>
    </message>
    <message>
        <source>Skipped (already here)</source>
        <translation>Wedi&apos;u hepgor (yma eisoes)</translation>
    </message>
    <message>
        <source>Waiting for earlier entries:</source>
        <translation>Yn aros am gofnodion cynharach:</translation>
    </message>
    <message>
        <source>Refused (not allowed by their role):</source>
        <translation>Gwrthodwyd (nid yw eu rôl yn caniatáu hyn):</translation>
    </message>
    <message>
        <source>Refused (not vouched for by their authors):</source>
        <translation>Gwrthodwyd (nid yw eu hawduron yn gwarantu&apos;r rhain):</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Mewn cwarantîn</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>Oddi wrth {0}</translation>
    </message>
    <message>
        <source>See the conflicts on the Sync page.</source>
        <translation>Gweler y gwrthdaro ar y dudalen Cysoni.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to</source>
        <translation>Anfon at</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>Anfon bwndel</translation>
    </message>
    <message>
        <source>The bundle is signed by you and readable only by the people you tick (and you). Safeguarding concerns go only when every recipient is a designated safeguarding lead.</source>
        <translation>Chi sy&apos;n llofnodi&apos;r bwndel, a dim ond y bobl rydych chi&apos;n eu ticio (a chi) sy&apos;n gallu ei ddarllen. Dim ond pan fydd pob derbynnydd yn arweinydd diogelu dynodedig y caiff pryderon diogelu eu hanfon.</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Derbynwyr:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Derbynwyr</translation>
    </message>
    <message>
        <source>Space ticks or unticks a person</source>
        <translation>Mae&apos;r bylchwr yn ticio neu&apos;n dad-dicio person</translation>
    </message>
    <message>
        <source>You trust nobody yet: exchange cards in Your identity first.</source>
        <translation>Dydych chi ddim yn ymddiried yn neb eto: cyfnewidiwch gardiau yn Eich hunaniaeth yn gyntaf.</translation>
    </message>
    <message>
        <source>Send &amp;everything, not only what they have not acknowledged</source>
        <translation>Anfon &amp;popeth, nid dim ond yr hyn nad ydyn nhw wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>Send everything</source>
        <translation>Anfon popeth</translation>
    </message>
    <message>
        <source>&amp;Write bundle…</source>
        <translation>&amp;Ysgrifennu bwndel…</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>Ysgrifennu bwndel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Send &amp;to…</source>
        <translation>Anfon a&amp;t…</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Anfon at</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>&amp;Agor bwndel…</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Agor bwndel</translation>
    </message>
    <message>
        <source>Sync &amp;with shared folder</source>
        <translation>Cysoni â&apos;r ffolder a &amp;rennir</translation>
    </message>
    <message>
        <source>Sync with shared folder</source>
        <translation>Cysoni â&apos;r ffolder a rennir</translation>
    </message>
    <message>
        <source>Shared fol&amp;der…</source>
        <translation>Ffol&amp;der a rennir…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Dewis y ffolder a rennir</translation>
    </message>
    <message>
        <source>Every 5 min&amp;utes</source>
        <translation>Bob 5 m&amp;unud</translation>
    </message>
    <message>
        <source>Sync with the shared folder every 5 minutes</source>
        <translation>Cysoni â&apos;r ffolder a rennir bob 5 munud</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Ffolder a rennir</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Statws cysoni</translation>
    </message>
    <message>
        <source>{since}, over a month: ask its author to send everything again</source>
        <translation>{since}, dros fis: gofynnwch i&apos;w awdur anfon popeth eto</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>deleted / edited</source>
        <translation>wedi&apos;i ddileu / wedi&apos;i olygu</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>wedi&apos;i benderfynu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>agored</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diweddarwyd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Wedi&apos;u dal</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Wedi&apos;u hepgor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>popeth</translation>
    </message>
    <message>
        <source>new since acknowledged</source>
        <translation>newydd ers eu cydnabod</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Yn aros am</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Wedi&apos;i lofnodi gan</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Bwndeli a dderbyniwyd</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Bwndeli a anfonwyd</translation>
    </message>
    <message>
        <source>Held entries</source>
        <translation>Cofnodion a ddaliwyd</translation>
    </message>
    <message>
        <source>Quarantined bundles</source>
        <translation>Bwndeli mewn cwarantîn</translation>
    </message>
    <message>
        <source>Show decided conflicts too</source>
        <translation>Dangos gwrthdaro a benderfynwyd hefyd</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Ôl bys y llofnodwr</translation>
    </message>
    <message>
        <source>Trust and i&amp;mport…</source>
        <translation>Ymddiried a &amp;mewnforio…</translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translation>Ymddiried a mewnforio</translation>
    </message>
    <message>
        <source>Nothing from these bundles is imported until you trust the signer. Phone them (or ask in person) and have them read their fingerprint to you; Trust and import then asks for their card and shows the digits to compare.</source>
        <translation>Ni chaiff dim o&apos;r bwndeli hyn ei fewnforio nes i chi ymddiried yn y llofnodwr. Ffoniwch nhw (neu gofynnwch wyneb yn wyneb) a gofynnwch iddyn nhw ddarllen eu hôl bys i chi; yna mae Ymddiried a mewnforio yn gofyn am eu cerdyn ac yn dangos y digidau i&apos;w cymharu.</translation>
    </message>
    <message>
        <source>What sync did</source>
        <translation>Beth wnaeth y cysoni</translation>
    </message>
    <message>
        <source>Sync lists</source>
        <translation>Rhestrau cysoni</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>&amp;Gwrthdaro</translation>
    </message>
    <message>
        <source>Rece&amp;ived</source>
        <translation>Derb&amp;yniwyd</translation>
    </message>
    <message>
        <source>Sent &amp;bundles</source>
        <translation>&amp;Bwndeli a anfonwyd</translation>
    </message>
    <message>
        <source>He&amp;ld</source>
        <translation>Wedi&apos;u da&amp;l</translation>
    </message>
    <message>
        <source>&amp;Quarantined</source>
        <translation>&amp;Cwarantîn</translation>
    </message>
    <message>
        <source>Other &amp;histories</source>
        <translation>&amp;Hanesion eraill</translation>
    </message>
    <message>
        <source>No bundles are waiting for their signer to be trusted.</source>
        <translation>Does dim bwndeli&apos;n aros i chi ymddiried yn eu llofnodwr.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Fingerprint of {0}: {1}</source>
        <translation>Ôl bys {0}: {1}</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>Ysgrifennu&apos;r bwndel</translation>
    </message>
    <message>
        <source>Peerview bundles (*.pvbundle)</source>
        <translation>Bwndeli Peerview (*.pvbundle)</translation>
    </message>
    <message>
        <source>Decide conflict</source>
        <translation>Penderfynu ar wrthdaro</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Heb ei benderfynu</translation>
    </message>
    <message>
        <source>Decided: {0}. The decision travels in the next bundle.</source>
        <translation>Penderfynwyd: {0}. Mae&apos;r penderfyniad yn teithio yn y bwndel nesaf.</translation>
    </message>
    <message>
        <source>Shared folder: {0}</source>
        <translation>Ffolder a rennir: {0}</translation>
    </message>
    <message>
        <source>No shared folder chosen.</source>
        <translation>Heb ddewis ffolder a rennir.</translation>
    </message>
    <message>
        <source>Shared folder refused</source>
        <translation>Gwrthodwyd y ffolder a rennir</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>You have no identity yet, and bundles are signed with it. Create one in Your identity, and exchange cards with your team.</source>
        <extracomment>Something sync-related happened (&quot;import&quot;, &quot;export&quot;, &quot;folder&quot;, &quot;trust&quot;): the Sync page re-reads its lists (sent and received bundles are not in the change log). A line for a status bar (the outcome of a quiet shared-folder sync, for example).</extracomment>
        <translation>Does gennych chi ddim hunaniaeth eto, ac mae bwndeli&apos;n cael eu llofnodi â hi. Crëwch un yn Eich hunaniaeth, a chyfnewidiwch gardiau â&apos;ch tîm.</translation>
    </message>
    <message>
        <source>No identity</source>
        <translation>Dim hunaniaeth</translation>
    </message>
    <message>
        <source>Identity locked</source>
        <translation>Hunaniaeth wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>Not a bundle</source>
        <translation>Nid bwndel yw hwn</translation>
    </message>
    <message>
        <source>Bundle {0} of {1}: {2}</source>
        <translation>Bwndel {0} o {1}: {2}</translation>
    </message>
    <message>
        <source>Signed by someone you do not trust yet (fingerprint {0}), so nothing was imported. It waits on the Sync page under Quarantined: phone the sender, check they read you these digits, then choose Trust and import…</source>
        <translation>Wedi&apos;i lofnodi gan rywun nad ydych chi&apos;n ymddiried ynddo eto (ôl bys {0}), felly ni fewnforiwyd dim. Mae&apos;n aros ar y dudalen Cysoni o dan Cwarantîn: ffoniwch yr anfonwr, gwiriwch eu bod yn darllen y digidau hyn i chi, yna dewiswch Ymddiried a mewnforio…</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Mewnforio bwndeli</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Agor bwndel</translation>
    </message>
    <message>
        <source>Peerview bundles (*.pvbundle);;All files (*)</source>
        <translation>Bwndeli Peerview (*.pvbundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Peerview card (*.json);;All files (*)</source>
        <translation>Cerdyn Peerview (*.json);;Pob ffeil (*)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: %n entries for {people}.</source>
        <translation>
            <numerusform>Ysgrifennwyd {file}: %n cofnod ar gyfer {people}.</numerusform>
            <numerusform>Ysgrifennwyd {file}: %n cofnod ar gyfer {people}.</numerusform>
            <numerusform>Ysgrifennwyd {file}: %n cofnod ar gyfer {people}.</numerusform>
            <numerusform>Ysgrifennwyd {file}: %n cofnod ar gyfer {people}.</numerusform>
            <numerusform>Ysgrifennwyd {file}: %n cofnod ar gyfer {people}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Safeguarding concerns included (every recipient is a DSL).</source>
        <translation>Mae pryderon diogelu wedi&apos;u cynnwys (mae pob derbynnydd yn arweinydd diogelu dynodedig).</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Ysgrifennu&apos;r bwndel</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Heb ei anfon</translation>
    </message>
    <message>
        <source>Importing the bundle from {0}</source>
        <translation>Mewnforio&apos;r bwndel oddi wrth {0}</translation>
    </message>
    <message>
        <source>Importing the bundle</source>
        <translation>Mewnforio&apos;r bwndel</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message>
        <source>{0}&apos;s card (fingerprint {1})</source>
        <translation>Cerdyn {0} (ôl bys {1})</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Heb ymddiried</translation>
    </message>
    <message>
        <source>That card is {0}&apos;s (fingerprint {1}), but the bundle was signed by fingerprint {2}. Nothing was trusted; choose the card of the person who signed the bundle.</source>
        <translation>Cerdyn {0} yw hwnnw (ôl bys {1}), ond llofnodwyd y bwndel gan ôl bys {2}. Ni chafodd dim ei ymddiried; dewiswch gerdyn y person a lofnododd y bwndel.</translation>
    </message>
    <message>
        <source>This bundle is signed by {0}. Phone them (or ask in person) and have them read their fingerprint to you; trust them only if it is exactly this:</source>
        <translation>Mae&apos;r bwndel hwn wedi&apos;i lofnodi gan {0}. Ffoniwch nhw (neu gofynnwch wyneb yn wyneb) a gofynnwch iddyn nhw ddarllen eu hôl bys i chi; ymddiriedwch ynddyn nhw dim ond os yw&apos;n union fel hyn:</translation>
    </message>
    <message>
        <source>Not trusted: the fingerprint was not confirmed.</source>
        <translation>Heb ymddiried: ni chadarnhawyd yr ôl bys.</translation>
    </message>
    <message>
        <source>Shared folder refused</source>
        <translation>Gwrthodwyd y ffolder a rennir</translation>
    </message>
    <message>
        <source>Syncing with {0}</source>
        <translation>Cysoni â {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n wedi&apos;u hanfon</numerusform>
            <numerusform>%n wedi&apos;i anfon</numerusform>
            <numerusform>%n wedi&apos;u hanfon</numerusform>
            <numerusform>%n wedi&apos;u hanfon</numerusform>
            <numerusform>%n wedi&apos;u hanfon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n wedi&apos;u mewnforio</numerusform>
            <numerusform>%n wedi&apos;i fewnforio</numerusform>
            <numerusform>%n wedi&apos;u mewnforio</numerusform>
            <numerusform>%n wedi&apos;u mewnforio</numerusform>
            <numerusform>%n wedi&apos;u mewnforio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n mewn cwarantîn</numerusform>
            <numerusform>%n mewn cwarantîn</numerusform>
            <numerusform>%n mewn cwarantîn</numerusform>
            <numerusform>%n mewn cwarantîn</numerusform>
            <numerusform>%n mewn cwarantîn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not complete yet</source>
        <translation>
            <numerusform>%n heb eu cwblhau eto</numerusform>
            <numerusform>%n heb ei gwblhau eto</numerusform>
            <numerusform>%n heb eu cwblhau eto</numerusform>
            <numerusform>%n heb eu cwblhau eto</numerusform>
            <numerusform>%n heb eu cwblhau eto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (see the log)</source>
        <translation>
            <numerusform>%n wedi&apos;u hepgor (gweler y log)</numerusform>
            <numerusform>%n wedi&apos;i hepgor (gweler y log)</numerusform>
            <numerusform>%n wedi&apos;u hepgor (gweler y log)</numerusform>
            <numerusform>%n wedi&apos;u hepgor (gweler y log)</numerusform>
            <numerusform>%n wedi&apos;u hepgor (gweler y log)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared folder: {0}.</source>
        <translation>Ffolder a rennir: {0}.</translation>
    </message>
    <message>
        <source>nothing new in either direction</source>
        <translation>dim byd newydd y naill ffordd na&apos;r llall</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Ffolder a rennir</translation>
    </message>
    <message>
        <source>Syncing with the shared folder</source>
        <translation>Cysoni â&apos;r ffolder a rennir</translation>
    </message>
</context>
<context>
    <name>WindowImport</name>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Mewnforio bwndel…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Open a sync bundle from a reviewer or the lead (or drop it on the window)</source>
        <translation>Agor bwndel cysoni gan adolygydd neu&apos;r arweinydd (neu ei ollwng ar y ffenestr)</translation>
    </message>
</context>
</TS>
