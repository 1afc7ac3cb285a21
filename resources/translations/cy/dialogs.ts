<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>This roster is signed by {0}, whom you do not trust yet. Ask them to read you their fingerprint. Does it match this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster not imported: the fingerprint was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the roster: {0} added, {1} updated, {2} newly revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted (revoked): {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Peerview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Peerview&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Plan, gather evidence for and report on developmental school peer reviews, offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this computer keeps your reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics (no notes, names or paths):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to whoever helps you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernModel</name>
    <message>
        <source>Seen or heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}; erased here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}; erased here {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: pass it on today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased on {date}; the school&apos;s DSL has the record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernsDialog</name>
    <message>
        <source>Safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on this computer for this review, apart from the evidence. Each must be passed on in person to the designated safeguarding lead the same day. Hand over… saves a record for the school&apos;s own system; this computer then erases its copy 7 days later, keeping only who it went to and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passed on now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over: save the record for the school&apos;s DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hand-over record (not in Peerview&apos;s data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file} for {name}. Give it to them (or print it) for the school&apos;s own system; this computer erases its copy on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Check the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, {0} read me exactly these digits (in person or by phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint was read to me and matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has no identity yet. Your identity lets partners check the bundles and reports you sign, and lets them send you encrypted bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protects your keys; kept in the system keyring where there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint (read it to partners):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export my card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People you trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created your identity. Fingerprint: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote your card to {0}. Read your fingerprint to whoever trusts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is your own card; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {0} to read you their fingerprint. Does it match this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: the fingerprint was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now trust {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the roster to {0}: {1} members, {2} revoked keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the person on a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a partnership roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer review: the host school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ramework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ocus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry questions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enquiry questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete to take someone off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke off team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase that protects your keys; it is not shown as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeguardingDialog</name>
    <message>
        <source>Record a safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host school&apos;s DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pass this on in person today&lt;/b&gt; to {0}, the designated safeguarding lead (or the local authority designated officer if it concerns the headteacher). Writing it down here does not replace telling them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is kept apart from evidence: it never appears in notes, search, coverage or the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw or heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts only, in the words used. Context, not pupils&apos; names where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What you saw or heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you saw or heard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host school&apos;s designated safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;already passed it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed &amp;on at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you saw or heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who it goes to: the host school&apos;s designated safeguarding lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Peerview next starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview is using {0} now. A different folder takes effect when Peerview next starts; the reviews in this folder stay here (copy the folder first to move them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About changing the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder for sync bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: bundles are moved by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default for evidence notes after signing, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention de&amp;fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep or purge the evidence notes after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows when Peerview next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kept (Peerview keeps the newest {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge {0} days after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is a file; choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedPeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
