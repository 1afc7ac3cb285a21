<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>CoverageModel</name>
    <message>
        <source>Strand or enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} strands thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All strands supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{0}  {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} questions thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>few notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>Coverage</source>
        <extracomment>New counts are on screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by strand and enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin means fewer than {0} notes, or from fewer than {1} sources of evidence (pupils&apos; talk, observation, documents...), or {2} activities, or {3} reviewers: not yet triangulated. The team&apos;s own meetings never count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the evidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n strand(s): {0} supported, {1} thin, {2} with no evidence yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have no strand yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>one sentence after another</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Excellence</name>
    <message>
        <source>nominated by {who}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by {who}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not validated yet: the report leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated {day}; {consent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated, not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with consent of {who}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of {who} withdrawn {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated, not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with consent of {who} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent of {who} withdrawn ({day}): not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shared: the host has not consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding validates it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated by a finding since deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated by the finding “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Review overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review summary</source>
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
        <source>Framework</source>
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
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Review workspace</source>
        <extracomment>The person asked to go back to the list of reviews.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host school and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Lesson visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document and data review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and data</source>
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
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off &amp;&amp; report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
