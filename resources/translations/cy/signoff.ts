<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{school}: {state} since {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{school}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{offer} ({contact}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: {contact}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per action; type or press F2 to edit the selected cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected action in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add act&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to read it in full here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. Add the actions agreed at the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostResponseDialog</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked-up PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the host&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Came as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the email or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s general comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the host said about each finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or PDF the host sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostRound</name>
    <message>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members&apos; agreement with the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I a&amp;gree with the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your agreement with the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record agreement &amp;for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a team member&apos;s agreement on their behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team confirmed: every member agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts sent to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s corrections and your decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft &amp;sent to the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the draft sent to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import signed response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the host&apos;s signed response file from their Peerview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record email or &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a response that came by email or as a marked-up PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acce&amp;pted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on the selected correction: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factual accuracy checked by the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {day} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ {name} (not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {name} (recorded by the lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {name} (agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due: {step} by {day} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due: {step} by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead reviewer or reviewers on the team yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft {n} sent to {to} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft sent to the host yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(general comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record agreement for a team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who told you they agree with the findings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft sent to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the latest draft to (name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a draft PDF first (Save draft PDF…), then send it to the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft&apos;s findings for the host&apos;s Peerview (Cancel: not now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft {n} findings.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft findings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {name} with the draft PDF. The host answers it in their Peerview (File › Respond to a draft report…) and sends back a signed response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s signed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it declined? The host reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of the host&apos;s corrections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <source>Impact review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an impact review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit or a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles will do: the head, the English lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;took part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact review&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt impact review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a next impact review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the next impact review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success c&amp;riteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded at this review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for pupils, against the success criteria, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactTab</name>
    <message>
        <source>Impact reviews and the improvement workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The improvement workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the work&amp;shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record or change the improvement workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact reviews, latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;orded impact reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected impact review in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add impact review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an impact review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected impact review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected impact review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement workshop recorded yet: record who led it and what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement workshop, {day}, facilitated by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the plan agreed there: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also agreed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact review yet. Months after the review, record a visit or meeting and each action&apos;s progress: not started, under way or done, and what changed for pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for pupils: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next impact review: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the impact review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the impact review of {0}? The actions keep their status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>Save the report for the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave draft PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Word copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as an editable Word copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the one-page feedback summary for the end-of-day meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the report was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unsigned &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unsigned copy of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a numbered draft for the host&apos;s check of factual accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unsigned copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an unsigned copy to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved draft {n} to {path}, for the host&apos;s check of factual accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Word copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Word copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an editable, unsigned Word copy to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the Word copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the feedback summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the feedback summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the feedback summary to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the feedback summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too large to preview.</source>
        <extracomment>pages rendered so far (the tests watch the cache work)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a readable PDF ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Scroll with the arrow keys, Page Up and Page Down, Home and End.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No preview yet: choose Build preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a preview to see the report here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Evidence notes after signing</source>
        <extracomment>The item meaning &quot;follow this laptop&apos;s default&quot; (until the report is signed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep or purge the evidence notes after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep or purge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urge notes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the evidence notes that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purge %n day(s) after signing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be purged on {date}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed at signing: notes purged %n day(s) after. Findings, actions and the signed report are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The default: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were purged on {date}; findings keep their counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not purged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareBox</name>
    <message>
        <source>Peerview bundle (*.pvbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partnership has been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare with the partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a summary with the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ithdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw what was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is shared: the partnership sees this review only if you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on {date}; nothing of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary was shared on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {file} to the partnership lead; only they can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw what this school shared? This laptop keeps no text of it, and the lead&apos;s laptop erases it when they import the bundle you save next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the withdrawal for the partnership lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the partnership lead will receive. Nothing is sent until you save the bundle and give it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be shared, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the whole signed &amp;report too…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the whole signed report too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership may &amp;name our school in its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership may name our school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed report the lead reviewer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle for the partnership lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignoffPage</name>
    <message>
        <source>Sign-off and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;back to draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the review back to draft, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the review went back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next step is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bui&amp;ld preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn as lead reviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the report as lead reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the evidence appendi&amp;x (host&apos;s copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the evidence appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence notes by strand, for the host school. Off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off and action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off and &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact &amp;&amp; wor&amp;kshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team and host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}: {name}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact &amp;&amp; wor&amp;kshop ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the review go back to draft? The team will read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence note(s) could identify one teacher or use wording the guards flag. Print them in the appendix?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of the report (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check before signing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving them out is safer; the appendix says how many it leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the findings and evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no identity to sign with. Create one first (Your identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building and signing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and saved to {path}. Send it to the host headteacher to countersign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportBox</name>
    <message>
        <source>Support from partner schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner school offering support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this school&apos;s offer of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer&apos;s new state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer no&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move o&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen offer to the chosen state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support from partner schools: none offered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support from partner schools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an offer of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does {0} offer? (You can leave it empty.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the offer on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}. Any word on its progress? (You can leave it empty.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Improvement workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who facilitated it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;took part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed at the workshop (Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a&amp;greed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
