<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From its entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes of the chosen history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop whose data folder was copied, or restored, and then used twice wrote two histories. The first to arrive was applied; the other is kept here with its text. Take in writes its changes as your own edits wherever they overwrite nothing; the rest stays listed, to copy in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in the chosen history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside the chosen history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Take in did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted / edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new since acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show decided conflicts too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and i&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from these bundles is imported until you trust the signer. Phone them (or ask in person) and have them read their fingerprint to you; Trust and import then asks for their card and shows the digits to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sync did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rece&amp;ived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;histories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>The chosen conflict</source>
        <extracomment>(&quot;choose&quot;, ref) | (&quot;merge&quot;, text) | (&quot;keep&quot;, &quot;&quot;) | (&quot;delete&quot;, &quot;&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ged text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one text from both versions, then choose Use merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use merged te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to decide. When two laptops change the same text before they sync, both versions wait here for you to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: deleted on one laptop while edited on another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: two laptops changed its {field} from the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided already; you can still choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you decide, it is kept with the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you decide, it shows the version marked “shown now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} against version 1: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck-through words are not in version 2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForksTab</name>
    <message>
        <source>No other history of any laptop is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took in {n} change(s) from {laptop}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} would overwrite a later change here and stay listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the {n} change(s) kept from {laptop}? Their text is then gone from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (already here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the conflicts on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is signed by you and readable only by the people you tick (and you). Safeguarding concerns go only when every recipient is a designated safeguarding lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trust nobody yet: exchange cards in Your identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;everything, not only what they have not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;with shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared fol&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 min&amp;utes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the shared folder every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{since}, over a month: ask its author to send everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundles are waiting for their signer to be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview bundles (*.pvbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: {0}. The decision travels in the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared folder chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>You have no identity yet, and bundles are signed with it. Create one in Your identity, and exchange cards with your team.</source>
        <extracomment>Something sync-related happened (&quot;import&quot;, &quot;export&quot;, &quot;folder&quot;, &quot;trust&quot;): the Sync page re-reads its lists (sent and received bundles are not in the change log). A line for a status bar (the outcome of a quiet shared-folder sync, for example).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by someone you do not trust yet (fingerprint {0}), so nothing was imported. It waits on the Sync page under Quarantined: phone the sender, check they read you these digits, then choose Trust and import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview bundles (*.pvbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}: {1} entries for {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concerns included (every recipient is a DSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the bundle from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s card (fingerprint {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That card is {0}&apos;s (fingerprint {1}), but the bundle was signed by fingerprint {2}. Nothing was trusted; choose the card of the person who signed the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is signed by {0}. Phone them (or ask in person) and have them read their fingerprint to you; trust them only if it is exactly this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: the fingerprint was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} not complete yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} skipped (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new in either direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowImport</name>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sync bundle from a reviewer or the lead (or drop it on the window)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
