<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as phonics for pupils with SEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the directory shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with consent of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found for &apos;{0}&apos;: {1}, in {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the directory holds &apos;{0}&apos;. Try fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the directory: {0}, in {1}, each shared with its host&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of Excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Members and protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority or trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headteacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school&apos;s phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared priorities by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority&apos;s school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority, such as Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: {0}
Confidentiality and reports: {1}
Data sharing: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} joined the partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority added: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipView</name>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this partnership record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You lead this partnership: what you change here reaches the member schools in the bundles you send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop receives the partnership record by sync. Only the partnership lead changes it, on the laptop that created it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolDocuments</name>
    <message>
        <source>Documents attached to the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the chosen document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (on its way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part of the protocol is {0} for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached {0} to the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewersTab</name>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits without a trained lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresher due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reviewer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reviewer&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited as a lead reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, as 2026-09-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 visit has no trained lead: {1}. Choose a lead on the Schedule page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} visits have no trained lead: {1}. Choose a lead on the Schedule page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scheduled visit has a trained lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} joined the reviewer pool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as Spring 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round&apos;s first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round&apos;s last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules the proposals could not meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the visit to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit&apos;s lead reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the visit&apos;s lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set st&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the visit&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not meet: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round proposed: {0}, every rule met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round proposed: {0}; 1 rule could not be met, named beside the visit below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round proposed: {0}; {1} rules could not be met, named beside the visits below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit moved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} leads the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s status is now: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the annual report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the themes count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes: the table and the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area for development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of Excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools by strand and kind of finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fewer than 3&quot;: held back so that no school can be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strands by school (schools that agreed to be named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends across rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school has shared a summary yet. Host schools share one after sign-off; the themes read only what they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} schools, {1} reviews shared. A figure with fewer than 3 schools behind it that did not agree to be named shows as “fewer than 3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} schools that did not agree to be named are counted, not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the annual partnership report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and signed the annual partnership report {0} ({1} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the annual partnership report {0} ({1} pages), unsigned: only the partnership lead&apos;s laptop signs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimingsBox</name>
    <message>
        <source>Report timings, in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days, Monday to Friday: the draft and the final report count from the visit&apos;s last day, quality assurance from the first draft, the host&apos;s response from the day the draft is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ti&amp;mings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report timings saved: the partnership&apos;s reviews take their due dates from them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
