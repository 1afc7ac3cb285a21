<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Your &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys, fingerprint and card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a person&apos;s card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a partner after checking their fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partnership &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust everyone on the roster your partnership lead signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder, sync, backups, theme, language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first-run welcome again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Peerview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, and diagnostics to copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveQuestion</name>
    <message>
        <source>Archive review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves the list of reviews; nothing is deleted. To see archived reviews, choose View, Show archived reviews; Unarchive review brings one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep the review in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivedNotice</name>
    <message>
        <source>Archived reviews are listed too, marked “(archived)”. To bring one back, select it and choose Unarchive review (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide archived reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 archived review is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} archived reviews are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every review is archived. Show archived reviews (below) to list them; archived reviews are kept, and Unarchive review brings one back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftResponseDialog</name>
    <message>
        <source>Respond to draft {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{school}: draft {n} of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no school named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what your school says about any finding that is not accurate (or leave it empty), and a general comment. Your response is signed with your identity; send the saved file to the lead reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft lists no findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General comment on the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding {n}, text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you say about finding {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your correction or comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview response (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureNotice</name>
    <message>
        <source>&amp;Erase what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes of “{title}” are due to be purged (since {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} safeguarding concern(s) handed over to the school&apos;s DSL are due to be erased from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}

The findings, action plans, signed reports and the record of who did what are kept; for a concern, that it was handed over, when and to whom. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Peerview main window</source>
        <extracomment>A review was chosen (double-click or Enter); carries the review id. The window has closed (and saved its settings).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Peerview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list of reviews again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of reviews (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership: members, schedule, reviewers and directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet. Choose **New review…** (Ctrl+N) to plan one, or **Help › Welcome…** to explore a sample review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per review; press Enter to open the selected review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminders: report steps, actions and impact reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new peer review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the review off the list (asks first; nothing is deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;safeguarding concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart from evidence, for the host&apos;s designated safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns &amp;recorded for this review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concerns of the open review, and whether each is passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern recorded. Pass it on in person today to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Peerview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your name on your work. Peerview adds your name to your evidence notes and to the reports you sign, and your team can trust that what you send them came from you and was not changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase only you know. This computer remembers it for you, so you will not have to type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase only you know and will remember. This computer cannot store it, so Peerview will ask you for it when you sign a report or send your work to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
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
        <source>S&amp;chool:</source>
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
        <source>Your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? How Peerview protects what you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview makes a set of keys for you, locked by your passphrase. They sign the evidence bundles and reports you send, so partners can check that these came from you and were not changed, and they let partners send you encrypted bundles that only you can open. A partner checks that a key is really yours by its fingerprint, a row of digits Peerview shows you after this step and that you read to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the passphrase in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Peerview asks for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your partnership lead has sent you the partnership&apos;s roster (a file ending .peerview.json), import it now: Peerview then trusts the bundles and reports of everyone on it. No roster yet? Skip this step; you can import it later from File, Import partnership roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Explore a realistic demo review (a fictional school, its plan, evidence notes and findings) to see how Peerview works, or plan your own review now. Both stay in File and Help for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a &amp;new review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: your name on your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: your partnership&apos;s roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity: {0}
Your fingerprint: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name, or choose Skip this step to do this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a partnership roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>The draft&apos;s findings file from the lead reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft findings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your identity first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response is signed so the lead reviewer knows it comes from you. This Peerview has no identity yet: create one in Your identity (File menu), give your card to the lead reviewer, then respond to the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed response saved to {path}. Send it to the lead reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond to a &amp;draft report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the host: answer the draft report the lead reviewer sent, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond to a draft report (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
